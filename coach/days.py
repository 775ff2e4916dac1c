"""A day typed into a filter ("From", "To"), read the way people write one.

Filters look back at practice already done, so words point backwards: "monday" is the
latest Monday up to today, "3 days ago" is three days back. Dates may be ISO
(2026-11-22) or day and month in either order (22 nov, Nov 22 2026); without a year, the
latest such day up to today. Anything else is refused with a sentence showing what works.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

DAY_HINT = "a day like 2026-11-22, 22 nov, yesterday, monday or 3 days ago"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
AGO = re.compile(r"^(a|an|one|\d{1,4}) (days?|weeks?) ago$")
DAY_MONTH = re.compile(r"^(\d{1,2}) ([a-z]{3,9})(?: (\d{4}))?$")
MONTH_DAY = re.compile(r"^([a-z]{3,9}) (\d{1,2})(?: (\d{4}))?$")


def parse_day(typed: str, today: date) -> date | None:
    """The day meant, None when nothing was typed; ValueError with a sentence otherwise."""
    cleaned = " ".join(typed.strip().lower().replace(",", " ").split())
    if not cleaned:
        return None
    found = read_day(cleaned, today)
    if found is None:
        raise ValueError(f"{typed.strip()!r} is not {DAY_HINT}")
    return found


def read_day(cleaned: str, today: date) -> date | None:
    if cleaned in ("today", "yesterday"):
        return today - timedelta(days=0 if cleaned == "today" else 1)
    weekday = unique_prefix(cleaned, WEEKDAYS)
    if weekday is not None:
        return today - timedelta(days=(today.weekday() - weekday) % 7)
    ago = AGO.match(cleaned)
    if ago:
        amount = 1 if ago.group(1) in ("a", "an", "one") else int(ago.group(1))
        return today - timedelta(days=amount * (7 if ago.group(2).startswith("week") else 1))
    for pattern, day_group, month_group in ((DAY_MONTH, 1, 2), (MONTH_DAY, 2, 1)):
        written = pattern.match(cleaned)
        if written:
            month = unique_prefix(written.group(month_group), MONTHS, shortest=3)
            year = int(written.group(3)) if written.group(3) else None
            return calendar_day(year, month, int(written.group(day_group)), today)
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        return None


def unique_prefix(word: str, names: tuple[str, ...], shortest: int = 3) -> int | None:
    """The index of the one name `word` begins (or that begins `word`, for "november")."""
    if len(word) < shortest:
        return None
    matches = [n for n, name in enumerate(names) if name.startswith(word) or word.startswith(name)]
    return matches[0] if len(matches) == 1 else None


def calendar_day(year: int | None, month: int | None, day: int, today: date) -> date | None:
    if month is None:
        return None
    try:
        if year is not None:
            return date(year, month + 1, day)
        this_year = date(today.year, month + 1, day)
    except ValueError:
        return None
    if this_year <= today:
        return this_year
    try:
        return this_year.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return None
