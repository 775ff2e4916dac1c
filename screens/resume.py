"""The unfinished answer (after a crash, a kill, or leaving it for later): one question,
asked at start-up and before a new answer would replace it, with one meaning each way:
Resume picks it up paused where it stopped, Discard it deletes it (then the new answer,
if one was asked for, starts), escape keeps it for later and starts nothing."""

from __future__ import annotations

from collections.abc import Callable
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


def offer_resume(
    app: App[Any], services: Services, draft: Draft, instead: Callable[[], None] | None = None
) -> None:
    """Ask about the draft; `instead` is the new answer to start once it is discarded."""
    words = len(draft.text.split())
    replaced = " A new answer would replace it." if instead else ""
    question = (
        f"You have an unfinished answer to “{draft.question}” "
        f"({describe_seconds(draft.used_s)} used, {count(words, 'words')}).{replaced} "
        "Resume it? (escape keeps it for later)"
    )

    def answered(resume: bool | None) -> None:
        if resume:
            plan = plan_for(services, draft)
            PracticeFlow(app, services, [plan]).start(draft)
        elif resume is False:
            write(app, services, lambda data: data.drafts.discard())
            if instead is not None:
                instead()

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
