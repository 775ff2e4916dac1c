"""People through the Pilot: the form, introductions both ways, outreach drafted and marked
sent, meetings linked to a person (from the person and from the meeting form), home's
keep-in-touch nudge, deleting a person, and the meetings screen's calendar export."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable, Input, OptionList, Select, TextArea

from coach.clock import to_iso
from coach.meetings import Meeting
from coach.people import Person, Sent
from coach.store import Store
from screens.exporting import ExportDialog
from screens.meeting_form import NEW_PERSON, MeetingForm
from screens.meetings import MeetingsScreen
from screens.outreach import OutreachScreen
from screens.people import PeopleScreen
from screens.person import PersonScreen
from screens.person_form import PersonForm
from screens.widgets.confirm import ConfirmScreen
from tests.conftest import FROZEN_NOW
from tests.fakes import FakeMonotonic
from tests.screens.helpers import home_ready, make_app, settled, until

SIZE = (100, 30)


async def settle(pilot) -> None:
    await settled(pilot)
    await pilot.pause()


def add_person(store: Store, **fields) -> Person:
    person = Person(**fields)
    store.put("people", person.to_record())
    return person


def add_meeting(store: Store, **fields) -> Meeting:
    meeting = Meeting(**fields)
    store.put("meetings", meeting.to_record())
    return meeting


def stored_person(store: Store, person_id: str) -> Person | None:
    record = store.get("people", person_id)
    return Person.from_record(record) if record else None


def rendered(screen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def options(listing: OptionList) -> list[str]:
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


def links(screen: PersonScreen) -> list[str]:
    return options(screen.query_one("#person-links", OptionList))


async def open_people(pilot) -> PeopleScreen:
    await pilot.press("o")
    await until(pilot, lambda: isinstance(pilot.app.screen, PeopleScreen), "the people")
    return pilot.app.screen


async def open_person(pilot, person_id: str) -> PersonScreen:
    """From home: People, the cursor on `person_id`'s row, enter."""
    people = await open_people(pilot)
    row = next(i for i, p in enumerate(people.shown) if p.id == person_id)
    people.query_one(DataTable).move_cursor(row=row)
    await pilot.press("enter")
    await until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, PersonScreen) and pilot.app.screen.person.id == person_id
        ),
        f"{person_id}'s screen",
    )
    return pilot.app.screen


async def open_outreach(pilot) -> OutreachScreen:
    await pilot.press("o")
    await until(pilot, lambda: isinstance(pilot.app.screen, OutreachScreen), "the outreach")
    return pilot.app.screen


# -- the form ----------------------------------------------------------------------------


async def test_add_a_person_through_the_form(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=SIZE) as pilot:
        people = await open_people(pilot)
        assert "No one yet" in rendered(people, "#people-empty")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, PersonForm), "the form")
        form = app.screen
        await pilot.press(*"Ada  Lovelace")  # the name has the focus; spaces are tidied
        form.query_one("#p-role", Input).value = "Engine designer"
        form.query_one("#p-organisation", Input).value = "Analytical Engines"
        form.query_one("#p-how_known", Input).value = "my old manager"
        form.query_one("#p-found_at", Input).value = "the alumni list"
        form.query_one("#p-notes", TextArea).text = "Ask about the engine\n"
        form.query_one("#p-next_touch", Input).value = "in 2 weeks"
        await until(
            pilot,
            lambda: "Sunday 6 December 2026" in rendered(form, "#p-touch-preview"),
            "the next touch read back",
        )
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is people, "back to the list")
        await settle(pilot)
        await until(pilot, lambda: people.query_one(DataTable).row_count == 1, "the new row")
        assert "Ada Lovelace" in str(people.query_one(DataTable).get_row_at(0))
        assert rendered(people, "#people-empty") == ""
    [record] = store.all("people")
    person = Person.from_record(record)
    assert person.id
    assert (person.name, person.role, person.organisation) == (
        "Ada Lovelace",
        "Engine designer",
        "Analytical Engines",
    )
    assert (person.how_known, person.found_at) == ("my old manager", "the alumni list")
    assert person.notes == "Ask about the engine"
    assert person.next_touch == "2026-12-06"
    assert person.introduced_by == ""
    assert person.updated == to_iso(FROZEN_NOW)


async def test_an_unreadable_next_touch_is_explained_and_nothing_is_saved(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, PersonForm), "the form")
        form = app.screen
        await pilot.press(*"Ada Lovelace")
        form.query_one("#p-next_touch", Input).value = "someday soon"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Next touch:" in rendered(form, "#p-error"), "the message")
        await settle(pilot)
        assert "'someday soon' is not a date like" in rendered(form, "#p-error")
        assert app.screen is form  # refused, and nothing typed is lost
        assert form.query_one("#p-name", Input).value == "Ada Lovelace"
        assert form.query_one("#p-next_touch", Input).value == "someday soon"
        assert store.all("people") == []
        form.query_one("#p-next_touch", Input).value = "friday"  # the coming one
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, PeopleScreen), "the list")
        await settle(pilot)
    [record] = store.all("people")
    assert record["name"] == "Ada Lovelace" and record["next_touch"] == "2026-11-27"


