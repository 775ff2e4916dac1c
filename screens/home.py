"""Home: where every visit starts, with what there is to do today."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.content import Tip
from coach.meetings import Meeting, follow_up
from coach.schedule import SESSION_FIELDS, due_now
from coach.services import Services
from screens.saving import after_saves


class HomeScreen(Screen[None]):
    """The first screen: a short orientation, today's figures and a tip."""

    SUB_TITLE = "Home"
    BINDINGS = [
        Binding("p", "app.practice", "Practise"),
        Binding("h", "app.history", "History"),
        Binding("m", "app.meetings", "Meetings"),
        Binding("r", "app.reflect", "Reflect"),
    ]

    def __init__(self, services: Services, *, tip: Tip, database: str, today: datetime) -> None:
        super().__init__()
        self.services = services
        self.tip = tip
        self.database = database
        self.today = today

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="home"):
            yield Static(f"{self.today:%A} {self.today.day} {self.today:%B %Y}", id="home-date")
            yield Static(
                "Practise answers against the clock, review how you are doing, get ready "
                "for each meeting and reflect on what it taught you.",
                id="home-intro",
            )
            with Vertical(id="home-today", classes="card") as today:
                today.border_title = "Today"
                yield Static(
                    progress_line(self.services.store.count("sessions")), id="home-progress"
                )
                yield Static(self.due_line(), id="home-due")
                yield Static(self.thanks_line(), id="home-thanks")
            with Vertical(id="home-tip", classes="card") as tip:
                tip.border_title = f"Tip · {self.tip.topic}"
                yield Static(self.tip.text, id="home-tip-text")
            yield Static(f"Your data: {self.database}", id="home-database")
        yield Footer()

    def on_screen_resume(self) -> None:
        """Back from practice: the figures may have changed (once the saves have landed)."""
        after_saves(self.app, self.services, self.refresh_figures)

    def refresh_figures(self) -> None:
        count = self.services.store.count("sessions")
        self.query_one("#home-progress", Static).update(progress_line(count))
        self.query_one("#home-due", Static).update(self.due_line())
        self.query_one("#home-thanks", Static).update(self.thanks_line())

    def thanks_line(self) -> str:
        """Thank-you notes due or overdue after meetings."""
        now = self.services.clock()
        meetings = [Meeting.from_record(r) for r in self.services.store.all("meetings")]
        owed = [(m, follow_up(m, now)) for m in meetings]
        owed = [(m, state) for m, state in owed if state in ("due", "overdue")]
        if not owed:
            return ""
        names = ", ".join(f"{m.title()} ({state})" for m, state in owed[:3])
        more = f" and {len(owed) - 3} more" if len(owed) > 3 else ""
        return f"Thank-you notes to send: {names}{more}"

    def due_line(self) -> str:
        """Which questions the spaced-repetition schedule says are due today."""
        questions = [q for deck in self.services.decks() for q in deck.questions]
        sessions = self.services.store.select("sessions", SESSION_FIELDS)
        due = due_now(questions, sessions, self.services.clock())
        if not due:
            return "" if not sessions else "Nothing due for review today."
        first = due[0][0].text
        more = f" and {len(due) - 1} more" if len(due) > 1 else ""
        return f"Due for practice: “{first}”{more}"


def progress_line(session_count: int) -> str:
    """What the practice record says so far, in words."""
    if session_count == 0:
        return "No practice sessions yet. Press p to answer your first question against the clock."
    plural = "session" if session_count == 1 else "sessions"
    return f"{session_count} practice {plural} recorded."
