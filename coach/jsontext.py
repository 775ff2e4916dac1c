"""Decoding JSON that coach must be able to write back exactly as it read it.

A JSON parser accepts two things coach cannot keep: an object with the same key twice
(every parser keeps one value and silently drops the other, so a hand-edited file would
lose a record) and values nested deeper than the serialiser will write (the file opens,
then every save and export fails). Both are refused here, naming the key or where the
nesting is, before anything is changed.

The check costs one re-serialisation: a file coach wrote comes back byte for byte, which
proves it has neither problem; only a file that differs (hand-edited, pretty-printed, an
export) is parsed a second time to look for repeated keys.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from coach.errors import DataFileError


def parse_json(raw: bytes, source: str) -> Any:
    """Decode JSON bytes that coach can keep; any problem is a refusal naming the file."""
    if not raw.strip():
        raise DataFileError(f"{source}: is empty, so it is not a coach database")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        detail = re.sub(r" \(char \d+\)", "", str(error).split("\n")[0]).rstrip(".")
        raise DataFileError(f"{source}: is not valid JSON ({detail})") from None
    try:
        again = orjson.dumps(data)
    except orjson.JSONEncodeError:
        where = describe(data, too_deep_at(data))
        raise DataFileError(
            f"{source}: nests values too deeply for coach to save again (at {where}); "
            "flatten or remove that value in a text editor"
        ) from None
    if again != raw:
        refuse_repeated_keys(raw, source)
    return data


def describe(data: Any, path: list[str | int]) -> str:
    """Where a value sits, as a person fixing the file would look for it: the table, the
    record's id and its field when the path passes through a record, else the keys."""
    value = data
    for step, key in enumerate(path):
        value = value[key]
        if step and isinstance(value, dict) and isinstance(value.get("id"), str):
            field = f", field {path[step + 1]!r}" if step + 1 < len(path) else ""
            return f"table {path[step - 1]!r}, record {value['id']!r}{field}"
    return " → ".join(map(str, path)) or "the top level"


def too_deep_at(data: Any, steps: int = 4) -> list[str | int]:
    """The first few keys leading to the value that cannot be serialised."""
    path: list[str | int] = []
    value = data
    for _ in range(steps):
        children = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in children:
            if isinstance(child, dict | list) and not serialises(child):
                path.append(key)
                value = child
                break
        else:
            break
    return path


def serialises(value: Any) -> bool:
    try:
        orjson.dumps(value)
    except orjson.JSONEncodeError:
        return False
    return True


def refuse_repeated_keys(raw: bytes, source: str) -> None:
    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise DataFileError(
                    f'{source}: has the key "{key}" twice in one object, and coach would '
                    "keep only one of them; rename or remove one in a text editor"
                )
            seen[key] = value
        return seen

    json.loads(raw, object_pairs_hook=unique)
