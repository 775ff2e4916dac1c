"""A trend drawn honestly: one bar per attempt, newest on the right, on a fixed scale.

Textual's Sparkline scales each series from its own lowest to its highest value and fills
the box for a single value, so two ratings of 4 and 5 read as a collapse and a first
rating as a perfect record. This draws `coach.progress.bar_rows` instead: ratings on 1 to
5, everything else from zero, a bar per value, nothing at all for no values.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from coach.progress import bar_rows

MAX_BAR_WIDTH = 3


class TrendLine(Widget):
    """The last values that fit the width, as bars."""

    DEFAULT_CSS = """
    TrendLine {
        height: 2;
        margin-bottom: 1;
        color: $success;
    }
    """

    def __init__(
        self,
        data: list[float] | None = None,
        *,
        scale: tuple[float, float] | None = None,
        empty: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._data = list(data or [])
        self.scale = scale
        self.empty = empty  # said, dimmed, while there is nothing to draw

    @property
    def data(self) -> list[float]:
        return self._data

    @data.setter
    def data(self, values: list[float]) -> None:
        self._data = list(values)
        self.refresh()

    def render(self) -> Text:
        if not self._data:
            return Text(self.empty, style="dim")
        width = max(1, self.size.width)
        shown = self._data[-width:]
        wide = max(1, min(MAX_BAR_WIDTH, width // len(shown)))  # few values: wider bars
        rows = bar_rows(shown, self.scale, max(1, self.size.height))
        return Text("\n".join("".join(cell * wide for cell in row) for row in rows), no_wrap=True)
