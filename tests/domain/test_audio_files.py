"""Where recordings live: beside the database, private, and named only by safe ids."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.audio import (
    audio_folder,
    check_session_id,
    delete_session_audio,
    discard_draft_audio,
    draft_audio_path,
    ensure_audio_folder,
    keep_draft_audio,
    session_audio_path,
)


def test_the_folder_sits_beside_the_database_and_is_private(tmp_path: Path) -> None:
    database = tmp_path / "data" / "coach.json"
    assert audio_folder(database) == tmp_path / "data" / "coach-audio"
    assert not audio_folder(database).exists()  # nothing is made until asked
    folder = ensure_audio_folder(database)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)
    ensure_audio_folder(database)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_saved_answer_takes_the_draft_and_a_delete_removes_it(tmp_path: Path) -> None:
    database = tmp_path / "coach.json"
    ensure_audio_folder(database)
    draft_audio_path(database).write_bytes(b"RIFF")
    kept = keep_draft_audio(database, "s1")
    assert kept == session_audio_path(database, "s1") and kept.exists()
    assert not draft_audio_path(database).exists()
    assert keep_draft_audio(database, "s2") is None  # no draft: nothing to keep
    delete_session_audio(database, "s1")
    delete_session_audio(database, "s1")  # already gone is fine
    assert not kept.exists()


def test_discarding_an_answer_discards_its_draft(tmp_path: Path) -> None:
    database = tmp_path / "coach.json"
    ensure_audio_folder(database)
    draft_audio_path(database).write_bytes(b"RIFF")
    discard_draft_audio(database)
    discard_draft_audio(database)
    assert not draft_audio_path(database).exists()


@pytest.mark.parametrize(
    "bad", ["", "../x", "a/b", "a\\b", ".hidden", "draft", "DRAFT", "x\0", "é" * 150]
)
def test_an_id_that_cannot_name_a_file_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        check_session_id(bad)


def test_deleting_an_attempt_with_an_unsafe_id_touches_nothing(tmp_path: Path) -> None:
    database = tmp_path / "data" / "coach.json"
    outside = tmp_path / "data" / "precious.wav"
    outside.parent.mkdir()
    outside.write_bytes(b"x")
    delete_session_audio(database, "../precious")
    assert outside.exists()


@given(st.text(max_size=60))
def test_any_accepted_id_stays_inside_the_folder(session_id: str) -> None:
    database = Path("/data/coach.json")
    try:
        path = session_audio_path(database, session_id)
    except ValueError:
        return
    assert path.parent == audio_folder(database)
    assert path.name == session_id + ".wav"
