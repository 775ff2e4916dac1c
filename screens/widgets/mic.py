"""The microphone line of a spoken answer: records while the clock runs, shows the level.

The answer screen tells it, at every tick, whether the countdown is running; it starts,
pauses and resumes the recorder to match, so the recording holds exactly the answering
time. When listening cannot happen here it says why in one line and the answer is only
timed.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text

from coach.audio import draft_audio_path, ensure_audio_folder
from coach.errors import VoiceUnavailable
from coach.listening import Listening
from coach.recorder import Recorder
from screens.widgets.text import Static

METER_CELLS = 12


def level_meter(level: float, seconds: float) -> Text:
    """`● Listening ▮▮▮▮▯▯▯▯ 0:12`: the user can see that the microphone hears them."""
    lit = max(0, min(METER_CELLS, round(level * METER_CELLS)))
    text = Text("● ", style="bold red")
    text.append("Listening  ")
    text.append("▮" * lit, style="green" if level < 0.85 else "yellow")
    text.append("▯" * (METER_CELLS - lit), style="dim")
    minutes, secs = divmod(int(seconds), 60)
    text.append(f"  {minutes}:{secs:02d} recorded", style="dim")
    return text


class MicLine(Static):
    """Recording state for one answer; `stop()` hands back whether anything was heard."""

    DEFAULT_CSS = """
    MicLine {
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;  /* one line whatever the width: the reason is short */
    }
    """

    def __init__(self, listening: Listening, database: Path, *, resumed: bool) -> None:
        super().__init__("", id="mic")
        self.listening = listening
        self.database = database
        self.resumed = resumed
        self.recorder: Recorder | None = None
        self.problem: str | None = None
        self.paused = False
        self.stopped = False  # once the answer ends, nothing may start a recording again

    def on_mount(self) -> None:
        self.problem = self.listening.unavailable()
        if self.problem:
            self.say(self.problem)

    def follow(self, running: bool) -> None:
        """Match the recorder to the clock, and redraw the meter."""
        if self.problem or self.stopped:
            return
        if running and self.recorder is None:
            self.begin()
        recorder = self.recorder
        if recorder is None:
            return
        if running and self.paused:
            recorder.resume()
        elif not running and not self.paused:
            recorder.pause()
        self.paused = not running
        if self.paused:
            self.update(Text("Recording paused", style="dim"))
        else:
            self.update(level_meter(recorder.level, recorder.seconds))

    def begin(self) -> None:
        try:
            ensure_audio_folder(self.database)
            recorder = self.listening.recorder(draft_audio_path(self.database), append=self.resumed)
            recorder.start()
        except (VoiceUnavailable, OSError) as error:
            self.problem = str(error).splitlines()[0] if str(error) else "Recording failed."
            self.say(self.problem)
            return
        self.recorder = recorder
        self.run_worker(self.listening.prepare, thread=True, group="listening", exit_on_error=False)

    def say(self, problem: str) -> None:
        """Why this answer is not heard, and that it is still timed, on one line."""
        shown = problem if problem.startswith("Timed only") else f"Timed only: {problem}"
        self.update(Text(shown, style="dim"))

    def stop(self) -> bool:
        """End the recording for good; True when there is audio to transcribe."""
        self.stopped = True
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return False
        return recorder.stop() is not None and recorder.seconds > 0.3
