"""What every screen needs from the program, handed over as one object.

Screens get a `Services` in their constructor instead of reaching for globals: the
store, the background writer, the loaded content and the clock. Tests build one on a
temporary file with a frozen clock.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coach.clock import Clock, Zone, local_zone, system_clock, to_iso
from coach.data import Data
from coach.listening import Listening
from coach.store import Store
from coach.voice import InterviewerVoice
from coach.writer import Done, SerialWriter

if TYPE_CHECKING:  # the rest loads on first use, after the first frame is drawn
    from coach.content import Content
    from coach.decks import Deck
    from coach.history import Order, Row
    from coach.schedule import Cards
    from coach.timing import Monotonic


@dataclass
class Services:
    store: Store
    content: Content
    clock: Clock = system_clock
    monotonic: Monotonic = time.monotonic
    writer: SerialWriter = field(default_factory=SerialWriter)
    listening: Listening = field(default_factory=Listening)
    voice: InterviewerVoice = field(default_factory=InterviewerVoice)
    data: Data = field(init=False, repr=False)
    _cards: Cards | None = field(default=None, repr=False)
    _rows: tuple[int, list[Row], dict[Order, list[Row]]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.data = Data(self.store)

    def decks(self) -> list[Deck]:
        """The bundled decks, then the user's own questions."""
        return [*self.content.decks, self.data.questions.deck()]

    def deck(self, deck_id: str) -> Deck | None:
        from coach.decks import MY_DECK

        if deck_id == MY_DECK:
            return self.data.questions.deck()
        return self.content.deck(deck_id)

    def history_rows(self, order: Order | None = None) -> list[Row]:
        """The history's rows in `order` (newest first by default), rebuilt only when the
        store has saved something since, and sorted once per order."""
        from coach.history import Order, make_rows, ordered

        order = order or Order()
        revision = self.store.revision
        if self._rows is None or self._rows[0] != revision:
            records = self.data.sessions.for_history()
            self._rows = (revision, make_rows(records, self.local_tz()), {})
        _, rows, sorted_rows = self._rows
        if order not in sorted_rows:
            sorted_rows[order] = ordered(rows, order)
        return sorted_rows[order]

    def cards(self) -> Cards:
        """The questions' FSRS cards, remembered for as long as the app runs."""
        from coach.schedule import Cards

        if self._cards is None:
            self._cards = Cards()
        return self._cards

    def local_tz(self) -> Zone:
        """The user's time zone, for grouping by day and showing times."""
        return local_zone()

    def now_iso(self) -> str:
        return to_iso(self.clock())

    def write(self, job: Callable[[Data], Any], done: Done | None = None) -> None:
        """Run `job(data)` on the writer thread, after every write asked before it."""
        self.writer.submit(lambda: job(self.data), done)

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex
