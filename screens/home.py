"""Home: what to do today. Questions due, meetings coming up with their checklists,
thank-you notes owed, people due a message, the streak, this week's practice and how
ratings are trending; each item opens where it points."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, OptionList
from textual.widgets.option_list import Option

from coach.clock import date_words
from coach.data import Kind
from coach.errors import CoachError
from coach.plural import count
from coach.progress import RATING_SCALE
from coach.services import Services
from coach.today import Today, gather_today
from screens.saving import DataChanged
from screens.widgets.footer import Footer
from screens.widgets.text import Static, plain
from screens.widgets.trend import TrendLine

if TYPE_CHECKING:
    from coach.content import Tip

MOST_ITEMS = 8
FIGURES_IN_FIRST_FRAME = 1000  # sessions: up to here the figures take a few milliseconds


class HomeScreen(Screen[None]):
    """The first screen; enter on an item of "Today" opens it."""

    SUB_TITLE = "Home"
    # The areas, shown here in the footer (the App's keys are hidden there elsewhere).
    BINDINGS = [
        Binding("p", "app.go('practice')", "Practise"),
        Binding("h", "app.go('history')", "History"),
        Binding("m", "app.go('meetings')", "Meetings"),
        Binding("o", "app.go('people')", "People"),
        Binding("r", "app.go('reflect')", "Reflect"),
    ]
    # Focus the list as the screen is built: focusing it in on_mount moved the focus a
    # second time (from the scrolling container) and cost an extra repaint at start-up.
    AUTO_FOCUS = "#home-items"

    def __init__(self, services: Services, *, tip: Tip, database: str, today: datetime) -> None:
        super().__init__()
        self.services = services
        self.tip = tip
        self.database = database
        self.today = today
        self.targets: dict[str, tuple[str, str]] = {}
        self.stale = False  # something changed while another screen was on top
        self.shown_revision = -1  # the saves the figures on screen include (tests wait on it)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="home"):
            yield Static(date_words(self.today, weekday="long"), id="home-date")
            with Horizontal(id="home-figures"):
                yield Static("", id="home-streak", classes="figure")
                yield Static("", id="home-week", classes="figure")
                with Vertical(id="home-trend-box", classes="figure"):
                    yield Static("Ratings lately", classes="figure-label")
                    yield TrendLine(scale=RATING_SCALE, empty="no ratings yet", id="home-trend")
            with Vertical(id="home-today", classes="card") as today:
                today.border_title = "Today"
                yield OptionList(id="home-items")
            with Vertical(id="home-tip", classes="card") as tip:
                tip.border_title = plain(f"Tip · {self.tip.topic}")
                yield Static(self.tip.text, id="home-tip-text")
            yield Static(f"Your data: {self.database}", id="home-database")
        yield Footer()

    def on_mount(self) -> None:
        """A short history's figures are in the first frame (working them out takes less
        than drawing it); a long one's start on a thread once that frame is out, where
        they would otherwise compete with drawing it for the interpreter."""
        if self.services.data.sessions.count() > FIGURES_IN_FIRST_FRAME:
            self.call_after_refresh(self.load_figures)
            return
        try:
            self.show_figures(gather_today(self.services))
        except CoachError as error:
            stop_for(self.app, error)

    @on(DataChanged)
    def changed(self, event: DataChanged) -> None:
        """A save landed: work the figures out again now if home is in view, else when
        it comes back into view."""
        if event.about(Kind.SESSIONS, Kind.MEETINGS, Kind.QUESTIONS, Kind.PEOPLE, Kind.SETTINGS):
            if self.is_current:
                self.load_figures()
            else:
                self.stale = True

    def on_screen_resume(self) -> None:
        if self.stale:
            self.stale = False
            self.load_figures()

    def load_figures(self) -> None:
        """Work the figures out on a thread (they read every session) and show them after.

        The screen is drawn at once; with a long history the figures follow a moment later.
        """
        services, app = self.services, self.app

        def gather() -> None:
            try:
                today = gather_today(services)
            except CoachError as error:
                app.call_from_thread(stop_for, app, error)
                return
            self.post_message(Gathered(today))  # dropped if home closed meanwhile

        self.run_worker(gather, thread=True, exclusive=True, group="home-figures")

    def on_gathered(self, message: Gathered) -> None:
        if message.today.revision >= self.shown_revision:  # an older gathering came late
            self.show_figures(message.today)

    def show_figures(self, today: Today) -> None:
        first = self.shown_revision < 0
        self.show_today(today)
        if first:
            self.call_after_refresh(self.prepare_history)

    def prepare_history(self) -> None:
        """Once the first figures are drawn, load the history's module and read its rows on
        a thread, so its first opening neither imports nor reads 10,000 sessions (later
        saves are read when it opens, not after every save)."""
        self.run_worker(self.read_history_ahead, thread=True, group="history-rows")

    def read_history_ahead(self) -> None:
        import screens.history  # noqa: F401  (loaded here so that "h" does not wait on it)

        self.services.history_rows()

    def show_today(self, today: Today) -> None:
        self.shown_revision = today.revision
        stats = today.stats
        streak = stats.streak_days
        self.query_one("#home-streak", Static).update(
            figure(
                "Streak",
                f"{streak} day{'s' if streak != 1 else ''}",
                streak_note(stats.streak_ends),
            )
        )
        self.query_one("#home-week", Static).update(
            figure("This week", str(stats.this_week), f"{stats.total_sessions} in all")
        )
        self.query_one("#home-trend", TrendLine).data = today.ratings
        self.show_items(today)

    def show_items(self, today: Today) -> None:
        """The things to do today, most pressing first."""
        from coach.meetings import progress, when_label
        from screens.widgets.cells import follow_up_style

        listing = self.query_one("#home-items", OptionList)
        listing.clear_options()
        self.targets = {}
        zone = self.services.local_tz()
        for meeting, state in today.owed:
            label = Text(f"Thank-you {state}: ", style=follow_up_style(state))
            label.append(meeting.title())
            self.add(listing, label, "follow-up", meeting.id)
        local_today = self.services.clock().astimezone(zone).date()
        for person, day, why in today.touches:
            label = Text(f"{why.label}: ", style="bold yellow")
            label.append(person.title())
            when = "today" if day >= local_today else date_words(day, year=False)
            label.append(f"  due {when}", style="dim")
            self.add(listing, label, "person", person.id)
        for meeting in today.upcoming:
            done, total = progress(meeting.checklist)
            start = meeting.starts()
            is_today = start is not None and start.astimezone(zone).date() == local_today
            label = Text("Meeting today: " if is_today else "Coming up: ", style="bold")
            label.append(f"{meeting.title()}, {when_label(meeting, zone)}  ")
            label.append(f"checklist {done}/{total}", style="green" if done == total else "dim")
            self.add(listing, label, "meeting", meeting.id)
        for question in today.due:
            label = Text("Practise: ", style="bold")
            label.append(question.text)
            self.add(listing, label, "question", f"{question.deck}\t{question.id}")
        if not self.targets:
            hint = (
                "Nothing due today. p practises a question, m adds a meeting, o your people, "
                "r reflects."
            )
            if today.untried and today.stats.total_sessions:
                hint = (
                    f"Nothing due today; {count(today.untried, 'questions')} never "
                    "tried yet: p practises the next one."
                )
            if not today.stats.total_sessions:
                hint = "No practice sessions yet. Press p to answer your first question."
            listing.add_option(Option(Text(hint, style="dim"), disabled=True))
        else:
            listing.highlighted = 0

    def add(self, listing: OptionList, label: Text, kind: str, target: str) -> None:
        if len(self.targets) >= MOST_ITEMS:
            return
        key = f"item-{len(self.targets)}"
        self.targets[key] = (kind, target)
        listing.add_option(Option(plain(label), id=key))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        kind, target = self.targets.get(event.option.id or "", ("", ""))
        from screens.meeting import MeetingScreen
        from screens.navigation import practise_again

        if kind == "question":
            deck_id, question_id = target.split("\t")
            deck = self.services.deck(deck_id)
            question = deck.find(question_id) if deck else None
            if question is not None:
                practise_again(
                    self.app,
                    self.services,
                    deck_id,
                    question.id,
                    question.text,
                    limit_s=question.limit,
                )
        elif kind == "person":
            from screens.person import PersonScreen

            self.app.push_screen(PersonScreen(self.services, target))
        elif kind in ("meeting", "follow-up"):
            tab = 3 if kind == "follow-up" else None
            self.app.push_screen(MeetingScreen(self.services, target, tab=tab))


class Gathered(Message):
    """Home's figures, worked out on a worker thread."""

    def __init__(self, today: Today) -> None:
        super().__init__()
        self.today = today


def stop_for(app: App[object], error: CoachError) -> None:
    """An asset file is at fault: say which, in one line, then stop."""
    app.exit(return_code=1, message=Text(f"coach: {error}", no_wrap=True, overflow="ignore"))


def figure(label: str, value: str, note: str) -> Text:
    text = Text(f"{label}\n", style="dim")
    text.append(value, style="bold")
    text.append(f"\n{note}", style="dim")
    return text


def streak_note(ends: str) -> str:
    return {"today": "practised today", "yesterday": "practise today to keep it"}.get(
        ends, "start one today"
    )
