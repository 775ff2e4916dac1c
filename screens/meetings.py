"""Meetings: upcoming first, then past ones; each with its checklist progress and the
thank-you note that is due. n new, enter open, e edit, d delete (asks), / filter,
k a quick checklist without a meeting."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input
from textual.widgets.data_table import ColumnKey

from coach.clock import date_words
from coach.data import Kind
from coach.meetings import Meeting, follow_up, progress, upcoming_first
from coach.services import Services
from screens.checklist_screen import QuickChecklistScreen
from screens.meeting import MeetingScreen
from screens.meeting_form import MeetingForm
from screens.saving import DataChanged, write
from screens.widgets.columns import Columns, fitting, flexible_width, set_columns
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.footer import Footer
from screens.widgets.text import Static, plain

COLUMNS: Columns = (
    ("When", "when", 16),
    ("Kind", "kind", 4),
    ("With", "with", 30),
    ("Checklist", "checklist", 9),
    ("Follow-up", "follow-up", 14),
)
# On a narrow screen the kind steps aside and the checklist column narrows: who the meeting
# is with and its follow-up are what the list is for.
NARROW_COLUMNS: Columns = (
    ("When", "when", 16),
    ("With", "with", 30),
    ("Done", "checklist", 5),
    ("Follow-up", "follow-up", 14),
)
FOLLOW_UP_LABELS = {
    "due": Text("thanks due", style="bold yellow"),
    "overdue": Text("thanks overdue", style="bold red"),
    "sent": Text("thanked", style="green"),
    "upcoming": Text("upcoming", style="dim"),
    "": Text("", style="dim"),
}


class MeetingsScreen(Screen[None]):
    """Every meeting, and what each still needs."""

    SUB_TITLE = "Meetings"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "filter", "Filter"),
        Binding("k", "quick", "Quick checklist"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.meetings: list[Meeting] = []
        self.shown: list[Meeting] = []
        self.columns = COLUMNS

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Input(
            placeholder="/ filter by person, organisation, goal or notes",
            compact=True,
            id="meetings-filter",
        )
        table: DataTable[Text | str] = DataTable(cursor_type="row", id="meetings-table")
        set_columns(table, COLUMNS)
        yield table
        yield Static("", id="meetings-empty", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        self.show()

    @on(DataChanged)
    def reload(self, event: DataChanged | None = None) -> None:
        if event is not None and not event.about(Kind.MEETINGS):
            return
        self.meetings = upcoming_first(self.services.data.meetings.listed(), self.services.clock())
        self.show()

    def show(self) -> None:
        words = self.query_one("#meetings-filter", Input).value.casefold().split()
        self.shown = [m for m in self.meetings if all(w in searchable(m) for w in words)]
        table = self.query_one(DataTable)
        columns = fitting(self.size.width, COLUMNS, NARROW_COLUMNS)
        if columns != self.columns:
            self.columns = columns
            set_columns(table, columns)
        table.clear()
        if self.size.width:  # "With" takes whatever width the other columns leave
            table.columns[ColumnKey("with")].width = flexible_width(
                self.size.width, columns, "with", 12
            )
        now = self.services.clock()
        zone = self.services.local_tz()
        for meeting in self.shown:
            start = meeting.starts()
            done, total = progress(meeting.checklist)
            every: dict[str, Text | str] = {
                "when": date_words(start.astimezone(zone), year=False, clock=True)
                if start
                else "no date",
                "kind": "Job" if meeting.kind == "job" else "Info",
                "with": plain(Text(meeting.title(), overflow="ellipsis", no_wrap=True)),
                "checklist": f"{done}/{total}",
                "follow-up": FOLLOW_UP_LABELS[follow_up(meeting, now)],
            }
            table.add_row(*(every[key] for _, key, _ in columns), key=meeting.id)
        empty = (
            ""
            if self.meetings
            else "No meetings yet. Press n to add one, or k for a quick checklist."
        )
        self.query_one("#meetings-empty", Static).update(empty)

    def selected(self) -> Meeting | None:
        table = self.query_one(DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value:
            self.app.push_screen(MeetingScreen(self.services, event.row_key.value))

    def action_new(self) -> None:
        self.app.push_screen(MeetingForm(self.services), self.saved)

    def action_edit(self) -> None:
        meeting = self.selected()
        if meeting is not None:
            self.app.push_screen(MeetingForm(self.services, meeting), self.saved)

    def saved(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        write(self.app, self.services, lambda data: data.meetings.save(meeting))

    def action_delete(self) -> None:
        meeting = self.selected()
        if meeting is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                write(self.app, self.services, lambda data: data.meetings.delete(meeting.id))

        self.app.push_screen(
            ConfirmScreen(
                f"Delete the meeting with {meeting.title()} and its checklist?", yes="Delete"
            ),
            confirmed,
        )

    def action_filter(self) -> None:
        self.query_one("#meetings-filter", Input).focus()

    def action_quick(self) -> None:
        """A checklist without a meeting (made from the informational template the first time)."""
        self.app.push_screen(QuickChecklistScreen(self.services))

    def action_back(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one(DataTable).focus()
        else:
            self.dismiss(None)


def searchable(meeting: Meeting) -> str:
    return " ".join(
        (meeting.person, meeting.organisation, meeting.role, meeting.goal, meeting.notes)
    ).casefold()
