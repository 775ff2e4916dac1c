"""What a record coach writes looks like, checked before an import changes anything.

The app reads its own file leniently (a hand edit opens with blanks where it is odd), but
an import is where bad data gets in: `{"id": "x1", "rating": "ten"}` would otherwise be
"1 added" and then junk in the history, `stats` and the CSV; a stamp in the year 9999
would stop the app opening; a record nested a thousand levels deep could be neither saved
nor exported. So every imported record's fields are checked against the shapes the app
writes (a field may be missing: older exports lack newer fields), and the first problem
refuses the whole file, naming the table, the record and the field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from coach.clock import parse_iso
from coach.tombstones import DELETED, REMEMBERED

MAX_DEPTH = 24  # coach's own records nest four levels at most
Check = Callable[[Any], str | None]  # the problem with a value, or None


def text(value: Any) -> str | None:
    return None if isinstance(value, str) else "is not text"


def stamp(value: Any) -> str | None:
    if value == "":
        return None  # "not yet" (a meeting with no date, a thank-you not sent)
    if not isinstance(value, str):
        return "is not a date and time"
    return None if parse_iso(value) else f"{value[:40]!r} is not a date and time coach can use"


def day(value: Any) -> str | None:
    if value == "":
        return None  # no date set
    if not isinstance(value, str):
        return "is not a date"
    try:
        date.fromisoformat(value)
    except ValueError:
        return f"{value[:40]!r} is not a date like 2026-12-18"
    return None


def whole(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return "is not a whole number"
        return None if low <= value <= high else f"{value} is outside {low} to {high}"

    return check


def seconds(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "is not a number of seconds"
    return None if 0 <= value <= 86_400 * 7 else f"{value} is not a plausible number of seconds"


def rating(value: Any) -> str | None:
    return None if value is None else whole(1, 5)(value)


def flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "is not true or false"


def one_of(*allowed: str) -> Check:
    def check(value: Any) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(allowed)}"

    return check


def an_object(value: Any) -> str | None:
    return None if isinstance(value, dict) else "is not an object"


def texts(value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "is not a list of text"
    return None


def objects(fields: Mapping[str, Check]) -> Check:
    """A list of objects, each checked against `fields`."""

    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return "is not a list"
        for position, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                return f"item {position} is not an object"
            problem = first_problem(item, fields)
            if problem:
                return f"item {position}: {problem}"
        return None

    return check


SESSION: dict[str, Check] = {
    "started": stamp,
    "finished": stamp,
    "deck": text,
    "question_id": text,
    "question": text,
    "mode": one_of("typed", "spoken"),
    "limit_s": whole(1, 86_400),
    "used_s": seconds,
    "overtime_s": seconds,
    "paused_s": seconds,
    "answer": text,
    "feedback": an_object,
    "rating": rating,
    "note": text,
    "company": text,
    "role": text,
    "mock_id": text,
    "audio": text,
    "transcript": text,
}
MEETING: dict[str, Check] = {
    "kind": one_of("informational", "job"),
    "person": text,
    "person_id": text,
    "role": text,
    "organisation": text,
    "when": stamp,
    "length_min": whole(1, 1440),
    "goal": text,
    "notes": text,
    "checklist": objects(
        {
            "id": text,
            "phase": text,
            "text": text,
            "done": flag,
            "custom": flag,
            "why": text,
            "essential": flag,
        }
    ),
    "questions": objects({"id": text, "text": text, "question_id": text}),
    "thank_you": text,
    "thanked_at": stamp,
}
REFLECTION: dict[str, Check] = {
    "set_id": text,
    "set_name": text,
    "answers": objects({"prompt_id": text, "prompt": text, "text": text}),
    "tags": texts,
    "meeting_id": text,
    "session_id": text,
    "link_label": text,
    "created": stamp,
}
QUESTION: dict[str, Check] = {
    "text": text,
    "deck": text,
    "limit": whole(1, 86_400),
    "tags": texts,
    "tips": texts,
}
PERSON: dict[str, Check] = {
    "name": text,
    "role": text,
    "organisation": text,
    "how_known": text,
    "introduced_by": text,
    "found_at": text,
    "notes": text,
    "next_touch": day,
    "sent": objects(
        {"id": text, "template": text, "text": text, "sent_at": stamp, "next_touch": day}
    ),
    "updated": stamp,
}
STORY: dict[str, Check] = {
    "title": text,
    "situation": text,
    "task": text,
    "action": text,
    "result": text,
    "tags": texts,
    "created": stamp,
    "updated": stamp,
}
TOMBSTONE: dict[str, Check] = {
    "table": one_of(*REMEMBERED),
    "record": text,
    "deleted": stamp,
}
SHAPES: dict[str, dict[str, Check]] = {
    "sessions": SESSION,
    "meetings": MEETING,
    "reflections": REFLECTION,
    "questions": QUESTION,
    "people": PERSON,
    "stories": STORY,
    DELETED: TOMBSTONE,
}


def first_problem(record: Mapping[str, Any], fields: Mapping[str, Check]) -> str | None:
    """`field "rating": is not a whole number`, or None when every known field is right."""
    for name, check in fields.items():
        if name in record:
            problem = check(record[name])
            if problem:
                return f"field {name!r} {problem}"
    return None


def too_deep(value: Any, depth: int = 0) -> bool:
    """Nested deeper than any record coach writes (iteratively: no recursion limit)."""
    stack = [(value, depth)]
    while stack:
        item, level = stack.pop()
        if level > MAX_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return False


def record_problem(table: str, record: Mapping[str, Any]) -> str | None:
    """What is wrong with one imported record, in words, or None."""
    if too_deep(record):
        return f"is nested more than {MAX_DEPTH} levels deep"
    return first_problem(record, SHAPES.get(table, {}))
