"""Two of a meeting's tabs as widgets: the questions to ask, and the follow-up note.

Each shows the meeting it is given and says what the user changed with a message; the
meeting's screen saves it (screens/meeting.py), so one place writes the meeting.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button, OptionList, TabPane, TextArea
from textual.widgets.option_list import Option

from coach.decks import questions_to_ask
from coach.follow_up import follow_up_sentence
from coach.meetings import AskItem, Meeting
from coach.services import Services
from coach.thankyou import draft_thank_you
from screens.navigation import practise_again
from screens.picker import QuestionPicker
from screens.prompt import Prompt
from screens.saving import write
from screens.sending import copy_text, file_name, save_text_to_file
from screens.widgets.text import Static, plain


class AskPane(TabPane):
    """The questions to ask in the meeting: picked from a deck or written in, practised
    with enter."""

    class Changed(Message):
        def __init__(self, questions: list[AskItem]) -> None:
            super().__init__()
            self.questions = questions

    def __init__(self, services: Services, meeting: Meeting) -> None:
        super().__init__("2 Questions to ask", id="tab-questions")
        self.services = services
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        yield OptionList(id="ask-list")
        yield Static(
            "a picks from a deck · w writes one in · x removes · enter practises it",
            classes="muted",
        )

    def on_mount(self) -> None:
        self.show(self.meeting)

    def show(self, meeting: Meeting) -> None:
        self.meeting = meeting
        listing = self.query_one("#ask-list", OptionList)
        listing.clear_options()
        listing.add_options(Option(plain(q.text), id=q.id) for q in meeting.questions)
        if meeting.questions and listing.highlighted is None:
            listing.highlighted = 0  # enter and x act on a row at once
        if not meeting.questions:
            listing.add_option(
                Option(
                    Text("No questions yet: a picks from a deck, w writes one.", style="dim"),
                    disabled=True,
                )
            )

    def deck_id(self) -> str:
        return questions_to_ask(self.meeting.kind)

    def pick(self) -> None:
        deck = self.services.deck(self.deck_id())
        if deck is None:
            return

        def picked(question_id: str | None) -> None:
            question = deck.find(question_id) if question_id else None
            if question is not None:
                self.add(AskItem(self.services.new_id(), question.text, question.id))

        self.app.push_screen(QuestionPicker(deck), picked)

    def write_one(self) -> None:
        def written(typed: str | None) -> None:
            if typed:
                self.add(AskItem(self.services.new_id(), typed))

        self.app.push_screen(Prompt("A question to ask", "your question"), written)

    def add(self, item: AskItem) -> None:
        def same(text: str) -> str:
            return " ".join(text.casefold().split()).rstrip("?")

        if any(same(q.text) == same(item.text) for q in self.meeting.questions):
            self.notify("That question is already on the list.", markup=False)
            return
        self.post_message(self.Changed([*self.meeting.questions, item]))

    def remove_highlighted(self) -> None:
        listing = self.query_one("#ask-list", OptionList)
        if listing.highlighted is None:
            return
        option_id = listing.get_option_at_index(listing.highlighted).id
        kept = [q for q in self.meeting.questions if q.id != option_id]
        if len(kept) != len(self.meeting.questions):
            self.post_message(self.Changed(kept))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = next((q for q in self.meeting.questions if q.id == event.option.id), None)
        if item is None:
            return
        deck = self.deck_id()
        found = self.services.deck(deck)
        question = found.find(item.question_id) if found and item.question_id else None
        practise_again(
            self.app,
            self.services,
            deck,
            item.question_id or f"meeting-{item.id}",
            item.text,
            limit_s=question.limit if question else 60,
            company=self.meeting.organisation,
        )


class FollowUpPane(TabPane):
    """The thank-you: when it is due, a draft to edit, and ways to send it."""

    def __init__(self, services: Services, meeting: Meeting) -> None:
        super().__init__("3 Follow-up", id="tab-follow-up")
        self.services = services
        self.meeting = meeting
        self.generated = ""  # the draft as coach wrote it (not an edit to keep)

    def compose(self) -> ComposeResult:
        yield Static("", id="follow-up-state")
        yield TextArea(self.meeting.thank_you, id="thank-you")
        with Horizontal(id="follow-up-buttons"):
            yield Button("Copy (f3)", id="copy", compact=True)
            yield Button("Save to file (f4)", id="to-file", compact=True)
            yield Button("Mark sent (f5)", id="sent", compact=True)
            yield Button("Save (ctrl+s)", id="save-note", compact=True)

    def on_mount(self) -> None:
        self.show(self.meeting)

    def show(self, meeting: Meeting) -> None:
        self.meeting = m = meeting
        sentence = follow_up_sentence(m, self.services.clock(), self.services.local_tz())
        self.query_one("#follow-up-state", Static).update(sentence)
        area = self.query_one("#thank-you", TextArea)
        sender = self.services.data.settings.sender()
        self.generated = draft_thank_you(m, self.services.content.thank_yous[m.kind], sender)
        if not m.thank_you.strip() and area.text != self.generated:
            area.text = self.generated  # a fresh draft until the user edits or sends it

    def note_text(self) -> str:
        return self.query_one("#thank-you", TextArea).text

    def edited(self) -> bool:
        """The note differs from what is saved and from coach's own draft."""
        note = self.note_text()
        return bool(note) and note not in (self.meeting.thank_you, self.generated)

    def with_note(self) -> Meeting:
        return replace(self.meeting, thank_you=self.note_text())

    def ask_for_name(self) -> None:
        """Once ever, for a draft still to send: the name it is signed with (a setting)."""
        settings = self.services.data.settings
        if settings.sender() or settings.asked_sender() or self.meeting.thank_you.strip():
            return

        def named(name: str | None) -> None:
            write(
                self.app,
                self.services,
                lambda data: data.settings.answer_sender(name or ""),
                lambda _: self.show(self.meeting) if self.is_mounted else None,
            )

        self.app.push_screen(
            Prompt("Your name, to sign thank-you notes (asked once)", "your name"), named
        )

    def copy(self) -> None:
        copy_text(self.screen, self.note_text(), "The thank-you note")

    def to_file(self) -> None:
        save_text_to_file(
            self.screen,
            self.services,
            self.note_text(),
            "Save the note to a file",
            file_name("thank-you", self.meeting.person),
        )
