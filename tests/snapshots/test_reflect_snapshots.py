"""How guided writing looks."""

from __future__ import annotations

from coach.store import Store
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app


def test_writing_100x30(snap_compare, default_store: Store):
    app = make_app(default_store, FakeMonotonic())

    async def write(pilot):
        await pilot.press("r", "n", "enter")
        await pilot.pause()
        await pilot.press(*"Papers on distributed systems, and the odd conference talk.")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=write)
