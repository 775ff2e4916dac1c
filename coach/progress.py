"""Whether answers are getting better: series over time and per-question figures.

Pure functions over the history's rows (`coach.history.Row`, one shape of an attempt for
the history, trends and compare screens): rating, overtime and fillers per 100 words in
time order, and for each question its attempts, best, last and average rating.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coach.history import Row
from coach.lenient import text
from coach.numbers import figure


@dataclass(frozen=True)
class Series:
    """Values in time order, ready for a sparkline; empty when there is nothing yet."""

    ratings: list[float]
    overtime: list[float]
    fillers_per_100: list[float]
    pace_wpm: list[float]  # spoken answers that were heard
    um_uh_per_minute: list[float]


def chronological(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: row.finished)


def series(rows: Iterable[Row]) -> Series:
    """Rating (rated only), overtime seconds, fillers per 100 words (where words were
    counted), and for heard answers the pace and the um and uh a minute."""
    ordered = chronological(rows)
    heard = [row for row in ordered if row.wpm]
    return Series(
        ratings=[float(row.rating) for row in ordered if row.rating is not None],
        overtime=[row.overtime_s for row in ordered],
        fillers_per_100=[
            round(100 * (row.fillers or 0) / row.words, 1) for row in ordered if row.words
        ],
        pace_wpm=[row.wpm for row in heard if row.wpm],
        um_uh_per_minute=[row.um_per_minute for row in heard],
    )


def rating_trend(sessions: Iterable[Mapping[str, Any]]) -> list[float]:
    """The ratings of rated attempts, oldest first, from light session records (home reads
    no more of 10,000 sessions than its figures need)."""
    rated = [s for s in sessions if isinstance(s, Mapping) and type(s.get("rating")) is int]
    return [float(s["rating"]) for s in sorted(rated, key=lambda s: text(s.get("finished")))]


@dataclass(frozen=True)
class QuestionFigures:
    """How one question has gone so far."""

    question_id: str
    question: str
    attempts: int
    best: int | None
    last: int | None
    average: float | None
    last_practised: str


def per_question(rows: Iterable[Row]) -> list[QuestionFigures]:
    """One line per question practised, most attempted first."""
    grouped: dict[str, list[Row]] = {}
    for row in chronological(rows):
        grouped.setdefault(row.question_id, []).append(row)
    figures = []
    for question_id, attempts in grouped.items():
        ratings = [row.rating for row in attempts if row.rating is not None]
        figures.append(
            QuestionFigures(
                question_id=question_id,
                question=attempts[-1].question,
                attempts=len(attempts),
                best=max(ratings) if ratings else None,
                last=ratings[-1] if ratings else None,
                average=round(sum(ratings) / len(ratings), 1) if ratings else None,
                last_practised=attempts[-1].finished,
            )
        )
    return sorted(figures, key=lambda f: (-f.attempts, f.question))


def summary(values: list[float]) -> str:
    """`first 2 → last 4 · best 5` style words for a series."""
    if not values:
        return "nothing yet"
    shown = [figure(v) for v in (values[0], values[-1], min(values), max(values))]
    return f"first {shown[0]} · last {shown[1]} · low {shown[2]} · high {shown[3]}"


BARS = "▁▂▃▄▅▆▇█"
RATING_SCALE = (1.0, 5.0)


def bar_rows(
    values: list[float], scale: tuple[float, float] | None = None, height: int = 1
) -> list[str]:
    """A bar per value, drawn in `height` rows of block characters (top row first).

    The scale is fixed (ratings run 1 to 5) or starts at zero, never the series' own low
    to high: a rating going from 4 to 5 must not look like nothing to everything, and
    one value is one bar, not a full box. No values draw nothing.
    """
    low, high = scale if scale is not None else (0.0, max(values, default=0.0))
    levels = len(BARS) * height
    columns = []
    for value in values:
        ratio = (min(max(value, low), high) - low) / (high - low) if high > low else 0.0
        columns.append(1 + round(ratio * (levels - 1)))
    rows = []
    for row in reversed(range(height)):
        cells = (min(max(level - row * len(BARS), 0), len(BARS)) for level in columns)
        rows.append("".join(BARS[fill - 1] if fill else " " for fill in cells))
    return rows
