"""Reading values out of stored records that a person may have edited by hand.

A record with a wrong type in one field should still open, with a blank in that field,
rather than stop the app. These helpers give the value when it has the expected kind and
a default otherwise.
"""

from __future__ import annotations


def text(value: object, default: str = "") -> str:
    """A stored text; a number becomes its digits; null or anything else gives `default`."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return default


def number(value: object, default: float = 0.0) -> float:
    """A stored number, or `default` for anything else (booleans included)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(value)


def parse_tags(typed: str) -> tuple[str, ...]:
    """Tags as typed in a form ("Motivation, honesty"): lower case, blanks dropped."""
    return tuple(tag.strip().lower() for tag in typed.split(",") if tag.strip())
