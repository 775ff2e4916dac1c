"""The people the user learns from: who they are, how the user knows them, and when to
get back in touch.

An informational interview starts before the meeting (finding someone, asking for their
time, perhaps through an introduction) and goes on after it (the thank-you, then keeping in
touch). A `Person` holds that thread: who introduced them (another person's id, so it shows
both ways), the messages the user marked sent, and a next-touch date. A thank-you sent after
a meeting asks for a quieter touch later ("I followed your advice on ..."): that nudge is
worked out here from the person's meetings, not stored, so it goes away by itself once a
later message is marked sent.

Pure: records in, records out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from coach.clock import Zone, parse_iso
from coach.lenient import text
from coach.meetings import Meeting, read_day, read_relative

KEEP_IN_TOUCH_DAYS = 30  # after a thank-you, a month until the keep-in-touch nudge
SHORTEST_KEEP, LONGEST_KEEP = 1, 365
TOUCH_HINT = "a date like 2026-12-18, friday, tomorrow or in 2 weeks"


@dataclass
class Sent:
    """A message the user marked sent to this person (an outreach template, as sent)."""

    id: str
    template: str
    text: str
    sent_at: str
    next_touch: str = ""  # the date it set, so a meeting arranged since can release it


@dataclass
class Person:
    id: str
    name: str = ""
    role: str = ""
    organisation: str = ""
    how_known: str = ""  # "we met at the PyData meetup", "my old manager"
    introduced_by: str = ""  # another person's id
    found_at: str = ""  # where the user found them: an alumni list, an event
    notes: str = ""
    next_touch: str = ""  # a date, YYYY-MM-DD
    sent: list[Sent] = field(default_factory=list)
    updated: str = ""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Person:
        """Lenient: a hand-edited record opens with blanks where it is odd."""
        sent = record.get("sent")
        touch = text(record.get("next_touch"))
        return cls(
            id=text(record.get("id")),
            name=text(record.get("name")),
            role=text(record.get("role")),
            organisation=text(record.get("organisation")),
            how_known=text(record.get("how_known")),
            introduced_by=text(record.get("introduced_by")),
            found_at=text(record.get("found_at")),
            notes=text(record.get("notes")),
            next_touch=touch if read_date(touch) else "",
            sent=[
                Sent(
                    text(s.get("id")),
                    text(s.get("template")),
                    text(s.get("text")),
                    text(s.get("sent_at")),
                    text(s.get("next_touch")),
                )
                for s in sent
                if isinstance(s, Mapping)
            ]
            if isinstance(sent, list)
            else [],
            updated=text(record.get("updated")),
        )

    def title(self) -> str:
        """`Ada Lovelace, Analytical Engines` (or what there is of it)."""
        return ", ".join(p for p in (self.name, self.organisation) if p) or "(no name yet)"

    def touch_date(self) -> date | None:
        return read_date(self.next_touch)

    def last_sent(self) -> datetime | None:
        stamps = [s for s in (parse_iso(m.sent_at) for m in self.sent) if s]
        return max(stamps, default=None)

    def searchable(self) -> str:
        return " ".join(
            (self.name, self.role, self.organisation, self.how_known, self.found_at, self.notes)
        ).casefold()


def read_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_touch(typed: str, now: datetime, zone: Zone) -> date:
    """A next-touch date as people type it; ValueError says what would work."""
    cleaned = " ".join(typed.strip().lower().split())
    today = now.astimezone(zone).date()
    later = read_relative(cleaned, now)
    if later is not None:
        return later.astimezone(zone).date()
    words = cleaned.split(" ")
    if words[0] == "next" and len(words) == 2:
        words = words[1:]
    day = read_day(" ".join(words), today) if cleaned else None
    if day is None:
        raise ValueError(
            f"{typed.strip()!r} is not {TOUCH_HINT}" if cleaned else f"type {TOUCH_HINT}"
        )
    if abs(day.year - today.year) > 10:
        raise ValueError(f"{typed.strip()!r} is more than 10 years away; check the year")
    return day


def read_keep_days(typed: str) -> int:
    """Days from a thank-you to the keep-in-touch nudge; ValueError says what to type."""
    cleaned = typed.strip()
    if not cleaned.isdigit() or not SHORTEST_KEEP <= int(cleaned) <= LONGEST_KEEP:
        raise ValueError(f"type a whole number of days, from {SHORTEST_KEEP} to {LONGEST_KEEP}")
    return int(cleaned)


# -- links between people and meetings -------------------------------------------------


def meetings_with(person: Person, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The person's meetings, soonest or most recent first as they are given."""
    return [m for m in meetings if m.person_id == person.id]


