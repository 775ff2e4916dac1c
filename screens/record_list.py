"""One list screen for a kind of record: a filter line, a table, a sentence when empty.

Meetings and reflections are both "every record, narrowed as you type; n new, enter
opens, d deletes after asking", refreshed when a save changes that kind of record. This
holds that once; each screen says how to load, match, draw and delete its records.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input

from coach.data import Data, Kind
from coach.services import Services
from screens.saving import DataChanged, delete_after_asking
from screens.widgets.footer import Footer
from screens.widgets.text import Static

T = TypeVar("T")
Table = DataTable[Text | str]


class RecordListScreen(Screen[None], Generic[T]):
    """A table of records of one kind. Subclasses name the widgets' ids (the stylesheet
    and tests know them), the filter's placeholder and the empty sentence, and fill in
    `load`, `matching`, `fill`, `delete_question` and `delete`."""

    DEFAULT_CSS = """
    .record-filter { margin: 1 2 0 2; }
    .record-table { height: 1fr; margin: 1 1 0 1; }
    .record-empty { padding: 0 2; height: auto; }
    """
    KIND: ClassVar[Kind]
    ALSO_ABOUT: ClassVar[tuple[Kind, ...]] = ()  # other kinds whose saves change the rows
    FILTER_ID: ClassVar[str]
    TABLE_ID: ClassVar[str]
    EMPTY_ID: ClassVar[str]
    PLACEHOLDER: ClassVar[str]
    EMPTY: ClassVar[str]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.records: list[T] = []
        self.shown: list[T] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Input(
            placeholder=self.PLACEHOLDER, compact=True, id=self.FILTER_ID, classes="record-filter"
        )
        table: Table = DataTable(cursor_type="row", id=self.TABLE_ID, classes="record-table")
        self.set_up(table)
        yield table
        yield Static("", id=self.EMPTY_ID, classes="muted record-empty")
        yield Footer()

    # -- what each list says ------------------------------------------------------------

    def set_up(self, table: Table) -> None:
        """Add the table's columns."""
        raise NotImplementedError

    def load(self) -> list[T]:
        raise NotImplementedError

    def matching(self, records: list[T], typed: str) -> list[T]:
        raise NotImplementedError

    def fill(self, table: Table, shown: list[T]) -> None:
        """Add a row per shown record (the table is empty)."""
        raise NotImplementedError

    def delete_question(self, record: T) -> str:
        raise NotImplementedError

    def delete(self, data: Data, record: T) -> None:
        raise NotImplementedError

    # -- the list -----------------------------------------------------------------------

    @property
    def table(self) -> Table:
        return self.query_one(f"#{self.TABLE_ID}", DataTable)

    @property
    def filter_input(self) -> Input:
        return self.query_one(f"#{self.FILTER_ID}", Input)

    def on_mount(self) -> None:
        self.reload()
        self.table.focus()

    @on(DataChanged)
    def changed(self, event: DataChanged) -> None:
        if event.about(self.KIND, *self.ALSO_ABOUT):
            self.reload()

    def reload(self) -> None:
        self.records = self.load()
        self.show()

    def show(self) -> None:
        self.shown = self.matching(self.records, self.filter_input.value)
        table = self.table
        table.clear()
        self.fill(table, self.shown)
        self.query_one(f"#{self.EMPTY_ID}", Static).update("" if self.records else self.EMPTY)

    def selected(self) -> T | None:
        row = self.table.cursor_row
        if not self.shown or not 0 <= row < len(self.shown):
            return None
        return self.shown[row]

    @on(Input.Changed)
    def typed(self) -> None:
        self.show()

    @on(Input.Submitted)
    def to_the_table(self) -> None:
        self.table.focus()

    def action_filter(self) -> None:
        self.filter_input.focus()

    def action_delete(self) -> None:
        record = self.selected()
        if record is None:
            return

        delete_after_asking(
            self,
            self.services,
            self.delete_question(record),
            lambda data: self.delete(data, record),
        )

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.table.focus()
        else:
            self.dismiss(None)
