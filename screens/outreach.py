"""Write to a person: a request for an informational interview, a follow-up, a note to
whoever introduced them, or a keep-in-touch message, drafted from a template, the person
and the user's goal. Copy it or save it to a file, send it from your own mail, then mark
it sent: that logs it on the person and sets when to get back in touch."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Select, TextArea

from coach.clock import date_words
from coach.data import Data
from coach.outreach import DEFAULT_MINUTES, OutreachTemplate, available, fill, suggested
from coach.people import Person, Sent, introducer, last_thanked, mark_sent
from coach.services import Services
from screens.saving import write
from screens.sending import copy_text, file_name, save_text_to_file
from screens.widgets.confirm import leave_asking, send_asking
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static

SHORTEST_ASK, LONGEST_ASK = 5, 120  # minutes a request may ask for


class OutreachScreen(Screen[None]):
    SUB_TITLE = "Write to them"
    BINDINGS = [
        Binding("f2", "redraft", "Redraft"),
        Binding("f3", "copy", "Copy"),
        Binding("f4", "to_file", "To file"),
        Binding("f5", "mark_sent", "Mark sent"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services, person: Person) -> None:
        super().__init__()
        self.services = services
        self.person = person
        meetings = services.data.meetings.listed()
        self.meetings = meetings
        self.templates = available(services.content.outreach, person)
        thanked = last_thanked(person, meetings)
        sent = person.last_sent()
        self.first = suggested(
            services.content.outreach, person, thanked is not None and (not sent or sent < thanked)
        )
        self.generated = ""  # the draft as coach wrote it (not an edit to keep)
        self.drafted_from = self.first  # the template the text on screen came from

    def compose(self) -> ComposeResult:
        settings = self.services.data.settings
        yield Header(icon="")
        with VerticalScroll(id="outreach", can_focus=False):
            yield Static(f"To {self.person.title()}", id="outreach-to", classes="muted")
            with Horizontal(classes="field"):
                yield Label("Message", classes="field-label")
                yield Select(
                    [(t.name, t.id) for t in self.templates],
                    value=self.first.id,
                    allow_blank=False,
                    compact=True,
                    id="o-template",
                )
            with Horizontal(classes="field", id="o-goal-row"):
                yield Label("Your goal", classes="field-label")
                yield Input(
                    settings.outreach_goal(),
                    placeholder="what you are exploring, e.g. learn how people move into UX",
                    compact=True,
                    id="o-goal",
                )
            with Horizontal(classes="field", id="o-minutes-row"):
                yield Label("Minutes", classes="field-label")
                yield Input(  # digits only: a goal typed one field too far is refused
                    str(DEFAULT_MINUTES), type="integer", max_length=3, compact=True, id="o-minutes"
                )
            yield Static("", id="o-note", classes="muted")
            yield TextArea("", id="o-message")
            with Horizontal(id="outreach-buttons"):
                yield Button("Copy (f3)", id="o-copy", compact=True)
                yield Button("Save to file (f4)", id="o-to-file", compact=True)
                yield Button("Mark sent (f5)", id="o-sent", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.redraft()
        asks_goal = self.says("goal") and not self.goal()
        self.query_one("#o-goal" if asks_goal else "#o-message").focus()

    # -- the draft -----------------------------------------------------------------------

    def template(self) -> OutreachTemplate:
        chosen = str(self.query_one("#o-template", Select).value)
        return next((t for t in self.templates if t.id == chosen), self.first)

    def goal(self) -> str:
        return " ".join(self.query_one("#o-goal", Input).value.split())

    def minutes(self) -> int:
        typed = self.query_one("#o-minutes", Input).value.strip()
        if typed.isdigit() and SHORTEST_ASK <= int(typed) <= LONGEST_ASK:
            return int(typed)
        return DEFAULT_MINUTES

    def message(self) -> str:
        return self.query_one("#o-message", TextArea).text

    def edited(self) -> bool:
        return bool(self.message().strip()) and self.message() != self.generated

    def redraft(self) -> None:
        people = self.services.data.people.all()
        self.generated = fill(
            self.template(),
            self.person,
            goal=self.goal(),
            minutes=self.minutes(),
            introducer=introducer(self.person, people),
            meetings=self.meetings,
            sender=self.services.data.settings.sender(),
        )
        self.drafted_from = self.template()
        self.query_one("#o-message", TextArea).text = self.generated
        self.query_one("#o-note", Static).update(self.note())
        # the goal and the time asked for only matter where the message says them
        self.query_one("#o-goal-row").display = self.says("goal")
        self.query_one("#o-minutes-row").display = self.says("minutes")

    def says(self, placeholder: str) -> bool:
        """Whether the chosen template fills in `placeholder` (goal, minutes)."""
        template = self.template()
        return f"{{{placeholder}}}" in template.subject + template.body

    def note(self) -> str:
        template = self.template()
        days = template.next_touch_days
        typed = self.query_one("#o-minutes", Input).value.strip()
        said = f"For {template.use}. "
        if typed and (not typed.isdigit() or self.minutes() != int(typed)):
            said = f"Minutes: {SHORTEST_ASK} to {LONGEST_ASK}; asking for {self.minutes()}. "
        if self.says("goal") and not self.goal():
            said += "Say what you are exploring under Your goal: a request says why. "
        if days:
            said += f"Marked sent, it sets the next touch {days} days on."
        return said

    @on(Select.Changed, "#o-template")
    @on(Input.Changed, "#o-goal, #o-minutes")
    def changed(self) -> None:
        """Follow the choices while the draft is coach's own; an edit is kept (f2 redrafts)."""
        if not self.is_mounted:
            return
        if self.edited():
            self.query_one("#o-note", Static).update(
                "You have edited the message, so it is kept as it is: f2 drafts it again."
            )
            return
        self.redraft()

    def action_redraft(self) -> None:
        self.redraft()

    # -- sending -------------------------------------------------------------------------

    @on(Button.Pressed, "#o-copy")
    def action_copy(self) -> None:
        copy_text(self, self.message(), "The message")

    @on(Button.Pressed, "#o-to-file")
    def action_to_file(self) -> None:
        save_text_to_file(
            self,
            self.services,
            self.message(),
            "Save the message to a file",
            file_name(self.template().id, self.person.name),
        )

    @on(Button.Pressed, "#o-sent")
    def action_mark_sent(self) -> None:
        send_asking(self, self.message(), self.mark_sent)

    def mark_sent(self) -> None:
        # An edited message stays when the choice changes: it is logged as what it was drafted from.
        template, goal = (self.drafted_from if self.edited() else self.template()), self.goal()
        sent = Sent(self.services.new_id(), template.id, self.message(), self.services.now_iso())
        zone = self.services.local_tz()
        person = mark_sent(self.person, sent, template.next_touch_days, zone)
        said = f"Marked sent to {self.person.name or 'them'}."
        day = person.touch_date()
        if day is not None:
            said += f" Next touch: {date_words(day, weekday='long')}."

        def save(data: Data) -> None:
            data.people.save(person)
            if goal != data.settings.outreach_goal():
                data.settings.set_outreach_goal(goal)

        write(self.app, self.services, save, lambda _: self.app.notify(said))
        self.dismiss(None)

    def unsaved_text(self) -> bool:
        return self.edited()

    def action_back(self) -> None:
        leave_asking(
            self,
            self.edited(),
            "Close without marking it sent? Your edits to this message will be lost "
            "(copy it or save it to a file first to keep it).",
        )
