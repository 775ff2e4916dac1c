"""What a practice round is made of, decided before any screen opens.

The set-up screen gathers choices; this module turns them into a list of `AnswerPlan`s
(one question, or several for a mock interview) and, once answered, turns an `Attempt`
into a saved `Session` with its feedback. No Textual here.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from coach.decks import Deck, Question
from coach.feedback import analyze
from coach.schedule import Cards, last_attempts, next_due
from coach.sessions import SPOKEN, TYPED, Attempt, Session
from coach.speech import Transcript, spoken_feedback

NEXT_DUE = "next"
RANDOM = "random"
PICK = "pick"
CHOICES = (NEXT_DUE, RANDOM, PICK)
DEFAULT_MOCK_LENGTH = 5


@dataclass(frozen=True)
class AnswerPlan:
    """One question to answer, with how it will be timed."""

    question: Question
    mode: str = TYPED
    limit_s: int = 90
    company: str = ""
    role: str = ""
    get_ready: bool = False
    hard_stop: bool = False
    read_aloud: bool = False  # the interviewer's voice reads the question first
    position: int = 1
    total: int = 1


@dataclass(frozen=True)
class Choices:
    """What the set-up screen asks; `limit_s` None means each question's suggestion."""

    deck: Deck
    how: str = NEXT_DUE
    picked: str | None = None
    limit_s: int | None = None
    mode: str = TYPED
    company: str = ""
    role: str = ""
    get_ready: bool = False
    hard_stop: bool = False
    read_aloud: bool = False
    count: int = 1


def plan_round(
    choices: Choices,
    sessions: Iterable[Mapping[str, Any]],
    rng: random.Random,
    now: datetime,
    cards: Cards | None = None,
) -> list[AnswerPlan]:
    """The questions of a round, in order: one, or `count` distinct ones for a mock."""
    cards = cards or Cards()  # a mock asks for the next due five times: replay once
    questions = list(choices.deck.questions)
    if not questions:
        raise ValueError(f"the deck {choices.deck.name!r} has no questions yet")
    history = list(sessions)
    chosen: list[Question] = []
    if choices.how == PICK and choices.picked:
        first = choices.deck.find(choices.picked)
        if first is not None:
            chosen.append(first)
    count = max(1, min(choices.count, len(questions)))
    while len(chosen) < count:
        left = [q for q in questions if q not in chosen]
        if choices.how == RANDOM:
            chosen.append(rng.choice(left))
        else:
            chosen.append(next_due(left, history, now, cards))
    return [
        AnswerPlan(
            question=question,
            mode=choices.mode,
            limit_s=choices.limit_s or question.limit,
            company=choices.company.strip(),
            role=choices.role.strip(),
            get_ready=choices.get_ready,
            hard_stop=choices.hard_stop,
            read_aloud=choices.read_aloud,
            position=number,
            total=len(chosen),
        )
        for number, question in enumerate(chosen, start=1)
    ]


def feedback_figures(attempt: Attempt) -> dict[str, Any]:
    """The feedback saved with a session: full analysis for typed answers, timing for spoken."""
    if attempt.mode == SPOKEN:  # analysed if heard (`heard`); whether to read STAR, kept
        return {"limit_seconds": attempt.limit_s, "behavioural": attempt.behavioural}
    return analyze(
        attempt.text,
        limit_seconds=attempt.limit_s,
        company=attempt.company,
        role=attempt.role,
        question=attempt.question,
        behavioural=attempt.behavioural or None,  # else read from the question
    ).to_dict()


def session_from(attempt: Attempt, session_id: str, mock_id: str = "") -> Session:
    """The session to save the moment an answer is finished (rated later, if at all).

    A recorded answer names its recording now; its transcript and full feedback come
    when `heard` has run.
    """
    session = attempt.to_session(session_id, feedback_figures(attempt), None, "", mock_id)
    return replace(session, audio=f"{session_id}.wav") if attempt.recorded else session


def heard(session: Session, transcript: Transcript, *, keep_audio: bool) -> Session:
    """The session once its recording has been transcribed: what was said, analysed."""
    feedback = spoken_feedback(
        transcript,
        limit_seconds=session.limit_s,
        company=session.company,
        role=session.role,
        question=session.question,
        behavioural=session.feedback.get("behavioural") or None,  # else read from the question
    )
    return replace(
        session,
        transcript=transcript.text,
        feedback=feedback,
        audio=session.audio if keep_audio else "",
    )


def practised_ids(sessions: Iterable[Mapping[str, Any]]) -> set[str]:
    return set(last_attempts(sessions))
