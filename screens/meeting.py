"""One meeting: its checklist, the questions to ask, the follow-up, and its details.

The checklist and saving come from ChecklistScreen; the questions and follow-up tabs are
widgets (screens/meeting_tabs.py) that hand their changes here to be saved.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Button, Header, TabbedContent, TabPane

from coach.checklists import KIND_LABELS
from coach.clock import to_iso
from coach.data import Kind
from coach.follow_up import follow_up as thank_you_state
from coach.meetings import Meeting, flag, when_label
from coach.reflections import about_meeting
from coach.services import Services
from screens.checklist_screen import CHECKLIST_KEYS, ChecklistScreen
from screens.meeting_form import MeetingForm
from screens.meeting_tabs import AskPane, FollowUpPane
from screens.navigation import write_reflection
from screens.saving import DataChanged, write
from screens.widgets.checklist import ChecklistView
from screens.widgets.confirm import send_asking
from screens.widgets.footer import Footer
from screens.widgets.text import Static

TABS = ("tab-checklist", "tab-questions", "tab-follow-up", "tab-details")


class MeetingScreen(ChecklistScreen):
    """Tabs: checklist, questions to ask, follow-up, details."""

    SUB_TITLE = "Meeting"
    BINDINGS = [
        *CHECKLIST_KEYS,
        Binding("w", "write_question", "Write a question", show=False),
        Binding("e", "edit", "Edit meeting"),
        Binding("ctrl+r", "reflect", "Reflect on it"),
        Binding("ctrl+s", "save_note", "Save note", priority=True, show=False),
        Binding("f3", "copy_note", "Copy note", show=False),
        Binding("f4", "note_to_file", "Note to file", show=False),
        Binding("f5", "mark_sent", "Mark sent", show=False),
        Binding("escape", "back", "Back"),
        *(Binding(str(n), f"tab({n})", f"Tab {n}", show=False) for n in range(1, 5)),
    ]

    def __init__(self, services: Services, meeting_id: str, *, tab: int | None = None) -> None:
        meeting = services.data.meetings.get(meeting_id) or Meeting(id=meeting_id)
        super().__init__(services, meeting)
        # over and not yet thanked: the follow-up is what there is to do; else the checklist
        owed = thank_you_state(meeting, services.clock()).owed
        self.first_tab = tab if tab is not None else (3 if owed else 1)

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(self.heading(), id="meeting-heading")
        with TabbedContent(id="meeting-tabs", initial=TABS[self.first_tab - 1]):
            yield from self.checklist_pane()
            yield AskPane(self.services, self.meeting)
            yield FollowUpPane(self.services, self.meeting)
            with TabPane("4 Details", id="tab-details"):
                yield Static(self.details(), id="meeting-details")
        yield Static("", id="saved-line", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.action_tab(self.first_tab)

    @property
    def ask(self) -> AskPane:
        return self.query_one(AskPane)

    @property
    def follow_up(self) -> FollowUpPane:
        return self.query_one(FollowUpPane)

    @on(DataChanged)
    def written_about(self, event: DataChanged) -> None:
        """Something was written about it: its details list what."""
        if event.about(Kind.REFLECTIONS) and self.is_mounted:
            self.query_one("#meeting-details", Static).update(self.details())

    def heading(self) -> Text:
        m = self.meeting
        line = Text(m.title(), style="bold")
        line.append(
            f"  ·  {KIND_LABELS[m.kind]}  ·  {when_label(m, self.services.local_tz())}"
            f"  ·  {m.length_min} min"
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
            ("In People", self.linked_person()),
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

    def linked_person(self) -> str:
        person = self.services.data.people.get(self.meeting.person_id)
        return f"{person.title()} (o opens People)" if person else ""

    # -- which tab -----------------------------------------------------------------------

    def action_tab(self, number: int) -> None:
        """Keys 1 to 4 switch tabs; on the two lists the cursor follows."""
        self.query_one(TabbedContent).active = TABS[number - 1]
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        tabs = self.WHERE.get(action)
        if tabs is not None and self.is_mounted and self.query(TabbedContent):
            return self.active() in tabs
        return True

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """Opening the follow-up for a draft to send: ask, once, whose name signs it."""
        self.refresh_bindings()  # the footer follows the tab
        if event.pane.id == "tab-follow-up":
            self.follow_up.ask_for_name()

    # -- the two lists -------------------------------------------------------------------

    def action_add(self) -> None:
        if self.active() == "tab-questions":
            self.ask.pick()
        elif self.active() == "tab-checklist":
            super().action_add()

    def action_remove(self) -> None:
        if self.active() == "tab-questions":
            self.ask.remove_highlighted()
        elif self.active() == "tab-checklist":
            super().action_remove()

    def action_reset(self) -> None:
        if self.active() == "tab-checklist":
            super().action_reset()

    def action_write_question(self) -> None:
        if self.active() == "tab-questions":
            self.ask.write_one()

    @on(AskPane.Changed)
    def questions_changed(self, event: AskPane.Changed) -> None:
        self.save(replace(self.meeting, questions=event.questions))
        self.ask.show(self.meeting)

    # -- follow-up -----------------------------------------------------------------------

    @on(Button.Pressed, "#copy")
    def action_copy_note(self) -> None:
        self.follow_up.copy()

    @on(Button.Pressed, "#to-file")
    def action_note_to_file(self) -> None:
        self.follow_up.to_file()

    @on(Button.Pressed, "#sent")
    def action_mark_sent(self) -> None:
        if self.meeting.thanked_at:  # f5 again: not sent after all
            self.mark_sent("")
            return
        note = self.follow_up.with_note().thank_you
        send_asking(self, note, lambda: self.mark_sent(to_iso(self.services.clock())))

    def mark_sent(self, sent: str) -> None:
        self.save(replace(self.follow_up.with_note(), thanked_at=sent))
        self.follow_up.show(self.meeting)

    @on(Button.Pressed, "#save-note")
    def action_save_note(self) -> None:
        self.save(self.follow_up.with_note())

    # -- the meeting itself ------------------------------------------------------------

    def save(self, meeting: Meeting) -> None:
        super().save(meeting)
        if self.is_mounted:  # the tabs show the meeting as saved
            self.ask.meeting = self.follow_up.meeting = meeting

    def action_edit(self) -> None:
        def edited(meeting: Meeting | None) -> None:
            if meeting is None:
                return
            was = self.meeting.kind
            self.save(replace(meeting, checklist=self.query_one(ChecklistView).items))
            self.show_heading()
            self.query_one("#meeting-details", Static).update(self.details())
            self.follow_up.show(self.meeting)
            if meeting.kind != was:  # the checklist was for the other kind
                name = KIND_LABELS[meeting.kind].lower()
                self.switch_checklist(meeting.kind, f"This is now a {name}: use its checklist?")

        self.app.push_screen(MeetingForm(self.services, self.meeting), edited)

    def action_reflect(self) -> None:
        """Write down what the meeting taught (the after-a-meeting prompts)."""
        prompt_set = self.services.content.prompt_set("after-meeting")
        if prompt_set is not None:
            write_reflection(
                self.app,
                self.services,
                prompt_set,
                meeting_id=self.meeting.id,
                link_label=self.meeting.title(),
            )

    def unsaved_text(self) -> bool:
        """An edited thank-you note not yet saved (what ctrl+q asks about)."""
        return self.follow_up.edited()

    def keep_for_later(self) -> None:
        """The app is being closed without asking (the terminal went away): keep the
        edited note, with nothing to report back to."""
        if self.unsaved_text():
            kept = self.follow_up.with_note()
            write(self.app, self.services, lambda data: data.meetings.save(kept))

    def action_back(self) -> None:
        if self.unsaved_text():
            self.action_save_note()  # keep the note as edited; nothing typed is lost
        self.dismiss(None)
