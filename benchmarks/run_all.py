"""Every coach benchmark in one run, summed up in one table of figures and targets.

The figures only mean something next to their targets and measured together on one
machine at one moment, so this runs each benchmark script's `run` function in turn, on
one shared 10,000-session database, and prints one table: figure, measured, target and
"ok" or "MISSED". The machine and its load are printed with it, because these are
wall-clock figures and a busy machine moves them.

    .venv/bin/python benchmarks/run_all.py            # full, about 2 minutes
    .venv/bin/python benchmarks/run_all.py --quick    # fewer runs, about a minute

It only measures and prints; nothing asserts on timings, and the exit status is 0
whether targets are met or not.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_feedback
import bench_history
import bench_startup
import bench_store
import bench_timer
from bench_store import Row, build_database, coach_command, print_table, progress

SESSIONS = 10_000


@dataclass(frozen=True)
class Settings:
    """How many runs each benchmark makes."""

    startup_runs: int  # coach and the minimal app, each
    save_runs: int
    store_startup_runs: int  # empty and 10k, each
    history_runs: int
    history_reopens: int
    filter_rounds: int
    feedback_runs: int
    timer_seconds: float
    timer_rounds: int


FULL = Settings(9, 25, 7, 7, 2, 3, 10, 4.0, 2)
QUICK = Settings(3, 10, 3, 2, 1, 1, 5, 2.0, 1)


def machine() -> str:
    """What the figures were measured on, and how busy it was."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{datetime.date.today()}  {os.cpu_count()} cores  load {load}  "
        f"Python {platform.python_version()}  Textual {version('textual')}  "
        f"{platform.system()} {platform.release()}"
    )


def run_all(settings: Settings) -> list[Row]:
    """Each benchmark in turn; the rows of every one, in the order they ran."""
    coach_command()  # fail before building anything
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as name:
        folder = Path(name)
        big = folder / "big.json"
        progress(f"building {SESSIONS:,} sessions ...")
        sessions = build_database(big, SESSIONS)
        s = settings
        rows += bench_startup.run(folder, s.startup_runs, progress).rows()
        rows += bench_store.run(
            folder, big, sessions, s.save_runs, s.store_startup_runs, progress
        ).rows()
        rows += bench_history.run(
            big,
            SESSIONS,
            s.history_runs,
            s.history_reopens,
            s.filter_rounds,
            ["team", "ver"],
            progress,
        ).rows()
        progress(f"timing analyze on 1 MB, {s.feedback_runs} runs ...")
        rows += bench_feedback.run(s.feedback_runs).rows()
        rows += bench_timer.run(big, sessions, s.timer_seconds, s.timer_rounds, progress).rows()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (about a minute)")
    args = parser.parse_args()
    start = time.perf_counter()
    before = machine()
    rows = run_all(QUICK if args.quick else FULL)
    print()
    print(f"before: {before}")
    print(f"after:  {machine()}")
    print(f"{'quick' if args.quick else 'full'} run, {time.perf_counter() - start:.0f} s")
    print()
    print_table(rows)
    missed = [row[0] for row in rows if row[3] == "MISSED"]
    print()
    print(f"MISSED: {', '.join(missed)}" if missed else "every target met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
