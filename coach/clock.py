"""Wall-clock time as one injectable function, and the one timestamp format on disk.

Records carry `created` and `updated` stamps in ISO 8601 with a UTC offset; imports
compare them to keep the newer copy of a record. Tests pass their own clock so that
nothing depends on the moment they run.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Literal

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Now, in UTC, with its time zone attached."""
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """The on-disk form of a moment: ISO 8601 in UTC, to the microsecond."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# The moments coach can work with. A stamp outside them was not written by coach (a hand
# edit or an import): treated as no stamp, so one such record cannot stop the app opening
# (the scheduler adds days to it, which overflows near year 9999).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(9000, 1, 1, tzinfo=UTC)


def parse_iso(text: object) -> datetime | None:
    """Read a stamp written by `to_iso` (or any ISO 8601 form); None when it is not one,
    or when it lies outside the years coach can work with."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:  # a stamp at the calendar's edge cannot be moved to UTC, nor scheduled from
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment if EARLIEST <= utc < LATEST else None


# A time zone for showing and grouping moments by local day. None means the machine's
# own rules, applied to each moment (`astimezone(None)`), so daylight-saving changes are
# right for every date, unlike a fixed offset taken from today.
Zone = tzinfo | None


def local_zone() -> Zone:
    """The zone "today" and a day's sessions are reckoned in: the machine's own."""
    return None


def date_words(
    moment: date,
    *,
    weekday: Literal["long", "short", ""] = "short",
    year: bool = True,
    clock: bool = False,
) -> str:
    """A date as coach writes it everywhere, one style: "Tuesday 1 December 2026",
    "Wed 2 Dec 2026, 15:00", "2 Dec" (the day never zero-padded; long weekday, long month)."""
    long = weekday == "long"
    parts = [f"{moment:%A}" if long else f"{moment:%a}"] if weekday else []
    parts.append(f"{moment.day} {moment:%B}" if long else f"{moment.day} {moment:%b}")
    words = " ".join(parts) + (f" {moment.year}" if year else "")
    if clock and isinstance(moment, datetime):
        words += f", {moment:%H:%M}" if year else f" {moment:%H:%M}"
    return words
