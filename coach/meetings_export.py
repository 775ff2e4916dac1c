"""Meetings as a readable Markdown section: who, when, the goal, the checklist, the
questions to ask, notes and the thank-you, for the Markdown export."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from coach.clock import Zone
from coach.meetings import QUICK_ID, Meeting, by_phase, progress, upcoming_first, when_label
from coach.visible import one_line, quoted


def meetings_markdown(records: Iterable[Mapping[str, Any]], now: datetime, tz: Zone) -> str:
    """Every meeting (upcoming first), or an empty string when there are none."""
    meetings = [Meeting.from_record(r) for r in records if isinstance(r, Mapping)]
    meetings = upcoming_first([m for m in meetings if m.id != QUICK_ID], now)
    if not meetings:
        return ""
    lines = ["# Meetings", ""]
    for meeting in meetings:
        lines += meeting_lines(meeting, tz)
    return "\n".join(lines).rstrip() + "\n"


def meeting_lines(meeting: Meeting, tz: Zone) -> list[str]:
    done, total = progress(meeting.checklist)
    kind = "job interview" if meeting.kind == "job" else "informational interview"
    lines = [f"## {one_line(meeting.title())}", ""]
    lines.append(f"- When: {when_label(meeting, tz)} ({meeting.length_min} min, {kind})")
    for label, value in (("Role", meeting.role), ("Goal", meeting.goal)):
        if value:
            lines.append(f"- {label}: {one_line(value)}")
    lines.append(f"- Checklist: {done} of {total} done")
    if meeting.thanked_at:
        lines.append(f"- Thank-you sent: {meeting.thanked_at[:10]}")
    lines.append("")
    for phase, items in by_phase(meeting.checklist):
        if items:
            lines.append(f"**{phase.title()}**")
            lines += [f"- [{'x' if i.done else ' '}] {one_line(i.text)}" for i in items]
            lines.append("")
    if meeting.questions:
        lines.append("**Questions to ask**")
        lines += [f"- {one_line(q.text)}" for q in meeting.questions]
        lines.append("")
    for label, body in (("Notes", meeting.notes), ("Thank-you note", meeting.thank_you)):
        if body.strip():
            lines.append(f"**{label}**")
            lines += quoted(body)
            lines.append("")
    return lines
