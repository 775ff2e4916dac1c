"""What the user's after-meeting reflections add up to: the next steps they set
themselves and the skills they found they need, newest first, each with its meeting.

Read from the answers to two prompts of the after-meeting set (by prompt id, so an edited
prompt's wording still counts), one line per thing written: notes are jotted as lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.meetings import Meeting
from coach.reflections import Reflection, newest_first

NEXT_STEPS = "meeting-next-steps"
SKILLS = "meeting-gaps"
HEADINGS = {NEXT_STEPS: "Next steps", SKILLS: "Skills to build"}
BULLETS = " -*•\t\u2013\u2014"


@dataclass(frozen=True)
class Takeaway:
    prompt_id: str  # NEXT_STEPS or SKILLS
    text: str
    entry_id: str
    meeting_id: str
    source: str  # the meeting it came from, in words
    created: str


def takeaways(entries: Iterable[Reflection], meetings: Iterable[Meeting]) -> list[Takeaway]:
    """Every next step and skill to build written after a meeting, newest entry first."""
    titles = {m.id: m.title() for m in meetings}
    found: list[Takeaway] = []
    for entry in newest_first(entries):
        for answer in entry.answers:
            if answer.prompt_id not in HEADINGS:
                continue
            source = titles.get(entry.meeting_id) or entry.link_label or "a meeting"
            for line in answer.text.splitlines():
                written = " ".join(line.strip(BULLETS).split())
                if written:
                    found.append(
                        Takeaway(
                            answer.prompt_id,
                            written,
                            entry.id,
                            entry.meeting_id,
                            source,
                            entry.created,
                        )
                    )
    return found


def grouped(found: list[Takeaway]) -> list[tuple[str, list[Takeaway]]]:
    """(heading, takeaways) for next steps, then skills to build; empty ones left out."""
    return [
        (heading, [t for t in found if t.prompt_id == prompt_id])
        for prompt_id, heading in HEADINGS.items()
        if any(t.prompt_id == prompt_id for t in found)
    ]
