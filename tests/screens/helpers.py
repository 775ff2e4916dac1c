"""Building the app for Pilot tests: a temporary store, frozen wall clock, a fake stopwatch."""

from __future__ import annotations

from coach.app import CoachApp
from coach.content import load_content
from coach.services import Services
from coach.store import Store
from coach.voice import NoVoice
from tests.conftest import FROZEN_NOW
from tests.fakes import DeafListening, FakeMonotonic


def make_services(store: Store, monotonic: FakeMonotonic | None = None) -> Services:
    services = Services(
        store=store,
        content=load_content(),
        clock=lambda: FROZEN_NOW,
        listening=DeafListening(),
        voice=NoVoice(),
    )
    if monotonic is not None:
        services.monotonic = monotonic
    return services


def make_app(store: Store, monotonic: FakeMonotonic | None = None) -> CoachApp:
    return CoachApp(make_services(store, monotonic))


async def home_ready(pilot, revision: int | None = None) -> None:
    """Wait until home shows its figures (worked out on a thread) for the store as it is."""
    from screens.home import HomeScreen

    wanted = pilot.app.services.store.revision if revision is None else revision
    for _ in range(100):
        screen = pilot.app.screen
        if isinstance(screen, HomeScreen) and screen.shown_revision >= wanted:
            return
        await pilot.pause(0.02)
    raise AssertionError("home never showed its figures")


async def until(pilot, condition, what: str = "the screen to change", timeout: float = 5.0):
    """Wait for `condition()` on the app's own timers, never for a fixed time."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    assert condition(), f"timed out waiting for {what}"


async def settled(pilot) -> None:
    """Wait until every save asked for has landed and reported back, so the app can close
    without a save still on its way to a screen."""
    await until(pilot, pilot.app.services.writer.idle, "the saves to land")
    await pilot.pause()  # the reports the last save queued on the loop


async def run_in_palette(pilot, words: str) -> None:
    """Type `words` into the command palette and run its first match, once it is listed."""
    from textual.command import CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    palette = pilot.app.screen
    await pilot.press(*words)
    last = words.split()[-1].lower()

    def listed() -> bool:
        found = palette.query(CommandList)
        if not found or not found.first().option_count:
            return False
        return last in str(found.first().get_option_at_index(0).prompt).lower()

    await until(pilot, listed, f"the palette to offer {words!r}")
    await pilot.press("enter")
