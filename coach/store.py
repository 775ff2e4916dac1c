"""With coach/storefile.py (file checks, the lock) and coach/storage.py (the atomic
TinyDB storage), the only code that touches the database file: open, check, lock,
read, write.

A `Store` keeps the whole database in memory in a TinyDB instance and writes it back with
an atomic replace after every change, so the file on disk is always a complete save. One
process at a time may write a file (an OS lock, released by the kernel even when the
process is killed). A file that fails its checks is refused before anything is written.

Threads: reads take a short data lock; a save holds it only while changing and
serialising the data, and writes to disk outside it, so a screen reading the store is
never held up by the disk. Call the writing methods from a worker thread in a UI: they
return only once the change is on disk.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from filelock import FileLock
from tinydb import TinyDB

from coach.atomicfile import remove_stale_temps
from coach.clock import Clock, system_clock, to_iso
from coach.errors import (
    ReadOnlyStoreError,
    StoreChangedError,
    StoreWriteError,
)
from coach.jsonvalues import json_copy
from coach.schema import TABLES, Database, new_database
from coach.storage import AtomicJSONStorage, MemoryOf
from coach.storefile import (
    acquire_lock,
    check_regular_file,
    check_writable,
    file_identity,
    load_or_refuse,
    migration_backup_path,
    read_file,
    real_path,
    write_or_explain,
)
from coach.tombstones import DELETED, REMEMBERED, deleted_here, tombstone

if TYPE_CHECKING:  # exports and imports load their module when used: start-up stays quick
    from coach.transfer import ImportReport, Record, Tables

T = TypeVar("T")


class Store:
    """A coach database file, opened, checked and (unless read-only) locked for writing."""

    def __init__(
        self,
        path: Path,
        data: Database,
        *,
        lock: FileLock | None,
        saved: bytes,
        clock: Clock = system_clock,
    ) -> None:
        self.path = path
        self.read_only = lock is None
        self._lock = lock
        self._clock = clock
        self._storage = AtomicJSONStorage(path, data)
        self._db = TinyDB(storage=MemoryOf(self._storage))
        self._last_saved = saved
        self._on_disk = file_identity(path)  # what the file is while only we write it
        self.revision = 0  # counts saves, so readers can tell whether their copy is stale
        self._ids: dict[str, dict[str, int]] = {}
        self._data_lock = threading.RLock()
        self._save_lock = threading.Lock()

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False, clock: Clock = system_clock) -> Store:
        """Open (creating if missing) and check a database; lock it unless `read_only`.

        Raises `StoreLockedError` when another coach holds it and `DataFileError` when
        it is not valid coach data; in both cases the file is left exactly as it was.
        """
        path = real_path(path)
        if read_only:
            raw = read_file(path)
            if raw is None:
                data = new_database(to_iso(clock()))
                return cls(path, data, lock=None, saved=orjson.dumps(data), clock=clock)
            data, _, _ = load_or_refuse(raw, path)
            return cls(path, data, lock=None, saved=raw, clock=clock)
        check_regular_file(path)  # before the lock file is made beside it
        check_writable(path)
        lock = acquire_lock(path)
        try:
            return cls._open_locked(path, lock, clock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, path: Path, lock: FileLock, clock: Clock) -> Store:
        remove_stale_temps(path)
        raw = read_file(path)
        if raw is None:
            data = new_database(to_iso(clock()))
            blob = orjson.dumps(data)
            write_or_explain(path, blob)
            return cls(path, data, lock=lock, saved=blob, clock=clock)
        data, version, migrated = load_or_refuse(raw, path)
        if not migrated:
            return cls(path, data, lock=lock, saved=raw, clock=clock)
        write_or_explain(migration_backup_path(path, version, clock()), raw)
        blob = orjson.dumps(data)
        write_or_explain(path, blob)
        return cls(path, data, lock=lock, saved=blob, clock=clock)

    def close(self) -> None:
        """Release the file for other coaches; safe to call twice."""
        with self._save_lock:
            if self._lock is not None and self._lock.is_locked:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def all(self, table: str) -> list[Record]:
        """Every record of a table, in the order they were added (copies)."""
        check_table(table)
        with self._data_lock:
            rows: list[Record] = json_copy(list(self._storage.data.get(table, {}).values()))
        return rows

    def select(self, table: str, fields: tuple[str, ...]) -> list[Record]:
        """Only some fields of every record: cheap enough for a screen to call at 10,000.

        A field may be a dotted path into a nested object ("feedback.words"); the result
        is keyed by the path as given. Text and numbers are shared (they are immutable),
        lists and objects are copied, so nothing returned can change the store.
        """
        check_table(table)
        paths = [(name, name.split(".")) for name in fields]
        with self._data_lock:
            documents = list(self._storage.data.get(table, {}).values())
        plain = [name for name, steps in paths if len(steps) == 1]
        nested = [(name, steps) for name, steps in paths if len(steps) > 1]
        rows = []
        for doc in documents:
            row = {name: doc[name] for name in plain if name in doc}
            for name, value in row.items():
                if isinstance(value, dict | list):
                    row[name] = json_copy(value)
            if nested:
                row.update(pick(doc, nested))
            rows.append(row)
        return rows

    def get(self, table: str, record_id: str) -> Record | None:
        """One record by its id, or None."""
        check_table(table)
        with self._data_lock:
            doc_id = self._index(table).get(record_id)
            if doc_id is None:
                return None
            record: Record = json_copy(self._storage.data[table][str(doc_id)])
        return record

    def count(self, table: str) -> int:
        check_table(table)
        with self._data_lock:
            return len(self._storage.data.get(table, {}))

    def setting(self, key: str, default: T) -> T | Any:
        """A remembered preference, or `default` when none is stored."""
        record = self.get("settings", key)
        return default if record is None else record.get("value", default)

    def export_data(self) -> dict[str, Any]:
        """Everything, in the export layout (a copy)."""
        from coach.transfer import build_export

        with self._data_lock:
            exported: dict[str, Any] = json_copy(
                build_export(self._storage.data, to_iso(self._clock()))
            )
        return exported

    # -- writing -------------------------------------------------------------------------

    def put(self, table: str, record: Mapping[str, Any]) -> Record:
        """Add or replace a record by its `id` (made if missing); return what was stored.

        `created` is kept from the record or its earlier version; `updated` is now.
        """
        check_table(table)
        clean = json_copy(record)
        record_id = clean.get("id")
        if not isinstance(record_id, str) or not record_id:
            clean["id"] = record_id = uuid.uuid4().hex

        def change(db: TinyDB) -> Record:
            now = to_iso(self._clock())
            doc_id = self._index(table).get(record_id)
            earlier = self._storage.data[table][str(doc_id)] if doc_id is not None else {}
            clean.setdefault("created", earlier.get("created", now))
            clean["updated"] = now
            self._keep(db, table, clean)
            stored: Record = json_copy(clean)
            return stored

        return self._write(change)

    def delete(self, table: str, record_id: str) -> bool:
        """Remove a record; False when there was none with that id."""
        check_table(table)

        def change(db: TinyDB) -> bool:
            doc_id = self._index(table).pop(record_id, None)
            if doc_id is None:
                return False
            db.table(table).remove(doc_ids=[doc_id])
            if table in REMEMBERED:
                self._keep(db, DELETED, tombstone(table, record_id, to_iso(self._clock())))
            return True

        return self._write(change)

    def _keep(self, db: TinyDB, table: str, record: Record) -> None:
        """Insert or replace `record` by its id, within a change (data lock held)."""
        index = self._index(table)
        doc_id = index.get(record["id"])
        if doc_id is None:
            index[record["id"]] = db.table(table).insert(record)
        else:
            db.table(table).update(replace_by_id({record["id"]: record}), doc_ids=[doc_id])

    def set_setting(self, key: str, value: Any) -> None:
        self.put("settings", {"id": key, "value": value})

    def import_tables(self, tables: Tables) -> ImportReport:
        """Merge checked import data (see `coach.transfer`) in one save."""
        from coach.transfer import ImportReport, plan_merge

        for name in tables:
            check_table(name)

        def change(db: TinyDB) -> ImportReport:
            report = ImportReport()
            # Deletions first, so those the incoming file knows of are honoured too.
            for name in sorted(tables, key=lambda name: name != DELETED):
                records = tables[name]
                current = {doc["id"]: doc for doc in self._storage.data.get(name, {}).values()}
                if name in REMEMBERED:
                    stones = self._storage.data.get(DELETED, {})
                    known = {stone["id"]: stone for stone in stones.values()}
                    wanted = [
                        r for r in records if r["id"] in current or not deleted_here(known, name, r)
                    ]
                    report.left_out += len(records) - len(wanted)
                    records = wanted
                plan = plan_merge(current, records)
                report.plans[name] = plan
                rows = db.table(name)
                now = to_iso(self._clock())
                stamp = {"created": now, "updated": now}
                if plan.added:
                    doc_ids = rows.insert_multiple({**stamp, **json_copy(r)} for r in plan.added)
                    index = self._index(name)
                    for added, doc_id in zip(plan.added, doc_ids, strict=True):
                        index[added["id"]] = doc_id
                if plan.replaced:
                    newer = {r["id"]: json_copy(r) for r in plan.replaced}
                    index = self._index(name)
                    rows.update(replace_by_id(newer), doc_ids=[index[i] for i in newer])
            return report

        return self._write(change)

    # -- the save itself -----------------------------------------------------------------

    def _write(self, change: Callable[[TinyDB], T]) -> T:
        """Apply a change in memory, then put the whole database on disk atomically.

        If the disk refuses (full, read-only, removed), memory goes back to the last
        save, so the store never claims what the file does not hold.
        """
        if self.read_only:
            raise ReadOnlyStoreError(f"{self.path}: opened read-only; nothing was changed")
        with self._save_lock:
            if self._lock is None or not self._lock.is_locked:
                raise ReadOnlyStoreError(f"{self.path}: already closed; nothing was changed")
            with self._data_lock:
                self._storage.dirty = False
                try:
                    result = change(self._db)
                    blob = self._storage.serialize() if self._storage.dirty else None
                except BaseException:
                    self._restore()
                    raise
            if blob is None:
                return result
            try:
                self._refuse_outside_change()
                self._storage.persist(blob)
            except BaseException as error:
                with self._data_lock:
                    self._restore()
                if not isinstance(error, OSError):
                    raise  # StoreChangedError included: it says why on its own
                raise StoreWriteError(
                    f"{self.path}: could not save ({error.strerror or error}); the file "
                    "still holds your last save, so free space or fix permissions and retry"
                ) from None
            self._last_saved = blob
            self._on_disk = file_identity(self.path)
            self.revision += 1
            return result

    def _refuse_outside_change(self) -> None:
        """Refuse to save over a file that changed since this coach last read or wrote it:
        a backup put back with cp, or a second coach that got past a deleted lock file."""
        if file_identity(self.path) != self._on_disk:
            raise StoreChangedError(
                f"{self.path}: was changed by another program while coach had it open, so "
                "coach did not save over it; quit and start coach again to use the file as "
                "it is now"
            )

    def _restore(self) -> None:
        """Go back to the last successful save (called with the data lock held)."""
        self._storage.data = orjson.loads(self._last_saved)
        self._db = TinyDB(storage=MemoryOf(self._storage))
        self._ids.clear()

    def _index(self, table: str) -> dict[str, int]:
        """Record id to TinyDB document id, built on first use (data lock held)."""
        index = self._ids.get(table)
        if index is None:
            rows = self._storage.data.get(table, {})
            index = {doc["id"]: int(doc_id) for doc_id, doc in rows.items()}
            self._ids[table] = index
        return index


def pick(document: Mapping[str, Any], paths: list[tuple[str, list[str]]]) -> Record:
    """The fields of `document` at `paths` (missing ones left out), safe to hand out."""
    picked: Record = {}
    for name, steps in paths:
        value: Any = document
        for step in steps:
            if not isinstance(value, Mapping) or step not in value:
                break
            value = value[step]
        else:
            picked[name] = json_copy(value) if isinstance(value, dict | list) else value
    return picked


def check_table(table: str) -> None:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; coach tables are {', '.join(TABLES)}")


def replace_by_id(newer: Mapping[str, Record]) -> Callable[[MutableMapping[str, Any]], None]:
    """A TinyDB update that swaps each document for the newer copy with its id."""

    def replace(document: MutableMapping[str, Any]) -> None:
        record = newer[document["id"]]
        document.clear()
        document.update(record)

    return replace
