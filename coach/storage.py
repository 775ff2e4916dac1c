"""The TinyDB storage under the store: the whole database in memory, saved whole and
atomically, so the file on disk is always one complete save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from coach.atomicfile import atomic_write
from coach.paths import FILE_MODE
from coach.schema import Database


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


class MemoryOf:
    """Hands TinyDB an already-built storage: TinyDB insists on calling a factory."""

    def __init__(self, storage: AtomicJSONStorage) -> None:
        self._storage = storage

    def __call__(self) -> AtomicJSONStorage:
        return self._storage
