"""Recording the microphone to a WAV file that is whole at every moment.

The PortAudio callback only copies each block into a queue; a writer thread appends it to
the file and rewrites the header's two lengths, then flushes. So a kill mid-answer leaves a
playable recording of everything up to the last block or two, and a resumed answer
continues that file (`append=True`) rather than starting over. The file is 0600 from its
creation: it is the user's voice.

`sounddevice` loads on first use. Without PortAudio (`import sounddevice` raises OSError
on Linux when libportaudio2 is missing) or without a microphone (every call raises
PortAudioError) the caller gets one line saying so, never a traceback.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue
import struct
import threading
from array import array
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from coach.errors import VoiceUnavailable

SAMPLE_RATE = 16000
BLOCK_FRAMES = 1600  # a tenth of a second
HEADER_BYTES = 44
SAMPLE_BYTES = 2  # 16-bit mono
FILE_MODE = 0o600
NO_PORTAUDIO = "Timed only: recording needs PortAudio (apt install libportaudio2)."
# Shown on the answer screen beside the clock: each fits one line at 80 columns.
NO_EXTRA = "Timed only: pip install 'coach[voice]' to be heard."
NO_MICROPHONE = "Timed only: no microphone found; connect one to be heard."


class Recorder(Protocol):
    """What the answer screen needs from a microphone."""

    @property
    def level(self) -> float: ...  # the latest loudness, 0 to 1

    @property
    def seconds(self) -> float: ...  # recorded so far

    def start(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def stop(self) -> Path | None: ...  # the recording, or None when nothing was recorded


def load_sounddevice() -> Any:
    """The sounddevice module; VoiceUnavailable with one line when it cannot load."""
    try:
        import sounddevice
    except ImportError as error:
        raise VoiceUnavailable(NO_EXTRA) from error
    except OSError as error:  # PortAudio itself is missing
        raise VoiceUnavailable(NO_PORTAUDIO) from error
    return sounddevice


def probe_microphone() -> str | None:
    """Why nothing can be recorded here, in one line; None when a microphone answers."""
    try:
        sounddevice = load_sounddevice()
    except VoiceUnavailable as error:
        return str(error)
    try:
        sounddevice.check_input_settings(channels=1, samplerate=SAMPLE_RATE, dtype="int16")
    except Exception:  # PortAudioError or ValueError: no usable input device
        return NO_MICROPHONE
    return None


def wav_header(data_bytes: int) -> bytes:
    """A 44-byte PCM WAV header for 16 kHz, 16-bit mono with `data_bytes` of samples."""
    byte_rate = SAMPLE_RATE * SAMPLE_BYTES
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, byte_rate, SAMPLE_BYTES, 16)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


def loudness(block: bytes) -> float:
    """0 (silence) to 1 (full scale), on a decibel scale so speech fills the middle."""
    samples = array("h")
    samples.frombytes(block[: len(block) - len(block) % SAMPLE_BYTES])
    if not samples:
        return 0.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    if rms <= 0:
        return 0.0
    return max(0.0, min(1.0, (20 * math.log10(rms) + 60) / 60))


class WavAppender:
    """A WAV file written block by block whose header is right after every block."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        existing = existing_data_bytes(path) if append else None
        flags = os.O_RDWR | os.O_CREAT | (0 if existing is not None else os.O_TRUNC)
        self.file: BinaryIO = os.fdopen(os.open(path, flags, FILE_MODE), "r+b")
        path.chmod(FILE_MODE)  # os.open's mode is filtered through the umask
        self.data_bytes = existing or 0
        self.file.seek(0)
        self.file.write(wav_header(self.data_bytes))
        self.file.truncate(HEADER_BYTES + self.data_bytes)  # a half-written last sample goes
        self.file.seek(HEADER_BYTES + self.data_bytes)
        self.file.flush()

    def write(self, block: bytes) -> None:
        self.file.write(block)
        self.data_bytes += len(block)
        self.file.seek(0)
        self.file.write(wav_header(self.data_bytes))
        self.file.seek(HEADER_BYTES + self.data_bytes)
        self.file.flush()

    def close(self) -> None:
        """Close without fsync: stopping joins this thread on the UI's, so the sync is
        done when the recording is kept (coach.audio.keep_draft_audio, on the writer)."""
        self.file.close()


def existing_data_bytes(path: Path) -> int | None:
    """The samples already in a recording this module wrote, from its size (a kill may
    have left the header behind); None when there is no such file to continue."""
    try:
        with path.open("rb") as source:
            head = source.read(HEADER_BYTES)
            size = os.fstat(source.fileno()).st_size
    except OSError:
        return None
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[36:40] != b"data":
        return None
    if head[20:36] != wav_header(0)[20:36]:  # another format: not ours to continue
        return None
    data = size - HEADER_BYTES
    return data - data % SAMPLE_BYTES


class MicRecorder:
    """Records the default microphone to `path` while started and not paused."""

    def __init__(self, path: Path, *, append: bool = False) -> None:
        self.path = path
        self.append = append
        self.level = 0.0
        self.blocks: queue.Queue[bytes | None] = queue.Queue()
        self.stream: Any = None
        self.writer: threading.Thread | None = None
        self.wav: WavAppender | None = None
        self.failure: str | None = None

    @property
    def seconds(self) -> float:
        wav = self.wav
        return wav.data_bytes / (SAMPLE_RATE * SAMPLE_BYTES) if wav is not None else 0.0

    def start(self) -> None:
        """Open the microphone and begin; VoiceUnavailable (one line) when it cannot."""
        sounddevice = load_sounddevice()

        def heard(data: Any, _frames: int, _time: Any, _status: Any) -> None:
            self.blocks.put(bytes(data))

        try:
            stream = sounddevice.RawInputStream(
                samplerate=SAMPLE_RATE,
                channels=1,
                dtype="int16",
                blocksize=BLOCK_FRAMES,
                callback=heard,
            )
        except Exception as error:  # PortAudioError, ValueError: no usable microphone
            raise VoiceUnavailable(NO_MICROPHONE) from error
        self.wav = WavAppender(self.path, append=self.append)
        self.writer = threading.Thread(target=self.keep_writing, name="recorder", daemon=True)
        self.writer.start()
        self.stream = stream
        stream.start()

    def keep_writing(self) -> None:
        wav = self.wav
        assert wav is not None
        while (block := self.blocks.get()) is not None:
            try:
                wav.write(block)
            except OSError as error:  # a full disk: keep what is there, say why
                self.failure = f"{self.path}: recording stopped ({error.strerror or error})."
                break
            self.level = loudness(block)
        wav.close()

    def pause(self) -> None:
        if self.stream is not None:
            self.stream.stop()
        self.level = 0.0

    def resume(self) -> None:
        if self.stream is not None:
            self.stream.start()

    def stop(self) -> Path | None:
        """Close the microphone and the file; the recording, or None if it holds nothing."""
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(Exception):  # the device may already be gone
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()
        if self.writer is not None:
            self.blocks.put(None)
            self.writer.join()
            self.writer = None
        return self.path if self.seconds > 0 else None
