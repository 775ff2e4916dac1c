"""Every screen at 100x30 with fixed data and a frozen clock (the rest are beside their
features: home, help, practice set-up, answer, feedback, history, attempt, checklist,
writing)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coach.clock import to_iso
from coach.meetings import AskItem, Meeting, checklist_from
from coach.people import Person, Sent
from coach.reflections import Answer, Reflection
from coach.store import Store
from coach.stories import Story
from tests.conftest import FROZEN_NOW
from tests.fakes import FakeMonotonic
from tests.screens.helpers import home_ready, make_app
from tests.screens.sample import add_sample


def fill(store: Store) -> None:
    """Sample sessions, a meeting with questions and notes, one reflection, one own question."""
    add_sample(store)
    app = make_app(store)
    meeting = Meeting(
        id="m1",
        person="Grace Hopper",
        person_id="grace",
        role="Rear admiral",
        organisation="Navy",
        when=to_iso(FROZEN_NOW - timedelta(hours=4)),
        goal="How teams take up new tools",
        notes="Compilers in the 1950s\nWhy documentation matters",
        checklist=checklist_from(app.services.content.checklists["informational"]),
        questions=[AskItem("q1", "What does an ordinary working day look like for you?")],
    )
    store.put("meetings", meeting.to_record())
    store.set_setting("your_name", "Sam Rivera")  # asked once, on the first follow-up
    store.put(
        "reflections",
        Reflection(
            "r1",
            "interests",
            "Professional interests",
            [Answer("p1", "Which topics do you keep reading about?", "Compilers and build tools.")],
            created=to_iso(FROZEN_NOW - timedelta(days=1)),
        ).to_record(),
    )
    store.put(
        "questions", {"id": "own1", "text": "Why are you leaving your current job?", "limit": 60}
    )
    store.put(
        "reflections",
        Reflection(
            "r2",
            "after-meeting",
            "After a meeting",
            [
                Answer("meeting-next-steps", "What next?", "Read the COBOL manual\nEmail Jean"),
                Answer("meeting-gaps", "Which gaps?", "Compiler design"),
            ],
            meeting_id="m1",
            created=to_iso(FROZEN_NOW - timedelta(hours=2)),
        ).to_record(),
    )
    asked = to_iso(FROZEN_NOW - timedelta(days=9))
    store.put(
        "people",
        Person(
            id="ada",
            name="Ada Lovelace",
            role="Analyst",
            organisation="Analytical Engines",
            how_known="met at the maths society",
            found_at="the society's member list",
            next_touch=(FROZEN_NOW - timedelta(days=2)).date().isoformat(),
            sent=[Sent("s1", "cold", "Hi Ada", asked, "")],
        ).to_record(),
    )
    store.put(
        "people",
        Person(
            id="grace",
            name="Grace Hopper",
            role="Rear admiral",
            organisation="Navy",
            introduced_by="ada",
        ).to_record(),
    )
    store.set_setting("outreach_goal", "Learn how teams take up new tools")
    store.put(
        "stories",
        Story(
            id="st1",
            title="The compiler nobody wanted",
            situation="Nobody believed in it",
            task="Get it adopted",
            action="Wrote the manual and ran workshops",
            result="Adopted across the fleet",
            tags=["influence", "pressure"],
        ).to_record(),
    )


SCREENS = {
    "my_questions": ["p", "ctrl+o"],
    "question_form": ["p", "ctrl+o", "e"],
    "compare": ["h", "c"],
    "trends": ["h", "t"],
    "export_dialog": ["h", "x"],
    "meetings": ["m"],
    "meeting_form": ["m", "e"],
    "meeting_questions": ["m", "enter", "2"],
    "meeting_follow_up": ["m", "enter", "3"],
    "meeting_details": ["m", "enter", "4"],
    "reflect": ["r"],
    "confirm_delete": ["m", "d"],
    "people": ["o"],
    "person": ["o", "enter"],
    "person_form": ["o", "e"],
    "outreach": ["o", "enter", "o"],
    "takeaways": ["r", "t"],
    "stories": ["r", "b"],
    "story_form": ["r", "b", "e"],
}


@pytest.mark.parametrize("name", SCREENS)
def test_screen_100x30(name: str, snap_compare, default_store: Store):
    fill(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(100, 30), press=SCREENS[name])


def test_mock_summary_100x30(snap_compare, default_store: Store):
    clock = FakeMonotonic()
    app = make_app(default_store, clock)

    async def mock(pilot):
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#mock").value = True
        await pilot.click("#start")
        for number in range(5):
            await pilot.pause()
            await pilot.press(*f"Answer {number} with 3 numbers, 2024.")
            clock.advance(40 + 30 * number)
            await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=mock)


def test_home_with_things_due_120x40(snap_compare, default_store: Store):
    fill(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(120, 40), run_before=home_ready)


def test_home_with_things_due_60x20(snap_compare, default_store: Store):
    fill(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(60, 20), run_before=home_ready)
