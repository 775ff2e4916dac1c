"""The user's own questions: add, edit, delete (asks first), import, practise."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Select

from coach.store import Store
from screens.answer import AnswerScreen
from screens.practice import PracticeScreen
from screens.questions import MyQuestionsScreen, QuestionForm
from screens.widgets.confirm import ConfirmScreen
from tests.screens.helpers import FakeMonotonic, make_app, until


async def open_my_questions(pilot) -> MyQuestionsScreen:
    await pilot.press("p")
    await pilot.pause()
    await pilot.press("ctrl+o")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MyQuestionsScreen)
    return pilot.app.screen


async def open_new_question(pilot) -> QuestionForm:
    """My questions, then n: the empty form."""
    from tests.screens.helpers import until

    await open_my_questions(pilot)
    await pilot.press("n")
    await until(pilot, lambda: isinstance(pilot.app.screen, QuestionForm), "the form")
    return pilot.app.screen


async def test_add_edit_and_delete_a_question(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_my_questions(pilot)
        assert "No questions of your own yet" in str(
            screen.query_one("#my-questions-empty").render()
        )
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuestionForm)
        await pilot.press(*"Why   did you leave your last job?")
        app.screen.query_one("#q-limit", Input).value = "3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionForm)  # refused, and the text is still there
        assert "from 10 to 1800" in str(app.screen.query_one("#q-error").render())
        assert app.screen.query_one("#q-text", Input).value == "Why   did you leave your last job?"
        app.screen.query_one("#q-limit", Input).value = "120"
        app.screen.query_one("#q-tags", Input).value = "Motivation, honesty"
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.services.writer.flush()
        await pilot.pause()
        [record] = store.all("questions")
        assert record["text"] == "Why did you leave your last job?"
        assert record["limit"] == 120
        assert record["tags"] == ["motivation", "honesty"]
        assert screen.query_one(DataTable).row_count == 1

        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, QuestionForm)
        form.query_one("#q-text", Input).value = "Why are you leaving your current job?"
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.services.writer.flush()
        await pilot.pause()
        [record] = store.all("questions")
        assert record["text"] == "Why are you leaving your current job?"

        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # no: nothing is deleted
        await pilot.pause()
        app.services.writer.flush()
        assert len(store.all("questions")) == 1
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        app.services.writer.flush()
        await pilot.pause()
        assert store.all("questions") == []


async def test_empty_question_is_refused_in_the_form(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_my_questions(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, QuestionForm)
        assert "the question is empty" in str(app.screen.query_one("#q-error").render())


async def test_import_from_a_text_file_skips_duplicates(store: Store, tmp_path: Path):
    source = tmp_path / "mine.txt"
    source.write_text("# my list\nWhat did you learn last year?\n\nWhy us?\nwhy us?\n")
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_my_questions(pilot)
        for _ in range(2):  # twice: the second import adds nothing
            await pilot.press("i")
            await pilot.pause()
            app.screen.query_one("#prompt-input", Input).value = str(source)
            await pilot.press("enter")
            await pilot.pause()
            app.services.writer.flush()
            await pilot.pause()
    texts = sorted(q["text"] for q in store.all("questions"))
    assert texts == ["What did you learn last year?", "Why us?"]


async def test_a_bad_import_file_is_reported_and_changes_nothing(store: Store, tmp_path: Path):
    source = tmp_path / "broken.toml"
    source.write_text("[[question]\ntext=")
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_my_questions(pilot)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#prompt-input", Input).value = str(source)
        await pilot.press("enter")
        await pilot.pause()
        assert any("is not valid TOML" in str(n.message) for n in app._notifications)
    assert store.all("questions") == []


async def test_own_questions_can_be_practised(store: Store):
    store.put(
        "questions",
        {"id": "q1", "text": "What would your last manager say about you?", "limit": 60},
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, PracticeScreen)
        setup.query_one("#deck", Select).value = "mine"
        await pilot.pause()
        await pilot.click("#start")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.plan.question.text == "What would your last manager say about you?"
        assert app.screen.plan.limit_s == 60


async def test_esc_on_a_changed_question_asks_first(store: Store):
    from screens.widgets.confirm import ConfirmScreen
    from tests.screens.helpers import until

    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_new_question(pilot)
        await pilot.press(*"Why this company?")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("n")
        await until(pilot, lambda: app.screen is form, "back to the form")
        assert form.query_one("#q-text", Input).value == "Why this company?"


async def test_adding_questions_clears_the_set_up_s_no_questions_error(store: Store):
    from textual.widgets import Select

    from screens.practice import PracticeScreen
    from tests.screens.helpers import until

    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PracticeScreen), "set-up")
        setup = app.screen
        setup.query_one("#deck", Select).value = "mine"
        await pilot.press("ctrl+s")
        error = setup.query_one("#setup-error")
        await until(pilot, lambda: "no questions yet" in str(error.render()), "the error")
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, MyQuestionsScreen), "my questions")
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, QuestionForm), "the form")
        await pilot.press(*"Why this team?", "ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, MyQuestionsScreen), "the list")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is setup, "the set-up")
        await until(pilot, lambda: str(error.render()) == "", "the error to go")
        assert "Why this team?" in str(setup.query_one("#chosen-question").render())


async def test_the_form_says_whether_answers_get_the_star_check(store: Store):
    """A question written in the form gets the STAR check by its wording, and the form says
    so as it is typed; a tag asks for it when the wording does not."""
    from tests.screens.helpers import until

    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        form = await open_new_question(pilot)
        star = form.query_one("#q-star")
        await pilot.press(*"How did you handle a difficult stakeholder?")
        await until(pilot, lambda: "Behavioural: answers get the STAR" in str(star.render()), "yes")
        form.query_one("#q-text", Input).value = "What are you reading?"
        await until(pilot, lambda: "tag it behavioural" in str(star.render()), "the hint")
        form.query_one("#q-tags", Input).value = "Behavioural"
        await until(pilot, lambda: "Behavioural: answers" in str(star.render()), "by its tag")


def test_behavioural_questions_are_known_by_their_wording():
    from coach.decks import Question

    for text in (
        "How did you handle a difficult stakeholder?",
        "Walk me through a project that failed",
        "What did you do when a deadline slipped?",
        "Can you recall a moment you changed your mind?",
    ):
        assert Question(id="x", text=text, deck="mine").behavioural, text
    assert not Question(id="x", text="Why this company?", deck="mine").behavioural


async def test_my_questions_narrow_as_you_type_by_words_or_tags(store: Store):
    store.import_tables(
        {
            "questions": [
                {"id": "a", "text": "Why this company?", "limit": 60, "tags": ["motivation"]},
                {"id": "b", "text": "A time you failed", "limit": 120, "tags": ["failure"]},
            ]
        }
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_my_questions(pilot)
        table = screen.query_one(DataTable)
        assert table.row_count == 2
        await pilot.press("slash", *"fail")
        await until(pilot, lambda: table.row_count == 1, "one question left")
        assert [q.id for q in screen.shown] == ["b"]
        await pilot.press(*["backspace"] * 4, *"motiv")  # a tag matches too
        await until(pilot, lambda: [q.id for q in screen.shown] == ["a"], "the tagged one")
