"""Faults a user's machine can throw at coach: kills during imports, unreadable files,
read-only folders, full disks. Each gets one clear line; the old data stays intact."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from coach.cli import main
from coach.store import Store

IMPORTER = """
import sys
from coach.cli import main
print("ready", flush=True)
sys.exit(main(["--db", sys.argv[1], "import", sys.argv[2]]))
"""

KILLS = 50


def export_file(folder: Path, name: str, count: int, prefix: str) -> Path:
    stamp = "2026-11-01T00:00:00+00:00"
    sessions = [
        {"id": f"{prefix}-{n}", "answer": "word " * 80, "updated": stamp} for n in range(count)
    ]
    path = folder / name
    path.write_bytes(
        orjson.dumps({"format": "coach-export", "schema": 1, "tables": {"sessions": sessions}})
    )
    return path


def test_sigkill_during_imports_never_breaks_the_file(tmp_path: Path):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "kept"})
    rng = random.Random(8)
    completed: set[str] = {"kept"}
    killed = 0
    for round_number in range(KILLS):
        source = export_file(tmp_path, f"in-{round_number}.json", 3000, f"r{round_number}")
        process = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(db), str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        if process.returncode == 0:  # it finished before the kill: all of it must be there
            completed |= {f"r{round_number}-{n}" for n in range(3000)}
        else:
            killed += 1
        ids = {r["id"] for r in Store.open(db, read_only=True).all("sessions")}
        assert completed <= ids, f"round {round_number}: an import that returned was lost"
        imported = {i for i in ids if i.startswith(f"r{round_number}-")}
        assert len(imported) in (0, 3000), "an import is all or nothing"
        source.unlink()
    assert killed > 0  # the kills really did interrupt imports


def test_an_unreadable_file_is_refused_and_untouched(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "kept"})
    before = db.read_bytes()
    real_read = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == db:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", denied)  # root reads anything, so simulate
    assert main(["--db", str(db), "export"]) == 1
    err = capsys.readouterr().err
    assert err == f"coach: {db}: cannot be read (Permission denied); check its permissions\n"
    monkeypatch.undo()
    assert db.read_bytes() == before


def test_a_read_only_folder_gives_one_line_and_keeps_the_data(tmp_path: Path, monkeypatch):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "kept"})
        before = db.read_bytes()

        def read_only(*args, **kwargs):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr("tempfile.mkstemp", read_only)
        with pytest.raises(Exception) as caught:
            store.put("sessions", {"id": "lost"})
        assert str(caught.value) == (
            f"{db}: could not save (Read-only file system); the file still holds your last save, "
            "so free space or fix permissions and retry"
        )
        assert store.get("sessions", "lost") is None
    assert db.read_bytes() == before


def test_a_full_disk_during_import_changes_nothing(tmp_path: Path, capsys, monkeypatch):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "kept"})
    before = db.read_bytes()
    source = export_file(tmp_path, "big.json", 50, "new")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("coach.atomicfile.os.fsync", disk_full)
    assert main(["--db", str(db), "import", str(source)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and err.count("\n") == 1
    assert "Traceback" not in err
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_read_only_database_is_never_replaced(tmp_path):
    import stat as stat_module

    from coach.cli import main
    from coach.errors import CoachError
    from coach.store import Store

    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "s1", "question": "Why?"})
    db.chmod(0o400)
    before = db.read_bytes()
    with pytest.raises(CoachError, match="read-only"):
        Store.open(db)
    assert db.read_bytes() == before
    assert stat_module.S_IMODE(db.stat().st_mode) == 0o400
    assert main(["--db", str(db), "export"]) == 0  # reading it still works
