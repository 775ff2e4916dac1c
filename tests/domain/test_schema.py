"""Decoding a database: any bytes at all give either data or one clear refusal."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.errors import DataFileError
from coach.schema import MIGRATIONS, load_database, migrate


@given(st.binary(max_size=300))
def test_any_bytes_are_loaded_or_refused_cleanly(raw: bytes):
    try:
        load_database(raw, "f.json")
    except DataFileError as error:
        assert str(error).startswith("f.json: ")
        assert "\n" not in str(error)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=10,
)


@given(json_values)
def test_any_json_shape_is_loaded_or_refused_cleanly(value: object):
    raw = orjson.dumps({"meta": {"1": {"schema": 1}}, "sessions": value})
    try:
        data, _ = load_database(raw, "f.json")
    except DataFileError:
        return
    assert isinstance(data["sessions"], dict)


def test_migrations_run_in_order_and_record_the_version(monkeypatch: pytest.MonkeyPatch):
    steps: list[int] = []
    monkeypatch.setattr("coach.schema.SCHEMA_VERSION", 3)
    monkeypatch.setitem(MIGRATIONS, 1, lambda data: steps.append(1))
    monkeypatch.setitem(MIGRATIONS, 2, lambda data: steps.append(2))
    data = {"meta": {"1": {"schema": 1}}}
    assert migrate(data, "f.json") is True
    assert steps == [1, 2]
    assert data["meta"]["1"]["schema"] == 3
    assert migrate(data, "f.json") is False


def test_a_missing_migration_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("coach.schema.SCHEMA_VERSION", 2)
    with pytest.raises(DataFileError, match="cannot upgrade"):
        load_database(b'{"meta": {"1": {"schema": 1}}}', "f.json")
