"""Reflect: past entries newest first, searchable as you type; n starts a new one, t lists
the next steps and skills to build written after meetings, b opens the story bank.

An entry can also be started from a meeting (after it took place) or from a practice
session; it then says what it is about.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from coach.clock import parse_iso
from coach.data import Data, Kind
from coach.reflections import PromptSet, Reflection, newest_first, search
from screens.navigation import write_reflection
from screens.record_list import RecordListScreen, Table
from screens.widgets.text import Static, plain
from screens.writing import WritingScreen


class ReflectScreen(RecordListScreen[Reflection]):
    """Every entry; n new, enter or e open, d delete (asks), / search."""

    SUB_TITLE = "Reflect"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "open", "Open"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "filter", "Search"),
        Binding("t", "takeaways", "Next steps"),
        Binding("b", "stories", "Stories"),
        Binding("escape", "back", "Back"),
    ]
    KIND = Kind.REFLECTIONS
    FILTER_ID, TABLE_ID, EMPTY_ID = "reflect-search", "reflect-table", "reflect-empty"
    PLACEHOLDER = "/ search what you wrote"
    EMPTY = "Nothing written yet. Press n to start with a set of prompts."

    def set_up(self, table: Table) -> None:
        for label, width in (("Date", 10), ("Set", 22), ("Written", 7), ("First lines", 50)):
            table.add_column(label, width=width)

    def load(self) -> list[Reflection]:
        return newest_first(self.services.data.reflections.all())

    def matching(self, records: list[Reflection], typed: str) -> list[Reflection]:
        return search(records, typed)

    def fill(self, table: Table, shown: list[Reflection]) -> None:
        zone = self.services.local_tz()
        for entry in shown:
            moment = parse_iso(entry.created)
            set_name = entry.set_name + (f" · {entry.link_label}" if entry.link_label else "")
            table.add_row(
                f"{moment.astimezone(zone):%Y-%m-%d}" if moment else "-",
                plain(Text(set_name, overflow="ellipsis", no_wrap=True)),
                f"{entry.written()}/{len(entry.answers)}",
                plain(Text(entry.summary(), overflow="ellipsis", no_wrap=True)),
                key=entry.id,
            )

    def delete_question(self, record: Reflection) -> str:
        return "Delete this entry and everything written in it?"

    def delete(self, data: Data, record: Reflection) -> None:
        data.reflections.delete(record.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.app.push_screen(WritingScreen(self.services, entry))

    def action_takeaways(self) -> None:
        """The next steps and skills to build from every after-meeting entry."""
        from screens.takeaways import TakeawaysScreen

        self.app.push_screen(TakeawaysScreen(self.services))

    def action_stories(self) -> None:
        """Your STAR stories, offered beside the behavioural questions they fit."""
        from screens.stories import StoriesScreen

        self.app.push_screen(StoriesScreen(self.services))

    def action_new(self) -> None:
        def chosen(set_id: str | None) -> None:
            prompt_set = self.services.content.prompt_set(set_id) if set_id else None
            if prompt_set is not None:
                write_reflection(self.app, self.services, prompt_set)

        self.app.push_screen(SetPicker(self.services.content.prompt_sets), chosen)


class SetPicker(ModalScreen[str | None]):
    """Choose a prompt set; dismisses with its id."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, sets: list[PromptSet]) -> None:
        super().__init__()
        self.sets = sets

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Reflect on…"
            yield OptionList(
                *(
                    Option(Text.assemble((s.name, "bold"), "\n", (s.description, "dim")), id=s.id)
                    for s in self.sets
                ),
                id="set-list",
            )
            yield Static("enter starts · escape cancels", classes="dialog-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
