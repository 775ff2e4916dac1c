"""Planning a round and saving its answers, with no screen involved.

Which question comes next, how a mock interview is made up and what is saved afterwards
are decided here, so they are checked on a small hand-made deck and hand-made history.
Stored sessions and drafts may be hand-edited, so reading them back must never fail.
"""

from __future__ import annotations

import random

import pytest

from coach.decks import Deck, Question
from coach.practice import (
    PICK,
    RANDOM,
    AnswerPlan,
    Choices,
    feedback_figures,
    plan_round,
    practised_ids,
    session_from,
)
from coach.schedule import last_attempts, next_due, pick_random
from coach.sessions import DRAFT_ID, SPOKEN, TYPED, Attempt, Draft, Session
from tests.conftest import FROZEN_NOW as NOW


def make_deck(count: int = 4) -> Deck:
    questions = tuple(
        Question(id=f"q{n}", text=f"Question {n}?", deck="t", limit=30 * n, tags=("general",))
        for n in range(1, count + 1)
    )
    return Deck(id="t", name="Test deck", description="For tests.", questions=questions)


def done(question_id: str, finished: str, rating: int | None = None) -> dict[str, object]:
    return {"question_id": question_id, "finished": finished, "rating": rating}


# -- plan_round ----------------------------------------------------------------------------------


def test_default_choices_plan_the_first_never_practised_question_at_its_own_limit():
    deck = make_deck()
    history = [done("q1", "2026-11-01T10:00:00", 5)]
    plans = plan_round(Choices(deck=deck), history, random.Random(0), NOW)
    assert plans == [AnswerPlan(question=deck.questions[1], limit_s=60, position=1, total=1)]


def test_a_chosen_limit_overrides_the_suggestion():
    plans = plan_round(Choices(deck=make_deck(), limit_s=180), [], random.Random(0), NOW)
    assert [plan.limit_s for plan in plans] == [180]


def test_choices_are_carried_into_the_plan_with_names_trimmed():
    choices = Choices(
        deck=make_deck(),
        mode=SPOKEN,
        company="  Acme Ltd ",
        role=" Analyst",
        get_ready=True,
        hard_stop=True,
    )
    (plan,) = plan_round(choices, [], random.Random(0), NOW)
    assert (plan.mode, plan.company, plan.role) == (SPOKEN, "Acme Ltd", "Analyst")
    assert plan.get_ready and plan.hard_stop


def test_a_picked_question_comes_first():
    deck = make_deck()
    plans = plan_round(Choices(deck=deck, how=PICK, picked="q3"), [], random.Random(0), NOW)
    assert [plan.question.id for plan in plans] == ["q3"]
    assert plans[0].limit_s == 90


def test_a_picked_question_opens_a_mock_and_the_rest_follow_the_schedule():
    deck = make_deck()
    plans = plan_round(
        Choices(deck=deck, how=PICK, picked="q3", count=3), [], random.Random(0), NOW
    )
    assert [plan.question.id for plan in plans] == ["q3", "q1", "q2"]


def test_an_unknown_picked_id_falls_back_to_the_next_due_question():
    plans = plan_round(
        Choices(deck=make_deck(), how=PICK, picked="gone"), [], random.Random(0), NOW
    )
    assert [plan.question.id for plan in plans] == ["q1"]


def test_a_mock_of_five_has_five_distinct_questions_numbered_in_order():
    deck = make_deck(7)
    plans = plan_round(Choices(deck=deck, count=5), [], random.Random(0), NOW)
    assert [plan.question.id for plan in plans] == ["q1", "q2", "q3", "q4", "q5"]
    assert [plan.position for plan in plans] == [1, 2, 3, 4, 5]
    assert {plan.total for plan in plans} == {5}


def test_a_mock_longer_than_the_deck_is_capped_at_the_deck():
    plans = plan_round(Choices(deck=make_deck(3), count=10), [], random.Random(0), NOW)
    assert sorted(plan.question.id for plan in plans) == ["q1", "q2", "q3"]
    assert [plan.total for plan in plans] == [3, 3, 3]


def test_a_count_below_one_still_plans_one_question():
    assert len(plan_round(Choices(deck=make_deck(), count=0), [], random.Random(0), NOW)) == 1


