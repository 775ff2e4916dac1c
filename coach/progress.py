"""Whether answers are getting better: series over time and per-question figures.

Pure functions over session records (a light `Store.select` read), used by the trends
and compare screens: rating, overtime and fillers per 100 words in time order, and for
each question its attempts, best, last and average rating.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from coach.lenient import number, text
from coach.numbers import figure

# What trends read of each session (see `Store.select`).
TREND_FIELDS = (
    "id",
    "finished",
    "deck",
    "question_id",
    "question",
    "rating",
    "overtime_s",
    "feedback.words",
    "feedback.filler_count",
    "feedback.speech.wpm",
    "feedback.speech.um_uh_per_minute",
)


@dataclass(frozen=True)
class Series:
    """Values in time order, ready for a sparkline; empty when there is nothing yet."""

    ratings: list[float]
    overtime: list[float]
    fillers_per_100: list[float]
    pace_wpm: list[float]  # spoken answers that were heard
    um_uh_per_minute: list[float]


def chronological(sessions: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(sessions, key=lambda s: text(s.get("finished")))


def series(sessions: Iterable[Mapping[str, Any]]) -> Series:
    """Rating (rated only), overtime seconds, and fillers per 100 words (typed only)."""
    ordered = chronological(sessions)
    ratings = [float(s["rating"]) for s in ordered if type(s.get("rating")) is int]
    overtime = [number(s.get("overtime_s")) for s in ordered]
    fillers = []
    for session in ordered:
        words = number(session.get("feedback.words"))
        if words > 0:
            fillers.append(round(100 * number(session.get("feedback.filler_count")) / words, 1))
    pace = [number(s.get("feedback.speech.wpm")) for s in ordered if s.get("feedback.speech.wpm")]
    ums = [
        number(s.get("feedback.speech.um_uh_per_minute"))
        for s in ordered
        if s.get("feedback.speech.wpm")
    ]
    return Series(
        ratings=ratings,
        overtime=overtime,
        fillers_per_100=fillers,
        pace_wpm=pace,
        um_uh_per_minute=ums,
    )


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


def per_question(sessions: Iterable[Mapping[str, Any]]) -> list[QuestionFigures]:
    """One line per question practised, most attempted first."""
    grouped: dict[str, list[Mapping[str, Any]]] = {}
    for session in chronological(sessions):
        grouped.setdefault(text(session.get("question_id")), []).append(session)
    figures = []
    for question_id, attempts in grouped.items():
        ratings = [s["rating"] for s in attempts if type(s.get("rating")) is int]
        figures.append(
            QuestionFigures(
                question_id=question_id,
                question=text(attempts[-1].get("question")),
                attempts=len(attempts),
                best=max(ratings) if ratings else None,
                last=ratings[-1] if ratings else None,
                average=round(sum(ratings) / len(ratings), 1) if ratings else None,
                last_practised=text(attempts[-1].get("finished")),
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
