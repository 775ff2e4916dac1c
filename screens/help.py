"""F1: the keys that work right now, on this screen and everywhere."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

from screens.widgets.text import Static

KeyRow = tuple[str, str]


class HelpScreen(ModalScreen[None]):
    """A modal list of keys, grouped: this screen's, then the global ones."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("f1", "dismiss", "Close", show=False),
    ]

    def __init__(
        self, screen_name: str, screen_keys: list[KeyRow], global_keys: list[KeyRow]
    ) -> None:
        super().__init__()
        self.screen_name = screen_name
        self.screen_keys = screen_keys
        self.global_keys = global_keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Keys"
            if self.screen_keys:
                yield Static(self.screen_name, classes="help-heading")
                yield Static(key_table(self.screen_keys), classes="help-keys")
            yield Static("Everywhere", classes="help-heading")
            yield Static(key_table(self.global_keys), classes="help-keys")
            yield Static("escape or f1 closes this help", classes="help-hint")


def key_table(rows: list[KeyRow]) -> Table:
    """Keys and what they do, in two aligned columns."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, description in rows:
        table.add_row(Text(key), Text(description))
    return table


def show_help(app: App[Any]) -> None:
    """Show the keys of the current screen and the global ones (f1)."""
    if isinstance(app.screen, HelpScreen):
        return
    screen_keys: list[KeyRow] = []
    global_keys: list[KeyRow] = []
    for active in app.screen.active_bindings.values():
        binding = active.binding
        if not binding.show or not binding.description:
            continue
        rows = global_keys if active.node is app else screen_keys
        # Shown as the footer shows it: "esc", "/", "^q" rather than "escape", "slash".
        rows.append((app.get_key_display(binding), binding.description.capitalize()))
    if app.ENABLE_COMMAND_PALETTE:
        palette = Binding(app.COMMAND_PALETTE_BINDING, "palette")
        global_keys.append((app.get_key_display(palette), "Command palette"))
    name = app.screen.sub_title or "This screen"
    app.push_screen(HelpScreen(name, screen_keys, global_keys))
