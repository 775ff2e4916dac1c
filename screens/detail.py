"""One attempt in full: the answer, its feedback, note and timing; edit, delete, redo."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input

from coach.clock import date_words, parse_iso
from coach.services import Services
from coach.sessions import Session
from screens.compare import CompareScreen
from screens.feedback import timing_line
from screens.navigation import practise_again, reflect_on_session
from screens.saving import delete_after_asking, write
from screens.widgets.attempt import AttemptBody
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.footer import Footer
from screens.widgets.rating import Rating, RatingAndNote
from screens.widgets.text import Static


class SessionScreen(Screen[None]):
    """A saved attempt; ctrl+s saves a changed rating or note."""

    SUB_TITLE = "Attempt"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("a", "again", "Again"),
        Binding("c", "compare", "Compare"),
        Binding("d", "delete", "Delete"),
        Binding("ctrl+r", "reflect", "Reflect"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, services: Services, session_id: str) -> None:
        super().__init__()
        self.services = services
        self.session_id = session_id
        self.session = services.data.sessions.get(session_id)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        session = self.session
        with VerticalScroll(id="detail"):
            if session is None:
                yield Static("This attempt no longer exists.", classes="muted")
                return
            yield Static(session.question, id="detail-question")
            yield Static(self.meta_line(session), id="detail-meta")
            yield Static(timing_line(session), id="detail-timing")
            yield RatingAndNote(
                "optional: what to keep, what to change", rating=session.rating, note=session.note
            )
            yield AttemptBody(self.services, session)
        yield Footer()

    def on_attempt_body_heard(self, event: AttemptBody.Heard) -> None:
        self.session = event.session

    def meta_line(self, session: Session) -> str:
        moment = parse_iso(session.finished)
        local = moment.astimezone(self.services.local_tz()) if moment else None
        when = date_words(local, weekday="long", clock=True) if local else "unknown time"
        deck = self.services.deck(session.deck)
        parts = [when, deck.name if deck else session.deck, session.mode]
        if session.company or session.role:
            parts.append(" at ".join(p for p in (session.role, session.company) if p))
        return " · ".join(parts)

    def action_save(self) -> None:
        if self.session is None:
            return
        rating, note = self.query_one(RatingAndNote).values()
        self.session = rated = replace(self.session, rating=rating, note=note)
        write(
            self.app,
            self.services,
            lambda data: data.sessions.rate(rated),
            lambda _: self.notify("Saved.", markup=False),
        )
        self.query_one(Rating).focus()  # out of the note: a, c and d work again

    def action_delete(self) -> None:
        if self.session is None:
            return
        session_id = self.session.id
        delete_after_asking(
            self,
            self.services,
            "Delete this attempt? This cannot be undone.",
            lambda data: data.sessions.delete(session_id),  # the recording goes with it
            then=lambda: self.dismiss(None),
        )

    def action_again(self) -> None:
        session = self.session
        if session is None:
            return
        practise_again(
            self.app,
            self.services,
            session.deck,
            session.question_id,
            session.question,
            mode=session.mode,
            limit_s=session.limit_s,
            company=session.company,
            role=session.role,
        )

    def action_compare(self) -> None:
        if self.session is not None:
            self.app.push_screen(
                CompareScreen(self.services, self.session.question_id, self.session.question)
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def action_back(self) -> None:
        if isinstance(self.focused, Input):  # first out of the note, to the screen's keys
            self.query_one(Rating).focus()
            return
        if self.session is None or self.query_one(RatingAndNote).values() == (
            self.session.rating,
            self.session.note,
        ):
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen(
                "Go back without saving the new rating and note?", yes="Go back", no="Stay"
            ),
            answered,
        )

    def action_reflect(self) -> None:
        if self.session is not None:
            reflect_on_session(self.app, self.services, self.session)
