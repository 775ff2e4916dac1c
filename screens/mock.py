"""The summary of a mock interview: every answer side by side, one rating for the round."""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input

from coach.plural import count
from coach.services import Services
from coach.sessions import SPOKEN, Session
from coach.timing import describe_seconds
from screens.saving import write
from screens.widgets.confirm import leave_asking
from screens.widgets.footer import Footer
from screens.widgets.rating import RatingAndNote
from screens.widgets.text import Static, plain


class MockSummaryScreen(Screen[None]):
    """One table for the whole round; the rating and note apply to each of its answers."""

    SUB_TITLE = "Mock interview"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services, sessions: list[Session]) -> None:
        super().__init__()
        self.services = services
        self.sessions = sessions

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="mock-summary"):
            yield Static(f"Mock interview: {count(len(self.sessions), 'answers')}", id="mock-title")
            yield Static(summary_table(self.sessions), id="mock-table")
            yield Static(totals_line(self.sessions), id="mock-totals")
            yield RatingAndNote("optional: how the round went")
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def unsaved_text(self) -> bool:
        """A rating or note given and not yet saved (what ctrl+q asks about)."""
        return self.query_one(RatingAndNote).touched()

    def keep_for_later(self) -> None:
        """The app is being closed without asking: keep the rating and note as given."""
        if self.unsaved_text():
            self.save_ratings()

    def action_save(self) -> None:
        self.save_ratings()
        self.dismiss(None)

    def save_ratings(self) -> None:
        rating, note = self.query_one(RatingAndNote).values()
        rated = [replace(s, rating=rating, note=note) for s in self.sessions]
        write(self.app, self.services, lambda data: data.sessions.save(rated))

    def action_back(self) -> None:
        """The answers are saved already; only an unsaved rating or note needs a question."""
        leave_asking(
            self,
            self.query_one(RatingAndNote).touched(),
            "Go back without saving this rating and note?",
        )


def summary_table(sessions: list[Session]) -> Table:
    table = Table(expand=True, box=None, padding=(0, 1))
    table.add_column("#", justify="right", style="dim")
    table.add_column("Question", ratio=1)
    table.add_column("Time", justify="right", no_wrap=True)
    table.add_column("Words", justify="right")
    table.add_column("Fillers", justify="right")
    for number, session in enumerate(sessions, start=1):
        over = session.overtime_s >= 1
        time_text = Text(
            f"{describe_seconds(session.used_s)} / {describe_seconds(session.limit_s)}",
            style="bold yellow" if over else "",
        )
        spoken = session.mode == SPOKEN
        table.add_row(
            str(number),
            plain(session.question),
            time_text,
            "-" if spoken else str(session.feedback.get("words", 0)),
            "-" if spoken else str(session.feedback.get("filler_count", 0)),
        )
    return table


def totals_line(sessions: list[Session]) -> str:
    used = sum(s.used_s for s in sessions)
    over = sum(1 for s in sessions if s.overtime_s >= 1)
    words = sum(int(s.feedback.get("words", 0) or 0) for s in sessions)
    fillers = sum(int(s.feedback.get("filler_count", 0) or 0) for s in sessions)
    parts = [f"Total time {describe_seconds(used)}", f"{over} over the limit"]
    if words:
        rate = 100 * fillers / words
        parts.append(f"{count(fillers, 'fillers')} in {count(words, 'words')} ({rate:.1f} per 100)")
    return " · ".join(parts)
