"""A meeting in a real terminal: create it, tick an item, kill coach, find the tick again."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import orjson

from tests.e2e.terminal import COACH, CTRL_Q, CTRL_S, Terminal
from tests.e2e.test_practice_e2e import export


def test_a_tick_survives_a_kill(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Meetings", "Quit")
        terminal.press("m")
        terminal.wait_for("No meetings yet")
        terminal.press("n")
        terminal.wait_for("Person", "Organisation")
        terminal.press("Ada Lovelace")
        terminal.wait_for("Ada Lovelace")  # in the person field before tab moves on
        terminal.press("\t\t")
        terminal.press("Analytical Engines")
        terminal.wait_for("Analytical Engines")
        terminal.press(CTRL_S)
        terminal.wait_for("Ada Lovelace, Analytical Engines", "0/27")
        terminal.press("\r")
        terminal.wait_for("0 of 8 essentials done", "Research")
        terminal.press("\x1b[B")  # down from the first item: the second essential
        terminal.press(" ")
        terminal.wait_for("1 of 8 essentials done", "saved")
        terminal.process.kill(signal.SIGKILL)
    finally:
        terminal.kill()

    again = Terminal("--db", str(db))
    try:
        again.wait_for("Meetings")
        again.press("m")
        again.wait_for("Ada Lovelace, Analytical Engines", "1/27")
        again.press("\r")
        screen = again.wait_for("1 of 8 essentials done", "☑")
        assert "Prepare  1/3" in screen  # the short list: Prepare's three essentials
        again.press("s")
        screen = again.wait_for("1 of 27 done", "☑ Decide the one thing")
        again.press(CTRL_Q)
        assert again.exit_status() == 0
    finally:
        again.kill()


def test_closing_the_terminal_keeps_an_edited_thank_you(tmp_path: Path):
    db = tmp_path / "coach.json"
    seed = tmp_path / "seed.json"
    meeting = {
        "id": "m1",
        "kind": "informational",
        "person": "Grace Hopper",
        "organisation": "Navy",
        "when": "2026-11-20T15:00:00+00:00",
        "notes": "compilers; teaching",
        "checklist": [],
        "thank_you": "",
    }
    settings = [{"id": "your_name", "value": "Sam"}, {"id": "asked_your_name", "value": True}]
    seed.write_bytes(
        orjson.dumps(
            {
                "format": "coach-export",
                "schema": 1,
                "tables": {"meetings": [meeting], "settings": settings},
            }
        )
    )
    subprocess.run([str(COACH), "--db", str(db), "import", str(seed)], check=True, timeout=60)
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Meetings")
        terminal.press("m")
        terminal.wait_for("Grace Hopper, Navy", "Quick checklist")  # the list, not home
        terminal.press("\r")
        terminal.wait_for("3 Follow-up")
        terminal.press("3")
        terminal.wait_for("Sam")  # the draft, signed
        terminal.press("\t")  # into the note
        terminal.press("\x1b[F")  # end of the line
        terminal.press(" PS kept")
        terminal.wait_for("PS kept")
        assert terminal.hang_up() == 0
    finally:
        terminal.kill()
    [kept] = export(db)["tables"]["meetings"]
    assert "PS kept" in kept["thank_you"]
