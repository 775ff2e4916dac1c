"""How long coach takes to a usable home (figures shown), next to a minimal Textual app.

Most of a Textual program's start-up is Python importing Textual and Rich and Textual
building its first screen; coach cannot go below that floor. So the fair question is how
much coach adds on top of it. This script writes a minimal Textual app (a header, one
line of text, a footer with a Quit key) into a temporary file and, in the same run,
times both programs the same way `bench_store.time_startup` does: spawned in a 100x30
pseudo-terminal (pexpect), their output fed into a terminal emulator (pyte), the clock
stopped when the screen is fully drawn:

* coach: `coach --db EMPTY_DB` until home is usable: "Your data:", the footer's "Quit",
  and the figures (worked out on a thread after the first frame) filled in;
* minimal: `python minimal_app.py` (this venv's Python) until its line and "Quit" show.

Runs alternate (the order swapped every round) after one untimed warm-up each, so a
busy moment on the shared machine hits both. The figures are medians; their ratio has a
target of at most 1.3. It only measures and prints; nothing asserts on timings:

    .venv/bin/python benchmarks/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyte

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import (
    Row,
    coach_command,
    describe,
    mark,
    print_table,
    progress,
    time_first_frame,
    time_startup,
)

from coach.store import Store

RATIO_TARGET = 1.3
MINIMAL_LINE = "A minimal Textual app: one line of text."
MINIMAL_APP = f'''"""Header, one line, footer: the floor any Textual app starts from."""

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static


class Minimal(App[None]):
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("{MINIMAL_LINE}")
        yield Footer()


if __name__ == "__main__":
    Minimal().run()
'''


def minimal_drawn(screen: pyte.Screen) -> bool:
    text = "\n".join(screen.display)
    return MINIMAL_LINE in text and "Quit" in text


@dataclass
class StartupFigures:
    """Start-up times in milliseconds, one list per program."""

    coach: list[float]
    minimal: list[float]

    def ratio(self) -> float:
        return statistics.median(self.coach) / statistics.median(self.minimal)

    def rows(self) -> list[Row]:
        ratio = self.ratio()
        return [
            (
                "start-up minimal Textual, median",
                f"{statistics.median(self.minimal):.0f} ms",
                "",
                "",
            ),
            (
                "start-up coach to a usable home (empty db), median",
                f"{statistics.median(self.coach):.0f} ms",
                "",
                "",
            ),
            (
                "start-up coach usable home / minimal",
                f"{ratio:.3f}x",
                f"<= {RATIO_TARGET}x",
                mark(ratio <= RATIO_TARGET),
            ),
        ]


def run(folder: Path, runs: int, log: Callable[[str], None] = print) -> StartupFigures:
    """Alternate coach and the minimal app, `runs` timed start-ups each after a warm-up.

    The minimal app's source and coach's empty database are written into `folder`.
    """
    coach = coach_command()
    database = Path(folder, "startup-empty.json")
    Store.open(database).close()
    script = Path(folder, "minimal_app.py")
    script.write_text(MINIMAL_APP, encoding="utf-8")
    programs: dict[str, Callable[[], float]] = {
        "coach": lambda: time_startup(coach, database, usable=True),
        "minimal": lambda: time_first_frame(sys.executable, [str(script)], minimal_drawn),
    }
    log(f"timing {runs} start-ups each of coach and a minimal Textual app (+1 warm-up) ...")
    for start in programs.values():
        start()  # warm-up: bytecode and disk caches
    times: dict[str, list[float]] = {name: [] for name in programs}
    for round_number in range(runs):
        order = list(programs) if round_number % 2 == 0 else list(reversed(programs))
        for name in order:
            times[name].append(programs[name]() * 1000)
    for name, figures in times.items():
        log(f"  start-up {name:<8} {describe(figures)}")
    return StartupFigures(coach=times["coach"], minimal=times["minimal"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed start-ups per program")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        figures = run(Path(folder), args.runs, progress)
    print()
    print_table(figures.rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
