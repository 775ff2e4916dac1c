"""Export then import: everything comes back equal; importing twice adds nothing."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.cli import main
from coach.store import Store
from coach.transfer import plan_merge, read_import

AWKWARD_TEXTS = [
    "Led the 🚀 launch — 40% faster 🎉👩🏽‍💻",
    "مرحبا، عملت في فريق البيانات لمدة ثلاث سنوات",
    "שלום, mixed with English and 123",
    "control\x00chars\x01\x1b[31m\ttab\r\nnewline\x7f",
    "",
    "\u200f\u202eright-to-left override",
]


def export_to(db: Path, out: Path) -> None:
    assert main(["--db", str(db), "export", "--out", str(out)]) == 0


def test_round_trip_keeps_awkward_text_equal(tmp_path: Path):
    source_db, target_db, backup = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "x.json"
    with Store.open(source_db) as store:
        for number, text in enumerate(AWKWARD_TEXTS):
            store.put("sessions", {"id": f"s{number}", "answer": text, "note": text[::-1]})
        store.put("meetings", {"id": "m", "person": AWKWARD_TEXTS[1]})
        store.set_setting("theme", "nord")
    export_to(source_db, backup)
    assert main(["--db", str(target_db), "import", str(backup)]) == 0
    with Store.open(source_db) as original, Store.open(target_db) as copy:
        for table in ("sessions", "meetings", "settings"):
            assert copy.all(table) == original.all(table)


def test_importing_the_same_file_twice_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db, backup = tmp_path / "coach.json", tmp_path / "backup.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "one", "answer": "a"})
    export_to(db, backup)
    other = tmp_path / "other.json"
    assert main(["--db", str(other), "import", str(backup)]) == 0
    first = other.read_bytes()
    assert main(["--db", str(other), "import", str(backup)]) == 0
    assert other.read_bytes() == first
    assert "nothing new (1 record already here)" in capsys.readouterr().err


def test_newer_copy_wins_and_older_copy_is_ignored(tmp_path: Path):
    existing = {
        "a": {"id": "a", "note": "ours", "updated": "2026-11-20T10:00:00+00:00"},
        "b": {"id": "b", "note": "ours", "updated": "2026-11-20T10:00:00+00:00"},
    }
    incoming = [
        {"id": "a", "note": "theirs, newer", "updated": "2026-11-21T09:00:00+01:00"},
        {"id": "b", "note": "theirs, older", "updated": "2026-11-19T10:00:00+00:00"},
        {"id": "c", "note": "new"},
    ]
    plan = plan_merge(existing, incoming)
    assert [r["id"] for r in plan.replaced] == ["a"]
    assert [r["id"] for r in plan.added] == ["c"]
    assert plan.unchanged == 1


def test_import_merges_into_existing_data(tmp_path: Path):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "mine"})
    incoming = tmp_path / "in.json"
    incoming.write_bytes(
        orjson.dumps(
            {
                "format": "coach-export",
                "schema": 1,
                "tables": {"sessions": [{"id": "theirs", "updated": "2026-01-01T00:00:00Z"}]},
            }
        )
    )
    assert main(["--db", str(db), "import", str(incoming)]) == 0
    with Store.open(db) as store:
        assert sorted(s["id"] for s in store.all("sessions")) == ["mine", "theirs"]


def test_a_database_file_can_be_imported_too(tmp_path: Path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    with Store.open(first) as store:
        store.put("reflections", {"id": "r", "text": "what I learned"})
    assert main(["--db", str(second), "import", str(first)]) == 0
    with Store.open(second) as store:
        assert store.get("reflections", "r")["text"] == "what I learned"


def test_export_file_is_private_and_complete(tmp_path: Path):
    db, out = tmp_path / "coach.json", tmp_path / "out" / "export.json"
    out.parent.mkdir()
    with Store.open(db) as store:
        store.put("sessions", {"id": "s"})
    export_to(db, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = orjson.loads(out.read_bytes())
    assert data["format"] == "coach-export"
    assert [s["id"] for s in data["tables"]["sessions"]] == ["s"]


def test_export_refuses_to_overwrite_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = tmp_path / "coach.json"
    with Store.open(db):
        pass
    before = db.read_bytes()
    assert main(["--db", str(db), "export", "--out", str(db)]) == 1
    assert "is the database itself" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_export_to_stdout(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]):
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("sessions", {"id": "s", "answer": "🎯"})
    assert main(["--db", str(db), "export"]) == 0
    data = orjson.loads(capsysbinary.readouterr().out)
    assert data["tables"]["sessions"][0]["answer"] == "🎯"


record_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
records = st.lists(
    st.fixed_dictionaries(
        {"id": st.uuids().map(lambda u: u.hex), "answer": record_text, "note": record_text}
    ),
    max_size=8,
    unique_by=lambda r: r["id"],
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sessions=records)
def test_any_text_survives_export_and_import(sessions: list[dict], tmp_path_factory):
    folder = tmp_path_factory.mktemp("roundtrip")
    with Store.open(folder / "a.json") as store:
        for record in sessions:
            store.put("sessions", record)
        exported = orjson.dumps(store.export_data())
    tables = read_import(exported, "export.json")
    with Store.open(folder / "b.json") as copy:
        copy.import_tables(tables)
        again = copy.import_tables(tables)
        assert not again.changed
        for record in sessions:
            stored = copy.get("sessions", record["id"])
            assert stored is not None
            assert stored["answer"] == record["answer"]
            assert stored["note"] == record["note"]


def test_an_older_backup_does_not_bring_back_what_was_deleted(tmp_path: Path):
    """Delete an attempt, import last week's backup: the attempt stays deleted, and the
    summary says so; a copy edited after the deletion (worked on elsewhere) comes back."""
    moments = iter(datetime(2026, 11, day, 9, tzinfo=UTC) for day in range(1, 28))
    with Store.open(tmp_path / "coach.json", clock=lambda: next(moments)) as store:
        store.put("sessions", {"id": "gone", "rating": 2})
        store.put("sessions", {"id": "kept", "rating": 4})
        backup = orjson.dumps(store.export_data())
        store.delete("sessions", "gone")
        store.delete("meetings", "never-there")  # nothing deleted, nothing remembered

        report = store.import_tables(read_import(backup, "backup.json"))
        assert store.get("sessions", "gone") is None
        assert report.left_out == 1 and "1 record you deleted left out" in report.summary()
        assert [stone["id"] for stone in store.all("deleted")] == ["sessions/gone"]

        edited_later = {"id": "gone", "rating": 5, "updated": "2026-12-01T00:00:00+00:00"}
        store.import_tables({"sessions": [edited_later]})
        assert store.get("sessions", "gone")["rating"] == 5


def test_deletions_travel_with_an_export(tmp_path: Path):
    """A backup made after a deletion keeps it from coming back in a third file."""
    with Store.open(tmp_path / "a.json") as first:
        first.put("reflections", {"id": "r1"})
        old = orjson.dumps(first.export_data())
        first.delete("reflections", "r1")
        new = orjson.dumps(first.export_data())
    with Store.open(tmp_path / "b.json") as second:
        report = second.import_tables(read_import(new, "new.json"))
        assert "deletions remembered: 1 added" in report.summary()
        second.import_tables(read_import(old, "old.json"))
        assert second.get("reflections", "r1") is None


def test_people_their_messages_and_stories_travel_with_an_export(tmp_path: Path):
    from coach.people import Person, Sent
    from coach.stories import Story

    source, target, backup = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "x.json"
    message = Sent("s1", "cold", "Hi Ada", "2026-12-04T10:00:00+00:00", "2026-12-11")
    ada = Person(id="p1", name="Ada", introduced_by="p2", next_touch="2026-12-11", sent=[message])
    story = Story(id="st1", title="Weekend", result="Back by Sunday", tags=["pressure"])
    with Store.open(source) as store:
        store.put("people", ada.to_record())
        store.put("people", Person(id="p2", name="Bea").to_record())
        store.put("stories", story.to_record())
        store.put("meetings", {"id": "m1", "person": "Ada", "person_id": "p1"})
    export_to(source, backup)
    assert main(["--db", str(target), "import", str(backup)]) == 0
    with Store.open(target) as copy:
        people = {p["id"]: Person.from_record(p) for p in copy.all("people")}
        assert people["p1"].sent == ada.sent and people["p2"].name == "Bea"
        assert (people["p1"].introduced_by, people["p1"].next_touch) == ("p2", "2026-12-11")
        assert [Story.from_record(s).result for s in copy.all("stories")] == [story.result]
        assert copy.all("meetings")[0]["person_id"] == "p1"
    journal = tmp_path / "journal.md"
    assert main(["--db", str(source), "export", "--format", "md", "--out", str(journal)]) == 0
    text = journal.read_text()
    assert "# People" in text and "- Introduced by: Bea" in text
    assert "- Introduced you to: Ada" in text and "- Sent 2026-12-04: cold" in text
    assert "# Story bank" in text and "> Back by Sunday" in text


@pytest.mark.parametrize(
    ("table", "record", "problem"),
    [
        ("people", {"id": "p", "next_touch": "soon"}, "field 'next_touch' 'soon' is not a date"),
        ("people", {"id": "p", "sent": [{"sent_at": "yesterday"}]}, "field 'sent' item 1"),
        ("stories", {"id": "s", "tags": "pressure"}, "field 'tags' is not a list of text"),
    ],
)
def test_a_bad_person_or_story_refuses_the_import_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, record: dict, problem: str
):
    db, incoming = tmp_path / "coach.json", tmp_path / "in.json"
    incoming.write_bytes(
        orjson.dumps({"format": "coach-export", "schema": 1, "tables": {table: [record]}})
    )
    assert main(["--db", str(db), "import", str(incoming)]) != 0
    said = capsys.readouterr().err
    assert f"table {table!r} record {record['id']!r}" in said and problem in said
    assert not db.exists() or Store.open(db).all(table) == []


def test_a_deleted_person_is_not_brought_back_by_an_older_backup(tmp_path: Path):
    db, backup = tmp_path / "coach.json", tmp_path / "backup.json"
    with Store.open(db) as store:
        store.put("people", {"id": "p1", "name": "Ada"})
    export_to(db, backup)
    with Store.open(db) as store:
        store.delete("people", "p1")
    assert main(["--db", str(db), "import", str(backup)]) == 0
    with Store.open(db) as store:
        assert store.all("people") == []
