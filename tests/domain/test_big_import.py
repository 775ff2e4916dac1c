"""A year and more of practice (10,000 sessions) imports whole, and importing it again adds
nothing: the merge must be idempotent at the size a keen user really reaches, not only on
the handful of records the other tests use."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from coach.cli import main
from coach.store import Store

COUNT = 10_000
START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)
DECKS = ("behavioural", "technical", "company", "closing")


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def realistic_session(number: int) -> dict[str, object]:
    """A small typed session like the app saves, a little over an hour after the last."""
    started = START + timedelta(minutes=67 * number)
    finished = started + timedelta(seconds=95)
    answer = (
        f"In my last role I led project {number % 97}, um, a migration that cut costs by "
        f"{number % 40}% in {2020 + number % 5}. I think the key was talking to the team early."
    )
    return {
        "id": f"{number:032x}",
        "started": stamp(started),
        "finished": stamp(finished),
        "deck": DECKS[number % len(DECKS)],
        "question_id": f"q{number % 120}",
        "question": f"Tell me about a time you handled challenge {number % 120}.",
        "mode": "spoken" if number % 9 == 0 else "typed",
        "limit_s": 90,
        "used_s": 95.0,
        "overtime_s": 5.0,
        "paused_s": 0.0,
        "answer": answer,
        "feedback": {"words": 33, "filler_count": 1, "hedge_count": 1, "limit_seconds": 90},
        "rating": number % 5 + 1 if number % 3 else None,
        "note": "" if number % 4 else "slow down at the start",
        "company": "Acme",
        "role": "Engineer",
        "mock_id": "",
        "created": stamp(finished),
        "updated": stamp(finished + timedelta(minutes=1)),
    }


def test_ten_thousand_sessions_import_once_and_only_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    began = time.monotonic()
    sessions = [realistic_session(n) for n in range(COUNT)]
    export = {
        "format": "coach-export",
        "schema": 1,
        "exported": stamp(START + timedelta(days=500)),
        "tables": {"sessions": sessions},
    }
    source = tmp_path / "backup.json"
    source.write_bytes(orjson.dumps(export))
    db = tmp_path / "fresh" / "coach.json"

    assert main(["--db", str(db), "import", str(source)]) == 0
    assert f"sessions: {COUNT} added, 0 updated" in capsys.readouterr().err
    first = db.read_bytes()

    assert main(["--db", str(db), "import", str(source)]) == 0
    assert f"nothing new ({COUNT} records already here)" in capsys.readouterr().err
    assert db.read_bytes() == first

    with Store.open(db, read_only=True) as store:
        assert store.count("sessions") == COUNT
        assert store.get("sessions", sessions[-1]["id"]) == sessions[-1]
    assert time.monotonic() - began < 15
