"""New or edited meeting: who, when, how long, what for, and notes.

A date that cannot be read gets a message under the field and nothing typed is lost;
an empty person or organisation is allowed but flagged.
"""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Select, TextArea

from coach.checklists import KIND_LABELS, KINDS
from coach.clock import to_iso
from coach.meetings import (
    Meeting,
    checklist_after_edit,
    flag,
    parse_when,
    read_length,
    when_label,
)
from coach.people import Person, by_name
from coach.services import Services
from screens.saving import write
from screens.widgets.confirm import leave_asking, typed_values
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static

UNLINKED, NEW_PERSON = "-", "+"  # the "In People" choices that are not a person


class MeetingForm(Screen[Meeting | None]):
    """Dismisses with the meeting to save, or None when cancelled."""

    SUB_TITLE = "Meeting"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self, services: Services, meeting: Meeting | None = None, *, person: Person | None = None
    ) -> None:
        super().__init__()
        self.services = services
        if meeting is None and person is not None:  # a new meeting with someone in People
            meeting = Meeting(
                id=services.new_id(),
                person=person.name,
                person_id=person.id,
                role=person.role,
                organisation=person.organisation,
                # asked for it with a goal: the meeting is for the same thing
                goal=services.data.settings.outreach_goal() if person.sent else "",
            )
            self.is_new = True
        else:
            self.is_new = meeting is None
        self.meeting = meeting
        self.people = by_name(services.data.people.all())
        self.opened_with: tuple[str, ...] | None = None  # the form as it opened

    def compose(self) -> ComposeResult:
        m = self.meeting
        zone = self.services.local_tz()
        start = m.starts() if m else None
        when_text = f"{start.astimezone(zone):%Y-%m-%d %H:%M}" if start else ""
        yield Header(icon="")
        with VerticalScroll(id="meeting-form", can_focus=False):  # its fields scroll into view
            with Horizontal(classes="field"):
                yield Label("Kind", classes="field-label")
                yield Select(
                    [(KIND_LABELS[k], k) for k in KINDS],
                    value=m.kind if m else "informational",
                    allow_blank=False,
                    compact=True,
                    id="m-kind",
                )
            for key, label, value, hint in (
                ("person", "Person", m.person if m else "", "who you are meeting"),
                ("role", "Their role", m.role if m else "", "optional"),
                ("organisation", "Organisation", m.organisation if m else "", "where they work"),
                ("when", "When", when_text, "e.g. 2026-12-03 14:30, tomorrow 9am, friday 10:30"),
                ("length", "Minutes", str(m.length_min if m else 30), "agreed length"),
                ("goal", "Goal", m.goal if m else "", "what you want to come away with"),
            ):
                with Horizontal(classes="field"):
                    yield Label(label, classes="field-label")
                    yield Input(value, placeholder=hint, compact=True, id=f"m-{key}")
                if key == "when":
                    yield Static("", id="m-when-preview", classes="muted")
            with Horizontal(classes="field"):
                yield Label("In People", classes="field-label")
                yield Select(
                    [
                        ("not linked", UNLINKED),
                        ("add them as a new person", NEW_PERSON),
                        *((p.title(), p.id) for p in self.people),
                    ],
                    value=self.linked_to(),
                    allow_blank=False,
                    compact=True,
                    id="m-link",
                )
            yield Static("", id="m-error", classes="form-error")
            yield Static("", id="m-flag", classes="muted")
            yield Label("Notes", classes="field-label")
            yield TextArea(m.notes if m else "", id="m-notes")
        yield Footer()

    def linked_to(self) -> str:
        m = self.meeting
        if m and any(p.id == m.person_id for p in self.people):
            return m.person_id
        return UNLINKED

    @on(Select.Changed, "#m-link")
    def link_chosen(self, event: Select.Changed) -> None:
        """Linking someone from People fills in who they are, where that is still blank."""
        person = next((p for p in self.people if p.id == event.value), None)
        if person is None:
            return
        for key, value in (
            ("person", person.name),
            ("role", person.role),
            ("organisation", person.organisation),
        ):
            field = self.query_one(f"#m-{key}", Input)
            if not field.value.strip():
                field.value = value

    def on_mount(self) -> None:
        # made from someone in People: who is filled in, when is what to type first
        first = "#m-when" if self.is_new and self.meeting is not None else "#m-person"
        self.query_one(first, Input).focus()
        self.preview()
        self.opened_with = typed_values(self)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in ("m-when", "m-person", "m-organisation"):
            self.preview()

    def preview(self) -> None:
        """Say how the typed date was read, and flag a missing person or organisation."""
        typed = self.query_one("#m-when", Input).value
        label = self.query_one("#m-when-preview", Static)
        if typed.strip():
            try:
                moment = parse_when(typed, self.services.clock(), self.services.local_tz())
                probe = Meeting(id="", when=to_iso(moment))
                label.update(f"→ {when_label(probe, self.services.local_tz())}")
            except ValueError as error:
                label.update(f"→ {error}")
        else:
            label.update("")
        probe = Meeting(
            id="",
            person=self.query_one("#m-person", Input).value.strip(),
            organisation=self.query_one("#m-organisation", Input).value.strip(),
        )
        self.query_one("#m-flag", Static).update(flag(probe))

    def unsaved_text(self) -> bool:
        """Anything changed in the form since it opened (what esc and ctrl+q ask about)."""
        return self.opened_with is not None and typed_values(self) != self.opened_with

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Save once keys typed just before ctrl+s have reached their fields."""
        self.call_after_refresh(self.save)

    def save(self) -> None:
        error = self.query_one("#m-error", Static)
        typed = self.query_one("#m-when", Input).value
        when = ""
        if typed.strip():
            try:
                moment = parse_when(typed, self.services.clock(), self.services.local_tz())
            except ValueError as problem:
                error.update(f"When: {problem}.")
                return
            when = to_iso(moment)
        try:
            length = read_length(self.query_one("#m-length", Input).value)
        except ValueError as problem:
            error.update(f"Minutes: {problem}.")
            return
        kind = str(self.query_one("#m-kind", Select).value)
        template = self.services.content.checklists[kind]
        base = self.meeting or Meeting(id=self.services.new_id(), kind=kind)
        link = str(self.query_one("#m-link", Select).value)
        if link == NEW_PERSON:
            if not self.value("person"):
                error.update("In People: type the person's name first.")
                return
            link = self.add_person()
        self.dismiss(
            replace(
                base,
                person_id="" if link == UNLINKED else link,
                checklist=checklist_after_edit(
                    None if self.is_new else self.meeting, kind, template
                ),
                kind=kind,
                person=self.value("person"),
                role=self.value("role"),
                organisation=self.value("organisation"),
                when=when,
                length_min=length,
                goal=self.value("goal"),
                notes=self.query_one("#m-notes", TextArea).text.strip(),
            )
        )

    def add_person(self) -> str:
        """Save who the meeting is with as a new person (before the meeting is saved: the
        writer keeps the order), and link to them."""
        person = Person(
            id=self.services.new_id(),
            name=self.value("person"),
            role=self.value("role"),
            organisation=self.value("organisation"),
            updated=self.services.now_iso(),
        )
        write(self.app, self.services, lambda data: data.people.save(person))
        return person.id

    def value(self, key: str) -> str:
        return " ".join(self.query_one(f"#m-{key}", Input).value.split())

    def action_cancel(self) -> None:
        leave_asking(
            self,
            self.unsaved_text(),
            "Close this form without saving? What you typed here will be lost.",
        )
