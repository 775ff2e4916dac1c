"""People in a real terminal at 80x24: add someone, draft a request to them, mark it sent,
and find the person and the message in the database file."""

from __future__ import annotations

import time
from pathlib import Path

import orjson

from tests.e2e.terminal import CTRL_Q, CTRL_S, Terminal, saved_on_disk

F5 = "\x1b[15~"
NO_GOAL_NOTE = "a request says why"  # the outreach note says so while no goal is typed


def gone_from_screen(terminal: Terminal, text: str, timeout: float = 20) -> None:
    """Wait until `text` is no longer on the screen (it was, before)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        terminal.pump()
        if text not in terminal.flat_text():
            return
    raise AssertionError(f"{text!r} stayed on the screen:\n{terminal.text()}")


def holds_sent_message(data: dict) -> bool:
    people = list(data.get("people", {}).values())
    return len(people) == 1 and len(people[0].get("sent") or []) == 1


def test_add_a_person_write_to_them_and_mark_it_sent(tmp_path: Path):
    db = tmp_path / "coach.json"
    goal = "learn how data teams hire"
    terminal = Terminal("--db", str(db), width=80, height=24)
    try:
        terminal.wait_for("People")
        terminal.press("o")
        terminal.wait_for("No one yet")
        terminal.press("n")
        terminal.wait_for("Name", "Introduced by")
        terminal.press("Ada Lovelace")
        terminal.wait_for("Ada Lovelace")  # in the name field before saving
        terminal.press(CTRL_S)
        terminal.wait_for("Ada Lovelace", "Next touch")  # the list, with its row
        gone_from_screen(terminal, "No one yet")
        terminal.press("\r")
        terminal.wait_for("No meetings yet", "Messages")  # the person's screen
        terminal.press("o")
        terminal.wait_for("Your goal", "Subject:", NO_GOAL_NOTE)
        terminal.press(goal)
        terminal.wait_for(goal)  # in the goal field
        gone_from_screen(terminal, NO_GOAL_NOTE)  # the draft now says it
        terminal.press(F5)
        terminal.wait_for("Marked sent to Ada Lovelace")
        saved_on_disk(db, holds_sent_message)
        terminal.press("n")  # a meeting with them: who is filled in, when is typed first
        terminal.wait_for("When", "In People")
        terminal.press("2026-12-04 15:00")
        terminal.wait_for("2026-12-04 15:00")
        terminal.press(CTRL_S)
        terminal.wait_for("Meeting: ", goal)  # on the person, with the goal it was asked for
        saved_on_disk(db, lambda data: bool(data.get("meetings")))
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
    data = orjson.loads(db.read_bytes())
    [person] = data["people"].values()
    assert person["name"] == "Ada Lovelace"
    [sent] = person["sent"]
    assert sent["template"] == "cold"
    assert goal in sent["text"] and "20 minutes" in sent["text"]
    assert person["next_touch"] == sent["next_touch"] != ""
    [meeting] = data["meetings"].values()
    assert (meeting["person"], meeting["person_id"]) == ("Ada Lovelace", person["id"])
    assert meeting["when"].startswith("2026-12-04T15:00") and meeting["goal"] == goal
