"""Table columns that fit the terminal: one column takes the room the others leave, and
below a width the decorations step aside so the words that matter keep their room."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

Columns = tuple[tuple[str, str, int], ...]  # heading, key, width
NARROW = 100  # below this many columns a list shows its narrow layout


def fitting(width: int, wide: Columns, narrow: Columns) -> Columns:
    """The layout for a screen `width` wide (the wide one before the width is known)."""
    return narrow if 0 < width < NARROW else wide


def flexible_width(width: int, columns: Columns, flexible: str, least: int) -> int:
    """What the other columns leave `flexible`: their widths, two cells of padding each,
    the margins and the scrollbar."""
    fixed = sum(size for _, key, size in columns if key != flexible) + 2 * len(columns) + 4
    return max(least, width - fixed)


def set_columns(table: DataTable[Text | str], columns: Columns) -> None:
    """Replace the table's columns (and so its rows) with `columns`."""
    table.clear(columns=True)
    for heading, key, width in columns:
        table.add_column(heading, width=width, key=key)
