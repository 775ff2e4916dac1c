"""How far the answer timer's display falls behind the true time while a big save runs.

A save of a 10,000-session database rewrites a 13 MB file on the writer thread. Part of
that work (serialising, TinyDB's table update) holds Python's GIL, so while it runs the
event loop that draws the countdown may wait. The answer screen reads a `Countdown` on
`time.monotonic` at every 0.1 s tick, so a late tick never shows a wrong figure, but
it can show an old one: this measures how old.

In-process with Textual's `App.run_test` (headless: every frame is laid out and rendered,
only the escape codes are not written), on the real `CoachApp`:

1. "p", then "enter": an `AnswerScreen` counting down.
2. A sampler thread reads, every 20 ms, the progress bar's value (`#time-bar`, the
   seconds left as last displayed) and the true seconds left (`countdown.remaining()`).
   Their difference is how stale the display is; up to one tick (0.1 s) is by design, so
   the *error* is the difference minus 0.1 s. A watch on the bar records when each new
   value is set, for the largest gap between two display updates (by design 0.1 s).
3. Phases alternate: no saves (the baseline), then saves queued back to back through
   `app.services.write(lambda data: data.sessions.rate(changed_session))`, so the
   writer thread rewrites the whole database the whole time.

The screen's own draft autosave (every 3 s, also a full save) is pushed out of the way,
so the baseline really has no saves and the save phase only ours. It only measures and
prints; nothing asserts on timings:

    .venv/bin/python benchmarks/bench_timer.py [--seconds S] [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import math
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.widgets import ProgressBar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import Row, build_database, mark, print_table, progress

from coach.app import CoachApp
from coach.content import load_content
from coach.data import Data
from coach.services import Services
from coach.sessions import DRAFT_ID, Session
from coach.store import Store
from screens.answer import TICK_SECONDS, AnswerScreen

TARGET_S = 0.1  # display error beyond the 0.1 s tick
SAMPLE_S = 0.02
SAVES_IN_FLIGHT = 2  # keep the writer busy: one running, one queued


@dataclass
class Phase:
    """One sampling phase: lags (shown minus true remaining, s) and display update times."""

    saves: bool
    lags: list[float] = field(default_factory=list)
    updates: list[float] = field(default_factory=list)
    save_ms: list[float] = field(default_factory=list)


@dataclass
class TimerFigures:
    """Every phase of the run, with summaries for the baseline and the save phases."""

    phases: list[Phase]
    sessions: int

    def lags(self, saves: bool) -> list[float]:
        return [lag for p in self.phases if p.saves == saves for lag in p.lags]

    def largest_gap(self, saves: bool) -> float:
        """Seconds between the two display updates furthest apart, within one phase."""
        gaps = [
            later - earlier
            for phase in self.phases
            if phase.saves == saves
            for earlier, later in itertools.pairwise(phase.updates)
        ]
        return max(gaps, default=math.nan)

    def save_ms(self) -> list[float]:
        return [ms for p in self.phases for ms in p.save_ms]

    def error(self, saves: bool, quantile: float | None = None) -> float:
        """The display error beyond the tick: max(0, lag - 0.1 s), max or a quantile."""
        lags = sorted(self.lags(saves))
        lag = lags[-1] if quantile is None else lags[int(quantile * (len(lags) - 1))]
        return max(0.0, lag - TICK_SECONDS)

    def rows(self) -> list[Row]:
        rows: list[Row] = []
        size = "10k" if self.sessions == 10_000 else f"{self.sessions:,}"
        for saves, name in ((False, "no saves"), (True, f"saves at {size}")):
            lags = sorted(self.lags(saves))
            p95 = lags[int(0.95 * (len(lags) - 1))]
            worst = self.error(saves)
            rows += [
                (
                    f"timer staleness, {name}",
                    f"p95 {p95 * 1000:.0f} ms, max {lags[-1] * 1000:.0f} ms (n={len(lags)})",
                    f"<= {(TICK_SECONDS + TARGET_S) * 1000:.0f} ms",
                    "",
                ),
                (
                    f"timer error beyond tick, {name}",
                    f"p95 {self.error(saves, 0.95) * 1000:.0f} ms, max {worst * 1000:.0f} ms",
                    f"<= {TARGET_S * 1000:.0f} ms",
                    mark(worst <= TARGET_S) if saves else "",
                ),
                (
                    f"largest gap between updates, {name}",
                    f"{self.largest_gap(saves) * 1000:.0f} ms",
                    f"(tick {TICK_SECONDS * 1000:.0f} ms)",
                    "",
                ),
            ]
        saves_ms = self.save_ms()
        if saves_ms:
            rows.append(
                (
                    "saves during the timer, median",
                    f"{statistics.median(saves_ms):.1f} ms (n={len(saves_ms)})",
                    "",
                    "",
                )
            )
        return rows


class Sampler(threading.Thread):
    """Every 20 ms: the bar's shown seconds minus the countdown's true seconds left.

    A thread rather than a task on the app's loop, so samples are taken at real moments
    and not only when the loop gets round to it (it still needs the GIL, like the loop).
    """

    def __init__(self, screen: AnswerScreen, phase: Phase) -> None:
        super().__init__(name="timer-sampler", daemon=True)
        self.bar = screen.query_one("#time-bar", ProgressBar)
        self.countdown = screen.countdown
        self.phase = phase
        self.stop = threading.Event()

    def run(self) -> None:
        next_at = time.perf_counter()
        while not self.stop.is_set():
            shown = float(self.bar.progress)
            true = self.countdown.remaining()
            self.phase.lags.append(shown - true)
            next_at += SAMPLE_S
            self.stop.wait(max(0.0, next_at - time.perf_counter()))


class Saver:
    """Keeps `SAVES_IN_FLIGHT` saves of changed sessions queued on the app's writer."""

    def __init__(self, services: Services, sessions: list[dict[str, Any]], phase: Phase) -> None:
        self.services = services
        self.sessions = sessions
        self.phase = phase
        self.rng = random.Random(11)
        self.stopped = False

    def start(self) -> None:
        for _ in range(SAVES_IN_FLIGHT):
            self.submit()

    def submit(self) -> None:
        changed = dict(self.rng.choice(self.sessions), rating=self.rng.randint(1, 5))
        changed["note"] = f"timer benchmark {self.rng.random():.6f}"
        session = Session.from_record(changed)

        def save(data: Data) -> None:
            start = time.perf_counter()
            data.sessions.rate(session)
            self.phase.save_ms.append((time.perf_counter() - start) * 1000)

        self.services.write(save, self.next)

    def next(self, result: object, error: BaseException | None) -> None:
        """On the writer thread after each save: queue another unless the phase is over."""
        if error is not None:
            print(f"save failed: {error}", file=sys.stderr)
        elif not self.stopped:
            self.submit()


