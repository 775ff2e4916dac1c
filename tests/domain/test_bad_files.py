"""Files that are not coach data: refused with one line and exit 1, left byte for byte."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from coach.cli import main

GOOD_META = {"meta": {"1": {"schema": 1}}}


def nested(depth: int) -> str:
    """A JSON value `depth` lists deep: within what parsers accept, beyond what is written."""
    return "[" * depth + "]" * depth


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "garbage": (b"this is not json at all \x01\x02", "is not valid JSON"),
    "truncated": (b'{"meta": {"1": {"schema": 1}}, "sessions": {"1": {"id": "a", "ans', "JSON"),
    "nul bytes": (b"\x00" * 64, "is not valid JSON"),
    "empty": (b"", "is empty"),
    "a list": (b"[1, 2, 3]", "holds a JSON list"),
    "a string": (b'"coach"', "holds a JSON string"),
    "no schema": (b'{"_default": {}}', "no coach schema version"),
    "bad schema": (b'{"meta": {"1": {"schema": "one"}}}', "invalid schema version"),
    "newer schema": (b'{"meta": {"1": {"schema": 99}}}', "newer coach (schema 99"),
    "table is a list": (orjson.dumps({**GOOD_META, "sessions": []}), "'sessions' is a JSON list"),
    "record not object": (orjson.dumps({**GOOD_META, "sessions": {"1": 5}}), "is not an object"),
    "record key": (orjson.dumps({**GOOD_META, "sessions": {"x": {"id": "a"}}}), "keyed 'x'"),
    "record without id": (orjson.dumps({**GOOD_META, "sessions": {"1": {}}}), "has no text id"),
    "duplicate ids": (
        orjson.dumps({**GOOD_META, "sessions": {"1": {"id": "a"}, "2": {"id": "a"}}}),
        "two records with id 'a'",
    ),
    "invalid utf-8": (b'{"meta": {"1": {"schema": 1, "x": "\xff\xfe"}}}', "is not valid JSON"),
    "repeated record key": (
        b'{"meta": {"1": {"schema": 1}}, "sessions": {"1": {"id": "a"}, "1": {"id": "b"}}}',
        'has the key "1" twice',
    ),
    "nested too deeply": (
        f'{{"meta": {{"1": {{"schema": 1}}}}, "sessions": {{"1": {{"id": "a", "feedback": '
        f"{nested(300)}}}}}}}".encode(),
        "too deeply for coach to save again (at table 'sessions', record 'a', field 'feedback')",
    ),
}

COMMANDS = {
    "app": [],
    "export": ["export"],
    "import": ["import", "{good}"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_database_is_refused_and_untouched(
    case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    raw, expected = BAD_FILES[case]
    path = tmp_path / "coach.json"
    path.write_bytes(raw)
    good = tmp_path / "good-export.json"
    good.write_bytes(orjson.dumps({"format": "coach-export", "schema": 1, "tables": {}}))
    args = [a.format(good=good) for a in COMMANDS[command]]

    status = main(["--db", str(path), *args])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"coach: {path}: ")
    assert expected in lines[0]
    assert "Traceback" not in captured.err
    assert path.read_bytes() == raw
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert left == ["coach.json", "good-export.json"]  # no temporary files, no backups


def test_a_folder_in_place_of_the_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "coach.json"
    folder.mkdir()
    assert main(["--db", str(folder), "export"]) == 1
    assert "is a folder" in capsys.readouterr().err


BAD_IMPORTS: dict[str, tuple[bytes, str]] = {
    "garbage": (b"{{{", "is not valid JSON"),
    "not an export": (b'{"sessions": []}', "is not a coach export"),
    "newer export": (b'{"format": "coach-export", "schema": 7, "tables": {}}', "newer coach"),
    "tables missing": (b'{"format": "coach-export", "schema": 1}', '"tables" is missing'),
    "unknown table": (
        b'{"format": "coach-export", "schema": 1, "tables": {"pets": []}}',
        "unknown table 'pets'",
    ),
    "table not list": (
        b'{"format": "coach-export", "schema": 1, "tables": {"sessions": {}}}',
        "is a JSON object, not a list",
    ),
    "entry not object": (
        b'{"format": "coach-export", "schema": 1, "tables": {"sessions": [3]}}',
        "entry 1 is not an object",
    ),
    "entry without id": (
        b'{"format": "coach-export", "schema": 1, "tables": {"sessions": [{"id": 1}]}}',
        "has no text id",
    ),
    "repeated field": (
        b'{"format": "coach-export", "schema": 1, "tables": {"sessions": '
        b'[{"id": "a", "rating": 2, "rating": 5}]}}',
        'has the key "rating" twice',
    ),
    "nested too deeply": (
        f'{{"format": "coach-export", "schema": 1, "tables": {{"sessions": '
        f'[{{"id": "a", "answer": {nested(1000)}}}]}}}}'.encode(),
        "nests values too deeply",
    ),
}


@pytest.mark.parametrize("case", BAD_IMPORTS)
def test_bad_import_is_refused_and_nothing_is_written(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    raw, expected = BAD_IMPORTS[case]
    source = tmp_path / "incoming.json"
    source.write_bytes(raw)
    database = tmp_path / "db" / "coach.json"

    assert main(["--db", str(database), "import", str(source)]) == 1

    line = capsys.readouterr().err.strip()
    assert line.startswith(f"coach: {source}: ")
    assert expected in line
    assert not database.parent.exists()  # not even an empty database was created
    assert source.read_bytes() == raw


def test_import_of_a_missing_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--db", str(tmp_path / "c.json"), "import", str(tmp_path / "nope.json")]) == 1
    assert "nope.json: cannot be read (No such file or directory)" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["export"], ["export", "--out", "x.json"]])
def test_exporting_a_database_that_does_not_exist_is_an_error(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
):
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(tmp_path / "typo.json"), *command]) == 1
    assert "typo.json: no database there yet" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_an_empty_db_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", "", "export"])
    assert exit_info.value.code == 2
    assert "--db needs a file path" in capsys.readouterr().err


def test_unknown_home_folder_is_one_line(capsys: pytest.CaptureFixture[str]):
    assert main(["--db", "~nosuchuser12345/x.json", "export"]) == 1
    assert capsys.readouterr().err == (
        "coach: ~nosuchuser12345/x.json: names an unknown home folder; write the full path\n"
    )


def test_control_characters_in_a_path_stay_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    odd = tmp_path / "bad\nname.json"
    odd.write_bytes(b"garbage")
    assert main(["--db", str(odd)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "bad\\nname.json" in err
