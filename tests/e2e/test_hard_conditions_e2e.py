"""The real `coach` under the conditions a laptop meets: killed the instant an answer is
saved, a disk that fills up, files and folders it may not touch (checked without root's
power to ignore permissions)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

from tests.e2e.terminal import COACH, CTRL_S, Terminal, saved_on_disk, texts_in
from tests.e2e.test_practice_e2e import export

ANSWER = "At Acme I cut report time by 40% in 2023."


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3])
def test_a_kill_just_after_ctrl_s_keeps_the_answer(tmp_path: Path, delay: float):
    """From the key to the attempt on disk (the draft deleted in the same save) there is no
    moment where a kill loses the answer: it is an attempt, or still the draft."""
    db = tmp_path / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.start_typed_answer(ANSWER)
        saved_on_disk(db, lambda data: ANSWER in texts_in(data, "drafts", "text"))
        terminal.press(CTRL_S)
        time.sleep(delay)  # the moment of the kill is what varies here, not a wait
        terminal.process.kill(signal.SIGKILL)
    finally:
        terminal.kill()
    tables = export(db)["tables"]
    kept = [s["answer"] for s in tables["sessions"]] + [d["text"] for d in tables["drafts"]]
    assert ANSWER in kept


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs to fill up; only where this test may mount one (root in a container
    that allows it), skipped with the reason elsewhere."""
    mount = tmp_path / "small"
    mount.mkdir()
    tried = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if tried.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {tried.stderr.strip() or 'not root'}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk to the last byte."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError:
                continue
    return filler


def test_on_a_full_disk_the_rated_answer_waits_for_space(small_disk: Path):
    db = small_disk / "coach.json"
    terminal = Terminal("--db", str(db))
    try:
        terminal.start_typed_answer(ANSWER)
        filler = fill(small_disk)
        terminal.press(CTRL_S)
        terminal.wait_for("Your rating")
        terminal.press("4")
        terminal.wait_for("4/5")
        terminal.press(CTRL_S)
        terminal.wait_for("Not saved", "free space")
        assert "Your rating" in terminal.text()  # the screen stays, with the rating
        filler.unlink()
        terminal.press(CTRL_S)
        terminal.wait_for("Next due", "Start")  # saved, so the screen closed
    finally:
        terminal.kill()
    [session] = export(db)["tables"]["sessions"]
    assert (session["answer"], session["rating"]) == (ANSWER, 4)
    assert orjson.loads(db.read_bytes())  # whole, never half-written


def as_a_normal_user() -> list[str]:
    """The command prefix that runs coach without root's power over permissions."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions would not apply")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def run_coach(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*as_a_normal_user(), str(COACH), *args], capture_output=True, text=True, timeout=60
    )


def test_files_and_folders_coach_may_not_touch_are_refused_in_one_line(tmp_path: Path):
    unreadable = tmp_path / "unreadable.json"
    unreadable.write_bytes(b'{"meta": {"1": {"schema": 1}}}')
    unreadable.chmod(0)
    locked_folder = tmp_path / "locked"
    locked_folder.mkdir(mode=0o500)
    export_folder = tmp_path / "no-exports"
    export_folder.mkdir(mode=0o500)
    good = tmp_path / "good.json"
    empty = tmp_path / "empty-export.json"
    empty.write_bytes(b'{"format": "coach-export", "schema": 1, "tables": {}}')
    assert run_coach("--db", str(good), "import", str(empty)).returncode == 0

    cases = [
        (["--db", str(unreadable)], "cannot be read (Permission denied)"),
        (["--db", str(unreadable), "export"], "cannot be read (Permission denied)"),
        (["--db", str(locked_folder / "coach.json")], "check that the folder exists and is"),
        (["--db", str(good), "export", "--out", str(export_folder / "x.json")], "x.json"),
    ]
    for args, expected in cases:
        result = run_coach(*args)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert unreadable.stat().st_mode & 0o777 == 0  # left exactly as it was
    assert list(locked_folder.iterdir()) == [] and list(export_folder.iterdir()) == []
