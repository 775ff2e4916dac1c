"""A checklist grouped by phase: space (or a click) ticks, with a progress bar above; s
switches between the essentials (marked in the template) and the whole list.

The widget only shows and edits the list of items it is given; the screen that owns it
saves every change (`ChecklistView.Changed`) at once.
"""

from __future__ import annotations

from dataclasses import replace as dataclass_replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, ProgressBar
from textual.widgets.option_list import Option

from coach.meetings import ChecklistItem, by_phase, move, progress, short_list, starts_short
from screens.widgets.text import Static, plain


class ChecklistView(Vertical):
    """Items by phase; space ticks, ctrl+up/down move an item within its phase."""

    BINDINGS = [
        Binding("space", "tick", "Tick"),
        Binding("s", "short_list", "Essentials/all", show=False),  # the hint line says it
        Binding("ctrl+up", "move(-1)", "Move up", show=False),
        Binding("ctrl+down", "move(1)", "Move down", show=False),
    ]
    DEFAULT_CSS = """
    ChecklistView { height: 1fr; }
    ChecklistView > #checklist-progress-row { height: 1; }
    ChecklistView OptionList { height: 1fr; }
    ChecklistView #checklist-why { height: auto; }
    """

    class Changed(Message):
        """The items changed (a tick, a move); the owner saves them."""

        def __init__(self, items: list[ChecklistItem]) -> None:
            super().__init__()
            self.items = items

    def __init__(self, items: list[ChecklistItem], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items = list(items)
        self.short = starts_short(self.items)  # the essentials first, until ticked past

    def compose(self) -> ComposeResult:
        yield Static("", id="checklist-count")
        yield ProgressBar(total=1, show_eta=False, show_percentage=True, id="checklist-progress")
        yield OptionList(id="checklist-items")
        yield Static("", id="checklist-why", classes="muted")

    def on_mount(self) -> None:
        self.show()

    def show(self, keep: str | None = None) -> None:
        """Redraw the list, keeping the highlight on item `keep` (or where it was)."""
        listing = self.query_one(OptionList)
        highlighted = listing.highlighted
        listing.clear_options()
        shown = short_list(self.items) if self.short else self.items
        for phase, items in by_phase(shown):
            if not items:
                continue
            done, total = progress(items)
            listing.add_option(
                Option(Text(f"{phase.title()}  {done}/{total}", style="bold"), disabled=True)
            )
            for item in items:
                listing.add_option(Option(plain(item_label(item)), id=item.id))
        if keep is not None:
            index = next(
                (
                    n
                    for n in range(listing.option_count)
                    if listing.get_option_at_index(n).id == keep
                ),
                None,
            )
            listing.highlighted = index
        elif highlighted is not None and listing.option_count:
            listing.highlighted = min(highlighted, listing.option_count - 1)
        if listing.highlighted is None or listing.get_option_at_index(listing.highlighted).disabled:
            listing.highlighted = first_item(listing)  # space and x work at once
        done, total = progress(shown)
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=done)
        self.query_one("#checklist-count", Static).update(self.count_line(done, total))

    def count_line(self, done: int, total: int) -> str:
        essentials = sum(1 for i in self.items if i.essential)
        if self.short:
            return f"{done} of {total} essentials done · s shows all {len(self.items)}"
        if essentials:
            return f"{done} of {total} done · s shows the {essentials} essentials"
        return f"{done} of {total} done"

    def action_short_list(self) -> None:
        """Between the essentials (and your own items) and the whole list."""
        if any(i.essential for i in self.items):
            self.short = not self.short
            self.show()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Say why the highlighted item matters, when its template says."""
        item = next((i for i in self.items if i.id == event.option.id), None)
        self.query_one("#checklist-why", Static).update(
            f"Why: {item.why}" if item and item.why else ""
        )

    def selected(self) -> ChecklistItem | None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        return next((i for i in self.items if i.id == option_id), None)

    def replace(
        self, items: list[ChecklistItem], keep: str | None = None, *, fresh: bool = False
    ) -> None:
        """Show and announce `items`; a `fresh` list (a reset) opens on its essentials."""
        self.items = list(items)
        if fresh:
            self.short = starts_short(self.items)
        self.show(keep)
        self.post_message(self.Changed(self.items))

    def action_tick(self) -> None:
        item = self.selected()
        if item is not None:
            self.toggle(item.id)

    def toggle(self, item_id: str) -> None:
        items = [
            dataclass_replace(i, done=not i.done) if i.id == item_id else i for i in self.items
        ]
        self.replace(items, keep=item_id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.toggle(event.option.id)

    def action_move(self, step: int) -> None:
        item = self.selected()
        if item is not None:
            self.replace(move(self.items, item.id, step), keep=item.id)


def item_label(item: ChecklistItem) -> Text:
    box = "☑" if item.done else "☐"
    label = Text(f" {box} ", style="bold green" if item.done else "")
    label.append(item.text, style="dim strike" if item.done else "")
    if item.custom:
        label.append("  (yours)", style="dim italic")
    return label


def first_item(listing: OptionList) -> int | None:
    """The first row that can be acted on (phase headings cannot)."""
    return next(
        (n for n in range(listing.option_count) if not listing.get_option_at_index(n).disabled),
        None,
    )
