"""The story bank: your STAR stories with the competencies each shows and the questions it
answers. n new, e or enter edit, p practise it against a question it fits, d delete
(asks), / filter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from coach.data import Data, Kind
from coach.stories import Story, by_title, question_to_practise, questions_for
from screens.record_list import RecordListScreen, Table
from screens.saving import write
from screens.story_form import StoryForm
from screens.widgets.columns import Columns, flexible_width, set_columns
from screens.widgets.text import plain

if TYPE_CHECKING:
    from coach.decks import Question

COLUMNS: Columns = (
    ("Story", "title", 28),
    ("It shows", "tags", 24),
    ("Fits", "fits", 5),
    ("Missing", "missing", 12),
)


class StoriesScreen(RecordListScreen[Story]):
    SUB_TITLE = "Story bank"
    BINDINGS = [
        Binding("n", "new", "New"),
        Binding("e", "edit", "Edit"),
        Binding("p", "practise", "Practise"),
        Binding("d", "delete", "Delete"),
        Binding("slash", "filter", "Filter"),
        Binding("escape", "back", "Back"),
    ]
    KIND = Kind.STORIES
    FILTER_ID, TABLE_ID, EMPTY_ID = "stories-filter", "stories-table", "stories-empty"
    PLACEHOLDER = "/ filter by title, competency or what happened"
    EMPTY = (
        "No stories yet. Press n to write one: a situation, your task, what you did and "
        "the result, tagged with what it shows. It is offered when a question fits it."
    )

    def set_up(self, table: Table) -> None:
        set_columns(table, COLUMNS)

    def load(self) -> list[Story]:
        return by_title(self.services.data.stories.all())

    def matching(self, records: list[Story], typed: str) -> list[Story]:
        words = typed.casefold().split()
        return [s for s in records if all(w in s.searchable() for w in words)]

    def on_resize(self) -> None:
        self.show()

    def questions(self) -> list[Question]:
        return [q for deck in self.services.decks() for q in deck.questions]

    def fill(self, table: Table, shown: list[Story]) -> None:
        if self.size.width:
            table.columns[ColumnKey("title")].width = flexible_width(
                self.size.width, COLUMNS, "title", 12
            )
        questions = self.questions()
        for story in shown:
            table.add_row(
                plain(Text(story.title, overflow="ellipsis", no_wrap=True)),
                plain(Text(", ".join(story.tags) or "-", overflow="ellipsis", no_wrap=True)),
                str(len(questions_for(story, questions))),
                Text(", ".join(p[0] for p in story.missing()) or "", style="yellow"),
                key=story.id,
            )

    def delete_question(self, record: Story) -> str:
        return f"Delete the story {record.title!r}?"

    def delete(self, data: Data, record: Story) -> None:
        data.stories.delete(record.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def action_new(self) -> None:
        self.app.push_screen(StoryForm(self.services), self.saved)

    def action_edit(self) -> None:
        story = self.selected()
        if story is not None:
            self.app.push_screen(StoryForm(self.services, story), self.saved)

    def saved(self, story: Story | None) -> None:
        if story is not None:
            write(self.app, self.services, lambda data: data.stories.save(story))

    def action_practise(self) -> None:
        """Tell the story against a question it fits, with the story beside it (f4)."""
        from coach.practice import AnswerPlan
        from screens.flow import PracticeFlow

        story = self.selected()
        if story is None:
            return
        question = question_to_practise(story, self.questions())
        PracticeFlow(
            self.app, self.services, [AnswerPlan(question, limit_s=question.limit)]
        ).start()
