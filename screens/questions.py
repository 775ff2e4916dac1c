"""My questions: the user's own questions to practise, added, edited, deleted, imported.

Lists follow one convention across the app: n new, e or enter edit, d delete (asks);
i imports questions from a text file (one a line) or a TOML file in the deck format.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input
from textual.widgets.data_table import ColumnKey

from coach.data import Data, Kind
from coach.decks import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MIN_LIMIT,
    Question,
    check_custom_text,
    new_questions,
    parse_question_file,
)
from coach.errors import CoachError
from coach.lenient import parse_tags
from coach.plural import count as plural
from coach.services import Services
from coach.timing import describe_seconds
from screens.prompt import Prompt
from screens.record_list import RecordListScreen, Table
from screens.saving import write
from screens.widgets.columns import Columns, flexible_width, set_columns
from screens.widgets.confirm import leave_asking, typed_values
from screens.widgets.text import Label, Static, plain

COLUMNS: Columns = (("Question", "question", 60), ("Time", "time", 10), ("Tags", "tags", 18))


class MyQuestionsScreen(RecordListScreen[Question]):
    """The user's own questions."""

    SUB_TITLE = "My questions"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("i", "import_file", "Import"),
        Binding("slash", "filter", "Filter"),
        Binding("escape", "back", "Back"),
    ]
    KIND = Kind.QUESTIONS
    FILTER_ID, TABLE_ID, EMPTY_ID = "my-questions-filter", "my-questions-list", "my-questions-empty"
    PLACEHOLDER = "/ filter by the question's words or tags"
    EMPTY = "No questions of your own yet. Press n to add one, or i to import a file."

    def set_up(self, table: Table) -> None:
        set_columns(table, COLUMNS)

    def on_resize(self) -> None:
        self.show()

    def load(self) -> list[Question]:
        return list(self.services.data.questions.deck().questions)

    def matching(self, records: list[Question], typed: str) -> list[Question]:
        words = typed.casefold().split()
        return [q for q in records if all(w in searchable(q) for w in words)]

    def fill(self, table: Table, shown: list[Question]) -> None:
        if self.size.width:  # the question takes whatever width the others leave
            width = flexible_width(self.size.width, COLUMNS, "question", 20)
            table.columns[ColumnKey("question")].width = width
        for q in shown:
            table.add_row(
                plain(Text(q.text, overflow="ellipsis", no_wrap=True)),
                describe_seconds(q.limit),
                plain(", ".join(q.tags)),
                key=q.id,
            )

    def delete_question(self, record: Question) -> str:
        return f"Delete “{record.text}”?"

    def delete(self, data: Data, record: Question) -> None:
        data.questions.delete(record.id)

    def on_data_table_row_selected(self) -> None:
        self.action_edit()

    def action_new(self) -> None:
        self.app.push_screen(QuestionForm(None), self.saved)

    def action_edit(self) -> None:
        question = self.selected()
        if question is not None:
            self.app.push_screen(QuestionForm(question), self.saved)

    def saved(self, question: Question | None) -> None:
        if question is not None:
            write(self.app, self.services, lambda data: data.questions.save(question))

    def action_import_file(self) -> None:
        self.app.push_screen(
            Prompt(
                "Import questions: a text file (one a line) or TOML ([[question]] entries)",
                "path to the file",
            ),
            self.import_from,
        )

    def import_from(self, path: str | None) -> None:
        if not path:
            return
        try:
            found = parse_question_file(Path(path).expanduser().read_bytes(), path)
        except OSError as error:
            self.notify(
                f"{path}: cannot be read ({error.strerror})", severity="error", markup=False
            )
            return
        except CoachError as error:
            self.notify(str(error), severity="error", title="Not imported", markup=False)
            return
        fresh = [replace(q, id=self.services.new_id()) for q in new_questions(found, self.records)]

        def report(count: int) -> None:
            skipped = len(found) - count
            extra = f" ({skipped} already there)" if skipped else ""
            self.notify(f"Added {plural(count, 'questions')} from {path}{extra}.", markup=False)

        write(self.app, self.services, lambda data: data.questions.add(fresh), report)


