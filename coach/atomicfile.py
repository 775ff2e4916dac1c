"""Replace a file so that it is always either the old version or the new one, whole.

The new bytes go to a temporary file in the same folder, are flushed and fsynced, and
only then renamed over the target with `os.replace` (atomic on POSIX); the folder is
fsynced so the rename itself survives a power cut. A crash at any moment leaves the old
file intact and, at worst, a temporary file that `remove_stale_temps` clears next time.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

from coach.paths import FILE_MODE, TEMP_SUFFIX, temp_prefix


def atomic_write(target: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write `data` to `target` atomically and durably; raise OSError on failure.

    On failure the target is untouched and no temporary file is left behind.
    """
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        temp.chmod(mode)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(folder)


def fsync_file(path: Path) -> None:
    """Put a file's written bytes on the disk (FileNotFoundError when it is not there)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # a file system that cannot sync: the rename that follows still stands
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(target: Path) -> list[Path]:
    """Delete temporary files a killed save left beside `target`; return what was removed.

    Only call this while holding the target's lock, or a live writer's file could go.
    """
    removed: list[Path] = []
    # mkstemp's names: the prefix, eight characters of [a-z0-9_], the suffix.
    ours = re.compile(re.escape(temp_prefix(target)) + r"[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))
    try:
        names = [entry.name for entry in os.scandir(target.parent)]
    except OSError:
        return removed
    for name in names:
        if ours.fullmatch(name):
            candidate = target.parent / name
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed
