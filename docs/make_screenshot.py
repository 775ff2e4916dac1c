"""Make docs/home.svg with the app's own screenshot function, on sample data.

Run from the repository root: `.venv/bin/python docs/make_screenshot.py`.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ["TZ"] = "UTC"
time.tzset()

from coach.app import CoachApp  # noqa: E402  (after the path and time zone are set)
from coach.clock import to_iso  # noqa: E402
from coach.content import load_content  # noqa: E402
from coach.meetings import Meeting, checklist_from  # noqa: E402
from coach.services import Services  # noqa: E402
from coach.store import Store  # noqa: E402
from tests.conftest import FROZEN_NOW  # noqa: E402
from tests.screens.helpers import home_ready  # noqa: E402
from tests.screens.sample import add_sample  # noqa: E402


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "coach.json") as store:
        add_sample(store)
        content = load_content()
        items = checklist_from(content.checklists["informational"])
        for item in items[:9]:
            item.done = True
        store.put(
            "meetings",
            Meeting(
                id="m1",
                person="Ada Lovelace",
                organisation="Analytical Engines",
                when=to_iso(FROZEN_NOW + timedelta(days=1, hours=-0.5)),
                checklist=items,
            ).to_record(),
        )
        yesterday = to_iso(FROZEN_NOW - timedelta(hours=20))
        grace = Meeting(id="m2", person="Grace Hopper", organisation="Navy", when=yesterday)
        store.put("meetings", grace.to_record())
        app = CoachApp(Services(store=store, content=content, clock=lambda: FROZEN_NOW))
        async with app.run_test(size=(100, 30)) as pilot:
            await home_ready(pilot)
            app.save_screenshot(filename="home.svg", path=str(ROOT / "docs"))
        app.services.writer.close()


if __name__ == "__main__":
    asyncio.run(main())
