"""How long `coach.feedback.analyze` takes on a 1 MB answer, against a trivial pass.

A huge paste must not freeze the screen. This builds about 1 MB of varied interview prose
(fillers, hedges, numbers, names, long and short sentences), times `analyze` on it and, in
the same run, `len(text.split())` as a floor. It only measures and prints:

    .venv/bin/python benchmarks/bench_feedback.py
"""

from __future__ import annotations

import random
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import Row, mark, print_table, timed_ms

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


@dataclass
class FeedbackFigures:
    """`analyze` and the trivial baseline on the same text, in milliseconds per run."""

    size_mb: float
    analyze: list[float]
    baseline: list[float]

    def rows(self) -> list[Row]:
        median, floor = statistics.median(self.analyze), statistics.median(self.baseline)
        return [
            ("answer text size", f"{self.size_mb:.2f} MB", "~1 MB", ""),
            (
                "analyze 1 MB answer, median",
                f"{median:.1f} ms (min {min(self.analyze):.1f}, n={len(self.analyze)})",
                f"<= {TARGET_MS:.0f} ms",
                mark(median <= TARGET_MS),
            ),
            ("len(text.split()), median", f"{floor:.1f} ms", "(baseline)", ""),
            ("analyze / baseline", f"{median / floor:.1f}x", "", ""),
        ]


def run(runs: int = RUNS, size: int = SIZE) -> FeedbackFigures:
    """Time `analyze` (all options on) and `len(text.split())`, `runs` times each."""
    text = build_text(size)
    analyze(text)  # warm-up
    full = timed_ms(lambda: analyze(text, company="Acme", role="analyst", behavioural=True), runs)
    floor = timed_ms(lambda: len(text.split()), runs)
    return FeedbackFigures(len(text.encode()) / 1e6, full, floor)


def main() -> int:
    print_table(run().rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
