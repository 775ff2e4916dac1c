"""How practice looks: set-up, an answer running low on time, overtime, and feedback."""

from __future__ import annotations

from textual.widgets import Digits

from coach.practice import session_from
from coach.sessions import Attempt
from coach.store import Store
from coach.timing import clock_face
from screens.feedback import FeedbackScreen
from tests.screens.helpers import FakeMonotonic, make_app, until

ANSWER = (
    "At my last job our team had a reporting backlog. I was responsible for the pipeline, "
    "so I rebuilt it in Python and, um, I think it basically worked: as a result we cut "
    "report time by 40% in 2023."
)


def clock_shows_now(app) -> bool:
    """The answer's clock shows the time left as it is now (after the fake clock moved)."""
    screen = app.screen
    if not hasattr(screen, "countdown"):
        return False
    shown = str(screen.query_one("#clock", Digits).value)
    return shown == clock_face(screen.countdown.remaining())


def test_setup_100x30(snap_compare, default_store: Store):
    assert snap_compare(
        make_app(default_store, FakeMonotonic()), terminal_size=(100, 30), press=["p"]
    )


def test_answer_running_low_100x30(snap_compare, default_store: Store):
    clock = FakeMonotonic()

    async def answer(pilot):
        await pilot.press("p", "enter")
        await pilot.press(*ANSWER)
        clock.advance(70)
        await until(pilot, lambda: clock_shows_now(pilot.app), "the clock to catch up")

    assert snap_compare(make_app(default_store, clock), terminal_size=(100, 30), run_before=answer)


def test_answer_overtime_80x24(snap_compare, default_store: Store):
    clock = FakeMonotonic()

    async def overtime(pilot):
        await pilot.press("p", "enter")
        await pilot.press(*"Short.")
        clock.advance(102)
        await until(pilot, lambda: clock_shows_now(pilot.app), "the clock to catch up")

    assert snap_compare(make_app(default_store, clock), terminal_size=(80, 24), run_before=overtime)


def test_feedback_100x30(snap_compare, default_store: Store):
    attempt = Attempt(
        deck="job",
        question_id="job-proud-of",
        question="Tell me about a piece of work you are especially proud of.",
        behavioural=True,
        mode="typed",
        limit_s=120,
        started="2026-11-22T09:00:00+00:00",
        finished="2026-11-22T09:02:10+00:00",
        used_s=130.4,
        overtime_s=10.4,
        paused_s=4.0,
        text=ANSWER,
        company="Acme",
        role="data engineer",
    )
    session = session_from(attempt, "s1")
    app = make_app(default_store, FakeMonotonic())

    async def show(pilot):
        app.push_screen(FeedbackScreen(app.services, session))
        await pilot.pause()
        await pilot.press("4")

    assert snap_compare(app, terminal_size=(100, 30), run_before=show)
