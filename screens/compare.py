"""Compare: every attempt at one question, figures in a table and answers side by side."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header

from coach.clock import date_words, parse_iso
from coach.history import Row
from coach.plural import count
from coach.progress import RATING_SCALE, chronological
from coach.services import Services
from screens.widgets.cells import stars, time_used, whole
from screens.widgets.footer import Footer
from screens.widgets.text import Static, plain
from screens.widgets.trend import TrendLine

SIDE_BY_SIDE = 3
TABLE_ROWS = 12


class CompareScreen(Screen[None]):
    """Are the answers to this question getting better?"""

    SUB_TITLE = "Compare"
    BINDINGS = [Binding("escape", "dismiss(None)", "Back")]

    def __init__(self, services: Services, question_id: str, question: str) -> None:
        super().__init__()
        self.services = services
        self.question = question
        every = services.history_rows()
        self.attempts = chronological(row for row in every if row.question_id == question_id)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="compare"):
            yield Static(self.question, id="compare-question")
            ratings = [float(a.rating) for a in self.attempts if a.rating is not None]
            if len(ratings) > 1:
                yield Static(f"Rating over {len(ratings)} rated attempts", classes="muted")
                yield TrendLine(ratings, scale=RATING_SCALE, id="compare-sparkline")
            shown = len(self.attempts[-TABLE_ROWS:])
            if shown < len(self.attempts):
                yield Static(
                    f"The last {shown} of {count(len(self.attempts), 'attempts')}", classes="muted"
                )
            yield Static(self.attempts_table(), id="compare-table")
            with Horizontal(id="compare-answers"):
                latest = self.attempts[-SIDE_BY_SIDE:]
                for number_, attempt in enumerate(
                    latest, start=len(self.attempts) - len(latest) + 1
                ):
                    session = self.services.data.sessions.get(attempt.id)
                    column = VerticalScroll(
                        Static((session.said if session else "") or "(nothing written)"),
                        classes="compare-answer",
                    )
                    column.border_title = plain(f"#{number_} · {self.when(attempt)}")
                    yield column
        yield Footer()

    def when(self, attempt: Row) -> str:
        moment = parse_iso(attempt.finished)
        return (
            date_words(moment.astimezone(self.services.local_tz()), weekday="") if moment else "?"
        )

    def attempts_table(self) -> Table:
        table = Table(box=None, padding=(0, 1), expand=False)
        headings = ("#", "When", "Time/limit", "Words", "Fillers", "Pace", "Rating", "Mode")
        for heading in headings:
            table.add_column(
                heading, justify="right" if heading not in ("When", "Mode") else "left"
            )
        first = max(0, len(self.attempts) - TABLE_ROWS)
        for position, attempt in enumerate(self.attempts[first:], start=first + 1):
            table.add_row(
                str(position),
                self.when(attempt),
                time_used(attempt),
                whole(attempt.words),
                whole(attempt.fillers),
                whole(attempt.wpm),  # words a minute, heard
                stars(attempt.rating),
                plain(attempt.mode),
            )
        return table
