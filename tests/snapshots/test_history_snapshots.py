"""How history looks with fixed sample data and a frozen clock."""

from __future__ import annotations

from coach.store import Store
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app
from tests.screens.sample import add_sample


def test_history_100x30(snap_compare, default_store: Store):
    add_sample(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(100, 30), press=["h"])


def test_history_80x24(snap_compare, default_store: Store):
    add_sample(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(80, 24), press=["h"])


def test_attempt_100x30(snap_compare, default_store: Store):
    add_sample(default_store)
    app = make_app(default_store, FakeMonotonic())
    assert snap_compare(app, terminal_size=(100, 30), press=["h", "enter"])
