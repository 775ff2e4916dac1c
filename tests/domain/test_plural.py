"""One question, two questions."""

from __future__ import annotations

from coach.plural import count


def test_one_is_singular_and_every_other_number_is_plural() -> None:
    assert count(1, "questions") == "1 question"
    assert count(0, "questions") == "0 questions"
    assert count(2, "sessions") == "2 sessions"
    assert count(1, "entries") == "1 entry"
    assert count(1, "stories") == "1 story"
    assert count(1, "settings") == "1 setting"
