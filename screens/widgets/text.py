"""Static and Label that show text as typed: coach never uses console markup, and user
text (a question about "[/b] tags", a person typed as "Ada [/] Lovelace", a path with
brackets) must never be read as markup, which crashes a screen or hides words; nor may
its control characters reach the terminal (an ESC in an imported name would retitle it),
so they are drawn as their pictures (`coach.visible`).

Screens import `Static` and `Label` from here instead of from Textual; everything else
about them is Textual's. `plain` does the same for the places that take a string and read
it as markup, or take a Text built from user data (table cells, border titles, option
prompts).
"""

from __future__ import annotations

from rich.text import Text
from textual import widgets
from textual.visual import VisualType
from textual.widgets._label import LabelVariant

from coach.visible import visible


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
            shown(content),
            expand=expand,
            shrink=shrink,
            markup=False,
            name=name,
            id=id,
            classes=classes,
            disabled=disabled,
        )

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(shown(content), layout=layout)


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
            shown(content),
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
    """`value` as text that is never read as markup, its control characters visible."""
    if isinstance(value, Text):
        safe = value.copy()
        safe.plain = visible(value.plain)  # one character for one: the styles stay put
        return safe
    return Text(visible(str(value)))


def shown(content: VisualType) -> VisualType:
    """Content as drawn: strings and Texts with their control characters made visible."""
    if isinstance(content, str):
        return visible(content)
    if isinstance(content, Text):
        return plain(content)
    return content
