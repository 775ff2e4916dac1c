"""Question decks: the bundled TOML files and the user's own questions.

A deck file has a `[deck]` table (id, name, description, role) and `[[question]]`
entries (id, text, tags, a suggested limit in seconds, one to three tips). Every entry is
checked on load, and a mistake names the file and the entry. The user's own questions
live in the database and form one more deck, "My questions"; they can also be read from
a plain text file (one question a line) or from TOML in the deck format.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from coach.errors import DataFileError
from coach.lenient import text
from coach.relevance import is_behavioural
from coach.tomlfiles import read_toml_file, read_toml_text, text_value

DECK_ORDER = ("job", "informational", "ask")
MY_DECK = "mine"
ROLES = ("answer", "ask")
MIN_LIMIT, MAX_LIMIT = 10, 1800
DEFAULT_LIMIT = 90
LIMIT_CHOICES = (30, 60, 90, 120, 180)
MAX_QUESTION_CHARS = 500


@dataclass(frozen=True)
class Question:
    """One question to practise, with its suggested time and a few tips."""

    id: str
    text: str
    deck: str
    limit: int = DEFAULT_LIMIT
    tags: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    custom: bool = False

    @property
    def behavioural(self) -> bool:
        """Questions about a past situation, where STAR structure is worth checking.

        Tagged so in a deck, or worded so ("Tell me about a time..."): a question the user
        writes or imports gets the STAR check without knowing about tags.
        """
        return "behavioural" in self.tags or is_behavioural(self.text)


@dataclass(frozen=True)
class Deck:
    """A named set of questions."""

    id: str
    name: str
    description: str
    role: str = "answer"
    questions: tuple[Question, ...] = field(default=())

    def find(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


def text_list(
    entry: Mapping[str, Any], key: str, where: str, low: int, high: int
) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: {key!r} must be a list of texts")
    if not low <= len(value) <= high:
        raise DataFileError(f"{where}: needs {low} to {high} {key}, not {len(value)}")
    return tuple(" ".join(v.split()) for v in value)


def limit_value(entry: Mapping[str, Any], where: str, default: int | None = None) -> int:
    value = entry.get("limit", default)
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_LIMIT <= value <= MAX_LIMIT:
        raise DataFileError(
            f"{where}: 'limit' must be whole seconds from {MIN_LIMIT} to {MAX_LIMIT}, not {value!r}"
        )
    return value


def parse_question(entry: Any, deck: str, where: str, *, custom: bool = False) -> Question:
    """One `[[question]]` entry, checked."""
    if not isinstance(entry, dict):
        raise DataFileError(f"{where}: is not a table")
    text = text_value(entry, "text", where)
    if len(text) > MAX_QUESTION_CHARS:
        raise DataFileError(f"{where}: the question is over {MAX_QUESTION_CHARS} characters")
    return Question(
        id=text_value(entry, "id", where),
        text=text,
        deck=deck,
        limit=limit_value(entry, where, DEFAULT_LIMIT if custom else None),
        tags=tuple(t.lower() for t in text_list(entry, "tags", where, 0 if custom else 1, 8)),
        tips=text_list(entry, "tips", where, 0 if custom else 1, 3),
        custom=custom,
    )


def parse_deck(raw: str, source: str) -> Deck:
    """A whole deck file, checked entry by entry."""
    return deck_from(read_toml_text(raw, source), source)


def deck_from(data: dict[str, Any], source: str) -> Deck:
    """A parsed deck file, checked entry by entry."""
    header = data.get("deck")
    if not isinstance(header, dict):
        raise DataFileError(f"{source}: needs a [deck] table with id, name and description")
    deck_id = text_value(header, "id", f"{source}: [deck]")
    role = header.get("role", "answer")
    if role not in ROLES:
        raise DataFileError(f"{source}: [deck] role must be one of {', '.join(ROLES)}")
    entries = data.get("question")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{source}: has no [[question]] entries")
    questions: list[Question] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        name = entry.get("id") if isinstance(entry, dict) else None
        where = f"{source}: question {number}" + (f" ({name})" if isinstance(name, str) else "")
        question = parse_question(entry, deck_id, where)
        if question.id in seen:
            raise DataFileError(f"{where}: the id {question.id!r} is used twice")
        seen.add(question.id)
        questions.append(question)
    return Deck(
        id=deck_id,
        name=text_value(header, "name", f"{source}: [deck]"),
        description=text_value(header, "description", f"{source}: [deck]"),
        role=role,
        questions=tuple(questions),
    )


def load_decks(folder: Path) -> list[Deck]:
    """Every `*.toml` deck in `folder`, bundled order first; ids unique across decks."""
    decks: list[Deck] = []
    owners: dict[str, Path] = {}
    for path in sorted(folder.glob("*.toml")):
        deck = deck_from(read_toml_file(path), str(path))
        for question in deck.questions:
            if question.id in owners:
                raise DataFileError(
                    f"{path}: question id {question.id!r} is also used in {owners[question.id]}"
                )
            owners[question.id] = path
        decks.append(deck)
    if not decks:
        raise DataFileError(f"{folder}: holds no question decks (*.toml)")
    rank = {deck_id: number for number, deck_id in enumerate(DECK_ORDER)}
    return sorted(decks, key=lambda d: (rank.get(d.id, len(rank)), d.name))


# -- the user's own questions ----------------------------------------------------------


MY_DECK_NAME = "My questions"


# Deck ids (a meeting's kind is one too) as a narrow column shows them.
SHORT_NAMES = {
    "job": "Job",
    "informational": "Info",
    "ask": "Ask",
    "pitch": "Pitch",
    MY_DECK: "Mine",
}


def short_name(deck_id: str) -> str:
    return SHORT_NAMES.get(deck_id, deck_id[:5])


def questions_to_ask(kind: str) -> str:
    """The deck of questions to ask in a meeting of `kind` ("job" or "informational")."""
    return "ask" if kind == "job" else "informational"


def deck_names(decks: Iterable[Deck]) -> dict[str, str]:
    """Deck id to the name people read ("job" is "Job interview"), the user's deck too."""
    names = {deck.id: deck.name for deck in decks}
    names.setdefault(MY_DECK, MY_DECK_NAME)
    return names


