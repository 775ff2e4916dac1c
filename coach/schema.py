"""What a coach database file must look like, and how older files are brought up to date.

The file is TinyDB's JSON layout: an object of tables, each an object of documents keyed
by a decimal id. Coach adds a `meta` table holding the schema version. Everything here is
pure: bytes or dicts in, dicts or a `DataFileError` out. A file that fails any check is
refused as a whole, so the store never writes over something it could not understand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from coach.errors import DataFileError
from coach.jsontext import parse_json

SCHEMA_VERSION = 1
META_TABLE = "meta"
META_DOC_ID = "1"
TABLES = (
    "sessions",
    "meetings",
    "reflections",
    "questions",
    "schedule",
    "drafts",
    "settings",
    "people",
    "stories",
    "deleted",  # what was deleted, so an import does not revive it (coach/tombstones.py)
)

Database = dict[str, dict[str, dict[str, Any]]]
Migration = Callable[[Database], None]

# MIGRATIONS[n] turns a version-n database into version n+1, in place.
MIGRATIONS: dict[int, Migration] = {}


def refuse(source: str, problem: str) -> DataFileError:
    """The one-line refusal for a file coach will not open or import (callers add the remedy)."""
    return DataFileError(f"{source}: {problem}")


def new_database(created: str) -> Database:
    """An empty database at the current schema version."""
    return {META_TABLE: {META_DOC_ID: {"schema": current_version(), "created": created}}}


def load_database(raw: bytes, source: str) -> tuple[Database, int]:
    """Decode, check and upgrade a database file; also return the version it was written in.

    The layout is checked before migrating (migrations may rely on it) and each coach
    table's records after (their fields are those of the current version).
    """
    data = check_layout(parse_json(raw, source), source)
    version = schema_version(data, source)
    check_version_known(version, source)
    migrate(data, source)
    for name in TABLES:
        if name in data:
            check_record_ids(data[name].values(), source, name)
    return data, version


def schema_version(data: Mapping[str, Any], source: str) -> int:
    """The schema version recorded in a database's meta table."""
    meta = data.get(META_TABLE)
    if not isinstance(meta, dict) or not isinstance(meta.get(META_DOC_ID), dict):
        raise refuse(source, "has no coach schema version, so it is not a coach database")
    version = meta[META_DOC_ID].get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise refuse(source, f"has an invalid schema version {version!r}")
    return version


def check_version_known(version: int, source: str) -> None:
    """Refuse data written by a newer coach than this one."""
    if version > current_version():
        raise refuse(
            source,
            f"was written by a newer coach (schema {version}; this coach reads up to "
            f"{current_version()}); upgrade coach to open it",
        )


def check_layout(data: Any, source: str) -> Database:
    """Check TinyDB's layout: an object of tables, each an object of numbered records."""
    if not isinstance(data, dict):
        raise refuse(source, f"holds a JSON {json_kind(data)}, not a coach database object")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise refuse(source, f"table {name!r} is a JSON {json_kind(table)}, not an object")
        for doc_id, document in table.items():
            if not doc_id.isdecimal():
                raise refuse(source, f"table {name!r} has a record keyed {doc_id!r}, not a number")
            if not isinstance(document, dict):
                raise refuse(source, f"table {name!r} record {doc_id} is not an object")
    return data


def check_record_ids(records: Any, source: str, table: str) -> None:
    """Every record of a coach table has its own non-empty text id."""
    seen: set[str] = set()
    for record in records:
        record_id = record.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise refuse(source, f"a record in table {table!r} has no text id")
        if record_id in seen:
            raise refuse(source, f"table {table!r} has two records with id {record_id!r}")
        seen.add(record_id)


def current_version() -> int:
    """The schema this program writes (looked up at call time, so tests can raise it)."""
    return SCHEMA_VERSION


def migrate(data: Database, source: str) -> bool:
    """Bring a checked database up to the current schema in place; True when it changed."""
    target = current_version()
    version = schema_version(data, source)
    start = version
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise refuse(source, f"has schema {version}, and this coach cannot upgrade it")
        step(data)
        version += 1
        data[META_TABLE][META_DOC_ID]["schema"] = version
    return version != start


def json_kind(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages."""
    kinds = {dict: "object", list: "list", str: "string", bool: "boolean", type(None): "null"}
    return kinds.get(type(value), "number")
