"""Countdown arithmetic on a monotonic clock, so the display is right whatever the loop does.

A timer's ticks are dropped when the event loop is late, so counting ticks drifts. Here
every figure is computed afresh from `time.monotonic()` readings: after the loop has been
blocked for a second, the next tick shows the true time. Pauses are subtracted exactly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from coach.numbers import whole

Monotonic = Callable[[], float]

WARNING_LEFT = 0.25
ERROR_LEFT = 0.10


class Level(Enum):
    """How urgent the countdown looks."""

    CALM = "calm"
    WARNING = "warning"
    ERROR = "error"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class Timing:
    """What a finished (or interrupted) answer took, in seconds."""

    used: float
    overtime: float
    paused: float


class Countdown:
    """A countdown that can pause, run into overtime, and resume from a saved draft."""

    def __init__(
        self,
        limit: float,
        *,
        already_used: float = 0.0,
        already_paused: float = 0.0,
        clock: Monotonic = time.monotonic,
    ) -> None:
        if limit <= 0:
            raise ValueError(f"time limit must be positive, not {limit}")
        self.limit = float(limit)
        self._clock = clock
        self._already_used = max(0.0, already_used)
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_before = max(0.0, already_paused)
        self._paused_total = 0.0
        self._finished: Timing | None = None

    # -- control -----------------------------------------------------------------------

    def start(self) -> None:
        if self._started_at is None:
            self._started_at = self._clock()

    @property
    def started(self) -> bool:
        return self._started_at is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def finished(self) -> bool:
        return self._finished is not None

    def pause(self) -> None:
        if self.started and not self.paused and not self.finished:
            self._paused_at = self._clock()

    def resume(self) -> None:
        if self._paused_at is not None and not self.finished:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None

    def toggle(self) -> None:
        """Pause if running, resume if paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def finish(self, *, hard_stop: bool = False) -> Timing:
        """Stop for good and return the timing; later calls return the same figures.

        A hard stop ends exactly at the limit, however late the tick that noticed it.
        """
        if self._finished is None:
            timing = self.snapshot()
            if hard_stop:
                timing = Timing(
                    used=min(timing.used, self.limit), overtime=0.0, paused=timing.paused
                )
            self._finished = timing
        return self._finished

    # -- readings ----------------------------------------------------------------------

    def snapshot(self) -> Timing:
        """The timing so far, without stopping."""
        if self._finished is not None:
            return self._finished
        used = self.elapsed()
        return Timing(used=used, overtime=max(0.0, used - self.limit), paused=self.paused_for())

    def elapsed(self) -> float:
        """Seconds of answering so far: pauses excluded, a resumed draft's time included."""
        if self._finished is not None:
            return self._finished.used
        if self._started_at is None:
            return self._already_used
        now = self._paused_at if self._paused_at is not None else self._clock()
        return self._already_used + max(0.0, now - self._started_at - self._paused_total)

    def paused_for(self) -> float:
        """Seconds spent paused so far."""
        if self._finished is not None:
            return self._finished.paused
        current = self._clock() - self._paused_at if self._paused_at is not None else 0.0
        return self._paused_before + self._paused_total + current

    def remaining(self) -> float:
        """Seconds left; negative once in overtime."""
        return self.limit - self.elapsed()

    def fraction_left(self) -> float:
        """Between 1 (just started) and 0 (time is up)."""
        return min(1.0, max(0.0, self.remaining() / self.limit))

    def level(self) -> Level:
        return level_for(self.remaining(), self.limit)


def level_for(remaining: float, limit: float) -> Level:
    """Calm, then warning at 25% left, error at 10%, overtime past zero."""
    if remaining < 0:
        return Level.OVERTIME
    left = remaining / limit
    if left <= ERROR_LEFT:
        return Level.ERROR
    if left <= WARNING_LEFT:
        return Level.WARNING
    return Level.CALM


def clock_face(remaining: float) -> str:
    """`1:05` counting down (rounded up, so 0:00 means time is up); `+0:12` in overtime."""
    if remaining >= 0:
        seconds = math.ceil(remaining - 1e-9)
        return f"{seconds // 60}:{seconds % 60:02d}"
    over = math.floor(-remaining)
    return f"+{over // 60}:{over % 60:02d}"


def minutes_seconds(seconds: float) -> str:
    """Time taken as `m:ss` in whole seconds (coach.numbers' rule): `1:05`."""
    seconds_shown = max(0, whole(seconds))
    return f"{seconds_shown // 60}:{seconds_shown % 60:02d}"


def describe_seconds(seconds: float) -> str:
    """A duration for people: `45 s`, `1 min 30 s`, `2 min`."""
    minutes, rest = divmod(whole(seconds), 60)
    if minutes == 0:
        return f"{rest} s"
    return f"{minutes} min" if rest == 0 else f"{minutes} min {rest} s"
