"""Writes from a screen: run on the store's writer thread, then announced to every screen.

A save runs in order on the writer thread (coach/writer.py). When it lands, each screen
on the stack gets one `DataChanged` message naming the kinds of record it changed; a
screen that shows them handles it with `@on(DataChanged)` and reads again. So no screen
polls for freshness or waits for saves queued before it: the message comes after them.
A message to a screen that has closed meanwhile is dropped by Textual, so a save that
outlives its screen never calls into it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import App
from textual.message import Message
from textual.screen import Screen

from coach.data import Data, Kind
from coach.services import Services


class DataChanged(Message):
    """A save landed on disk; `kinds` are the kinds of record it changed."""

    def __init__(self, kinds: frozenset[Kind]) -> None:
        super().__init__()
        self.kinds = kinds

    def about(self, *kinds: Kind) -> bool:
        return any(kind in self.kinds for kind in kinds)


def write(
    app: App[Any],
    services: Services,
    job: Callable[[Data], Any],
    then: Callable[[Any], object] | None = None,
) -> None:
    """Save in the background; on failure say why, in one line, and keep the screen as is.
    On success tell the screens what changed, then call `then(result)`."""

    def run(data: Data) -> tuple[Any, frozenset[Kind]]:
        try:
            return job(data), data.take_changes()
        except BaseException:
            data.take_changes()  # a failed save changed nothing on disk
            raise

    def done(outcome: tuple[Any, frozenset[Kind]] | None, error: BaseException | None) -> None:
        if not app.is_running:
            return
        try:
            if error is not None or outcome is None:
                app.call_from_thread(
                    partial(app.notify, title="Not saved", severity="error", markup=False),
                    str(error),
                )
                return
            result, changed = outcome
            if changed:
                announce(app, changed)
            if then is not None:
                app.call_from_thread(then, result)
        except RuntimeError:  # the app closed while the save ran; the save itself stands
            pass

    services.write(run, done)


def announce(app: App[Any], changed: frozenset[Kind]) -> None:
    """Post `DataChanged` to every screen on the stack (safe from any thread)."""
    for screen in list(app.screen_stack):
        screen.post_message(DataChanged(changed))


def after_saves(app: App[Any], services: Services, then: Callable[[], None]) -> None:
    """Run `then` on the UI thread once every save asked for so far is on disk.

    Not for freshness (`DataChanged` is): for work that needs a file a save moves into
    place, as transcribing needs the recording the answer's save moved beside it.
    """
    write(app, services, lambda data: None, lambda _: then())


def delete_after_asking(
    screen: Screen[Any],
    services: Services,
    question: str,
    job: Callable[[Data], Any],
    then: Callable[[], Any] | None = None,
) -> None:
    """Ask `question` (Delete or keep); only a yes runs the deleting `job`, and `then`
    (a screen showing what went closes, say)."""
    from screens.widgets.confirm import ConfirmScreen

    def confirmed(yes: bool | None) -> None:
        if yes:
            write(screen.app, services, job)
            if then is not None:
                then()

    screen.app.push_screen(ConfirmScreen(question, yes="Delete"), confirmed)
