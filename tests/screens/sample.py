"""Fixed sample sessions for history tests and snapshots: the same data every run."""

from __future__ import annotations

from datetime import timedelta

from coach.clock import to_iso
from coach.store import Store
from tests.conftest import FROZEN_NOW

SAMPLE = [
    # (days ago, question id, question, deck, answer, rating, used, limit, words, fillers)
    (
        9,
        "job-interests",
        "What are your professional interests?",
        "job",
        "Um, I like data. I think I want to build things.",
        2,
        40.0,
        90,
        10,
        1,
    ),
    (
        6,
        "job-interests",
        "What are your professional interests?",
        "job",
        "I build data tools; at Acme I cut report time by 40% in 2023.",
        4,
        61.5,
        90,
        13,
        0,
    ),
    (
        5,
        "job-disagreement",
        "Tell me about a time you disagreed with a colleague.",
        "job",
        "We disagreed about the release date, so I shared the test results.",
        3,
        130.0,
        120,
        12,
        0,
    ),
    (
        2,
        "informational-day",
        "What does a typical day look like for you?",
        "informational",
        "Asked aloud; notes: meetings in the morning.",
        None,
        35.0,
        60,
        7,
        0,
    ),
    (
        1,
        "job-interests",
        "What are your professional interests?",
        "job",
        "Data platforms, and teaching others to use them; last year I ran 6 workshops.",
        5,
        75.0,
        90,
        13,
        0,
    ),
]


def add_sample(store: Store) -> list[str]:
    """Put the sample sessions in the store; return their ids, oldest first."""
    ids = []
    for number, (
        days,
        qid,
        question,
        deck,
        answer,
        rating,
        used,
        limit,
        words,
        fillers,
    ) in enumerate(SAMPLE):
        finished = FROZEN_NOW - timedelta(days=days)
        session_id = f"sample-{number}"
        store.put(
            "sessions",
            {
                "id": session_id,
                "started": to_iso(finished - timedelta(seconds=used)),
                "finished": to_iso(finished),
                "deck": deck,
                "question_id": qid,
                "question": question,
                "mode": "spoken" if deck == "informational" else "typed",
                "limit_s": limit,
                "used_s": used,
                "overtime_s": max(0.0, used - limit),
                "paused_s": 0.0,
                "answer": answer,
                "feedback": {"words": words, "filler_count": fillers, "limit_seconds": limit},
                "rating": rating,
                "note": "",
                "company": "",
                "role": "",
            },
        )
        ids.append(session_id)
    return ids