def test_random_order_is_set_by_the_seed():
    deck = make_deck(10)

    def ids(seed: int) -> list[str]:
        plans = plan_round(Choices(deck=deck, how=RANDOM, count=4), [], random.Random(seed), NOW)
        return [plan.question.id for plan in plans]

    assert ids(42) == ids(42)
    assert len(set(ids(42))) == 4
    assert len({tuple(ids(seed)) for seed in range(10)}) > 1  # the seed really matters


def test_random_order_ignores_the_schedule():
    deck = make_deck(10)
    firsts = {
        plan_round(Choices(deck=deck, how=RANDOM), [], random.Random(seed), NOW)[0].question.id
        for seed in range(30)
    }
    assert len(firsts) > 1


def test_an_empty_deck_cannot_be_planned():
    empty = Deck(id="e", name="Empty", description="")
    with pytest.raises(ValueError, match="'Empty' has no questions"):
        plan_round(Choices(deck=empty), [], random.Random(0), NOW)


# -- the schedule --------------------------------------------------------------------------------


def test_never_practised_questions_come_first_in_deck_order():
    questions = make_deck(4).questions
    history = [done("q1", "2026-11-01T10:00:00", 1), done("q3", "2026-11-01T10:00:00", 1)]
    assert next_due(questions, history, NOW).id == "q2"


def test_then_the_lowest_last_rating_comes_first():
    questions = make_deck(3).questions
    history = [
        done("q1", "2026-11-01T10:00:00", 4),
        done("q2", "2026-11-02T10:00:00", 2),
        done("q3", "2026-11-03T10:00:00", 5),
        done("q2", "2026-11-05T10:00:00", 5),  # q2's latest attempt went well
    ]
    assert next_due(questions, history, NOW).id == "q1"


def test_unrated_attempts_count_as_the_lowest_rating():
    questions = make_deck(2).questions
    history = [done("q1", "2026-11-01T10:00:00", 1), done("q2", "2026-11-02T10:00:00")]
    assert next_due(questions, history, NOW).id == "q2"


def test_equal_ratings_go_to_the_one_practised_longest_ago():
    questions = make_deck(3).questions
    history = [
        done("q1", "2026-11-03T10:00:00", 3),
        done("q2", "2026-11-01T10:00:00", 3),
        done("q3", "2026-11-02T10:00:00", 3),
    ]
    assert next_due(questions, history, NOW).id == "q2"


def test_next_due_of_no_questions_is_an_error():
    with pytest.raises(ValueError):
        next_due([], [], NOW)
    with pytest.raises(ValueError):
        pick_random([], random.Random(0))


def test_last_attempts_keeps_the_latest_attempt_of_each_question():
    history = [
        done("q1", "2026-11-02T10:00:00", 2),
        done("q1", "2026-11-03T10:00:00", 4),
        done("q1", "2026-11-01T10:00:00", 5),
    ]
    assert last_attempts(history) == {"q1": ("2026-11-03T10:00:00", 4)}


def test_last_attempts_ignores_malformed_sessions():
    history = [
        {},
        {"question_id": 5, "finished": "2026-11-01"},
        {"question_id": "q1"},
        {"question_id": "q2", "finished": None, "rating": 3},
        {"question_id": "q3", "finished": 20261101},
        {"question_id": "q4", "finished": "2026-11-01", "rating": True},
        {"question_id": "q5", "finished": "2026-11-01", "rating": "5"},
    ]
    assert last_attempts(history) == {"q4": ("2026-11-01", 0), "q5": ("2026-11-01", 0)}
    assert practised_ids(history) == {"q4", "q5"}


# -- feedback and saved sessions -----------------------------------------------------------------


def make_attempt(mode: str = TYPED, text: str = "I led the Atlas launch. It went well.") -> Attempt:
    return Attempt(
        deck="job",
        question_id="job-interests",
        question="What are your professional interests?",
        behavioural=False,
        mode=mode,
        limit_s=90,
        started="2026-11-22T09:30:00.000000+00:00",
        finished="2026-11-22T09:31:10.000000+00:00",
        used_s=70.126,
        overtime_s=0.0,
        paused_s=3.333,
        text=text,
        company="Acme",
        role="analyst",
    )


