"""The feedback screen shows the answer itself, its fillers, hedges and clichés marked."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from coach.practice import session_from
from coach.sessions import Attempt
from coach.store import Store
from screens.feedback import FeedbackScreen
from tests.screens.helpers import FakeMonotonic, make_app

ANSWER = "So, um, I think I'm a team player. Last spring I rewrote the loader."


def attempt(text: str) -> Attempt:
    return Attempt(
        deck="job",
        question_id="job-proud-of",
        question="Tell me about a time you fixed something.",
        behavioural=False,  # read from the question's wording
        mode="typed",
        limit_s=90,
        started="2026-11-22T09:00:00+00:00",
        finished="2026-11-22T09:01:00+00:00",
        used_s=60,
        overtime_s=0,
        paused_s=0,
        text=text,
    )


def marked_words(text: Text) -> dict[str, str]:
    """Each styled stretch of the answer, by its text."""
    return {text.plain[span.start : span.end]: str(span.style) for span in text.spans}


async def test_the_answer_is_shown_with_its_marks(default_store: Store):
    session = session_from(attempt(ANSWER), "s1")
    assert session.feedback["star"] is not None  # "Tell me about a time" asks for a story
    app = make_app(default_store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FeedbackScreen(app.services, session))
        await pilot.pause()
        panel = app.screen.query_one("#detail-answer", Static)
        shown = panel.content
        assert isinstance(shown, Text)
        assert shown.plain.startswith(ANSWER)
        marks = marked_words(shown)
        assert "underline" in marks["um"] and "yellow" in marks["um"]  # filler
        assert "cyan" in marks["I think"]  # hedge
        assert "magenta" in marks["team player"]  # cliché
        assert "rewrote" not in marks
        assert "Marked: filler  hedge  cliché" in shown.plain
        assert panel.border_title == "Your answer"


async def test_an_answer_with_nothing_to_mark_has_no_key(default_store: Store):
    session = session_from(attempt("I rewrote the loader and it held up."), "s2")
    app = make_app(default_store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(FeedbackScreen(app.services, session))
        await pilot.pause()
        shown = app.screen.query_one("#detail-answer", Static).content
        assert isinstance(shown, Text)
        assert "Marked" not in shown.plain
