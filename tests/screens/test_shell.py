"""The app shell through Textual's Pilot: home, help, quitting."""

from __future__ import annotations

from textual.widgets import Static

from coach.app import CoachApp
from coach.content import load_content
from coach.store import Store
from screens.help import HelpScreen
from screens.home import HomeScreen
from tests.screens.helpers import make_app


def static_text(app: CoachApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_home_shows_date_progress_and_tip(store: Store):
    store.put("sessions", {"id": "s1"})
    store.put("sessions", {"id": "s2"})
    app = make_app(store)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, HomeScreen)
        assert static_text(app, "#home-date") == "Sunday 22 November 2026"
        assert static_text(app, "#home-progress") == "2 practice sessions recorded."
        tip = static_text(app, "#home-tip-text")
        assert tip in {t.text for t in load_content().tips}
        assert static_text(app, "#home-database") == f"Your data: {store.path}"


async def test_home_shortens_a_path_in_the_home_folder(default_store: Store):
    app = make_app(default_store)
    async with app.run_test():
        expected = "Your data: ~/.local/share/coach/coach.json"
        assert static_text(app, "#home-database") == expected


async def test_home_with_no_sessions_says_so(store: Store):
    app = make_app(store)
    async with app.run_test():
        assert static_text(app, "#home-progress").startswith("No practice sessions yet.")


async def test_f1_shows_the_keys_and_escape_closes_it(store: Store):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert ("ctrl+q", "Quit") in app.screen.global_keys
        assert ("f1", "Help") in app.screen.global_keys
        assert ("ctrl+p", "Command palette") in app.screen.global_keys
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f1", "f1")  # f1 toggles help rather than stacking another
        assert isinstance(app.screen, HomeScreen)
        assert len(app.screen_stack) == 1


async def test_ctrl_q_quits_with_status_zero(store: Store):
    app = make_app(store)
    async with app.run_test() as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_home_names_the_questions_due_by_the_schedule(store: Store):
    from tests.screens.sample import add_sample

    add_sample(store)
    app = make_app(store)
    async with app.run_test(size=(100, 30)):
        due = static_text(app, "#home-due")
        question = "Tell me about a time you disagreed with a colleague. How did you handle it?"
        assert due == f"Due for practice: “{question}”"
