"""After a crash or a kill: offer to pick up the unfinished answer where it stopped."""

from __future__ import annotations

from typing import Any

from textual.app import App

from coach.plural import count
from coach.practice import AnswerPlan
from coach.services import Services
from coach.sessions import Draft
from coach.timing import describe_seconds
from screens.flow import PracticeFlow, question_for
from screens.saving import write
from screens.widgets.confirm import ConfirmScreen


def offer_resume(app: App[Any], services: Services, draft: Draft) -> None:
    """Ask whether to resume the draft; resuming reopens it paused, with its text and time."""
    words = len(draft.text.split())
    question = (
        f"You have an unfinished answer to “{draft.question}” "
        f"({describe_seconds(draft.used_s)} used, {count(words, 'words')}). Resume it? "
        "(escape keeps it for later)"
    )

    def answered(resume: bool | None) -> None:
        if resume:
            plan = plan_for(services, draft)
            PracticeFlow(app, services, [plan]).start(draft)
        elif resume is False:
            write(app, services, lambda data: data.drafts.discard())

    app.push_screen(ConfirmScreen(question, yes="Resume", no="Discard it", danger=False), answered)


def plan_for(services: Services, draft: Draft) -> AnswerPlan:
    """The plan the draft was answering."""
    return AnswerPlan(
        question=question_for(services, draft.deck, draft.question_id, draft.question),
        mode=draft.mode,
        limit_s=draft.limit_s,
        company=draft.company,
        role=draft.role,
        hard_stop=draft.hard_stop,
    )
