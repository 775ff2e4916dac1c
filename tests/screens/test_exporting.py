"""The export dialog: it never replaces a file without asking, stays open (path and all)
when the write fails, and offers the last export's folder next time."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from coach.store import Store
from screens.exporting import ExportDialog
from screens.widgets.confirm import ConfirmScreen
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app, until
from tests.screens.sample import add_sample


async def open_export(pilot) -> ExportDialog:
    await pilot.press("h")
    await pilot.press("x")
    await until(pilot, lambda: isinstance(pilot.app.screen, ExportDialog), "the dialog")
    return pilot.app.screen


async def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    store: Store, tmp_path: Path
):
    add_sample(store)
    journal = tmp_path / "h.md"
    journal.write_text("my journal, edited by hand")
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#export-format", Select).value = "json"
        dialog.query_one("#export-path", Input).value = str(journal)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "already exists" in app.screen.question
        await pilot.press("n")
        await until(pilot, lambda: app.screen is dialog, "back to the dialog")
        assert journal.read_text() == "my journal, edited by hand"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await until(pilot, lambda: not isinstance(app.screen, ExportDialog | ConfirmScreen))
    assert journal.read_text().startswith("{")


async def test_a_failed_write_keeps_the_dialog_and_the_path(store: Store, tmp_path: Path):
    add_sample(store)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    wanted = str(blocker / "export.md")
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#export-path", Input).value = wanted
        await pilot.press("ctrl+s")
        error = dialog.query_one("#export-error")
        await until(pilot, lambda: "could not write" in str(error.render()), "the reason")
        assert app.screen is dialog
        assert dialog.query_one("#export-path", Input).value == wanted


async def test_the_next_export_is_offered_in_the_last_folder(store: Store, tmp_path: Path):
    add_sample(store)
    folder = tmp_path / "exports"
    folder.mkdir()
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot)
        dialog.query_one("#export-path", Input).value = str(folder / "first.md")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, ExportDialog), "the export")
        assert (folder / "first.md").exists()
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the dialog again")
        offered = app.screen.query_one("#export-path", Input).value
        assert Path(offered).parent == folder


async def test_the_database_and_its_lock_are_refused(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot)
        for target in (store.path, store.path.with_name(store.path.name + ".lock")):
            dialog.query_one("#export-path", Input).value = str(target)
            await pilot.press("ctrl+s")
            error = dialog.query_one("#export-error")
            await until(pilot, lambda e=error: "database itself" in str(e.render()), "refusal")
            assert app.screen is dialog
