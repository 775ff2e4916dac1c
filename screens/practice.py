"""Practice set-up: which deck and question, how long, typed or spoken, for whom.

Everything has a sensible default (the next due question of the job deck, its suggested
time, typed), so Enter starts at once. The round itself is run by `screens.flow`.
"""

from __future__ import annotations

import random

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Input, RadioButton, RadioSet, Select

from coach.data import Kind
from coach.decks import LIMIT_CHOICES, MAX_LIMIT, MIN_LIMIT, Deck
from coach.practice import DEFAULT_MOCK_LENGTH, NEXT_DUE, PICK, RANDOM, Choices, plan_round
from coach.schedule import next_due
from coach.services import Services
from coach.sessions import SPOKEN, TYPED
from coach.timing import describe_seconds
from screens.flow import PracticeFlow
from screens.picker import QuestionPicker
from screens.questions import MyQuestionsScreen
from screens.resume import offer_resume
from screens.saving import DataChanged
from screens.widgets.footer import Footer
from screens.widgets.text import Label, Static

SUGGESTED = 0
CUSTOM = -1


NO_VOICE = "espeak-ng is not installed: apt install espeak-ng to hear each question read aloud."


class PracticeScreen(Screen[None]):
    """Choose what to practise; Enter starts."""

    SUB_TITLE = "Practice"
    BINDINGS = [
        Binding("ctrl+s", "start", "Start", show=False, priority=True),
        Binding("ctrl+o", "my_questions", "My questions"),
        # A radio button already chosen sends nothing when chosen again: this key opens
        # the list again to pick another question (shown only while "Pick" is chosen).
        Binding("ctrl+l", "pick_again", "Pick another"),
        Binding("escape", "back", "Back"),
    ]

    def __init__(
        self, services: Services, *, deck: str = "", rng: random.Random | None = None
    ) -> None:
        super().__init__()
        self.services = services
        self.first_deck = deck
        self.rng = rng or random.Random()
        self.picked: str | None = None

    def compose(self) -> ComposeResult:
        decks = self.services.decks()
        yield Header(icon="")
        with VerticalScroll(id="setup", can_focus=False):  # its fields scroll into view
            with Horizontal(classes="field", id="field-deck"):
                yield Label("Deck", classes="field-label")
                yield Select(
                    [(deck_label(d), d.id) for d in decks],
                    value=next((d.id for d in decks if d.id == self.first_deck), decks[0].id),
                    allow_blank=False,
                    compact=True,
                    id="deck",
                )
            with Horizontal(classes="field", id="field-how"):
                yield Label("Question", classes="field-label")
                with RadioSet(id="how"):
                    yield RadioButton("Next due", value=True, id="how-next")
                    yield RadioButton("Random", id="how-random")
                    yield RadioButton("Pick from a list…", id="how-pick")
            yield Static("", id="chosen-question")
            with Horizontal(classes="field"):
                yield Label("Time limit", classes="field-label")
                yield Select(
                    [("Suggested for the question", SUGGESTED)]
                    + [(describe_seconds(s), s) for s in LIMIT_CHOICES]
                    + [("Custom…", CUSTOM)],
                    value=SUGGESTED,
                    allow_blank=False,
                    compact=True,
                    id="limit",
                )
                yield Input(
                    placeholder=f"seconds ({MIN_LIMIT}-{MAX_LIMIT})",
                    type="integer",
                    compact=True,
                    id="custom-limit",
                    classes="hidden",
                )
            with Horizontal(classes="field"):
                yield Label("Answer", classes="field-label")
                with RadioSet(id="mode"):
                    yield RadioButton("Typed", value=True, id="mode-typed")
                    yield RadioButton("Spoken aloud", id="mode-spoken")
            with Horizontal(classes="field", id="field-company"):
                yield Label("Company", classes="field-label")
                yield Input(
                    placeholder="optional: who you are preparing for", compact=True, id="company"
                )
            with Horizontal(classes="field"):
                yield Label("Role", classes="field-label")
                yield Input(placeholder="optional: the role", compact=True, id="role")
            with Horizontal(classes="field"):
                yield Label("Options", classes="field-label")
                with Vertical(id="options"):
                    yield Checkbox("3-2-1 get ready", id="get-ready")
                    yield Checkbox("Stop at zero (no overtime)", id="hard-stop")
                    yield Checkbox(
                        f"Mock interview: {DEFAULT_MOCK_LENGTH} questions in a row", id="mock"
                    )
                    yield Checkbox("Interviewer reads each question aloud", id="read-aloud")
            yield Static("", id="setup-error")
            yield Button("Start", id="start", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        # Enter starts; on a short terminal the deck and question stay in view above it.
        self.query_one("#start", Button).focus(scroll_visible=False)
        self.show_chosen()

    # -- reacting to choices -----------------------------------------------------------

    @on(Select.Changed, "#limit")
    def limit_chosen(self, event: Select.Changed) -> None:
        custom = self.query_one("#custom-limit", Input)
        custom.set_class(event.value != CUSTOM, "hidden")
        if event.value == CUSTOM:
            custom.focus()
        self.show_chosen()

    @on(Select.Changed, "#deck")
    def deck_chosen(self) -> None:
        self.picked = None
        self.query_one("#how-next", RadioButton).value = True
        self.show_chosen()

    @on(RadioSet.Changed, "#how")
    def how_chosen(self, event: RadioSet.Changed) -> None:
        self.refresh_bindings()  # "Pick another" comes and goes with "Pick"
        if event.pressed.id == "how-pick":
            self.pick_question()
        self.show_chosen()

    @on(RadioSet.Changed, "#mode")
    def mode_chosen(self) -> None:
        self.show_chosen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action != "pick_again":
            return True
        return self.is_mounted and self.how() == PICK  # the footer asks while composing

    def action_pick_again(self) -> None:
        self.pick_question()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_start()

    @on(Button.Pressed, "#start")
    def start_pressed(self) -> None:
        self.action_start()

    def pick_question(self) -> None:
        deck = self.current_deck()
        if deck is None or not deck.questions:
            return

        def picked(question_id: str | None) -> None:
            if question_id is None and self.picked is None:
                self.query_one("#how-next", RadioButton).value = True
            elif question_id is not None:
                self.picked = question_id
            self.show_chosen()

        self.app.push_screen(QuestionPicker(deck), picked)

    def current_deck(self) -> Deck | None:
        value = self.query_one("#deck", Select).value
        return self.services.deck(str(value))

    def how(self) -> str:
        pressed = self.query_one("#how", RadioSet).pressed_button
        button_id = pressed.id if pressed is not None and pressed.id else ""
        return {"how-random": RANDOM, "how-pick": PICK}.get(button_id, NEXT_DUE)

    def show_chosen(self) -> None:
        """Say which question will come (or that a random one will)."""
        deck = self.current_deck()
        label = self.query_one("#chosen-question", Static)
        if deck is None or not deck.questions:
            label.update("This deck has no questions yet: ctrl+o adds your own.")
            return
        how = self.how()
        picked = deck.find(self.picked) if self.picked else None
        if how == RANDOM:
            label.update("A random question from this deck.")
        elif how == PICK and picked is not None:
            label.update(f"“{picked.text}” ({describe_seconds(picked.limit)} suggested)")
        else:
            history = self.services.data.sessions.for_schedule()
            due = next_due(deck.questions, history, self.services.clock(), self.services.cards())
            label.update(f"Next due: “{due.text}” ({describe_seconds(due.limit)} suggested)")

    # -- starting ----------------------------------------------------------------------

    def choices(self) -> Choices | str:
        """The choices on screen, or a sentence saying what to fix."""
        deck = self.current_deck()
        if deck is None or not deck.questions:
            return "This deck has no questions yet: press ctrl+o to add your own."
        limit_value = self.query_one("#limit", Select).value
        limit: int | None = None
        if limit_value == CUSTOM:
            raw = self.query_one("#custom-limit", Input).value.strip()
            if not raw.isdigit() or not MIN_LIMIT <= int(raw) <= MAX_LIMIT:
                return f"Custom time limit: type whole seconds from {MIN_LIMIT} to {MAX_LIMIT}."
            limit = int(raw)
        elif isinstance(limit_value, int) and limit_value > 0:
            limit = limit_value
        spoken = self.query_one("#mode-spoken", RadioButton).value
        mock = self.query_one("#mock", Checkbox).value
        return Choices(
            deck=deck,
            how=self.how(),
            picked=self.picked,
            limit_s=limit,
            mode=SPOKEN if spoken else TYPED,
            company=self.query_one("#company", Input).value,
            role=self.query_one("#role", Input).value,
            get_ready=self.query_one("#get-ready", Checkbox).value,
            hard_stop=self.query_one("#hard-stop", Checkbox).value,
            read_aloud=self.query_one("#read-aloud", Checkbox).value,
            count=DEFAULT_MOCK_LENGTH if mock else 1,
        )

    @on(Checkbox.Changed, "#mock")
    def mock_chosen(self, event: Checkbox.Changed) -> None:
        """A mock interview has the interviewer's voice by default, where there is one."""
        if self.services.voice.available():
            self.query_one("#read-aloud", Checkbox).value = event.value

    def action_start(self) -> None:
        choices = self.choices()
        error = self.query_one("#setup-error", Static)
        if isinstance(choices, str):
            error.update(choices)
            return
        error.update("")
        if choices.read_aloud and not self.services.voice.available():
            self.notify(
                NO_VOICE, title="Questions shown, not read", severity="warning", markup=False
            )
        history = self.services.data.sessions.for_schedule()
        plans = plan_round(choices, history, self.rng, self.services.clock(), self.services.cards())
        flow = PracticeFlow(self.app, self.services, plans, on_done=self.show_chosen)
        draft = self.services.data.drafts.get()
        if draft is None:
            flow.start()
        else:
            offer_resume(self.app, self.services, draft, instead=flow.start)

    def action_my_questions(self) -> None:
        self.app.push_screen(MyQuestionsScreen(self.services))

    @on(DataChanged)
    def questions_changed(self, event: DataChanged) -> None:
        """Questions of the user's own were added or removed: an old "no questions" error goes."""
        if event.about(Kind.QUESTIONS):
            self.refresh_decks()

    def refresh_decks(self) -> None:
        select = self.query_one("#deck", Select)
        current = select.value
        decks = self.services.decks()
        select.set_options([(deck_label(d), d.id) for d in decks])
        if any(d.id == current for d in decks):
            select.value = current
        self.query_one("#setup-error", Static).update("")
        self.show_chosen()

    def action_back(self) -> None:
        self.dismiss(None)


def deck_label(deck: Deck) -> str:
    return f"{deck.name} ({len(deck.questions)})"
