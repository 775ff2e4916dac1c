"""Sessions as CSV and Markdown: every session there, values exact, structure unbreakable.

A spreadsheet must get exactly one row per session with the text intact, and must never
run a cell as a formula; the journal must hold every answer inside its own quote, whatever
the answer contains. Hand-edited records give blanks, never a failed export.
"""

from __future__ import annotations

import csv
import io
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.cli import main
from coach.export import FORMATS, render_export, sessions_csv, sessions_markdown
from coach.feedback import analyze
from coach.store import Store

COLUMNS = [
    "id", "started", "finished", "deck", "deck_name", "question_id", "question", "mode", "limit_s",
    "used_s", "overtime_s", "paused_s", "words", "fillers", "hedges", "rating", "note",
    "company", "role", "answer", "transcript",
]  # fmt: skip

AWKWARD = 'Led the 🚀 launch, "fast" — مرحبا بالعالم 👩🏽‍💻\nsecond, line\r\nthird "quoted", end'


def session(number: int, **fields: object) -> dict[str, object]:
    """A realistic typed session, started `number` hours after 2026-11-20 08:00 UTC."""
    started = f"2026-11-20T{8 + number:02d}:00:00+00:00"
    answer = str(fields.get("answer", f"Um, I think answer {number} went well."))
    record: dict[str, object] = {
        "id": f"s{number}",
        "started": started,
        "finished": started.replace(":00:00+", ":01:30+"),
        "deck": "behavioural",
        "question_id": f"q{number}",
        "question": f"Question {number}?",
        "mode": "typed",
        "limit_s": 90,
        "used_s": 90.5,
        "overtime_s": 0.5,
        "paused_s": 0.0,
        "answer": answer,
        "feedback": analyze(answer, limit_seconds=90).to_dict(),
        "rating": 4,
        "note": "",
        "company": "Acme",
        "role": "PM",
    }
    record.update(fields)
    return record


def read_csv(text: str) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    assert reader.fieldnames == COLUMNS
    return rows


# -- CSV ------------------------------------------------------------------------------------


def test_csv_has_exactly_the_columns_and_a_row_per_session():
    rows = read_csv(sessions_csv([session(n) for n in range(5)]))
    assert [row["id"] for row in rows] == [f"s{n}" for n in range(5)]


def test_csv_values_are_the_stored_ones():
    record = session(1, note="keep it short", paused_s=12.25)
    (row,) = read_csv(sessions_csv([record]))
    assert row == {
        "id": "s1",
        "started": "2026-11-20T09:00:00+00:00",
        "finished": "2026-11-20T09:01:30+00:00",
        "deck": "behavioural",
        "deck_name": "behavioural",  # an unknown deck keeps its id
        "question_id": "q1",
        "question": "Question 1?",
        "mode": "typed",
        "limit_s": "90",
        "used_s": "90.5",
        "overtime_s": "0.5",
        "paused_s": "12.25",
        "words": "7",
        "fillers": "1",
        "hedges": "1",
        "rating": "4",
        "note": "keep it short",
        "company": "Acme",
        "role": "PM",
        "answer": "Um, I think answer 1 went well.",
        "transcript": "",
    }


def test_csv_rows_are_in_time_order_whatever_the_stored_order():
    rows = read_csv(sessions_csv([session(3), session(1), session(2)]))
    assert [row["id"] for row in rows] == ["s1", "s2", "s3"]


def test_awkward_text_round_trips_through_the_csv_module():
    record = session(1, answer=AWKWARD, note=AWKWARD[::-1], question='Why, "us"?\nReally')
    (row,) = read_csv(sessions_csv([record]))
    assert row["answer"] == AWKWARD
    assert row["note"] == AWKWARD[::-1]
    assert row["question"] == 'Why, "us"?\nReally'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_looking_text_is_neutralised(start: str):
    formula = f'{start}HYPERLINK("http://x")'
    record = session(1, note=formula, company=formula, answer=formula, deck=formula)
    (row,) = read_csv(sessions_csv([record]))
    for column in ("note", "company", "answer", "deck"):
        assert row[column] == "'" + formula


