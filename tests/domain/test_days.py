"""Days typed into the history's From and To, read backwards from today."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.days import parse_day

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2026-11-22", date(2026, 11, 22)),
        ("today", TODAY),
        ("Yesterday", date(2026, 11, 30)),
        ("monday", date(2026, 11, 30)),
        ("tue", TODAY),
        ("wednesday", date(2026, 11, 25)),
        ("3 days ago", date(2026, 11, 28)),
        ("a week ago", date(2026, 11, 24)),
        ("22 nov", date(2026, 11, 22)),
        ("Nov 22", date(2026, 11, 22)),
        ("22 November 2025", date(2025, 11, 22)),
        ("25 dec", date(2025, 12, 25)),  # no year: the latest one up to today
        ("1 dec", TODAY),
    ],
)
def test_days_as_people_type_them(typed: str, meant: date):
    assert parse_day(typed, TODAY) == meant


@pytest.mark.parametrize("typed", ["20-11-2026", "31 feb", "ma", "soon", "32 nov", "nov"])
def test_what_is_not_a_day_is_refused_with_examples(typed: str):
    with pytest.raises(ValueError, match="is not a day like 2026-11-22, 22 nov"):
        parse_day(typed, TODAY)


def test_nothing_typed_is_no_limit():
    assert parse_day("  ", TODAY) is None


@given(st.text(max_size=30))
def test_any_typing_is_a_day_or_a_sentence(typed: str):
    try:
        parse_day(typed, TODAY)
    except ValueError as refused:
        assert "is not a day" in str(refused)


def test_one_date_style_everywhere():
    """ "Tuesday 01 December" on one screen and "Tuesday 1 December" on the next read as two
    apps: every date is written by coach.clock.date_words, the day never zero-padded."""
    from datetime import datetime

    from coach.clock import date_words

    moment = datetime(2026, 12, 1, 9, 5)
    assert date_words(moment, weekday="long") == "Tuesday 1 December 2026"
    assert date_words(moment, clock=True) == "Tue 1 Dec 2026, 09:05"
    assert date_words(moment, year=False, clock=True) == "Tue 1 Dec 09:05"
    assert date_words(moment.date(), weekday="", year=False) == "1 Dec"
