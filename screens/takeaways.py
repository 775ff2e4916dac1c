"""Next steps and skills to build: everything the user wrote under those two prompts
after their meetings, newest first, each with the meeting it came from. enter opens the
entry it was written in; a starts the across-meetings prompts to think them over."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option

from coach.clock import date_words, parse_iso
from coach.data import Kind
from coach.services import Services
from coach.takeaways import grouped, takeaways
from screens.saving import DataChanged
from screens.widgets.footer import Footer
from screens.widgets.text import plain

ACROSS = "across-meetings"


class TakeawaysScreen(Screen[None]):
    SUB_TITLE = "Next steps and skills"
    BINDINGS = [
        Binding("a", "across", "Reflect across meetings"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.entries: dict[str, str] = {}  # option id -> reflection id

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield OptionList(id="takeaways")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.query_one(OptionList).focus()

    @on(DataChanged)
    def changed(self, event: DataChanged) -> None:
        if event.about(Kind.REFLECTIONS, Kind.MEETINGS):
            self.show()

    def show(self) -> None:
        listing = self.query_one(OptionList)
        listing.clear_options()
        self.entries = {}
        data, zone = self.services.data, self.services.local_tz()
        found = takeaways(
            (e for e in data.reflections.all() if e.meeting_id), data.meetings.listed()
        )
        for heading, items in grouped(found):
            listing.add_option(Option(Text(heading, style="bold"), disabled=True))
            for item in items:
                moment = parse_iso(item.created)
                when = date_words(moment.astimezone(zone), year=False) if moment else ""
                label = Text(f"  {item.text}")
                label.append(f"  · {item.source}{', ' + when if when else ''}", style="dim")
                key = f"takeaway-{len(self.entries)}"
                self.entries[key] = item.entry_id
                listing.add_option(Option(plain(label), id=key))
        if not found:
            listing.add_option(
                Option(
                    Text(
                        "Nothing yet. After a meeting, ctrl+r on it asks what you will do next "
                        "and which skills it showed you need; they gather here.",
                        style="dim",
                    ),
                    disabled=True,
                )
            )
        else:
            listing.highlighted = 1

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from screens.writing import WritingScreen

        entry_id = self.entries.get(event.option.id or "")
        entry = next((e for e in self.services.data.reflections.all() if e.id == entry_id), None)
        if entry is not None:
            self.app.push_screen(WritingScreen(self.services, entry))

    def action_across(self) -> None:
        from screens.navigation import write_reflection

        prompt_set = self.services.content.prompt_set(ACROSS)
        if prompt_set is not None:
            write_reflection(self.app, self.services, prompt_set)

    def action_back(self) -> None:
        self.dismiss(None)
