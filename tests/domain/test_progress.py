"""Trends over the history's rows: each series in time order, one line per question."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from coach.history import make_rows
from coach.progress import per_question, rating_trend, series


def record(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"s{n}",
        "finished": f"2026-11-{n:02d}T10:00:00+00:00",
        "question_id": "q1",
        "question": "Tell me about yourself",
        **fields,
    }


RECORDS = [
    record(3, rating=4, overtime_s=0, **{"feedback.words": 200, "feedback.filler_count": 4}),
    record(1, rating=2, overtime_s=12, **{"feedback.words": 100, "feedback.filler_count": 5}),
    record(
        2,
        overtime_s=3,
        **{
            "feedback.words": 0,
            "feedback.speech.wpm": 150.4,
            "feedback.speech.um_uh_per_minute": 2.5,
        },
    ),
    record(4, question_id="q2", question="Why us?", rating=5, **{"feedback.words": 50}),
]


def test_series_run_oldest_first_and_skip_what_was_not_counted() -> None:
    found = series(make_rows(RECORDS, None))
    assert found.ratings == [2.0, 4.0, 5.0]
    assert found.overtime == [12.0, 3.0, 0.0, 0.0]
    assert found.fillers_per_100 == [5.0, 2.0, 0.0]
    assert found.pace_wpm == [150.4]
    assert found.um_uh_per_minute == [2.5]


def test_per_question_counts_best_last_and_average() -> None:
    first, second = per_question(make_rows(RECORDS, None))
    assert (first.question_id, first.attempts, first.best, first.last) == ("q1", 3, 4, 4)
    assert first.average == 3.0
    assert (second.question_id, second.attempts, second.average) == ("q2", 1, 5.0)


def test_home_s_trend_from_light_records_is_the_series_ratings() -> None:
    light = [{k: r.get(k) for k in ("finished", "rating", "question_id")} for r in RECORDS]
    assert rating_trend(light) == series(make_rows(RECORDS, None)).ratings


@given(st.lists(st.tuples(st.integers(1, 28), st.one_of(st.none(), st.integers(1, 5)))))
def test_both_ways_of_reading_ratings_agree(attempts: list[tuple[int, int | None]]) -> None:
    records = [record(day, rating=rating) for day, rating in attempts]
    assert rating_trend(records) == series(make_rows(records, None)).ratings