async def measure(
    app: CoachApp, sessions: list[dict[str, Any]], seconds: float, rounds: int
) -> list[Phase]:
    """Start an answer, then alternate baseline and save phases of `seconds` each."""
    phases: list[Phase] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause(0.3)
        screen = app.screen
        if not isinstance(screen, AnswerScreen):
            raise RuntimeError(f"expected the answer screen, got {screen!r}")
        needed = rounds * 2 * (seconds + 0.5) + 1
        if screen.countdown.remaining() < needed:
            raise RuntimeError(f"the question's {screen.countdown.limit:.0f} s is too short")
        bar = screen.query_one("#time-bar", ProgressBar)
        current: list[Phase] = []

        def updated(_value: float) -> None:
            if current:
                current[0].updates.append(time.perf_counter())

        screen.watch(bar, "progress", updated, init=False)
        for _ in range(rounds):
            for saves in (False, True):
                phase = Phase(saves)
                current[:] = [phase]
                saver = Saver(app.services, sessions, phase)
                sampler = Sampler(screen, phase)
                if saves:
                    saver.start()
                sampler.start()
                await asyncio.sleep(seconds)
                sampler.stop.set()
                saver.stopped = True
                await asyncio.to_thread(sampler.join)
                await asyncio.to_thread(app.services.writer.flush)
                current.clear()
                phases.append(phase)
                await asyncio.sleep(0.5)  # let the loop settle before the next phase
        await pilot.press("escape", "y")  # leave the answer, so no draft is left in the file
        await pilot.pause()
    return phases


def run(
    database: Path,
    sessions: list[dict[str, Any]],
    seconds: float,
    rounds: int,
    log: Callable[[str], None] = print,
) -> TimerFigures:
    """Open the app on `database` (holding `sessions`) and sample the timer display."""
    log(
        f"timing the answer timer: {rounds} x ({seconds:.0f} s no saves, {seconds:.0f} s saves) ..."
    )
    sample = random.Random(5).sample(sessions, min(200, len(sessions)))
    store_size = len(sessions)
    autosave = AnswerScreen.autosave_seconds
    AnswerScreen.autosave_seconds = 3600.0  # no draft saves of our own making in the phases
    try:
        with Store.open(database) as store:
            services = Services(store=store, content=load_content())
            app = CoachApp(services)
            gc.collect()
            gc.freeze()  # as `coach.cli.run_app` does before the app runs
            try:
                phases = asyncio.run(measure(app, sample, seconds, rounds))
            finally:
                services.writer.close()
                gc.unfreeze()
            if store.get("drafts", DRAFT_ID) is not None:
                raise RuntimeError("the answer left a draft in the database")
    finally:
        AnswerScreen.autosave_seconds = autosave
    figures = TimerFigures(phases, store_size)
    for saves in (False, True):
        lags = figures.lags(saves)
        log(
            f"  {'saves' if saves else 'no saves':<8} staleness median "
            f"{statistics.median(lags) * 1000:.0f} ms, max {max(lags) * 1000:.0f} ms, "
            f"largest update gap {figures.largest_gap(saves) * 1000:.0f} ms"
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="sessions in the database")
    parser.add_argument("--seconds", type=float, default=4.0, help="length of each phase")
    parser.add_argument("--rounds", type=int, default=2, help="baseline+saves pairs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        database = Path(folder, "big.json")
        progress(f"building {args.sessions:,} sessions ...")
        sessions = build_database(database, args.sessions)
        figures = run(database, sessions, args.seconds, args.rounds, progress)
    print()
    print_table(figures.rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
