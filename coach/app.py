"""The App: global keys and navigation, the palette, the theme, and the first screen.

Kept short on purpose: each screen lives in its own module under `screens/`, and all
data goes through the injected `Services` (store, writer, content, clocks), so tests
build the app on a temporary file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.screen import ModalScreen, Screen

from coach.content import tip_of_the_day
from coach.paths import display_path
from coach.services import Services
from screens import STYLESHEET
from screens.home import HomeScreen
from screens.navigation import area_screen

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.driver import Driver
    from textual.notifications import SeverityLevel
    from textual.theme import Theme

    from screens.reflect import ReflectScreen

# Everything not needed for the first frame (the palette, help, dialogs, the schedule
# and its FSRS library) is imported where it is first used: start-up is measured
# against a bare Textual app (benchmarks/bench_startup.py).


def coach_commands() -> type[Provider]:
    """The palette's provider, loaded when the palette first opens."""
    from screens.palette import CoachCommands

    return CoachCommands


class CoachApp(App[int]):
    """coach, the interview practice app."""

    TITLE = "coach"
    CSS_PATH = STYLESHEET
    COMMANDS = App.COMMANDS | {coach_commands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
        # Everywhere, but in the footer only on home (screens/home.py): elsewhere the
        # screen's own keys need the room; f1 lists these on every screen.
        Binding("p", "go('practice')", "Practise", show=False),
        Binding("h", "go('history')", "History", show=False),
        Binding("m", "go('meetings')", "Meetings", show=False),
        Binding("o", "go('people')", "People", show=False),
        Binding("r", "go('reflect')", "Reflect", show=False),
        Binding("g", "go('home')", "Home", show=False),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Textual's notify, with markup off by default: messages carry user text (paths,
        names), which must never be read as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver for this terminal, reading pastes that hold an ESC whole."""
        from screens.terminal_input import mend_pastes

        driver = super().get_driver_class()
        mend_pastes(driver)
        return driver

    def get_default_screen(self) -> Screen[None]:
        today = self.services.clock().astimezone(self.services.local_tz())
        return HomeScreen(
            self.services,
            tip=tip_of_the_day(self.services.content.tips, today.toordinal()),
            database=display_path(self.services.data.path),
            today=today,
        )

    def on_mount(self) -> None:
        theme = self.services.data.settings.theme()
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self.remember_theme)
        if self.services.data.drafts.waiting():  # rare: load the dialog only then
            self.offer_draft()

    def offer_draft(self) -> None:
        from screens.resume import offer_resume

        draft = self.services.data.drafts.get()
        if draft is not None:
            offer_resume(self, self.services, draft)

    def remember_theme(self, theme: Theme) -> None:
        from screens.saving import write

        write(self, self.services, lambda data: data.settings.set_theme(theme.name))

    # -- going places ------------------------------------------------------------------

    def answering(self) -> bool:
        return bool(getattr(self.screen, "in_progress", False))

    def action_go(self, area: str, deck: str = "", new: bool = False) -> None:
        """One key per area from anywhere (not while typing): back to home, then there."""
        self.go_to(area, deck=deck, new=new)

    def go_to(
        self,
        area: str,
        *,
        deck: str = "",
        new: bool = False,
        then: Callable[[Screen[None]], None] | None = None,
    ) -> None:
        """Home, then `area`'s screen (handed to `then`). Asks first when a screen on the
        way holds something unsaved; from an answer in progress, leaving asks as esc does."""
        if isinstance(self.screen, ModalScreen):
            return
        if self.answering():
            leave = getattr(self.screen, "action_leave", None)
            if callable(leave):
                leave()
            return

        def go() -> None:
            while len(self.screen_stack) > 1:
                self.pop_screen()
            screen = area_screen(area, self.services, deck=deck, new=new)
            if screen is not None:
                self.push_screen(screen)
                if then is not None:
                    then(screen)

        self.unless_unsaved(
            go, "Leave this screen? What you typed or rated here has not been saved.", "Leave"
        )

    def unless_unsaved(self, act: Callable[[], None], question: str, yes: str) -> None:
        """`act` at once, or after a yes when a screen holds something not yet saved."""
        if not any(getattr(s, "unsaved_text", lambda: False)() for s in self.screen_stack):
            act()
            return

        from screens.widgets.confirm import ConfirmScreen

        def answered(anyway: bool | None) -> None:
            if anyway:
                act()

        self.push_screen(ConfirmScreen(question, yes=yes, no="Keep working"), answered)

    def action_practise_due(self) -> None:
        from coach.schedule import next_due
        from screens.navigation import practise_again

        questions = [q for deck in self.services.decks() for q in deck.questions]
        history = self.services.data.sessions.for_schedule()
        question = next_due(questions, history, self.services.clock(), self.services.cards())
        practise_again(
            self, self.services, question.deck, question.id, question.text, limit_s=question.limit
        )

    def action_practise_deck(self, deck_id: str) -> None:
        self.action_go("practice", deck=deck_id)

    def action_new_meeting(self) -> None:
        self.action_go("meetings", new=True)

    def action_new_person(self) -> None:
        self.action_go("people", new=True)

    def action_takeaways(self) -> None:
        """Reflect, and on it the next steps and skills to build (from the palette)."""
        self.over_reflect(lambda screen: screen.action_takeaways())

    def action_stories(self) -> None:
        """Reflect, and on it the story bank (from the palette)."""
        self.over_reflect(lambda screen: screen.action_stories())

    def over_reflect(self, then: Callable[[ReflectScreen], None]) -> None:
        from screens.reflect import ReflectScreen

        def opened(screen: Screen[None]) -> None:
            if isinstance(screen, ReflectScreen):
                then(screen)

        self.go_to("reflect", then=opened)

    def action_export(self) -> None:
        from screens.exporting import ExportDialog

        self.push_screen(ExportDialog(self.services))

    def action_keep_in_touch(self) -> None:
        from screens.people import ask_keep_in_touch

        ask_keep_in_touch(self, self.services)

    def action_toggle_recordings(self) -> None:
        """Keep the audio of spoken answers, or keep only their transcripts from now on."""
        from screens.saving import write

        keep = not self.services.data.settings.keep_audio()
        said = (
            "Recordings of spoken answers are kept beside your database."
            if keep
            else "New recordings are deleted once transcribed; transcripts are kept."
        )
        write(
            self,
            self.services,
            lambda data: data.settings.set_keep_audio(keep),
            lambda _: self.notify(said, title="Recordings", markup=False),
        )

    def action_help(self) -> None:
        from screens.help import show_help

        show_help(self)

    def hang_up(self) -> None:
        """The terminal closed (SIGHUP) or coach was told to stop (SIGTERM): nobody is
        there to ask, so keep what ctrl+q would have asked about (a rating and note, an
        edited thank-you) and end the normal way, which keeps an answer as a draft."""
        for screen in self.screen_stack:
            keep = getattr(screen, "keep_for_later", None)
            if callable(keep):
                keep()
        self.exit()

    async def action_quit(self) -> None:
        """Ask first when something typed is not saved (an answer's draft is kept anyway)."""
        self.unless_unsaved(
            lambda: self.exit(0),
            "Quit now? What you are typing has not been saved (an answer in progress "
            "is kept as a draft).",
            "Quit",
        )
