"""How fast the history screen opens and filters with 10,000 sessions, as a user sees it.

The target: "with 10,000 sessions the first rows show within 250 ms of the key press and
each filter keystroke answers within 100 ms". Only the real program can tell, so this
drives `coach --db PATH` in a 100x30 pseudo-terminal (pexpect), feeds its output into a
terminal emulator (pyte), and times from sending a key until the output that completes
the expected screen arrives:

* history open: "h" on the home screen until the status says "10000 attempts" and a dated
  row sits under "Date"; cold (first open in a fresh process) and warm (escape, "h" again);
* filter keystroke: after "/", each key typed or erased until the status shows the new
  count (keys that leave the count as it was are sent but not timed: nothing shows when
  their work is done);
* baseline: f1 on the home screen until the help shows "Everywhere", a trivial round trip.

It only measures and prints; nothing asserts on timings. Run it from the repo root:

    .venv/bin/python benchmarks/bench_history.py [--runs N] [--filter-rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pexpect  # type: ignore[import-untyped]
import pyte

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import (
    COLUMNS,
    ROWS,
    Row,
    build_database,
    coach_command,
    home_drawn,
    mark,
    progress,
    time_startup,
)

from coach.history import PAGE, ROW_FIELDS, Filter, Order, make_rows, view
from coach.store import Store

OPEN_TARGET_MS = 250.0
KEY_TARGET_MS = 100.0
SETTLE_S = 0.4  # after a screen is drawn, let timers and late repaints pass before a key
BACKSPACE, ESCAPE, F1, CTRL_Q = "\x7f", "\x1b", "\x1bOP", "\x11"
DATE_ROW = re.compile(r"^\s*20\d\d-\d\d-\d\d\s")


BARE_APP = '''"""The floor for the history: a bare Textual app whose "h" shows a DataTable of the
same first rows, made before the key is pressed, and the same status line."""

import sys

import orjson
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

PAGE = {page}
sessions = list(orjson.loads(open(sys.argv[1], "rb").read())["sessions"].values())
ROWS = [
    (str(s.get("finished", ""))[:10], str(s.get("deck", "")), str(s.get("question", ""))[:40],
     str(s.get("mode", "")), str(s.get("rating") or "-"))
    for s in sorted(sessions, key=lambda s: str(s.get("finished", "")), reverse=True)[:PAGE]
]


class Table(Screen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"  History: {{len(sessions)}} attempts")
        table = DataTable(cursor_type="row")
        for label in ("Date", "Deck", "Question", "Mode", "Rating"):
            table.add_column(label)
        table.add_rows(ROWS)
        yield table
        yield Footer()


class Bare(App[None]):
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("h", "table", "History"),
    ]

    def action_table(self) -> None:
        self.push_screen(Table())  # made afresh each time, as coach's history is

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Your data: a bare app")
        yield Footer()


Bare().run()
'''


class Coach:
    """One program (`coach --db`, or the bare app) in a pseudo-terminal, with its screen."""

    def __init__(self, coach: Path, database: Path, *, script: Path | None = None) -> None:
        self.screen = pyte.Screen(COLUMNS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env["TERM"] = "xterm-256color"
        command, args = (
            (sys.executable, [str(script), str(database)])
            if script
            else (str(coach), ["--db", str(database)])
        )
        self.child = pexpect.spawn(command, args, dimensions=(ROWS, COLUMNS), env=env)
        self.child.delaybeforesend = None  # pexpect sleeps 50 ms before each send by default

    def wait(self, done: Callable[[pyte.Screen], bool], timeout: float = 30.0) -> float:
        """Feed output until `done(screen)`; the time the completing output arrived."""
        deadline = time.perf_counter() + timeout
        arrived = time.perf_counter()
        while not done(self.screen):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise RuntimeError("screen never came:\n" + "\n".join(self.screen.display))
            try:
                data = self.child.read_nonblocking(65536, timeout=min(left, 0.5))
            except pexpect.TIMEOUT:
                continue
            arrived = time.perf_counter()  # before pyte's parsing, which is ours, not coach's
            self.stream.feed(data)
        return arrived

    def pause(self, seconds: float = SETTLE_S) -> None:
        """Keep reading (a blinking cursor keeps printing) for `seconds`."""
        end = time.perf_counter() + seconds
        while (left := end - time.perf_counter()) > 0:
            with contextlib.suppress(pexpect.TIMEOUT):
                self.stream.feed(self.child.read_nonblocking(65536, timeout=left))

    def press(self, key: str, done: Callable[[pyte.Screen], bool]) -> float:
        """Milliseconds from sending `key` until the screen satisfies `done`."""
        if done(self.screen):
            raise RuntimeError(f"{key!r}: the awaited screen is already there")
        start = time.perf_counter()
        self.child.send(key)
        return (self.wait(done) - start) * 1000

    def quit(self) -> None:
        """ctrl+q and wait for the exit, so the store's file lock is free again."""
        try:
            self.child.send(CTRL_Q)
            self.child.expect(pexpect.EOF, timeout=30)
        finally:
            self.child.close(force=True)
        if self.child.exitstatus != 0:
            raise RuntimeError(f"coach exited with {self.child.exitstatus}")