def test_a_typed_answer_gets_the_full_figures():
    figures = feedback_figures(make_attempt())
    assert figures["words"] == 8
    assert figures["limit_seconds"] == 90
    assert figures["company_mentions"] == 0
    assert figures["role_mentions"] == 0
    assert figures["star"] is None  # not a behavioural question
    assert {"fillers", "hedges", "figures", "tips"} <= figures.keys()


def test_a_spoken_answer_keeps_only_its_limit_until_it_is_heard():
    assert feedback_figures(make_attempt(SPOKEN)) == {"limit_seconds": 90, "behavioural": False}


def test_session_from_an_attempt_rounds_times_and_leaves_it_unrated():
    session = session_from(make_attempt(), "s1", mock_id="m1")
    assert session.id == "s1"
    assert session.mock_id == "m1"
    assert session.used_s == 70.13
    assert session.paused_s == 3.33
    assert session.rating is None
    assert session.note == ""
    assert session.answer == "I led the Atlas launch. It went well."
    assert session.feedback["words"] == 8


def test_a_session_round_trips_through_its_record():
    session = session_from(make_attempt(), "s1")
    session.rating = 4
    session.note = "Too long."
    record = session.to_record()
    assert record["question_id"] == "job-interests"
    assert record["feedback"] == session.feedback
    assert Session.from_record(record) == session


def test_a_spoken_session_round_trips_through_its_record():
    session = session_from(make_attempt(SPOKEN, text=""), "s2")
    assert Session.from_record(session.to_record()) == session


def test_a_garbled_session_record_opens_with_blanks():
    session = Session.from_record(
        {
            "id": 12,
            "limit_s": "ninety",
            "used_s": [1],
            "overtime_s": None,
            "paused_s": True,
            "feedback": ["not", "a", "dict"],
            "rating": 9,
        }
    )
    assert session.id == "12"
    assert session.limit_s == 0
    assert (session.used_s, session.overtime_s, session.paused_s) == (0.0, 0.0, 0.0)
    assert session.feedback == {}
    assert session.rating is None
    assert session.mode == TYPED
    assert session.question == ""


def test_an_empty_session_record_opens():
    session = Session.from_record({})
    assert session.id == ""
    assert session.limit_s == 0
    assert session.rating is None


@pytest.mark.parametrize("rating", [0, 6, "3", 3.5, None, [3]])
def test_a_rating_outside_one_to_five_is_read_as_unrated(rating: object):
    assert Session.from_record({"rating": rating}).rating is None


def test_a_boolean_rating_is_read_as_unrated():
    assert Session.from_record({"rating": True}).rating is None


def test_a_draft_round_trips_through_its_record():
    draft = Draft(
        deck="job",
        question_id="job-interests",
        question="What are your professional interests?",
        mode=SPOKEN,
        limit_s=120,
        started="2026-11-22T09:30:00",
        used_s=12.5,
        paused_s=1.0,
        text="So far",
        company="Acme",
        role="analyst",
        hard_stop=True,
    )
    record = draft.to_record()
    assert record["id"] == DRAFT_ID
    assert Draft.from_record(record) == draft


@pytest.mark.parametrize("question", [None, "", 42, ["Why?"]])
def test_a_draft_without_a_question_is_none(question: object):
    assert Draft.from_record({"question": question, "text": "words"}) is None
    assert Draft.from_record({}) is None


def test_a_garbled_draft_record_opens_with_safe_values():
    draft = Draft.from_record(
        {
            "question": "Why us?",
            "mode": "sung",
            "limit_s": 2,
            "used_s": "lots",
            "paused_s": None,
            "text": 5,
        }
    )
    assert draft is not None
    assert draft.mode == TYPED
    assert draft.limit_s == 10
    assert (draft.used_s, draft.paused_s) == (0.0, 0.0)
    assert draft.text == "5"
    assert draft.hard_stop is False


def test_a_draft_without_a_limit_gets_ninety_seconds():
    draft = Draft.from_record({"question": "Why us?", "limit_s": "x"})
    assert draft is not None
    assert draft.limit_s == 90
