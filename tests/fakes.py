"""Stand-ins the tests control: a monotonic clock that moves only when told."""

from __future__ import annotations


class FakeMonotonic:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
