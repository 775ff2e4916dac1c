"""The JSON export format, and how an import merges into what is already there.

An export is the user's backup: every coach table as a list of records, with the schema
version it was written in. Import merges by record id: a record not yet present is added,
one present in both is replaced only when the imported copy was updated later, and
anything else is left alone, so importing the same file twice adds nothing. Pure: no
files are read or written here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coach.clock import parse_iso
from coach.jsontext import parse_json
from coach.plural import count
from coach.records import record_problem
from coach.schema import (
    META_DOC_ID,
    META_TABLE,
    TABLES,
    Database,
    check_layout,
    check_record_ids,
    check_version_known,
    current_version,
    json_kind,
    migrate,
    refuse,
    schema_version,
)
from coach.tombstones import DELETED

EXPORT_FORMAT = "coach-export"
TABLE_WORDS = {DELETED: "deletions remembered"}  # tables whose name reads wrong in a summary
Record = dict[str, Any]
Tables = dict[str, list[Record]]


def build_export(database: Mapping[str, Mapping[str, Record]], exported: str) -> dict[str, Any]:
    """Everything the user owns, in the export layout."""
    return {
        "format": EXPORT_FORMAT,
        "schema": current_version(),
        "exported": exported,
        "tables": {name: list(database.get(name, {}).values()) for name in TABLES},
    }


def read_import(raw: bytes, source: str) -> Tables:
    """Decode and check a file to import: a coach export, or a coach database file.

    Anything else is refused whole with a message naming the file, before any change.
    """
    data = parse_json(raw, source)
    if isinstance(data, dict) and data.get("format") == EXPORT_FORMAT:
        database = export_as_database(data, source)
    elif isinstance(data, dict) and META_TABLE in data:
        database = check_layout(data, source)
        check_version_known(schema_version(database, source), source)
    else:
        raise refuse(source, f'is not a coach export (no "format": "{EXPORT_FORMAT}")')
    migrate(database, source)
    tables: Tables = {}
    for name in TABLES:
        records = list(database.get(name, {}).values())
        check_record_ids(records, source, name)
        for record in records:
            problem = record_problem(name, record)
            if problem:
                raise refuse(source, f"table {name!r} record {record['id']!r}: {problem}")
        tables[name] = records
    return tables


def export_as_database(data: dict[str, Any], source: str) -> Database:
    """Lay an export out as a database so the same migrations can upgrade it."""
    version = data.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refuse(source, f"has an invalid schema version {version!r}")
    check_version_known(version, source)
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise refuse(source, '"tables" is missing or is not an object')
    database: Database = {META_TABLE: {META_DOC_ID: {"schema": version}}}
    for name, records in tables.items():
        if name not in TABLES:
            raise refuse(source, f"has an unknown table {name!r}")
        if not isinstance(records, list):
            raise refuse(source, f"table {name!r} is a JSON {json_kind(records)}, not a list")
        for position, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                raise refuse(source, f"table {name!r} entry {position} is not an object")
        database[name] = {str(number): record for number, record in enumerate(records, start=1)}
    return database


@dataclass
class MergePlan:
    """What importing one table will do: records to add, records to replace."""

    added: list[Record] = field(default_factory=list)
    replaced: list[Record] = field(default_factory=list)
    unchanged: int = 0


def plan_merge(existing: Mapping[str, Record], incoming: Iterable[Record]) -> MergePlan:
    """Decide, record by record, what an import changes; `existing` is keyed by id."""
    plan = MergePlan()
    for record in incoming:
        current = existing.get(record["id"])
        if current is None:
            plan.added.append(record)
        elif record != current and updated_later(record, current):
            plan.replaced.append(record)
        else:
            plan.unchanged += 1
    return plan


def updated_later(candidate: Mapping[str, Any], current: Mapping[str, Any]) -> bool:
    """True when `candidate` carries a later `updated` stamp than `current`."""
    theirs = parse_iso(candidate.get("updated"))
    if theirs is None:
        return False
    ours = parse_iso(current.get("updated"))
    return ours is None or theirs > ours


@dataclass
class ImportReport:
    """Counts per table of what an import added, replaced and left alone."""

    plans: dict[str, MergePlan] = field(default_factory=dict)
    left_out: int = 0  # records deleted here, which the import did not bring back

    @property
    def changed(self) -> bool:
        return any(plan.added or plan.replaced for plan in self.plans.values())

    def summary(self) -> str:
        """One line for a person: what changed, table by table."""
        parts = [
            f"{TABLE_WORDS.get(name, name)}: {len(plan.added)} added, {len(plan.replaced)} updated"
            for name, plan in self.plans.items()
            if plan.added or plan.replaced
        ]
        unchanged = sum(plan.unchanged for plan in self.plans.values())
        deleted = (
            f"; {count(self.left_out, 'records')} you deleted left out" if self.left_out else ""
        )
        if not parts:
            return f"nothing new ({count(unchanged, 'records')} already here){deleted}"
        return "; ".join(parts) + f"; {unchanged} already here{deleted}"
