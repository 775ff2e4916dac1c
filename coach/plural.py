"""Counts in words: "1 question", "2 questions", never "1 questions"."""

from __future__ import annotations

IRREGULAR = {"entries": "entry", "people": "person", "these": "this", "stories": "story"}


def count(number: int, plural: str) -> str:
    """`number` and the noun, singular for one: count(1, "sessions") is "1 session"."""
    if number != 1:
        return f"{number} {plural}"
    if plural in IRREGULAR:
        return f"1 {IRREGULAR[plural]}"
    return f"1 {plural[:-1] if plural.endswith('s') else plural}"
