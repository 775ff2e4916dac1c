"""People: their records read leniently, introductions both ways, and when each is due a
message (the date set, a message's follow-up, the keep-in-touch nudge after a thank-you)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.meetings import Meeting
from coach.people import (
    KEEP_IN_TOUCH_DAYS,
    Person,
    Sent,
    Touch,
    due_touches,
    introduced,
    introducer,
    keep_in_touch_date,
    links_of,
    mark_sent,
    parse_touch,
    read_keep_days,
    touch_due,
)

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # a Friday
ZONE = UTC


def thanked_meeting(person_id: str, days_ago: int, meeting_id: str = "m1") -> Meeting:
    met = NOW - timedelta(days=days_ago)
    return Meeting(
        id=meeting_id,
        person_id=person_id,
        when=met.isoformat(),
        thanked_at=(met + timedelta(hours=20)).isoformat(),
    )


def test_a_person_survives_a_round_trip_and_a_hand_edit() -> None:
    ada = Person(
        id="p1",
        name="Ada",
        next_touch="2026-12-11",
        sent=[Sent("s", "cold", "hi", NOW.isoformat())],
    )
    assert Person.from_record(ada.to_record()) == ada
    odd = Person.from_record({"id": "p2", "name": 7, "next_touch": "soon", "sent": "x"})
    assert (odd.name, odd.next_touch, odd.sent) == ("7", "", [])  # a number reads as its text


def test_introductions_show_both_ways() -> None:
    bea = Person(id="b", name="Bea")
    ada = Person(id="a", name="Ada", introduced_by="b")
    people = [bea, ada]
    assert introducer(ada, people) == bea
    assert introduced(bea, people) == [ada]
    assert introducer(bea, people) is None
    assert introducer(Person(id="c", introduced_by="gone"), people) is None  # deleted since


def test_deleting_says_what_links_to_them() -> None:
    bea = Person(id="b", name="Bea")
    ada = Person(id="a", name="Ada", introduced_by="b")
    links = links_of(bea, [bea, ada], [Meeting(id="m", person_id="b"), Meeting(id="n")])
    assert links == ["1 meeting (kept, unlinked)", "1 person they introduced (kept)"]
    assert links_of(ada, [bea, ada], []) == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-12-18", date(2026, 12, 18)),
        ("friday", date(2026, 12, 11)),  # the coming one, never today
        ("next friday", date(2026, 12, 11)),
        ("tomorrow", date(2026, 12, 5)),
        ("in 2 weeks", date(2026, 12, 18)),
        ("in 3 days", date(2026, 12, 7)),
    ],
)
def test_next_touch_dates_read_as_typed(typed: str, expected: date) -> None:
    assert parse_touch(typed, NOW, ZONE) == expected


@pytest.mark.parametrize("typed", ["", "soonish", "2026-13-01", "3050-01-01"])
def test_an_unreadable_next_touch_says_what_would_work(typed: str) -> None:
    with pytest.raises(ValueError, match=r"2026-12-18|years away"):
        parse_touch(typed, NOW, ZONE)


def test_keep_in_touch_days_are_checked() -> None:
    assert read_keep_days(" 45 ") == 45
    for bad in ("0", "366", "a month", "-3"):
        with pytest.raises(ValueError, match="whole number of days"):
            read_keep_days(bad)


def test_the_nudge_comes_a_month_after_the_thank_you() -> None:
    ada = Person(id="a", name="Ada")
    meeting = thanked_meeting("a", days_ago=10)
    due = keep_in_touch_date(ada, [meeting], KEEP_IN_TOUCH_DAYS, ZONE)
    assert due == date(2026, 12, 25)  # thanked 25 Nov, a month on
    assert touch_due(ada, [meeting], KEEP_IN_TOUCH_DAYS, ZONE) == (due, Touch.KEEP_IN_TOUCH)
    assert due_touches([ada], [meeting], KEEP_IN_TOUCH_DAYS, NOW, ZONE) == []
    later = NOW + timedelta(days=25)
    assert due_touches([ada], [meeting], KEEP_IN_TOUCH_DAYS, later, ZONE) == [
        (ada, due, Touch.KEEP_IN_TOUCH)
    ]
    assert due_touches([ada], [meeting], 7, NOW, ZONE) == [
        (ada, date(2026, 12, 2), Touch.KEEP_IN_TOUCH)
    ]


def test_a_message_sent_after_the_thank_you_ends_the_nudge() -> None:
    ada = Person(id="a", name="Ada")
    meeting = thanked_meeting("a", days_ago=40)
    sent = mark_sent(ada, Sent("s1", "keep-in-touch", "Hi", NOW.isoformat()), 90, ZONE)
    assert keep_in_touch_date(sent, [meeting], KEEP_IN_TOUCH_DAYS, ZONE) is None
    assert touch_due(sent, [meeting], KEEP_IN_TOUCH_DAYS, ZONE) == (
        date(2027, 3, 4),
        Touch.NEXT_TOUCH,
    )


def test_a_request_sets_a_follow_up_that_a_meeting_then_answers() -> None:
    ada = Person(id="a", name="Ada")
    asked = mark_sent(ada, Sent("s1", "cold", "Hi", NOW.isoformat()), 7, ZONE)
    assert asked.next_touch == "2026-12-11"
    assert asked.sent[-1].next_touch == "2026-12-11"
    assert touch_due(asked, [], 30, ZONE) == (date(2026, 12, 11), Touch.NEXT_TOUCH)
    arranged = Meeting(id="m", person_id="a", when=(NOW + timedelta(days=3)).isoformat())
    assert touch_due(asked, [arranged], 30, ZONE) is None
    chosen = Person(**{**asked.__dict__, "next_touch": "2026-12-20"})  # the user's own date stays
    assert touch_due(chosen, [arranged], 30, ZONE) == (date(2026, 12, 20), Touch.NEXT_TOUCH)


def test_a_message_with_no_follow_up_clears_the_next_touch() -> None:
    ada = Person(id="a", next_touch="2026-12-05")
    assert mark_sent(ada, Sent("s", "introducer", "x", NOW.isoformat()), 0, ZONE).next_touch == ""


def test_due_people_come_longest_waiting_first() -> None:
    people = [
        Person(id="a", name="Ada", next_touch="2026-12-03"),
        Person(id="b", name="Bea", next_touch="2026-11-20"),
        Person(id="c", name="Cy", next_touch="2026-12-05"),  # tomorrow: not yet
    ]
    due = due_touches(people, [], 30, NOW, ZONE)
    assert [p.name for p, _, _ in due] == ["Bea", "Ada"]


@given(
    days_ago=st.integers(min_value=0, max_value=400),
    keep=st.integers(min_value=1, max_value=365),
    touch=st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2028, 1, 1))),
)
def test_the_touch_due_is_the_earlier_of_the_two(
    days_ago: int, keep: int, touch: date | None
) -> None:
    person = Person(id="a", next_touch=touch.isoformat() if touch else "")
    meeting = thanked_meeting("a", days_ago)
    nudge = keep_in_touch_date(person, [meeting], keep, ZONE)
    found = touch_due(person, [meeting], keep, ZONE)
    candidates = [d for d in (touch, nudge) if d is not None]
    assert found is not None and found[0] == min(candidates)
    due = due_touches([person], [meeting], keep, NOW, ZONE)
    assert bool(due) == (found[0] <= NOW.date())
