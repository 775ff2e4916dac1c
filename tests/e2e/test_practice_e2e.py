"""Practice in a real terminal: answer, rate, save, and find it in `coach export`;
and a kill mid-answer loses no more than the last few seconds."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import orjson

from tests.e2e.terminal import COACH, CTRL_Q, Terminal

CTRL_S = "\x13"


def export(db: Path) -> dict:
    result = subprocess.run(
        [str(COACH), "--db", str(db), "export"], capture_output=True, check=True, timeout=60
    )
    return orjson.loads(result.stdout)


def test_practise_type_finish_rate_save_and_export(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Practise", "Quit")
        terminal.press("p")
        terminal.wait_for("Next due", "Start")
        terminal.press("\r")
        terminal.wait_for("What are your professional interests?", "Finish")
        terminal.press("I build data tools; at Acme I cut report time by 40% in 2023.")
        terminal.wait_for("cut report time")
        terminal.press(CTRL_S)
        terminal.wait_for("Your rating", "Fillers")
        terminal.press("5")
        terminal.wait_for("5/5")
        terminal.press(CTRL_S)
        terminal.wait_for("Next due", "Start")
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
    [session] = export(db)["tables"]["sessions"]
    assert session["question"] == "What are your professional interests?"
    assert session["answer"] == "I build data tools; at Acme I cut report time by 40% in 2023."
    assert session["rating"] == 5
    assert session["feedback"]["figures"] == ["40%", "2023"]
    assert export(db)["tables"]["drafts"] == []


def test_a_killed_answer_is_offered_back_with_its_text(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Practise")
        terminal.press("p")
        terminal.wait_for("Start")
        terminal.press("\r")
        terminal.wait_for("Finish")
        terminal.press("This answer must survive a kill.")
        terminal.wait_for("survive a kill")
        time.sleep(4.0)  # longer than the autosave interval
        terminal.process.kill(signal.SIGKILL)
    finally:
        terminal.kill()
    drafts = export(db)["tables"]["drafts"]
    assert [d["text"] for d in drafts] == ["This answer must survive a kill."]

    again = Terminal("--db", str(db))
    try:
        again.wait_for("unfinished answer", "Resume")
        again.press("y")
        screen = again.wait_for("This answer must survive a kill.", "Paused")
        assert "What are your professional interests?" in screen
        again.press(CTRL_Q)
        again.wait_for("Quit now?", "kept as a draft")
        again.press("y")
        assert again.exit_status() == 0
    finally:
        again.kill()
    drafts = export(db)["tables"]["drafts"]
    assert [d["text"] for d in drafts] == ["This answer must survive a kill."]


def test_a_terminated_app_saves_the_answer_in_progress(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Practise")
        terminal.press("p")
        terminal.wait_for("Start")
        terminal.press("\r")
        terminal.wait_for("Finish")
        terminal.press("Typed just now.")
        terminal.wait_for("Typed just now.")
        terminal.process.kill(signal.SIGTERM)  # well inside the autosave interval
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
    drafts = export(db)["tables"]["drafts"]
    assert [d["text"] for d in drafts] == ["Typed just now."]


def test_practise_then_find_the_answer_in_history(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.wait_for("Practise", "History")
        terminal.press("p")
        terminal.wait_for("Start")
        terminal.press("\r")
        terminal.wait_for("Finish")
        terminal.press("My answer mentions Kubernetes and 12 teams.")
        terminal.wait_for("12 teams")
        terminal.press(CTRL_S)
        terminal.wait_for("Your rating")
        terminal.press("3")
        terminal.press(CTRL_S)
        terminal.wait_for("Next due", "Start")
        terminal.press("\x1b")  # back home
        terminal.wait_for("1 in all")
        terminal.press("h")
        terminal.wait_for("1 attempt", "professional interests")
        terminal.press("\r")
        screen = terminal.wait_for("My answer mentions Kubernetes and 12 teams.")
        assert "★★★" in screen
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
