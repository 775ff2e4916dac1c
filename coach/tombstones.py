"""Deletions remembered, so that importing an older backup does not bring them back.

Deleting an attempt, a meeting, a reflection or a question leaves a small record in the
`deleted` table: which table, which id, and when. An import then leaves out any record
that was deleted here, unless the incoming copy was edited after the deletion (it was
worked on elsewhere since, so it is wanted). Exports carry the table like any other, so a
backup remembers its deletions too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coach.clock import parse_iso

DELETED = "deleted"
REMEMBERED = ("sessions", "meetings", "reflections", "questions", "people", "stories")


def tombstone_id(table: str, record_id: str) -> str:
    return f"{table}/{record_id}"


def tombstone(table: str, record_id: str, when: str) -> dict[str, Any]:
    """The record kept in place of a deleted one."""
    return {
        "id": tombstone_id(table, record_id),
        "table": table,
        "record": record_id,
        "deleted": when,
    }


def deleted_here(
    stones: Mapping[str, Mapping[str, Any]], table: str, record: Mapping[str, Any]
) -> bool:
    """True when `record` was deleted and not edited since (so importing it would revive it)."""
    stone = stones.get(tombstone_id(table, str(record.get("id"))))
    if stone is None:
        return False
    edited = parse_iso(record.get("updated"))
    deleted = parse_iso(stone.get("deleted"))
    return edited is None or deleted is None or edited <= deleted
