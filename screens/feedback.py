"""Feedback: what the answer shows, why each figure matters, and the self-rating.

The session is already saved when this opens (nothing is lost if the app dies here);
the rating and note are saved with ctrl+s, through the writer thread.
"""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Input, ProgressBar, Static

from coach.report import figure_rows, tips
from coach.services import Services
from coach.sessions import SPOKEN, Session
from coach.store import Store
from coach.timing import describe_seconds
from screens.listen import transcribe_session
from screens.reflect import reflect_on_session
from screens.saving import write
from screens.widgets.confirm import leave_asking
from screens.widgets.footer import Footer
from screens.widgets.marked import marked_answer
from screens.widgets.rating import RatingAndNote


class FeedbackScreen(Screen[None]):
    """The figures of one answer; 1-5 rates it, ctrl+s saves and goes back."""

    SUB_TITLE = "Feedback"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+r", "reflect", "Reflect"),
        Binding("escape", "leave", "Back"),
    ]

    def __init__(self, services: Services, session: Session) -> None:
        super().__init__()
        self.services = services
        self.session = session

    def compose(self) -> ComposeResult:
        session = self.session
        yield Header(icon="")
        with VerticalScroll(id="feedback"):
            yield Static(session.question, id="feedback-question")
            yield Static(timing_line(session), id="feedback-timing")
            yield RatingAndNote("optional: what to keep, what to change")
            with Vertical(id="feedback-body"):
                yield from self.body()
        yield Footer()

    def body(self) -> list[Widget]:
        """What the answer shows; a recording not yet heard shows the listening instead."""
        session = self.session
        if session.mode == SPOKEN and not session.transcript:
            if session.audio:
                return [
                    Static("Listening to your answer…", id="listening-state"),
                    ProgressBar(total=1.0, show_eta=False, id="listening-bar"),
                ]
            return [
                Static(
                    "Spoken answer: rate how it felt. Timing is above; with the voice "
                    "extra coach listens and gives word-level feedback.",
                    classes="muted",
                )
            ]
        widgets: list[Widget] = []
        found = tips(session.feedback)
        if found:
            widgets.append(Static(tips_text(found), id="feedback-tips"))
        widgets.append(answer_panel(session))
        widgets.append(Static(figures_table(session), id="figures"))
        return widgets

    def on_mount(self) -> None:
        if self.session.mode == SPOKEN and self.session.audio and not self.session.transcript:
            transcribe_session(
                self.app,
                self.services,
                self.session,
                progress=self.listened,
                then=self.heard,
                failed=self.not_heard,
            )

    def listened(self, done: float) -> None:
        if self.is_mounted and self.query("#listening-bar"):
            self.query_one("#listening-bar", ProgressBar).update(progress=done)

    def heard(self, session: Session) -> None:
        """The transcript is in: show the full feedback under what the user has typed."""
        if not self.is_attached:
            return
        self.session = session
        body = self.query_one("#feedback-body", Vertical)
        body.remove_children()
        body.mount_all(self.body())

    def not_heard(self, message: str) -> None:
        if self.is_attached and self.query("#listening-state"):
            self.query_one("#listening-state", Static).update(
                f"{message} The recording is kept; rate how it felt."
            )
            self.query_one("#listening-bar", ProgressBar).display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        rating, note = self.query_one(RatingAndNote).values()
        fallback = replace(self.session, rating=rating, note=note).to_record()
        session_id = self.session.id

        def rate(store: Store) -> None:
            # Onto what is saved now: a transcript that arrived meanwhile stays.
            current = store.get("sessions", session_id) or fallback
            store.put("sessions", {**current, "rating": rating, "note": note})

        write(self.app, self.services, rate)
        self.dismiss(None)

    def action_leave(self) -> None:
        leave_asking(
            self,
            self.query_one(RatingAndNote).touched(),
            "Go back without saving your rating and note? (The answer itself is saved.)",
        )

    def action_reflect(self) -> None:
        reflect_on_session(self.app, self.services, self.session)


def answer_panel(session: Session) -> Static:
    """The answer with its fillers, hedges and clichés marked, in a titled box."""
    said = session.transcript or session.answer
    shown = marked_answer(said, session.question) if said else None
    panel = Static(shown or Text("(nothing written)"), id="detail-answer")
    if session.transcript:
        panel.border_title = "What you said (transcribed here, on this machine)"
    else:
        panel.border_title = "Notes (spoken answer)" if session.mode == SPOKEN else "Your answer"
    return panel


def timing_line(session: Session) -> str:
    """`Time 1:12 of 1:30`, with overtime and pauses when there were any."""
    parts = [f"Took {describe_seconds(session.used_s)} of {describe_seconds(session.limit_s)}"]
    if session.overtime_s >= 1:
        parts.append(f"{describe_seconds(session.overtime_s)} over")
    if session.paused_s >= 1:
        parts.append(f"paused {describe_seconds(session.paused_s)}")
    return " · ".join(parts)


def figures_table(session: Session) -> Table:
    """Each figure with, beneath its value, a few words on why it matters."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for label, value, note in figure_rows(session.feedback):
        table.add_row(Text(label), Text.assemble(value, "\n", (note, "dim")))
    return table


def tips_text(found: list[str]) -> Text:
    text = Text("Tips", style="bold")
    for tip in found:
        text.append(f"\n• {tip}", style="not bold")
    return text
