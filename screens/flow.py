"""One practice round from start to end: answer screens, then feedback or a summary.

A single question: answer, then its feedback. A mock interview: several answers in a
row, then one summary. Every finished answer is saved as a session at once (and the
draft cleared after it), so nothing is lost if the app dies before the rating.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from coach.decks import Question
from coach.practice import AnswerPlan, session_from
from coach.services import Services
from coach.sessions import Attempt, Draft, Session
from screens.answer import AnswerScreen
from screens.feedback import FeedbackScreen
from screens.listen import transcribe_session
from screens.mock import MockSummaryScreen
from screens.saving import write


def question_for(services: Services, deck: str, question_id: str, text: str) -> Question:
    """The question from its deck when it still exists, else rebuilt from what was saved."""
    found = services.deck(deck)
    question = found.find(question_id) if found else None
    return question or Question(id=question_id, text=text, deck=deck)


class PracticeFlow:
    """Runs the answer screens of a round in order and saves each answer.

    The round is one coroutine on a worker, waiting on each screen in turn
    (`push_screen_wait`), so it reads in the order the user meets the screens.
    """

    def __init__(
        self,
        app: App[Any],
        services: Services,
        plans: list[AnswerPlan],
        *,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        self.app = app
        self.services = services
        self.plans = plans
        self.on_done = on_done
        self.mock_id = services.new_id() if len(plans) > 1 else ""
        self.sessions: list[Session] = []

    def start(self, draft: Draft | None = None) -> None:
        """Begin the round (with `draft`, its first answer picks up where it stopped)."""
        self.app.run_worker(self.run(draft), group="practice")

    async def run(self, draft: Draft | None) -> None:
        app, services = self.app, self.services
        for plan in self.plans:
            attempt = await app.push_screen_wait(AnswerScreen(services, plan, draft=draft))
            draft = None
            if attempt is None:  # left without finishing: the round ends here
                break
            session = self.keep(attempt)
            if not self.mock_id:
                await app.push_screen_wait(FeedbackScreen(services, session))
                break
            if attempt.recorded:  # heard in the background while the next question is asked
                transcribe_session(app, services, session)
        if self.mock_id and self.sessions:  # a summary of what was answered
            await app.push_screen_wait(MockSummaryScreen(services, self.sessions))
        if self.on_done is not None:
            self.on_done()

    def keep(self, attempt: Attempt) -> Session:
        """Save the finished answer at once (and clear its draft), before any rating."""
        session = session_from(attempt, self.services.new_id(), self.mock_id)
        self.sessions.append(session)
        recorded = attempt.recorded
        write(
            self.app,
            self.services,
            lambda data: data.sessions.keep_answer(session, recorded=recorded),
        )
        return session
