"""Reflection in a real terminal: an answer typed, the process killed after the autosave
interval, and the text there after a restart."""

from __future__ import annotations

import signal
from pathlib import Path

from tests.e2e.terminal import CTRL_Q, Terminal, saved_on_disk, texts_in


def test_written_text_survives_a_kill(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.start_reflection()
        terminal.press("I keep reading about compilers.")
        terminal.wait_for("about compilers.")
        saved_on_disk(
            db,
            lambda data: any(
                "about compilers." in str(answers)
                for answers in texts_in(data, "reflections", "answers")
            ),
        )  # the autosave ran
        terminal.process.kill(signal.SIGKILL)
    finally:
        terminal.kill()

    again = Terminal("--db", str(db))
    try:
        again.wait_for("Reflect")
        again.press("r")
        again.wait_for("Professional interests", "1/6")
        again.press("\r")
        again.wait_for("I keep reading about compilers.", "prompt 1 of 6")
        again.press(CTRL_Q)
        if not again.ended(5):  # the key can land while the restored entry is still opening
            again.press(CTRL_Q)
        assert again.exit_status() == 0
    finally:
        again.kill()


def test_a_paste_holding_an_escape_arrives_whole_and_in_order(tmp_path: Path):
    """Pasted "A[<ESC>[2J]B" was stored as "^[2J]BA[" (Textual sent the escape sequence's
    characters as keys ahead of the paste)."""
    terminal = Terminal("--db", str(tmp_path / "coach.json"))
    try:
        terminal.start_reflection()
        terminal.press("\x1b[200~A[\x1b[2J]B\x1b[201~")
        assert "A[␛[2J]B" in terminal.wait_for("]B")
    finally:
        terminal.kill()
