"""Scoring the analysis against labelled answers: precision, recall and F1 per figure.

The labels follow an interview coach's conventions (the `conventions` text in each file
under tests/data/). Counts are compared as multisets of names; figures are matched one to
one, a figure found matching a labelled one when either text contains the other ("two"
for "two months"); STAR parts are scored as present/absent over behavioural answers.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
KINDS = ("fillers", "hedges", "cliches", "figures", "star")
# Tables printed at the end of the run (tests/conftest.py), one per labelled file.
REPORTS: dict[str, str] = {}


@dataclass
class Score:
    found: int = 0
    wrong: int = 0
    missed: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / (self.found + self.wrong) if self.found + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))["cases"]
    return cases


def same_figure(found: str, labelled: str) -> bool:
    a, b = (" ".join(s.lower().replace("\u2013", "-").split()) for s in (found, labelled))
    return a in b or b in a


def score(cases: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, Any]:
    """Every figure's score, and how many word counts were exact."""
    scores = {kind: Score() for kind in KINDS}
    exact = 0
    for case, result in zip(cases, results, strict=True):
        labels = case["labels"]
        exact += labels["words"] == result["words"]
        for kind in ("fillers", "hedges", "cliches"):
            want, got = Counter(labels[kind]), Counter(result[kind])
            s = scores[kind]
            s.found += sum((want & got).values())
            s.wrong += sum((got - want).values())
            s.missed += sum((want - got).values())
            if want != got:
                s.misses.append(f"{case['id']}: want {dict(want)}, got {dict(got)}")
        left = list(labels["figures"])
        for figure in result["figures"]:
            match = next((label for label in left if same_figure(figure, label)), None)
            if match is None:
                scores["figures"].wrong += 1
                scores["figures"].misses.append(f"{case['id']}: extra {figure!r}")
            else:
                left.remove(match)
                scores["figures"].found += 1
        scores["figures"].missed += len(left)
        scores["figures"].misses += [f"{case['id']}: missed {label!r}" for label in left]
        if labels["star"] is not None:
            for part, present in labels["star"].items():
                got_part = bool((result["star"] or {}).get(part))
                s = scores["star"]
                s.found += present and got_part
                s.wrong += got_part and not present
                s.missed += present and not got_part
                if got_part != present:
                    s.misses.append(f"{case['id']}: {part} should be {present}")
    return {"scores": scores, "exact_words": exact, "cases": len(cases)}


def table(title: str, measured: dict[str, Any]) -> str:
    lines = [title, f"{'figure':<10} {'precision':>9} {'recall':>7} {'F1':>6}"]
    for kind, s in measured["scores"].items():
        lines.append(f"{kind:<10} {s.precision:>9.2f} {s.recall:>7.2f} {s.f1:>6.2f}")
    lines.append(f"word count exact: {measured['exact_words']} / {measured['cases']}")
    return "\n".join(lines)
