"""Where spoken answers are kept: one folder beside the database, as private as it.

A recording is the user's own voice, so it lives with the one file they own (moving or
deleting `coach.json`'s folder takes the audio along) and gets the same privacy: the
folder is 0700, the files 0600. The answer being recorded is `draft.wav`; when the answer
is saved it is renamed to `<session id>.wav`, so a kill mid-answer leaves a draft that a
resumed answer continues, and deleting an attempt deletes its file.

Nothing here touches the disk on import, and only `ensure_audio_folder` creates anything.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coach.atomicfile import fsync_file, fsync_folder
from coach.paths import FOLDER_MODE

DRAFT_NAME = "draft"
SUFFIX = ".wav"
MAX_ID_LENGTH = 200  # a file name is at most 255 bytes; leave room for the suffix


def audio_folder(database: Path) -> Path:
    """The folder holding the recordings for `database` (not created here)."""
    return database.parent / f"{database.stem}-audio"


def ensure_audio_folder(database: Path) -> Path:
    """Create the audio folder owner-only, tightening it if it exists looser; return it.

    Unlike the database's own folder (which may be one the user chose and shares on
    purpose), this folder is coach's alone, so coach decides its permissions.
    """
    folder = audio_folder(database)
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o777 != FOLDER_MODE:
        folder.chmod(FOLDER_MODE)  # mkdir's mode is filtered through the umask
    return folder


def draft_audio_path(database: Path) -> Path:
    """The recording of the answer under way (kept across a kill, for a resumed draft)."""
    return audio_folder(database) / (DRAFT_NAME + SUFFIX)


def check_session_id(session_id: str) -> str:
    """Return `session_id` if it can name a file in the audio folder; raise ValueError if not.

    Ids come from the database, which an import can fill with any text: an id must never
    reach outside the folder ("../x", "/etc/x"), hide itself (".x"), or be the draft's name.
    """
    if not session_id:
        raise ValueError("a session id is empty")
    if any(bad in session_id for bad in ("/", "\\", "\0")) or session_id.startswith("."):
        raise ValueError(f"session id {session_id!r} cannot name an audio file")
    if session_id.casefold() == DRAFT_NAME:
        raise ValueError(f"session id {session_id!r} is the draft recording's name")
    if len(os.fsencode(session_id)) > MAX_ID_LENGTH:
        raise ValueError(f"session id {session_id[:20]!r}... is too long to name an audio file")
    return session_id


def session_audio_path(database: Path, session_id: str) -> Path:
    """The recording kept with a saved attempt; ValueError for an id unfit to name a file."""
    return audio_folder(database) / (check_session_id(session_id) + SUFFIX)


def keep_draft_audio(database: Path, session_id: str) -> Path | None:
    """Make the draft recording the session's own (an atomic rename); None if there is none.

    An earlier file of the same session is replaced: re-saving an attempt keeps its latest
    recording.
    """
    target = session_audio_path(database, session_id)
    draft = draft_audio_path(database)
    try:
        fsync_file(draft)  # here, on the writer thread: the screen never waits for the disk
        draft.replace(target)
    except FileNotFoundError:
        return None
    fsync_folder(target.parent)
    return target


def discard_draft_audio(database: Path) -> None:
    """Delete the draft recording (an answer thrown away); no draft is fine."""
    with contextlib.suppress(FileNotFoundError):
        draft_audio_path(database).unlink()


def delete_session_audio(database: Path, session_id: str) -> None:
    """Delete an attempt's recording along with the attempt; a missing file is fine.

    An id that cannot name a file (an imported record's) cannot have a recording either,
    so it is treated as missing rather than failing the deletion of the attempt.
    """
    try:
        path = session_audio_path(database, session_id)
    except ValueError:
        return
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
