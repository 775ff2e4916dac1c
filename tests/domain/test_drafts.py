"""Marking a message sent asks first when it is empty or still has a gap to fill."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.drafts import before_sending, gaps


def test_a_finished_message_goes_without_a_question():
    assert before_sending("Dear Ada,\n\nThank you for your time.\n\nSam") == ""


def test_an_empty_message_asks():
    assert "empty" in before_sending("  \n ")


def test_gaps_are_named_once_each_in_order():
    text = "I will [add one thing]. [your name]\n[add one thing]"
    assert gaps(text) == ["[add one thing]", "[your name]"]
    assert before_sending(text) == (
        "The message still has [add one thing] and [your name] to fill in. Mark it sent anyway?"
    )


def test_more_than_two_gaps_are_counted():
    assert "[a], [b] and 2 more to fill in" in before_sending("[a] [b] [c] [d]")


def test_a_bracket_across_lines_or_empty_is_not_a_gap():
    assert gaps("see [\nthis] and [] here") == []


@given(st.text(alphabet=st.characters(blacklist_characters="[]")))
def test_text_without_brackets_never_has_gaps(text: str):
    assert gaps(text) == []
    assert before_sending(text) == ("" if text.strip() else before_sending(""))
