"""Meeting times as people type them, read in their zone, and refused with a hint."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.meetings import DATE_HINT, parse_when

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 10, 15, tzinfo=UTC)  # a Tuesday, 10:15 in London


def local(typed: str) -> str:
    return f"{parse_when(typed, NOW, ZONE).astimezone(ZONE):%a %Y-%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("3pm", "Tue 2026-12-01 15:00"),
        ("14:30", "Tue 2026-12-01 14:30"),
        ("noon", "Tue 2026-12-01 12:00"),
        ("tomorrow 9am", "Wed 2026-12-02 09:00"),
        ("tomorrow at 3 pm", "Wed 2026-12-02 15:00"),
        ("3pm tomorrow", "Wed 2026-12-02 15:00"),
        ("friday 10:30", "Fri 2026-12-04 10:30"),
        ("next tuesday 9am", "Tue 2026-12-08 09:00"),
        ("next friday", "Fri 2026-12-04 09:00"),
        ("Thu, 2pm", "Thu 2026-12-03 14:00"),
        ("in 2 hours", "Tue 2026-12-01 12:15"),
        ("in an hour", "Tue 2026-12-01 11:15"),
        ("in 30 minutes", "Tue 2026-12-01 10:45"),
        ("in 3 days", "Fri 2026-12-04 10:15"),
        ("in a week", "Tue 2026-12-08 10:15"),
        ("2026-12-03 14:30", "Thu 2026-12-03 14:30"),
        ("2026-12-03", "Thu 2026-12-03 09:00"),
        ("2026-12-03T14:30", "Thu 2026-12-03 14:30"),
    ],
)
def test_the_ways_people_type_a_meeting_time(typed: str, meant: str):
    assert local(typed) == meant


@pytest.mark.parametrize("typed", ["soonish", "tomorrow 25:00", "next week", "13pm", "in two"])
def test_what_cannot_be_read_is_refused_with_the_forms_that_work(typed: str):
    with pytest.raises(ValueError) as refused:
        parse_when(typed, NOW, ZONE)
    message = str(refused.value)
    assert repr(typed.strip()) in message or "is not a time" in message
    assert "14:30" in message


def test_an_empty_time_says_what_to_type():
    with pytest.raises(ValueError, match="type a date"):
        parse_when("  ", NOW, ZONE)
    assert "in 2 hours" in DATE_HINT and "3pm" in DATE_HINT


@given(st.text(max_size=40))
def test_any_typing_is_read_or_refused_with_a_sentence(typed: str):
    try:
        moment = parse_when(typed, NOW, ZONE)
    except ValueError as refused:
        assert str(refused)
    else:
        assert moment.tzinfo is not None