def test_numbers_are_not_neutralised():
    (row,) = read_csv(sessions_csv([session(1, used_s=-3, overtime_s=-0.5)]))
    assert (row["used_s"], row["overtime_s"]) == ("-3", "-0.5")


HAND_EDITED = {
    "id": 7,
    "started": "yesterday",
    "finished": "0001-01-01T00:00:00+05:00",
    "deck": ["not", "text"],
    "question": None,
    "mode": {"x": 1},
    "limit_s": "ninety",
    "used_s": float("inf"),
    "overtime_s": float("nan"),
    "paused_s": 10**400,
    "answer": 12,
    "feedback": {"words": "many", "filler_count": True, "speaking_seconds": float("inf")},
    "rating": True,
    "note": {"a": 1},
}


def test_wrong_types_give_blanks_not_errors():
    rows = read_csv(sessions_csv([HAND_EDITED, "not a record", session(1)]))
    assert [row["id"] for row in rows] == ["s1", "7"]  # undated last; a non-record is no row
    edited = rows[1]
    assert edited["id"] == "7"
    assert edited["answer"] == "12"
    for column in ("deck", "question", "mode", "limit_s", "used_s", "overtime_s", "paused_s"):
        assert edited[column] == "", column
    for column in ("words", "fillers", "hedges", "rating", "note"):
        assert edited[column] == "", column
    journal = sessions_markdown([HAND_EDITED, session(1)], UTC)
    assert "## Undated" in journal
    assert "Question 1?" in journal


# -- Markdown -------------------------------------------------------------------------------


def test_markdown_holds_every_session_under_its_day_newest_day_first():
    records = [
        session(0),  # 2026-11-20 08:00
        session(2, started="2026-11-22T07:00:00+00:00"),
        session(1, started="2026-11-22T06:00:00+00:00"),
        session(3, started="2026-11-21T12:00:00+00:00"),
    ]
    journal = sessions_markdown(records, UTC)
    for record in records:
        assert f"### {record['started'][11:16]} · {record['question']}" in journal
        assert f"> {record['answer']}" in journal
    days = [line for line in journal.splitlines() if line.startswith("## ")]
    assert days == [
        "## Sunday 22 November 2026",
        "## Saturday 21 November 2026",
        "## Friday 20 November 2026",
    ]
    assert journal.index("06:00 · Question 1?") < journal.index("07:00 · Question 2?")
    assert (
        journal.index("Question 1?") < journal.index("Question 3?") < journal.index("Question 0?")
    )


def test_days_are_local_days():
    late = session(1, started="2026-11-20T23:30:00+00:00")
    journal = sessions_markdown([late], timezone(timedelta(hours=2)))
    assert "## Saturday 21 November 2026" in journal
    assert "### 01:30 · Question 1?" in journal


def test_an_answer_with_markdown_stays_inside_its_quote():
    answer = "# Not a heading\n## nor this\n\n```\n---\n- item\n> already quoted"
    journal = sessions_markdown([session(1, answer=answer), session(2)], UTC)
    lines = journal.splitlines()
    start = lines.index("> # Not a heading")
    assert lines[start : start + 7] == [
        "> # Not a heading",
        "> ## nor this",
        ">",
        "> ```",
        "> ---",
        "> - item",
        "> > already quoted",
    ]
    assert [line for line in lines if line.startswith("#")] == [
        "# Practice journal",
        "## Friday 20 November 2026",
        "### 09:00 · Question 1?",
        "### 10:00 · Question 2?",
    ]


def test_markdown_shows_timing_rating_figures_and_note():
    record = session(1, used_s=100, overtime_s=10, rating=None, note="slow down\n# really")
    journal = sessions_markdown([record], UTC)
    assert "- Time: 1 min 40 s of 1 min 30 s (10 s over)" in journal
    assert "- Rating: not rated" in journal
    assert "- Fillers: um ×1" in journal
    assert "Note:\n\n> slow down\n> # really" in journal


