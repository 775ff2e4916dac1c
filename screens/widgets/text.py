"""Static and Label that show text as typed: coach never uses console markup, and user
text (a question about "[/b] tags", a person typed as "Ada [/] Lovelace", a path with
brackets) must never be read as markup, which crashes a screen or hides words.

Screens import `Static` and `Label` from here instead of from Textual; everything else
about them is Textual's. `plain` does the same for the places that take a string and read
it as markup (table cells, border titles, option prompts).
"""

from __future__ import annotations

from rich.text import Text
from textual import widgets
from textual.visual import VisualType
from textual.widgets._label import LabelVariant


class Static(widgets.Static):
    """Textual's Static, with markup off."""

    def __init__(
        self,
        content: VisualType = "",
        *,
        expand: bool = False,
        shrink: bool = False,
        name: str | None = None,
        id: str | None = None,  # Textual's own parameter name
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            content,
            expand=expand,
            shrink=shrink,
            markup=False,
            name=name,
            id=id,
            classes=classes,
            disabled=disabled,
        )


class Label(widgets.Label):
    """Textual's Label, with markup off."""

    def __init__(
        self,
        content: VisualType = "",
        *,
        variant: LabelVariant | None = None,
        expand: bool = False,
        shrink: bool = False,
        name: str | None = None,
        id: str | None = None,  # Textual's own parameter name
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            content,
            variant=variant,
            expand=expand,
            shrink=shrink,
            markup=False,
            name=name,
            id=id,
            classes=classes,
            disabled=disabled,
        )


def plain(value: object) -> Text:
    """`value` as text that is never read as markup."""
    return value if isinstance(value, Text) else Text(str(value))
