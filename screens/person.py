"""One person: who they are, who introduced them and whom they introduced, their meetings
and thank-yous, what those meetings taught, the messages sent and when to get back in touch.

o writes to them (an outreach template), n adds a meeting with them, e edits them; enter
on a meeting or a person in the list opens it.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option

from coach.clock import date_words, parse_iso
from coach.data import Kind
from coach.meetings import Meeting, upcoming_first, when_label
from coach.people import Person, introduced, introducer, meetings_with, touch_due
from coach.reflections import about_meeting
from coach.services import Services
from screens.saving import DataChanged, write
from screens.widgets.footer import Footer
from screens.widgets.text import Static, plain


class PersonScreen(Screen[None]):
    SUB_TITLE = "Person"
    BINDINGS = [
        Binding("o", "outreach", "Write to them"),
        Binding("n", "new_meeting", "New meeting"),
        Binding("e", "edit", "Edit"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services, person_id: str) -> None:
        super().__init__()
        self.services = services
        self.person = services.data.people.get(person_id) or Person(id=person_id)
        self.targets: dict[str, tuple[str, str]] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="person"):
            yield Static("", id="person-heading")
            yield Static("", id="person-details")
            yield OptionList(id="person-links")
            yield Static("", id="person-history")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.query_one("#person-links", OptionList).focus()

    @on(DataChanged)
    def changed(self, event: DataChanged) -> None:
        if event.about(Kind.PEOPLE, Kind.MEETINGS, Kind.REFLECTIONS, Kind.SETTINGS):
            self.person = self.services.data.people.get(self.person.id) or self.person
            self.show()

    def show(self) -> None:
        data = self.services.data
        people = data.people.all()
        meetings = meetings_with(
            self.person, upcoming_first(data.meetings.listed(), self.services.clock())
        )
        self.query_one("#person-heading", Static).update(self.heading(meetings))
        self.query_one("#person-details", Static).update(self.details())
        self.show_links(meetings, people)
        self.query_one("#person-history", Static).update(self.history(meetings))

    def heading(self, meetings: list[Meeting]) -> Text:
        p = self.person
        line = Text(p.name or "(no name yet)", style="bold")
        for part in (p.role, p.organisation):
            if part:
                line.append(f"  ·  {part}")
        zone = self.services.local_tz()
        days = self.services.data.settings.keep_in_touch_days()
        found = touch_due(p, self.services.data.meetings.listed(), days, zone)
        if found is not None:
            day, why = found
            today = self.services.clock().astimezone(zone).date()
            style = "bold yellow" if day <= today else "dim"
            line.append(f"\n{why.label}: {date_words(day, weekday='long')}", style=style)
            line.append("  (o writes to them)", style="dim")
        return line

    def details(self) -> Text:
        p = self.person
        text = Text()
        for label, value in (
            ("How you know", p.how_known),
            ("Found via", p.found_at),
        ):
            text.append(f"{label:<14}", style="bold")
            text.append(f"{value or '-'}\n")
        if p.notes:
            text.append("\nNotes\n", style="bold")
            text.append(p.notes)
        return text

    def show_links(self, meetings: list[Meeting], people: list[Person]) -> None:
        listing = self.query_one("#person-links", OptionList)
        listing.clear_options()
        self.targets = {}
        zone = self.services.local_tz()
        through = introducer(self.person, people)
        if through is not None:
            self.add(listing, Text(f"Introduced by {through.title()}"), "person", through.id)
        for other in introduced(self.person, people):
            self.add(listing, Text(f"Introduced you to {other.title()}"), "person", other.id)
        for meeting in meetings:
            label = Text("Meeting: ", style="bold")
            label.append(when_label(meeting, zone))
            if meeting.goal:
                label.append(f" · {meeting.goal}", style="dim")
            self.add(listing, label, "meeting", meeting.id)
        if not self.targets:
            hint = "No meetings yet: n adds one with them; o drafts a message asking for one."
            listing.add_option(Option(Text(hint, style="dim"), disabled=True))
        else:
            listing.highlighted = 0

    def add(self, listing: OptionList, label: Text, kind: str, target: str) -> None:
        key = f"link-{len(self.targets)}"
        self.targets[key] = (kind, target)
        listing.add_option(Option(plain(label), id=key))

    def history(self, meetings: list[Meeting]) -> Text:
        """Messages sent, thank-yous sent and what their meetings taught, oldest first."""
        zone = self.services.local_tz()
        names = {t.id: t.name for t in self.services.content.outreach}
        events: list[tuple[str, str]] = []
        for message in self.person.sent:
            events.append((message.sent_at, f"Sent: {names.get(message.template, 'a message')}"))
        for meeting in meetings:
            if meeting.thanked_at:
                events.append((meeting.thanked_at, "Thank-you sent"))
        text = Text("Messages\n", style="bold")
        for stamp, what in sorted(events):
            moment = parse_iso(stamp)
            when = date_words(moment.astimezone(zone)) if moment else "?"
            text.append(f"{when}  {what}\n")
        if not events:
            text.append("(none marked sent yet)\n", style="dim")
        learned = [
            entry
            for meeting in meetings
            for entry in about_meeting(self.services.data.reflections.all(), meeting.id)
        ]
        text.append("\nWhat they taught you\n", style="bold")
        for entry in learned:
            text.append(f"{entry.link_label or entry.set_name}: {entry.summary()}\n")
        if not learned:
            text.append("(nothing written yet: ctrl+r on a meeting reflects on it)", style="dim")
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, target = self.targets.get(event.option.id or "", ("", ""))
        if kind == "person":
            self.app.push_screen(PersonScreen(self.services, target))
        elif kind == "meeting":
            from screens.meeting import MeetingScreen

            self.app.push_screen(MeetingScreen(self.services, target))

    def action_outreach(self) -> None:
        from screens.outreach import OutreachScreen

        self.app.push_screen(OutreachScreen(self.services, self.person))

    def action_new_meeting(self) -> None:
        from screens.meeting_form import MeetingForm

        def made(meeting: Meeting | None) -> None:
            if meeting is not None:
                write(self.app, self.services, lambda data: data.meetings.save(meeting))

        self.app.push_screen(MeetingForm(self.services, person=self.person), made)

    def action_edit(self) -> None:
        from screens.person_form import PersonForm

        def edited(person: Person | None) -> None:
            if person is not None:
                write(self.app, self.services, lambda data: data.people.save(person))

        self.app.push_screen(PersonForm(self.services, self.person), edited)

    def action_back(self) -> None:
        self.dismiss(None)