def my_deck(records: Iterable[Mapping[str, Any]]) -> Deck:
    """The user's questions (from the database's `questions` table) as a deck."""
    questions = tuple(question_from_record(r) for r in records)
    return Deck(
        id=MY_DECK,
        name=MY_DECK_NAME,
        description="Questions you added yourself.",
        role="answer",
        questions=questions,
    )


def question_from_record(record: Mapping[str, Any]) -> Question:
    """A stored custom question; lenient, so a hand-edited record never stops the app."""
    limit = record.get("limit")
    if isinstance(limit, bool) or not isinstance(limit, int):
        limit = DEFAULT_LIMIT
    tags = record.get("tags")
    tips = record.get("tips")
    return Question(
        id=text(record.get("id")),
        text=text(record.get("text")).strip() or "(empty question)",
        deck=MY_DECK,
        limit=min(MAX_LIMIT, max(MIN_LIMIT, limit)),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
        tips=tuple(str(t) for t in tips) if isinstance(tips, list) else (),
        custom=True,
    )


def question_record(question: Question) -> dict[str, Any]:
    """What the store keeps for a custom question."""
    return {
        "id": question.id,
        "text": question.text,
        "limit": question.limit,
        "tags": list(question.tags),
        "tips": list(question.tips),
    }


def check_custom_text(text: str) -> str:
    """A question typed by the user: one line, not empty, not too long."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise DataFileError("the question is empty; type the question you want to practise")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise DataFileError(f"the question is over {MAX_QUESTION_CHARS} characters; shorten it")
    return cleaned


def parse_question_file(raw: bytes, source: str) -> list[Question]:
    """Questions from a `.toml` file (deck format, [deck] optional) or plain text.

    Plain text: one question a line; blank lines and lines starting with # are skipped.
    The returned questions have empty ids: the caller gives them fresh ones.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataFileError(f"{source}: is not UTF-8 text") from None
    if source.lower().endswith(".toml"):
        data = read_toml_text(text, source)
        entries = data.get("question")
        if not isinstance(entries, list) or not entries:
            raise DataFileError(f"{source}: has no [[question]] entries")
        found = []
        for number, entry in enumerate(entries, start=1):
            if isinstance(entry, dict):
                entry = {**entry, "id": "new"}  # imported questions get fresh ids
            found.append(
                parse_question(entry, MY_DECK, f"{source}: question {number}", custom=True)
            )
        return [replace(q, id="") for q in found]
    questions = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            cleaned = check_custom_text(line)
        except DataFileError as error:
            raise DataFileError(f"{source}: line {number}: {error}") from None
        questions.append(Question(id="", text=cleaned, deck=MY_DECK, custom=True))
    if not questions:
        raise DataFileError(f"{source}: holds no questions (one question a line)")
    return questions


def new_questions(candidates: Iterable[Question], existing: Iterable[Question]) -> list[Question]:
    """Candidates whose text is not already among the user's questions (case-insensitive)."""
    seen = {q.text.casefold() for q in existing}
    fresh = []
    for question in candidates:
        key = question.text.casefold()
        if key not in seen:
            seen.add(key)
            fresh.append(question)
    return fresh