async def test_an_introducer_chosen_in_the_form_shows_both_ways(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="grace", name="Grace Hopper", organisation="Navy")
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, PersonForm), "the form")
        form = app.screen
        await pilot.press(*"Ada Lovelace")
        form.query_one("#p-organisation", Input).value = "Analytical Engines"
        introducer = form.query_one("#p-introduced-by", Select)
        assert introducer.value == "-"
        introducer.value = "grace"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, PeopleScreen), "the list")
        await settle(pilot)
        [ada] = [Person.from_record(r) for r in store.all("people") if r["id"] != "grace"]
        assert ada.introduced_by == "grace"
        await pilot.press("escape")  # home, then the person from the list
        await until(pilot, lambda: len(app.screen_stack) == 1, "home")
        ada_screen = await open_person(pilot, ada.id)
        assert links(ada_screen)[0] == "Introduced by Grace Hopper, Navy"
        await pilot.press("enter")  # the link opens the introducer
        await until(
            pilot,
            lambda: isinstance(app.screen, PersonScreen) and app.screen.person.id == "grace",
            "Grace's screen",
        )
        assert links(app.screen)[0] == "Introduced you to Ada Lovelace, Analytical Engines"


# -- writing to them ---------------------------------------------------------------------


async def test_a_cold_request_says_the_goal_and_minutes_and_marking_it_sent_logs_it(
    store: Store,
):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="ada", name="Ada Lovelace", role="Data engineer", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        person_screen = await open_person(pilot, "ada")
        assert "(none marked sent yet)" in rendered(person_screen, "#person-history")
        screen = await open_outreach(pilot)
        assert screen.query_one("#o-template", Select).value == "cold"
        assert app.focused is screen.query_one("#o-goal", Input)  # no goal saved yet
        area = screen.query_one("#o-message", TextArea)
        assert "[say what you want to learn]" in area.text
        await pilot.press(*"learn how data teams hire")
        await until(pilot, lambda: "learn how data teams hire" in area.text, "the goal drafted")
        message = area.text
        assert message.startswith(
            "Subject: A short conversation about your work as a data engineer"
        )
        assert "Hi Ada," in message
        assert "20 minutes" in message
        assert "I am trying to learn how data teams hire." in message
        assert "sets the next touch 7 days on" in rendered(screen, "#o-note")
        await pilot.press("f5")
        await until(pilot, lambda: app.screen is person_screen, "back on the person")
        await settle(pilot)
        await until(
            pilot,
            lambda: "Sent: Cold message" in rendered(person_screen, "#person-history"),
            "the history to list it",
        )
        assert "Get in touch: Sunday 29 November 2026" in rendered(person_screen, "#person-heading")
    person = stored_person(store, "ada")
    assert person is not None
    [sent] = person.sent
    assert (sent.template, sent.text, sent.sent_at) == ("cold", message, to_iso(FROZEN_NOW))
    next_touch = (FROZEN_NOW + timedelta(days=7)).date().isoformat()
    assert person.next_touch == next_touch == sent.next_touch == "2026-11-29"
    assert store.setting("outreach_goal", "") == "learn how data teams hire"


async def test_marking_sent_a_message_with_a_gap_asks_and_not_yet_changes_nothing(
    store: Store,
):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="ada", name="Ada Lovelace", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        await open_person(pilot, "ada")
        screen = await open_outreach(pilot)
        await pilot.press("f5")  # no goal typed: the draft still says [say what you want to learn]
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "still has [say what you want to learn] to fill in" in rendered(
            app.screen, "#confirm-question"
        )
        await pilot.press("enter")  # "Not yet" is first: enter alone sends nothing
        await until(pilot, lambda: app.screen is screen, "back on the message")
        assert stored_person(store, "ada").sent == []
        screen.query_one("#o-message", TextArea).text = ""
        await pilot.press("f5")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "The message is empty" in rendered(app.screen, "#confirm-question")
        await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, PersonScreen), "back on the person")
        await settle(pilot)
    person = stored_person(store, "ada")
    assert person is not None and [s.template for s in person.sent] == ["cold"]


