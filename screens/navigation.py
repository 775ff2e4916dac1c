"""Where "go there" goes: each area's screen, built with what it should open on.

Every area key, palette entry and home item that opens an area comes through here, so a
screen is made whole in its constructor (the deck to choose, a form to open first)
instead of being pushed and then called into. Modules load on first use: start-up only
pays for home.
"""

from __future__ import annotations

from textual.screen import Screen

from coach.services import Services

AREAS = ("practice", "history", "meetings", "reflect")


def area_screen(
    area: str, services: Services, *, deck: str = "", new_meeting: bool = False
) -> Screen[None] | None:
    """The screen of an area; `deck` chooses practice's deck, `new_meeting` opens the
    meetings with the form for a new one."""
    if area == "practice":
        from screens.practice import PracticeScreen

        return PracticeScreen(services, deck=deck)
    if area == "history":
        from screens.history import HistoryScreen

        return HistoryScreen(services)
    if area == "meetings":
        from screens.meetings import MeetingsScreen

        return MeetingsScreen(services, new=new_meeting)
    if area == "reflect":
        from screens.reflect import ReflectScreen

        return ReflectScreen(services)
    return None
