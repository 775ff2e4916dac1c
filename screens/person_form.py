"""New or edited person: who they are, how the user knows them, and when to get back in
touch. A next-touch date that cannot be read gets a message and nothing typed is lost."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Select, TextArea

from coach.clock import date_words
from coach.people import Person, by_name, parse_touch
from coach.services import Services
from screens.widgets.confirm import leave_asking, typed_values
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static

NOBODY = "-"  # the introducer choice for "nobody introduced them"


class PersonForm(Screen[Person | None]):
    """Dismisses with the person to save, or None when cancelled."""

    SUB_TITLE = "Person"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, services: Services, person: Person | None = None) -> None:
        super().__init__()
        self.services = services
        self.person = person
        self.opened_with: tuple[str, ...] | None = None

    def compose(self) -> ComposeResult:
        p = self.person
        others = [o for o in by_name(self.services.data.people.all()) if not p or o.id != p.id]
        yield Header(icon="")
        with VerticalScroll(id="person-form", can_focus=False):
            for key, label, value, hint in (
                ("name", "Name", p.name if p else "", "who they are"),
                ("role", "Their role", p.role if p else "", "optional"),
                ("organisation", "Organisation", p.organisation if p else "", "where they work"),
                ("how_known", "How you know", p.how_known if p else "", "e.g. my old manager"),
                ("found_at", "Found via", p.found_at if p else "", "e.g. the alumni list"),
                ("next_touch", "Next touch", p.next_touch if p else "", "e.g. friday, in 2 weeks"),
            ):
                with Horizontal(classes="field"):
                    yield Label(label, classes="field-label")
                    yield Input(value, placeholder=hint, compact=True, id=f"p-{key}")
                if key == "next_touch":
                    yield Static("", id="p-touch-preview", classes="muted")
            with Horizontal(classes="field"):
                yield Label("Introduced by", classes="field-label")
                yield Select(
                    [("nobody", NOBODY), *((o.title(), o.id) for o in others)],
                    value=p.introduced_by
                    if p and any(o.id == p.introduced_by for o in others)
                    else NOBODY,
                    allow_blank=False,
                    compact=True,
                    id="p-introduced-by",
                )
            yield Static("", id="p-error", classes="form-error")
            yield Label("Notes", classes="field-label")
            yield TextArea(p.notes if p else "", id="p-notes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#p-name", Input).focus()
        self.preview()
        self.opened_with = typed_values(self)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "p-next_touch":
            self.preview()

    def preview(self) -> None:
        """Say how the typed next touch was read."""
        typed = self.query_one("#p-next_touch", Input).value
        label = self.query_one("#p-touch-preview", Static)
        if not typed.strip():
            label.update("")
            return
        try:
            day = parse_touch(typed, self.services.clock(), self.services.local_tz())
            label.update(f"→ {date_words(day, weekday='long')}")
        except ValueError as error:
            label.update(f"→ {error}")

    def unsaved_text(self) -> bool:
        return self.opened_with is not None and typed_values(self) != self.opened_with

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        self.call_after_refresh(self.save)

    def save(self) -> None:
        error = self.query_one("#p-error", Static)
        name = self.value("name")
        if not name:
            error.update("Name: type who they are (a first name is enough).")
            return
        typed = self.query_one("#p-next_touch", Input).value
        touch = ""
        if typed.strip():
            try:
                day = parse_touch(typed, self.services.clock(), self.services.local_tz())
            except ValueError as problem:
                error.update(f"Next touch: {problem}.")
                return
            touch = day.isoformat()
        introducer = str(self.query_one("#p-introduced-by", Select).value)
        base = self.person or Person(id=self.services.new_id())
        self.dismiss(
            replace(
                base,
                name=name,
                role=self.value("role"),
                organisation=self.value("organisation"),
                how_known=self.value("how_known"),
                found_at=self.value("found_at"),
                next_touch=touch,
                introduced_by="" if introducer == NOBODY else introducer,
                notes=self.query_one("#p-notes", TextArea).text.strip(),
                updated=self.services.now_iso(),
            )
        )

    def value(self, key: str) -> str:
        return " ".join(self.query_one(f"#p-{key}", Input).value.split())

    def action_cancel(self) -> None:
        leave_asking(
            self,
            self.unsaved_text(),
            "Close this form without saving? What you typed here will be lost.",
        )
