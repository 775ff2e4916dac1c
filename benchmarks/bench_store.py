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
    text = "\n".join(screen.display)
    return "Your data:" in text and "Quit" in text


def time_startup(coach: Path, database: Path, timeout: float = 60.0) -> float:
    """Seconds from spawning `coach --db` to a fully drawn home screen; then quit it."""
    screen = pyte.Screen(COLUMNS, ROWS)
    stream = pyte.ByteStream(screen)
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["TERM"] = "xterm-256color"
    start = time.perf_counter()
    child = pexpect.spawn(str(coach), ["--db", str(database)], dimensions=(ROWS, COLUMNS), env=env)
    try:
        while True:
            if time.perf_counter() - start > timeout:
                raise RuntimeError(
                    f"no home screen after {timeout:.0f} s:\n" + "\n".join(screen.display)
                )
            try:
                stream.feed(child.read_nonblocking(65536, timeout=0.5))
            except pexpect.TIMEOUT:
                continue
            if home_drawn(screen):
                elapsed = time.perf_counter() - start
                break
        child.send("\x11")  # ctrl+q
        child.expect(pexpect.EOF, timeout=timeout)
    finally:
        child.close(force=True)  # waits for the exit, so the file lock is free again
    if child.exitstatus != 0:
        raise RuntimeError(f"coach exited with {child.exitstatus} (signal {child.signalstatus})")
    return elapsed


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


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("figure", "measured", "target", "")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="sessions in the big file")
    parser.add_argument("--save-runs", type=int, default=25, help="saves timed per store")
    parser.add_argument("--startup-runs", type=int, default=7, help="start-ups timed per file")
    parser.add_argument(
        "--answer-chars", type=int, nargs=2, default=[600, 700], help="answer length range"
    )
    args = parser.parse_args()
    coach = Path(sys.executable).parent / "coach"
    if not coach.exists():
        parser.error(f"{coach} not found: install coach into this Python's environment")

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as folder:
        big, empty = Path(folder, "big.json"), Path(folder, "empty.json")
        print(f"building {args.sessions:,} sessions ...", flush=True)
        sessions = make_sessions(args.sessions, tuple(args.answer_chars))
        with Store.open(big) as store:
            store.import_tables({"sessions": sessions})
        Store.open(empty).close()
        size_mb = big.stat().st_size / 1e6
        print(f"database: {size_mb:.2f} MB ({big.stat().st_size:,} bytes)")

        print(f"timing {args.save_runs} saves each ...", flush=True)
        coach_save = bench_coach_save(big, sessions, args.save_runs)
        tinydb_save = bench_tinydb_insert(Path(folder, "tinydb.json"), big, args.save_runs)
        print(f"  coach Store.put      {describe(coach_save)}")
        print(f"  TinyDB JSONStorage   {describe(tinydb_save)}")

        print(f"timing {args.startup_runs} start-ups each (+1 warm-up) ...", flush=True)
        startup = bench_startup(coach, empty, big, args.startup_runs)
        for name, times in startup.items():
            print(f"  start-up {name:<6}      {describe(times)}")

    save, baseline = statistics.median(coach_save), statistics.median(tinydb_save)
    start_empty, start_big = statistics.median(startup["empty"]), statistics.median(startup["10k"])
    ratio = start_big / start_empty
    ratio_text = f"{ratio:.3f}x"  # three places, so 1.304 does not read as "1.30 MISSED"
    save_ok, ratio_ok = save <= SAVE_TARGET_MS, ratio <= STARTUP_RATIO_TARGET
    print()
    print_table(
        [
            ("database size", f"{size_mb:.1f} MB", "~9 MB", ""),
            ("coach save, median", f"{save:.1f} ms", f"<= {SAVE_TARGET_MS:.0f} ms", mark(save_ok)),
            ("TinyDB insert, median", f"{baseline:.1f} ms", "(baseline)", ""),
            ("TinyDB / coach save", f"{baseline / save:.1f}x", "(higher is better)", ""),
            ("start-up empty, median", f"{start_empty:.0f} ms", "", ""),
            ("start-up 10k, median", f"{start_big:.0f} ms", "", ""),
            ("start-up 10k / empty", ratio_text, f"<= {STARTUP_RATIO_TARGET}x", mark(ratio_ok)),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
