"""The story bank and the next steps in a real terminal at 80x24: a story written, then
offered beside the question it is practised against; next steps from two after-meeting
reflections listed newest first."""

from __future__ import annotations

from pathlib import Path

from coach.meetings import Meeting
from coach.reflections import Answer, Reflection
from coach.store import Store
from tests.e2e.terminal import CTRL_Q, CTRL_S, Terminal, saved_on_disk


def holds_story(data: dict) -> bool:
    stories = list(data.get("stories", {}).values())
    return len(stories) == 1 and stories[0].get("tags") == ["pressure"]


def test_write_a_story_and_see_it_offered_beside_a_question_it_fits(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db), width=80, height=24)
    try:
        terminal.wait_for("Reflect")
        terminal.press("r")
        terminal.wait_for("Nothing written yet")
        terminal.press("b")
        terminal.wait_for("No stories yet")
        terminal.press("n")
        terminal.wait_for("It shows", "Situation")
        terminal.press("The migration weekend")
        terminal.wait_for("The migration weekend")
        terminal.press("\t")
        terminal.press("pressure")
        terminal.wait_for("pressure")
        terminal.press(CTRL_S)
        terminal.wait_for("Fits")  # back on the list
        saved_on_disk(db, holds_story)
        terminal.wait_for("The migration weekend")
        terminal.press("p")
        terminal.wait_for("Your story fits: The migration weekend")
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()


def test_next_steps_from_two_meetings_newest_first(tmp_path: Path):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        for meeting_id, person, created, step in (
            ("m1", "Grace", "2026-11-20T10:00:00+00:00", "Read about compilers"),
            ("m2", "Ada", "2026-11-28T10:00:00+00:00", "Join the engines guild"),
        ):
            store.put("meetings", Meeting(id=meeting_id, person=person).to_record())
            entry = Reflection(
                f"r-{meeting_id}",
                "after-meeting",
                "After a meeting",
                [Answer("meeting-next-steps", "Next?", step)],
                meeting_id=meeting_id,
                created=created,
            )
            store.put("reflections", entry.to_record())
    terminal = Terminal("--db", str(db), width=80, height=24)
    try:
        terminal.wait_for("Reflect")
        terminal.press("r")
        terminal.wait_for("After a meeting")
        terminal.press("t")
        screen = terminal.wait_for("Next steps", "Join the engines guild", "Read about compilers")
        assert screen.index("Join the engines guild") < screen.index("Read about compilers")
        assert "Ada" in screen and "Grace" in screen
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
