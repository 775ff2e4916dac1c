"""How fast coach saves and starts with a large database, measured the way a user meets it.

coach keeps the whole database in memory and rewrites the file atomically (write, fsync,
rename) after every change, so a save costs more as the record grows. This script builds a
realistic 10,000-session database with the real `Store` API and measures:

* one save (`Store.put` of a changed session), against TinyDB's default `JSONStorage`
  doing one `insert` on the same data (the baseline coach replaced);
* start-up to the first full frame of the real `coach` command in a 100x30 pseudo-terminal,
  for an empty database and for the 10,000-session one.

It only measures and prints; nothing here asserts on timings. Run it from the repo root:

    .venv/bin/python benchmarks/bench_store.py [--save-runs N] [--startup-runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pexpect  # type: ignore[import-untyped]
import pyte
from tinydb import TinyDB

from coach.clock import to_iso
from coach.store import Store

SAVE_TARGET_MS = 40.0
STARTUP_RATIO_TARGET = 1.3
COLUMNS, ROWS = 100, 30
QUESTIONS = {
    "job": [
        "Tell me about a time you disagreed with a colleague and how you resolved it.",
        "Describe a project where you had to learn something new quickly.",
    ],
    "informational": [
        "What does a typical week look like in your team?",
        "How did you move into this field, and what would you do differently?",
    ],
    "ask": [
        "How does the team decide what to work on next quarter?",
        "What would success look like for this role after six months?",
    ],
}
OPENINGS = [
    "In my last role at a mid-sized logistics company,",
    "A couple of years ago, while I was leading a small team,",
    "During a product launch last spring,",
    "At my previous employer,",
]
MIDDLES = [
    "we had a deadline that moved forward by two weeks with no change in scope",
    "two senior engineers disagreed about how to migrate the billing database",
    "I noticed that our weekly report was quietly double-counting returned orders",
    "the customer support queue had grown to more than four hundred open tickets",
]
SENTENCES = [
    "I set up a short meeting with everyone involved and wrote down what each of us needed.",
    "I broke the work into {n} smaller pieces and agreed on a clear owner for every one.",
    "I checked the numbers myself, then explained the problem to my manager with examples.",
    "I proposed a trial of {n} days so that we could compare both options with real data.",
    "As a result we shipped on time and the defect rate dropped by about {n} percent.",
    "In the end the team adopted the new process, and {n} people still use it every week.",
    "We cut the backlog in half within {n} weeks, and customer ratings went up noticeably.",
    "The report was corrected, and finance used the new figures in the next board meeting.",
    "Looking back, I learned to raise concerns earlier rather than waiting for certainty.",
    "What I would do differently is agree on how we measure success before we start.",
]
FILLERS = ["um", "uh", "like", "you know", "basically", "actually", "sort of"]
NOTES = ["too long in the middle", "good result, weak start", "say the number first", ""]
COMPANIES = ["Northwind", "Contoso", "Globex", "Initech", "Umbrella Health", "Acme Freight"]
ROLES = ["data analyst", "product manager", "software engineer", "operations lead"]


def make_answer(rng: random.Random, chars: tuple[int, int]) -> str:
    """A paragraph of plausible interview prose, its length (mostly) within `chars`."""
    low, high = chars
    text = f"{rng.choice(OPENINGS)} {rng.choice(MIDDLES)}."
    for sentence in rng.sample(SENTENCES, len(SENTENCES)):
        if len(text) >= low:
            break
        if len(text) + len(sentence) < high:
            text += " " + sentence.format(n=rng.randint(3, 40))
    return text


def make_session(rng: random.Random, when: datetime, chars: tuple[int, int]) -> dict[str, Any]:
    """One practice session record, shaped as the app stores it."""
    deck = rng.choice(list(QUESTIONS))
    number = rng.randrange(len(QUESTIONS[deck]))
    limit = float(rng.randint(60, 180))
    used = round(rng.uniform(0.5, 1.3) * limit, 1)
    answer = make_answer(rng, chars)
    fillers = rng.sample(FILLERS, rng.randint(0, 3))
    return {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4).hex,
        "created": to_iso(when),
        "updated": to_iso(when),
        "started": to_iso(when),
        "finished": to_iso(when + timedelta(seconds=used)),
        "deck": deck,
        "question_id": f"{deck}-{number + 1:03d}",
        "question": QUESTIONS[deck][number],
        "mode": rng.choice(["typed", "spoken"]),
        "limit_s": limit,
        "used_s": used,
        "overtime_s": round(max(0.0, used - limit), 1),
        "paused_s": round(rng.uniform(0, 20), 1),
        "answer": answer,
        "feedback": {
            "words": len(answer.split()),
            "fillers": len(fillers),
            "filler_words": fillers,
            "hedges": rng.randint(0, 4),
            "numbers": sum(word.isdigit() for word in answer.split()),
            "sentences": answer.count("."),
            "wpm": round(len(answer.split()) / used * 60, 1),
            "star": {k: rng.random() < 0.8 for k in ("situation", "task", "action", "result")},
        },
        "rating": rng.randint(1, 5),
        "note": rng.choice(NOTES),
        "company": rng.choice(COMPANIES),
        "role": rng.choice(ROLES),
    }


def make_sessions(
    count: int, chars: tuple[int, int] = (600, 700), seed: int = 2026
) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 8, tzinfo=UTC)
    return [make_session(rng, start + timedelta(hours=3 * i), chars) for i in range(count)]


def timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock milliseconds of `runs` calls of `action`, one figure per call."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_coach_save(path: Path, sessions: list[dict[str, Any]], runs: int) -> list[float]:
    """`Store.put` of one changed session into the big database (write+fsync+rename)."""
    rng = random.Random(7)
    with Store.open(path) as store:

        def save() -> None:
            changed = dict(rng.choice(sessions), rating=rng.randint(1, 5), note="revisited")
            store.put("sessions", changed)

        return timed_ms(save, runs)


def bench_tinydb_insert(path: Path, source: Path, runs: int) -> list[float]:
    """TinyDB's default JSONStorage: each insert re-reads and rewrites the whole file."""
    path.write_text(json.dumps(json.loads(source.read_bytes())), encoding="utf-8")
    extra = make_sessions(runs, seed=99)  # new ids, so each call is a real insert
    with TinyDB(path) as db:
        table = db.table("sessions")
        return timed_ms(lambda: table.insert(extra.pop()), runs)


