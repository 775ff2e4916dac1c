"""Guided writing: one prompt at a time, moving back and forth, every answer autosaved.

The answer is saved every few seconds while it changes, on every move between prompts,
and when the screen or the app closes, through the writer thread, so a kill costs at
most the last few seconds of typing.
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, ProgressBar, TextArea

from coach.lenient import parse_tags
from coach.reflections import Answer, Reflection
from coach.services import Services
from screens.saving import write
from screens.widgets.footer import Footer
from screens.widgets.text import Static

AUTOSAVE_SECONDS = 3.0


class WritingScreen(Screen[None]):
    """Write through a prompt set; ctrl+n and ctrl+b move, ctrl+s (or escape) closes."""

    SUB_TITLE = "Reflect"
    BINDINGS = [
        Binding("ctrl+n", "move(1)", "Next prompt", priority=True),
        Binding("ctrl+b", "move(-1)", "Previous", priority=True),
        Binding("ctrl+s", "close", "Save and close", priority=True),
        Binding("escape", "close", "Close", show=False),
    ]
    autosave_seconds = AUTOSAVE_SECONDS

    def __init__(self, services: Services, entry: Reflection, index: int = 0) -> None:
        super().__init__()
        self.services = services
        self.entry = entry
        self.index = max(0, min(index, len(entry.answers) - 1))
        self.saved_record: dict[str, object] | None = None
        self.closed = False

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="writing"):
            yield Static("", id="writing-where", classes="muted")
            yield ProgressBar(total=len(self.entry.answers), show_eta=False, id="writing-progress")
            yield Static("", id="writing-prompt")
            yield Static("", id="writing-hint", classes="muted")
            self.area = TextArea(id="writing-answer", placeholder="Write freely; it saves itself.")
            yield self.area
            self.tags = Input(
                ", ".join(self.entry.tags),
                placeholder="tags, comma separated",
                compact=True,
                id="writing-tags",
            )
            yield self.tags
            yield Static("", id="writing-saved", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.area.focus()
        self.set_interval(self.autosave_seconds, self.save)

    def show(self) -> None:
        answer = self.entry.answers[self.index]
        prompt = self.services.content.prompt_set(self.entry.set_id)
        hint = (
            next((p.hint for p in prompt.prompts if p.id == answer.prompt_id), "") if prompt else ""
        )
        total = len(self.entry.answers)
        where = f"{self.entry.set_name} · prompt {self.index + 1} of {total}"
        if self.entry.link_label:
            where += f" · about {self.entry.link_label}"
        self.query_one("#writing-where", Static).update(where)
        self.query_one("#writing-progress", ProgressBar).update(progress=self.index + 1)
        self.query_one("#writing-prompt", Static).update(answer.prompt)
        self.query_one("#writing-hint", Static).update(hint)
        self.area.load_text(answer.text)
        self.area.move_cursor(self.area.document.end)

    def collect(self) -> Reflection:
        """The entry with what is on screen now."""
        answers = list(self.entry.answers)
        current = answers[self.index]
        answers[self.index] = Answer(current.prompt_id, current.prompt, self.area.text)
        tags = list(parse_tags(self.tags.value))
        return replace(self.entry, answers=answers, tags=tags)

    def save(self) -> None:
        """Queue a save when anything changed since the last one. An entry with nothing
        written is not kept (and one emptied after a save is removed)."""
        self.entry = self.collect()
        record = self.entry.to_record()
        if record == self.saved_record:
            return
        if not self.entry.has_writing() and self.saved_record is None:
            return
        self.saved_record = record
        entry = self.entry
        write(self.app, self.services, lambda data: data.reflections.save(entry), self.saved)

    def saved(self, _: object) -> None:
        if self.is_mounted:
            moment = self.services.clock().astimezone(self.services.local_tz())
            self.query_one("#writing-saved", Static).update(f"✓ saved {moment:%H:%M:%S}")

    def action_move(self, step: int) -> None:
        self.save()
        target = self.index + step
        if 0 <= target < len(self.entry.answers):
            self.index = target
            self.show()

    def action_close(self) -> None:
        self.save()
        self.closed = True
        self.dismiss(None)

    def unsaved_text(self) -> bool:
        """Typing since the last autosave (it is saved on the way out regardless)."""
        return self.collect().to_record() != self.saved_record and any(
            a.text.strip() for a in self.collect().answers
        )

    def on_unmount(self) -> None:
        """The app is closing mid-entry: keep what is there (the writer finishes first)."""
        if not self.closed:
            entry = self.collect()
            record = entry.to_record()
            if record != self.saved_record and entry.has_writing():
                self.services.write(lambda data: data.reflections.save(entry))
