"""People as a readable Markdown section for the Markdown export: who they are, how the
user knows them, who introduced them, their next touch and the messages sent."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from coach.people import Person, by_name, introduced, introducer
from coach.visible import one_line, quoted


def people_markdown(records: Iterable[Mapping[str, Any]]) -> str:
    """Every person by name, or an empty string when there are none."""
    people = by_name(Person.from_record(r) for r in records if isinstance(r, Mapping))
    if not people:
        return ""
    lines = ["# People", ""]
    for person in people:
        lines += [f"## {one_line(person.title())}", ""]
        through = introducer(person, people)
        others = ", ".join(one_line(p.name) for p in introduced(person, people))
        for label, value in (
            ("Role", person.role),
            ("How you know them", person.how_known),
            ("Introduced by", through.name if through else ""),
            ("Introduced you to", others),
            ("Found through", person.found_at),
            ("Next touch", person.next_touch),
        ):
            if value:
                lines.append(f"- {label}: {one_line(value)}")
        for message in person.sent:
            lines.append(f"- Sent {message.sent_at[:10]}: {one_line(message.template)}")
        lines.append("")
        if person.notes.strip():
            lines += ["**Notes**", *quoted(person.notes), ""]
    return "\n".join(lines).rstrip() + "\n"
