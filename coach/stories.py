"""The story bank: the user's own STAR stories, each tagged with what it shows.

Behavioural questions ("tell me about a time...") are answered best from a handful of
stories prepared in advance and bent to fit the question. A story is tagged with the
competencies it shows (leadership, conflict, failure...); a question whose tags share one
offers the story beside it while it is practised, and a story is practised against the
questions it fits (or a plain "tell me about a time" when no deck question does).

Pure: records in, records out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from coach.decks import Question
from coach.lenient import text
from coach.reflections import Answer

COMPETENCIES = (
    "leadership", "conflict", "failure", "pressure", "ambiguity", "feedback", "influence",
    "teamwork", "achievement", "initiative", "stakeholders", "growth",
)  # fmt: skip
GENERIC_TAGS = frozenset({"behavioural"})  # every behavioural question has it: no match
ASKED = {
    "leadership": "you led others through something difficult",
    "conflict": "you worked through a disagreement",
    "failure": "something you were responsible for failed",
    "pressure": "you delivered under real pressure",
    "ambiguity": "you had to act without clear direction",
    "feedback": "you were given difficult feedback",
    "influence": "you changed someone's mind without authority over them",
    "teamwork": "a team you were part of pulled something off",
    "achievement": "you achieved something you are proud of",
    "initiative": "you took the initiative",
    "stakeholders": "you handled a difficult stakeholder",
    "growth": "you learned something new quickly",
}
STORY_LIMIT = 120  # seconds: a STAR story told well takes about two minutes
PARTS = (("situation", "Situation"), ("task", "Task"), ("action", "Action"), ("result", "Result"))


@dataclass
class Story:
    id: str
    title: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Story:
        tags = record.get("tags")
        return cls(
            id=text(record.get("id")),
            title=text(record.get("title")),
            situation=text(record.get("situation")),
            task=text(record.get("task")),
            action=text(record.get("action")),
            result=text(record.get("result")),
            tags=[t for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
            created=text(record.get("created")),
            updated=text(record.get("updated")),
        )

    def told(self) -> str:
        """The story as notes to glance at: each part under its letter."""
        return "\n".join(
            f"{label}: {getattr(self, name).strip()}"
            for name, label in PARTS
            if getattr(self, name).strip()
        )

    def missing(self) -> list[str]:
        """The STAR parts not written yet (a story without a result is the usual gap)."""
        return [label for name, label in PARTS if not getattr(self, name).strip()]

    def searchable(self) -> str:
        return " ".join((self.title, " ".join(self.tags), self.told())).casefold()


def fits(story: Story, question_tags: Iterable[str]) -> bool:
    """Whether the story shows something the question asks about."""
    return bool((set(story.tags) & set(question_tags)) - GENERIC_TAGS)


def stories_for(stories: Iterable[Story], question_tags: Iterable[str]) -> list[Story]:
    wanted = tuple(question_tags)
    return [s for s in stories if fits(s, wanted)]


def as_notes(stories: Iterable[Story]) -> list[Answer]:
    """Stories in the shape the answer screen shows notes in (beside the question)."""
    return [
        Answer(f"story-{s.id}", f"Your story: {s.title or 'untitled'}", s.told()) for s in stories
    ]


def questions_for(story: Story, questions: Iterable[Question]) -> list[Question]:
    """The deck questions this story answers."""
    return [q for q in questions if fits(story, q.tags)]


def question_to_practise(story: Story, questions: Iterable[Question]) -> Question:
    """A question to tell the story against: the first deck question it fits, else a
    plain "tell me about a time" on its first competency (tagged as the story is, so the
    story shows beside it)."""
    found = questions_for(story, questions)
    if found:
        return found[0]
    tag = next((t for t in story.tags if t not in GENERIC_TAGS), "")
    asked = ASKED.get(tag, f"that shows your {tag}" if tag else "you are proud of")
    joiner = "" if tag not in ASKED else "when "
    return Question(
        id=f"story-{story.id}",
        text=f"Tell me about a time {joiner}{asked}.",
        deck="job",
        limit=STORY_LIMIT,
        tags=("behavioural", *story.tags),
    )


def by_title(stories: Iterable[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.title.casefold())


def stories_markdown(records: Iterable[Mapping[str, Any]]) -> str:
    """The story bank as a Markdown section, or an empty string when it is empty."""
    from coach.visible import one_line, quoted

    stories = by_title(Story.from_record(r) for r in records if isinstance(r, Mapping))
    if not stories:
        return ""
    lines = ["# Story bank", ""]
    for story in stories:
        lines += [f"## {one_line(story.title or 'Untitled')}", ""]
        if story.tags:
            lines += [f"Shows: {one_line(', '.join(story.tags))}", ""]
        for name, label in PARTS:
            written = getattr(story, name).strip()
            if written:
                lines += [f"**{label}**", *quoted(written), ""]
    return "\n".join(lines).rstrip() + "\n"
