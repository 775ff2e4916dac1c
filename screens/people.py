"""People: everyone the user is learning from, with when to get back in touch. n new,
enter open, e edit, d delete (asks, and says what links to them), / filter."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from coach.clock import date_words
from coach.data import Data, Kind
from coach.people import Person, Touch, by_name, links_of, read_keep_days, touch_due
from coach.services import Services
from screens.person_form import PersonForm
from screens.prompt import Prompt
from screens.record_list import RecordListScreen, Table
from screens.saving import write
from screens.widgets.columns import Columns, flexible_width, set_columns
from screens.widgets.text import plain

COLUMNS: Columns = (
    ("Name", "name", 24),
    ("Organisation", "organisation", 20),
    ("Next touch", "touch", 24),
)


class PeopleScreen(RecordListScreen[Person]):
    """Everyone, by name, and whose next touch is due."""

    SUB_TITLE = "People"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "filter", "Filter"),
        Binding("escape", "back", "Back"),
    ]
    KIND = Kind.PEOPLE
    ALSO_ABOUT = (Kind.MEETINGS, Kind.SETTINGS)  # a thank-you moves the keep-in-touch date
    FILTER_ID, TABLE_ID, EMPTY_ID = "people-filter", "people-table", "people-empty"
    PLACEHOLDER = "/ filter by name, role, organisation, how you know them or notes"
    EMPTY = (
        "No one yet. Press n to add someone you would like to learn from: a former "
        "colleague, someone from an alumni list or an event."
    )

    def __init__(self, services: Services, *, new: bool = False) -> None:
        super().__init__(services)
        self.new = new

    def on_mount(self) -> None:  # RecordListScreen's runs too
        if self.new:
            self.action_new()

    def set_up(self, table: Table) -> None:
        set_columns(table, COLUMNS)

    def load(self) -> list[Person]:
        return by_name(self.services.data.people.all())

    def matching(self, records: list[Person], typed: str) -> list[Person]:
        words = typed.casefold().split()
        return [p for p in records if all(w in p.searchable() for w in words)]

    def on_resize(self) -> None:
        self.show()

    def fill(self, table: Table, shown: list[Person]) -> None:
        if self.size.width:
            table.columns[ColumnKey("name")].width = flexible_width(
                self.size.width, COLUMNS, "name", 12
            )
        meetings = self.services.data.meetings.listed()
        days = self.services.data.settings.keep_in_touch_days()
        zone = self.services.local_tz()
        today = self.services.clock().astimezone(zone).date()
        for person in shown:
            found = touch_due(person, meetings, days, zone)
            touch: Text | str = ""
            if found is not None:
                day, why = found
                style = "bold yellow" if day <= today else ""
                said = "" if why is Touch.NEXT_TOUCH else f" · {why}"
                touch = Text(f"{date_words(day, year=False)}{said}", style=style)
            table.add_row(
                plain(Text(person.name, overflow="ellipsis", no_wrap=True)),
                plain(Text(person.organisation, overflow="ellipsis", no_wrap=True)),
                touch,
                key=person.id,
            )

    def delete_question(self, record: Person) -> str:
        links = links_of(record, self.records, self.services.data.meetings.listed())
        linked = f" Linked to them: {'; '.join(links)}." if links else ""
        return f"Delete {record.title()} from your people?{linked}"

    def delete(self, data: Data, record: Person) -> None:
        data.people.delete(record.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from screens.person import PersonScreen

        if event.row_key.value:
            self.app.push_screen(PersonScreen(self.services, event.row_key.value))

    def action_new(self) -> None:
        self.app.push_screen(PersonForm(self.services), self.saved)

    def action_edit(self) -> None:
        person = self.selected()
        if person is not None:
            self.app.push_screen(PersonForm(self.services, person), self.saved)

    def saved(self, person: Person | None) -> None:
        if person is not None:
            write(self.app, self.services, lambda data: data.people.save(person))


def ask_keep_in_touch(app: App[Any], services: Services) -> None:
    """How long after a thank-you the keep-in-touch nudge comes (a month at first)."""
    current = services.data.settings.keep_in_touch_days()

    def answered(typed: str | None) -> None:
        if not typed:
            return
        try:
            days = read_keep_days(typed)
        except ValueError as error:
            app.notify(f"Keep-in-touch nudge: {error}.", severity="warning")
            return
        said = f"The keep-in-touch nudge comes {days} days after a thank-you."
        write(
            app,
            services,
            lambda data: data.settings.set_keep_in_touch_days(days),
            lambda _: app.notify(said),
        )

    app.push_screen(
        Prompt("Days from a thank-you to the keep-in-touch nudge", "days", str(current)),
        answered,
    )
