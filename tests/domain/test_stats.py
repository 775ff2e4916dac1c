"""`coach stats`: totals, the week, the streak and ratings, at a fixed moment in UTC.

`now` is Wednesday 25 November 2026, 12:00 UTC, so the week began on Monday the 23rd.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest

from coach import cli
from coach.cli import main
from coach.stats import compute_stats, render_stats
from coach.store import Store

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def at(stamp: str, **fields: object) -> dict[str, object]:
    """A session started at `stamp` (`MM-DD HH:MM` in 2026, UTC)."""
    month_day, clock = stamp.split()
    record: dict[str, object] = {
        "id": f"{stamp}-{fields.get('question_id', 'q')}",
        "started": f"2026-{month_day}T{clock}:00+00:00",
        "deck": "behavioural",
        "question_id": "q1",
        "question": "Tell me about a conflict",
        "rating": None,
    }
    record.update(fields)
    return record


def stats_of(*sessions: dict[str, object], tz: timezone = UTC):
    return compute_stats(list(sessions), NOW, tz)


def test_totals_and_the_week_boundary():
    stats = stats_of(
        at("11-01 10:00"),
        at("11-22 23:59"),  # Sunday: last week
        at("11-23 00:00"),  # Monday midnight: this week
        at("11-25 08:00"),
    )
    assert stats.total_sessions == 4
    assert stats.this_week == 2
    assert stats.week_start == "2026-11-23"
    assert stats.today == "2026-11-25"


def test_streak_counts_today():
    stats = stats_of(at("11-23 09:00"), at("11-24 09:00"), at("11-25 09:00"), at("11-25 10:00"))
    assert (stats.streak_days, stats.streak_ends) == (3, "today")


def test_a_gap_breaks_the_streak():
    stats = stats_of(at("11-20 09:00"), at("11-21 09:00"), at("11-23 09:00"), at("11-25 09:00"))
    assert (stats.streak_days, stats.streak_ends) == (1, "today")


def test_streak_ends_yesterday_when_nothing_yet_today():
    stats = stats_of(at("11-22 09:00"), at("11-23 09:00"), at("11-24 21:00"))
    assert (stats.streak_days, stats.streak_ends) == (3, "yesterday")


def test_no_streak_when_the_last_session_was_before_yesterday():
    stats = stats_of(at("11-22 09:00"), at("11-23 09:00"))
    assert (stats.streak_days, stats.streak_ends) == (0, "none")


def test_days_are_local_days():
    late = at("11-24 23:30")  # already the 25th two hours east of UTC
    assert stats_of(late).streak_ends == "yesterday"
    assert stats_of(late, tz=timezone(timedelta(hours=2))).streak_ends == "today"


def test_averages_ignore_unrated_sessions():
    stats = stats_of(
        at("11-20 09:00", rating=2),
        at("11-21 09:00", rating=5),
        at("11-22 09:00"),
        at("11-23 09:00", rating=True),  # hand-edited: not a rating
        at("11-24 09:00", rating=9),
    )
    assert stats.rated_sessions == 2
    assert stats.average_rating == 3.5


def test_no_ratings_give_no_average():
    assert stats_of(at("11-20 09:00")).average_rating is None


def test_per_deck_counts_and_averages():
    stats = stats_of(
        at("11-20 09:00", deck="technical", rating=3),
        at("11-21 09:00", deck="behavioural", rating=4),
        at("11-22 09:00", deck="behavioural", rating=5),
        at("11-23 09:00", deck="behavioural"),
    )
    decks = {d.deck: (d.sessions, d.rated, d.average_rating) for d in stats.decks}
    assert decks == {"behavioural": (3, 2, 4.5), "technical": (1, 1, 3.0)}
    assert [d.deck for d in stats.decks] == ["behavioural", "technical"]  # busiest first


def test_per_question_best_last_and_average():
    stats = stats_of(
        at("11-24 09:00", question_id="q1"),  # the latest attempt, unrated
        at("11-20 09:00", question_id="q1", rating=2),
        at("11-22 09:00", question_id="q1", rating=5),
        at("11-23 09:00", question_id="q1", rating=3),
        at("11-25 09:00", question_id="q2", question="Why us?", deck="company"),
    )
    first, second = stats.questions
    assert (first.question_id, first.question, first.attempts) == ("q2", "Why us?", 1)
    assert (first.best_rating, first.last_rating, first.average_rating) == (None, None, None)
    assert second.question_id == "q1"
    assert second.attempts == 4
    assert (second.best_rating, second.last_rating, second.average_rating) == (5, 3, 3.33)
    assert second.last_practised == "2026-11-24T09:00:00+00:00"


def test_render_for_people():
    text = render_stats(stats_of(at("11-24 09:00", rating=4), at("11-25 09:00")))
    assert "2 in all, 2 this week (since Monday 23 November)" in text
    assert "2 days, up to today" in text
    assert "4 average from 1 rated" in text
    assert "Tell me about a conflict" in text
    assert render_stats(stats_of()).startswith("No practice sessions yet")


# -- through the command line ---------------------------------------------------------------


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "system_clock", lambda: NOW)


def test_stats_json_through_main_gives_the_same_figures(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fixed_now: None
):
    sessions = [
        at("11-23 09:00", rating=4, answer="long answer " * 50),
        at("11-24 09:00", rating=2, question_id="q2", deck="technical"),
        at("11-25 09:00"),
    ]
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        for record in sessions:
            store.put("sessions", record)
    assert main(["--db", str(db), "stats", "--json"]) == 0
    shown = orjson.loads(capsysbinary.readouterr().out)
    assert shown == compute_stats(sessions, NOW, UTC).to_dict()
    assert (shown["total_sessions"], shown["streak_days"], shown["average_rating"]) == (3, 3, 3.0)


def test_stats_text_through_main(tmp_path: Path, capsys, fixed_now: None):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", at("11-25 09:00", rating=5))
    assert main(["--db", str(db), "stats"]) == 0
    assert "1 in all, 1 this week" in capsys.readouterr().out


def test_an_empty_database_gives_zeros(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes], fixed_now: None
):
    db = tmp_path / "coach.json"
    with Store.open(db):
        pass
    assert main(["--db", str(db), "stats", "--json"]) == 0
    shown = orjson.loads(capsysbinary.readouterr().out)
    assert shown["total_sessions"] == shown["this_week"] == shown["streak_days"] == 0
    assert shown["average_rating"] is None
    assert shown["decks"] == shown["questions"] == []


def test_stats_before_any_practice_say_so_and_create_nothing(tmp_path: Path, capsys):
    missing = tmp_path / "none.json"
    assert main(["--db", str(missing), "stats"]) == 0
    assert "No practice sessions yet" in capsys.readouterr().out
    assert not missing.exists()
    assert main(["--db", str(missing), "stats", "--json"]) == 0
    assert '"total_sessions": 0' in capsys.readouterr().out


def test_export_of_a_missing_database_is_still_refused(tmp_path: Path, capsys):
    missing = tmp_path / "none.json"
    assert main(["--db", str(missing), "export"]) == 1
    assert "no database there yet" in capsys.readouterr().err
