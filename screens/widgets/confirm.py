"""A yes/no question as a modal that returns its answer through `dismiss`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Select, TextArea

from coach.drafts import before_sending
from screens.widgets.text import Static


class ConfirmScreen(ModalScreen[bool | None]):
    """Ask before acting: True for yes, False for no, None when escaped (neither)."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n", "answer(False)", "No", show=False),
    ]

    def __init__(
        self, question: str, *, yes: str = "Yes", no: str = "Cancel", danger: bool = True
    ) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box", classes="dialog"):
            yield Static(self.question, id="confirm-question")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.no, id="no")
                yield Button(self.yes, id="yes", variant="error" if self.danger else "primary")

    def on_mount(self) -> None:
        """Focus the safe choice: no for a dangerous act, yes otherwise."""
        self.query_one("#no" if self.danger else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def leave_asking(screen: Screen[Any], needs_asking: bool, question: str) -> None:
    """Dismiss `screen`, asking first when `needs_asking` (something typed would be lost)."""
    if not needs_asking:
        screen.dismiss(None)
        return

    def answered(leave: bool | None) -> None:
        if leave:
            screen.dismiss(None)

    screen.app.push_screen(ConfirmScreen(question, yes="Go back", no="Stay"), answered)


def send_asking(screen: Screen[Any], text: str, mark_sent: Callable[[], None]) -> None:
    """Call `mark_sent`, first asking when `text` is empty or still has gaps to fill."""
    question = before_sending(text)
    if not question:
        mark_sent()
        return

    def answered(send: bool | None) -> None:
        if send:
            mark_sent()

    # "Not yet" first: enter on its own never sends a note with "[add ...]" still in it
    screen.app.push_screen(ConfirmScreen(question, yes="Mark sent", no="Not yet"), answered)


def typed_values(screen: Screen[Any]) -> tuple[str, ...]:
    """Everything a form holds (its inputs, text areas and choices), to tell later whether
    anything was changed: a form remembers this when it opens and asks before closing if
    it differs."""
    values: list[str] = []
    for widget in screen.query("Input, TextArea, Select"):
        if isinstance(widget, Input):
            values.append(widget.value.strip())
        elif isinstance(widget, TextArea):
            values.append(widget.text.strip())
        elif isinstance(widget, Select):
            values.append(str(widget.value))
    return tuple(values)
