"""History: every attempt, newest first, filtered as you type, sorted by any column.

Rows come from `coach.history` (built once from a light read of the store); the table
holds a page at a time and loads the next page as the cursor nears the end, because a
table of 10,000 rows takes about a second to draw. The screens it opens (an attempt, a
comparison, trends, export) load when first opened: they bring the feedback's analysis,
which would more than double the history's first opening.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Select
from textual.widgets.data_table import ColumnKey

from coach.clock import Zone, date_words
from coach.data import Kind
from coach.days import parse_day
from coach.decks import short_name
from coach.history import PAGE, Filter, Order, Row, local_time, narrowed
from coach.services import Services
from screens.saving import DataChanged
from screens.widgets.cells import stars, time_used, whole
from screens.widgets.columns import Columns, fitting, flexible_width, set_columns
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static, plain

COLUMNS: Columns = (
    ("Date", "finished", 10),
    ("Deck", "deck", 5),
    ("Question", "question", 30),
    ("Time/max", "used_s", 9),
    ("Words", "words", 5),
    ("Rated", "rating", 5),
    ("Mode", "mode", 6),
)
# The deck column is narrow: a word for each bundled deck (their names are in the filter).
# On a narrow screen the deck and mode give their room to the question (the words matter;
# the deck is in the filter, and the mode is in the attempt).
NARROW_COLUMNS = tuple(column for column in COLUMNS if column[1] not in ("deck", "mode"))


ANY = ""


class HistoryScreen(Screen[None]):
    """All attempts; enter opens one."""

    SUB_TITLE = "History"
    BINDINGS = [
        Binding("slash", "focus_filter", "Filter"),
        Binding("c", "compare", "Compare"),
        Binding("t", "trends", "Trends"),
        Binding("x", "export", "Export"),
        Binding("s", "sort", "Sort"),
        Binding("escape", "back", "Back"),
    ]
    KEY_HELP = [("⏎", "Open the highlighted attempt")]  # the table handles enter itself

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.loaded = 0
        self.order = Order()
        self.applied: tuple[Filter, Order, int, int] | None = None
        self.columns: Columns = COLUMNS

    def compose(self) -> ComposeResult:
        decks = [(deck.name, deck.id) for deck in self.services.decks()]
        yield Header(icon="")
        with Horizontal(id="history-filters"):
            yield Input(
                placeholder="/ filter: words in the question or answer", id="filter", compact=True
            )
            yield Select(
                [("All decks", ANY), *decks],
                value=ANY,
                allow_blank=False,
                compact=True,
                id="deck-filter",
            )
            yield Select(
                [("Any rating", 0), *((f"{'★' * n} {n}", n) for n in range(1, 6))],
                value=0,
                allow_blank=False,
                compact=True,
                id="rating-filter",
            )
        with Horizontal(id="history-dates"):
            yield Label("From ")
            yield Input(placeholder="e.g. 22 nov", id="since", compact=True)
            yield Label(" to ")
            yield Input(placeholder="e.g. today", id="until", compact=True)
            yield Static("", id="history-status")
        table: DataTable[Text | str] = DataTable(
            cursor_type="row", zebra_stripes=True, id="history-table"
        )
        set_columns(table, COLUMNS)
        yield table
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        self.refresh_view()

    @on(DataChanged)
    def changed(self, event: DataChanged) -> None:
        """An attempt was saved, rated, heard or deleted."""
        if event.about(Kind.SESSIONS):
            self.reload()

    def reload(self) -> None:
        rows = self.services.history_rows()
        if rows is not self.rows:
            self.rows = rows
            self.applied = None
        self.refresh_view()

    # -- the view ----------------------------------------------------------------------

    def current_filter(self) -> Filter | str:
        """The filter on screen, or a sentence about the date that is wrong."""
        today = self.services.clock().astimezone(self.services.local_tz()).date()
        try:
            since = parse_day(self.query_one("#since", Input).value, today)
            until = parse_day(self.query_one("#until", Input).value, today)
        except ValueError as error:
            return str(error)
        if since and until and since > until:
            start, end = date_words(since, weekday=""), date_words(until, weekday="")
            return f"From {start} is after To {end}: swap them to see those days"
        rating = self.query_one("#rating-filter", Select).value
        deck = self.query_one("#deck-filter", Select).value
        return Filter(
            text=self.query_one("#filter", Input).value,
            deck=deck if isinstance(deck, str) else ANY,
            rating=rating if isinstance(rating, int) and rating else None,
            since=since,
            until=until,
        )

    def refresh_view(self) -> None:
        where = self.current_filter()
        status = self.query_one("#history-status", Static)
        if isinstance(where, str):
            status.update(Text(where, style="bold red"))
            return
        state = (where, self.order, id(self.rows), self.size.width)
        if state == self.applied:  # nothing changed (a Select announcing itself, say)
            return
        self.applied = state
        table = self.query_one(DataTable)
        current = (
            self.shown[table.cursor_row].id if 0 <= table.cursor_row < len(self.shown) else None
        )
        self.shown = narrowed(self.services.history_rows(self.order), where)  # sorted once
        columns = fitting(self.size.width, COLUMNS, NARROW_COLUMNS)
        if columns != self.columns:  # narrow: the question before decorations
            self.columns = columns
            set_columns(table, columns)
        table.clear()
        if self.size.width:  # the question takes whatever width the other columns leave
            question = table.columns[ColumnKey("question")]
            question.width = flexible_width(self.size.width, columns, "question", 16)
        self.loaded = 0
        self.load_more()
        status.update(self.status_line())
        position = next(
            (n for n, row in enumerate(self.shown[: self.loaded]) if row.id == current), 0
        )
        table.move_cursor(row=position)  # back on the attempt you came from

    def status_line(self) -> str:
        total, shown = len(self.rows), len(self.shown)
        if total == 0:
            return "No attempts yet: practise a question and it appears here."
        noun = "attempt" if total == 1 else "attempts"
        if shown == total:
            return f"{total} {noun}"
        return f"{shown} of {total} {noun} match"

    def load_more(self) -> None:
        table = self.query_one(DataTable)
        tz = self.services.local_tz()
        for row in self.shown[self.loaded : self.loaded + PAGE]:
            table.add_row(*cells(row, tz, self.columns), key=row.id)
        self.loaded = min(len(self.shown), self.loaded + PAGE)

    # -- events ------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        self.refresh_view()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.refresh_view()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        self.order = self.order.toggled(str(event.column_key.value))
        self.refresh_view()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= self.loaded - 20 and self.loaded < len(self.shown):
            self.load_more()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            from screens.detail import SessionScreen

            self.app.push_screen(SessionScreen(self.services, event.row_key.value))

    # -- keys --------------------------------------------------------------------------

    def selected(self) -> Row | None:
        table = self.query_one(DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def action_sort(self) -> None:
        """Sort by the next column (clicking a header does the same for that column)."""
        keys = [key for _, key, _ in COLUMNS]
        following = (
            keys[(keys.index(self.order.key) + 1) % len(keys)]
            if self.order.key in keys
            else keys[0]
        )
        self.order = self.order.toggled(following)
        self.notify(
            f"Sorted by {dict((k, label) for label, k, _ in COLUMNS)[following].lower()}.",
            markup=False,
        )
        self.refresh_view()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_compare(self) -> None:
        row = self.selected()
        if row is not None:
            from screens.compare import CompareScreen

            self.app.push_screen(CompareScreen(self.services, row.question_id, row.question))

    def action_trends(self) -> None:
        from screens.trends import TrendsScreen

        self.app.push_screen(TrendsScreen(self.services))

    def action_export(self) -> None:
        from screens.exporting import ExportDialog

        self.app.push_screen(ExportDialog(self.services))

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one(DataTable).focus()
        else:
            self.dismiss(None)


def cells(row: Row, tz: Zone, columns: Columns = COLUMNS) -> tuple[Text | str, ...]:
    """A row's cells as the table shows them, for the columns on screen."""
    local = local_time(row, tz)
    every: dict[str, Text | str] = {
        "finished": "-" if local is None else f"{local:%Y-%m-%d}",
        "deck": plain(short_name(row.deck)),
        "question": plain(Text(row.question, overflow="ellipsis", no_wrap=True)),
        "used_s": time_used(row),
        "words": whole(row.words),
        "rating": stars(row.rating),
        "mode": plain(row.mode),
    }
    return tuple(every[key] for _, key, _ in columns)
