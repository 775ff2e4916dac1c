"""Session records as stored, read leniently: a file edited by hand may hold a number as
text, an infinite duration or a date in year 9999, and every view that reads sessions
(stats, exports) must still show the rest. Kept apart from the exports so that home's
figures can read sessions without loading them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from coach.clock import Zone, parse_iso
from coach.sessions import Session

NUMBER_FIELDS = ("limit_s", "used_s", "overtime_s", "paused_s")
EARLIEST = datetime.min.replace(tzinfo=UTC)
# Longer than any practice could take (about 30 years): a hand-typed slip, not a duration.
MOST_SECONDS = 1e9

Record = Mapping[str, Any]


def finite(value: object) -> float | None:
    """A stored number that arithmetic can use; None for text, booleans, inf and NaN."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        result = float(value)
    except OverflowError:
        return None
    return result if math.isfinite(result) else None


def read_session(record: object) -> Session:
    """A `Session` from any record; durations it cannot use are dropped first, so `int()`
    in `Session.from_record` never meets an infinity and no time reads as a 300-digit one."""
    fields = record if isinstance(record, Mapping) else {}
    usable = {k: v for k, v in fields.items() if k not in NUMBER_FIELDS or duration(v)}
    return Session.from_record(usable)


def duration(value: object) -> bool:
    seconds = finite(value)
    return seconds is not None and abs(seconds) < MOST_SECONDS


def local_moment(record: object, tz: Zone) -> datetime | None:
    """When a session happened (its start, else its end) in `tz`; None when undated."""
    fields = record if isinstance(record, Mapping) else {}
    moment = parse_iso(fields.get("started")) or parse_iso(fields.get("finished"))
    if moment is None:
        return None
    try:
        return moment.astimezone(tz)
    except OverflowError:  # a hand-typed year 1 or 9999 with an offset
        return None


def in_time_order(sessions: Iterable[object], tz: Zone) -> list[tuple[datetime | None, Record]]:
    """Each record with its local moment, oldest first; undated ones last, as they came.

    Anything that is not a record at all is no session, and is left out.
    """
    records = [record for record in sessions if isinstance(record, Mapping)]
    dated = [(local_moment(record, tz), record) for record in records]
    return sorted(dated, key=lambda pair: (pair[0] is None, pair[0] or EARLIEST))
