"""User text is text, never markup: brackets, markup tags and click actions in anything the
user typed or imported are shown as typed on every screen, and never crash one.

One database holds the nastiest strings in every field a screen draws (questions, answers,
notes, company, meeting person and organisation, reflection text, tags); a tour opens
every screen on it and checks the words arrive as typed."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import Select

from coach.clock import to_iso
from coach.meetings import Meeting, checklist_from
from coach.reflections import Answer, Reflection
from coach.store import Store
from coach.visible import visible
from tests.conftest import FROZEN_NOW
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app

CONTROL = {chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]} - {"\n", "\t"}
NASTY = [
    "How would you close a [/b] tag in BBCode?",
    "Tell me about [your] project",
    "Ada [/] Lovelace [bold]x",
    "[@click=app.quit]Click me[/]",
    "[link=https://example.com]a link[/link] and \\[escaped]",
    "Ada\x1b]2;pwned\x1b\\ Lovelace\x07\x08\x7f\x9b\x1b[2J",
]


def no_control_characters_drawn(app) -> None:
    for widget in app.screen.query("Static"):
        drawn = str(widget.render())
        assert not any(c in drawn for c in CONTROL), (widget, drawn)


def fill(store: Store, app, nasty: str) -> None:
    finished = FROZEN_NOW - timedelta(days=1)
    store.put(
        "questions", {"id": "q1", "text": nasty, "limit": 60, "tags": [nasty], "tips": [nasty]}
    )
    store.put(
        "sessions",
        {
            "id": "s1",
            "started": to_iso(finished - timedelta(seconds=50)),
            "finished": to_iso(finished),
            "deck": "mine",
            "question_id": "q1",
            "question": nasty,
            "mode": "typed",
            "limit_s": 60,
            "used_s": 50.0,
            "overtime_s": 0.0,
            "paused_s": 0.0,
            "answer": f"I led it. {nasty}",
            "feedback": {"words": 4, "filler_count": 0, "limit_seconds": 60, "tips": [nasty]},
            "rating": 4,
            "note": nasty,
            "company": nasty,
            "role": nasty,
        },
    )
    template = app.services.content.checklists["informational"]
    meeting = Meeting(
        id="m1",
        person=nasty,
        organisation=nasty,
        role=nasty,
        goal=nasty,
        notes=nasty,
        when=to_iso(FROZEN_NOW + timedelta(days=1)),
        checklist=checklist_from(template),
    )
    store.put("meetings", meeting.to_record())
    reflection = Reflection(
        id="r1",
        set_id="after-meeting",
        set_name=nasty,
        answers=[Answer("p1", nasty, nasty)],
        tags=[nasty],
        meeting_id="m1",
        link_label=nasty,
        created=to_iso(finished),
    )
    store.put("reflections", reflection.to_record())


@pytest.mark.parametrize("nasty", NASTY)
async def test_every_screen_shows_user_text_as_typed(store: Store, nasty: str):
    app = make_app(store, FakeMonotonic())
    fill(store, app, nasty)
    async with app.run_test(size=(120, 40)) as pilot:
        tour = [
            ("g", "home"),
            ("h", "history"),
            ("enter", "an attempt"),
            ("c", "compare"),
            ("escape", "back"),
            ("escape", "history"),
            ("t", "trends"),
            ("escape", "history"),
            ("m", "meetings"),
            ("enter", "a meeting"),
            ("2", "a tab"),
            ("3", "a tab"),
            ("4", "a tab"),
            ("1", "a tab"),
            ("ctrl+r", "reflect on the meeting"),
            ("escape", "back"),
            ("r", "reflect"),
            ("enter", "an entry"),
            ("escape", "reflect"),
            ("ctrl+o", "my questions"),
        ]
        for key, where in tour:
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running, f"the app stopped on {where}"
            no_control_characters_drawn(app)
            if where == "an attempt":
                assert visible(nasty) in str(app.screen.query_one("#detail-question").render())
        await pilot.press("g", "p")
        await pilot.pause()
        setup = app.screen
        setup.query_one("#deck", Select).value = "mine"  # the My questions deck
        await pilot.pause()
        await pilot.click("#start")
        await pilot.pause()
        assert app.is_running


async def test_a_database_path_with_brackets_opens(tmp_path, frozen_clock):
    from coach.app import CoachApp
    from coach.content import load_content
    from coach.services import Services
    from screens.home import HomeScreen

    folder = tmp_path / "odd [/] [b]folder"
    with Store.open(folder / "coach.json", clock=frozen_clock) as odd:
        app = CoachApp(Services(store=odd, content=load_content(), clock=frozen_clock))
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            app.notify(f"{folder}: a message naming it")  # as an error would
            await pilot.pause()


BRACKETY = st.text(alphabet="[]/@=#:.ab \\$", max_size=30)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BRACKETY, min_size=1, max_size=40))
def test_any_brackets_in_a_static_are_shown_as_typed(texts: list[str]) -> None:
    from textual.app import App

    from screens.widgets.text import Label, Static, plain

    class Shows(App[None]):
        def compose(self):
            for number, typed in enumerate(texts):
                yield Static(typed, id=f"s{number}")
                yield Label(typed)

    async def check() -> None:
        app = Shows()
        async with app.run_test(size=(80, 200)) as pilot:
            await pilot.pause()
            for number, typed in enumerate(texts):
                static = app.query_one(f"#s{number}", Static)
                assert str(static.render()) == typed
                static.update(typed + "[/]")
                await pilot.pause()
                assert str(static.render()) == typed + "[/]"
                assert plain(typed).plain == typed

    asyncio.run(check())
