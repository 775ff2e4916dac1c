"""The only code that touches the database file: open, check, lock, read, write.

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

import gc
import stat
import threading
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.storages import Storage

from coach.atomicfile import atomic_write, remove_stale_temps
from coach.clock import Clock, system_clock, to_iso
from coach.errors import (
    CoachError,
    DataFileError,
    ReadOnlyStoreError,
    StoreChangedError,
    StoreLockedError,
    StoreWriteError,
)
from coach.jsonvalues import json_copy
from coach.paths import FILE_MODE, lock_path, prepare_database_folder
from coach.schema import TABLES, Database, load_database, new_database, schema_version

if TYPE_CHECKING:  # exports and imports load their module when used: start-up stays quick
    from coach.transfer import ImportReport, Record, Tables

T = TypeVar("T")
UNTOUCHED = "coach left it untouched: restore a backup, or use --db for another file"


class AtomicJSONStorage(Storage):
    """TinyDB storage that holds the data in memory and persists it whole, atomically.

    TinyDB's own JSONStorage rewrites the file in place, so a process killed mid-write
    leaves invalid JSON. Here `write` only records the change; `persist` then replaces
    the file in one step once the store has serialised a consistent snapshot.
    """

    def __init__(self, path: Path, data: Database) -> None:
        self.path = path
        self.data = data
        self.dirty = False

    def read(self) -> Database:
        return self.data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.data = data
        self.dirty = True

    def serialize(self) -> bytes:
        return orjson.dumps(self.data)

    def persist(self, blob: bytes) -> None:
        atomic_write(self.path, blob, FILE_MODE)


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
            rows = db.table(table)
            if doc_id is None:
                clean.setdefault("created", now)
                clean["updated"] = now
                self._index(table)[record_id] = rows.insert(clean)
            else:
                earlier = self._storage.data[table][str(doc_id)]
                clean.setdefault("created", earlier.get("created", now))
                clean["updated"] = now
                rows.update(replace_by_id({record_id: clean}), doc_ids=[doc_id])
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
            return True

        return self._write(change)

    def set_setting(self, key: str, value: Any) -> None:
        self.put("settings", {"id": key, "value": value})

    def import_tables(self, tables: Tables) -> ImportReport:
        """Merge checked import data (see `coach.transfer`) in one save."""
        from coach.transfer import ImportReport, plan_merge

        for name in tables:
            check_table(name)

        def change(db: TinyDB) -> ImportReport:
            report = ImportReport()
            for name, records in tables.items():
                current = {doc["id"]: doc for doc in self._storage.data.get(name, {}).values()}
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


class MemoryOf:
    """Hands TinyDB an already-built storage: TinyDB insists on calling a factory."""

    def __init__(self, storage: AtomicJSONStorage) -> None:
        self._storage = storage

    def __call__(self) -> AtomicJSONStorage:
        return self._storage


def file_identity(path: Path) -> tuple[int, ...] | None:
    """What tells one version of the file from another without reading it: a replace
    changes the inode, a write in place the size or the change time."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


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


def real_path(path: Path) -> Path:
    """Follow a symlinked database to its file, so a save never replaces the link."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError):
        raise CoachError(f"{path}: is a symlink that loops; point --db at a real file") from None


def check_regular_file(path: Path) -> None:
    """Refuse folders, pipes and devices before anything is created beside them."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise CoachError(
            f"{path}: cannot be read ({error.strerror}); check its permissions"
        ) from None
    if stat.S_ISDIR(mode):
        raise CoachError(f"{path}: is a folder, not a coach database; use --db for a file")
    if not stat.S_ISREG(mode):
        raise CoachError(f"{path}: is not a regular file; use --db for a coach database file")


def check_writable(path: Path) -> None:
    """Refuse a file its owner made read-only: a save renames a new file over it, which
    its permissions would not stop (and root ignores them anyway)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing (made new) or unreadable (refused when read)
    if not mode & stat.S_IWUSR:
        raise CoachError(
            f"{path}: is read-only, and coach will not replace it; make it writable "
            "(chmod u+w) to use it, or read it with coach export"
        )


def migration_backup_path(path: Path, version: int, moment: datetime) -> Path:
    """Where the file as it was before a schema upgrade is kept (never overwritten)."""
    stamp = moment.strftime("%Y%m%dT%H%M%S")
    backup = path.with_name(f"{path.name}.schema{version}-{stamp}.bak")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.schema{version}-{stamp}-{number}.bak")
    return backup


def read_file(path: Path) -> bytes | None:
    """The file's bytes, None when it does not exist, or a one-line refusal."""
    check_regular_file(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise unreadable(path, error) from None


def unreadable(path: Path, error: OSError) -> CoachError:
    return CoachError(f"{path}: cannot be read ({error.strerror}); check its permissions")


def load_or_refuse(raw: bytes, path: Path) -> tuple[Database, int, bool]:
    """`load_database`, with the reassurance that the refused file was not touched.

    The garbage collector is paused meanwhile: decoding a large file makes tens of
    thousands of dicts, none of them garbage, and the collections that triggers cost
    about a fifth of the load (measured in benchmarks/).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        data, version = load_database(raw, str(path))
        return data, version, version != schema_version(data, str(path))
    except DataFileError as error:
        raise DataFileError(f"{error}; {UNTOUCHED}") from None
    finally:
        if collecting:
            gc.enable()


def write_or_explain(path: Path, blob: bytes) -> None:
    try:
        atomic_write(path, blob, FILE_MODE)
    except OSError as error:
        raise StoreWriteError(
            f"{path}: could not be written ({error.strerror or error}); check the folder's "
            "permissions and free space"
        ) from None


def acquire_lock(path: Path) -> FileLock:
    """Take the database's lock without waiting, creating its folder if needed."""
    try:
        prepare_database_folder(path)
        lock = FileLock(lock_path(path), mode=FILE_MODE, thread_local=False)
        lock.acquire(timeout=0)
    except Timeout:
        raise StoreLockedError(
            f"{path}: in use by another coach; close that one first, or use --db for another file"
        ) from None
    except OSError as error:
        raise CoachError(
            f"{path.parent}: cannot lock the database there ({error.strerror or error}); "
            "check that the folder exists and is writable"
        ) from None
    return lock
