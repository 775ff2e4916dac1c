"""The self-rating: five steps, set with the keys 1 to 5 (or arrows, or a click).

A digit moves on to the note: "4, then a word about why" is how people rate, and
letters typed on the rating itself would be taken as the screen's keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from screens.widgets.text import Label

LABELS = {
    1: "missed it",
    2: "weak",
    3: "okay",
    4: "good",
    5: "nailed it",
}


class Rating(Widget, can_focus=True):
    """How the user judges their own answer, 1 to 5, or not yet rated (0)."""

    BINDINGS = [
        *(Binding(str(n), f"rate({n})", f"Rate {n}", show=False) for n in LABELS),
        Binding("left", "step(-1)", "Lower", show=False),
        Binding("right", "step(1)", "Higher", show=False),
    ]

    DEFAULT_CSS = """
    Rating { width: auto; height: 1; padding: 0 1; color: $warning; }
    Rating:focus { background: $boost; text-style: bold; }
    """

    value: reactive[int] = reactive(0)

    def render(self) -> str:
        stars = "".join("★" if n <= self.value else "☆" for n in LABELS)
        label = LABELS.get(self.value, "press 1 to 5")
        return f"{stars}  {self.value or '-'}/5  {label}"

    class Rated(Message):
        """A rating was given by its key: what is typed next is the note, not a command."""

    def action_rate(self, value: int) -> None:
        self.value = value
        self.post_message(self.Rated())

    def action_step(self, delta: int) -> None:
        self.value = min(5, max(1, self.value + delta)) if self.value else 3

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 0 <= offset.x < len(LABELS):
            self.value = offset.x + 1


class RatingAndNote(Vertical):
    """The self-rating and an optional note, as the feedback and summary screens ask them."""

    DEFAULT_CSS = """
    RatingAndNote { height: auto; }
    RatingAndNote > #rating-row { height: auto; margin-bottom: 1; }
    """

    def __init__(self, note_hint: str, *, rating: int | None = None, note: str = "") -> None:
        super().__init__()
        self.note_hint = note_hint
        self.initial_rating = rating or 0
        self.initial_note = note

    def compose(self) -> ComposeResult:
        with Horizontal(id="rating-row"):
            yield Label("Your rating", classes="field-label")
            rating = Rating(id="rating")
            rating.set_reactive(Rating.value, self.initial_rating)
            yield rating
        with Horizontal(classes="field"):
            yield Label("Note", classes="field-label")
            yield Input(
                self.initial_note,
                placeholder=self.note_hint,
                compact=True,
                select_on_focus=False,  # a digit moves here: typing adds to the note
                id="note",
            )

    def on_mount(self) -> None:
        self.query_one(Rating).focus()

    def on_rating_rated(self, event: Rating.Rated) -> None:
        """On to the note, so typing it never lands on the screen's keys (h, d, a...)."""
        event.stop()
        self.query_one("#note", Input).focus()

    def touched(self) -> bool:
        """Whether a rating or a note was given (so leaving should ask first)."""
        rating, note = self.values()
        return rating is not None or bool(note)

    def values(self) -> tuple[int | None, str]:
        """The rating (None when not given) and the note as typed, trimmed."""
        return self.query_one(Rating).value or None, self.query_one("#note", Input).value.strip()
