"""The App: global keys, the stylesheet, and the screens, given a Store to work on.

Kept short on purpose: each screen lives in its own module under `screens/`, and all
data goes through the injected `Store`, so tests build the app on a temporary file.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from coach.clock import Clock, system_clock
from coach.content import Content, tip_of_the_day
from coach.paths import display_path
from coach.store import Store
from screens import STYLESHEET
from screens.help import HelpScreen, KeyRow
from screens.home import HomeScreen


class CoachApp(App[int]):
    """coach, the interview practice app."""

    TITLE = "coach"
    CSS_PATH = STYLESHEET
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "help", "Help"),
    ]

    def __init__(self, store: Store, *, content: Content, clock: Clock = system_clock) -> None:
        super().__init__()
        self.store = store
        self.content = content
        self.clock = clock

    def get_default_screen(self) -> Screen[None]:
        today = self.clock().astimezone()
        return HomeScreen(
            session_count=self.store.count("sessions"),
            tip=tip_of_the_day(self.content.tips, today.toordinal()),
            database=display_path(self.store.path),
            today=today,
        )

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
