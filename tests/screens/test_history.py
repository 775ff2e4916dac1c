"""History through the Pilot: filtering, sorting, detail, edit, delete, compare, trends."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select
from textual.widgets.data_table import ColumnKey

from coach.audio import ensure_audio_folder
from coach.history import PAGE
from coach.store import Store
from screens.answer import AnswerScreen
from screens.compare import CompareScreen
from screens.detail import SessionScreen
from screens.history import HistoryScreen
from screens.trends import TrendsScreen
from screens.widgets.confirm import ConfirmScreen
from screens.widgets.rating import Rating
from tests.fakes import FakeMonotonic
from tests.screens.helpers import make_app, until
from tests.screens.sample import add_sample


def questions(screen: HistoryScreen) -> list[str]:
    return [row.question for row in screen.shown]


def status(screen: HistoryScreen) -> str:
    return str(screen.query_one("#history-status").render())


async def click_header(pilot, table: DataTable, key: str) -> None:
    """Click a column's header cell, as a person sorting by it would."""
    x = 0
    for column_key, column in table.columns.items():
        if column_key.value == key:
            break
        x += column.get_render_width(table)
    await pilot.click(table, offset=(x + 1, 0))


async def open_history(pilot) -> HistoryScreen:
    await pilot.press("h")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


async def test_newest_first_and_filter_as_you_type(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        assert [row.id for row in screen.shown] == [f"sample-{n}" for n in (4, 3, 2, 1, 0)]
        assert screen.query_one(DataTable).row_count == 5
        assert status(screen) == "5 attempts"
        await pilot.press("slash", *"ACME")  # any case, question or answer text
        assert [row.id for row in screen.shown] == ["sample-1"]
        assert status(screen) == "1 of 5 attempts match"
        screen.query_one("#filter", Input).value = "interests workshops"  # every word must match
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["sample-4"]


async def test_filter_by_deck_rating_and_dates(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        screen.query_one("#deck-filter", Select).value = "informational"
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["sample-3"]
        screen.query_one("#deck-filter", Select).value = ""
        screen.query_one("#rating-filter", Select).value = 4
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["sample-1"]
        screen.query_one("#rating-filter", Select).value = 0
        screen.query_one("#since", Input).value = "2026-11-16"
        screen.query_one("#until", Input).value = "2026-11-20"
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["sample-3", "sample-2", "sample-1"]
        screen.query_one("#until", Input).value = "20-11-2026"
        await pilot.pause()
        assert "is not a day like 2026-11-22, 22 nov" in status(screen)
        assert [row.id for row in screen.shown] == ["sample-3", "sample-2", "sample-1"]
        screen.query_one("#since", Input).value = "20 nov"
        screen.query_one("#until", Input).value = "16 Nov"
        await pilot.pause()
        assert "From 20 Nov 2026 is after To 16 Nov 2026: swap them" in status(screen)
        screen.query_one("#since", Input).value = "16 nov"
        screen.query_one("#until", Input).value = "nov 20"
        await pilot.pause()
        assert [row.id for row in screen.shown] == ["sample-3", "sample-2", "sample-1"]


async def test_sort_by_a_column_and_back(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one(DataTable)
        await click_header(pilot, table, "rating")
        await pilot.pause()
        assert [row.rating for row in screen.shown] == [5, 4, 3, 2, None]  # unrated last
        await click_header(pilot, table, "rating")
        await pilot.pause()
        assert [row.rating for row in screen.shown] == [2, 3, 4, 5, None]


async def test_open_edit_and_delete_an_attempt(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(pilot)
        await pilot.press("down", "enter")  # the second newest: sample-3
        await pilot.pause()
        detail = app.screen
        assert isinstance(detail, SessionScreen)
        assert detail.session is not None and detail.session.id == "sample-3"
        assert "meetings in the morning" in str(detail.query_one("#detail-answer").render())
        assert detail.focused is detail.query_one(Rating)
        await pilot.press("4")
        detail.query_one("#note", Input).value = "ask about tooling"
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.services.writer.flush()
        record = store.get("sessions", "sample-3")
        assert record["rating"] == 4 and record["note"] == "ask about tooling"
        assert detail.focused is detail.query_one(Rating)  # saved: the screen's keys again
        await pilot.press("5", *" and numbers")  # the note goes on, never typed over
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.services.writer.flush()
        record = store.get("sessions", "sample-3")
        assert record["rating"] == 5 and record["note"] == "ask about tooling and numbers"

        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # not deleted
        await pilot.pause()
        app.services.writer.flush()
        assert store.get("sessions", "sample-3") is not None
        recording = ensure_audio_folder(store.path) / "sample-3.wav"
        recording.write_bytes(b"RIFF")  # its spoken answer's recording
        other = recording.with_name("sample-2.wav")
        other.write_bytes(b"RIFF")
        await pilot.press("d")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        app.services.writer.flush()
        await pilot.pause()
        assert store.get("sessions", "sample-3") is None
        assert not recording.exists() and other.exists()  # deleted with its attempt only
        history = app.screen
        assert isinstance(history, HistoryScreen)
        assert "sample-3" not in [row.id for row in history.shown]
        assert status(history) == "4 attempts"


async def test_compare_attempts_at_one_question(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 40)) as pilot:
        await open_history(pilot)
        await pilot.press("c")  # the newest row: job-interests, answered three times
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert [a.rating for a in screen.attempts] == [2, 4, 5]
        answers = [str(s.render()) for s in screen.query(".compare-answer Static")]
        assert answers[0].startswith("Um, I like data") and "workshops" in answers[-1]


async def test_trends_show_each_question_with_its_figures(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 40)) as pilot:
        await open_history(pilot)
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        assert screen.query_one("#spark-ratings").data == [2.0, 4.0, 3.0, 5.0]  # in time order
        assert "first 2 · last 5" in str(screen.query_one("#summary-ratings").render())
        screen.query_one("#scope", Select).value = "q:job-interests"
        await pilot.pause()
        assert screen.query_one("#spark-ratings").data == [2.0, 4.0, 5.0]


async def test_practise_again_from_an_attempt(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(pilot)
        await pilot.press("enter", "a")
        await pilot.pause()
        assert isinstance(app.screen, AnswerScreen)
        assert app.screen.plan.question.id == "job-interests"


async def test_a_long_history_is_paged(store: Store):
    store.import_tables(
        {
            "sessions": [
                {
                    "id": f"s{n}",
                    "finished": f"2026-01-01T00:00:{n % 60:02d}+00:00",
                    "question": f"q{n}",
                }
                for n in range(450)
            ]
        }
    )
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        table = screen.query_one(DataTable)
        assert table.row_count == PAGE
        table.move_cursor(row=PAGE - 10)  # near the end of what is loaded: the next page
        await until(pilot, lambda: table.row_count == 2 * PAGE, "the next page")
        assert status(screen) == "450 attempts"


async def test_s_sorts_by_the_next_column(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_history(pilot)
        await pilot.press("s")  # date -> deck
        await pilot.pause()
        assert screen.order.key == "deck"
        assert [row.deck for row in screen.shown] == ["informational", "job", "job", "job", "job"]


async def test_leaving_an_attempt_with_an_unsaved_rating_asks_first(store: Store):
    add_sample(store)
    app = make_app(store, FakeMonotonic())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_history(pilot)
        await pilot.press("enter", "1")  # rated: on to the note
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("escape")  # out of the note first
        await pilot.pause()
        assert isinstance(app.focused, Rating)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # stay
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        await pilot.press("5", "escape", "escape")  # back to the saved rating: nothing to ask
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)


async def test_on_a_small_terminal_every_column_fits_and_the_question_has_room(store: Store):
    """At 60x20 the table once ran off the screen (a 5-star rating showed as ★★); now the
    deck and mode give way, every column fits, and the stars are whole."""
    add_sample(store)
    for size, question_at_least in (((60, 20), 16), ((80, 24), 30), ((120, 40), 50)):
        app = make_app(store, FakeMonotonic())
        async with app.run_test(size=size) as pilot:
            screen = await open_history(pilot)
            table = screen.query_one(DataTable)
            await pilot.pause()
            widths = [column.get_render_width(table) for column in table.columns.values()]
            assert sum(widths) <= size[0] - 2, (size, widths)
            assert table.columns[ColumnKey("question")].width >= question_at_least
            keys = [str(key.value) for key in table.columns]
            assert ("deck" in keys) == (size[0] >= 100)
            shown = [str(cell) for cell in table.get_row_at(0)]
            assert any(cell.strip("★") == "" and cell for cell in shown)  # the stars, whole
