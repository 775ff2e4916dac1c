"""Where a meeting's thank-you stands: not yet (the meeting is ahead), due, overdue, sent.

A thank-you is due in the day after a meeting ends and overdue after that. The state, its
short label for lists and its sentence for the meeting's follow-up tab live here, so the
list, home and the meeting screen say the same thing about the same meeting.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from coach.clock import Zone, date_words, parse_iso
from coach.meetings import Meeting

FOLLOW_UP_HOURS = 24


class FollowUp(StrEnum):
    NO_DATE = ""  # the meeting has no date, so nothing is due yet
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    SENT = "sent"

    @property
    def owed(self) -> bool:
        """Whether a thank-you is waiting to be written."""
        return self in (FollowUp.DUE, FollowUp.OVERDUE)

    @property
    def label(self) -> str:
        """A word or two for a table's column."""
        return LABELS[self]


LABELS = {
    FollowUp.NO_DATE: "",
    FollowUp.UPCOMING: "upcoming",
    FollowUp.DUE: "thanks due",
    FollowUp.OVERDUE: "thanks overdue",
    FollowUp.SENT: "thanked",
}


def follow_up(meeting: Meeting, now: datetime) -> FollowUp:
    if meeting.thanked_at:
        return FollowUp.SENT
    ends = meeting.ends()
    if ends is None:
        return FollowUp.NO_DATE
    if now < ends:
        return FollowUp.UPCOMING
    deadline = follow_up_deadline(meeting)
    return FollowUp.DUE if deadline is None or now <= deadline else FollowUp.OVERDUE


def follow_up_deadline(meeting: Meeting) -> datetime | None:
    ends = meeting.ends()
    try:
        return ends + timedelta(hours=FOLLOW_UP_HOURS) if ends else None
    except OverflowError:
        return None


def follow_up_sentence(meeting: Meeting, now: datetime, zone: Zone) -> str:
    """What the follow-up tab says of the thank-you, with its day and time."""
    deadline = follow_up_deadline(meeting)
    by = f" by {date_words(deadline.astimezone(zone), year=False, clock=True)}" if deadline else ""
    state = follow_up(meeting, now)
    if state is FollowUp.SENT:
        sent = parse_iso(meeting.thanked_at)
        day = date_words(sent.astimezone(zone)) if sent else meeting.thanked_at[:10]
        return f"Thank-you sent on {day}."
    if state is FollowUp.DUE:
        return f"A thank-you is due{by}: within a day of the meeting."
    if state is FollowUp.OVERDUE:
        return f"The thank-you is overdue (it was due{by}); better late than never."
    if state is FollowUp.UPCOMING:
        return f"After the meeting, send a thank-you within a day{by}."
    return "Give the meeting a date to know when the thank-you is due."
