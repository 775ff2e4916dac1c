"""Practice journeys through Textual's Pilot: typed, spoken, pause, overtime, hard stop, mock."""

from __future__ import annotations

import time

import pytest
from textual.widgets import Checkbox, Digits, Input, ProgressBar, RadioButton, TextArea

from coach.sessions import DRAFT_ID
from coach.store import Store
from screens.answer import AnswerScreen
from screens.feedback import FeedbackScreen
from screens.history import HistoryScreen
from screens.mock import MockSummaryScreen
from screens.practice import PracticeScreen
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.rating import Rating
from tests.screens.helpers import FakeMonotonic, home_ready, make_app, settled, until

ANSWER = "So, um, at Acme I led a team of 4 and we cut costs by 20% in 2023."


def digits(app) -> str:
    return str(app.screen.query_one("#clock", Digits).value)


async def open_setup(pilot) -> PracticeScreen:
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PracticeScreen)
    return pilot.app.screen


async def test_typed_answer_is_timed_rated_and_saved(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")  # the defaults start at once
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        assert screen.plan.question.id == "job-interests"
        assert digits(app) == "1:30"
        await pilot.press(*ANSWER)
        clock.advance(42.3)
        await until(pilot, lambda: digits(app) == "0:48")
        assert digits(app) == "0:48"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.focused is app.screen.query_one(Rating)
        await pilot.press("4")
        await pilot.click("#note")
        await pilot.press(*"more numbers")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        app.services.writer.flush()
        await pilot.press("escape")
        await home_ready(pilot)
        assert "1 in all" in str(app.screen.query_one("#home-week").render())
    [session] = store.all("sessions")
    assert session["answer"] == ANSWER
    assert session["rating"] == 4
    assert session["note"] == "more numbers"
    assert session["mode"] == "typed"
    assert session["limit_s"] == 90
    assert abs(session["used_s"] - 42.3) < 0.01
    assert session["feedback"]["words"] == 18
    assert session["feedback"]["fillers"] == {"so": 1, "um": 1}
    assert store.get("drafts", DRAFT_ID) is None


async def test_a_rating_moves_on_to_the_note_so_its_words_are_never_taken_as_keys(
    store: Store,
):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter", *"short", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "the feedback")
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.focused, Input), "the note focused")
        await pilot.press(*"lead with the interest")  # an "h" here is not History
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, FeedbackScreen), "the save")
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert (session["rating"], session["note"]) == (4, "lead with the interest")


async def test_an_area_key_over_an_unsaved_rating_asks_and_keep_working_keeps_it(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter", *"short", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "the feedback")
        feedback = app.screen
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.focused, Input), "the note focused")
        feedback.query_one(Rating).focus()
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.click("#no")  # Keep working
        await until(pilot, lambda: app.screen is feedback, "the feedback again")
        assert feedback.query_one(Rating).value == 4
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question again")
        await pilot.click("#yes")  # Leave
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen), "history")
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["rating"] is None  # left without saving, as asked


async def test_a_short_terminal_opens_the_setup_on_the_question_with_start_focused(
    store: Store,
):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_setup(pilot)
        await settled(pilot)
        setup = screen.query_one("#setup")
        assert setup.max_scroll_y > 0  # it does not all fit: something is below
        assert setup.scroll_y == 0  # the deck and the question are what show
        assert app.focused is screen.query_one("#start")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the answer")


