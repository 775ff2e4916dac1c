"""The app as a whole through Textual's Pilot: home, navigation, help, palette, themes,
quitting, and resizing in the middle of an answer."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Static, TextArea

from coach.app import CoachApp
from coach.content import load_content
from coach.store import Store
from screens.answer import AnswerScreen
from screens.help import HelpScreen
from screens.history import HistoryScreen
from screens.home import HomeScreen
from screens.meeting import MeetingScreen
from screens.meeting_form import MeetingForm
from screens.meetings import MeetingsScreen
from screens.practice import PracticeScreen
from screens.reflect import ReflectScreen
from screens.widgets.confirm import ConfirmScreen
from tests.fakes import FakeMonotonic
from tests.screens.helpers import home_ready, make_app, run_in_palette, until
from tests.screens.sample import add_sample


def static_text(app: CoachApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def today_items(app: CoachApp) -> list[str]:
    listing = app.screen.query_one("#home-items", OptionList)
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


async def test_home_shows_the_date_figures_and_a_tip(store: Store):
    add_sample(store)
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert static_text(app, "#home-date") == "Sunday 22 November 2026"
        assert static_text(app, "#home-week") == "This week\n4\n5 in all"
        assert static_text(app, "#home-streak") == "Streak\n2 days\npractise today to keep it"
        assert app.screen.query_one("#home-trend").data == [2.0, 4.0, 3.0, 5.0]
        assert static_text(app, "#home-tip-text") in {t.text for t in load_content().tips}
        assert static_text(app, "#home-database") == f"Your data: {store.path}"


async def test_home_shortens_a_path_in_the_home_folder(default_store: Store):
    app = make_app(default_store)
    async with app.run_test():
        expected = "Your data: ~/.local/share/coach/coach.json"
        assert static_text(app, "#home-database") == expected


async def test_home_with_no_sessions_says_where_to_start(store: Store):
    app = make_app(store)
    async with app.run_test() as pilot:
        await home_ready(pilot)
        assert today_items(app) == [
            "No practice sessions yet. Press p to answer your first question."
        ]


async def test_home_lists_what_is_due_and_each_item_opens_it(store: Store):
    from datetime import timedelta

    from coach.clock import to_iso
    from coach.meetings import Meeting
    from tests.conftest import FROZEN_NOW

    store.set_setting("your_name", "Sam Rivera")  # else the follow-up asks for it first

    add_sample(store)
    store.put(
        "meetings",
        Meeting(
            id="past", person="Grace", when=to_iso(FROZEN_NOW - timedelta(hours=5))
        ).to_record(),
    )
    store.put(
        "meetings",
        Meeting(id="soon", person="Ada", when=to_iso(FROZEN_NOW + timedelta(days=1))).to_record(),
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        items = today_items(app)
        assert items[0] == "Thank-you due: Grace"
        assert items[1].startswith("Coming up: Ada, Mon 23 Nov 2026, 09:30")  # not today
        question = "Tell me about a time you disagreed with a colleague. How did you handle it?"
        assert items[2] == f"Practise: {question}"
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        await until(pilot, lambda: app.screen.active() == "tab-follow-up", "the follow-up tab")
        await pilot.press("escape", "down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.plan.question.id == "job-disagreement"


async def test_one_key_per_area_from_anywhere_but_not_while_typing(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        for key, screen in (
            ("p", PracticeScreen),
            ("h", HistoryScreen),
            ("m", MeetingsScreen),
            ("r", ReflectScreen),
        ):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen), key
            assert len(app.screen_stack) == 2  # areas replace each other, they do not pile up
        await pilot.press("slash", "h")  # typing in reflect's search field
        assert isinstance(app.screen, ReflectScreen)
        assert app.screen.query_one(Input).value == "h"
        await pilot.press("escape", "g")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_f1_shows_the_keys_and_escape_closes_it(store: Store):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert ("^q", "Quit") in app.screen.global_keys
        assert ("p", "Practise") in app.screen.global_keys
        assert ("^p", "Command palette") in app.screen.global_keys
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("f1", "f1")  # f1 toggles help rather than stacking another
        assert len(app.screen_stack) == 1
        await pilot.press("m", "f1")
        await pilot.pause()
        assert ("/", "Filter") in app.screen.screen_keys  # not "slash"
        assert ("esc", "Back") in app.screen.screen_keys
        assert app.screen.screen_name == "Meetings"
        assert ("n", "New") in app.screen.screen_keys


async def test_palette_runs_the_main_actions(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await run_in_palette(pilot, "new meeting")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the meeting form")
        await pilot.press("escape", "g")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
        await run_in_palette(pilot, "practise the questions due")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the answer")
        assert app.screen.plan.question.id == "job-interests"


async def test_the_palette_opens_practice_on_the_deck_it_names(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await run_in_palette(pilot, "practise deck: questions to ask")
        await until(pilot, lambda: isinstance(app.screen, PracticeScreen), "the set-up")
        await until(pilot, lambda: app.screen.query_one("#deck").value == "ask", "the deck")


async def test_theme_chosen_in_the_palette_is_remembered(store: Store, db_path):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await run_in_palette(pilot, "theme: nord")
        await until(pilot, lambda: app.theme == "nord", "the theme")
    app.services.writer.flush()
    assert store.setting("theme", None) == "nord"
    again = make_app(store, FakeMonotonic())
    async with again.run_test(size=(100, 30)):
        assert again.theme == "nord"


async def test_ctrl_q_quits_with_status_zero(store: Store):
    app = make_app(store)
    async with app.run_test() as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_quitting_with_an_answer_typed_asks_first(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        await pilot.press(*"half typed")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # keep working
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.query_one(TextArea).text == "half typed"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
    assert app.return_code == 0
    app.services.writer.flush()
    assert store.get("drafts", "answer")["text"] == "half typed"


async def test_resizing_mid_answer_never_crashes(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        await pilot.press(*"resizing")
        for size in ((40, 12), (60, 20), (120, 40), (40, 12), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, AnswerScreen)
            assert app.screen.query_one(TextArea).text == "resizing"
        assert app.screen.has_class("-short") is False


async def test_a_broken_asset_file_ends_the_app_with_its_name(store: Store, tmp_path):
    """Only the tips are read before the first frame; the rest is checked just after."""
    import shutil

    from coach.content import Content, assets_dir
    from tests.screens.helpers import make_services

    folder = tmp_path / "assets"
    shutil.copytree(assets_dir(), folder)
    (folder / "checklists" / "job.toml").write_text("[checklist\n")
    services = make_services(store)
    services.content = Content(folder)
    app = CoachApp(services)
    exits: list[tuple[int, object]] = []
    real_exit = app.exit

    def exit_spy(*args, return_code: int = 0, message: object = None, **kwargs) -> None:
        exits.append((return_code, message))
        real_exit(*args, return_code=return_code, message=message, **kwargs)

    app.exit = exit_spy  # type: ignore[method-assign]
    async with app.run_test() as pilot:
        for _ in range(100):
            if exits:
                break
            await pilot.pause(0.02)
    assert app.return_code == 1
    message = exits[0][1]  # home may find the broken file again before the app is gone
    assert {code for code, _ in exits} == {1}
    assert str(message).startswith(f"coach: {folder / 'checklists' / 'job.toml'}: ")
    assert "is not valid TOML" in str(message)


async def test_home_tells_today_s_meeting_from_later_ones_and_counts_untried(store: Store):
    from datetime import timedelta

    from coach.clock import to_iso
    from coach.meetings import Meeting
    from tests.conftest import FROZEN_NOW

    store.put(
        "meetings",
        Meeting(id="m1", person="Ada", when=to_iso(FROZEN_NOW + timedelta(hours=2))).to_record(),
    )
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        items = app.screen.query_one("#home-items")
        assert str(items.get_option_at_index(0).prompt).startswith("Meeting today: Ada")
    store.delete("meetings", "m1")
    store.put(
        "sessions",
        {"id": "s", "question_id": "job-interests", "finished": to_iso(FROZEN_NOW), "rating": 5},
    )
    again = make_app(store)
    async with again.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        hint = str(again.screen.query_one("#home-items").get_option_at_index(0).prompt)
        assert "never tried yet" in hint


async def test_help_lists_every_key_the_screen_has_even_hidden_ones(store: Store):
    from coach.meetings import Meeting, checklist_from

    app = make_app(store)
    store.set_setting("your_name", "Sam")
    template = app.services.content.checklists["informational"]
    store.put(
        "meetings", Meeting(id="m1", person="Ada", checklist=checklist_from(template)).to_record()
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m", "enter")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        keys = dict(app.screen.screen_keys)
        for key in ("1-4", "^↑", "^↓", "f3", "f4", "f5", "space"):
            assert key in keys, (key, keys)
        await pilot.press("escape", "escape", "h")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert "⏎" in dict(app.screen.screen_keys)
