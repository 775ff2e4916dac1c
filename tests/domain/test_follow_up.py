"""Where a thank-you stands, as every screen words it: the day after a meeting it is due,
after that overdue, and once sent it stays sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coach.follow_up import (
    FOLLOW_UP_HOURS,
    FollowUp,
    follow_up,
    follow_up_deadline,
    follow_up_sentence,
)
from coach.meetings import Meeting

START = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
MEETING = Meeting(id="m1", person="Ada", when="2026-12-03T14:00:00+00:00", length_min=30)
ENDS = START + timedelta(minutes=30)


def test_before_the_meeting_ends_the_thank_you_is_upcoming() -> None:
    assert follow_up(MEETING, START) is FollowUp.UPCOMING
    assert not FollowUp.UPCOMING.owed


def test_in_the_day_after_it_the_thank_you_is_due_then_overdue() -> None:
    assert follow_up(MEETING, ENDS) is FollowUp.DUE
    assert follow_up(MEETING, ENDS + timedelta(hours=FOLLOW_UP_HOURS)) is FollowUp.DUE
    late = ENDS + timedelta(hours=FOLLOW_UP_HOURS, seconds=1)
    assert follow_up(MEETING, late) is FollowUp.OVERDUE
    assert FollowUp.DUE.owed and FollowUp.OVERDUE.owed


def test_a_sent_thank_you_is_never_owed_again() -> None:
    sent = Meeting(id="m1", when=MEETING.when, thanked_at="2026-12-03T16:00:00+00:00")
    assert follow_up(sent, ENDS + timedelta(days=30)) is FollowUp.SENT
    assert follow_up_sentence(sent, ENDS, UTC) == "Thank-you sent on Thu 3 Dec 2026."


def test_without_a_date_nothing_is_due() -> None:
    undated = Meeting(id="m2")
    assert follow_up(undated, START) is FollowUp.NO_DATE
    assert follow_up_deadline(undated) is None
    assert follow_up_sentence(undated, START, UTC).startswith("Give the meeting a date")


def test_every_state_has_a_label_and_the_sentence_names_the_deadline() -> None:
    assert all(state.label or state is FollowUp.NO_DATE for state in FollowUp)
    assert "due by Fri 4 Dec 14:30" in follow_up_sentence(MEETING, ENDS, UTC)


@given(st.integers(min_value=-3 * 24 * 60, max_value=5 * 24 * 60))
def test_the_state_only_moves_forward_as_time_passes(minutes: int) -> None:
    order = [FollowUp.UPCOMING, FollowUp.DUE, FollowUp.OVERDUE]
    now = START + timedelta(minutes=minutes)
    later = now + timedelta(hours=1)
    assert order.index(follow_up(MEETING, now)) <= order.index(follow_up(MEETING, later))
