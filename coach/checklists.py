"""Checklist templates and thank-you templates from `assets/`, checked when loaded.

A template is a TOML file of `[[item]]` entries (id, phase, text, an optional why, and
`essential = true` for the short list shown first) for one kind of meeting. The thank-you
templates hold a subject and a body with a few named placeholders the app fills from the
meeting. A mistake names the file and the entry.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.errors import DataFileError
from coach.tomlfiles import read_toml_file, text_value

PHASES = ("research", "prepare", "logistics", "during", "after")
KINDS = ("informational", "job")
KIND_LABELS = {"informational": "Informational interview", "job": "Job interview"}
PLACEHOLDERS = frozenset({"person", "organisation", "topics", "role", "goal"})


@dataclass(frozen=True)
class TemplateItem:
    id: str
    phase: str
    text: str
    why: str = ""
    essential: bool = False  # on the short list shown first


@dataclass(frozen=True)
class ChecklistTemplate:
    id: str
    name: str
    items: tuple[TemplateItem, ...]


@dataclass(frozen=True)
class ThankYouTemplate:
    subject: str
    body: str


def parse_checklist(data: dict[str, Any], source: str) -> ChecklistTemplate:
    header = data.get("checklist")
    if not isinstance(header, dict):
        raise DataFileError(f"{source}: needs a [checklist] table with id and name")
    entries = data.get("item")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{source}: has no [[item]] entries")
    items: list[TemplateItem] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        where = f"{source}: item {number}"
        if not isinstance(entry, dict):
            raise DataFileError(f"{where}: is not a table")
        item = TemplateItem(
            id=text_value(entry, "id", where),
            phase=text_value(entry, "phase", where),
            text=text_value(entry, "text", where),
            why=" ".join(str(entry.get("why", "")).split()),
            essential=entry.get("essential", False) is True,
        )
        if not isinstance(entry.get("essential", False), bool):
            raise DataFileError(f"{where} ({item.id}): essential must be true or false")
        if item.phase not in PHASES:
            raise DataFileError(f"{where} ({item.id}): phase must be one of {', '.join(PHASES)}")
        if item.id in seen:
            raise DataFileError(f"{where}: the id {item.id!r} is used twice")
        seen.add(item.id)
        items.append(item)
    return ChecklistTemplate(
        id=text_value(header, "id", f"{source}: [checklist]"),
        name=text_value(header, "name", f"{source}: [checklist]"),
        items=tuple(items),
    )


def load_checklists(folder: Path) -> dict[str, ChecklistTemplate]:
    """Every template in `folder`, by id; one for each kind of meeting is required."""
    templates: dict[str, ChecklistTemplate] = {}
    for path in sorted(folder.glob("*.toml")):
        template = parse_checklist(read_toml_file(path), str(path))
        templates[template.id] = template
    for kind in KINDS:
        if kind not in templates:
            raise DataFileError(f"{folder}: needs a checklist template with id {kind!r}")
    return templates


def load_thank_yous(path: Path) -> dict[str, ThankYouTemplate]:
    """The thank-you templates by meeting kind, with only the known placeholders."""
    data = read_toml_file(path)
    found: dict[str, ThankYouTemplate] = {}
    for kind in KINDS:
        section = data.get(kind)
        where = f"{path}: [{kind}]"
        if not isinstance(section, dict):
            raise DataFileError(f"{where}: is missing")
        body = section.get("body")
        if not isinstance(body, str) or not body.strip():
            raise DataFileError(f"{where}: needs a non-empty text 'body'")
        check_placeholders(body, where)
        found[kind] = ThankYouTemplate(
            subject=text_value(section, "subject", where), body=body.strip()
        )
    return found


def check_placeholders(body: str, where: str, allowed: frozenset[str] = PLACEHOLDERS) -> set[str]:
    """The placeholders `body` uses; a stray brace or an unknown name is refused."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(body) if name is not None}
    except ValueError as error:
        raise DataFileError(f"{where}: the body has a stray brace ({error})") from None
    unknown = names - allowed
    if unknown:
        listed = ", ".join("{" + p + "}" for p in sorted(allowed))
        raise DataFileError(f"{where}: unknown placeholder {{{sorted(unknown)[0]}}}; use {listed}")
    return names
