"""The calendar file: every dated meeting, each unsent thank-you's deadline and each next
touch as an event a calendar parser reads back, with stable UIDs and no control characters
from what the user typed."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from coach.ics import calendar_bytes
from coach.meetings import Meeting
from coach.people import Person
from coach.store import Store

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def meeting(meeting_id: str, days: float, **fields: object) -> dict[str, object]:
    start = NOW + timedelta(days=days)
    return Meeting(id=meeting_id, when=start.isoformat(), **fields).to_record()  # type: ignore[arg-type]  # (fields are Meeting's)


def events(blob: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(blob)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_every_event_is_there_and_parses() -> None:
    meetings = [
        meeting("up", 2, person="Ada Lovelace", organisation="Engines", goal="Hear about dbt"),
        meeting("done", -1, person="Bea", thanked_at=(NOW - timedelta(hours=2)).isoformat()),
        meeting("owed", -0.5, person="Cy", kind="job"),
        Meeting(id="undated", person="Dee").to_record(),
    ]
    people = [
        Person(id="p1", name="Ada Lovelace", next_touch="2026-12-11").to_record(),
        Person(id="p2", name="Nobody due").to_record(),
    ]
    blob, count = calendar_bytes(meetings, people, NOW, 30)
    found = events(blob)
    assert count == len(found) == 6
    assert set(found) == {
        "meeting-up@coach.local", "meeting-done@coach.local", "meeting-owed@coach.local",
        "thank-you-up@coach.local", "thank-you-owed@coach.local", "touch-p1@coach.local",
    }  # fmt: skip
    up = found["meeting-up@coach.local"]
    assert str(up["SUMMARY"]) == "Informational interview: Ada Lovelace, Engines"
    assert up.decoded("DTSTART") == NOW + timedelta(days=2)
    assert up.decoded("DTEND") == NOW + timedelta(days=2, minutes=30)
    assert "Goal: Hear about dbt" in str(up["DESCRIPTION"])
    assert str(found["meeting-owed@coach.local"]["SUMMARY"]).startswith("Interview: Cy")
    touch = found["touch-p1@coach.local"]
    assert touch.decoded("DTSTART") == date(2026, 12, 11)
    assert str(touch["SUMMARY"]) == "Get in touch: Ada Lovelace"


def test_typed_control_characters_never_reach_the_file() -> None:
    blob, _ = calendar_bytes(
        [meeting("m", 1, person="Ada\x1b[31m\x07", goal="line\x00one")], [], NOW, 30
    )
    assert b"\x1b" not in blob and b"\x07" not in blob and b"\x00" not in blob
    assert "Ada" in str(events(blob)["meeting-m@coach.local"]["SUMMARY"])


def test_an_empty_database_gives_an_empty_calendar() -> None:
    blob, count = calendar_bytes([], [], NOW, 30)
    assert count == 0 and Calendar.from_ical(blob).walk("VEVENT") == []


def test_coach_export_format_ics_writes_a_file_calendars_read(tmp_path: Path) -> None:
    db = tmp_path / "coach.json"
    with Store.open(db) as store:
        store.put("meetings", meeting("m1", 3, person="Ada"))
        store.put("people", Person(id="p1", name="Ada", next_touch="2027-01-05").to_record())
    out = tmp_path / "coach.ics"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "--db",
            str(db),
            "export",
            "--format",
            "ics",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "3 calendar events as iCalendar" in done.stderr + done.stdout
    assert set(events(out.read_bytes())) == {
        "meeting-m1@coach.local", "thank-you-m1@coach.local", "touch-p1@coach.local",
    }  # fmt: skip
    assert json.loads(db.read_text())["people"]  # the database is untouched by an export
