"""Export from the history screen: Markdown, CSV or JSON, to a file chosen here."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from coach.atomicfile import atomic_write
from coach.errors import CoachError
from coach.export import render_export
from coach.formats import FORMATS
from coach.services import Services
from coach.store import Store
from screens.saving import write

LABELS = {"md": "Markdown journal", "csv": "CSV (spreadsheet)", "json": "JSON (full backup)"}


class ExportDialog(ModalScreen[None]):
    """Choose a format and a file; the export is written in the background, atomically."""

    BINDINGS = [
        Binding("ctrl+s", "export", "Export", priority=True),
        Binding("escape", "dismiss(None)", "Cancel"),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.day = f"{services.clock().astimezone(services.local_tz()):%Y-%m-%d}"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog") as box:
            box.border_title = "Export"
            with Horizontal(classes="field"):
                yield Label("Format", classes="field-label")
                yield Select(
                    [(LABELS[f], f) for f in FORMATS],
                    value="md",
                    allow_blank=False,
                    compact=True,
                    id="export-format",
                )
            with Horizontal(classes="field"):
                yield Label("File", classes="field-label")
                yield Input(self.default_path("md"), compact=True, id="export-path")
            yield Static("", id="export-error", classes="form-error")
            yield Static("enter or ctrl+s exports · escape cancels", classes="dialog-hint")

    def default_path(self, fmt: str) -> str:
        return f"~/coach-{self.day}.{fmt}"

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        if path.value in {self.default_path(f) for f in FORMATS}:
            path.value = self.default_path(str(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_export()

    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self.query_one("#export-error", Static).update("Type the file to write.")
            return
        target = Path(raw).expanduser().absolute()
        if target.exists() and target.resolve() == self.services.store.path.resolve():
            self.query_one("#export-error", Static).update("That is the database itself.")
            return
        fmt = str(self.query_one("#export-format", Select).value)
        tz = self.services.local_tz()

        def export(store: Store) -> str:
            blob = render_export(store, fmt, tz)
            try:
                atomic_write(target, blob)
            except OSError as error:
                raise CoachError(
                    f"{target}: could not write the export ({error.strerror})"
                ) from None
            return str(target)

        write(self.app, self.services, export, lambda path: self.app.notify(f"Exported to {path}."))
        self.dismiss(None)
