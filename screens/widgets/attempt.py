"""What one attempt shows under its rating: tips, the answer with its marks, the figures;
for a spoken answer not yet heard, the listening and its progress instead.

The feedback screen (just answered) and the attempt screen (opened from the history) show
the same thing, so both use this widget. A recording that has not been transcribed (the
app closed while it was being heard) is heard when either opens it; when the transcript
is in, the widget redraws itself and posts `AttemptBody.Heard` so the screen holds the
new session. Whatever the user typed in the rating and note above is left alone.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import ProgressBar

from coach.report import figure_rows, tips
from coach.services import Services
from coach.sessions import SPOKEN, Session
from screens.listen import transcribe_session
from screens.widgets.marked import marked_answer
from screens.widgets.text import Static, plain

NOT_HEARD = (
    "Spoken answer: rate how it felt. Timing is above; with the voice extra coach listens "
    "and gives word-level feedback."
)


def was_heard(session: Session) -> bool:
    """Transcribed, even when nothing was said (an empty transcript is still an answer)."""
    return bool(session.transcript) or session.feedback.get("heard") is True


def waits_to_be_heard(session: Session) -> bool:
    return session.mode == SPOKEN and bool(session.audio) and not was_heard(session)


def answer_panel(session: Session) -> Static:
    """The answer with its fillers, hedges and clichés marked, in a titled box."""
    said = session.said
    shown = marked_answer(said, session.question) if said else None
    panel = Static(shown or Text("(nothing written)"), id="detail-answer")
    if session.transcript:
        panel.border_title = "What you said (transcribed here, on this machine)"
    else:
        panel.border_title = "Notes (spoken answer)" if session.mode == SPOKEN else "Your answer"
    return panel


def figures_table(session: Session) -> Table:
    """Each figure with, beneath its value, a few words on why it matters."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1)
    for label, value, note in figure_rows(session.feedback):
        table.add_row(plain(label), plain(Text.assemble(value, "\n", (note, "dim"))))
    return table


def tips_text(found: list[str]) -> Text:
    text = Text("Tips", style="bold")
    for tip in found:
        text.append(f"\n• {tip}", style="not bold")
    return text


def attempt_widgets(session: Session) -> list[Widget]:
    """Tips, the answer and the figures; for a spoken answer, what there is of them."""
    if waits_to_be_heard(session):
        return [
            Static("Listening to your answer…", id="listening-state"),
            ProgressBar(total=1.0, show_eta=False, id="listening-bar"),
        ]
    if session.mode == SPOKEN and not was_heard(session):
        return [Static(NOT_HEARD, classes="muted"), answer_panel(session)]
    widgets: list[Widget] = []
    found = tips(session.feedback)
    if found:
        widgets.append(Static(tips_text(found), id="feedback-tips"))
    widgets.append(answer_panel(session))
    widgets.append(Static(figures_table(session), id="figures"))
    return widgets


class AttemptBody(Vertical):
    """One attempt's feedback; hears its recording first when that is still to do."""

    class Heard(Message):
        """The recording was transcribed and the attempt saved with what was said."""

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    def __init__(self, services: Services, session: Session) -> None:
        super().__init__(id="feedback-body")
        self.services = services
        self.session = session

    def compose(self) -> ComposeResult:
        yield from attempt_widgets(self.session)

    def on_mount(self) -> None:
        if waits_to_be_heard(self.session):
            transcribe_session(
                self.app,
                self.services,
                self.session,
                progress=self.listened,
                then=self.heard,
                failed=self.not_heard,
            )

    def listened(self, done: float) -> None:
        if self.is_attached and self.query("#listening-bar"):
            self.query_one("#listening-bar", ProgressBar).update(progress=done)

    async def heard(self, session: Session) -> None:
        if not self.is_attached:
            return
        self.session = session
        await self.remove_children()
        await self.mount_all(attempt_widgets(session))
        self.post_message(self.Heard(session))

    def not_heard(self, message: str) -> None:
        if self.is_attached and self.query("#listening-state"):
            self.query_one("#listening-state", Static).update(
                f"{message} The recording is kept; rate how it felt."
            )
            self.query_one("#listening-bar", ProgressBar).display = False
