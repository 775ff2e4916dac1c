"""Meetings through the Pilot: create, edit, delete, tick, custom items, questions, follow-up."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input, OptionList, Select, TextArea

from coach.clock import to_iso
from coach.meetings import Meeting, checklist_from
from coach.store import Store
from screens.answer import AnswerScreen
from screens.checklist_screen import QuickChecklistScreen
from screens.meeting import MeetingScreen
from screens.meeting_form import MeetingForm
from screens.meetings import MeetingsScreen
from screens.prompt import Prompt
from screens.widgets.checklist import ChecklistView
from screens.widgets.confirm import ConfirmScreen
from tests.conftest import FROZEN_NOW
from tests.fakes import FakeMonotonic
from tests.screens.helpers import home_ready, make_app, settled, until


async def settle(pilot) -> None:
    await settled(pilot)
    await pilot.pause()


async def open_meetings(pilot) -> MeetingsScreen:
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MeetingsScreen)
    return pilot.app.screen


def add_meeting(store: Store, app, **fields) -> str:
    template = app.services.content.checklists[fields.get("kind", "informational")]
    meeting = Meeting(id=fields.pop("id", "m1"), checklist=checklist_from(template), **fields)
    store.put("meetings", meeting.to_record())
    return meeting.id


async def test_create_a_meeting_with_a_typed_date(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeetingForm)
        form.query_one("#m-person", Input).value = "Ada Lovelace"
        form.query_one("#m-organisation", Input).value = "Analytical Engines"
        form.query_one("#m-when", Input).value = "the day after"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeetingForm)  # refused; nothing typed is lost
        assert "is not a date and time like" in str(form.query_one("#m-error").render())
        assert form.query_one("#m-person", Input).value == "Ada Lovelace"
        form.query_one("#m-when", Input).value = "tomorrow 9am"
        await pilot.pause()
        assert "Mon 23 Nov 2026, 09:00" in str(form.query_one("#m-when-preview").render())
        form.query_one("#m-kind", Select).value = "job"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
    [record] = store.all("meetings")
    meeting = Meeting.from_record(record)
    assert meeting.person == "Ada Lovelace" and meeting.kind == "job"
    assert meeting.when == to_iso(FROZEN_NOW.replace(hour=9, minute=0) + timedelta(days=1))
    assert len(meeting.checklist) == len(app.services.content.checklists["job"].items)


async def test_empty_person_is_allowed_but_flagged(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "No person or organisation yet" in str(app.screen.query_one("#m-flag").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert len(store.all("meetings")) == 1


async def test_edit_and_delete_a_meeting(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Grace", organisation="Navy")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#m-goal", Input).value = "learn about compilers"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.get("meetings", "m1")["goal"] == "learn about compilers"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await settle(pilot)
    assert store.all("meetings") == []


async def test_ticks_custom_items_moves_and_reset_are_saved(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Grace", organisation="Navy")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("space")  # the list opens on its first item, under Research
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        assert [i.done for i in stored.checklist][:2] == [True, False]
        assert "saved" in str(screen.query_one("#saved-line").render())
        assert "1 of 8 essentials done" in str(screen.query_one("#checklist-count").render())

        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, Prompt)
        await pilot.press(*"Print the map", "enter")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        custom = [i for i in stored.checklist if i.custom]
        assert [(i.text, i.phase) for i in custom] == [("Print the map", "research")]
        view = screen.query_one(ChecklistView)
        assert view.selected().text == "Print the map"
        await pilot.press("ctrl+up")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        research = [i.text for i in stored.checklist if i.phase == "research"]
        assert research[-2] == "Print the map"

        await pilot.press("x")
        await pilot.pause()
        await pilot.click("#yes")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        assert not any(i.custom for i in stored.checklist)

        await pilot.press("R")
        await pilot.pause()
        await pilot.click("#yes")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        assert not any(i.done for i in stored.checklist)


async def test_questions_to_ask_are_picked_written_and_practised(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Grace", organisation="Navy")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"ordinary day", "enter")  # the picker filters the informational deck
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press(*"What surprised you most?", "enter")
        await settle(pilot)
        await pilot.press("w")  # the same question again, differently typed
        await until(pilot, lambda: isinstance(app.screen, Prompt), "the prompt")
        await pilot.press(*"what  surprised you MOST", "enter")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        assert len(stored.questions) == 2, [q.text for q in stored.questions]
        assert stored.questions[1].text == "What surprised you most?"
        assert stored.questions[0].question_id.startswith("informational-")
        listing = app.screen.query_one("#ask-list", OptionList)
        listing.focus()
        listing.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.plan.question.text == "What surprised you most?"


async def test_follow_up_is_due_drafted_copied_and_marked_sent(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(
        store,
        app,
        person="Grace Hopper",
        organisation="Navy",
        when=to_iso(FROZEN_NOW - timedelta(hours=3)),
        notes="Compilers in the 1950s\\nWhy documentation matters",
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        items = app.screen.query_one("#home-items")
        assert "Thank-you due: Grace Hopper, Navy" in str(items.get_option_at_index(0).prompt)
        await open_meetings(pilot)
        table_text = str(app.screen.query_one("#meetings-table").get_row_at(0))
        assert "thanks due" in table_text
        await pilot.press("enter")
        # over and not yet thanked: it opens on the follow-up, asking whose name signs it
        await until(pilot, lambda: isinstance(app.screen, Prompt), "whose name signs it")
        screen = app.screen_stack[-2]
        assert isinstance(screen, MeetingScreen) and screen.active() == "tab-follow-up"
        await pilot.press(*"Sam Rivera", "enter")
        await until(pilot, lambda: app.screen is screen, "the follow-up")
        area = screen.query_one("#thank-you", TextArea)
        await until(pilot, lambda: area.text.rstrip().endswith("Sam Rivera"), "the signature")
        assert "A thank-you is due by" in str(screen.query_one("#follow-up-state").render())
        note = area.text
        assert note.startswith("Subject: Thank you for your time")
        assert "Hi Grace," in note and "Navy" in note and "[your name]" not in note
        assert store.setting("your_name", "") == "Sam Rivera"
        await pilot.press("f3")
        assert app.clipboard == note
        await pilot.press("f5")  # the draft still has its gap: asked, and "not yet" keeps it
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        question = str(app.screen.query_one("#confirm-question").render())
        assert "still has [add one thing you will do] to fill in" in question
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "back on the meeting")
        assert not Meeting.from_record(store.get("meetings", "m1")).thanked_at
        await pilot.press("f5", "y")
        await settle(pilot)
        stored = Meeting.from_record(store.get("meetings", "m1"))
        assert stored.thanked_at and stored.thank_you == note
        assert "Thank-you sent on" in str(screen.query_one("#follow-up-state").render())


async def test_quick_checklist_without_a_meeting(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        meetings = await open_meetings(pilot)
        await pilot.press("k")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuickChecklistScreen)
        await pilot.press("space")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert meetings.shown == []  # the quick checklist is not a meeting in the list
    quick = Meeting.from_record(store.get("meetings", "quick-checklist"))
    assert sum(i.done for i in quick.checklist) == 1


async def test_esc_on_a_filled_in_form_asks_before_anything_typed_is_lost(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the form")
        await pilot.press("escape")  # nothing typed: it just closes
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the list")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the form")
        form = app.screen
        await pilot.press(*"Ada Lovelace")
        form.query_one("#m-notes", TextArea).text = "ask about the engine"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("n")  # stay
        await until(pilot, lambda: app.screen is form, "back to the form")
        assert form.query_one("#m-person", Input).value == "Ada Lovelace"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the list")
    app.services.writer.flush()
    assert store.all("meetings") == []


async def test_the_name_is_asked_once_even_when_skipped(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, id="m1", person="Ada Lovelace")
    add_meeting(store, app, id="m2", person="Alan Turing")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "a meeting")
        await pilot.press("3")
        await until(pilot, lambda: isinstance(app.screen, Prompt), "the name")
        await pilot.press("escape")  # skipped: signed off without a name
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        note = app.screen.query_one("#thank-you", TextArea).text
        assert "[your name]" not in note
        await until(pilot, lambda: store.setting("asked_your_name", False) is True, "asked")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the list")
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the other")
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)  # not asked again


async def test_ctrl_q_asks_before_an_edited_thank_you_is_lost(store: Store):
    app = make_app(store, FakeMonotonic())
    store.set_setting("your_name", "Sam Rivera")
    add_meeting(store, app, person="Ada Lovelace")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        await pilot.press("3")
        area = app.screen.query_one("#thank-you", TextArea)
        area.insert("A line of my own. ")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting again")
        assert "A line of my own." in app.screen.query_one("#thank-you", TextArea).text


async def test_reflecting_on_a_meeting_keeps_one_entry_and_no_empty_one(store: Store):
    from screens.writing import WritingScreen

    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Ada Lovelace")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, WritingScreen), "the prompts")
        await pilot.press("escape")  # nothing written
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        await settle(pilot)
        assert store.all("reflections") == []
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, WritingScreen), "the prompts")
        await pilot.press(*"The engine matters")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        await settle(pilot)
        await pilot.press("ctrl+r")  # again: the same entry, at its next prompt
        await until(pilot, lambda: isinstance(app.screen, WritingScreen), "the prompts")
        writing = app.screen
        assert writing.index == 1
        assert writing.entry.answers[0].text == "The engine matters"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("4")  # the meeting lists what was written about it
        details = str(app.screen.query_one("#meeting-details").render())
        assert "The engine matters" in details
    assert len(store.all("reflections")) == 1


def offered(app) -> set[str]:
    """The keys the footer shows now (bindings enabled and shown)."""
    return {
        active.binding.key
        for active in app.screen.active_bindings.values()
        if active.enabled and active.binding.show
    }


async def test_the_footer_offers_only_keys_that_work_on_the_tab(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Ada", organisation="Engines")
    store.set_setting("asked_your_name", True)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        assert {"a", "x", "R", "e", "ctrl+r"} <= offered(app)  # the checklist
        await pilot.press("2")
        await until(pilot, lambda: "R" not in offered(app), "the questions tab's footer")
        assert {"a", "x"} <= offered(app)
        await pilot.press("3")
        await until(pilot, lambda: "a" not in offered(app), "the follow-up's footer")
        assert not {"x", "R"} & offered(app)
        await pilot.press("tab")  # into the note, where digits type
        await until(pilot, lambda: app.focused is app.screen.query_one(TextArea), "the note")
        await pilot.press("4")
        assert app.screen.query_one(TextArea).text.startswith("4")
        await pilot.press("shift+tab", "4")  # out of the note, digits switch tabs again
        await until(pilot, lambda: app.screen.active() == "tab-details", "the details")
        assert "e" in offered(app) and not {"a", "x", "R"} & offered(app)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the list")
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, QuickChecklistScreen), "quick checklist")
        assert "a" in offered(app) and not {"e", "ctrl+r"} & offered(app)


async def test_the_quick_checklist_can_be_for_either_kind_of_meeting(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("k")
        await until(pilot, lambda: isinstance(app.screen, QuickChecklistScreen), "quick checklist")
        screen = app.screen
        heading = screen.query_one("#meeting-heading")
        assert "Informational interview" in str(heading.render())
        await pilot.press("t")  # nothing ticked: switched at once
        await until(pilot, lambda: "Job interview" in str(heading.render()), "the job list")
        job_items = app.services.content.checklists["job"].items
        assert [i.text for i in screen.query_one(ChecklistView).items] == [
            i.text for i in job_items
        ]
        await pilot.press("space", "t")  # a tick would go: asked first
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: "Informational" in str(heading.render()), "switched back")
        assert not any(item.done for item in screen.query_one(ChecklistView).items)
        await settle(pilot)
    quick = Meeting.from_record(store.get("meetings", "quick-checklist"))
    assert quick.kind == "informational" and not any(i.done for i in quick.checklist)


async def test_changing_a_meetings_kind_offers_the_other_checklist(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Ada", organisation="Engines")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")
        screen = app.screen
        await pilot.press("space")  # one tick: switching would lose it
        await until(pilot, lambda: screen.meeting.checklist[0].done, "the tick")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the form")
        app.screen.query_one("#m-kind", Select).value = "job"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the offer")
        assert "This is now a job interview: use its checklist?" in str(
            app.screen.query_one("#confirm-question").render()
        )
        await pilot.press("y")
        await until(pilot, lambda: app.screen is screen, "the meeting again")
        job = [i.text for i in app.services.content.checklists["job"].items]
        await until(pilot, lambda: [i.text for i in screen.meeting.checklist] == job, "switched")
        await settle(pilot)
    stored = Meeting.from_record(store.get("meetings", "m1"))
    assert stored.kind == "job" and [i.text for i in stored.checklist] == job


async def test_the_meeting_list_fits_a_small_terminal_with_its_follow_up(store: Store):
    """At 60x20 the follow-up column once fell off the screen."""
    from textual.widgets import DataTable

    add_meeting(
        store, make_app(store, FakeMonotonic()), person="Grace Hopper", organisation="Navy",
        when=to_iso(FROZEN_NOW - timedelta(hours=3)),
    )  # fmt: skip
    for size in ((60, 20), (100, 30)):
        app = make_app(store, FakeMonotonic())
        async with app.run_test(size=size) as pilot:
            await home_ready(pilot)
            await open_meetings(pilot)
            table = app.screen.query_one("#meetings-table", DataTable)
            await pilot.pause()
            widths = [column.get_render_width(table) for column in table.columns.values()]
            assert sum(widths) <= size[0] - 2, (size, widths)
            assert "thanks due" in str(table.get_row_at(0))
            assert ("kind" in [str(key.value) for key in table.columns]) == (size[0] >= 100)


async def test_the_checklist_opens_on_its_essentials_and_s_shows_all(store: Store):
    app = make_app(store, FakeMonotonic())
    add_meeting(store, app, person="Grace", organisation="Navy")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        listing = screen.query_one("#checklist-items", OptionList)
        view = screen.query_one(ChecklistView)
        shown = {listing.get_option_at_index(n).id for n in range(listing.option_count)} - {None}
        assert shown == {i.id for i in view.items if i.essential} and len(shown) == 8
        assert "0 of 8 essentials done · s shows all 27" in str(
            screen.query_one("#checklist-count").render()
        )
        await pilot.press("s")
        await pilot.pause()
        assert listing.option_count == 27 + 5  # every item, under its five phase headings
        assert "s shows the 8 essentials" in str(screen.query_one("#checklist-count").render())
        await pilot.press("down", "down", "space")  # tick an item off the short list
        await settle(pilot)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meetings(pilot)
        await pilot.press("enter")
        await pilot.pause()
        # Something beyond the essentials is ticked: it opens on the whole list.
        assert "of 27 done" in str(app.screen.query_one("#checklist-count").render())