def home(screen: pyte.Screen) -> bool:
    return home_drawn(screen) and "h History" in screen.display[-1] and not help_open(screen)


def help_open(screen: pyte.Screen) -> bool:
    return any("Everywhere" in line for line in screen.display)


def status(total: int, shown: int) -> str:
    """The history's status line, as `HistoryScreen.status_line` words it."""
    return f"{total} attempts" if shown == total else f"{shown} of {total} attempts match"


def history_shows(expected: str, typed: str | None = None) -> Callable[[pyte.Screen], bool]:
    """The history with `expected` as status, a dated first row and, if given, `typed`."""

    def done(screen: pyte.Screen) -> bool:
        lines = screen.display
        top = next((i for i, line in enumerate(lines) if line.split()[:2] == ["Date", "Deck"]), -1)
        if top < 0 or top + 1 >= len(lines):
            return False
        if not (expected.startswith("0 of") or DATE_ROW.match(lines[top + 1])):
            return False
        if not any(line.rstrip().endswith(" " + expected) for line in lines[:top]):
            return False
        if typed:  # the filter line starts with what was typed, then the cursor's cell
            return any(line.startswith(f"  {typed} ") and "decks" in line for line in lines)
        return True

    return done


def counts(database: Path, texts: list[str]) -> dict[str, int]:
    """How many rows each filter text keeps, by the history's own code."""
    with Store.open(database) as store:
        rows = make_rows(store.select("sessions", ROW_FIELDS), None)
    return {text: len(view(rows, Filter(text=text), Order())) for text in set(texts)}


def bench_open(
    coach: Path, database: Path, total: int, runs: int, reopens: int, script: Path | None = None
) -> dict[str, list[float]]:
    """Per fresh process: help round trips, a cold history open, then warm re-opens.
    With `script`, the bare app instead (its help round trips are the history's too)."""
    opened = history_shows(status(total, total))
    times: dict[str, list[float]] = {"help": [], "cold": [], "warm": []}
    for _ in range(runs):
        app = Coach(coach, database, script=script)
        try:
            app.wait(home)
            app.pause()
            for kind, key, done in (
                ([("help", F1, help_open)] * 2 if script is None else [])
                + [("cold", "h", opened)]
                + [("warm", "h", opened)] * reopens
            ):
                times[kind].append(app.press(key, done))
                app.pause()
                app.press(ESCAPE, home)
                app.pause()
        finally:
            app.quit()
    return times


def bench_filter(coach: Path, database: Path, words: list[str], rounds: int) -> list[float]:
    """Type each word and erase it again, `rounds` times; time the keys that change the count."""
    sequence: list[tuple[str, str]] = []
    for word in words:  # type it, then erase it
        sequence += [(word[:i], word[i - 1]) for i in range(1, len(word) + 1)]
        sequence += [(word[: i - 1], BACKSPACE) for i in range(len(word), 0, -1)]
    found = counts(database, ["", *(text for text, _ in sequence)])
    total = found[""]
    times: list[float] = []
    app = Coach(coach, database)
    try:
        app.wait(home)
        app.pause()
        app.press("h", history_shows(status(total, total)))
        app.pause()
        app.child.send("/")
        app.pause()  # a key sent before the focus lands on the filter goes to the table
        shown = total
        for _ in range(rounds):
            for text, key in sequence:
                done = history_shows(status(total, found[text]), text)
                if found[text] != shown:
                    times.append(app.press(key, done))
                else:  # nothing on screen marks the end of the work: wait it out untimed
                    app.child.send(key)
                    app.wait(done)
                app.pause()
                shown = found[text]
    finally:
        app.quit()
    if not times:
        raise SystemExit("no keystroke changed the count: choose other --words")
    return times


