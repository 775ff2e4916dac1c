"""Every filesystem location coach uses, decided in one place.

The database is the one file a user owns. Its default home is the platform's user data
folder; `--db PATH` wins over the `COACH_DB` variable, which wins over the default.
Nothing here creates anything until `prepare_database_folder` is called, so importing
this module (or running `coach --help`) leaves the disk untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import platformdirs

from coach.errors import CoachError

APP_NAME = "coach"
DATABASE_FILENAME = "coach.json"
ENV_DATABASE = "COACH_DB"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's per-user data folder for coach (not created here)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_database_path(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """Pick the database file: the command line first, then COACH_DB, then the default."""
    chosen = cli_value if cli_value else environ.get(ENV_DATABASE) or None
    if not chosen:
        return default_data_dir() / DATABASE_FILENAME
    try:
        return Path(chosen).expanduser().absolute()
    except RuntimeError:  # "~someone" for a user that does not exist
        raise CoachError(f"{chosen}: names an unknown home folder; write the full path") from None


def prepare_database_folder(database: Path) -> None:
    """Create the database's folder (and missing parents) readable by its owner only.

    Folders that already exist keep their permissions: a user who points `--db` into
    their own folder decides who may read it.
    """
    missing: list[Path] = []
    folder = database.parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        folder.chmod(FOLDER_MODE)  # mkdir's mode is filtered through the umask


def lock_path(database: Path) -> Path:
    """The lock file that marks a database as held by a running coach."""
    return database.with_name(database.name + ".lock")


def temp_prefix(target: Path) -> str:
    """The name prefix of temporary files written beside `target` while saving it."""
    return f".{target.name}."


TEMP_SUFFIX = ".tmp"


def display_path(path: Path) -> str:
    """A path as a person would write it: `~/…` inside the home folder."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)