class QuestionForm(ModalScreen[Question | None]):
    """Add or edit one question; a mistake is shown in the form and nothing typed is lost."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, question: Question | None) -> None:
        super().__init__()
        self.question = question
        self.opened_with: tuple[str, ...] | None = None  # the form as it opened

    def on_mount(self) -> None:
        self.opened_with = typed_values(self)

    def unsaved_text(self) -> bool:
        """Anything changed since the form opened (what esc and ctrl+q ask about)."""
        return self.opened_with is not None and typed_values(self) != self.opened_with

    def action_cancel(self) -> None:
        leave_asking(
            self,
            self.unsaved_text(),
            "Close this question without saving? What you typed here will be lost.",
        )

    def compose(self) -> ComposeResult:
        q = self.question
        with Vertical(id="question-form", classes="dialog") as box:
            box.border_title = "Edit question" if q else "New question"
            with Horizontal(classes="field"):
                yield Label("Question", classes="field-label")
                yield Input(
                    q.text if q else "", id="q-text", placeholder="the question to practise"
                )
            with Horizontal(classes="field"):
                yield Label("Seconds", classes="field-label")
                yield Input(str(q.limit if q else DEFAULT_LIMIT), id="q-limit", type="integer")
            with Horizontal(classes="field"):
                yield Label("Tags", classes="field-label")
                yield Input(
                    ", ".join(q.tags) if q else "",
                    id="q-tags",
                    placeholder="optional, comma separated",
                )
            with Horizontal(classes="field"):
                yield Label("Tip", classes="field-label")
                yield Input(
                    q.tips[0] if q and q.tips else "",
                    id="q-tip",
                    placeholder="optional: a reminder for yourself",
                )
            yield Static(
                star_line(q.text, ", ".join(q.tags)) if q else "", id="q-star", classes="muted"
            )
            yield Static("", id="q-error", classes="form-error")
            yield Static("ctrl+s saves · escape cancels", classes="dialog-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in ("q-text", "q-tags") and self.is_mounted:
            text = self.query_one("#q-text", Input).value
            tags = self.query_one("#q-tags", Input).value
            self.query_one("#q-star", Static).update(star_line(text, tags))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Save once keys typed just before ctrl+s have reached their fields."""
        self.call_after_refresh(self.save)

    def save(self) -> None:
        error = self.query_one("#q-error", Static)
        try:
            text = check_custom_text(self.query_one("#q-text", Input).value)
        except CoachError as problem:
            error.update(f"Question: {problem}.")
            return
        raw_limit = self.query_one("#q-limit", Input).value.strip()
        if not raw_limit.isdigit() or not MIN_LIMIT <= int(raw_limit) <= MAX_LIMIT:
            error.update(f"Seconds: type whole seconds from {MIN_LIMIT} to {MAX_LIMIT}.")
            return
        tags = parse_tags(self.query_one("#q-tags", Input).value)
        tip = " ".join(self.query_one("#q-tip", Input).value.split())
        self.dismiss(
            Question(
                id=self.question.id if self.question else Services.new_id(),
                text=text,
                deck="mine",
                limit=int(raw_limit),
                tags=tags,
                tips=(tip,) if tip else (),
                custom=True,
            )
        )


def star_line(text: str, tags: str) -> str:
    """Whether answers to the question as typed will be checked for a STAR story."""
    if not text.strip():
        return ""
    if Question(id="", text=text, deck="mine", tags=parse_tags(tags)).behavioural:
        return "Behavioural: answers get the STAR check (situation, task, action, result)."
    return "Not behavioural by its wording: tag it behavioural for the STAR check."


def searchable(question: Question) -> str:
    return " ".join((question.text, *question.tags)).casefold()
