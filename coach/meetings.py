"""Meetings: who, when, what for; their checklist, questions to ask and the follow-up.

Pure: records in, records out. Dates are typed by people ("2026-12-03 14:30",
"tomorrow 9am", "friday 10:30") and read here with a message saying what would work.
Where the thank-you stands is `coach.follow_up`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from coach.checklists import KINDS, PHASES, ChecklistTemplate
from coach.clock import Zone, date_words, parse_iso, to_iso
from coach.days import WEEKDAYS, unique_prefix
from coach.lenient import number, text

QUICK_ID = "quick-checklist"
DEFAULT_LENGTH_MIN = 30
SHORTEST_MIN, LONGEST_MIN = 5, 480  # a meeting's length, in minutes
DATE_HINT = (
    "a date and time like 2026-12-03 14:30, tomorrow 9am, next friday 10:30, 3pm or in 2 hours"
)


@dataclass
class ChecklistItem:
    id: str
    phase: str
    text: str
    done: bool = False
    custom: bool = False
    why: str = ""
    essential: bool = False


@dataclass
class AskItem:
    """A question to ask in the meeting: from a deck (with its id) or written in."""

    id: str
    text: str
    question_id: str = ""


@dataclass
class Meeting:
    id: str
    kind: str = "informational"
    person: str = ""
    person_id: str = ""  # the Person this meeting is with, if linked (coach.people)
    role: str = ""
    organisation: str = ""
    when: str = ""
    length_min: int = DEFAULT_LENGTH_MIN
    goal: str = ""
    notes: str = ""
    checklist: list[ChecklistItem] = field(default_factory=list)
    questions: list[AskItem] = field(default_factory=list)
    thank_you: str = ""
    thanked_at: str = ""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Meeting:
        """Lenient: a hand-edited record opens with blanks where it is odd."""
        kind = text(record.get("kind"))
        items = record.get("checklist")
        asks = record.get("questions")
        return cls(
            id=text(record.get("id")),
            kind=kind if kind in KINDS else "informational",
            person=text(record.get("person")),
            person_id=text(record.get("person_id")),
            role=text(record.get("role")),
            organisation=text(record.get("organisation")),
            when=text(record.get("when")),
            length_min=max(1, int(number(record.get("length_min"), DEFAULT_LENGTH_MIN))),
            goal=text(record.get("goal")),
            notes=text(record.get("notes")),
            checklist=[item_from(i) for i in items if isinstance(i, Mapping)]
            if isinstance(items, list)
            else [],
            questions=[
                AskItem(text(a.get("id")), text(a.get("text")), text(a.get("question_id")))
                for a in asks
                if isinstance(a, Mapping)
            ]
            if isinstance(asks, list)
            else [],
            thank_you=text(record.get("thank_you")),
            thanked_at=text(record.get("thanked_at")),
        )

    def title(self) -> str:
        """`Ada Lovelace, Analytical Engines` (or what there is of it)."""
        return ", ".join(p for p in (self.person, self.organisation) if p) or "(no one named yet)"

    def starts(self) -> datetime | None:
        return parse_iso(self.when) if self.when else None

    def ends(self) -> datetime | None:
        """When it ends; None without a date (or one too near the calendar's edge)."""
        start = self.starts()
        try:
            return start + timedelta(minutes=self.length_min) if start else None
        except OverflowError:
            return None


def item_from(record: Mapping[str, Any]) -> ChecklistItem:
    phase = text(record.get("phase"))
    return ChecklistItem(
        id=text(record.get("id")),
        phase=phase if phase in PHASES else PHASES[-1],
        text=text(record.get("text")),
        done=record.get("done") is True,
        custom=record.get("custom") is True,
        why=text(record.get("why")),
        essential=record.get("essential") is True,
    )


def checklist_from(template: ChecklistTemplate) -> list[ChecklistItem]:
    """A fresh, unticked checklist from a template."""
    return [
        ChecklistItem(i.id, i.phase, i.text, why=i.why, essential=i.essential)
        for i in template.items
    ]


def checklist_after_edit(
    meeting: Meeting | None, kind: str, template: ChecklistTemplate
) -> list[ChecklistItem]:
    """The checklist a meeting has once its form is saved as `kind`: a new meeting (or
    one without a list) gets the template; one whose kind changed gets the other kind's
    template only while nothing is ticked or added (else the meeting screen asks)."""
    if meeting is None or not meeting.checklist:
        return checklist_from(template)
    untouched = not any(item.done or item.custom for item in meeting.checklist)
    if kind != meeting.kind and untouched:
        return checklist_from(template)
    return meeting.checklist


def read_length(typed: str) -> int:
    """A meeting's agreed length in whole minutes; ValueError says what to type."""
    cleaned = typed.strip()
    if not cleaned.isdigit() or not SHORTEST_MIN <= int(cleaned) <= LONGEST_MIN:
        raise ValueError(
            f"type the agreed length in whole minutes, from {SHORTEST_MIN} to {LONGEST_MIN}"
        )
    return int(cleaned)


def short_list(items: list[ChecklistItem]) -> list[ChecklistItem]:
    """The essentials and the user's own items: what to see first."""
    return [i for i in items if i.essential or i.custom]


def starts_short(items: list[ChecklistItem]) -> bool:
    """Open on the short list when there is one and nothing off it has been ticked."""
    return any(i.essential for i in items) and not any(
        i.done for i in items if not (i.essential or i.custom)
    )


def progress(items: list[ChecklistItem]) -> tuple[int, int]:
    """(ticked, total)."""
    return sum(1 for i in items if i.done), len(items)


def by_phase(items: list[ChecklistItem]) -> list[tuple[str, list[ChecklistItem]]]:
    """Items grouped by phase in the order research → after, keeping their order within."""
    return [(phase, [i for i in items if i.phase == phase]) for phase in PHASES]


def move(items: list[ChecklistItem], item_id: str, step: int) -> list[ChecklistItem]:
    """Move an item up (-1) or down (+1) among the items of its own phase."""
    index = next((n for n, i in enumerate(items) if i.id == item_id), None)
    if index is None:
        return items
    phase = items[index].phase
    same = [n for n, i in enumerate(items) if i.phase == phase]
    position = same.index(index) + step
    if not 0 <= position < len(same):
        return items
    moved = list(items)
    other = same[position]
    moved[index], moved[other] = moved[other], moved[index]
    return moved


# -- dates and the follow-up ----------------------------------------------------------


MOST_YEARS_AWAY = 10


def parse_when(typed: str, now: datetime, zone: Zone) -> datetime:
    """A meeting time as people type it, in their zone, returned in UTC.

    Raises ValueError with a sentence naming what was typed and what would work.
    """
    moment = read_when(typed, now, zone)
    if abs(moment.year - now.year) > MOST_YEARS_AWAY:
        raise ValueError(
            f"{typed.strip()!r} is more than {MOST_YEARS_AWAY} years away; check the year"
        )
    return moment


def read_when(typed: str, now: datetime, zone: Zone) -> datetime:
    """`parse_when` without the sanity check on the year.

    Written by hand rather than with a general date parser: the forms people type for a
    meeting are few (a day, a time, both in either order, "next friday", "in 2 hours"),
    each is tested, a misreading shows at once in the form's preview, and a parser that
    guesses across languages and formats would read "3/4" one way or the other unasked.
    """
    cleaned = " ".join(typed.strip().lower().replace(",", " ").replace(" at ", " ").split())
    if not cleaned:
        raise ValueError(f"type {DATE_HINT}")
    local_now = now.astimezone(zone)
    later = read_relative(cleaned, now)
    if later is not None:
        return later
    words = cleaned.split(" ")
    if words[0] == "next" and len(words) > 1 and read_day(words[1], local_now.date()):
        words = words[1:]  # "next friday" is the coming Friday, as GNU date reads it
    clock = read_time(" ".join(words))
    if clock is not None:  # a time alone: today
        return localize(datetime.combine(local_now.date(), clock), zone)
    day = read_day(words[0], local_now.date())
    time_part = " ".join(words[1:])
    if day is None and len(words) > 1:  # "3pm tomorrow"
        day = read_day(words[-1], local_now.date())
        time_part = " ".join(words[:-1])
    if day is None:  # perhaps "2026-12-03T14:30"
        try:
            moment = datetime.fromisoformat(cleaned.upper())
        except ValueError:
            raise ValueError(f"{typed.strip()!r} is not {DATE_HINT}") from None
        return localize(moment, zone) if moment.tzinfo is None else moment.astimezone(UTC)
    clock = read_time(time_part) if time_part else time(9, 0)
    if clock is None:
        raise ValueError(f"{time_part!r} is not a time; try 14:30, 9am or 2:30pm")
    return localize(datetime.combine(day, clock), zone)


RELATIVE = re.compile(r"^in (an?|\d{1,4}) (minutes?|mins?|hours?|hrs?|h|days?|weeks?)$")
UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def read_relative(cleaned: str, now: datetime) -> datetime | None:
    """ "in 2 hours", "in an hour", "in 3 days": from now, to the minute."""
    found = RELATIVE.match(cleaned)
    if not found:
        return None
    amount = 1 if found.group(1) in ("a", "an") else int(found.group(1))
    unit = UNITS[found.group(2)[0]]
    moment = now.astimezone(UTC) + timedelta(**{unit: amount})
    return moment.replace(second=0, microsecond=0)


def read_day(word: str, today: date) -> date | None:
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    if word == "tomorrow":
        return today + timedelta(days=1)
    weekday = unique_prefix(word, WEEKDAYS)
    if weekday is not None:  # the coming one, never today (the filters' days look back)
        return today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
    try:
        return date.fromisoformat(word)
    except ValueError:
        return None


TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$")


def read_time(word: str) -> time | None:
    if word == "noon":
        return time(12, 0)
    found = TIME.match(word.replace(" ", ""))
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    suffix = found.group(3)
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def localize(naive: datetime, zone: Zone) -> datetime:
    """Attach the user's zone to a wall-clock time (the machine's rules when zone is None)."""
    local = naive.astimezone() if zone is None else naive.replace(tzinfo=zone)
    return local.astimezone(UTC)


def flag(meeting: Meeting) -> str:
    """A gentle warning when the meeting says nothing about whom it is with."""
    missing = [
        name
        for name, value in (("person", meeting.person), ("organisation", meeting.organisation))
        if not value
    ]
    if not missing:
        return ""
    return f"No {' or '.join(missing)} yet: add them so the checklist and thank-you fit."


def when_label(meeting: Meeting, zone: Zone) -> str:
    start = meeting.starts()
    if start is None:
        return "no date yet"
    return date_words(start.astimezone(zone), clock=True)


def upcoming_first(meetings: list[Meeting], now: datetime) -> list[Meeting]:
    """Upcoming soonest first, then past ones most recent first, then undated."""
    far = datetime.max.replace(tzinfo=now.tzinfo)
    upcoming = sorted(
        (m for m in meetings if (m.ends() or far) >= now and m.starts()),
        key=lambda m: m.starts() or far,
    )
    past = sorted(
        (m for m in meetings if m.starts() and (m.ends() or far) < now),
        key=lambda m: m.starts() or far,
        reverse=True,
    )
    undated = [m for m in meetings if not m.starts()]
    return upcoming + past + undated


def stamp(moment: datetime) -> str:
    return to_iso(moment)
