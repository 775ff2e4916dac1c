"""Which question to practise next.

For now a plain rule: a question never practised comes first (in deck order); after
that, the one whose last attempt was rated lowest, and among equals the one practised
longest ago. Spaced repetition from the self-ratings replaces this rule later; callers
only ask for "the next due question", so they will not change.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from coach.decks import Question

# What the scheduler reads of each session (see `Store.select`).
SESSION_FIELDS = ("question_id", "finished", "rating")


def last_attempts(sessions: Iterable[Mapping[str, Any]]) -> dict[str, tuple[str, int]]:
    """Question id to (finished stamp, rating or 0) of its latest attempt."""
    latest: dict[str, tuple[str, int]] = {}
    for session in sessions:
        question_id = session.get("question_id")
        finished = session.get("finished")
        if not isinstance(question_id, str) or not isinstance(finished, str):
            continue
        rating = session.get("rating")
        score = rating if isinstance(rating, int) and not isinstance(rating, bool) else 0
        if question_id not in latest or finished > latest[question_id][0]:
            latest[question_id] = (finished, score)
    return latest


def next_due(questions: Sequence[Question], sessions: Iterable[Mapping[str, Any]]) -> Question:
    """The question most worth practising now (see the module docstring)."""
    if not questions:
        raise ValueError("no questions to choose from")
    latest = last_attempts(sessions)
    for question in questions:
        if question.id not in latest:
            return question
    return min(questions, key=lambda q: (latest[q.id][1], latest[q.id][0]))


def pick_random(questions: Sequence[Question], rng: random.Random) -> Question:
    if not questions:
        raise ValueError("no questions to choose from")
    return rng.choice(list(questions))
