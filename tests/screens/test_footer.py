"""coach's footer: its keys are in the screen's first frame, it follows the bindings, and
it is rebuilt only when what it shows changes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from screens.widgets.footer import Footer


class Keys(App[None]):
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("ctrl+q", "quit", "Quit"), Binding("f5", "extra", "Extra")]

    def __init__(self) -> None:
        super().__init__()
        self.extra_shown = True
        self.first_compose_keys: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield Footer()

    def on_mount(self) -> None:
        self.first_compose_keys = shown(self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.extra_shown if action == "extra" else True


def shown(app: App[None]) -> list[str]:
    return [key.description for key in app.screen.query_one(Footer).query(FooterKey)]


async def test_keys_are_there_when_the_screen_mounts():
    app = Keys()
    async with app.run_test():
        # Textual's own footer starts empty and fills in a frame or two later.
        assert app.first_compose_keys == ["Quit", "Extra"]


async def test_rebuilt_once_when_the_keys_change_and_not_when_they_do_not():
    app = Keys()
    async with app.run_test() as pilot:
        footer = app.screen.query_one(Footer)
        rebuilds: list[int] = []
        recompose = footer.recompose

        async def counted() -> None:
            rebuilds.append(1)
            await recompose()

        footer.recompose = counted  # type: ignore[method-assign]  # count the rebuilds
        app.refresh_bindings()
        app.refresh_bindings()
        await pilot.pause()
        assert rebuilds == []
        assert shown(app) == ["Quit", "Extra"]

        app.extra_shown = False
        app.refresh_bindings()
        app.refresh_bindings()
        app.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert rebuilds == [1]
        assert shown(app) == ["Quit"]
