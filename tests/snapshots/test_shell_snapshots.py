"""How the shell looks, with fixed data and a frozen clock."""

from __future__ import annotations

from coach.store import Store
from tests.screens.helpers import home_ready, make_app


def test_home_100x30(snap_compare, default_store: Store):
    default_store.put("sessions", {"id": "s1"})
    assert snap_compare(make_app(default_store), terminal_size=(100, 30), run_before=home_ready)


def test_home_80x24(snap_compare, default_store: Store):
    assert snap_compare(make_app(default_store), terminal_size=(80, 24), run_before=home_ready)


def test_help_100x30(snap_compare, default_store: Store):
    assert snap_compare(make_app(default_store), terminal_size=(100, 30), press=["f1"])