def introduced(person: Person, people: Iterable[Person]) -> list[Person]:
    """Whom this person introduced the user to."""
    return [p for p in people if p.introduced_by == person.id and p.id != person.id]


def introducer(person: Person, people: Iterable[Person]) -> Person | None:
    if not person.introduced_by:
        return None
    return next((p for p in people if p.id == person.introduced_by), None)


def links_of(person: Person, people: Iterable[Person], meetings: Iterable[Meeting]) -> list[str]:
    """What links to this person, in words (for the question before deleting them)."""
    from coach.plural import count

    found = []
    linked = meetings_with(person, meetings)
    if linked:
        found.append(f"{count(len(linked), 'meetings')} (kept, unlinked)")
    through = introduced(person, people)
    if through:
        found.append(f"{count(len(through), 'people')} they introduced (kept)")
    return found


# -- when to get back in touch ----------------------------------------------------------


class Touch(StrEnum):
    """Why a person is due a message."""

    NEXT_TOUCH = "next touch"  # the date the user (or a sent message) set
    KEEP_IN_TOUCH = "keep in touch"  # a while after the last thank-you

    @property
    def label(self) -> str:
        return "Get in touch" if self is Touch.NEXT_TOUCH else "Keep in touch"


def last_thanked(person: Person, meetings: Iterable[Meeting]) -> datetime | None:
    stamps = [parse_iso(m.thanked_at) for m in meetings_with(person, meetings) if m.thanked_at]
    return max((s for s in stamps if s), default=None)


def answered(person: Person, meetings: Iterable[Meeting]) -> bool:
    """The next touch was set by the last message sent, and a meeting with them has a date
    after that message was sent."""
    if not person.sent or person.sent[-1].next_touch != person.next_touch:
        return False
    sent = parse_iso(person.sent[-1].sent_at)
    starts = [m.starts() for m in meetings_with(person, meetings)]
    return sent is not None and any(s is not None and s > sent for s in starts)


def keep_in_touch_date(
    person: Person, meetings: Iterable[Meeting], days: int, zone: Zone
) -> date | None:
    """When the keep-in-touch nudge falls due: `days` after the last thank-you, unless a
    message was marked sent since that thank-you."""
    thanked = last_thanked(person, meetings)
    if thanked is None:
        return None
    sent = person.last_sent()
    if sent is not None and sent > thanked:
        return None
    return (thanked + timedelta(days=days)).astimezone(zone).date()


def touch_due(
    person: Person, meetings: Iterable[Meeting], days: int, zone: Zone
) -> tuple[date, Touch] | None:
    """The person's next touch and why: the earlier of the date set and the nudge. A
    date a message set ("write again in a week") is dropped once a meeting with them is
    arranged after that message: the request was answered."""
    meetings = list(meetings)
    found = [
        (moment, why)
        for moment, why in (
            (None if answered(person, meetings) else person.touch_date(), Touch.NEXT_TOUCH),
            (keep_in_touch_date(person, meetings, days, zone), Touch.KEEP_IN_TOUCH),
        )
        if moment is not None
    ]
    return min(found, default=None)


def due_touches(
    people: Iterable[Person], meetings: list[Meeting], days: int, now: datetime, zone: Zone
) -> list[tuple[Person, date, Touch]]:
    """People whose next touch is today or past, the longest waiting first."""
    today = now.astimezone(zone).date()
    due = []
    for person in people:
        found = touch_due(person, meetings, days, zone)
        if found is not None and found[0] <= today:
            due.append((person, *found))
    return sorted(due, key=lambda item: (item[1], item[0].name.casefold()))


def mark_sent(person: Person, message: Sent, next_in_days: int, zone: Zone) -> Person:
    """The person once `message` is marked sent: logged, and the next touch set
    `next_in_days` after it (0: no next touch)."""
    moment = parse_iso(message.sent_at)
    touch = ""
    if moment is not None and next_in_days > 0:
        touch = (moment + timedelta(days=next_in_days)).astimezone(zone).date().isoformat()
    logged = replace(message, next_touch=touch)
    return replace(person, sent=[*person.sent, logged], next_touch=touch, updated=message.sent_at)


def by_name(people: Iterable[Person]) -> list[Person]:
    return sorted(people, key=lambda p: (p.name.casefold(), p.organisation.casefold()))