def home_drawn(screen: pyte.Screen) -> bool:
    """Home's first full frame: its last line and the footer."""
    text = "\n".join(screen.display)
    return "Your data:" in text and "Quit" in text


def home_usable(screen: pyte.Screen) -> bool:
    """Home is usable: drawn, and its figures (worked out after the first frame) shown."""
    return home_drawn(screen) and " in all" in "\n".join(screen.display)


# COLUMNS/LINES would override the terminal's size. PYTHONDONTWRITEBYTECODE (set on some
# sandboxes) would make every start compile each source file changed since its last
# cached bytecode, a cost no installed copy pays: the warm-up run writes the caches.
NOT_PASSED_ON = ("COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE")


def terminal_env() -> dict[str, str]:
    """The caller's environment as a 100x30 xterm that caches bytecode like a user's."""
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    env["TERM"] = "xterm-256color"
    return env


def time_first_frame(
    command: str,
    args: list[str],
    drawn: Callable[[pyte.Screen], bool],
    timeout: float = 60.0,
) -> float:
    """Seconds from spawning `command args` until `drawn(screen)`; then ctrl+q and wait.

    Shared by every start-up figure, so coach and the minimal Textual app are timed by
    the same code: same terminal size, same emulator, same stopping rule.
    """
    screen = pyte.Screen(COLUMNS, ROWS)
    stream = pyte.ByteStream(screen)
    start = time.perf_counter()
    child = pexpect.spawn(command, args, dimensions=(ROWS, COLUMNS), env=terminal_env())
    try:
        while True:
            if time.perf_counter() - start > timeout:
                raise RuntimeError(
                    f"no first frame after {timeout:.0f} s:\n" + "\n".join(screen.display)
                )
            try:
                stream.feed(child.read_nonblocking(65536, timeout=0.5))
            except pexpect.TIMEOUT:
                continue
            if drawn(screen):
                elapsed = time.perf_counter() - start
                break
        child.send("\x11")  # ctrl+q
        child.expect(pexpect.EOF, timeout=timeout)
    finally:
        child.close(force=True)  # waits for the exit, so coach's file lock is free again
    if child.exitstatus != 0:
        raise RuntimeError(
            f"{command} exited with {child.exitstatus} (signal {child.signalstatus})"
        )
    return elapsed


def time_startup(
    coach: Path, database: Path, timeout: float = 60.0, *, usable: bool = False
) -> float:
    """Seconds from spawning `coach --db` to a fully drawn home screen (with `usable`, to
    its figures shown too); then quit it."""
    drawn = home_usable if usable else home_drawn
    return time_first_frame(str(coach), ["--db", str(database)], drawn, timeout)


def bench_startup(coach: Path, empty: Path, big: Path, runs: int) -> dict[str, list[float]]:
    """Alternate empty and big runs (order swapped every round) after one warm-up each."""
    files = {"empty": empty, "10k": big}
    for database in files.values():
        time_startup(coach, database)  # warm-up: bytecode and disk caches
    times: dict[str, list[float]] = {name: [] for name in files}
    for round_number in range(runs):
        order = list(files) if round_number % 2 == 0 else list(reversed(files))
        for name in order:
            times[name].append(time_startup(coach, files[name]) * 1000)
    return times


