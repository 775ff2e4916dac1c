"""The practice history as rows: filtered, sorted and paged without touching a screen.

With 10,000 sessions the history must answer a keystroke within 100 ms. Rows are built
once from a light read of the store (no feedback dicts, one lower-cased search text per
row), then each filter is a single pass of substring tests and each sort one `sorted`.
The screen shows a page at a time, since drawing 10,000 table rows takes about a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from coach.clock import Zone, parse_iso
from coach.lenient import number, text

# What the history reads of each session (see `Store.select`).
ROW_FIELDS = (
    "id",
    "finished",
    "deck",
    "question_id",
    "question",
    "answer",
    "mode",
    "limit_s",
    "used_s",
    "overtime_s",
    "rating",
    "feedback.words",
    "feedback.filler_count",
    "feedback.speech.wpm",
    "feedback.speech.um_uh_per_minute",
)
PAGE = 60  # rows added at a time: two screens and more, the rest as the cursor nears them
SORT_KEYS = ("finished", "deck", "question", "used_s", "words", "rating", "mode")


@dataclass(slots=True)
class Row:
    """One attempt as the history lists it, and as trends and comparisons read it."""

    id: str
    finished: str
    deck: str
    question_id: str
    question: str
    mode: str
    limit_s: float
    used_s: float
    overtime_s: float
    words: int | None
    fillers: int | None
    rating: int | None
    search: str
    wpm: float | None = None  # words a minute, for an answer that was heard
    um_per_minute: float = 0.0
    zone: Zone = None
    day_cache: date | bool | None = False  # False: not worked out yet

    @property
    def day(self) -> date | None:
        """The local date it was finished (worked out only when a date filter asks)."""
        if self.day_cache is False:
            moment = parse_iso(self.finished)
            self.day_cache = moment.astimezone(self.zone).date() if moment else None
        return self.day_cache if isinstance(self.day_cache, date) else None


def make_rows(records: Iterable[Mapping[str, Any]], tz: Zone) -> list[Row]:
    """Rows from `Store.select(..., ROW_FIELDS)`; hand-edited oddities become blanks."""
    rows = []
    for record in records:
        rating = record.get("rating")
        words = record.get("feedback.words")
        fillers = record.get("feedback.filler_count")
        question = text(record.get("question"))
        rows.append(
            Row(
                id=text(record.get("id")),
                finished=text(record.get("finished")),
                deck=text(record.get("deck")),
                question_id=text(record.get("question_id")),
                question=question,
                mode=text(record.get("mode")),
                limit_s=number(record.get("limit_s")),
                used_s=number(record.get("used_s")),
                overtime_s=number(record.get("overtime_s")),
                words=words if type(words) is int else None,
                fillers=fillers if type(fillers) is int else None,
                rating=rating if type(rating) is int and 1 <= rating <= 5 else None,
                search=f"{question}\n{text(record.get('answer'))}".casefold(),
                wpm=number(record.get("feedback.speech.wpm")) or None,
                um_per_minute=number(record.get("feedback.speech.um_uh_per_minute")),
                zone=tz,
            )
        )
    return rows


@dataclass(frozen=True)
class Filter:
    """What the user narrowed the history to; empty fields match everything."""

    text: str = ""
    deck: str = ""
    rating: int | None = None
    since: date | None = None
    until: date | None = None

    def matches(self, row: Row, words: list[str] | None = None) -> bool:
        """Whether `row` passes; `words` is `self.text` split once for a whole view."""
        if self.deck and row.deck != self.deck:
            return False
        if self.rating is not None and row.rating != self.rating:
            return False
        if self.since is not None and (row.day is None or row.day < self.since):
            return False
        if self.until is not None and (row.day is None or row.day > self.until):
            return False
        found = self.text.casefold().split() if words is None else words
        return all(word in row.search for word in found)


@dataclass(frozen=True)
class Order:
    """Sort by one column; newest first is the default."""

    key: str = "finished"
    descending: bool = True

    def toggled(self, key: str) -> Order:
        """Clicking a column: sort by it, or flip the direction if it is already the one."""
        if key == self.key:
            return replace(self, descending=not self.descending)
        return Order(key=key, descending=key in ("finished", "rating", "words", "used_s"))


def view(rows: Sequence[Row], where: Filter, order: Order) -> list[Row]:
    """The rows that pass the filter, in the chosen order (blanks always last)."""
    return narrowed(ordered(rows, order), where)


def ordered(rows: Sequence[Row], order: Order) -> list[Row]:
    """Every row in the chosen order, blanks last. Sorting is most of a view's work, and
    filtering keeps the order, so a screen sorts once per order and narrows that."""
    key = order.key if order.key in SORT_KEYS else "finished"
    valued = [(sort_value(row, key), row) for row in rows]
    present = [pair for pair in valued if pair[0] is not None]
    present.sort(key=lambda pair: pair[0], reverse=order.descending)
    return [row for _, row in present] + [row for value, row in valued if value is None]


def narrowed(rows: Sequence[Row], where: Filter) -> list[Row]:
    """The rows that pass the filter, in the order given."""
    words = where.text.casefold().split()
    if replace(where, text="") == Filter():  # words alone, the usual case: kept quick
        if len(words) == 1:
            word = words[0]
            return [row for row in rows if word in row.search]
        return [row for row in rows if all(word in row.search for word in words)]
    return [row for row in rows if where.matches(row, words)]


def sort_value(row: Row, key: str) -> Any:
    value = getattr(row, key)
    if isinstance(value, str):
        return value.casefold() if value else None
    return value


def local_time(row: Row, tz: Zone) -> datetime | None:
    moment = parse_iso(row.finished)
    return moment.astimezone(tz) if moment else None
