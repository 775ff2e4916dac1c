"""Answers made to be heard: espeak-ng speaks known text, with fillers and timed silences,
so the transcriber is measured against a truth we wrote. No microphone is needed.

The truth for pace and pauses comes from the WAV itself (where its samples are loud), not
from anything the transcriber or its voice-activity detector says.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

SILENT = 200  # below this 16-bit amplitude a 10 ms frame is silent
FRAME_SECONDS = 0.01


@dataclass(frozen=True)
class Case:
    """One spoken answer: its words, where it pauses, how fast espeak-ng says it."""

    name: str
    ssml: str  # the words, with <break time="…ms"/> where the speaker stops
    rate: int = 160  # espeak-ng's words a minute (its own idea of them)

    @property
    def text(self) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", self.ssml).split())


def speak(case: Case, folder: Path) -> Path:
    """The case as a WAV (espeak-ng's own 22,050 Hz, 16-bit mono)."""
    espeak = shutil.which("espeak-ng")
    assert espeak is not None, "espeak-ng is needed to make the spoken answers"
    wav = folder / f"{case.name}-{case.rate}.wav"
    subprocess.run(
        [espeak, "-m", "-s", str(case.rate), "-w", str(wav), f"<speak>{case.ssml}</speak>"],
        check=True,
        timeout=60,
    )
    return wav


def words(text: str) -> list[str]:
    """Words compared for the error rate: lower case, no punctuation, numbers as digits."""
    lowered = text.lower().replace("%", " percent")
    for word, digits in NUMBER_WORDS.items():
        lowered = re.sub(rf"\b{word}\b", digits, lowered)
    return re.findall(r"[a-z0-9']+", lowered)


NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "forty": "40", "ten": "10", "zero": "0"}


def word_errors(reference: str, heard: str) -> tuple[int, int]:
    """Edits (substitutions, insertions, deletions) from the reference to what was heard,
    and the reference's length."""
    ref, hyp = words(reference), words(heard)
    row = list(range(len(hyp) + 1))
    for i, a in enumerate(ref, 1):
        diagonal, row[0] = row[0], i
        for j, b in enumerate(hyp, 1):
            diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (a != b))
    return row[-1], len(ref)


def um_uh(text: str) -> int:
    return len(re.findall(r"\b(?:u+m+|u+h+)\b", text.lower()))


def loud_frames(wav: Path) -> tuple[list[bool], float]:
    """For each 10 ms of the WAV, whether it is loud; and the WAV's length in seconds."""
    with wave.open(str(wav), "rb") as source:
        rate = source.getframerate()
        samples = array("h")
        samples.frombytes(source.readframes(source.getnframes()))
    step = max(1, int(rate * FRAME_SECONDS))
    loud = [
        max(map(abs, samples[i : i + step]), default=0) > SILENT
        for i in range(0, len(samples), step)
    ]
    return loud, len(samples) / rate


def true_span(wav: Path) -> float:
    """Seconds from the first loud moment to the last."""
    loud, _ = loud_frames(wav)
    first = loud.index(True)
    last = len(loud) - 1 - loud[::-1].index(True)
    return (last - first + 1) * FRAME_SECONDS


def true_pauses(wav: Path, at_least: float = 1.0) -> list[tuple[float, float]]:
    """The silences of `at_least` seconds between the first and last loud moments."""
    loud, _ = loud_frames(wav)
    found, start = [], None
    for index, is_loud in enumerate(loud):
        if not is_loud and start is None:
            start = index
        elif is_loud and start is not None:
            if start > 0 and (index - start) * FRAME_SECONDS >= at_least:
                found.append((start * FRAME_SECONDS, index * FRAME_SECONDS))
            start = None
    return found
