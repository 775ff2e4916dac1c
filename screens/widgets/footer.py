"""Textual's footer, drawn with its keys in the screen's first frame and rebuilt only
when the keys it shows have changed.

Textual's footer starts empty and waits for the screen to announce its bindings; each
announcement (the screen starting, focus landing, focus styles settling: several per
frame) rebuilds every key. With the eight keys coach shows, a rebuild costs about 10 ms,
and the footer, the last thing on a new screen to appear, came some 50 ms after the rest
of the first frame. This one composes its keys with the screen, and afterwards rebuilds
at most once per frame, and only if what it would show is different.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """The key footer every coach screen shows."""

    def __init__(self) -> None:
        super().__init__()
        # Textual's flag that the bindings are known; they are as the screen composes.
        self.set_reactive(TextualFooter._bindings_ready, True)
        self._shown: Hashable = None
        self._rebuild_pending = False

    def compose(self) -> ComposeResult:
        self._shown = self.shown_keys()
        yield from super().compose()

    def shown_keys(self) -> Hashable:
        """What the footer shows of the screen's bindings: it is rebuilt when this changes."""
        return tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip)
            for (_, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self.rebuild)

    async def rebuild(self) -> None:
        self._rebuild_pending = False
        if self.is_attached and self.shown_keys() != self._shown:
            await self.recompose()
