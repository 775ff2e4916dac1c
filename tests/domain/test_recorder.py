"""Recording without a microphone: a stand-in sounddevice feeds blocks the way PortAudio does.

What is checked is what the user relies on: the WAV is whole at every moment (even after
kill -9), pause stops it, a resumed answer continues it, it is private, and a missing
PortAudio or microphone is one line.
"""

from __future__ import annotations

import math
import os
import signal
import stat
import struct
import subprocess
import sys
import textwrap
import time
import wave
from pathlib import Path

import pytest

from coach.recorder import (
    BLOCK_FRAMES,
    NO_MICROPHONE,
    NO_PORTAUDIO,
    SAMPLE_RATE,
    MicRecorder,
    WavAppender,
    loudness,
    probe_microphone,
)

FAKE_SOUNDDEVICE = textwrap.dedent(
    '''
    """A microphone that says a 440 Hz tone, one block every 10 ms of real time."""
    import math, struct, threading, time

    TONE = b"".join(struct.pack("<h", int(8000 * math.sin(i / 16000 * 2 * math.pi * 440)))
                    for i in range(1600))

    class PortAudioError(Exception):
        pass

    def check_input_settings(**kwargs):
        if MISSING:
            raise PortAudioError("Error querying device -1")

    MISSING = False

    class RawInputStream:
        def __init__(self, samplerate, channels, dtype, blocksize, callback):
            if MISSING:
                raise PortAudioError("Error querying device -1")
            self.callback, self.running, self.closed = callback, False, False
            self.thread = threading.Thread(target=self.run, daemon=True)
            self.thread.start()

        def run(self):
            while not self.closed:
                if self.running:
                    self.callback(TONE, 1600, None, None)
                time.sleep(0.01)

        def start(self):
            self.running = True

        def stop(self):
            self.running = False

        def close(self):
            self.closed = True
    '''
)


@pytest.fixture
def fake_microphone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / "sounddevice.py").write_text(FAKE_SOUNDDEVICE)
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    import sounddevice

    yield sounddevice
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)


def wait_until(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def frames_in(path: Path) -> int:
    with wave.open(str(path), "rb") as source:
        assert (source.getnchannels(), source.getsampwidth(), source.getframerate()) == (
            1,
            2,
            SAMPLE_RATE,
        )
        return source.getnframes()


def test_records_while_running_and_not_while_paused(tmp_path: Path, fake_microphone) -> None:
    path = tmp_path / "draft.wav"
    recorder = MicRecorder(path)
    recorder.start()
    wait_until(lambda: recorder.seconds >= 0.5)
    assert recorder.level > 0.3  # the tone is heard
    recorder.pause()
    paused_at = recorder.seconds
    time.sleep(0.2)  # nothing arrives while paused: a condition cannot show an absence
    assert recorder.seconds - paused_at <= 0.2  # at most the blocks already queued
    recorder.resume()
    wait_until(lambda: recorder.seconds >= paused_at + 0.5)
    assert recorder.stop() == path
    assert frames_in(path) == round(recorder.seconds * SAMPLE_RATE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_resumed_answer_continues_the_recording(tmp_path: Path, fake_microphone) -> None:
    path = tmp_path / "draft.wav"
    first = MicRecorder(path)
    first.start()
    wait_until(lambda: first.seconds >= 0.3)
    first.stop()
    before = frames_in(path)
    second = MicRecorder(path, append=True)
    second.start()
    wait_until(lambda: second.seconds >= before / SAMPLE_RATE + 0.3)
    second.stop()
    assert frames_in(path) > before


def test_nothing_recorded_is_no_recording(tmp_path: Path, fake_microphone) -> None:
    recorder = MicRecorder(tmp_path / "draft.wav")
    assert recorder.stop() is None


def test_a_kill_mid_answer_leaves_a_whole_wav(tmp_path: Path, fake_microphone) -> None:
    path = tmp_path / "draft.wav"
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(tmp_path / "fake")!r})
        from pathlib import Path
        from coach.recorder import MicRecorder
        recorder = MicRecorder(Path({str(path)!r}))
        recorder.start()
        time.sleep(600)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        wait_until(lambda: path.exists() and path.stat().st_size > 44 + SAMPLE_RATE * 2)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    # The header is patched just after each block, so a kill can land between the two:
    # it then counts one block fewer than the file holds, and reopening counts them all.
    frames = frames_in(path)
    behind = path.stat().st_size - 44 - frames * 2
    assert frames >= SAMPLE_RATE and behind in (0, BLOCK_FRAMES * 2)
    again = WavAppender(path, append=True)
    assert again.data_bytes == path.stat().st_size - 44
    again.close()
    assert frames_in(path) * 2 == path.stat().st_size - 44


def test_a_header_left_behind_by_a_kill_is_recovered_from_the_size(tmp_path: Path) -> None:
    path = tmp_path / "draft.wav"
    wav = WavAppender(path, append=False)
    wav.write(b"\1\0" * 1000)
    wav.close()
    with path.open("ab") as more:
        more.write(b"\2\0" * 500 + b"\3")  # samples written, header not yet patched, half a sample
    again = WavAppender(path, append=True)
    assert again.data_bytes == 3000
    again.close()
    assert frames_in(path) == 1500


def test_someone_elses_wav_is_not_continued(tmp_path: Path) -> None:
    path = tmp_path / "draft.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(b"\0" * 400)
    WavAppender(path, append=True).close()
    assert frames_in(path) == 0


def test_loudness_runs_from_silence_to_full_scale() -> None:
    assert loudness(b"") == 0.0
    assert loudness(b"\0\0" * 100) == 0.0
    full = b"".join(struct.pack("<h", 32767 if i % 2 else -32767) for i in range(100))
    assert loudness(full) == pytest.approx(1.0, abs=0.01)
    quiet = b"".join(struct.pack("<h", int(200 * math.sin(i))) for i in range(1600))
    assert 0 < loudness(quiet) < 0.3


def test_no_microphone_is_one_line(fake_microphone, tmp_path: Path) -> None:
    fake_microphone.MISSING = True
    assert probe_microphone() == NO_MICROPHONE
    from coach.errors import VoiceUnavailable

    with pytest.raises(VoiceUnavailable, match="no microphone"):
        MicRecorder(tmp_path / "draft.wav").start()
    assert not (tmp_path / "draft.wav").exists()


def test_no_portaudio_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "sounddevice.py").write_text('raise OSError("PortAudio library not found")\n')
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    assert probe_microphone() == NO_PORTAUDIO
    assert "\n" not in NO_PORTAUDIO


def test_no_sounddevice_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import raises ImportError
    found = probe_microphone()
    assert found is not None and "coach[voice]" in found
