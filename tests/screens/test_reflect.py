"""Reflection through the Pilot: writing through a set, autosave, editing, search, links,
and notes shown beside a practice answer."""

from __future__ import annotations

from textual.widgets import DataTable, Input, TextArea

from coach.meetings import Meeting
from coach.reflections import Reflection
from coach.store import Store
from screens.answer import AnswerScreen
from screens.reflect import ReflectScreen, SetPicker
from screens.widgets.confirm import ConfirmScreen
from screens.writing import WritingScreen
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app, until
from tests.screens.sample import add_sample


async def settle(pilot) -> None:
    pilot.app.services.writer.flush()
    await pilot.pause()
    await pilot.pause()


def entries(store: Store) -> list[Reflection]:
    return [Reflection.from_record(r) for r in store.all("reflections")]


async def start_interests(pilot) -> WritingScreen:
    await pilot.press("r")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ReflectScreen)
    await pilot.press("n")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SetPicker)
    await pilot.press("enter")  # the first set: professional interests
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, WritingScreen)
    return screen


async def test_write_through_a_set_moving_back_and_forth(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_interests(pilot)
        assert "prompt 1 of 6" in str(screen.query_one("#writing-where").render())
        await pilot.press(*"Distributed systems papers")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "prompt 2 of 6" in str(screen.query_one("#writing-where").render())
        assert screen.query_one(TextArea).text == ""
        await pilot.press(*"Flaky builds")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert screen.query_one(TextArea).text == "Distributed systems papers"
        await settle(pilot)
        [entry] = entries(store)  # saved on every move
        assert [a.text for a in entry.answers[:2]] == ["Distributed systems papers", "Flaky builds"]
        screen.query_one("#writing-tags", Input).value = "Systems, reading"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReflectScreen)
        [entry] = entries(store)
        assert entry.tags == ["systems", "reading"]
        assert "Distributed systems papers" in str(app.screen.query_one(DataTable).get_row_at(0))


async def test_answers_are_autosaved_while_typing(store: Store):
    app = make_app(store, FakeMonotonic())
    WritingScreen.autosave_seconds = 0.2
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await start_interests(pilot)
            await pilot.press(*"saved without moving")

            def autosaved() -> bool:  # read only: flushing here would wait on this loop
                found = entries(store)
                return bool(found) and found[0].answers[0].text == "saved without moving"

            await until(pilot, autosaved, "the autosave")
            assert "saved" in str(app.screen.query_one("#writing-saved").render())
    finally:
        WritingScreen.autosave_seconds = 3.0


async def test_edit_search_and_delete_entries(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await start_interests(pilot)
        await pilot.press(*"Compilers and type systems", "ctrl+s")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("down", "enter")  # the after-a-meeting set
        await pilot.pause()
        await pilot.press(*"Hiring is slow this year", "ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        assert len(screen.shown) == 2
        await pilot.press("slash", *"COMPILERS")
        assert [e.summary() for e in screen.shown] == ["Compilers and type systems"]
        await pilot.press("enter")  # back to the list, then open the match
        await pilot.press("enter")
        await pilot.pause()
        writing = app.screen
        assert isinstance(writing, WritingScreen)
        await pilot.press(*" and parsers", "ctrl+s")
        await settle(pilot)
        edited = next(e for e in entries(store) if e.set_id == "interests")
        assert edited.answers[0].text == "Compilers and type systems and parsers"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await settle(pilot)
        assert [e.set_id for e in entries(store)] == ["after-meeting"]


async def test_reflecting_on_a_meeting_links_the_entry(store: Store):
    app = make_app(store, FakeMonotonic())
    store.put("meetings", Meeting(id="m1", person="Grace", organisation="Navy").to_record())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WritingScreen)
        assert "about Grace, Navy" in str(screen.query_one("#writing-where").render())
        await pilot.press(*"COBOL is everywhere", "ctrl+s")
        await settle(pilot)
    [entry] = entries(store)
    assert (entry.set_id, entry.meeting_id) == ("after-meeting", "m1")


async def test_reflecting_on_a_practice_session_links_the_entry(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("enter", "ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, WritingScreen)
        await pilot.press(*"Lead with the number", "ctrl+s")
        await settle(pilot)
    [entry] = entries(store)
    assert (entry.set_id, entry.session_id) == ("after-practice", "sample-4")


async def test_own_notes_show_beside_an_interests_question(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await start_interests(pilot)
        await pilot.press(*"I keep reading about observability", "ctrl+s")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")  # job-interests: tagged "interests"
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        panel = screen.query_one("#notes-panel")
        assert panel.has_class("hidden")
        await pilot.press("f4")
        assert not panel.has_class("hidden")
        assert "observability" in str(panel.query_one("Static").render())


async def test_next_steps_from_two_reflections_list_newest_first_with_their_meeting(store: Store):
    from textual.widgets import OptionList

    from coach.reflections import Answer
    from screens.takeaways import TakeawaysScreen

    app = make_app(store, FakeMonotonic())
    for meeting_id, person, created, step in (
        ("m1", "Grace", "2026-11-20T10:00:00+00:00", "Read about compilers"),
        ("m2", "Ada", "2026-11-28T10:00:00+00:00", "Join the engines guild"),
    ):
        store.put("meetings", Meeting(id=meeting_id, person=person).to_record())
        answers = [Answer("meeting-next-steps", "Next?", step), Answer("meeting-gaps", "Gaps?", "")]
        store.put(
            "reflections",
            Reflection(
                f"r-{meeting_id}",
                "after-meeting",
                "After a meeting",
                answers,
                meeting_id=meeting_id,
                created=created,
            ).to_record(),
        )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        await pilot.press("t")
        await until(pilot, lambda: isinstance(app.screen, TakeawaysScreen))
        listing = app.screen.query_one(OptionList)
        lines = [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]
        assert lines[0] == "Next steps"
        assert lines[1].startswith("  Join the engines guild  · Ada, Sat 28 Nov")
        assert lines[2].startswith("  Read about compilers  · Grace, Fri 20 Nov")
        await pilot.press("enter")  # opens the entry it was written in
        await until(pilot, lambda: isinstance(app.screen, WritingScreen))
        assert app.screen.entry.id == "r-m2"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, TakeawaysScreen))
        await pilot.press("a")  # think them over with the across-meetings prompts
        await until(pilot, lambda: isinstance(app.screen, WritingScreen))
        assert app.screen.entry.set_id == "across-meetings"
