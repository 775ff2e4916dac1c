"""Export from the history screen: Markdown, CSV or JSON, to a file chosen here.

An existing file is replaced only when the user says so; the dialog stays open, with the
path as typed, until the export is on disk, so a failed write can be fixed and retried;
the folder of the last export is offered next time.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select

from coach.atomicfile import atomic_write
from coach.data import Data
from coach.decks import deck_names
from coach.formats import FORMATS
from coach.paths import lock_path
from coach.services import Services
from screens.saving import write
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.text import Label, Static

LABELS = {
    "md": "Markdown journal",
    "csv": "CSV (spreadsheet)",
    "json": "JSON (full backup)",
    "ics": "iCalendar (meetings, deadlines, next touches)",
}


class ExportDialog(ModalScreen[None]):
    """Choose a format and a file; the export is written in the background, atomically."""

    BINDINGS = [
        Binding("ctrl+s", "export", "Export", priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, services: Services, form: str = "md") -> None:
        super().__init__()
        self.services = services
        self.form = form if form in FORMATS else "md"  # the meetings screen opens on ics
        self.day = f"{services.clock().astimezone(services.local_tz()):%Y-%m-%d}"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog") as box:
            box.border_title = "Export"
            with Horizontal(classes="field"):
                yield Label("Format", classes="field-label")
                yield Select(
                    [(LABELS[f], f) for f in FORMATS],
                    value=self.form,
                    allow_blank=False,
                    compact=True,
                    id="export-format",
                )
            with Horizontal(classes="field"):
                yield Label("File", classes="field-label")
                yield Input(self.default_path(self.form), compact=True, id="export-path")
            yield Static("", id="export-error", classes="form-error")
            yield Static("enter or ctrl+s exports · escape cancels", classes="dialog-hint")

    def default_path(self, fmt: str) -> str:
        """A dated file in the folder of the last export (the home folder at first)."""
        folder = self.services.data.settings.export_folder()
        name = f"coach-{self.day}.{fmt}"
        return str(Path(folder) / name) if folder else f"~/{name}"

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        if path.value in {self.default_path(f) for f in FORMATS}:
            path.value = self.default_path(str(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_export()

    def action_export(self) -> None:
        error = self.query_one("#export-error", Static)
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            error.update("Type the file to write.")
            return
        target = Path(raw).expanduser().absolute()
        database = self.services.data.path
        if target.resolve() in {database.resolve(), lock_path(database).resolve()}:
            error.update("That is the database itself (or its lock): choose another file.")
            return
        if target.is_dir():
            error.update(f"{target} is a folder: add a file name.")
            return
        if not target.exists():
            self.export_to(target)
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self.export_to(target)

        self.app.push_screen(
            ConfirmScreen(f"{target} already exists. Replace it?", yes="Replace", no="Cancel"),
            answered,
        )

    def export_to(self, target: Path) -> None:
        """Write in the background; close once it is on disk, or say why and stay open."""
        fmt = str(self.query_one("#export-format", Select).value)
        tz = self.services.local_tz()
        names = deck_names(self.services.decks())

        def export(data: Data) -> str:
            blob = data.export(fmt, tz, names)
            try:
                atomic_write(target, blob)
            except OSError as error:
                return f"{target}: could not write the export ({error.strerror}); nothing changed."
            data.settings.set_export_folder(target.parent)
            return ""

        def done(problem: str) -> None:
            if problem:
                if self.is_attached:
                    self.query_one("#export-error", Static).update(problem)
                return
            self.app.notify(f"Exported to {target}.", markup=False)
            if self.is_attached:
                self.dismiss(None)

        self.query_one("#export-error", Static).update("Exporting…")
        write(self.app, self.services, export, done)
