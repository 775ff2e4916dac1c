"""Answer: the question large, a countdown in big digits, and room to answer.

Time is read from a `Countdown` on the monotonic clock at every tick, so a late tick
never makes the display wrong. At zero the clock runs on into overtime in a warning
style unless the hard stop is on. The draft is saved every few seconds and when the app
closes, through the store's writer thread, so typing is never held up by the disk.
"""

from __future__ import annotations

import math
from subprocess import Popen

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Digits, Header, ProgressBar, TextArea

from coach.practice import AnswerPlan
from coach.reflections import Answer, notes_for
from coach.services import Services
from coach.sessions import SPOKEN, Attempt, Draft
from coach.stories import as_notes, stories_for
from coach.timing import Countdown, Level, clock_face
from screens.saving import write
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.footer import Footer
from screens.widgets.mic import MicLine
from screens.widgets.text import Static

TICK_SECONDS = 0.1
AUTOSAVE_SECONDS = 3.0
GET_READY_SECONDS = 3


class AnswerScreen(Screen[Attempt | None]):
    """Answer one question against the clock; dismisses with the attempt, or None if left."""

    SUB_TITLE = "Answer"
    autosave_seconds = AUTOSAVE_SECONDS
    BINDINGS = [
        Binding("ctrl+s", "finish", "Finish", priority=True),
        Binding("f2", "pause", "Pause/resume", priority=True),
        Binding("escape", "leave", "Leave", priority=True),
        Binding("f4", "notes", "My notes", priority=True),
        # The App's area letters, held: while the answer is read-only (getting ready,
        # paused, resumed) they would reach the App and leave mid-answer.
        Binding("p,h,m,r,g", "hold", show=False),
    ]

    def __init__(
        self,
        services: Services,
        plan: AnswerPlan,
        *,
        draft: Draft | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.plan = plan
        self.monotonic = monotonic = services.monotonic
        self.countdown = Countdown(
            plan.limit_s,
            already_used=draft.used_s if draft else 0.0,
            already_paused=draft.paused_s if draft else 0.0,
            clock=monotonic,
        )
        self.running_before_suspend = False
        reflections = services.data.reflections.all()
        self.notes = notes_for(reflections, services.content.prompt_sets, plan.question.tags)
        self.stories = stories_for(services.data.stories.all(), plan.question.tags)
        self.notes = as_notes(self.stories) + self.notes  # a story that fits comes first
        self.ready_left: float | None = None
        self.started = draft.started if draft and draft.started else services.now_iso()
        self.initial_text = draft.text if draft else ""
        self.resumed = draft is not None
        self.ready_until: float | None = None
        self.closed = False
        self.last_saved_draft: Draft | None = None
        self.mic: MicLine | None = None
        if plan.mode == SPOKEN:
            self.mic = MicLine(services.listening, services.data.path, resumed=self.resumed)
        self.interviewer: Popen[bytes] | None = None

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        plan = self.plan
        yield Header(icon="")
        with Vertical(id="answer-top"):
            if plan.total > 1:
                yield Static(f"Question {plan.position} of {plan.total}", id="position")
            yield Static(plan.question.text, id="question")
            if plan.question.tips:
                yield Static(f"Tip: {plan.question.tips[0]}", id="question-tip")
            if self.stories:
                titles = ", ".join(s.title or "untitled" for s in self.stories[:2])
                yield Static(f"Your story fits: {titles} (f4 shows it)", id="story-offer")
        with Horizontal(id="timer-row"):
            yield Digits(clock_face(plan.limit_s), id="clock")
            with Vertical(id="timer-side"):
                yield Static("", id="timer-state")
                yield ProgressBar(
                    total=plan.limit_s, show_eta=False, show_percentage=False, id="time-bar"
                )
                if self.mic is not None:
                    yield self.mic
        if plan.mode == SPOKEN:
            placeholder = "Answer out loud. Jot notes here if they help (optional)."
        else:
            placeholder = "Type your answer. ctrl+s when you are done."
        self.area = TextArea(self.initial_text, id="answer", placeholder=placeholder)
        with Horizontal(id="answer-row"):
            yield self.area
            with VerticalScroll(id="notes-panel", classes="hidden") as panel:
                panel.border_title = "What you wrote (f4 hides)"
                yield Static(notes_text(self.notes))
        yield Footer()

    def on_mount(self) -> None:
        area = self.area
        area.move_cursor(area.document.end)
        area.focus()
        if self.resumed:
            self.countdown.start()
            self.countdown.pause()
            area.read_only = True
        elif (
            self.plan.read_aloud
            and (voice := self.services.voice.speak(self.plan.question.text)) is not None
        ):
            self.interviewer = voice  # the clock starts when the question has been read
            area.read_only = True
        elif self.plan.get_ready:
            self.ready_until = self.monotonic() + GET_READY_SECONDS
            area.read_only = True
        else:
            self.countdown.start()
        self.refresh_timer()
        self.set_interval(TICK_SECONDS, self.refresh_timer)
        self.set_interval(self.autosave_seconds, self.save_draft)

    # -- the clock ---------------------------------------------------------------------

    def refresh_timer(self) -> None:
        """Redraw from the clock; also where the get-ready ends and the hard stop bites."""
        if self.closed or self.app.screen is not self:  # a dialog is on top: everything waits
            return
        if self.interviewer is not None:
            if self.interviewer.poll() is None:
                self.show(clock_face(self.plan.limit_s), "The interviewer asks…", Level.CALM)
                return
            self.interviewer = None
            if self.plan.get_ready:
                self.ready_until = self.monotonic() + GET_READY_SECONDS
            else:
                self.countdown.start()
                self.area.read_only = False
        if self.ready_until is not None:
            left = self.ready_until - self.monotonic()
            if left > 0:
                self.show(str(math.ceil(left)), "Get ready…", Level.CALM)
                return
            self.ready_until = None
            self.countdown.start()
            self.area.read_only = False
        countdown = self.countdown
        remaining = countdown.remaining()
        if self.plan.hard_stop and remaining <= 0:
            self.finish(hard_stop=True)
            return
        level = countdown.level()
        if countdown.paused:
            state = "Paused · f2 to go on"
        elif level is Level.OVERTIME:
            state = "Over time · ctrl+s to finish"
        else:
            state = "Hard stop at zero" if self.plan.hard_stop else ""
        self.show(clock_face(remaining), state, level)
        self.query_one("#time-bar", ProgressBar).update(progress=max(0.0, remaining))
        self.follow_clock()

    def follow_clock(self) -> None:
        """Record exactly while the countdown runs."""
        if self.mic is not None:
            self.mic.follow(self.countdown.started and not self.countdown.paused)

    def show(self, face: str, state: str, level: Level) -> None:
        self.query_one("#clock", Digits).update(face)
        self.query_one("#timer-state", Static).update(state)
        for candidate in Level:
            self.set_class(candidate is level, f"-{candidate.value}")
        self.set_class(self.countdown.paused, "-paused")

    # -- keys --------------------------------------------------------------------------

    def action_pause(self) -> None:
        if self.ready_until is not None or self.closed:
            return
        self.countdown.toggle()
        self.area.read_only = self.countdown.paused
        self.refresh_timer()
        self.follow_clock()
        if self.countdown.paused:
            self.save_draft()

    def action_finish(self) -> None:
        """Finish once keys typed just before ctrl+s have reached the answer."""
        self.call_after_refresh(self.finish)

    def unsaved_text(self) -> bool:
        """An answer being typed (its draft is kept even so)."""
        return not self.closed and bool(self.area.text.strip())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer f4 only when there are reflection notes on this question's theme."""
        return bool(self.notes) if action == "notes" else True

    def action_notes(self) -> None:
        panel = self.query_one("#notes-panel")
        panel.set_class(not panel.has_class("hidden"), "hidden")

    def on_resize(self) -> None:
        """On a short terminal, drop the tip and the spacing so clock and answer stay."""
        self.set_class(self.size.height < 22, "-short")

    def on_screen_suspend(self) -> None:
        """A dialog, help or the palette is on top: the clock (and a get-ready) waits.
        (Once the answer has ended, the next screen covers it before it closes: nothing
        must start again then, least of all a recording over the one being kept.)"""
        if self.closed:
            return
        self.running_before_suspend = self.countdown.started and not self.countdown.paused
        self.countdown.pause()
        self.follow_clock()
        if self.ready_until is not None:
            self.ready_left = self.ready_until - self.monotonic()

    def on_screen_resume(self) -> None:
        if self.closed:
            return
        if self.ready_left is not None:
            self.ready_until = self.monotonic() + self.ready_left
            self.ready_left = None
        if self.running_before_suspend:
            self.countdown.resume()
        self.running_before_suspend = False
        self.refresh_timer()

    def action_hold(self) -> None:
        """A letter typed while the answer cannot take text: nothing happens."""

    @property
    def in_progress(self) -> bool:
        """Read by the App: while this is True, letter keys never navigate away."""
        return not self.closed

    def action_leave(self) -> None:
        if self.closed:
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.closed = True
                self.stop_listening()
                write(self.app, self.services, lambda data: data.drafts.discard())
                self.dismiss(None)

        self.app.push_screen(
            ConfirmScreen(
                "Leave this answer? What you have written will not be saved.",
                yes="Leave",
                no="Keep answering",
            ),
            answered,
        )

    # -- finishing and drafts ----------------------------------------------------------

    def finish(self, *, hard_stop: bool = False) -> None:
        if self.closed or self.app.screen is not self:
            return
        self.closed = True
        recorded = self.stop_listening()
        timing = self.countdown.finish(hard_stop=hard_stop)
        plan = self.plan
        attempt = Attempt(
            deck=plan.question.deck,
            question_id=plan.question.id,
            question=plan.question.text,
            behavioural=plan.question.behavioural,
            mode=plan.mode,
            limit_s=plan.limit_s,
            started=self.started,
            finished=self.services.now_iso(),
            used_s=timing.used,
            overtime_s=timing.overtime,
            paused_s=timing.paused,
            text=self.area.text,
            company=plan.company,
            role=plan.role,
            hard_stopped=hard_stop,
            recorded=recorded,
        )
        self.dismiss(attempt)

    def stop_listening(self) -> bool:
        """Stop the interviewer's voice and the recording; True when audio was kept."""
        if self.interviewer is not None and self.interviewer.poll() is None:
            self.interviewer.terminate()
        self.interviewer = None
        return self.mic.stop() if self.mic is not None else False

    def current_draft(self) -> Draft:
        plan = self.plan
        return Draft(
            deck=plan.question.deck,
            question_id=plan.question.id,
            question=plan.question.text,
            mode=plan.mode,
            limit_s=plan.limit_s,
            started=self.started,
            used_s=round(self.countdown.elapsed(), 2),
            paused_s=round(self.countdown.paused_for(), 2),
            text=self.area.text,
            company=plan.company,
            role=plan.role,
            hard_stop=plan.hard_stop,
        )

    def save_draft(self) -> None:
        """Queue a save of the draft when it changed (its text, or its time while running)."""
        if self.closed or not self.is_mounted:
            return
        draft = self.current_draft()
        if draft == self.last_saved_draft:
            return
        self.last_saved_draft = draft
        write(self.app, self.services, lambda data: data.drafts.keep(draft))

    def on_unmount(self) -> None:
        """The app is closing mid-answer: keep the draft (the writer finishes before exit)."""
        if not self.closed:
            self.stop_listening()
            draft = self.current_draft()
            self.services.write(lambda data: data.drafts.keep(draft))


def notes_text(notes: list[Answer]) -> Text:
    """The user's own reflection answers, each under its prompt."""
    text = Text()
    for answer in notes:
        text.append(f"{answer.prompt}\n", style="bold")
        text.append(f"{answer.text.strip()}\n\n")
    return text
