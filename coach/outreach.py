"""Messages to ask for an informational interview and to keep in touch after one.

A request that works says why the user is writing (their goal), that it is not a job
request, and how long they are asking for: the templates in `assets/outreach.toml` are
checked for the first and last of these on load (a request without `{goal}` or `{minutes}`
is refused, naming the file and template), and the wording about a job is theirs to keep.
Filling a template reads the person, their introducer, the user's goal and the meeting
the person last gave them (for "I followed your advice on ...").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from coach.checklists import check_placeholders
from coach.errors import DataFileError
from coach.meetings import Meeting
from coach.people import Person
from coach.roles import as_in_sentence, role_phrase
from coach.thankyou import topics
from coach.tomlfiles import read_toml_file, text_value

DEFAULT_MINUTES = 20  # what a first request asks for: short enough to say yes to
KINDS = ("request", "follow-up", "introducer", "keep-in-touch")
PLACEHOLDERS = frozenset(
    {"person", "organisation", "role", "goal", "minutes", "introducer", "found_at", "topics",
     "sender"}
)  # fmt: skip
REQUEST_NEEDS = ("goal", "minutes")  # a request says what it is for and how long it takes
KEEP_IN_TOUCH = "keep-in-touch"
NO_GOAL = "[say what you want to learn]"  # no goal typed yet: left for the user to see
ADVICE = "[what they advised]"  # no notes from a meeting with them: the user says what


@dataclass(frozen=True)
class OutreachTemplate:
    id: str
    name: str
    use: str  # when to use it, shown beside its name
    kind: str
    subject: str
    body: str
    next_touch_days: int
    needs_introducer: bool = False  # it names who introduced them, so only fits then


def load_outreach(path: Path) -> list[OutreachTemplate]:
    """The templates, checked: known kinds and placeholders, unique ids, requests that
    state their purpose and the time they ask for, and one keep-in-touch message."""
    entries = read_toml_file(path).get("template")
    if not isinstance(entries, list) or not entries:
        raise DataFileError(f"{path}: has no [[template]] entries")
    found: list[OutreachTemplate] = []
    for number, entry in enumerate(entries, start=1):
        where = f"{path}: template {number}"
        if not isinstance(entry, dict):
            raise DataFileError(f"{where}: is not a table")
        template_id = text_value(entry, "id", where)
        where = f"{path}: template {template_id!r}"
        kind = text_value(entry, "kind", where)
        if kind not in KINDS:
            raise DataFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        days = entry.get("next_touch_days", 0)
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
            raise DataFileError(f"{where}: next_touch_days must be a whole number from 0 to 365")
        template = OutreachTemplate(
            id=template_id,
            name=text_value(entry, "name", where),
            use=text_value(entry, "use", where),
            kind=kind,
            subject=text_value(entry, "subject", where),
            body=body_text(entry, where),
            next_touch_days=days,
        )
        used = placeholders(template.subject, where) | placeholders(template.body, where)
        template = replace(template, needs_introducer="introducer" in used)
        missing = [name for name in REQUEST_NEEDS if name not in used]
        if kind == "request" and missing:
            raise DataFileError(
                f"{where}: a request must say {{{missing[0]}}} (what it is for and how long)"
            )
        if any(t.id == template.id for t in found):
            raise DataFileError(f"{where}: the id is used twice")
        found.append(template)
    if not any(t.kind == KEEP_IN_TOUCH for t in found):
        raise DataFileError(f"{path}: needs a template of kind {KEEP_IN_TOUCH!r}")
    return found


def body_text(entry: dict[str, object], where: str) -> str:
    """The body as written, its lines kept (a message's paragraphs matter)."""
    body = entry.get("body")
    if not isinstance(body, str) or not body.strip():
        raise DataFileError(f"{where}: needs a non-empty text 'body'")
    return body.strip()


def placeholders(body: str, where: str) -> set[str]:
    return check_placeholders(body, where, PLACEHOLDERS)


def first_name(name: str, default: str) -> str:
    return name.split()[0] if name.split() else default


def fill(
    template: OutreachTemplate,
    person: Person,
    *,
    goal: str,
    minutes: int = DEFAULT_MINUTES,
    introducer: Person | None = None,
    meetings: Iterable[Meeting] = (),
    sender: str = "",
) -> str:
    """The message, ready to edit: subject line, then the body."""
    met = [m for m in meetings if m.person_id == person.id and m.notes.strip()]
    latest = max(met, key=lambda m: m.when, default=None)
    goal_words = " ".join(goal.split()).rstrip(".")
    values = {
        "person": first_name(person.name, "there"),
        "organisation": person.organisation or "your organisation",
        "role": role_phrase(person.role),
        "goal": as_in_sentence(goal_words) or NO_GOAL,
        "minutes": str(minutes),
        "introducer": first_name(introducer.name if introducer else "", "[their name]"),
        "found_at": person.found_at or "a search of people in your field",
        "topics": topics(latest.notes) if latest else ADVICE,
        "sender": " ".join(sender.split()),
    }
    subject = template.subject.format(**values)
    subject = subject[:1].upper() + subject[1:]
    body = template.body.format(**values).rstrip()
    return f"Subject: {subject}\n\n{body}\n"


def available(templates: list[OutreachTemplate], person: Person) -> list[OutreachTemplate]:
    """The templates that fit this person: those naming an introducer only when someone
    introduced them."""
    return [t for t in templates if person.introduced_by or not t.needs_introducer]


def suggested(templates: list[OutreachTemplate], person: Person, thanked: bool) -> OutreachTemplate:
    """The template to open on: keep in touch after a thank-you, a follow-up after a
    request, a warm introduction through someone, else a cold message."""
    kinds = {t.id: t.kind for t in templates}
    sent_kinds = [kinds.get(s.template, "") for s in person.sent]
    if thanked:
        wanted = KEEP_IN_TOUCH
    elif "request" in sent_kinds:
        wanted = "follow-up"
    else:
        wanted = "request"
    fitting = available(templates, person)
    choices = [t for t in fitting if t.kind == wanted]
    if wanted == "request" and person.introduced_by:  # an introduction beats a cold message
        choices = [t for t in choices if t.needs_introducer] or choices
    return (choices or fitting or templates)[0]
