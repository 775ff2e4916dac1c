"""Checks and reads of the database file and its lock, before a `Store` holds it.

Each check refuses in one line naming the file and what to do, and changes nothing: a
folder, a pipe or a read-only file in the database's place, a file that is not coach
data, a lock another coach holds. `file_identity` is how the store notices that the
file changed under it.
"""

from __future__ import annotations

import gc
import stat
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from coach.atomicfile import atomic_write
from coach.errors import CoachError, DataFileError, StoreLockedError, StoreWriteError
from coach.paths import FILE_MODE, lock_path, prepare_database_folder
from coach.schema import Database, load_database, schema_version

UNTOUCHED = "coach left it untouched: restore a backup, or use --db for another file"


def file_identity(path: Path) -> tuple[int, ...] | None:
    """What tells one version of the file from another without reading it: a replace
    changes the inode, a write in place the size or the change time."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


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
    if mode & stat.S_IRUSR and not mode & stat.S_IWUSR:  # unreadable: refused when read
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
