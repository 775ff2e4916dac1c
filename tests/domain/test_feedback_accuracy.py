"""The analysis measured on answers an interview coach labelled: a table and a floor.

Two sets: the coach's development set (tests/data/feedback-dev-cases.json) and 120 more
answers labelled blind by a second labeller following the same conventions
(feedback-own-cases.json). The floors sit a little under today's figures so that a
regression fails here; the tables are printed at the end of every run.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coach.feedback import analyze
from tests.accuracy import REPORTS, load, score, table

FLOORS = {
    "feedback-dev-cases.json": {"f1": 0.95, "words": 29},
    "feedback-own-cases.json": {"f1": 0.93, "words": 116},
}


def analysed(case: dict) -> dict:
    return analyze(
        case["text"], question=case["question"], behavioural=case["behavioural"] or None
    ).to_dict()


@pytest.mark.parametrize("name", list(FLOORS))
def test_the_analysis_meets_its_floor_on_labelled_answers(name: str):
    cases = load(name)
    measured = score(cases, [analysed(case) for case in cases])
    REPORTS[name] = table(f"Answer analysis on {name} ({len(cases)} answers)", measured)
    floor = FLOORS[name]
    below = {
        kind: f"{s.f1:.2f}: " + "; ".join(s.misses[:6])
        for kind, s in measured["scores"].items()
        if s.f1 < floor["f1"]
    }
    assert not below, below
    assert measured["exact_words"] >= floor["words"]


def test_coach_analyze_gives_the_same_figures_as_the_app():
    """Through the installed command, with --question and --behavioural, as users run it."""
    for case in load("feedback-dev-cases.json")[:8]:
        command = [sys.executable, "-m", "coach", "analyze", "-", "--json"]
        command += ["--question", case["question"]]
        command += ["--behavioural"] if case["behavioural"] else []
        done = subprocess.run(command, input=case["text"].encode(), capture_output=True, check=True)
        assert json.loads(done.stdout) == analysed(case)


def test_coach_analyze_loads_neither_the_store_nor_textual():
    probe = (
        "import sys, io; sys.stdin = io.TextIOWrapper(io.BytesIO(b'I led it.'));"
        "from coach.cli import main; main(['analyze', '-', '--json']);"
        "bad = [m for m in sys.modules if m.startswith(('textual', 'tinydb', 'coach.store'))];"
        "sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True)
    assert done.returncode == 0, done.stderr
