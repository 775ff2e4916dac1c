"""The story bank through the screens: a story written in the form, practised from the bank,
and offered beside a behavioural question it fits when that question is practised."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from coach.practice import AnswerPlan
from coach.store import Store
from coach.stories import Story
from screens.answer import AnswerScreen
from screens.flow import PracticeFlow
from screens.reflect import ReflectScreen
from screens.stories import StoriesScreen
from screens.story_form import StoryForm
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app, run_in_palette, settled, until


def stories(store: Store) -> list[Story]:
    return [Story.from_record(r) for r in store.all("stories")]


async def test_a_story_written_in_the_form_is_saved_with_its_competencies(store: Store):
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        await pilot.press("b")
        await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
        assert "No stories yet" in str(app.screen.query_one("#stories-empty").render())
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, StoryForm))
        form = app.screen
        await pilot.press("ctrl+s")  # no title yet: refused, nothing saved
        await until(pilot, lambda: "Title" in str(form.query_one("#s-error").render()))
        form.query_one("#s-title", Input).value = "The migration weekend"
        form.query_one("#s-tags", Input).value = "Pressure, leadership, pressure"
        form.query_one("#s-situation", TextArea).text = "The upgrade failed on a Friday"
        form.query_one("#s-result", TextArea).text = "Back by Sunday, nothing lost"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
        await settled(pilot)
        await until(pilot, lambda: app.screen.table.row_count == 1, "the story listed")
    [story] = stories(store)
    assert (story.title, story.tags) == ("The migration weekend", ["pressure", "leadership"])
    assert story.missing() == ["Task", "Action"]
    assert (story.situation, story.result) == (
        "The upgrade failed on a Friday",
        "Back by Sunday, nothing lost",
    )


async def test_a_matching_behavioural_question_offers_the_story_and_f4_shows_it(store: Store):
    story = Story(
        id="s1",
        title="The migration weekend",
        situation="Friday failure",
        result="Back by Sunday",
        tags=["pressure"],
    )
    store.put("stories", story.to_record())
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        question = next(
            q for d in app.services.decks() for q in d.questions if "pressure" in q.tags
        )
        PracticeFlow(app, app.services, [AnswerPlan(question, limit_s=question.limit)]).start()
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen))
        screen = app.screen
        offer = str(screen.query_one("#story-offer").render())
        assert "Your story fits: The migration weekend (f4 shows it)" in offer
        panel = screen.query_one("#notes-panel")
        assert panel.has_class("hidden")
        await pilot.press("f4")
        await until(pilot, lambda: not panel.has_class("hidden"), "the notes shown")
        assert "Result: Back by Sunday" in str(panel.query_one("Static").render())


async def test_a_question_the_story_does_not_fit_offers_nothing(store: Store):
    store.put("stories", Story(id="s1", title="Weekend", tags=["pressure"]).to_record())
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        question = next(
            q
            for d in app.services.decks()
            for q in d.questions
            if "conflict" in q.tags and "pressure" not in q.tags
        )
        PracticeFlow(app, app.services, [AnswerPlan(question, limit_s=question.limit)]).start()
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen))
        assert not app.screen.query("#story-offer")


async def test_p_practises_the_story_against_a_question_it_fits(store: Store):
    store.put("stories", Story(id="s1", title="Weekend", tags=["ambiguity"]).to_record())
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(80, 24)) as pilot:
        await run_in_palette(pilot, "story bank")
        await until(pilot, lambda: isinstance(app.screen, StoriesScreen))
        await until(pilot, lambda: app.screen.table.row_count == 1, "the story listed")
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen))
        screen = app.screen
        assert "ambiguity" in screen.plan.question.tags
        assert "Your story fits: Weekend" in str(screen.query_one("#story-offer").render())
