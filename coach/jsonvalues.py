"""Plain JSON values: deep copies that share nothing, and text that can always be saved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson


def json_copy(value: Any) -> Any:
    """A deep copy of `value` as plain JSON values (fast: one orjson round trip).

    Text that cannot be stored as UTF-8 (lone surrogates, as a broken paste can bring)
    is repaired rather than failing: split pairs are joined, lone halves become U+FFFD.
    """
    try:
        return orjson.loads(orjson.dumps(value))
    except TypeError:
        return orjson.loads(orjson.dumps(repair_text(value)))


def repair_text(value: Any) -> Any:
    """Join split surrogate pairs and replace lone surrogates in every string in `value`."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, Mapping):
        return {repair_text(key): repair_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [repair_text(item) for item in value]
    return value
