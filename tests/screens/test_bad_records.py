"""One bad record already in a file never stops the app from opening."""

from __future__ import annotations

import pytest

from coach.clock import parse_iso
from coach.schedule import due_dates
from coach.store import Store
from screens.home import HomeScreen
from tests.fakes import FakeMonotonic
from tests.screens.helpers import home_ready, make_app

EDGES = ["9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+23:59", "0001-01-01T00:00:00"]


@pytest.mark.parametrize("stamp", EDGES)
def test_a_stamp_at_the_calendar_s_edge_is_no_stamp(stamp: str) -> None:
    assert parse_iso(stamp) is None
    session = {"question_id": "q", "rating": 5, "finished": stamp}
    assert due_dates([session]) == {}


@pytest.mark.parametrize("stamp", EDGES)
async def test_the_app_opens_with_a_session_at_the_calendar_s_edge(store: Store, stamp: str):
    store.put(
        "sessions",
        {"id": "edge", "question_id": "job-interests", "rating": 5, "finished": stamp},
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await home_ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert app.is_running
