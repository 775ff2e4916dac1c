"""What home shows that has to be worked out from the store: the figures and today's items.

Safe on a worker thread (the store locks its reads). With a long history this is the
slowest part of start-up, so it reads the sessions once for the streak, the week, the
rating trend and what is due, and loads what it needs when first called.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from coach.decks import Question
    from coach.follow_up import FollowUp
    from coach.meetings import Meeting
    from coach.people import Person, Touch
    from coach.services import Services
    from coach.stats import Practice

TREND_POINTS = 30  # the rating trend shows the latest thirty rated attempts


@dataclass(frozen=True)
class Today:
    """Everything home shows that has to be worked out from the store."""

    revision: int
    stats: Practice
    ratings: list[float]
    owed: list[tuple[Meeting, FollowUp]]
    upcoming: list[Meeting]
    due: list[Question]
    untried: int = 0  # questions in the decks never answered
    touches: tuple[tuple[Person, date, Touch], ...] = ()  # people due a message


def gather_today(services: Services) -> Today:
    """Read the store and work out home's figures and items."""
    from coach.follow_up import FollowUp, follow_up
    from coach.meetings import upcoming_first
    from coach.people import due_touches
    from coach.progress import rating_trend  # imported on use: home opens first
    from coach.schedule import due_now, last_attempts
    from coach.stats import practice_of

    services.content.check()  # the first time, every asset file is read here, not at start
    sessions, now, zone = services.data.sessions, services.clock(), services.local_tz()
    revision = services.data.revision
    ordered = upcoming_first(services.data.meetings.listed(), now)
    days = services.data.settings.keep_in_touch_days()
    questions = [q for deck in services.decks() for q in deck.questions]
    history = sessions.for_home()  # one pass over the sessions for all three figures
    tried = last_attempts(history)
    return Today(
        revision=revision,
        stats=practice_of(history, now, zone),
        ratings=rating_trend(history)[-TREND_POINTS:],
        owed=[(m, follow_up(m, now)) for m in ordered if follow_up(m, now).owed],
        upcoming=[m for m in ordered if follow_up(m, now) is FollowUp.UPCOMING],
        due=[q for q, _ in due_now(questions, history, now, services.cards())],
        touches=tuple(due_touches(services.data.people.all(), ordered, days, now, zone)),
        untried=sum(  # questions to answer; the decks of questions to ask are not owed
            1
            for deck in services.decks()
            if deck.role == "answer"
            for q in deck.questions
            if q.id not in tried
        ),
    )
