"""How fast a spoken answer is heard: transcription speed and memory, and the wait for feedback.

Needs the voice extra and espeak-ng. A 60-second answer is spoken by espeak-ng, then:

- the model's load time, and transcription's real-time factor (seconds of work per second
  of audio; target <= 0.3), against decoding the audio and finding its pauses alone (the
  floor every transcriber pays), as a ratio measured in the same run;
- peak memory of a process that transcribes it, next to one that only decodes it;
- through the screens (Pilot, a microphone that plays the WAV): the time from ctrl+s to
  the feedback screen, and to the transcript's feedback on it, next to a typed answer's
  ctrl+s to feedback.

It only measures and prints:

    .venv/bin/python benchmarks/bench_transcribe.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import Row, mark, print_table  # noqa: E402  # found through the path above

TARGET_RTF = 0.3
MINUTE_ANSWER = (
    "Um, last spring our nightly data load failed about four times a month, and finance "
    "could not close the books on time. I was asked to make it reliable before the quarter "
    "close. Uh, first I read six months of logs and found that most failures came from one "
    "supplier's late files. I rewrote the loader so that it waits for the files and retries, "
    "and I set up alerts that reach the on-call engineer within five minutes. "
) * 3

MEMORY = """
import resource, sys
from pathlib import Path
from faster_whisper.audio import decode_audio
if sys.argv[1] == "transcribe":
    from coach.transcribe import Transcriber
    Transcriber().transcribe(Path(sys.argv[2]))
else:
    decode_audio(sys.argv[2], sampling_rate=16000)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def speak_minute(folder: Path) -> Path:
    wav = folder / "minute.wav"
    subprocess.run(["espeak-ng", "-s", "205", "-w", str(wav), MINUTE_ANSWER], check=True)
    return wav


@dataclass
class TranscribeFigures:
    audio_seconds: float
    load_seconds: float
    transcribe: list[float]
    floor: list[float]
    memory_mb: float
    floor_memory_mb: float
    to_feedback: list[float]
    to_transcript: list[float]
    typed_to_feedback: list[float]
    stalls: list[float]

    def rows(self) -> list[Row]:
        work = statistics.median(self.transcribe)
        rtf = work / self.audio_seconds
        floor = statistics.median(self.floor)
        rows: list[Row] = [
            ("answer length", f"{self.audio_seconds:.1f} s", "~60 s", ""),
            ("model load", f"{self.load_seconds:.2f} s", "", ""),
            (
                "transcription, median",
                f"{work:.2f} s (n={len(self.transcribe)})",
                "",
                "",
            ),
            ("real-time factor", f"{rtf:.3f}x", f"<= {TARGET_RTF}x", mark(rtf <= TARGET_RTF)),
            ("decode + pauses only (floor)", f"{floor:.2f} s", "(baseline)", ""),
            ("transcription / floor", f"{work / floor:.1f}x", "", ""),
            ("peak memory, transcribing", f"{self.memory_mb:.0f} MB", "", ""),
            ("peak memory, decoding only", f"{self.floor_memory_mb:.0f} MB", "(baseline)", ""),
        ]
        if self.to_feedback:
            typed = statistics.median(self.typed_to_feedback)
            shown = statistics.median(self.to_transcript)
            rows += [
                (
                    "ctrl+s to feedback screen, spoken",
                    f"{statistics.median(self.to_feedback) * 1000:.0f} ms",
                    "",
                    "",
                ),
                ("ctrl+s to feedback screen, typed", f"{typed * 1000:.0f} ms", "(baseline)", ""),
                ("ctrl+s to transcript's feedback", f"{shown:.2f} s", "", ""),
                ("  as a share of the answer", f"{shown / self.audio_seconds:.3f}x", "", ""),
                (
                    "longest UI stall while hearing it",
                    f"{max(self.stalls) * 1000:.0f} ms",
                    "(a 20 ms timer)",
                    "",
                ),
            ]
        return rows


