"""How a meeting's checklist looks, with fixed data and a frozen clock."""

from __future__ import annotations

from datetime import timedelta

from coach.clock import to_iso
from coach.meetings import Meeting, checklist_from
from coach.store import Store
from tests.conftest import FROZEN_NOW
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app


def test_checklist_100x30(snap_compare, default_store: Store):
    app = make_app(default_store, FakeMonotonic())
    items = checklist_from(app.services.content.checklists["informational"])
    for item in items[:3]:
        item.done = True
    meeting = Meeting(
        id="m1",
        person="Grace Hopper",
        organisation="Navy",
        when=to_iso(FROZEN_NOW + timedelta(days=2, hours=1)),
        checklist=items,
    )
    default_store.put("meetings", meeting.to_record())
    assert snap_compare(app, terminal_size=(100, 30), press=["m", "enter"])
