"""Feedback: what the answer shows, why each figure matters, and the self-rating.

The session is already saved when this opens (nothing is lost if the app dies here);
the rating and note are saved with ctrl+s, through the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input

from coach.services import Services
from coach.sessions import Session
from coach.timing import describe_seconds
from screens.navigation import reflect_on_session
from screens.saving import write
from screens.widgets.attempt import AttemptBody
from screens.widgets.confirm import leave_asking
from screens.widgets.footer import Footer
from screens.widgets.rating import RatingAndNote
from screens.widgets.text import Static


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
            yield AttemptBody(self.services, session)
        yield Footer()

    def unsaved_text(self) -> bool:
        """A rating or note given and not yet saved (what ctrl+q asks about)."""
        return self.query_one(RatingAndNote).touched()

    def keep_for_later(self) -> None:
        """The app is being closed without asking (the terminal went away): keep the
        rating and note as given, with nothing to report back to."""
        if self.unsaved_text():
            self.save_rating()

    def on_attempt_body_heard(self, event: AttemptBody.Heard) -> None:
        self.session = event.session

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_save(self) -> None:
        """Close once the save is on disk: if it fails (a full disk), the screen stays with
        the rating and note, and ctrl+s tries again."""
        self.save_rating(self.saved)

    def save_rating(self, then: Callable[[object], object] | None = None) -> None:
        rating, note = self.query_one(RatingAndNote).values()
        rated = replace(self.session, rating=rating, note=note)
        write(self.app, self.services, lambda data: data.sessions.rate(rated), then)

    def saved(self, _: object) -> None:
        if self.is_attached:
            self.dismiss(None)

    def action_leave(self) -> None:
        leave_asking(
            self,
            self.query_one(RatingAndNote).touched(),
            "Go back without saving your rating and note? (The answer itself is saved.)",
        )

    def action_reflect(self) -> None:
        reflect_on_session(self.app, self.services, self.session)


def timing_line(session: Session) -> str:
    """`Time 1:12 of 1:30`, with overtime and pauses when there were any."""
    parts = [f"Took {describe_seconds(session.used_s)} of {describe_seconds(session.limit_s)}"]
    if session.overtime_s >= 1:
        parts.append(f"{describe_seconds(session.overtime_s)} over")
    if session.paused_s >= 1:
        parts.append(f"paused {describe_seconds(session.paused_s)}")
    return " · ".join(parts)
