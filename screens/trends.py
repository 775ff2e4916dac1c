"""Trends: rating, overtime and fillers over time, overall or for one deck or question,
and per-question figures with when each is next due."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Select

from coach.clock import date_words
from coach.numbers import figure
from coach.progress import (
    RATING_SCALE,
    QuestionFigures,
    per_question,
    series,
    summary,
)
from coach.schedule import due_dates
from coach.services import Services
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static, plain
from screens.widgets.trend import TrendLine

ALL = "all"
TRENDS = ("ratings", "overtime", "fillers_per_100", "pace_wpm", "um_uh_per_minute")


class TrendsScreen(Screen[None]):
    """Whether practice is paying off."""

    SUB_TITLE = "Trends"
    BINDINGS = [Binding("escape", "dismiss(None)", "Back")]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.rows = services.history_rows()

    def compose(self) -> ComposeResult:
        decks = {d.id: d.name for d in self.services.decks()}
        present_decks = sorted({row.deck for row in self.rows} - {""})
        questions = per_question(self.rows)
        scopes = [("All sessions", ALL)]
        scopes += [(f"Deck: {decks.get(d, d)}", f"deck:{d}") for d in present_decks]
        scopes += [(f"Question: {q.question[:60]}", f"q:{q.question_id}") for q in questions]
        yield Header(icon="")
        with VerticalScroll(id="trends"):
            with Horizontal(classes="field"):
                yield Label("Show", classes="field-label")
                yield Select(scopes, value=ALL, allow_blank=False, compact=True, id="scope")
            for name, label in (
                ("ratings", "Rating"),
                ("overtime", "Overtime (s)"),
                ("fillers_per_100", "Fillers per 100 words"),
                ("pace_wpm", "Pace, spoken (words a minute; about 110 to 170 is easy to follow)"),
                ("um_uh_per_minute", "Um and uh per minute, spoken"),
            ):
                yield Static(label, classes="trend-label")
                yield TrendLine(
                    scale=RATING_SCALE if name == "ratings" else None, id=f"spark-{name}"
                )
                yield Static("", id=f"summary-{name}", classes="muted")
            yield Static(self.questions_table(questions), id="per-question")
        yield Footer()

    def on_mount(self) -> None:
        self.show(ALL)

    def on_select_changed(self, event: Select.Changed) -> None:
        self.show(str(event.value))

    def show(self, scope: str) -> None:
        chosen = self.rows
        if scope.startswith("deck:"):
            chosen = [row for row in self.rows if row.deck == scope[5:]]
        elif scope.startswith("q:"):
            chosen = [row for row in self.rows if row.question_id == scope[2:]]
        found = series(chosen)
        for name in TRENDS:
            values: list[float] = getattr(found, name)
            self.query_one(f"#spark-{name}", TrendLine).data = values
            self.query_one(f"#summary-{name}", Static).update(summary(values))

    def questions_table(self, questions: list[QuestionFigures]) -> Table:
        due = due_dates(self.services.data.sessions.for_schedule(), self.services.cards())
        tz = self.services.local_tz()
        now = self.services.clock()
        table = Table(
            title="Per question", title_justify="left", box=None, padding=(0, 1), expand=True
        )
        table.add_column("Question", ratio=1, overflow="ellipsis", no_wrap=True)
        for heading in ("Tries", "Best", "Last", "Avg", "Next due"):
            table.add_column(heading, justify="right", no_wrap=True)
        for figures in questions:
            when = due.get(figures.question_id)
            if when is None:
                next_due = Text("unrated", style="dim")
            elif when <= now:
                next_due = Text("now", style="bold yellow")
            else:
                next_due = Text(date_words(when.astimezone(tz), weekday="", year=False))
            table.add_row(
                plain(figures.question),
                str(figures.attempts),
                "-" if figures.best is None else str(figures.best),
                "-" if figures.last is None else str(figures.last),
                "-" if figures.average is None else figure(figures.average),
                next_due,
            )
        if not questions:
            table.add_row(Text("No practice yet.", style="dim"), "", "", "", "", "")
        return table
