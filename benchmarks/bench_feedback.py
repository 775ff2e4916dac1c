"""How long `coach.feedback.analyze` takes on a 1 MB answer, against a trivial pass.

A huge paste must not freeze the screen. This builds about 1 MB of varied interview prose
(fillers, hedges, numbers, names, long and short sentences), times `analyze` on it and, in
the same run, `len(text.split())` as a floor. It only measures and prints:

    .venv/bin/python benchmarks/bench_feedback.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from coach.feedback import analyze

TARGET_MS = 100.0
RUNS = 10
SIZE = 1_000_000
SENTENCES = [
    "Um, so at my last job at Acme Corp we were facing a backlog of {n} tickets.",
    "I think the problem was, like, nobody owned the billing pipeline in {year}.",
    "So I built a small dashboard in Python and I led a weekly review with the team.",
    "We reduced the error rate by {n}% and saved about ${n}k a quarter, you know.",
    "Basically I was responsible for the migration, and maybe that was sort of risky.",
    "As a result, the support team at Globex could answer {n} more customers a day.",
    "I like working with data, and I learned to ask for help earlier, I guess.",
    "Actually the hardest part was agreeing on what done meant before we started, "
    "because every one of the {n} people involved had a slightly different idea of "
    "what the outcome should be and nobody had written it down anywhere at all.",
    "In the end we shipped on time, which led to a {n} percent rise in renewals.",
    "Honestly, I'm a team player and I kind of enjoy untangling messy problems.",
]


def build_text(size: int, seed: int = 2026) -> str:
    """About `size` characters of answer prose, in paragraphs of a few sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(SENTENCES).format(n=rng.randint(2, 90), year=rng.randint(2015, 2025))
        parts.append(sentence + ("\n\n" if rng.random() < 0.2 else " "))
        length += len(parts[-1])
    return "".join(parts)


def timed_ms(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    text = build_text(SIZE)
    analyze(text)  # warm-up
    full = timed_ms(lambda: analyze(text, company="Acme", role="analyst", behavioural=True), RUNS)
    floor = timed_ms(lambda: len(text.split()), RUNS)
    median, baseline = statistics.median(full), statistics.median(floor)
    rows = [
        ("text size", f"{len(text.encode()) / 1e6:.2f} MB", "~1 MB", ""),
        ("analyze, median", f"{median:.1f} ms", f"<= {TARGET_MS:.0f} ms", mark(median)),
        ("analyze, min", f"{min(full):.1f} ms", "", ""),
        ("len(text.split()), median", f"{baseline:.1f} ms", "(baseline)", ""),
        ("analyze / baseline", f"{median / baseline:.1f}x", "", ""),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    return 0


def mark(milliseconds: float) -> str:
    return "ok" if milliseconds <= TARGET_MS else "MISSED"


if __name__ == "__main__":
    raise SystemExit(main())
