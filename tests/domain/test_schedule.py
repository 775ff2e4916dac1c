"""Spaced repetition: due dates follow from the self-ratings through FSRS.

Sessions are hand-built and `now` is fixed, so every due date is the same on any machine
on any day; stored sessions may be hand-edited, so malformed ones must be skipped.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise

import pytest
from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.decks import Question
from coach.schedule import (
    FSRS_RATING,
    card_for,
    due_dates,
    due_now,
    next_due,
    reviews_by_question,
)

START = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def questions(count: int) -> tuple[Question, ...]:
    return tuple(Question(id=f"q{n}", text=f"Question {n}?", deck="t") for n in range(1, count + 1))


def done(question_id: str, day: float, rating: object = None) -> dict[str, object]:
    """A session finished `day` days after START."""
    finished = (START + timedelta(days=day)).isoformat()
    return {"question_id": question_id, "finished": finished, "rating": rating}


def due_after(*ratings: int, gap_days: float = 0) -> list[datetime]:
    """Due dates after each review, reviewing on the due date (or `gap_days` later)."""
    reviews: list[tuple[datetime, int]] = []
    moment, dues = START, []
    for rating in ratings:
        reviews.append((moment, rating))
        due = card_for(reviews).due
        dues.append(due)
        moment = due + timedelta(days=gap_days)
    return dues


# -- ratings and due dates -----------------------------------------------------------------------


def test_self_ratings_map_to_fsrs_answers():
    assert sorted(FSRS_RATING) == [1, 2, 3, 4, 5]
    assert [FSRS_RATING[n] for n in range(1, 6)] == [
        Rating.Again,
        Rating.Again,
        Rating.Hard,
        Rating.Good,
        Rating.Easy,
    ]


def test_a_higher_first_rating_is_due_later():
    cards = {rating: card_for([(START, rating)]) for rating in range(1, 6)}
    dues = {rating: card.due for rating, card in cards.items()}
    assert dues[1] < dues[5]
    # Hard rounds to the same one day as Again on a first review, but it is remembered better.
    assert dues[1] == dues[2] <= dues[3] < dues[4] < dues[5]
    assert cards[1].stability is not None and cards[3].stability is not None
    assert cards[1].stability < cards[3].stability
    assert dues[1] >= START + timedelta(days=1)  # whole days, no minute-long learning steps


def test_repeated_good_ratings_push_the_due_date_further_out_each_time():
    dues = due_after(4, 4, 4, 4, 4)
    intervals = [later - earlier for earlier, later in pairwise(dues)]
    assert all(shorter < longer for shorter, longer in pairwise(intervals))


def test_an_again_after_goods_brings_the_due_date_closer():
    goods = due_after(4, 4, 4, 4)
    lapse = due_after(4, 4, 4, 1)
    assert lapse[-1] < goods[-1]
    assert lapse[-1] - lapse[-2] < lapse[-2] - lapse[-3]


def test_card_for_reads_naive_and_other_zone_times_as_the_same_moment():
    plus_two = timezone(timedelta(hours=2))
    aware = card_for([(START, 4)]).due
    assert card_for([(START.replace(tzinfo=None), 4)]).due == aware
    assert card_for([(START.astimezone(plus_two), 4)]).due == aware


def test_due_dates_ignore_unrated_and_malformed_sessions():
    history = [
        done("q1", 0, 4),
        done("q1", 3),  # unrated: not a review
        {},
        {"question_id": 7, "finished": START.isoformat(), "rating": 4},
        {"question_id": "", "finished": START.isoformat(), "rating": 4},
        {"question_id": "q2", "finished": "yesterday", "rating": 4},
        {"question_id": "q3", "finished": None, "rating": 4},
        done("q4", 0, True),
        done("q5", 0, "5"),
        done("q6", 0, 0),
        done("q7", 0, 6),
        done("q8", 0, 4.0),
    ]
    assert due_dates(history) == {"q1": card_for([(START, 4)]).due}
    assert reviews_by_question(history) == {"q1": [(START, 4)]}


def test_reviews_are_replayed_in_time_order_whatever_the_stored_order():
    history = [done("q1", 9, 1), done("q1", 0, 5), done("q1", 4, 3)]
    assert [rating for _, rating in reviews_by_question(history)["q1"]] == [5, 3, 1]
    assert due_dates(history) == due_dates(list(reversed(history)))


def test_the_schedule_is_the_same_every_time():
    history = [done(f"q{n % 5}", n * 1.7, n % 5 + 1) for n in range(40)]
    assert due_dates(history) == due_dates(history)
    deck = questions(5)
    assert next_due(deck, history, NOW) == next_due(deck, history, NOW)


# -- next_due and due_now ------------------------------------------------------------------------


def test_a_question_never_attempted_comes_first_in_deck_order():
    history = [done("q1", 0, 1), done("q2", 0), done("q4", 0, 1)]
    assert next_due(questions(4), history, NOW).id == "q3"


def test_then_a_question_attempted_but_never_rated():
    history = [done("q1", 0, 1), done("q2", 0), done("q3", 0)]
    assert next_due(questions(3), history, NOW).id == "q2"


def test_then_the_most_overdue_question():
    history = [done("q1", 20, 1), done("q2", 2, 1), done("q3", 10, 1), done("q4", 29, 5)]
    assert next_due(questions(4), history, NOW).id == "q2"


def test_when_nothing_is_due_the_one_due_soonest():
    history = [done("q1", 29, 5), done("q2", 29, 3), done("q3", 29, 4)]
    assert all(due > NOW for due in due_dates(history).values())
    assert next_due(questions(3), history, NOW).id == "q2"


def test_equal_due_dates_go_in_deck_order():
    history = [done("q2", 0, 4), done("q1", 0, 4)]
    assert next_due(questions(2), history, NOW).id == "q1"


def test_next_due_needs_questions_and_a_time_zone():
    with pytest.raises(ValueError):
        next_due([], [], NOW)
    with pytest.raises(ValueError):
        next_due(questions(1), [], NOW.replace(tzinfo=None))


def test_due_now_lists_only_due_rated_questions_most_overdue_first():
    history = [
        done("q1", 20, 1),
        done("q2", 2, 1),
        done("q3", 29, 5),  # rated, not due yet
        done("q4", 10, 1),
        done("q5", 0),  # attempted but never rated
    ]
    due = due_dates(history)
    listed = due_now(questions(6), history, NOW)
    assert [(q.id, moment) for q, moment in listed] == [
        ("q2", due["q2"]),
        ("q4", due["q4"]),
        ("q1", due["q1"]),
    ]
    assert due_now(questions(6), history, START) == []


# -- any history ---------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 24 * 365 * 5), st.integers(1, 5)),
        min_size=1,
        max_size=30,
    )
)
def test_any_reviews_give_a_card_due_after_the_last_one(offsets_and_ratings):
    reviews = [(START + timedelta(hours=hours), rating) for hours, rating in offsets_and_ratings]
    card = card_for(reviews)
    assert card.due > max(moment for moment, _ in reviews)


reviews_strategy = st.lists(
    st.tuples(st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=5)),
    max_size=12,
).map(lambda pairs: sorted((START + timedelta(hours=h), r) for h, r in pairs))


@given(st.lists(reviews_strategy, min_size=1, max_size=4))
@settings(max_examples=60)
def test_remembered_cards_are_the_cards_replayed_from_scratch(histories) -> None:
    """Whatever the order of calls (a review added, one edited, one deleted), the card
    carried on from a remembered one is the card a full replay gives."""
    from coach.schedule import Cards

    cards = Cards()
    for reviews in histories:
        assert cards.card("q", reviews) == card_for(reviews)
    grown = [*histories[-1], (START + timedelta(days=30), 4)]
    assert cards.card("q", grown) == card_for(grown)
