"""One meeting: its checklist, the questions to ask, the follow-up, and its details.

Every change (a tick, a new item, a question, the thank-you draft) is saved at once
through the writer thread; the line at the bottom says when the last save landed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Header, OptionList, TabbedContent, TabPane, TextArea
from textual.widgets.option_list import Option

from coach.atomicfile import atomic_write
from coach.checklists import KIND_LABELS, PHASES
from coach.clock import Zone, date_words, parse_iso, to_iso
from coach.data import Kind
from coach.errors import CoachError
from coach.meetings import (
    QUICK_ID,
    AskItem,
    ChecklistItem,
    Meeting,
    checklist_from,
    flag,
    follow_up,
    follow_up_deadline,
    when_label,
)
from coach.reflections import about_meeting
from coach.services import Services
from coach.thankyou import draft_thank_you
from screens.flow import practise_again
from screens.meeting_form import MeetingForm
from screens.picker import QuestionPicker
from screens.prompt import Prompt
from screens.reflect import begin
from screens.saving import DataChanged, write
from screens.widgets.checklist import ChecklistView
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.footer import Footer
from screens.widgets.text import Static, plain


class MeetingScreen(Screen[None]):
    """Tabs: checklist, questions to ask, follow-up, details."""

    SUB_TITLE = "Meeting"
    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("x", "remove", "Remove"),
        Binding("R", "reset", "Reset"),
        Binding("w", "write_question", "Write a question", show=False),
        Binding("e", "edit", "Edit meeting"),
        Binding("t", "switch_kind", "Job/informational"),
        Binding("ctrl+r", "reflect", "Reflect on it"),
        Binding("ctrl+s", "save_note", "Save note", priority=True, show=False),
        Binding("f3", "copy_note", "Copy note", show=False),
        Binding("f4", "note_to_file", "Note to file", show=False),
        Binding("f5", "mark_sent", "Mark sent", show=False),
        Binding("escape", "back", "Back"),
        *(Binding(str(n), f"tab({n})", f"Tab {n}", show=False) for n in range(1, 5)),
    ]
    TABS = ("tab-checklist", "tab-questions", "tab-follow-up", "tab-details")

    def __init__(self, services: Services, meeting_id: str) -> None:
        super().__init__()
        self.services = services
        self.meeting = services.data.meetings.get(meeting_id) or Meeting(id=meeting_id)
        self.generated = ""

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        m = self.meeting
        yield Header(icon="")
        yield Static(self.heading(), id="meeting-heading")
        with TabbedContent(id="meeting-tabs"):
            with TabPane("1 Checklist", id="tab-checklist"):
                yield ChecklistView(m.checklist, id="checklist")
                yield Static(
                    "space ticks · a adds · x removes · ctrl+↑↓ moves · R resets", classes="muted"
                )
            if m.id != QUICK_ID:
                with TabPane("2 Questions to ask", id="tab-questions"):
                    yield OptionList(id="ask-list")
                    yield Static(
                        "a picks from a deck · w writes one in · x removes · enter practises it",
                        classes="muted",
                    )
                with TabPane("3 Follow-up", id="tab-follow-up"):
                    yield Static("", id="follow-up-state")
                    yield TextArea(m.thank_you, id="thank-you")
                    with Horizontal(id="follow-up-buttons"):
                        yield Button("Copy (f3)", id="copy", compact=True)
                        yield Button("Save to file (f4)", id="to-file", compact=True)
                        yield Button("Mark sent (f5)", id="sent", compact=True)
                        yield Button("Save (ctrl+s)", id="save-note", compact=True)
                with TabPane("4 Details", id="tab-details"):
                    yield Static(self.details(), id="meeting-details")
        yield Static("", id="saved-line", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        if self.meeting.id != QUICK_ID:
            self.show_questions()
            self.show_follow_up()
        self.query_one("#checklist-items", OptionList).focus()

    @on(DataChanged)
    def written_about(self, event: DataChanged) -> None:
        """Something was written about it: its details list what."""
        if event.about(Kind.REFLECTIONS) and self.meeting.id != QUICK_ID and self.is_mounted:
            self.query_one("#meeting-details", Static).update(self.details())

    def heading(self) -> Text:
        m = self.meeting
        kind = KIND_LABELS[m.kind]
        if m.id == QUICK_ID:
            return Text.assemble(("Quick checklist", "bold"), f"  ·  {kind}  ·  t switches")
        line = Text(m.title(), style="bold")
        line.append(
            f"  ·  {kind}  ·  {when_label(m, self.services.local_tz())}  ·  {m.length_min} min"
        )
        warning = flag(m)
        if warning:
            line.append(f"\n{warning}", style="yellow")
        return line

    def details(self) -> Text:
        m = self.meeting
        text = Text()
        for label, value in (
            ("Person", m.person),
            ("Their role", m.role),
            ("Organisation", m.organisation),
            ("When", when_label(m, self.services.local_tz())),
            ("Length", f"{m.length_min} minutes"),
            ("Goal", m.goal),
        ):
            text.append(f"{label:<13}", style="bold")
            text.append(f"{value or '-'}\n")
        text.append("\nNotes\n", style="bold")
        text.append(m.notes or "(none yet: e to edit the meeting and add them)")
        text.append("\n\nWhat it taught you\n", style="bold")
        entries = about_meeting(self.services.data.reflections.all(), m.id)
        for entry in entries:
            text.append(f"{entry.set_name}: {entry.summary()}\n")
        if not entries:
            text.append("(nothing written yet: ctrl+r reflects on it)")
        return text

    # -- saving ------------------------------------------------------------------------

    def save(self, meeting: Meeting) -> None:
        """Keep the change and write it now; the bottom line confirms when it landed."""
        self.meeting = meeting
        write(self.app, self.services, lambda data: data.meetings.save(meeting), self.saved)

    def saved(self, _: object) -> None:
        moment = self.services.clock().astimezone(self.services.local_tz())
        self.query_one("#saved-line", Static).update(f"✓ saved {moment:%H:%M:%S}")

    def on_checklist_view_changed(self, event: ChecklistView.Changed) -> None:
        self.save(replace(self.meeting, checklist=list(event.items)))

    # -- which tab -----------------------------------------------------------------------

    def action_tab(self, number: int) -> None:
        """Keys 1 to 4 switch tabs (the quick checklist has only the first); on the two lists
        the cursor follows."""
        if self.meeting.id == QUICK_ID:
            return
        self.query_one(TabbedContent).active = self.TABS[number - 1]
        # Follow-up and Details focus their tab, not the note: a digit pressed next switches
        # tabs again instead of typing into the note (tab goes into it).
        target = {1: "#checklist-items", 2: "#ask-list"}.get(number, "#meeting-tabs Tabs")
        self.query_one(target).focus()

    def active(self) -> str:
        return str(self.query_one(TabbedContent).active)

    # Which tab each key works on; the footer offers a key only where it does something.
    WHERE = {
        "add": ("tab-checklist", "tab-questions"),
        "remove": ("tab-checklist", "tab-questions"),
        "reset": ("tab-checklist",),
        "write_question": ("tab-questions",),
        "save_note": ("tab-follow-up",),
        "copy_note": ("tab-follow-up",),
        "note_to_file": ("tab-follow-up",),
        "mark_sent": ("tab-follow-up",),
    }
    NOT_QUICK = ("edit", "reflect", "save_note", "copy_note", "note_to_file", "mark_sent")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.meeting.id == QUICK_ID and action in self.NOT_QUICK:
            return False
        if action == "switch_kind":  # a meeting's kind is changed in its form (e)
            return self.meeting.id == QUICK_ID
        tabs = self.WHERE.get(action)
        if tabs is not None and self.is_mounted and self.query(TabbedContent):
            return self.active() in tabs
        return True

    def action_add(self) -> None:
        if self.active() == "tab-questions":
            self.pick_question()
        elif self.active() == "tab-checklist":
            self.add_item()

    def action_remove(self) -> None:
        if self.active() == "tab-questions":
            self.remove_question()
        elif self.active() == "tab-checklist":
            self.remove_item()

    # -- checklist -----------------------------------------------------------------------

    def add_item(self) -> None:
        view = self.query_one(ChecklistView)
        current = view.selected()
        phase = current.phase if current else PHASES[1]

        def added(typed: str | None) -> None:
            if typed:
                item = ChecklistItem(self.services.new_id(), phase, typed, custom=True)
                items = list(view.items)
                last = max(
                    (n for n, i in enumerate(items) if i.phase == phase), default=len(items) - 1
                )
                items.insert(last + 1, item)
                view.replace(items, keep=item.id)

        self.app.push_screen(Prompt(f"New item for {phase}", "what to do"), added)

    def remove_item(self) -> None:
        view = self.query_one(ChecklistView)
        item = view.selected()
        if item is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                view.replace([i for i in view.items if i.id != item.id])

        self.app.push_screen(ConfirmScreen(f"Remove “{item.text}”?", yes="Remove"), confirmed)

    def action_reset(self) -> None:
        if self.active() != "tab-checklist":
            return
        view = self.query_one(ChecklistView)
        template = self.services.content.checklists[self.meeting.kind]

        def confirmed(yes: bool | None) -> None:
            if yes:
                view.replace(checklist_from(template))

        self.app.push_screen(
            ConfirmScreen(
                "Reset the checklist to the template? Ticks and your own items go.", yes="Reset"
            ),
            confirmed,
        )

    def action_switch_kind(self) -> None:
        """The quick checklist for the other kind of meeting."""
        kind = "informational" if self.meeting.kind == "job" else "job"
        self.switch_checklist(kind, f"Switch to the {KIND_LABELS[kind].lower()} checklist?")

    def switch_checklist(self, kind: str, question: str) -> None:
        """Make the checklist `kind`'s template: at once when nothing is ticked or added,
        else only if the user says so (ticks and their own items would go)."""
        fresh = checklist_from(self.services.content.checklists[kind])

        def switch(yes: bool | None = True) -> None:
            if yes:
                self.meeting = replace(self.meeting, kind=kind)
                self.query_one("#meeting-heading", Static).update(self.heading())
                self.query_one(ChecklistView).replace(fresh)  # saved as any change is

        if not any(item.done or item.custom for item in self.meeting.checklist):
            switch()
            return
        self.app.push_screen(
            ConfirmScreen(
                f"{question} Ticks and your own items go.", yes="Switch", no="Keep these"
            ),
            switch,
        )

    # -- questions to ask ------------------------------------------------------------

    def show_questions(self) -> None:
        listing = self.query_one("#ask-list", OptionList)
        listing.clear_options()
        listing.add_options(Option(plain(q.text), id=q.id) for q in self.meeting.questions)
        if self.meeting.questions and listing.highlighted is None:
            listing.highlighted = 0  # enter and x act on a row at once
        if not self.meeting.questions:
            listing.add_option(
                Option(
                    Text("No questions yet: a picks from a deck, w writes one.", style="dim"),
                    disabled=True,
                )
            )

    def pick_question(self) -> None:
        deck = self.services.deck("ask" if self.meeting.kind == "job" else "informational")
        if deck is None:
            return

        def picked(question_id: str | None) -> None:
            question = deck.find(question_id) if question_id else None
            if question is not None:
                self.add_question(AskItem(self.services.new_id(), question.text, question.id))

        self.app.push_screen(QuestionPicker(deck), picked)

    def action_write_question(self) -> None:
        if self.active() != "tab-questions":
            return

        def written(typed: str | None) -> None:
            if typed:
                self.add_question(AskItem(self.services.new_id(), typed))

        self.app.push_screen(Prompt("A question to ask", "your question"), written)

    def add_question(self, item: AskItem) -> None:
        def same(text: str) -> str:
            return " ".join(text.casefold().split()).rstrip("?")

        if any(same(q.text) == same(item.text) for q in self.meeting.questions):
            self.notify("That question is already on the list.", markup=False)
            return
        self.save(replace(self.meeting, questions=[*self.meeting.questions, item]))
        self.show_questions()

    def remove_question(self) -> None:
        listing = self.query_one("#ask-list", OptionList)
        if listing.highlighted is None:
            return
        option_id = listing.get_option_at_index(listing.highlighted).id
        kept = [q for q in self.meeting.questions if q.id != option_id]
        if len(kept) != len(self.meeting.questions):
            self.save(replace(self.meeting, questions=kept))
            self.show_questions()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id != "ask-list":
            return
        item = next((q for q in self.meeting.questions if q.id == event.option.id), None)
        if item is not None:
            deck = "ask" if self.meeting.kind == "job" else "informational"
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

    # -- follow-up -------------------------------------------------------------------

    def show_follow_up(self) -> None:
        m = self.meeting
        state = follow_up(m, self.services.clock())
        deadline = follow_up_deadline(m)
        zone = self.services.local_tz()
        by = (
            f" by {date_words(deadline.astimezone(zone), year=False, clock=True)}"
            if deadline
            else ""
        )
        lines = {
            "sent": f"Thank-you sent on {sent_day(m.thanked_at, zone)}.",
            "due": f"A thank-you is due{by}: within a day of the meeting.",
            "overdue": f"The thank-you is overdue (it was due{by}); better late than never.",
            "upcoming": f"After the meeting, send a thank-you within a day{by}.",
            "": "Give the meeting a date to know when the thank-you is due.",
        }
        self.query_one("#follow-up-state", Static).update(lines[state])
        area = self.query_one("#thank-you", TextArea)
        sender = self.services.data.settings.sender()
        self.generated = draft_thank_you(m, self.services.content.thank_yous[m.kind], sender)
        if not m.thank_you.strip() and area.text != self.generated:
            area.text = self.generated  # a fresh draft until the user edits or sends it

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Opening the follow-up for a draft to send: ask, once, whose name signs it."""
        self.refresh_bindings()  # the footer follows the tab
        unsigned = not self.services.data.settings.sender()
        if event.pane.id == "tab-follow-up" and unsigned and not self.meeting.thank_you.strip():
            self.ask_for_name()

    def ask_for_name(self) -> None:
        """Once ever: the name a drafted note is signed with (kept as a setting)."""
        if self.services.data.settings.asked_sender():
            return

        def named(name: str | None) -> None:
            write(
                self.app,
                self.services,
                lambda data: data.settings.answer_sender(name or ""),
                lambda _: self.show_follow_up(),
            )

        self.app.push_screen(
            Prompt("Your name, to sign thank-you notes (asked once)", "your name"), named
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "copy": self.action_copy_note,
            "to-file": self.action_note_to_file,
            "sent": self.action_mark_sent,
            "save-note": self.action_save_note,
        }
        if event.button.id in actions:
            actions[event.button.id]()

    def note_text(self) -> str:
        return self.query_one("#thank-you", TextArea).text

    def action_save_note(self) -> None:
        if self.meeting.id != QUICK_ID:
            self.save(replace(self.meeting, thank_you=self.note_text()))

    def action_copy_note(self) -> None:
        if self.meeting.id == QUICK_ID:
            return
        self.app.copy_to_clipboard(self.note_text())
        self.notify("The thank-you note is on the clipboard.", markup=False)

    def action_note_to_file(self) -> None:
        if self.meeting.id == QUICK_ID:
            return
        text = self.note_text()

        def chosen(path: str | None) -> None:
            if not path:
                return
            target = Path(path).expanduser().absolute()

            def save_file(_: object) -> str:
                try:
                    atomic_write(target, text.encode("utf-8"))
                except OSError as error:
                    raise CoachError(f"{target}: could not be written ({error.strerror})") from None
                return str(target)

            write(
                self.app,
                self.services,
                save_file,
                lambda saved: self.notify(f"Saved to {saved}.", markup=False),
            )

        name = "".join(c for c in self.meeting.person.lower() if c.isalnum()) or "note"
        self.app.push_screen(
            Prompt("Save the note to a file", "path", f"~/thank-you-{name}.txt"), chosen
        )

    def action_mark_sent(self) -> None:
        if self.meeting.id == QUICK_ID:
            return
        sent = "" if self.meeting.thanked_at else to_iso(self.services.clock())
        self.save(replace(self.meeting, thanked_at=sent, thank_you=self.note_text()))
        self.show_follow_up()

    # -- the meeting itself ------------------------------------------------------------

    def action_edit(self) -> None:
        if self.meeting.id == QUICK_ID:
            return

        def edited(meeting: Meeting | None) -> None:
            if meeting is None:
                return
            was = self.meeting.kind
            self.save(replace(meeting, checklist=self.query_one(ChecklistView).items))
            self.query_one("#meeting-heading", Static).update(self.heading())
            self.query_one("#meeting-details", Static).update(self.details())
            self.show_follow_up()
            if meeting.kind != was:  # the checklist was for the other kind
                name = KIND_LABELS[meeting.kind].lower()
                self.switch_checklist(meeting.kind, f"This is now a {name}: use its checklist?")

        self.app.push_screen(MeetingForm(self.services, self.meeting), edited)

    def action_reflect(self) -> None:
        """Write down what the meeting taught (the after-a-meeting prompts)."""
        prompt_set = self.services.content.prompt_set("after-meeting")
        if prompt_set is not None and self.meeting.id != QUICK_ID:
            begin(
                self.app,
                self.services,
                prompt_set,
                meeting_id=self.meeting.id,
                link_label=self.meeting.title(),
            )

    def unsaved_text(self) -> bool:
        """An edited thank-you note not yet saved (what ctrl+q asks about)."""
        note = self.note_text() if self.meeting.id != QUICK_ID else ""
        return bool(note) and note not in (self.meeting.thank_you, self.generated)

    def keep_for_later(self) -> None:
        """The app is being closed without asking (the terminal went away): keep the
        edited note, with nothing to report back to."""
        if self.unsaved_text():
            kept = replace(self.meeting, thank_you=self.note_text())
            write(self.app, self.services, lambda data: data.meetings.save(kept))

    def action_back(self) -> None:
        if self.unsaved_text():
            self.action_save_note()  # keep the note as edited; nothing typed is lost
        self.dismiss(None)


def sent_day(stamp: str, zone: Zone) -> str:
    moment = parse_iso(stamp)
    return date_words(moment.astimezone(zone)) if moment else stamp[:10]
