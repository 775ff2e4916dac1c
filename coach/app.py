"""The App: global keys, the stylesheet, and the screens, given the services to work on.

Kept short on purpose: each screen lives in its own module under `screens/`, and all
data goes through the injected `Services` (store, writer, content, clock), so tests
build the app on a temporary file.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from coach.content import tip_of_the_day
from coach.paths import display_path
from coach.services import Services
from coach.sessions import DRAFT_ID, Draft
from screens import STYLESHEET
from screens.help import HelpScreen, KeyRow
from screens.history import HistoryScreen
from screens.home import HomeScreen
from screens.meetings import MeetingsScreen
from screens.practice import PracticeScreen
from screens.reflect import ReflectScreen
from screens.resume import offer_resume


class CoachApp(App[int]):
    """coach, the interview practice app."""

    TITLE = "coach"
    CSS_PATH = STYLESHEET
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services

    def get_default_screen(self) -> Screen[None]:
        today = self.services.clock().astimezone()
        return HomeScreen(
            self.services,
            tip=tip_of_the_day(self.services.content.tips, today.toordinal()),
            database=display_path(self.services.store.path),
            today=today,
        )

    def on_mount(self) -> None:
        record = self.services.store.get("drafts", DRAFT_ID)
        draft = Draft.from_record(record) if record else None
        if draft is not None:
            offer_resume(self, self.services, draft)

    def action_practice(self) -> None:
        """Open practice set-up (from home)."""
        self.push_screen(PracticeScreen(self.services))

    def action_history(self) -> None:
        """Open the history of every attempt (from home)."""
        self.push_screen(HistoryScreen(self.services))

    def action_meetings(self) -> None:
        """Open meetings and their checklists (from home)."""
        self.push_screen(MeetingsScreen(self.services))

    def action_reflect(self) -> None:
        """Open reflection entries (from home)."""
        self.push_screen(ReflectScreen(self.services))

    def action_help(self) -> None:
        """Show the keys of the current screen and the global ones."""
        if isinstance(self.screen, HelpScreen):
            return
        screen_keys: list[KeyRow] = []
        global_keys: list[KeyRow] = []
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not binding.description:
                continue
            rows = global_keys if active.node is self else screen_keys
            rows.append((binding.key_display or binding.key, binding.description.capitalize()))
        if self.ENABLE_COMMAND_PALETTE:
            global_keys.append((self.COMMAND_PALETTE_BINDING, "Command palette"))
        name = self.screen.sub_title or "This screen"
        self.push_screen(HelpScreen(name, screen_keys, global_keys))
