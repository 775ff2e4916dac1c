"""Practice sessions as a Markdown journal to read, and as CSV for a spreadsheet.

Pure: session records go in (as stored, perhaps edited by hand), text comes out; the
command line and the app's export dialog decide where it goes (`render_export` gives
both the same bytes for each format). An export is often wanted exactly when something
looks wrong, so every field is read leniently: a field of the wrong kind gives a blank,
never an error that would withhold the rest of the user's data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any, Protocol

import orjson

from coach.clock import Zone, date_words
from coach.formats import FORMATS
from coach.lenient import text
from coach.meetings_export import meetings_markdown
from coach.people_export import people_markdown
from coach.plural import count
from coach.reflections import reflections_markdown
from coach.report import figure_rows
from coach.sessions import RATINGS, SPOKEN, Session
from coach.stored_sessions import NUMBER_FIELDS, finite, in_time_order, read_session
from coach.stories import stories_markdown
from coach.timing import describe_seconds
from coach.visible import one_line, printable, quoted

CSV_COLUMNS = (
    "id", "started", "finished", "deck", "deck_name", "question_id", "question", "mode", "limit_s",
    "used_s", "overtime_s", "paused_s", "words", "fillers", "hedges", "rating", "note",
    "company", "role", "answer", "transcript",
)  # fmt: skip
FIGURE_COLUMNS = {"words": "words", "fillers": "filler_count", "hedges": "hedge_count"}
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Record = Mapping[str, Any]


class ExportSource(Protocol):
    """What an export reads: a `Store`, or anything holding the same data."""

    def export_data(self) -> dict[str, Any]: ...

    def all(self, table: str) -> list[dict[str, Any]]: ...


def render_export(
    source: ExportSource, form: str, tz: Zone, names: Mapping[str, str] | None = None
) -> bytes:
    """The export in `form` (one of `FORMATS`) as the bytes of a file."""
    return export_and_summary(source, form, tz, names)[0]


def export_and_summary(
    source: ExportSource, form: str, tz: Zone, names: Mapping[str, str] | None = None
) -> tuple[bytes, str]:
    """The export's bytes, and what it holds in words (for `exported ... to FILE`).

    JSON is everything, for backup and import; Markdown is the sessions by day and the
    meetings; CSV is the sessions, one row each. `names` turns deck ids into the names
    people read (coach.decks.deck_names).
    """
    names = names or {}
    if form == "json":
        data = source.export_data()
        counts = ", ".join(count(len(rows), name) for name, rows in data["tables"].items() if rows)
        blob = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
        return blob, counts or "an empty database"
    if form == "ics":
        from coach.ics import calendar_bytes
        from coach.people import KEEP_IN_TOUCH_DAYS

        settings = {r.get("id"): r.get("value") for r in source.all("settings")}
        days = settings.get("keep_in_touch_days")
        blob, events = calendar_bytes(
            source.all("meetings"),
            source.all("people"),
            datetime.now(UTC),
            days if isinstance(days, int) and not isinstance(days, bool) else KEEP_IN_TOUCH_DAYS,
            tz,
        )
        return blob, f"{count(events, 'calendar events')} as iCalendar"
    sessions = source.all("sessions")
    if form == "md":
        meetings = meetings_markdown(source.all("meetings"), datetime.now(UTC), tz)
        journal = reflections_markdown(source.all("reflections"), tz)
        people = people_markdown(source.all("people"))
        stories = stories_markdown(source.all("stories"))
        text = sessions_markdown(sessions, tz, names) + "".join(
            f"\n{part}" for part in (meetings, people, journal, stories) if part
        )
        kind = "a Markdown journal"
    elif form == "csv":
        text, kind = sessions_csv(sessions, names), "CSV"
    else:
        raise ValueError(f"unknown export format {form!r}; coach writes {', '.join(FORMATS)}")
    # Read by people, often straight in a terminal: no control character of the user's may
    # reach it (JSON escapes them itself, and is the exact backup).
    blob = printable(text).encode("utf-8", errors="replace")
    return blob, f"{count(len(sessions), 'sessions')} as {kind}"


# -- reading records leniently --------------------------------------------------------------


# -- Markdown ---------------------------------------------------------------------------


def sessions_markdown(
    sessions: Iterable[Record], tz: Zone, names: Mapping[str, str] | None = None
) -> str:
    """A journal: a heading per local day, newest day first, its attempts in time order."""
    days: dict[date | None, list[tuple[datetime | None, Session]]] = {}
    for moment, record in in_time_order(sessions, tz):
        days.setdefault(moment.date() if moment else None, []).append(
            (moment, read_session(record))
        )
    lines = ["# Practice journal", ""]
    if not days:
        return "\n".join([*lines, "There are no practice sessions yet.", ""])
    newest_first = sorted((day for day in days if day), reverse=True)
    for day in [*newest_first, *([None] if None in days else [])]:
        lines += [f"## {day_heading(day)}", ""]
        for moment, session in days[day]:
            lines += session_markdown(moment, session, names or {})
    return "\n".join(lines)


def day_heading(day: date | None) -> str:
    if day is None:
        return "Undated"
    return date_words(day, weekday="long")


def session_markdown(
    moment: datetime | None, session: Session, names: Mapping[str, str]
) -> list[str]:
    """One attempt: a heading, its particulars as a list, then answer, figures and note."""
    heading = one_line(session.question) or "(no question recorded)"
    when = f"{moment:%H:%M} · " if moment else ""
    lines = [f"### {when}{heading}", ""]
    lines += [f"- {label}: {value}" for label, value in particulars(session, names)]
    spoken = session.mode == SPOKEN
    lines += ["", "Notes:" if spoken else "Answer:", ""]
    lines += quoted(session.answer) or [f"_No {'notes' if spoken else 'answer'} written._"]
    if session.transcript.strip():
        lines += ["", "What was said (transcribed):", "", *quoted(session.transcript)]
    figures = safe_figure_rows(session.feedback)
    if figures:
        lines += ["", "Figures:", "", *(f"- {label}: {value}" for label, value in figures)]
    if session.note.strip():
        lines += ["", "Note:", "", *quoted(session.note)]
    return [*lines, ""]


def particulars(session: Session, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """The short facts of an attempt, each on one line (so none can break the list)."""
    time_used = describe_seconds(max(0.0, session.used_s))
    if session.limit_s > 0:
        time_used += f" of {describe_seconds(session.limit_s)}"
    extra = []
    if session.overtime_s >= 1:
        extra.append(f"{describe_seconds(session.overtime_s)} over")
    if session.paused_s >= 1:
        extra.append(f"paused {describe_seconds(session.paused_s)}")
    if extra:
        time_used += f" ({'; '.join(extra)})"
    rows = [
        ("Deck", one_line(names.get(session.deck) or session.deck) or "none"),
        ("Mode", one_line(session.mode)),
        ("Time", time_used),
        ("Rating", f"{session.rating}/5" if session.rating else "not rated"),
    ]
    target = ", ".join(part for part in (one_line(session.company), one_line(session.role)) if part)
    return [*rows, ("For", target)] if target else rows


def safe_figure_rows(figures: Mapping[str, Any]) -> list[tuple[str, str]]:
    """`figure_rows` without the notes; a hand-edited figure it cannot show gives none."""
    try:
        return [(label, value) for label, value, _ in figure_rows(figures)]
    except (ValueError, OverflowError, TypeError):
        return []


# -- CSV --------------------------------------------------------------------------------


def sessions_csv(sessions: Iterable[Record], names: Mapping[str, str] | None = None) -> str:
    """A header row, then one row per session, oldest first (see `CSV_COLUMNS`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for _, record in in_time_order(sessions, UTC):
        writer.writerow(csv_row(record, names or {}))
    return buffer.getvalue()


def csv_row(record: Record, names: Mapping[str, str]) -> list[str]:
    feedback = record.get("feedback")
    figures: Record = feedback if isinstance(feedback, Mapping) else {}
    row: list[str] = []
    for column in CSV_COLUMNS:
        if column in NUMBER_FIELDS:
            row.append(number_cell(record.get(column)))
        elif column in FIGURE_COLUMNS:
            row.append(count_cell(figures.get(FIGURE_COLUMNS[column])))
        elif column == "rating":
            rating = record.get("rating")
            row.append(str(rating) if type(rating) is int and rating in RATINGS else "")
        elif column == "deck_name":
            deck = text(record.get("deck"))
            row.append(text_cell(names.get(deck, deck)))
        else:
            row.append(text_cell(record.get(column)))
    return row


def text_cell(value: object) -> str:
    """Stored text for a cell; one a spreadsheet would run as a formula gets a `'`."""
    cell = text(value)
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def number_cell(value: object) -> str:
    """A number as a spreadsheet reads it (`90`, `93.42`); blank when it is not one."""
    found = finite(value)
    if found is None:
        return ""
    if found.is_integer() and abs(found) < 1e15:
        return str(int(found))
    return repr(found)


def count_cell(value: object) -> str:
    return str(value) if type(value) is int else ""
