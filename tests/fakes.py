"""Stand-ins the tests control: a monotonic clock that moves only when told, and
microphones that hear nothing or play a chosen recording."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from coach.listening import NO_EXTRA, Listening, Progress

if TYPE_CHECKING:
    from coach.recorder import Recorder
    from coach.speech import Transcript


class FakeMonotonic:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class DeafListening(Listening):
    """A machine where answers cannot be heard (the Pilot default: same on every machine)."""

    def unavailable(self) -> str | None:
        return NO_EXTRA


class PlayedRecorder:
    """Stands in for the microphone: while 'recording' it writes a WAV the test chose."""

    def __init__(self, source: Path | None, path: Path, *, append: bool) -> None:
        self.source = source
        self.path = path
        self.append = append
        self.level = 0.0
        self.seconds = 0.0
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")
        self.level, self.seconds = 0.6, 1.0

    def pause(self) -> None:
        self.calls.append("pause")

    def resume(self) -> None:
        self.calls.append("resume")

    def stop(self) -> Path | None:
        self.calls.append("stop")
        if self.source is None:
            return None
        shutil.copyfile(self.source, self.path)
        self.path.chmod(0o600)
        return self.path


class PlayedListening(Listening):
    """A microphone that plays `source`, and a transcriber: real, or a fixed transcript."""

    def __init__(self, source: Path | None, transcript: Transcript | None = None) -> None:
        super().__init__()
        self.source = source
        self.fixed = transcript
        self.recorders: list[PlayedRecorder] = []
        self.heard: list[Path] = []

    def unavailable(self) -> str | None:
        return None

    def recorder(self, path: Path, *, append: bool) -> Recorder:
        recorder = PlayedRecorder(self.source, path, append=append)
        self.recorders.append(recorder)
        return recorder

    def prepare(self) -> None:
        if self.fixed is None:
            super().prepare()

    def transcribe(self, audio: Path, progress: Progress | None = None) -> Transcript:
        self.heard.append(audio)
        if self.fixed is None:
            return super().transcribe(audio, progress)
        if progress is not None:
            progress(1.0)
        return self.fixed