async def test_an_edited_message_is_kept_when_the_template_changes(store: Store):
    app = make_app(store, FakeMonotonic())
    store.set_setting("outreach_goal", "learn how data teams hire")
    add_person(store, id="ada", name="Ada Lovelace", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        await open_person(pilot, "ada")
        screen = await open_outreach(pilot)
        area = screen.query_one("#o-message", TextArea)
        assert app.focused is area  # the goal is known: straight to the message
        assert "learn how data teams hire" in area.text and "20 minutes" in area.text
        screen.query_one("#o-minutes", Input).value = "30"  # not edited yet: it follows
        await until(pilot, lambda: "30 minutes" in area.text, "the draft to follow")
        area.insert("A line of my own. ")
        edited = area.text
        screen.query_one("#o-template", Select).value = "alumni"
        await until(pilot, lambda: "f2 drafts it again" in rendered(screen, "#o-note"), "the note")
        assert area.text == edited  # the edit is kept
        assert "fellow graduate" not in area.text
        assert screen.drafted_from.id == "cold"  # marked sent now, it would log a cold request
        await pilot.press("f2")
        await until(pilot, lambda: "fellow graduate" in area.text, "the redraft")
        assert area.text.startswith("Subject: A fellow graduate asking for 30 minutes of advice")
        assert "A line of my own." not in area.text
        assert screen.drafted_from.id == "alumni"


async def test_minutes_take_digits_only(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="ada", name="Ada Lovelace", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        await open_person(pilot, "ada")
        screen = await open_outreach(pilot)
        minutes = screen.query_one("#o-minutes", Input)
        minutes.focus()
        await pilot.press("end", *"learn", "backspace", "5")
        await until(pilot, lambda: minutes.value == "25", "the minutes typed")
        area = screen.query_one("#o-message", TextArea)
        await until(pilot, lambda: "25 minutes" in area.text, "the draft to follow")


async def test_a_message_without_a_goal_in_it_neither_shows_nor_asks_for_one(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="ada", name="Ada Lovelace", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        await open_person(pilot, "ada")
        screen = await open_outreach(pilot)
        assert screen.query_one("#o-goal-row").display  # a request says why
        assert "a request says why" in rendered(screen, "#o-note")
        screen.query_one("#o-template", Select).value = "keep-in-touch"
        await until(pilot, lambda: not screen.query_one("#o-goal-row").display, "goal hidden")
        assert "a request says why" not in rendered(screen, "#o-note")


async def test_leaving_an_edited_message_asks_first(store: Store):
    app = make_app(store, FakeMonotonic())
    store.set_setting("outreach_goal", "learn how data teams hire")
    add_person(store, id="ada", name="Ada Lovelace", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        person_screen = await open_person(pilot, "ada")
        await open_outreach(pilot)
        await pilot.press("escape")  # coach's own draft: it just closes
        await until(pilot, lambda: app.screen is person_screen, "back on the person")
        screen = await open_outreach(pilot)
        area = screen.query_one("#o-message", TextArea)
        area.insert("A line of my own. ")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "Close without marking it sent?" in rendered(app.screen, "#confirm-question")
        await pilot.press("n")  # stay
        await until(pilot, lambda: app.screen is screen, "back on the message")
        assert "A line of my own." in area.text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: app.screen is person_screen, "back on the person")
        await settle(pilot)
    person = stored_person(store, "ada")
    assert person is not None and person.sent == []  # leaving sends nothing


# -- meetings and people -----------------------------------------------------------------


async def test_a_meeting_made_from_the_person_is_linked_to_them(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="ada", name="Ada Lovelace", role="Engineer", organisation="Engines")
    async with app.run_test(size=SIZE) as pilot:
        person_screen = await open_person(pilot, "ada")
        assert not person_screen.targets  # only the hint: nothing to open yet
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the meeting form")
        form = app.screen
        assert form.query_one("#m-person", Input).value == "Ada Lovelace"
        assert form.query_one("#m-organisation", Input).value == "Engines"
        assert form.query_one("#m-link", Select).value == "ada"
        assert form.query_one("#m-goal", Input).value == ""  # nothing asked for yet
        assert app.focused is form.query_one("#m-when")  # who is known: when comes first
        form.query_one("#m-when", Input).value = "tomorrow 9am"
        form.query_one("#m-goal", Input).value = "hear about hiring"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is person_screen, "back on the person")
        await settle(pilot)
        await until(
            pilot,
            lambda: any(t.startswith("Meeting: ") for t in links(person_screen)),
            "the meeting among the links",
        )
        [shown] = [t for t in links(person_screen) if t.startswith("Meeting: ")]
        assert "hear about hiring" in shown
    [record] = store.all("meetings")
    meeting = Meeting.from_record(record)
    assert meeting.person_id == "ada"
    assert (meeting.person, meeting.goal) == ("Ada Lovelace", "hear about hiring")
    assert person_screen.targets == {"link-0": ("meeting", meeting.id)}


async def test_a_meeting_with_someone_asked_for_one_starts_from_the_goal_asked_with(
    store: Store,
):
    app = make_app(store, FakeMonotonic())
    store.set_setting("outreach_goal", "learn how data teams hire")
    sent = Sent(id="s1", template="cold", text="Hi Ada", sent_at="2026-11-20T09:00:00+00:00")
    add_person(store, id="ada", name="Ada Lovelace", sent=[sent])
    async with app.run_test(size=SIZE) as pilot:
        await open_person(pilot, "ada")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the meeting form")
        assert app.screen.query_one("#m-goal", Input).value == "learn how data teams hire"


async def test_the_meeting_forms_new_person_choice_adds_and_links_them(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the meetings")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, MeetingForm), "the meeting form")
        form = app.screen
        form.query_one("#m-link", Select).value = NEW_PERSON
        await pilot.pause()
        await pilot.press("ctrl+s")  # no name yet: whom to add?
        await until(
            pilot, lambda: "type the person's name first" in rendered(form, "#m-error"), "why"
        )
        await settle(pilot)
        assert app.screen is form
        assert store.all("people") == [] and store.all("meetings") == []
        form.query_one("#m-person", Input).value = "Grace Hopper"
        form.query_one("#m-role", Input).value = "Rear admiral"
        form.query_one("#m-organisation", Input).value = "Navy"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the meetings")
        await settle(pilot)
    [person_record] = store.all("people")
    person = Person.from_record(person_record)
    assert (person.name, person.role, person.organisation) == (
        "Grace Hopper",
        "Rear admiral",
        "Navy",
    )
    [meeting_record] = store.all("meetings")
    assert meeting_record["person_id"] == person.id
    assert meeting_record["person"] == "Grace Hopper"


async def test_home_nudges_to_keep_in_touch_a_month_after_a_thank_you(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="grace", name="Grace Hopper", organisation="Navy")
    add_meeting(
        store,
        id="m1",
        person="Grace Hopper",
        person_id="grace",
        when=to_iso(FROZEN_NOW - timedelta(days=33)),
        thanked_at=to_iso(FROZEN_NOW - timedelta(days=31)),
    )
    add_person(store, id="alan", name="Alan Turing", organisation="NPL")
    add_meeting(  # thanked 29 days ago: not due for another day
        store,
        id="m2",
        person="Alan Turing",
        person_id="alan",
        when=to_iso(FROZEN_NOW - timedelta(days=30)),
        thanked_at=to_iso(FROZEN_NOW - timedelta(days=29)),
    )
    async with app.run_test(size=SIZE) as pilot:
        await home_ready(pilot)
        items = options(app.screen.query_one("#home-items", OptionList))
        assert items[0].startswith("Keep in touch: Grace Hopper, Navy")
        assert "due Sat 21 Nov" in items[0]
        assert not any("Alan Turing" in item for item in items)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, PersonScreen), "the person")
        screen = app.screen
        assert screen.person.id == "grace"
        assert "Keep in touch: Saturday 21 November 2026" in rendered(screen, "#person-heading")
        assert "Thank-you sent" in rendered(screen, "#person-history")


async def test_deleting_a_person_says_what_links_to_them_and_keeps_the_meeting(store: Store):
    app = make_app(store, FakeMonotonic())
    add_person(store, id="grace", name="Grace Hopper", organisation="Navy")
    add_person(store, id="ada", name="Ada Lovelace", introduced_by="grace")
    add_meeting(store, id="m1", person="Grace Hopper", person_id="grace", goal="compilers")
    async with app.run_test(size=SIZE) as pilot:
        people = await open_people(pilot)
        row = next(i for i, p in enumerate(people.shown) if p.id == "grace")
        people.query_one(DataTable).move_cursor(row=row)
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        question = rendered(app.screen, "#confirm-question")
        assert question.startswith("Delete Grace Hopper, Navy from your people?")
        assert "Linked to them: 1 meeting (kept, unlinked)" in question
        assert "1 person they introduced (kept)" in question
        await pilot.press("n")  # kept
        await until(pilot, lambda: app.screen is people, "the list")
        await settle(pilot)
        assert store.get("people", "grace") is not None
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: app.screen is people, "the list")
        await settle(pilot)
        await until(pilot, lambda: [p.id for p in people.shown] == ["ada"], "the row to go")
    assert store.get("people", "grace") is None
    assert store.get("people", "ada") is not None  # whom they introduced stays
    meeting = store.get("meetings", "m1")
    assert meeting is not None and meeting["goal"] == "compilers"  # the meeting stays


async def test_x_on_the_meetings_screen_exports_a_calendar_file(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen), "the meetings")
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        dialog = app.screen
        assert dialog.query_one("#export-format", Select).value == "ics"
        assert dialog.query_one("#export-path", Input).value.endswith("coach-2026-11-22.ics")
