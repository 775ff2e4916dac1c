"""Practice in a real terminal: answer, rate, save, and find it in `coach export`;
and a kill mid-answer loses no more than the last few seconds."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import orjson

from tests.e2e.terminal import COACH, CTRL_Q, CTRL_S, Terminal, saved_on_disk, texts_in


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
        terminal.start_typed_answer("This answer must survive a kill.")
        saved_on_disk(
            db, lambda data: "This answer must survive a kill." in texts_in(data, "drafts", "text")
        )  # the autosave ran
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
        terminal.start_typed_answer("Typed just now.")
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
        terminal.start_typed_answer("My answer mentions Kubernetes and 12 teams.")
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


def clock_rows(screen: str) -> list[str]:
    """The big clock's three rows (the countdown's digits are drawn, not written)."""
    rows = screen.splitlines()
    top = next(i for i, row in enumerate(rows) if "━" in row) - 2
    return [row[:18] for row in rows[top : top + 3]]


def test_spoken_without_a_microphone_says_so_in_one_line_and_still_times(tmp_path: Path):
    """No microphone in CI (and no voice extra in the main test run): one line, and the
    clock still runs and the answer is saved with its time."""
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db), width=80, height=24)
    try:
        terminal.wait_for("Practise")
        terminal.press("p")
        terminal.wait_for("Spoken aloud", "Start")
        terminal.choose("Spoken aloud")
        terminal.press(CTRL_S)
        screen = terminal.wait_for("Finish", "Timed only: ")
        [line] = [row for row in screen.splitlines() if "Timed only: " in row]
        assert line.rstrip().endswith("to be heard.")  # the whole reason, on one line
        assert "Traceback" not in screen
        clock = clock_rows(screen)
        deadline = time.monotonic() + 20
        while clock_rows(terminal.text()) == clock:  # the countdown is running
            assert time.monotonic() < deadline, "the clock never moved"
            terminal.pump()
        terminal.press(CTRL_S)
        terminal.wait_for("Your rating", "rate how it felt")
        terminal.press(CTRL_S)
        terminal.wait_for("Start")
        terminal.press(CTRL_Q)
        assert terminal.exit_status() == 0
    finally:
        terminal.kill()
    [session] = export(db)["tables"]["sessions"]
    assert session["mode"] == "spoken" and session["used_s"] > 0
    assert session["transcript"] == "" and session["audio"] == ""


def test_closing_the_terminal_keeps_the_rating_and_note_being_given(tmp_path: Path):
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.start_typed_answer("An answer worth rating.")
        terminal.press(CTRL_S)
        terminal.wait_for("Your rating")
        terminal.press("2")
        terminal.wait_for("2/5")
        terminal.press("Too slow to start")
        terminal.wait_for("Too slow to start")
        assert terminal.hang_up() == 0
    finally:
        terminal.kill()
    [session] = export(db)["tables"]["sessions"]
    assert session["answer"] == "An answer worth rating."
    assert (session["rating"], session["note"]) == (2, "Too slow to start")
