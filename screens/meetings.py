"""Meetings: upcoming first, then past ones; each with its checklist progress and the
thank-you note that is due. n new, enter open, e edit, d delete (asks), / filter,
k a quick checklist without a meeting, x a calendar file of them."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from coach.clock import date_words
from coach.data import Data, Kind
from coach.decks import short_name
from coach.follow_up import FollowUp, follow_up
from coach.meetings import Meeting, progress, upcoming_first
from coach.services import Services
from screens.checklist_screen import QuickChecklistScreen
from screens.meeting import MeetingScreen
from screens.meeting_form import MeetingForm
from screens.record_list import RecordListScreen, Table
from screens.saving import write
from screens.widgets.cells import follow_up_style
from screens.widgets.columns import Columns, fitting, flexible_width, set_columns
from screens.widgets.text import plain

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


class MeetingsScreen(RecordListScreen[Meeting]):
    """Every meeting, and what each still needs."""

    SUB_TITLE = "Meetings"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "filter", "Filter"),
        Binding("k", "quick", "Quick checklist"),
        Binding("x", "calendar", "Calendar"),
        Binding("escape", "back", "Back"),
    ]
    KIND = Kind.MEETINGS
    FILTER_ID, TABLE_ID, EMPTY_ID = "meetings-filter", "meetings-table", "meetings-empty"
    PLACEHOLDER = "/ filter by person, organisation, goal or notes"
    EMPTY = "No meetings yet. Press n to add one, or k for a quick checklist."

    def __init__(self, services: Services, *, new: bool = False) -> None:
        super().__init__(services)
        self.columns = COLUMNS
        self.new = new  # open with the form for a new meeting (the palette's "New meeting")

    def on_mount(self) -> None:  # RecordListScreen's runs too: Textual calls both
        if self.new:
            self.action_new()

    def set_up(self, table: Table) -> None:
        set_columns(table, COLUMNS)

    def load(self) -> list[Meeting]:
        return upcoming_first(self.services.data.meetings.listed(), self.services.clock())

    def matching(self, records: list[Meeting], typed: str) -> list[Meeting]:
        words = typed.casefold().split()
        return [m for m in records if all(w in searchable(m) for w in words)]

    def on_resize(self) -> None:
        self.show()

    def fill(self, table: Table, shown: list[Meeting]) -> None:
        columns = fitting(self.size.width, COLUMNS, NARROW_COLUMNS)
        if columns != self.columns:
            self.columns = columns
            set_columns(table, columns)
        if self.size.width:  # "With" takes whatever width the other columns leave
            table.columns[ColumnKey("with")].width = flexible_width(
                self.size.width, columns, "with", 12
            )
        now = self.services.clock()
        zone = self.services.local_tz()
        for meeting in shown:
            start = meeting.starts()
            done, total = progress(meeting.checklist)
            every: dict[str, Text | str] = {
                "when": date_words(start.astimezone(zone), year=False, clock=True)
                if start
                else "no date",
                "kind": short_name(meeting.kind),
                "with": plain(Text(meeting.title(), overflow="ellipsis", no_wrap=True)),
                "checklist": f"{done}/{total}",
                "follow-up": follow_up_cell(follow_up(meeting, now)),
            }
            table.add_row(*(every[key] for _, key, _ in columns), key=meeting.id)

    def delete_question(self, record: Meeting) -> str:
        return f"Delete the meeting with {record.title()} and its checklist?"

    def delete(self, data: Data, record: Meeting) -> None:
        data.meetings.delete(record.id)

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
        if meeting is not None:
            write(self.app, self.services, lambda data: data.meetings.save(meeting))

    def action_calendar(self) -> None:
        """Export the meetings, thank-you deadlines and next touches for a calendar app."""
        from screens.exporting import ExportDialog

        self.app.push_screen(ExportDialog(self.services, form="ics"))

    def action_quick(self) -> None:
        """A checklist without a meeting (made from the informational template the first time)."""
        self.app.push_screen(QuickChecklistScreen(self.services))


def searchable(meeting: Meeting) -> str:
    return " ".join(
        (meeting.person, meeting.organisation, meeting.role, meeting.goal, meeting.notes)
    ).casefold()


def follow_up_cell(state: FollowUp) -> Text:
    return Text(state.label, style=follow_up_style(state))
