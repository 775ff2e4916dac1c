"""The self-rating: five steps, set with the keys 1 to 5 (or arrows, or a click)."""

from __future__ import annotations

from textual.binding import Binding
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

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

    value: reactive[int] = reactive(0)

    class Changed(Message):
        """The rating changed."""

        def __init__(self, rating: Rating, value: int) -> None:
            super().__init__()
            self.rating = rating
            self.value = value

    def render(self) -> str:
        stars = "".join("★" if n <= self.value else "☆" for n in LABELS)
        label = LABELS.get(self.value, "press 1 to 5")
        return f"{stars}  {self.value or '-'}/5  {label}"

    def action_rate(self, value: int) -> None:
        self.value = value

    def action_step(self, delta: int) -> None:
        self.value = min(5, max(1, self.value + delta)) if self.value else 3

    def on_click(self, event: Click) -> None:
        if 0 <= event.x < len(LABELS):
            self.value = event.x + 1

    def watch_value(self, value: int) -> None:
        self.post_message(self.Changed(self, value))