def peak_memory(mode: str, wav: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", MEMORY, mode, str(wav)], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


async def screen_waits(wav: Path, folder: Path, runs: int) -> tuple[list[float], ...]:
    """ctrl+s to feedback (spoken, with the real transcriber, and typed), through Pilot, and
    the longest gap between ticks of a 20 ms timer while the answer was being heard."""
    from textual.app import ComposeResult
    from textual.widgets import RadioButton, TextArea

    from coach.store import Store
    from screens.feedback import FeedbackScreen
    from screens.practice import PracticeScreen
    from tests.fakes import FakeMonotonic, PlayedListening
    from tests.screens.helpers import make_app

    listening = PlayedListening(wav)
    listening.prepare()  # loaded once, as it is while the user speaks
    feedback: list[float] = []
    transcript: list[float] = []
    typed: list[float] = []
    stalls: list[float] = []
    mounted: list[float] = []
    original = FeedbackScreen.compose

    def compose(self: FeedbackScreen) -> ComposeResult:
        mounted.append(time.perf_counter())  # the screen is being built: it is on its way
        return original(self)

    FeedbackScreen.compose = compose  # type: ignore[method-assign]  # a timing probe

    async def until(pilot, condition) -> None:  # type: ignore[no-untyped-def]
        while not condition():
            await pilot.pause(0.005)

    for run in range(runs):
        for spoken in (True, False):
            store = Store.open(folder / f"run{run}-{spoken}" / "coach.json")
            app = make_app(store, FakeMonotonic())
            app.services.listening = listening
            ticks: list[float] = []
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.press("p")
                await until(pilot, lambda: isinstance(pilot.app.screen, PracticeScreen))
                if spoken:
                    pilot.app.screen.query_one("#mode-spoken", RadioButton).value = True
                await pilot.click("#start")
                await until(pilot, lambda: pilot.app.screen.query("#clock"))
                if not spoken:
                    pilot.app.screen.query_one(TextArea).insert(MINUTE_ANSWER)
                else:
                    await until(pilot, lambda: listening.recorders[-1].calls)
                app.set_interval(0.02, lambda ticks=ticks: ticks.append(time.perf_counter()))
                start = time.perf_counter()
                await pilot.press("ctrl+s")
                await until(pilot, lambda: isinstance(pilot.app.screen, FeedbackScreen))
                (feedback if spoken else typed).append(mounted[-1] - start)
                if spoken:
                    screen = pilot.app.screen
                    await until(pilot, lambda screen=screen: bool(screen.query("#figures")))
                    transcript.append(time.perf_counter() - start)
                    during = [t for t in ticks if t >= start]
                    stalls.append(max(b - a for a, b in pairwise(during)))
            store.close()
    FeedbackScreen.compose = original  # type: ignore[method-assign]
    return feedback, transcript, typed, stalls


def run(runs: int = 3, screens: bool = True) -> TranscribeFigures:
    from coach.transcribe import Transcriber, read_audio, silences

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        wav = speak_minute(folder)
        # First, while this process is small: Linux keeps a parent's peak in a child's
        # ru_maxrss across fork and exec, so measured later both would read ~500 MB.
        memory = peak_memory("transcribe", wav)
        floor_memory = peak_memory("decode", wav)
        samples = read_audio(wav)
        audio_seconds = len(samples) / 16000
        start = time.perf_counter()
        transcriber = Transcriber()
        load = time.perf_counter() - start
        transcriber.transcribe(wav)  # warm-up
        work, floor = [], []
        for _ in range(runs):
            start = time.perf_counter()
            transcriber.transcribe(wav)
            work.append(time.perf_counter() - start)
            start = time.perf_counter()
            silences(read_audio(wav))
            floor.append(time.perf_counter() - start)
        waits = asyncio.run(screen_waits(wav, folder, runs)) if screens else ([], [], [], [])
    return TranscribeFigures(audio_seconds, load, work, floor, memory, floor_memory, *waits)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-screens", action="store_true", help="skip the Pilot figures")
    args = parser.parse_args()
    print_table(run(args.runs, screens=not args.no_screens).rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
