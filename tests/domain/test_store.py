"""The store: records in and out, timestamps, persistence, locking, rollback on failure."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import orjson
import pytest

from coach.atomicfile import atomic_write
from coach.errors import (
    CoachError,
    ReadOnlyStoreError,
    StoreChangedError,
    StoreLockedError,
    StoreWriteError,
)
from coach.schema import MIGRATIONS, SCHEMA_VERSION
from coach.store import Store
from tests.conftest import FROZEN_NOW


def test_new_database_is_created_on_open_with_the_schema_version(db_path: Path, store: Store):
    data = orjson.loads(db_path.read_bytes())
    assert data["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert store.count("sessions") == 0


def test_put_assigns_id_and_timestamps_and_survives_reopen(db_path: Path, store: Store):
    saved = store.put("sessions", {"question": "Tell me about a time…", "rating": 4})
    assert len(saved["id"]) == 32
    assert saved["created"] == saved["updated"] == FROZEN_NOW.isoformat(timespec="microseconds")
    store.close()
    with Store.open(db_path) as again:
        assert again.get("sessions", saved["id"]) == saved
        assert again.all("sessions") == [saved]


def test_put_with_existing_id_replaces_whole_record_and_keeps_created(db_path: Path):
    moments = iter(
        [FROZEN_NOW.replace(hour=1), FROZEN_NOW.replace(hour=2), FROZEN_NOW.replace(hour=3)]
    )
    with Store.open(db_path, clock=lambda: next(moments)) as store:
        first = store.put("sessions", {"id": "a", "note": "draft", "rating": 2})
        second = store.put("sessions", {"id": "a", "rating": 5})
        assert second["created"] == first["created"]
        assert second["updated"] > first["updated"]
        assert "note" not in store.get("sessions", "a")  # replaced, not merged
        assert store.count("sessions") == 1


def test_delete_removes_only_that_record(store: Store):
    store.put("meetings", {"id": "m1", "person": "Ada"})
    store.put("meetings", {"id": "m2", "person": "Grace"})
    assert store.delete("meetings", "m1") is True
    assert store.delete("meetings", "m1") is False
    assert [m["id"] for m in store.all("meetings")] == ["m2"]


def test_returned_records_are_copies(store: Store):
    record = {"id": "s", "feedback": {"words": 3}}
    returned = store.put("sessions", record)
    record["feedback"]["words"] = 99
    returned["feedback"]["words"] = 98
    fetched = store.get("sessions", "s")
    assert fetched is not None
    fetched["rating"] = 1
    fetched["feedback"]["words"] = 97
    store.all("sessions")[0]["feedback"]["words"] = 96
    store.export_data()["tables"]["sessions"][0]["feedback"]["words"] = 95
    assert "rating" not in store.get("sessions", "s")
    assert store.get("sessions", "s")["feedback"]["words"] == 3


def test_settings_round_trip(store: Store):
    assert store.setting("theme", "textual-dark") == "textual-dark"
    store.set_setting("theme", "nord")
    assert store.setting("theme", "textual-dark") == "nord"


def test_unknown_table_is_a_programming_error(store: Store):
    with pytest.raises(ValueError, match="unknown table"):
        store.put("nonsense", {})


def test_lone_surrogates_are_repaired_rather_than_failing_the_save(db_path: Path, store: Store):
    store.put("sessions", {"id": "s", "answer": "broken \ud800 paste"})
    store.close()
    with Store.open(db_path) as again:
        assert again.get("sessions", "s")["answer"] == "broken \ufffd paste"


def test_split_surrogate_pairs_are_joined(store: Store):
    store.put("sessions", {"id": "s", "answer": "smile \ud83d\ude00"})
    assert store.get("sessions", "s")["answer"] == "smile \U0001f600"


def test_file_and_folder_are_private(tmp_path: Path):
    path = tmp_path / "new" / "deeper" / "coach.json"
    with Store.open(path) as store:
        store.put("sessions", {"id": "x"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700


def test_existing_folder_keeps_its_permissions(tmp_path: Path):
    tmp_path.chmod(0o755)
    with Store.open(tmp_path / "coach.json"):
        pass
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_a_second_writer_is_refused_and_the_file_is_untouched(db_path: Path, store: Store):
    store.put("sessions", {"id": "kept"})
    before = db_path.read_bytes()
    with pytest.raises(StoreLockedError, match="in use by another coach"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_lock_is_released_on_close(db_path: Path, store: Store):
    store.close()
    store.close()  # twice is harmless
    with Store.open(db_path) as again:
        assert again.count("sessions") == 0


def test_read_only_store_reads_beside_a_writer_but_never_writes(db_path: Path, store: Store):
    store.put("sessions", {"id": "s1"})
    reader = Store.open(db_path, read_only=True)
    assert [s["id"] for s in reader.all("sessions")] == ["s1"]
    with pytest.raises(ReadOnlyStoreError):
        reader.put("sessions", {"id": "s2"})


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path: Path):
    path = tmp_path / "absent" / "coach.json"
    reader = Store.open(path, read_only=True)
    assert reader.count("sessions") == 0
    assert not path.parent.exists()


def test_leftover_temporary_files_are_removed_at_open(db_path: Path, store: Store):
    store.close()
    leftover = db_path.with_name(f".{db_path.name}.k3_x9q0z.tmp")
    leftover.write_bytes(b'{"half": ')
    unrelated = [db_path.with_name("notes.tmp"), db_path.with_name(".coach.json.old.a1b2c3d4.tmp")]
    for other in unrelated:
        other.write_text("not ours")
    with Store.open(db_path):
        pass
    assert not leftover.exists()
    assert all(other.exists() for other in unrelated)


def test_failed_save_raises_clearly_and_rolls_back(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
):
    store.put("sessions", {"id": "before"})
    on_disk = db_path.read_bytes()

    def disk_full(target: Path, data: bytes, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("coach.storage.atomic_write", disk_full)
    with pytest.raises(StoreWriteError, match=r"No space left on device.*last save"):
        store.put("sessions", {"id": "after"})
    assert db_path.read_bytes() == on_disk
    assert store.get("sessions", "after") is None
    assert [s["id"] for s in store.all("sessions")] == ["before"]

    monkeypatch.setattr("coach.storage.atomic_write", atomic_write)
    store.put("sessions", {"id": "later"})
    assert [s["id"] for s in store.all("sessions")] == ["before", "later"]


def test_save_that_fails_midway_leaves_no_temporary_file(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
):
    def failing_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(StoreWriteError, match="I/O error"):
        store.put("sessions", {"id": "x"})
    monkeypatch.undo()
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_older_schema_is_migrated_with_a_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    db_path.parent.mkdir(parents=True)
    old = {"meta": {"1": {"schema": 1}}, "sessions": {"1": {"id": "s", "secs": 30}}}
    db_path.write_bytes(orjson.dumps(old))

    def rename_secs(data: dict) -> None:
        for record in data["sessions"].values():
            record["limit_s"] = record.pop("secs")

    monkeypatch.setattr("coach.schema.SCHEMA_VERSION", 2)
    monkeypatch.setitem(MIGRATIONS, 1, rename_secs)
    with Store.open(db_path) as store:
        assert store.get("sessions", "s")["limit_s"] == 30
    assert orjson.loads(db_path.read_bytes())["meta"]["1"]["schema"] == 2
    [backup] = db_path.parent.glob("coach.json.schema1-*.bak")
    assert orjson.loads(backup.read_bytes()) == old


def test_a_symlinked_database_is_saved_through_the_link(tmp_path: Path):
    real = tmp_path / "synced" / "coach.json"
    real.parent.mkdir()
    link = tmp_path / "coach.json"
    link.symlink_to(real)
    with Store.open(link) as store:
        store.put("sessions", {"id": "s"})
    assert link.is_symlink()
    assert Store.open(real, read_only=True).get("sessions", "s") is not None


def test_a_closed_store_refuses_to_write(db_path: Path, store: Store):
    store.close()
    with Store.open(db_path) as other:
        other.put("sessions", {"id": "theirs"})
        with pytest.raises(ReadOnlyStoreError, match="already closed"):
            store.put("sessions", {"id": "stale"})
        assert other.get("sessions", "stale") is None
    assert Store.open(db_path, read_only=True).get("sessions", "stale") is None


def test_a_fifo_is_refused_without_reading_or_locking(tmp_path: Path):
    fifo = tmp_path / "coach.json"
    os.mkfifo(fifo)
    with pytest.raises(CoachError, match="not a regular file"):
        Store.open(fifo)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coach.json"]


def test_a_symlink_loop_is_refused_clearly(tmp_path: Path):
    loop = tmp_path / "coach.json"
    loop.symlink_to(loop)
    with pytest.raises(CoachError, match="loops"):
        Store.open(loop)


def test_migration_backups_never_overwrite_each_other(tmp_path: Path):
    from coach.storefile import migration_backup_path

    path = tmp_path / "coach.json"
    first = migration_backup_path(path, 1, FROZEN_NOW)
    first.write_text("older backup")
    second = migration_backup_path(path, 1, FROZEN_NOW)
    assert second != first
    assert not second.exists()


def test_imported_records_get_timestamps(store: Store):
    store.import_tables({"sessions": [{"id": "bare"}]})
    record = store.get("sessions", "bare")
    assert record["created"] == record["updated"] == FROZEN_NOW.isoformat(timespec="microseconds")


def test_select_returns_only_the_asked_fields_as_copies(store: Store):
    store.put("sessions", {"id": "s", "question_id": "q", "answer": "long text", "extra": [1]})
    store.put("sessions", {"id": "t"})
    rows = store.select("sessions", ("question_id", "extra"))
    assert rows == [{"question_id": "q", "extra": [1]}, {}]
    nested = store.select("sessions", ("id", "feedback.words", "extra.0"))
    assert nested == [{"id": "s"}, {"id": "t"}]
    store.put("sessions", {"id": "u", "feedback": {"words": 12, "fillers": {"um": 1}}})
    assert store.select("sessions", ("feedback.words", "feedback.fillers"))[2] == {
        "feedback.words": 12,
        "feedback.fillers": {"um": 1},
    }
    rows[0]["extra"].append(2)
    assert store.get("sessions", "s")["extra"] == [1]


def test_a_backup_copied_back_while_open_is_not_saved_over(db_path: Path, store: Store):
    """`cp backup.json coach.json` with coach running: its next save must not undo that."""
    store.put("sessions", {"id": "before-backup", "rating": 2})
    backup = db_path.read_bytes()
    store.put("sessions", {"id": "after-backup", "rating": 5})
    db_path.write_bytes(backup)  # in place, as cp does: same inode, new contents

    with pytest.raises(StoreChangedError, match="changed by another program"):
        store.put("sessions", {"id": "lost-race", "rating": 1})

    assert db_path.read_bytes() == backup
    assert store.get("sessions", "lost-race") is None  # memory matches what the file holds


def test_a_second_coach_past_a_deleted_lock_cannot_undo_the_first(db_path: Path, store: Store):
    from coach.paths import lock_path

    lock_path(db_path).unlink()  # the user (or a cleaner) deletes the lock file
    with Store.open(db_path) as second:
        second.put("meetings", {"id": "m1", "person": "Ada"})
        with pytest.raises(StoreChangedError):
            store.put("meetings", {"id": "m1", "person": "overwritten"})
    with Store.open(db_path, read_only=True) as reader:
        assert reader.get("meetings", "m1")["person"] == "Ada"


def test_its_own_saves_never_look_like_an_outside_change(db_path: Path, store: Store):
    for number in range(50):
        store.put("sessions", {"id": f"s{number}"})
    assert store.count("sessions") == 50
