"""Meetings, thank-you deadlines and next touches as an iCalendar file for calendar apps.

Written with the `icalendar` library: line folding, escaping and time stamps are where
hand-written calendars break in one app or another. Each event's UID comes from the
record it is about, so importing a newer export updates the events rather than adding
copies. Times are written in UTC (a calendar shows them in its own zone); a next touch is
a whole day. Text the user typed has its control characters removed first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from coach.clock import Zone
from coach.follow_up import FollowUp, follow_up, follow_up_deadline
from coach.meetings import Meeting
from coach.people import Person, touch_due
from coach.visible import one_line, printable

PRODUCT = "-//coach//interview coach//EN"
DOMAIN = "coach.local"


def calendar_bytes(
    meetings: Iterable[Mapping[str, Any]],
    people: Iterable[Mapping[str, Any]],
    now: datetime,
    keep_in_touch_days: int,
    zone: Zone = None,
) -> tuple[bytes, int]:
    """The calendar file and how many events it holds."""
    from icalendar import Calendar

    every = [Meeting.from_record(m) for m in meetings if m.get("id")]
    dated = [m for m in every if m.starts() is not None]
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "coach")
    events = [
        *(meeting_event(m, now) for m in dated),
        *(thank_you_event(m, now) for m in dated if follow_up(m, now) is not FollowUp.SENT),
        *(
            touch_event(p, every, keep_in_touch_days, now, zone)
            for p in (Person.from_record(r) for r in people if r.get("id"))
        ),
    ]
    found = [event for event in events if event is not None]
    for event in found:
        calendar.add_component(event)
    return calendar.to_ical(), len(found)


def clean(value: str) -> str:
    return one_line(printable(value))


def new_event(uid: str, summary: str, now: datetime) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", f"{uid}@{DOMAIN}")
    event.add("dtstamp", now)
    event.add("summary", clean(summary))
    return event


def meeting_event(meeting: Meeting, now: datetime) -> Any:
    start, end = meeting.starts(), meeting.ends()
    if start is None or end is None:
        return None
    kind = "Interview" if meeting.kind == "job" else "Informational interview"
    event = new_event(f"meeting-{meeting.id}", f"{kind}: {meeting.title()}", now)
    event.add("dtstart", start)
    event.add("dtend", end)
    details = [
        f"{label}: {value}"
        for label, value in (("Role", meeting.role), ("Goal", meeting.goal))
        if value.strip()
    ]
    if details:
        event.add("description", printable("\n".join(details)))
    return event


def thank_you_event(meeting: Meeting, now: datetime) -> Any:
    deadline = follow_up_deadline(meeting)
    if deadline is None:
        return None
    event = new_event(f"thank-you-{meeting.id}", f"Send thank-you: {meeting.title()}", now)
    event.add("dtstart", deadline - timedelta(minutes=30))
    event.add("dtend", deadline)
    event.add("description", "The thank-you note is best sent within a day of the meeting.")
    return event


def touch_event(
    person: Person, meetings: list[Meeting], days: int, now: datetime, zone: Zone
) -> Any:
    found = touch_due(person, meetings, days, zone)
    if found is None:
        return None
    day, why = found
    event = new_event(f"touch-{person.id}", f"{why.label}: {person.title()}", now)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    return event