def ratio(times: list[float], baseline: list[float]) -> float:
    return statistics.median(times) / statistics.median(baseline)


def figures(name: str, times: list[float], target: float | None) -> tuple[str, ...]:
    median = statistics.median(times)
    goal = f"<= {target:.0f} ms" if target else "(baseline)"
    verdict = mark(median <= target and max(times) <= target) if target else ""
    return (name, f"{median:.0f} ms", f"{max(times):.0f} ms", str(len(times)), goal, verdict)


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("figure", "median", "max", "n", "target", "")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


@dataclass
class HistoryFigures:
    """Milliseconds per key: opens (help, cold, warm) and filter keystrokes."""

    opening: dict[str, list[float]]
    keys: list[float]
    bare: dict[str, list[float]]  # the same opens in a bare app with a DataTable

    def table(self) -> list[tuple[str, ...]]:
        """This script's own table: median, max and n in columns of their own."""
        return [
            figures("history open, cold", self.opening["cold"], OPEN_TARGET_MS),
            figures("history re-open, warm", self.opening["warm"], OPEN_TARGET_MS),
            figures("filter keystroke", self.keys, KEY_TARGET_MS),
            figures("help open (f1)", self.opening["help"], None),
            figures("bare DataTable open, cold", self.bare["cold"], None),
            figures("bare DataTable open, warm", self.bare["warm"], None),
        ]

    def rows(self) -> list[Row]:
        """The same figures as (figure, measured, target, mark), for `run_all`'s table."""
        return [
            (
                name,
                f"median {median}, max {top} (n={n})",
                goal + " (median and max)" if verdict else goal,
                verdict,
            )
            for name, median, top, n, goal, verdict in self.table()
        ] + [
            (
                f"history {kind} open / bare DataTable",
                f"{ratio(self.opening[kind], self.bare[kind]):.2f}x",
                "(ratio, same run)",
                "",
            )
            for kind in ("cold", "warm")
        ]

    def ratios(self) -> list[str]:
        help_ms = statistics.median(self.opening["help"])
        lines = [
            f"{name} / help open: {statistics.median(times) / help_ms:.1f}x"
            for name, times in (
                ("cold open", self.opening["cold"]),
                ("warm open", self.opening["warm"]),
            )
        ]
        bare = [
            f"{name} / bare DataTable app: "
            f"{statistics.median(self.opening[kind]) / statistics.median(self.bare[kind]):.2f}x"
            for name, kind in (("cold open", "cold"), ("warm open", "warm"))
        ]
        return [
            *lines,
            f"filter keystroke / help open: {statistics.median(self.keys) / help_ms:.1f}x",
            *bare,
        ]


def run(
    database: Path,
    total: int,
    runs: int,
    reopens: int,
    filter_rounds: int,
    words: list[str],
    log: Callable[[str], None] = print,
) -> HistoryFigures:
    """Opens and filter keys on `database`, which holds `total` sessions."""
    coach = coach_command()
    time_startup(coach, database)  # warm-up: bytecode and disk caches
    log(f"timing {runs} processes (help, open, {reopens} re-opens) ...")
    opening = bench_open(coach, database, total, runs, reopens)
    log(f"timing filter keystrokes ({filter_rounds} rounds of {words}) ...")
    keys = bench_filter(coach, database, words, filter_rounds)
    script = database.with_name("bare_history_app.py")
    script.write_text(BARE_APP.format(page=PAGE), encoding="utf-8")
    log(f"timing {runs} processes of a bare app with a DataTable of the same rows ...")
    bare = bench_open(coach, database, total, runs, reopens, script)
    return HistoryFigures(opening, keys, bare)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="sessions in the database")
    parser.add_argument("--runs", type=int, default=7, help="fresh processes timed for opening")
    parser.add_argument("--reopens", type=int, default=2, help="warm re-opens per process")
    parser.add_argument("--filter-rounds", type=int, default=3, help="times each word is typed")
    parser.add_argument("--words", nargs="+", default=["team", "ver"], help="filter words typed")
    args = parser.parse_args()
    coach_command()  # fail before building anything

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        database = Path(folder, "big.json")
        progress(f"building {args.sessions:,} sessions ...")
        build_database(database, args.sessions)
        result = run(
            database,
            args.sessions,
            args.runs,
            args.reopens,
            args.filter_rounds,
            args.words,
            progress,
        )

    print()
    print_table(result.table())
    print()
    for line in result.ratios():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
