"""A checklist to tick and edit: the heart of a meeting's screen, and on its own the quick
checklist (one kept for a meeting not planned in coach).

Every change (a tick, a new item, a reset) is saved at once through the writer thread;
the line at the bottom says when the last save landed.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, OptionList, TabbedContent, TabPane

from coach.checklists import KIND_LABELS, PHASES
from coach.meetings import QUICK_ID, ChecklistItem, Meeting, checklist_from
from coach.services import Services
from screens.prompt import Prompt
from screens.saving import write
from screens.widgets.checklist import ChecklistView
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.footer import Footer
from screens.widgets.text import Static

CHECKLIST_KEYS = [
    Binding("a", "add", "Add"),
    Binding("x", "remove", "Remove"),
    Binding("R", "reset", "Reset"),
]


class ChecklistScreen(Screen[None]):
    """What a meeting's screen and the quick checklist share: the checklist and saving it."""

    def __init__(self, services: Services, meeting: Meeting) -> None:
        super().__init__()
        self.services = services
        self.meeting = meeting

    def checklist_pane(self) -> ComposeResult:
        with TabPane("1 Checklist", id="tab-checklist"):
            yield ChecklistView(self.meeting.checklist, id="checklist")
            yield Static(
                "space ticks · s essentials/all · a adds · x removes · ctrl+↑↓ moves · R resets",
                classes="muted",
            )

    def focus_checklist(self) -> None:
        self.query_one("#checklist-items", OptionList).focus()

    def heading(self) -> Text:
        raise NotImplementedError

    def show_heading(self) -> None:
        self.query_one("#meeting-heading", Static).update(self.heading())

    # -- saving ------------------------------------------------------------------------

    def save(self, meeting: Meeting) -> None:
        """Keep the change and write it now; the bottom line confirms when it landed."""
        self.meeting = meeting
        write(self.app, self.services, lambda data: data.meetings.save(meeting), self.saved)

    def saved(self, _: object) -> None:
        if self.is_mounted:
            moment = self.services.clock().astimezone(self.services.local_tz())
            self.query_one("#saved-line", Static).update(f"✓ saved {moment:%H:%M:%S}")

    def on_checklist_view_changed(self, event: ChecklistView.Changed) -> None:
        self.save(replace(self.meeting, checklist=list(event.items)))

    # -- editing -----------------------------------------------------------------------

    def action_add(self) -> None:
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

    def action_remove(self) -> None:
        view = self.query_one(ChecklistView)
        item = view.selected()
        if item is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                view.replace([i for i in view.items if i.id != item.id])

        self.app.push_screen(ConfirmScreen(f"Remove “{item.text}”?", yes="Remove"), confirmed)

    def action_reset(self) -> None:
        view = self.query_one(ChecklistView)
        template = self.services.content.checklists[self.meeting.kind]

        def confirmed(yes: bool | None) -> None:
            if yes:
                view.replace(checklist_from(template), fresh=True)

        self.app.push_screen(
            ConfirmScreen(
                "Reset the checklist to the template? Ticks and your own items go.", yes="Reset"
            ),
            confirmed,
        )

    def switch_checklist(self, kind: str, question: str) -> None:
        """Make the checklist `kind`'s template: at once when nothing is ticked or added,
        else only if the user says so (ticks and their own items would go)."""
        fresh = checklist_from(self.services.content.checklists[kind])

        def switch(yes: bool | None = True) -> None:
            if yes:
                self.meeting = replace(self.meeting, kind=kind)
                self.show_heading()
                self.query_one(ChecklistView).replace(fresh, fresh=True)  # saved as any change is

        if not any(item.done or item.custom for item in self.meeting.checklist):
            switch()
            return
        self.app.push_screen(
            ConfirmScreen(
                f"{question} Ticks and your own items go.", yes="Switch", no="Keep these"
            ),
            switch,
        )


class QuickChecklistScreen(ChecklistScreen):
    """The quick checklist: the checklist alone, for either kind of meeting."""

    SUB_TITLE = "Meeting"
    BINDINGS = [
        *CHECKLIST_KEYS,
        Binding("t", "switch_kind", "Job/informational"),
        Binding("escape", "dismiss(None)", "Back"),
    ]

    def __init__(self, services: Services) -> None:
        made = services.data.meetings.get(QUICK_ID)
        super().__init__(services, made or quick_checklist(services))
        self.new = made is None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(self.heading(), id="meeting-heading")
        with TabbedContent(id="meeting-tabs"):
            yield from self.checklist_pane()
        yield Static("", id="saved-line", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        self.focus_checklist()
        if self.new:  # made from the template the first time it opens, and kept from then
            meeting = self.meeting
            write(self.app, self.services, lambda data: data.meetings.save(meeting))

    def heading(self) -> Text:
        kind = KIND_LABELS[self.meeting.kind]
        return Text.assemble(("Quick checklist", "bold"), f"  ·  {kind}  ·  t switches")

    def action_switch_kind(self) -> None:
        kind = "informational" if self.meeting.kind == "job" else "job"
        self.switch_checklist(kind, f"Switch to the {KIND_LABELS[kind].lower()} checklist?")


def quick_checklist(services: Services) -> Meeting:
    """The quick checklist as it starts: the informational template."""
    return Meeting(
        id=QUICK_ID,
        person="Quick checklist",
        checklist=checklist_from(services.content.checklists["informational"]),
    )