def test_spoken_sessions_show_notes_and_no_figures():
    record = session(1, mode="spoken", answer="STAR: conflict at Acme", feedback={})
    journal = sessions_markdown([record], UTC)
    assert "Notes:\n\n> STAR: conflict at Acme" in journal
    assert "Figures:" not in journal


def test_markdown_with_no_sessions_says_so():
    assert "no practice sessions yet" in sessions_markdown([], UTC)


# -- through the command line ---------------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "coach.json"
    with Store.open(path) as store:
        for record in (session(1), session(2, answer=AWKWARD)):
            store.put("sessions", record)
    return path


def test_csv_export_to_a_private_file(database: Path, tmp_path: Path, capsys):
    out = tmp_path / "sessions.csv"
    assert main(["--db", str(database), "export", "--format", "csv", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["answer"] for row in rows] == [session(1)["answer"], AWKWARD]
    assert "exported 2 sessions as CSV" in capsys.readouterr().err


def test_markdown_export_to_stdout(database: Path, capsysbinary):
    assert main(["--db", str(database), "export", "--format", "md"]) == 0
    journal = capsysbinary.readouterr().out.decode("utf-8")
    assert journal.startswith("# Practice journal")
    assert "> Led the 🚀 launch" in journal


def test_an_unknown_format_is_a_usage_error(database: Path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(database), "export", "--format", "bogus"])
    assert exit_info.value.code == 2


def test_exporting_a_missing_database_is_refused(tmp_path: Path, capsys):
    missing = tmp_path / "none.json"
    assert main(["--db", str(missing), "export", "--format", "csv"]) == 1
    assert "no database there yet" in capsys.readouterr().err
    assert not missing.exists()


def test_the_app_and_the_command_line_write_the_same_bytes(
    database: Path, capsysbinary: pytest.CaptureFixture[bytes]
):
    with Store.open(database, read_only=True) as store:
        by_format = {form: render_export(store, form, UTC) for form in FORMATS}
    for form in ("md", "csv"):
        assert main(["--db", str(database), "export", "--format", form]) == 0
        assert capsysbinary.readouterr().out == by_format[form]
    with (
        Store.open(database, read_only=True) as store,
        pytest.raises(ValueError, match="unknown export format"),
    ):
        render_export(store, "pdf", UTC)


def test_markdown_export_lists_meetings_with_their_checklists(tmp_path, capsysbinary):
    from coach.cli import main
    from coach.meetings import ChecklistItem, Meeting
    from coach.store import Store

    db = tmp_path / "coach.json"
    meeting = Meeting(
        id="m1",
        person="Grace Hopper",
        organisation="Navy",
        when="2026-11-20T14:00:00+00:00",
        goal="learn how\nteams adopt new tools",
        checklist=[
            ChecklistItem("a", "research", "Read her papers", done=True),
            ChecklistItem("b", "after", "Send thanks"),
        ],
        notes="Talked about COBOL\n# not a heading",
    )
    with Store.open(db) as store:
        store.put("meetings", meeting.to_record())
    assert main(["--db", str(db), "export", "--format", "md"]) == 0
    text = capsysbinary.readouterr().out.decode()
    assert "# Meetings" in text and "## Grace Hopper, Navy" in text
    assert "- [x] Read her papers" in text and "- [ ] Send thanks" in text
    assert "- Goal: learn how teams adopt new tools" in text
    assert "> # not a heading" in text


def test_decks_are_named_as_people_read_them_in_csv_markdown_and_stats():
    from coach.decks import deck_names
    from coach.stats import compute_stats, render_stats

    names = deck_names([])  # the user's own deck, named even without the bundled ones
    names["job"] = "Job interview"
    records = [session(1, deck="job"), session(2, deck="mine")]
    assert [row["deck_name"] for row in read_csv(sessions_csv(records, names))] == [
        "Job interview",
        "My questions",
    ]
    journal = sessions_markdown(records, UTC, names)
    assert "- Deck: Job interview" in journal and "- Deck: My questions" in journal
    shown = render_stats(compute_stats(records, datetime(2026, 11, 21, tzinfo=UTC), UTC), names)
    assert "Job interview" in shown and "My questions" in shown and "  job " not in shown
