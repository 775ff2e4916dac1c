"""A role reads as English after "your work as": an article where one belongs, none for
a title one person holds, the user's own wording left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.roles import NO_ROLE, article, role_phrase


@pytest.mark.parametrize(
    ("typed", "reads"),
    [
        ("Data engineer", "a data engineer"),
        ("analyst", "an analyst"),
        ("UX lead", "a UX lead"),
        ("SRE manager", "an SRE manager"),
        ("user researcher", "a user researcher"),
        ("Head of Data", "Head of Data"),
        ("head of product", "head of product"),
        ("CTO", "CTO"),
        ("Software Engineer II", "a Software Engineer II"),
        ("a product manager", "a product manager"),
        ("  Data   engineer ", "a data engineer"),
        ("", NO_ROLE),
    ],
)
def test_a_role_reads_as_english(typed: str, reads: str):
    assert role_phrase(typed) == reads


@pytest.mark.parametrize(
    ("word", "expected"),
    [("engineer", "an"), ("hourly", "an"), ("university", "a"), ("MBA", "an"), ("PhD", "a")],
)
def test_article_by_sound(word: str, expected: str):
    assert article(word) == expected


@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=40))
def test_never_two_articles_and_never_empty(role: str):
    phrase = role_phrase(role)
    assert phrase.strip()
    words = phrase.lower().split()
    assert not (len(words) > 1 and words[0] in {"a", "an"} and words[1] in {"a", "an", "the"})
