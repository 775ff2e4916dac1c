"""Where "go there" goes: each area's screen, built with what it should open on.

Every area key, palette entry and home item that opens an area comes through here, so a
screen is made whole in its constructor (the deck to choose, a form to open first)
instead of being pushed and then called into; so does every "practise this again" and
"reflect on this" that a screen offers. Modules load on first use: start-up only pays
for home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

from coach.services import Services

if TYPE_CHECKING:
    from coach.reflections import PromptSet
    from coach.sessions import Session

AREAS = ("practice", "history", "meetings", "people", "reflect")


def area_screen(
    area: str, services: Services, *, deck: str = "", new: bool = False
) -> Screen[None] | None:
    """The screen of an area; `deck` chooses practice's deck, `new` opens the
    meetings (or people) with the form for a new one."""
    if area == "practice":
        from screens.practice import PracticeScreen

        return PracticeScreen(services, deck=deck)
    if area == "history":
        from screens.history import HistoryScreen

        return HistoryScreen(services)
    if area == "meetings":
        from screens.meetings import MeetingsScreen

        return MeetingsScreen(services, new=new)
    if area == "people":
        from screens.people import PeopleScreen

        return PeopleScreen(services, new=new)
    if area == "reflect":
        from screens.reflect import ReflectScreen

        return ReflectScreen(services)
    return None


def practise_again(
    app: App[Any], services: Services, deck: str, question_id: str, text: str, **plan: Any
) -> None:
    """Answer a question once more (from the history, a meeting, or a resumed draft's plan)."""
    from coach.practice import AnswerPlan
    from screens.flow import PracticeFlow, question_for

    PracticeFlow(
        app, services, [AnswerPlan(question_for(services, deck, question_id, text), **plan)]
    ).start()


def write_reflection(
    app: App[Any], services: Services, prompt_set: PromptSet, **links: str
) -> None:
    """Write an entry in a set; about a meeting or a session that already has one, carry
    on with that entry rather than starting a second."""
    from coach.reflections import linked_entry, start
    from screens.writing import WritingScreen

    about = {k: v for k, v in links.items() if k in ("meeting_id", "session_id") and v}
    earlier = (
        linked_entry(services.data.reflections.all(), prompt_set.id, **about) if about else None
    )
    if earlier is not None:
        app.push_screen(WritingScreen(services, earlier, earlier.first_unwritten()))
        return
    entry = start(services.new_id(), prompt_set, services.now_iso(), **links)
    app.push_screen(WritingScreen(services, entry))


def reflect_on_session(app: App[Any], services: Services, session: Session) -> None:
    """Think an answer over with the after-practice prompts, linked to its session."""
    prompt_set = services.content.prompt_set("after-practice")
    if prompt_set is not None:
        write_reflection(
            app, services, prompt_set, session_id=session.id, link_label=session.question
        )
