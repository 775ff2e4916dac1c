"""The interviewer's voice: the question read aloud before the countdown starts.

`espeak-ng` is small, offline and in every Linux distribution, so it is what is used when
it is installed; without it the question is only shown. It runs as a child process, so the
screen stays live while it speaks and leaving the answer can silence it. Screens reach it
through `Services.voice`, so tests hand in one that never speaks.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

SPEAKER = "espeak-ng"
WORDS_PER_MINUTE = 165


@dataclass(frozen=True)
class InterviewerVoice:
    """Reads questions aloud with espeak-ng, where it is installed."""

    rate: int = WORDS_PER_MINUTE

    def available(self) -> bool:
        """Whether questions can be read aloud here."""
        return shutil.which(SPEAKER) is not None

    def speak(self, text: str) -> subprocess.Popen[bytes] | None:
        """Start reading `text` aloud; the running process, or None when there is no voice."""
        program = shutil.which(SPEAKER)
        if program is None or not text.strip():
            return None
        try:
            return subprocess.Popen(
                [program, "-s", str(self.rate), "--", text],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return None


class NoVoice(InterviewerVoice):
    """A machine with no interviewer's voice (and the tests' default)."""

    def available(self) -> bool:
        return False

    def speak(self, text: str) -> subprocess.Popen[bytes] | None:
        return None
