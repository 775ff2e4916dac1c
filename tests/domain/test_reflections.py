"""Prompt sets and reflection entries: loading, links, search, notes by theme, the journal."""

from __future__ import annotations

import re

import pytest

from coach.content import load_content
from coach.errors import DataFileError
from coach.reflections import (
    Answer,
    Reflection,
    notes_for,
    parse_prompt_set,
    reflections_markdown,
    search,
    start,
)
from coach.tomlfiles import read_toml_text


def test_bundled_prompt_sets():
    sets = load_content().prompt_sets
    ids = [s.id for s in sets]
    assert ids == ["interests", "after-meeting", "across-meetings", "after-practice"]
    assert sum(len(s.prompts) for s in sets) >= 15
    assert "interests" in sets[0].tags


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[prompt]]\nid='a'\ntext='b'", "needs a [set] table"),
        ("[set]\nid='s'\nname='n'\ndescription='d'", "has no [[prompt]] entries"),
        (
            "[set]\nid='s'\nname='n'\ndescription='d'\n[[prompt]]\nid='a'",
            "prompt 1: needs a non-empty text 'text'",
        ),
        (
            "[set]\nid='s'\nname='n'\ndescription='d'\n[[prompt]]\nid='a'\ntext='x'\n[[prompt]]\nid='a'\ntext='y'",
            "two prompts share an id",
        ),
    ],
)
def test_malformed_prompt_sets_are_named(text: str, message: str):
    with pytest.raises(DataFileError, match=re.escape(message)):
        parse_prompt_set(read_toml_text(text, "p.toml"), "p.toml")


def test_entries_round_trip_and_are_lenient():
    prompt_set = load_content().prompt_sets[1]
    entry = start("e1", prompt_set, "2026-11-22T09:00:00+00:00", meeting_id="m1", link_label="Ada")
    assert len(entry.answers) == len(prompt_set.prompts)
    assert Reflection.from_record(entry.to_record()) == entry
    odd = Reflection.from_record({"id": 3, "answers": [None, {"text": 5}], "tags": "x"})
    assert odd.id == "3" and odd.answers == [Answer("", "", "5")] and odd.tags == []


def test_search_matches_every_word_in_prompts_answers_tags_and_links():
    a = Reflection(
        "a", "interests", "Professional interests", [Answer("p", "What do you read?", "Compilers")]
    )
    b = Reflection(
        "b",
        "after-meeting",
        "After a meeting",
        [Answer("p", "Learned", "Hiring")],
        link_label="Ada",
    )
    assert search([a, b], "compilers") == [a]
    assert search([a, b], "ada hiring") == [b]
    assert search([a, b], "") == [a, b]


def test_notes_for_a_question_come_from_sets_sharing_its_tags():
    sets = load_content().prompt_sets
    mine = Reflection(
        "a",
        "interests",
        "Professional interests",
        [Answer("p", "Q", "Observability"), Answer("q", "R", " ")],
    )
    other = Reflection("b", "after-practice", "After practice", [Answer("p", "Q", "Slow down")])
    assert [n.text for n in notes_for([mine, other], sets, ("interests",))] == ["Observability"]
    assert notes_for([mine, other], sets, ("behavioural",)) == []


def test_journal_markdown_keeps_answers_in_quotes():
    entry = Reflection(
        "a",
        "interests",
        "Professional interests",
        [Answer("p", "What do you read?", "# not a heading\nmore")],
        created="2026-11-20T10:00:00+00:00",
    )
    text = reflections_markdown([entry.to_record()], None)
    assert "# Reflections" in text and "**What do you read?**" in text
    assert "> # not a heading" in text
    assert reflections_markdown([], None) == ""


def test_search_looks_at_what_was_written_not_at_the_prompts():
    from coach.reflections import Answer, Reflection, search

    entry = Reflection(
        "r1",
        "after-meeting",
        "After a meeting",
        [Answer("p1", "Who should you contact next?", "Ask Ada")],
    )
    assert search([entry], "contact") == []
    assert search([entry], "ada") == [entry]
