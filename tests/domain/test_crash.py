"""Saves killed at random moments never break the file or lose a save that returned."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.errors import StoreLockedError
from coach.store import Store

SAVER = """
import random, sys
from pathlib import Path
from coach.store import Store

store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
rng = random.Random(sys.argv[2])
number = 0
while True:
    record_id = f"{sys.argv[2]}-{number}"
    store.put("sessions", {"id": record_id, "answer": "word " * rng.randint(10, 400)})
    print(record_id, flush=True)
    number += 1
"""

HOLDER = """
import sys, time
from pathlib import Path
from coach.store import Store

store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(120)
"""

KILLS = 60


def start(script: str, *args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first == "ready\n", process.stderr.read() if process.stderr else first
    return process


def finished_lines(output: str) -> list[str]:
    """Lines the child completed; a line cut by the kill does not count."""
    lines = output.split("\n")
    return [line for line in lines[:-1] if line]


def test_sigkill_during_saves_never_loses_a_returned_save(tmp_path: Path):
    path = tmp_path / "coach.json"
    with Store.open(path) as store:  # a few MB, so kills often land inside a write
        store.import_tables(
            {"sessions": [{"id": f"seed-{n}", "answer": "seed " * 200} for n in range(2500)]}
        )
    rng = random.Random(20261122)
    promised: set[str] = set()
    killed_mid_write = 0
    for round_number in range(KILLS):
        process = start(SAVER, str(path), f"r{round_number}")
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        output, _ = process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL
        promised.update(finished_lines(output))
        killed_mid_write += any(p.name.endswith(".tmp") for p in tmp_path.iterdir())

        survivor = Store.open(path, read_only=True)  # parses and checks the whole file
        present = {record["id"] for record in survivor.all("sessions")}
        missing = promised - present
        assert not missing, f"round {round_number}: saves that returned were lost: {missing}"

    with Store.open(path) as store:  # the next writer clears what the kills left behind
        assert store.count("sessions") >= 2500 + len(promised)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert len(promised) > KILLS  # the children really were saving when killed
    assert killed_mid_write > 0  # and some kills landed inside a write


def test_second_process_is_refused_until_the_first_dies(tmp_path: Path):
    path = tmp_path / "coach.json"
    holder = start(HOLDER, str(path))
    try:
        before = path.read_bytes()
        with pytest.raises(StoreLockedError):
            Store.open(path)
        result = subprocess.run(
            [sys.executable, "-m", "coach", "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "TERM": "dumb"},
        )
        assert result.returncode == 1
        assert result.stderr == (
            f"coach: {path}: in use by another coach; close that one first, "
            "or use --db for another file\n"
        )
        assert path.read_bytes() == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=30)
    # The killed holder's lock file is still there, but the lock died with it.
    assert (tmp_path / "coach.json.lock").exists()
    with Store.open(path) as store:
        store.put("sessions", {"id": "after"})
