"""New or edited story: a title, the competencies it shows, and its four STAR parts.
A story needs a title; a missing part is allowed but named, so it can be filled later."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, TextArea

from coach.lenient import parse_tags
from coach.services import Services
from coach.stories import COMPETENCIES, PARTS, Story
from screens.widgets.confirm import leave_asking, typed_values
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static


class StoryForm(Screen[Story | None]):
    """Dismisses with the story to save, or None when cancelled."""

    SUB_TITLE = "Story"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, services: Services, story: Story | None = None) -> None:
        super().__init__()
        self.services = services
        self.story = story
        self.opened_with: tuple[str, ...] | None = None

    def compose(self) -> ComposeResult:
        s = self.story
        yield Header(icon="")
        with VerticalScroll(id="story-form", can_focus=False):
            with Horizontal(classes="field"):
                yield Label("Title", classes="field-label")
                yield Input(
                    s.title if s else "",
                    placeholder="a few words you will recognise, e.g. the migration weekend",
                    compact=True,
                    id="s-title",
                )
            with Horizontal(classes="field"):
                yield Label("It shows", classes="field-label")
                yield Input(
                    ", ".join(s.tags) if s else "",
                    placeholder="e.g. pressure, leadership",
                    compact=True,
                    id="s-tags",
                )
            yield Static(f"Competencies: {', '.join(COMPETENCIES)}", classes="muted")
            for name, label in PARTS:
                yield Label(label, classes="field-label story-part")
                yield TextArea(getattr(s, name) if s else "", id=f"s-{name}", classes="story-text")
            yield Static("", id="s-error", classes="form-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#s-title", Input).focus()
        self.opened_with = typed_values(self)

    def unsaved_text(self) -> bool:
        return self.opened_with is not None and typed_values(self) != self.opened_with

    def action_save(self) -> None:
        self.call_after_refresh(self.save)

    def save(self) -> None:
        title = " ".join(self.query_one("#s-title", Input).value.split())
        if not title:
            self.query_one("#s-error", Static).update("Title: give the story a few words.")
            self.query_one("#s-title", Input).focus()
            return
        now = self.services.now_iso()
        base = self.story or Story(id=self.services.new_id(), created=now)
        parts = {name: self.query_one(f"#s-{name}", TextArea).text.strip() for name, _ in PARTS}
        tags = list(dict.fromkeys(parse_tags(self.query_one("#s-tags", Input).value)))
        self.dismiss(replace(base, title=title, tags=tags, updated=now, **parts))

    def action_cancel(self) -> None:
        leave_asking(
            self,
            self.unsaved_text(),
            "Close this story without saving? What you typed here will be lost.",
        )
