"""How spoken answers are heard on this machine: a microphone and a transcriber.

Screens ask a `Listening` for a recorder and for a transcript instead of importing
sounddevice or faster-whisper themselves, so the typed journey and start-up never load
them, and tests hand in a fake that plays a WAV. The heavy modules load on first use.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coach.recorder import NO_EXTRA

if TYPE_CHECKING:
    from coach.recorder import Recorder
    from coach.speech import Transcript
    from coach.transcribe import Transcriber

Progress = Callable[[float], None]


@dataclass
class Listening:
    """The microphone and the transcriber behind spoken practice."""

    model: str | None = None  # a CTranslate2 whisper folder; None: COACH_WHISPER_MODEL or bundled
    _transcriber: Transcriber | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _busy: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def unavailable(self) -> str | None:
        """Why answers cannot be heard here, in one line; None when they can."""
        from coach.transcribe import voice_installed

        if not voice_installed():
            return NO_EXTRA
        from coach.recorder import probe_microphone

        return probe_microphone()

    def recorder(self, path: Path, *, append: bool) -> Recorder:
        """A recorder writing to `path` (continuing it when `append`); started by the caller."""
        from coach.recorder import MicRecorder

        return MicRecorder(path, append=append)

    def prepare(self) -> None:
        """Load the model now (on a worker, while the user is still speaking), so the
        feedback does not wait for it; a failure is left for `transcribe` to report."""
        from coach.errors import VoiceUnavailable

        with contextlib.suppress(VoiceUnavailable):
            self.transcriber()

    def transcribe(self, audio: Path, progress: Progress | None = None) -> Transcript:
        """What was said in `audio`; the model loads once, on the first call (any thread).

        One at a time: a mock interview's answers are heard in turn, not fighting over
        the same cores and model.
        """
        transcriber = self.transcriber()
        with self._busy:
            return transcriber.transcribe(audio, progress)

    def transcriber(self) -> Transcriber:
        """The one loaded model; VoiceUnavailable (one line) when it cannot be loaded."""
        from coach.transcribe import Transcriber

        with self._lock:
            if self._transcriber is None:
                self._transcriber = Transcriber(Path(self.model) if self.model else None)
            return self._transcriber
