"""The installed `coach` in a real pseudo-terminal: it opens, shows home, and quits cleanly."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.terminal import CTRL_Q, F1, Terminal


def test_coach_opens_home_and_quits_with_ctrl_q(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        screen = terminal.wait_for("Today", "No practice sessions yet.", "Quit")
        assert f"Your data: {db}" in screen
        terminal.press(F1)
        terminal.wait_for("Everywhere", "Command palette")
        terminal.press("\x1b")
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
    assert db.exists()


def test_a_damaged_file_is_refused_before_anything_is_drawn(tmp_path: Path):
    db = tmp_path / "coach.json"
    db.write_bytes(b'{"meta": {"1": {"schema"')
    terminal = Terminal("--db", str(db))
    try:
        status = terminal.exit_status()
        shown = terminal.flat_text()
    finally:
        terminal.kill()
    assert status == 1
    assert shown.startswith(f"coach: {db}: is not valid JSON")
    assert "Traceback" not in shown
    assert db.read_bytes() == b'{"meta": {"1": {"schema"'
