"""Writes from a screen: run on the store's writer thread, report back on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import App

from coach.services import Services
from coach.sessions import DRAFT_ID, Session
from coach.store import Store


def write(
    app: App[Any],
    services: Services,
    job: Callable[[Store], Any],
    then: Callable[[Any], object] | None = None,
) -> None:
    """Save in the background; on failure say why, in one line, and keep the screen as is."""

    def done(result: Any, error: BaseException | None) -> None:
        if not app.is_running:
            return
        try:
            if error is not None:
                app.call_from_thread(
                    partial(app.notify, title="Not saved", severity="error", markup=False),
                    str(error),
                )
            elif then is not None:
                app.call_from_thread(then, result)
        except RuntimeError:  # the app closed while the save ran; the save itself stands
            pass

    services.write(job, done)


def after_saves(app: App[Any], services: Services, then: Callable[[], None]) -> None:
    """Run `then` on the UI thread once every save asked for so far is on disk.

    A screen that re-reads the store when it comes back into view uses this, so it never
    shows the data from before a save that is still on its way.
    """
    write(app, services, lambda store: None, lambda _: then())


def save_rating(
    app: App[Any],
    services: Services,
    session: Session,
    then: Callable[[Any], object] | None = None,
) -> None:
    """Save `session`'s rating and note onto the attempt as it is saved now, so that a
    transcript heard meanwhile (on its own worker) stays. If the attempt itself never
    reached the disk (it was full when the answer ended), this saves it whole, and the
    draft it came from is no longer needed."""
    fallback = session.to_record()

    def rate(store: Store) -> None:
        current = store.get("sessions", session.id)
        store.put(
            "sessions", {**(current or fallback), "rating": session.rating, "note": session.note}
        )
        if current is None:
            store.delete("drafts", DRAFT_ID)

    write(app, services, rate, then)
