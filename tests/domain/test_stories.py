"""The story bank: stories read leniently, matched to questions by competency (never by the
generic "behavioural" tag), and practised against a question they fit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.content import load_content
from coach.decks import Question
from coach.stories import (
    ASKED,
    COMPETENCIES,
    STORY_LIMIT,
    Story,
    as_notes,
    fits,
    question_to_practise,
    questions_for,
    stories_for,
)

QUESTIONS = [q for deck in load_content().decks for q in deck.questions]
MIGRATION = Story(
    id="s1",
    title="The migration weekend",
    situation="The upgrade failed on a Friday night",
    task="Get the shop back by Monday",
    action="Rolled back and split it into three steps",
    result="Back up by Sunday noon, no data lost",
    tags=["pressure", "leadership"],
)


def test_a_story_survives_a_round_trip_and_a_hand_edit() -> None:
    assert Story.from_record(MIGRATION.to_record()) == MIGRATION
    odd = Story.from_record({"id": "x", "tags": "pressure", "result": None})
    assert (odd.tags, odd.result) == ([], "")


def test_a_story_is_told_by_its_parts_and_says_what_is_missing() -> None:
    assert MIGRATION.told().splitlines() == [
        "Situation: The upgrade failed on a Friday night",
        "Task: Get the shop back by Monday",
        "Action: Rolled back and split it into three steps",
        "Result: Back up by Sunday noon, no data lost",
    ]
    half = Story(id="h", title="Half", situation="S", action="A")
    assert half.missing() == ["Task", "Result"]


def test_stories_fit_questions_by_competency_not_by_the_generic_tag() -> None:
    assert fits(MIGRATION, ["behavioural", "pressure"])
    assert not fits(MIGRATION, ["behavioural", "conflict"])
    assert not fits(Story(id="b", tags=["behavioural"]), ["behavioural", "conflict"])
    other = Story(id="c", tags=["conflict"])
    assert stories_for([MIGRATION, other], ("behavioural", "conflict")) == [other]
    pressure = [q for q in QUESTIONS if "pressure" in q.tags]
    assert pressure and all(q in questions_for(MIGRATION, QUESTIONS) for q in pressure)


def test_every_competency_is_asked_about_by_some_deck_question_or_a_plain_one() -> None:
    assert set(ASKED) == set(COMPETENCIES)


def test_a_story_is_practised_against_a_question_it_fits() -> None:
    question = question_to_practise(MIGRATION, QUESTIONS)
    assert fits(MIGRATION, question.tags) and question in QUESTIONS


def test_with_no_deck_question_a_plain_tell_me_about_a_time_is_asked() -> None:
    story = Story(id="s9", title="Night shift", tags=["initiative"])
    question = question_to_practise(story, [Question(id="q", text="Why us?", deck="job")])
    assert question.text == "Tell me about a time when you took the initiative."
    assert question.limit == STORY_LIMIT and fits(story, question.tags)
    untagged = question_to_practise(Story(id="s0"), [])
    assert untagged.text == "Tell me about a time you are proud of."


def test_stories_come_beside_a_question_as_notes() -> None:
    [note] = as_notes([MIGRATION])
    assert note.prompt == "Your story: The migration weekend"
    assert "Result: Back up by Sunday noon" in note.text


@given(tags=st.lists(st.sampled_from([*COMPETENCIES, "behavioural", "odd"]), max_size=4))
def test_the_question_offered_always_shows_the_story_beside_it(tags: list[str]) -> None:
    story = Story(id="p", title="T", tags=tags)
    question = question_to_practise(story, QUESTIONS)
    if set(tags) - {"behavioural"}:
        assert story in stories_for([story], question.tags)
    assert question.text.endswith((".", "?"))
