"""Pick a question from a deck, filtering as you type."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from coach.decks import Deck, Question
from coach.timing import describe_seconds
from screens.widgets.text import Static, plain


class QuestionPicker(ModalScreen[str | None]):
    """A searchable list of a deck's questions; dismisses with the chosen id or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("down", "focus_list", "List", show=False),
    ]

    def __init__(self, deck: Deck) -> None:
        super().__init__()
        self.deck = deck

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog") as box:
            box.border_title = plain(f"Pick a question · {self.deck.name}")
            yield Input(placeholder="type to filter", id="picker-filter")
            yield OptionList(*options(self.deck.questions, ""), id="picker-list")
            yield Static("enter picks · escape cancels", classes="dialog-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        found = self.query_one("#picker-list", OptionList)
        found.clear_options()
        found.add_options(options(self.deck.questions, event.value))
        if found.option_count:
            found.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        found = self.query_one("#picker-list", OptionList)
        if found.option_count:
            index = found.highlighted or 0
            self.dismiss(found.get_option_at_index(index).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_focus_list(self) -> None:
        self.query_one("#picker-list", OptionList).focus()


def options(questions: tuple[Question, ...], text: str) -> list[Option]:
    """Questions whose text or tags contain every word typed, any case."""
    words = text.casefold().split()
    shown = []
    for question in questions:
        haystack = f"{question.text} {' '.join(question.tags)}".casefold()
        if all(word in haystack for word in words):
            label = Text.assemble(question.text, (f"  {describe_seconds(question.limit)}", "dim"))
            shown.append(Option(plain(label), id=question.id))
    return shown
