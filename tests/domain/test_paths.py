"""Where the database lives, and that importing coach touches nothing on disk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coach.paths import prepare_database_folder, resolve_database_path


def test_command_line_beats_environment_beats_default(tmp_path: Path):
    env = {"COACH_DB": str(tmp_path / "env.json")}
    assert resolve_database_path(str(tmp_path / "cli.json"), env) == tmp_path / "cli.json"
    assert resolve_database_path(None, env) == tmp_path / "env.json"
    default = resolve_database_path(None, {})
    assert default.name == "coach.json"
    assert default.parent.name == "coach"


def test_default_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_database_path(None, {}) == tmp_path / "xdg" / "coach" / "coach.json"


def test_relative_and_home_paths_are_made_absolute(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_database_path("mine.json", {}) == tmp_path / "mine.json"
    assert resolve_database_path("~/c.json", {}).is_absolute()


def test_empty_values_fall_through(tmp_path: Path):
    assert resolve_database_path("", {"COACH_DB": ""}).name == "coach.json"


def test_prepare_creates_only_missing_folders(tmp_path: Path):
    target = tmp_path / "a" / "b" / "coach.json"
    prepare_database_folder(target)
    assert target.parent.is_dir()
    assert not target.exists()


def test_importing_every_module_writes_nothing(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    code = (
        "import coach, coach.app, coach.cli, coach.store, coach.paths, coach.content, "
        "coach.schema, coach.transfer, coach.atomicfile, screens.home, screens.help"
    )
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-B", "-c", code], check=True, env=env, cwd=tmp_path)
    assert list(home.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["home"]


def test_help_and_version_create_no_database(tmp_path: Path):
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "PATH": "/usr/bin"}
    for flag in ("--help", "--version"):
        result = subprocess.run(
            [sys.executable, "-m", "coach", flag], env=env, capture_output=True, text=True
        )
        assert result.returncode == 0
    assert not (tmp_path / "data").exists()