async def test_spoken_answer_keeps_notes_and_timing(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#mode-spoken", RadioButton).value = True
        await pilot.click("#start")
        await pilot.pause()
        assert app.screen.query_one(TextArea).placeholder.startswith("Answer out loud")
        await pilot.press(*"acme, growth")
        clock.advance(65)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["mode"] == "spoken"
    assert session["answer"] == "acme, growth"
    assert session["rating"] is None
    assert session["feedback"] == {"limit_seconds": 90, "behavioural": False}
    assert session["used_s"] == 65


async def test_pause_stops_the_clock_and_the_typing(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        clock.advance(10)
        await pilot.press("f2")
        area = app.screen.query_one(TextArea)
        assert area.read_only
        await pilot.press(*"sneaky")  # typing while paused does nothing
        assert area.text == ""
        clock.advance(30)  # paused: does not count
        await until(pilot, lambda: digits(app) == "1:20")
        assert digits(app) == "1:20"
        assert "Paused" in str(app.screen.query_one("#timer-state").render())
        await pilot.press("f2")
        assert not area.read_only
        clock.advance(5)
        await pilot.press("ctrl+s")
        await pilot.pause()
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["used_s"] == 15
    assert session["paused_s"] == 30


async def test_overtime_counts_on_in_a_warning_style(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        screen = app.screen
        clock.advance(70)  # 20 s left of 90: under 25%
        await until(pilot, lambda: screen.has_class("-warning"))
        assert screen.has_class("-warning")
        clock.advance(12)  # 8 s left: under 10%
        await until(pilot, lambda: screen.has_class("-error"))
        assert screen.has_class("-error")
        clock.advance(20)  # 12 s over
        await until(pilot, lambda: digits(app) == "+0:12")
        assert digits(app) == "+0:12"
        assert screen.has_class("-overtime")
        assert isinstance(app.screen, AnswerScreen)  # not cut off
        await pilot.press("ctrl+s")
        await pilot.pause()
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["overtime_s"] == 12


async def test_hard_stop_finishes_at_zero(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#hard-stop", Checkbox).value = True
        await pilot.click("#start")
        await pilot.press(*"partial answer")
        clock.advance(95)
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert isinstance(app.screen, FeedbackScreen)
        await settled(pilot)
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["answer"] == "partial answer"
    assert session["used_s"] == 90  # exactly the limit, however late the tick noticed
    assert session["overtime_s"] == 0


async def test_get_ready_counts_down_before_the_clock_starts(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#get-ready", Checkbox).value = True
        await pilot.click("#start")
        await until(pilot, lambda: digits(app) == "3")
        assert digits(app) == "3"
        answer = app.screen
        assert answer.query_one(TextArea).read_only
        await pilot.press("escape")  # the leave question stops the get-ready too
        # Wait until the answer has handled being covered (a message, delivered after the
        # dialog is pushed): moving the clock before that would count against the 3-2-1.
        await until(pilot, lambda: answer.ready_left is not None, "the get-ready to stop")
        clock.advance(10)
        await pilot.press("escape")  # keep answering
        await until(pilot, lambda: app.screen is answer and answer.ready_left is None, "resume")
        await until(pilot, lambda: digits(app) == "3")
        assert digits(app) == "3"
        clock.advance(3.5)
        await until(pilot, lambda: digits(app) == "1:30")
        assert digits(app) == "1:30"
        assert not app.screen.query_one(TextArea).read_only


async def test_custom_limit_is_checked_and_used(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#limit").value = -1
        await pilot.pause()
        custom = setup.query_one("#custom-limit", Input)
        assert not custom.has_class("hidden")
        custom.value = "5"
        await pilot.click("#start")
        assert "whole seconds from 10 to 1800" in str(setup.query_one("#setup-error").render())
        assert isinstance(app.screen, PracticeScreen)
        custom.value = "45"
        custom.focus()
        await pilot.press("enter")  # enter in any field starts too
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.plan.limit_s == 45
        assert digits(app) == "0:45"


async def test_leaving_asks_first_and_keep_answering_resumes(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        await pilot.press(*"draft text")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        clock.advance(100)  # the clock is paused while the question is asked
        await pilot.press("escape")  # keep answering
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen))
        assert isinstance(app.screen, AnswerScreen)
        assert digits(app) == "1:30"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
    app.services.writer.flush()
    assert store.all("sessions") == []
    assert store.get("drafts", DRAFT_ID) is None


async def test_mock_interview_runs_five_questions_then_one_summary(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#mock", Checkbox).value = True
        await pilot.click("#start")
        seen = []
        for number in range(1, 6):
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, AnswerScreen)
            assert f"Question {number} of 5" in str(screen.query_one("#position").render())
            seen.append(screen.plan.question.id)
            await pilot.press(*f"answer {number}")
            clock.advance(30 + number)
            await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MockSummaryScreen)
        assert "Total time 2 min 45 s" in str(app.screen.query_one("#mock-totals").render())
        await pilot.press("3", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
    app.services.writer.flush()
    sessions = store.all("sessions")
    assert [s["question_id"] for s in sessions] == seen
    assert len(set(seen)) == 5
    assert len({s["mock_id"] for s in sessions}) == 1 and sessions[0]["mock_id"]
    assert {s["rating"] for s in sessions} == {3}


async def test_display_is_right_after_the_loop_was_blocked(store: Store):
    app = make_app(store)  # the real monotonic clock
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the answer")
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        await until(pilot, lambda: screen.countdown.started, "the countdown")
        time.sleep(1.0)  # block the event loop: every tick in this second is lost
        await pilot.pause(0.15)  # a fixed time on purpose: one tick (0.1 s) must catch up
        shown = screen.query_one("#time-bar", ProgressBar).progress
        true_remaining = screen.countdown.remaining()
        assert abs(shown - true_remaining) <= 0.1 + 0.15
        assert true_remaining < 90 - 1.0


async def test_draft_is_saved_and_offered_back_on_the_next_start(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        await pilot.press(*"half an answer")
        clock.advance(25)
        app.screen.save_draft()
        await pilot.pause()
    app.services.writer.flush()
    draft = store.get("drafts", DRAFT_ID)
    assert draft["text"] == "half an answer"

    again = make_app(store, FakeMonotonic())
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ConfirmScreen)
        assert "half an answer" not in again.screen.question  # the text waits in the answer
        assert "25 s used" in again.screen.question
        await pilot.click("#yes")
        await until(pilot, lambda: isinstance(again.screen, AnswerScreen), "the answer")
        screen = again.screen
        assert isinstance(screen, AnswerScreen)
        area = screen.query_one(TextArea)
        await until(pilot, lambda: area.text == "half an answer", "the draft's text")
        assert area.text == "half an answer"
        assert screen.countdown.paused
        assert area.read_only  # paused means paused: no untimed typing
        assert digits(again) == "1:05"


async def test_help_and_dialogs_stop_the_clock_and_the_hard_stop(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#hard-stop", Checkbox).value = True
        await pilot.click("#start")
        await pilot.pause()
        clock.advance(80)
        answer = app.screen
        await pilot.press("f1")
        await until(pilot, lambda: answer.countdown.paused, "the clock to stop under help")
        clock.advance(60)  # well past the limit while help is open
        await until(pilot, lambda: not isinstance(app.screen, FeedbackScreen))
        assert not isinstance(app.screen, FeedbackScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen))
        assert isinstance(app.screen, AnswerScreen)
        assert digits(app) == "0:10"
        clock.advance(11)
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen))
        assert isinstance(app.screen, FeedbackScreen)
        await settled(pilot)


async def test_a_new_answer_asks_before_replacing_a_kept_draft(store: Store):
    store.put(
        "drafts", {"id": DRAFT_ID, "question": "Kept question?", "text": "kept text", "limit_s": 60}
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # not now: keep it
        await open_setup(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Kept question?" in app.screen.question
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.query_one(TextArea).text == "kept text"


async def test_pick_from_a_list_can_be_reopened_to_choose_another(store: Store):
    from screens.picker import QuestionPicker
    from screens.widgets.footer import Footer

    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)

        def footer_text() -> str:
            return " ".join(str(k.render()) for k in setup.query_one(Footer).query("FooterKey"))

        assert "Pick another" not in footer_text()
        setup.query_one("#how-pick", RadioButton).value = True
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press("enter")  # the first question of the list
        await pilot.pause()
        first = setup.picked
        assert first is not None
        assert "Pick another" in footer_text()

        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press("down", "down", "enter")  # the list, then its second question
        await pilot.pause()
        assert setup.picked not in (None, first)

        setup.query_one("#how-next", RadioButton).value = True
        await pilot.pause()
        await pilot.press("ctrl+l")  # only while "Pick" is chosen
        await pilot.pause()
        assert app.screen is setup
        assert "Pick another" not in footer_text()


async def test_letters_never_navigate_away_from_an_answer_in_progress(store: Store):
    """Getting ready, paused, or a resumed draft (read-only, so letters reach the app): the
    area keys do nothing, and the palette's way out asks first."""
    from screens.widgets.confirm import ConfirmScreen

    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(pilot)
        setup.query_one("#get-ready", Checkbox).value = True
        await pilot.click("#start")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the answer")
        answer = app.screen
        await pilot.press(*"phmrg")  # during the 3-2-1
        assert app.screen is answer
        clock.advance(4)
        await until(pilot, lambda: answer.countdown.started, "the countdown")
        await pilot.press("f2")  # paused: the text area is read-only
        await pilot.press(*"Quick test answer")
        assert app.screen is answer and not answer.closed
        assert "Practise" not in str(app.screen.query_one("Footer").render())
        await app.run_action("go('reflect')")  # the palette's Reflect
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "leave?")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is answer, "back to the answer")
        assert not answer.closed


async def test_ctrl_q_asks_before_a_rating_and_note_are_lost(store: Store):
    from screens.widgets.confirm import ConfirmScreen

    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        await pilot.press(*"An answer")
        clock.advance(20)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback")
        await pilot.press("4")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("n")  # keep working
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback again")
        assert app.is_running


async def test_on_a_full_disk_the_answer_and_rating_wait_for_a_retry(
    store: Store, monkeypatch: pytest.MonkeyPatch
):
    import errno
    import os

    from coach.atomicfile import atomic_write

    def disk_full(target, data, mode=0o600):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    clock = FakeMonotonic()
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_setup(pilot)
        await pilot.press("enter")
        await pilot.press(*"An answer worth keeping")
        clock.advance(20)
        app.screen.save_draft()
        app.services.writer.flush()
        monkeypatch.setattr("coach.storage.atomic_write", disk_full)
        await pilot.press("ctrl+s")  # the answer's save fails
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback")
        feedback = app.screen
        await pilot.press("4")
        await pilot.press("ctrl+s")  # so does the rating's
        app.services.writer.flush()
        await pilot.pause()
        assert app.screen is feedback  # still here, rating and all
        assert store.all("sessions") == [] and store.all("drafts")
        monkeypatch.setattr("coach.storage.atomic_write", atomic_write)  # space freed
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is not feedback, "the save")
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["answer"] == "An answer worth keeping" and session["rating"] == 4
    assert store.all("drafts") == []


async def test_focus_is_plain_to_see_and_tab_never_lands_on_nothing(store: Store):
    """Compact fields have no border to light: the focused one must stand out clearly,
    and every tab lands on a control the user can see."""
    from textual.widgets import Select
    from textual.widgets._select import SelectCurrent

    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PracticeScreen), "set-up")
        screen = app.screen
        landed = []
        for _ in range(12):
            await pilot.press("tab")
            landed.append(app.focused)
        assert all(widget is not None and widget.id for widget in landed), landed
        assert not any(type(widget).__name__ == "VerticalScroll" for widget in landed)
        deck, limit = screen.query_one("#deck", Select), screen.query_one("#limit", Select)
        deck.focus()
        await pilot.pause()
        focused = deck.query_one(SelectCurrent).styles.background
        resting = limit.query_one(SelectCurrent).styles.background
        distance = sum(abs(a - b) for a, b in zip(focused.rgb, resting.rgb, strict=True))
        assert distance > 60, (focused, resting)  # Textual's own: 1e1e1e against 272727


async def test_a_new_answer_asks_about_the_draft_first_with_one_meaning_each_way(store: Store):
    store.put(
        "drafts",
        {"id": DRAFT_ID, "question": "Tell me about yourself.", "text": "kept", "used_s": 5.0},
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the start-up question")
        await pilot.press("escape")  # kept for later
        await until(pilot, lambda: not isinstance(app.screen, ConfirmScreen), "home")
        await open_setup(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "A new answer would replace it" in app.screen.question
        await pilot.press("escape")  # keeps it, and starts nothing
        await until(pilot, lambda: isinstance(app.screen, PracticeScreen), "the set-up")
        await settled(pilot)
        assert store.get("drafts", DRAFT_ID) is not None
        start = app.screen.query_one("#start")
        await until(pilot, lambda: app.focused is start, "Start focused again")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question again")
        await pilot.click("#no")  # Discard it: gone, and the new answer starts
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the new answer")
        assert app.screen.query_one(TextArea).text == ""
        await settled(pilot)
    assert store.get("drafts", DRAFT_ID) is None or store.get("drafts", DRAFT_ID)["text"] != "kept"
