"""F1: the keys that work right now, on this screen and everywhere."""

from __future__ import annotations

import re
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
    """Show the keys of the current screen and the global ones (f1), read from the
    bindings themselves so the two cannot drift: hidden keys with a description count
    (tabs, ctrl+arrows, f3-f5), and so do coach's own widgets on the screen (the rating's
    1-5, the checklist's keys) whether or not they have focus."""
    if isinstance(app.screen, HelpScreen):
        return
    screen_keys: list[KeyRow] = []
    global_keys: list[KeyRow] = []
    seen: set[str] = set()

    def add(rows: list[KeyRow], binding: Binding, ours: bool) -> None:
        """A shown key; or a hidden one of coach's own (Textual's hidden keys are its
        plumbing: scrolling, focus, copying)."""
        if not binding.description or binding.key in seen or not (binding.show or ours):
            return
        seen.add(binding.key)
        # Shown as the footer shows it: "esc", "/", "^q" rather than "escape", "slash".
        rows.append((app.get_key_display(binding), binding.description.capitalize()))

    for active in app.screen.active_bindings.values():
        ours = active.binding.action in own_actions(active.node)
        everywhere = active.node is app or active.binding.action.startswith("app.")
        add(global_keys if everywhere else screen_keys, active.binding, ours)
    # The screen's own keys too, where they do nothing right now (another tab's keys).
    for widget in [app.screen, *app.screen.query("*")]:
        for one in own_bindings(widget):
            add(screen_keys, one, True)
    screen_keys += getattr(app.screen, "KEY_HELP", [])  # keys a Textual widget handles for it
    if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING not in seen:
        palette = Binding(app.COMMAND_PALETTE_BINDING, "palette")
        global_keys.append((app.get_key_display(palette), "Command palette"))
    name = app.screen.sub_title or "This screen"
    app.push_screen(HelpScreen(name, numbered(screen_keys), numbered(global_keys)))


def own_bindings(node: object) -> list[Binding]:
    """The bindings coach's own classes declare for `node` (not those Textual gives it)."""
    return [
        one
        for cls in type(node).__mro__
        if cls.__module__.startswith(("screens.", "coach."))
        for one in vars(cls).get("BINDINGS", [])
        if isinstance(one, Binding)
    ]


def own_actions(node: object) -> set[str]:
    return {one.action for one in own_bindings(node)}


def numbered(rows: list[KeyRow]) -> list[KeyRow]:
    """`1 Tab 1` ... `4 Tab 4` as one row, `1-4  Tab 1 to 4`."""
    grouped: list[KeyRow] = []
    families: dict[str, list[str]] = {}
    for key, description in rows:
        match = re.fullmatch(r"(.*\S) (\d)", description)
        if match and key == match.group(2):
            name = match.group(1)
            if name not in families:
                families[name] = []
                grouped.append((f"#{name}", name))
            families[name].append(key)
        else:
            grouped.append((key, description))
    return [
        (f"{families[d][0]}-{families[d][-1]}", f"{d} {families[d][0]} to {families[d][-1]}")
        if k.startswith("#") and len(families.get(d, [])) > 1
        else (families[d][0], f"{d} {families[d][0]}")
        if k.startswith("#")
        else (k, d)
        for k, d in grouped
    ]
