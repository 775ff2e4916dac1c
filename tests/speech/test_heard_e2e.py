"""The spoken journey in a real terminal with a real (virtual) microphone: coach records
what is played into PulseAudio while the countdown runs, shows the level, transcribes it
when the answer ends, and keeps the recording beside the database."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import orjson
import pytest

from tests.e2e.terminal import COACH, CTRL_Q, CTRL_S, Terminal
from tests.speech.microphone import SINK, missing, virtual_microphone
from tests.speech.spoken import Case, speak

pytestmark = pytest.mark.voice


def test_an_answer_said_into_the_microphone_is_heard(tmp_path: Path) -> None:
    if missing():  # CI installs PulseAudio and says the voice tests must run
        (pytest.fail if os.environ.get("COACH_REQUIRE_VOICE") else pytest.skip)(missing())
    said = speak(Case("said", "Um, I rewrote the loader and the failures stopped.", 150), tmp_path)
    db = tmp_path / "data" / "coach.json"
    with virtual_microphone(tmp_path) as env:
        terminal = Terminal("--db", str(db), env=env)
        try:
            terminal.wait_for("Practise")
            terminal.press("p")
            terminal.wait_for("Spoken aloud", "Start")
            terminal.choose("Spoken aloud")
            terminal.press(CTRL_S)
            terminal.wait_for("Finish", "Listening", timeout=30)
            player = subprocess.Popen(["paplay", f"--device={SINK}", str(said)], env=env)
            try:
                terminal.wait_for("▮▮▮", timeout=30)  # the level meter rises: it hears
            finally:
                assert player.wait(timeout=60) == 0
            terminal.press(CTRL_S)
            screen = terminal.wait_for("What you said", "Spoke for", timeout=120)
            assert "loader" in screen.lower()
            terminal.press(CTRL_S)
            terminal.wait_for("Start")
            terminal.press(CTRL_Q)
            assert terminal.exit_status() == 0
        finally:
            terminal.kill()
    exported = subprocess.run(
        [str(COACH), "--db", str(db), "export"], capture_output=True, check=True, timeout=60
    )
    [session] = orjson.loads(exported.stdout)["tables"]["sessions"]
    assert "loader" in session["transcript"].lower()
    assert session["feedback"]["speech"]["um_uh"] >= 1
    recording = db.parent / "coach-audio" / session["audio"]
    assert stat.S_IMODE(recording.stat().st_mode) == 0o600
