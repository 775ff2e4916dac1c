"""Keep the tester's own machine out of the tests: data folder, COACH_DB, time zone, clock."""

from __future__ import annotations

import importlib.util
import os
import shutil
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.clock import Clock
from coach.paths import resolve_database_path
from coach.store import Store

FROZEN_NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def isolated_machine(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test may read or write the real user's data, or depend on their time zone."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("COACH_DB", raising=False)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    time.tzset()


@pytest.fixture
def frozen_clock() -> Clock:
    return lambda: FROZEN_NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "coach.json"


@pytest.fixture
def default_store(frozen_clock: Clock) -> Iterator[Store]:
    """A store at the default location inside the test's own home, for stable screenshots."""
    opened = Store.open(resolve_database_path(None, {}), clock=frozen_clock)
    yield opened
    opened.close()


@pytest.fixture
def store(db_path: Path, frozen_clock: Clock) -> Iterator[Store]:
    opened = Store.open(db_path, clock=frozen_clock)
    yield opened
    opened.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The answer analysis's precision and recall, printed whenever they were measured."""
    from tests.accuracy import REPORTS

    for report in REPORTS.values():
        terminalreporter.write_line("")
        for line in report.splitlines():
            terminalreporter.write_line(line)


def voice_missing() -> str:
    """What the voice tests lack here, or "" when they can run."""
    if importlib.util.find_spec("faster_whisper") is None:
        return "the voice extra is not installed (pip install -e '.[voice]')"
    if shutil.which("espeak-ng") is None:
        return "espeak-ng is not installed (apt install espeak-ng)"
    return ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Voice tests skip cleanly without the extra, except where CI says they must run."""
    missing = voice_missing()
    if not missing:
        return
    if os.environ.get("COACH_REQUIRE_VOICE") == "1":
        raise pytest.UsageError(f"COACH_REQUIRE_VOICE=1, but {missing}")
    for item in items:
        if item.get_closest_marker("voice") is not None:
            item.add_marker(pytest.mark.skip(reason=missing))
