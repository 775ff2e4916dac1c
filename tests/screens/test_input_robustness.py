"""What people paste: a megabyte of text, control characters, emoji and right-to-left
script go through an answer, its save, an export and an import unchanged."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import TextArea

from coach.cli import main
from coach.store import Store
from screens.feedback import FeedbackScreen
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app, until

AWKWARD = "Led the 🚀 launch — 40% faster 🎉 مرحبا بالعالم שלום\tcontrol\x1b[31m\x07 bell"


async def answer_with(store: Store, text: str) -> dict:
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p", "enter")
        await pilot.pause()
        app.post_message(events.Paste(text))  # as the terminal driver delivers a paste
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == text
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "the feedback")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, FeedbackScreen), "the save")
    app.services.writer.flush()
    [session] = store.all("sessions")
    return session


async def test_a_megabyte_paste_is_saved_and_analysed(store: Store):
    big = ("So I think we shipped it in 2023 and cut costs by 40%. " * 20_000)[:1_000_000]
    session = await answer_with(store, big)
    assert session["answer"] == big
    assert session["feedback"]["words"] > 150_000
    assert session["feedback"]["filler_count"] > 0


async def test_awkward_text_survives_save_export_and_import(store: Store, tmp_path: Path):
    session = await answer_with(store, AWKWARD)
    assert session["answer"] == AWKWARD
    store.close()
    backup = tmp_path / "backup.json"
    assert main(["--db", str(store.path), "export", "--out", str(backup)]) == 0
    other = tmp_path / "other.json"
    assert main(["--db", str(other), "import", str(backup)]) == 0
    with Store.open(other) as copy:
        assert copy.get("sessions", session["id"])["answer"] == AWKWARD
