"""A meeting in a real terminal: create it, tick an item, kill coach, find the tick again."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from tests.e2e.terminal import CTRL_Q, Terminal

CTRL_S = "\x13"


def slowly(terminal: Terminal, text: str) -> None:
    """Type as a person does, a key at a time (focus moves between fields on tab)."""
    for char in text:
        terminal.press(char)
        time.sleep(0.01)


def test_a_tick_survives_a_kill(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Meetings", "Quit")
        terminal.press("m")
        terminal.wait_for("No meetings yet")
        terminal.press("n")
        terminal.wait_for("Person", "Organisation")
        slowly(terminal, "Ada Lovelace")
        time.sleep(0.2)
        terminal.press("\t")
        time.sleep(0.2)
        terminal.press("\t")
        time.sleep(0.2)
        slowly(terminal, "Analytical Engines")
        terminal.press(CTRL_S)
        terminal.wait_for("Ada Lovelace, Analytical Engines", "0/27")
        terminal.press("\r")
        terminal.wait_for("0 of 27 done", "Research")
        terminal.press("\x1b[B")  # down: the first item
        terminal.press(" ")
        terminal.wait_for("1 of 27 done", "saved")
        terminal.process.kill(signal.SIGKILL)
    finally:
        terminal.kill()

    again = Terminal("--db", str(db))
    try:
        again.wait_for("Meetings")
        again.press("m")
        again.wait_for("Ada Lovelace, Analytical Engines", "1/27")
        again.press("\r")
        screen = again.wait_for("1 of 27 done", "☑")
        assert "Research  1/4" in screen
        again.press(CTRL_Q)
        assert again.exit_status() == 0
    finally:
        again.kill()
