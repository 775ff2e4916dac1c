"""An import is refused whole when any record is not what coach writes, naming where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.records import MAX_DEPTH, record_problem
from coach.store import Store


def export_file(tmp_path: Path, tables: dict[str, list[dict[str, Any]]]) -> Path:
    path = tmp_path / "in.json"
    document = {"format": "coach-export", "schema": 1, "tables": tables}
    path.write_text(json.dumps(document))  # json: orjson refuses to write 300 levels
    return path


def nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = {"x": value}
    return value


GOOD = {"id": "ok1", "finished": "2026-11-20T09:00:00+00:00", "rating": 4, "mode": "typed"}
BAD = [
    ("sessions", {"id": "x1", "rating": "ten"}, "'rating'"),
    ("sessions", {"id": "x2", "finished": "9999-12-31T23:59:59+00:00"}, "'finished'"),
    ("sessions", {"id": "x3", "mode": "sung"}, "'mode'"),
    ("sessions", {"id": "x4", "limit_s": -5}, "'limit_s'"),
    ("sessions", {"id": "x5", "used_s": "long"}, "'used_s'"),
    ("sessions", {"id": "x6", "feedback": nested(30)}, "nested"),
    ("sessions", {"id": "x7", "feedback": nested(300)}, "nests values too deeply"),
    ("meetings", {"id": "m1", "checklist": [{"id": "c", "done": "yes"}]}, "'checklist'"),
    ("meetings", {"id": "m2", "when": "next tuesday"}, "'when'"),
    ("reflections", {"id": "r1", "tags": "work"}, "'tags'"),
    ("questions", {"id": "q1", "limit": True}, "'limit'"),
]


@pytest.mark.parametrize(("table", "record", "field"), BAD)
def test_a_bad_record_refuses_the_whole_file_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, record: dict, field: str
) -> None:
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {**GOOD, "id": "kept"})
    before = db.read_bytes()
    source = export_file(
        tmp_path,
        {"sessions": [GOOD], table: [record]} if table != "sessions" else {table: [GOOD, record]},
    )
    assert main(["--db", str(db), "import", str(source)]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert f"table {table!r}" in error and repr(record["id"]) in error and field in error
    assert "nothing was imported" in error
    assert db.read_bytes() == before  # changed nothing


def test_what_coach_writes_passes(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    source = export_file(tmp_path, {"sessions": [GOOD, {"id": "old", "question": "Why?"}]})
    assert main(["--db", str(db), "import", str(source)]) == 0


@settings(max_examples=50)
@given(
    st.recursive(
        st.none() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c, max_size=3),
        max_leaves=30,
    )
)
def test_any_nesting_is_judged_without_recursion_errors(value: Any) -> None:
    record_problem("drafts", {"id": "d", "payload": value})
    assert record_problem("drafts", {"id": "d", "v": nested(MAX_DEPTH + 5)})
