"""Reading the TOML asset files, and checking their texts, with the file named in errors.

Kept apart from the decks so the tips, needed for the first frame, load without them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from coach.errors import DataFileError


def read_toml_text(raw: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(f"{source}: is not valid TOML ({error})") from None


def read_toml_file(path: Path) -> dict[str, Any]:
    """Read and parse a TOML content file, naming it in any error."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataFileError(f"{path}: cannot be read ({error})") from None
    return read_toml_text(raw, str(path))


def text_value(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(f"{where}: needs a non-empty text {key!r}")
    return " ".join(value.split())