def describe(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):7.1f} ms  "
        f"(min {min(times):.1f}, max {max(times):.1f}, n={len(times)})"
    )


Row = tuple[str, str, str, str]


def print_table(rows: list[Row]) -> None:
    header = ("figure", "measured", "target", "")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def coach_command() -> Path:
    """The installed `coach` next to this Python; the start-up figures time the real command."""
    coach = Path(sys.executable).parent / "coach"
    if not coach.exists():
        raise SystemExit(f"{coach} not found: install coach into this Python's environment")
    return coach


def build_database(
    path: Path, count: int, chars: tuple[int, int] = (600, 700)
) -> list[dict[str, Any]]:
    """Write `count` seeded sessions to `path` with the real API; return the sessions."""
    sessions = make_sessions(count, chars)
    with Store.open(path) as store:
        store.import_tables({"sessions": sessions})
    return sessions


@dataclass
class StoreFigures:
    """What `run` measured: the file's size and every timing in milliseconds."""

    size_mb: float
    coach_save: list[float]
    tinydb_save: list[float]
    startup: dict[str, list[float]]

    def rows(self) -> list[Row]:
        save, baseline = statistics.median(self.coach_save), statistics.median(self.tinydb_save)
        empty, big = (
            statistics.median(self.startup["empty"]),
            statistics.median(self.startup["10k"]),
        )
        ratio = big / empty
        return [
            ("database size", f"{self.size_mb:.1f} MB", "~9 MB", ""),
            (
                "coach save at 10k, median",
                f"{save:.1f} ms (max {max(self.coach_save):.1f}, n={len(self.coach_save)})",
                f"<= {SAVE_TARGET_MS:.0f} ms",
                mark(save <= SAVE_TARGET_MS),
            ),
            ("TinyDB insert, median", f"{baseline:.1f} ms", "(baseline)", ""),
            ("TinyDB / coach save", f"{baseline / save:.1f}x", "(higher is better)", ""),
            ("start-up empty, median", f"{empty:.0f} ms", "", ""),
            ("start-up 10k, median", f"{big:.0f} ms", "", ""),
            # three places, so 1.304 does not read as "1.30 MISSED"
            (
                "start-up 10k / empty",
                f"{ratio:.3f}x",
                f"<= {STARTUP_RATIO_TARGET}x",
                mark(ratio <= STARTUP_RATIO_TARGET),
            ),
        ]


def run(
    folder: Path,
    big: Path,
    sessions: list[dict[str, Any]],
    save_runs: int,
    startup_runs: int,
    log: Callable[[str], None] = print,
) -> StoreFigures:
    """Saves on `big` (already holding `sessions`), TinyDB's insert, then start-ups.

    Scratch files (the TinyDB copy, the empty database) go into `folder`.
    """
    coach = coach_command()
    empty = Path(folder, "empty.json")
    Store.open(empty).close()
    size_mb = big.stat().st_size / 1e6
    log(f"timing {save_runs} saves each ...")
    coach_save = bench_coach_save(big, sessions, save_runs)
    tinydb_save = bench_tinydb_insert(Path(folder, "tinydb.json"), big, save_runs)
    log(f"  coach Store.put      {describe(coach_save)}")
    log(f"  TinyDB JSONStorage   {describe(tinydb_save)}")
    log(f"timing {startup_runs} start-ups each (+1 warm-up) ...")
    startup = bench_startup(coach, empty, big, startup_runs)
    for name, times in startup.items():
        log(f"  start-up {name:<6}      {describe(times)}")
    return StoreFigures(size_mb, coach_save, tinydb_save, startup)


def progress(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="sessions in the big file")
    parser.add_argument("--save-runs", type=int, default=25, help="saves timed per store")
    parser.add_argument("--startup-runs", type=int, default=7, help="start-ups timed per file")
    parser.add_argument(
        "--answer-chars", type=int, nargs=2, default=[600, 700], help="answer length range"
    )
    args = parser.parse_args()
    coach_command()  # fail before building anything

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        big = Path(folder, "big.json")
        progress(f"building {args.sessions:,} sessions ...")
        sessions = build_database(big, args.sessions, tuple(args.answer_chars))
        progress(f"database: {big.stat().st_size / 1e6:.2f} MB ({big.stat().st_size:,} bytes)")
        figures = run(Path(folder), big, sessions, args.save_runs, args.startup_runs, progress)
    print()
    print_table(figures.rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
