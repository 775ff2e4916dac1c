"""Reflection: guided prompt sets from `assets/prompts/`, and the entries written with them.

An entry keeps, for each prompt of its set, the prompt's text as it was and the answer;
it may be linked to a meeting or a practice session and carry tags. What was written
about one's interests can be shown again beside a practice answer on the same theme.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from coach.clock import Zone, date_words, parse_iso
from coach.errors import DataFileError
from coach.lenient import text
from coach.tomlfiles import read_toml_file, text_value
from coach.visible import one_line, quoted

SET_ORDER = ("interests", "after-meeting", "across-meetings", "after-practice")


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    hint: str = ""


@dataclass(frozen=True)
class PromptSet:
    id: str
    name: str
    description: str
    tags: tuple[str, ...]
    prompts: tuple[Prompt, ...]


def parse_prompt_set(data: dict[str, Any], source: str) -> PromptSet:
    header = data.get("set")
    if not isinstance(header, dict):
        raise DataFileError(f"{source}: needs a [set] table with id, name and description")
    entries = data.get("prompt")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{source}: has no [[prompt]] entries")
    prompts: list[Prompt] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: prompt {number}"
        if not isinstance(entry, dict):
            raise DataFileError(f"{where}: is not a table")
        prompt = Prompt(text_value(entry, "id", where), text_value(entry, "text", where))
        hint = entry.get("hint", "")
        prompts.append(Prompt(prompt.id, prompt.text, " ".join(str(hint).split())))
    if len({p.id for p in prompts}) != len(prompts):
        raise DataFileError(f"{source}: two prompts share an id")
    tags = header.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise DataFileError(f"{source}: [set] tags must be a list of texts")
    return PromptSet(
        id=text_value(header, "id", f"{source}: [set]"),
        name=text_value(header, "name", f"{source}: [set]"),
        description=text_value(header, "description", f"{source}: [set]"),
        tags=tuple(t.lower() for t in tags),
        prompts=tuple(prompts),
    )


def load_prompt_sets(folder: Path) -> list[PromptSet]:
    sets = [parse_prompt_set(read_toml_file(p), str(p)) for p in sorted(folder.glob("*.toml"))]
    if not sets:
        raise DataFileError(f"{folder}: holds no prompt sets (*.toml)")
    rank = {set_id: n for n, set_id in enumerate(SET_ORDER)}
    return sorted(sets, key=lambda s: (rank.get(s.id, len(rank)), s.name))


@dataclass
class Answer:
    prompt_id: str
    prompt: str
    text: str = ""


@dataclass
class Reflection:
    id: str
    set_id: str
    set_name: str
    answers: list[Answer] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    meeting_id: str = ""
    session_id: str = ""
    link_label: str = ""
    created: str = ""

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Reflection:
        answers = record.get("answers")
        tags = record.get("tags")
        return cls(
            id=text(record.get("id")),
            set_id=text(record.get("set_id")),
            set_name=text(record.get("set_name")) or "Reflection",
            answers=[
                Answer(text(a.get("prompt_id")), text(a.get("prompt")), text(a.get("text")))
                for a in answers
                if isinstance(a, Mapping)
            ]
            if isinstance(answers, list)
            else [],
            tags=[t for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
            meeting_id=text(record.get("meeting_id")),
            session_id=text(record.get("session_id")),
            link_label=text(record.get("link_label")),
            created=text(record.get("created")),
        )

    def written(self) -> int:
        return sum(1 for a in self.answers if a.text.strip())

    def summary(self) -> str:
        """The first thing written, for a list."""
        first = next((a.text.strip() for a in self.answers if a.text.strip()), "")
        return " ".join(first.split())[:120] or "(nothing written yet)"

    def searchable(self) -> str:
        """What a search looks in: what the user wrote, tagged and linked it to, and the
        set's name; never the prompts' own wording (every entry of a set shares it)."""
        parts = [self.set_name, self.link_label, " ".join(self.tags)]
        parts += [a.text for a in self.answers]
        return " ".join(parts).casefold()

    def has_writing(self) -> bool:
        """Whether anything was written or tagged: an empty entry is not kept."""
        return bool(self.written() or self.tags)

    def first_unwritten(self) -> int:
        """Where to carry on: the first prompt with nothing written (else the last)."""
        blank = [i for i, a in enumerate(self.answers) if not a.text.strip()]
        return blank[0] if blank else max(0, len(self.answers) - 1)


def about_meeting(entries: Iterable[Reflection], meeting_id: str) -> list[Reflection]:
    """The entries written about a meeting, newest first."""
    return newest_first(e for e in entries if e.meeting_id == meeting_id)


def linked_entry(
    entries: Iterable[Reflection], set_id: str, *, meeting_id: str = "", session_id: str = ""
) -> Reflection | None:
    """The newest entry of `set_id` already written about this meeting or session."""
    linked = [
        e
        for e in entries
        if e.set_id == set_id
        and (
            (meeting_id and e.meeting_id == meeting_id)
            or (session_id and e.session_id == session_id)
        )
    ]
    return max(linked, key=lambda e: e.created, default=None)


def start(
    entry_id: str,
    prompt_set: PromptSet,
    created: str,
    *,
    meeting_id: str = "",
    session_id: str = "",
    link_label: str = "",
) -> Reflection:
    """A new entry with an empty answer for each prompt of the set."""
    return Reflection(
        entry_id,
        prompt_set.id,
        prompt_set.name,
        [Answer(p.id, p.text) for p in prompt_set.prompts],
        meeting_id=meeting_id,
        session_id=session_id,
        link_label=link_label,
        created=created,
    )


def search(entries: Iterable[Reflection], typed: str) -> list[Reflection]:
    words = typed.casefold().split()
    return [e for e in entries if all(w in e.searchable() for w in words)]


def newest_first(entries: Iterable[Reflection]) -> list[Reflection]:
    return sorted(entries, key=lambda e: e.created, reverse=True)


def notes_for(
    entries: Iterable[Reflection], sets: Iterable[PromptSet], tags: Iterable[str]
) -> list[Answer]:
    """What the user wrote in sets that share a tag with the question being practised."""
    wanted = set(tags)
    matching = {s.id for s in sets if wanted & set(s.tags)}
    found = []
    for entry in newest_first(entries):
        if entry.set_id in matching or wanted & set(entry.tags):
            found += [a for a in entry.answers if a.text.strip()]
    return found


def reflections_markdown(records: Iterable[Mapping[str, Any]], tz: Zone) -> str:
    """A readable journal, newest first; empty when nothing was written."""
    entries = newest_first(Reflection.from_record(r) for r in records if isinstance(r, Mapping))
    entries = [e for e in entries if e.written()]
    if not entries:
        return ""
    lines = ["# Reflections", ""]
    for entry in entries:
        moment = parse_iso(entry.created)
        when = date_words(moment.astimezone(tz), weekday="long") if moment else "undated"
        lines += [f"## {when}: {entry.set_name}", ""]
        if entry.link_label:
            lines += [f"About: {one_line(entry.link_label)}", ""]
        for answer in entry.answers:
            if answer.text.strip():
                lines += [f"**{one_line(answer.prompt)}**", ""]
                lines += quoted(answer.text)
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"
