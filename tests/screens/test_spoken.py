"""The spoken journey through Pilot: recorded while the clock runs, heard on a worker,
coached from what was said; and, where nothing can listen, timed with one line saying why."""

from __future__ import annotations

import shutil
import stat
import subprocess
import wave
from pathlib import Path

import pytest
from textual.widgets import RadioButton

from coach.audio import audio_folder
from coach.listening import NO_EXTRA
from coach.speech import Pause, Transcript, Word
from coach.store import Store
from coach.voice import NoVoice
from screens.feedback import FeedbackScreen
from tests.fakes import FakeMonotonic, PlayedListening
from tests.screens.helpers import make_app, until

SAID = (
    "Um, last spring our nightly data load failed about four times a month. I was asked "
    "to make it reliable. I rewrote the loader and added alerts. Uh, failures dropped to zero."
)


def timed_words(text: str, seconds_each: float = 0.4) -> tuple[Word, ...]:
    return tuple(
        Word(word, round(i * seconds_each, 2), round(i * seconds_each + 0.3, 2))
        for i, word in enumerate(text.split())
    )


def silent_wav(path: Path, seconds: float = 1.0) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\0\0" * int(16000 * seconds))
    return path


async def answer_aloud(pilot, clock: FakeMonotonic, seconds: float) -> None:
    from screens.practice import PracticeScreen

    await pilot.press("p")
    await until(pilot, lambda: isinstance(pilot.app.screen, PracticeScreen), "set-up")
    pilot.app.screen.query_one("#mode-spoken", RadioButton).value = True
    await pilot.click("#start")
    await until(pilot, lambda: pilot.app.screen.query("#mic"), "the answer screen")
    screen = pilot.app.screen
    await until(pilot, lambda: screen.countdown.started, "the clock to start")  # else time is lost
    clock.advance(seconds)


async def spoken_feedback(pilot, clock: FakeMonotonic, seconds: float) -> FeedbackScreen:
    """Answer aloud for `seconds`, finish, and return the feedback screen that opens."""
    await answer_aloud(pilot, clock, seconds)
    await pilot.press("ctrl+s")
    await until(pilot, lambda: isinstance(pilot.app.screen, FeedbackScreen), "feedback")
    return pilot.app.screen


async def test_a_spoken_answer_is_recorded_heard_and_coached(store: Store, tmp_path: Path):
    words = timed_words(SAID)
    transcript = Transcript(
        text=SAID, words=words, pauses=(Pause(4.0, 5.5),), duration=16.0, speech_seconds=14.5
    )
    listening = PlayedListening(silent_wav(tmp_path / "said.wav"), transcript)
    clock = FakeMonotonic()
    app = make_app(store, clock)
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        await answer_aloud(pilot, clock, 16)
        mic = app.screen.query_one("#mic")
        await until(pilot, lambda: "Listening" in str(mic.render()), "the level meter")
        [recorder] = listening.recorders
        await pilot.press("f2")  # pause: the recording pauses with the clock
        await until(pilot, lambda: "pause" in recorder.calls, "the recording to pause")
        await pilot.press("f2")
        await until(pilot, lambda: "resume" in recorder.calls, "the recording to resume")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback")
        screen = app.screen
        await until(pilot, lambda: screen.query("#figures"), "the transcript's feedback", 10)
        shown = str(screen.query_one("#detail-answer").render())
        assert "rewrote the loader" in shown
        assert "What you said" in str(screen.query_one("#detail-answer").border_title)
        await pilot.press("4")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, FeedbackScreen), "saving")
    # Nothing recorded again once the answer ended (the feedback covering the answer
    # screen once started a second recording over the one being kept).
    assert len(listening.recorders) == 1
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["transcript"] == SAID
    assert session["rating"] == 4  # the rating and the transcript both stand
    assert session["feedback"]["speech"]["um_uh"] == 2
    assert "four" in session["feedback"]["figures"]  # the text analysis ran on what was said
    folder = audio_folder(store.path)
    kept = folder / session["audio"]
    assert kept.exists() and not (folder / "draft.wav").exists()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert listening.heard == [kept]


async def test_with_nothing_to_listen_the_answer_is_timed_and_says_why(store: Store):
    clock = FakeMonotonic()
    app = make_app(store, clock)  # the Pilot default cannot hear
    async with app.run_test(size=(100, 30)) as pilot:
        await answer_aloud(pilot, clock, 30)
        mic = app.screen.query_one("#mic")
        await until(pilot, lambda: NO_EXTRA in str(mic.render()), "the reason")
        assert "\n" not in NO_EXTRA
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback")
        await pilot.press("ctrl+s")
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["used_s"] == 30
    assert session["transcript"] == "" and session["audio"] == ""
    assert not audio_folder(store.path).exists()


@pytest.mark.voice
async def test_a_recording_played_into_the_app_is_transcribed(store: Store, tmp_path: Path):
    """The real transcriber on a played espeak-ng recording, end to end through the screens."""
    wav = tmp_path / "spoken.wav"
    espeak = shutil.which("espeak-ng")
    assert espeak is not None
    subprocess.run(
        [espeak, "-s", "160", "-w", str(wav), "I rewrote the loader and the failures stopped."],
        check=True,
        timeout=60,
    )
    listening = PlayedListening(wav)
    clock = FakeMonotonic()
    app = make_app(store, clock)
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await spoken_feedback(pilot, clock, 5)
        await until(pilot, lambda: screen.query("#figures"), "the transcription", 120)
        assert "loader" in str(screen.query_one("#detail-answer").render()).lower()
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert "loader" in session["transcript"].lower()
    assert session["feedback"]["speech"]["wpm"] > 0


class Speaking:
    """An interviewer's voice still reading until `done` is set."""

    def __init__(self) -> None:
        self.done = False
        self.terminated = False

    def poll(self) -> int | None:
        return 0 if self.done or self.terminated else None

    def terminate(self) -> None:
        self.terminated = True


class HeardVoice(NoVoice):
    def __init__(self) -> None:
        self.read: list[str] = []
        self.process = Speaking()

    def available(self) -> bool:
        return True

    def speak(self, text: str):  # a stand-in for the Popen
        self.read.append(text)
        return self.process


async def test_the_interviewer_reads_the_question_before_the_clock_starts(store: Store):
    from textual.widgets import Checkbox

    from screens.answer import AnswerScreen
    from screens.practice import PracticeScreen

    clock = FakeMonotonic()
    app = make_app(store, clock)
    voice = HeardVoice()
    app.services.voice = voice
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, PracticeScreen), "set-up")
        app.screen.query_one("#get-ready", Checkbox).value = False
        app.screen.query_one("#mock", Checkbox).value = True  # a mock interview: voice on
        await until(pilot, lambda: app.screen.query_one("#read-aloud", Checkbox).value, "voice")
        await pilot.click("#start")
        await until(pilot, lambda: isinstance(app.screen, AnswerScreen), "the question")
        screen = app.screen
        await until(
            pilot, lambda: "interviewer asks" in str(screen.query_one("#timer-state").render())
        )
        assert voice.read == [screen.plan.question.text]
        clock.advance(20)  # still reading: the clock waits
        assert not screen.countdown.started
        voice.process.done = True
        await until(pilot, lambda: screen.countdown.started, "the countdown to start")
        assert not screen.area.read_only


async def test_with_recordings_off_only_the_transcript_is_kept(store: Store, tmp_path: Path):
    transcript = Transcript(text=SAID, words=timed_words(SAID), duration=16.0, speech_seconds=15)
    listening = PlayedListening(silent_wav(tmp_path / "said.wav"), transcript)
    clock = FakeMonotonic()
    app = make_app(store, clock)
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.app.run_action("toggle_recordings")
        await until(pilot, lambda: store.setting("keep_audio", True) is False, "the setting")
        await answer_aloud(pilot, clock, 16)
        await until(pilot, lambda: listening.recorders, "recording")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, FeedbackScreen), "feedback")
        screen = app.screen
        await until(pilot, lambda: screen.query("#figures"), "the transcript's feedback")
        await pilot.press("ctrl+s")
    app.services.writer.flush()
    [session] = store.all("sessions")
    assert session["transcript"] == SAID and session["audio"] == ""
    assert list(audio_folder(store.path).iterdir()) == []


async def test_a_killed_spoken_answer_resumes_its_recording(store: Store, tmp_path: Path):
    from screens.answer import AnswerScreen
    from screens.widgets.confirm import ConfirmScreen

    listening = PlayedListening(silent_wav(tmp_path / "said.wav"), Transcript(text=SAID))
    clock = FakeMonotonic()
    app = make_app(store, clock)
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        await answer_aloud(pilot, clock, 10)
        await until(pilot, lambda: listening.recorders, "recording")
        app.screen.save_draft()
    app.services.writer.flush()  # the app closed mid-answer: the draft and its audio stay
    draft_audio = audio_folder(store.path) / "draft.wav"
    assert store.all("drafts") and draft_audio.exists()

    again = make_app(store, FakeMonotonic())
    again.services.listening = listening
    async with again.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ConfirmScreen), "the offer")
        await pilot.click("#yes")
        await until(pilot, lambda: isinstance(again.screen, AnswerScreen), "the answer")
        await pilot.press("f2")  # a resumed answer opens paused
        await until(pilot, lambda: len(listening.recorders) == 2, "recording again")
        assert listening.recorders[-1].append  # it continues the kept recording
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(again.screen, FeedbackScreen), "feedback")
        screen = again.screen
        await until(pilot, lambda: screen.query("#figures"), "the transcript's feedback")
    again.services.writer.flush()
    [session] = store.all("sessions")
    assert (audio_folder(store.path) / session["audio"]).exists()
    assert not draft_audio.exists()


async def test_a_recording_left_unheard_is_heard_when_its_attempt_is_opened(
    store: Store, tmp_path: Path
):
    """The app closed while an answer was being transcribed: opening it finishes the job."""
    from coach.audio import ensure_audio_folder
    from coach.sessions import Session
    from screens.detail import SessionScreen
    from screens.history import HistoryScreen

    silent_wav(ensure_audio_folder(store.path) / "s1.wav")
    session = Session(
        id="s1",
        started="2026-11-22T09:00:00+00:00",
        finished="2026-11-22T09:01:00+00:00",
        deck="job",
        question_id="job-interests",
        question="What are your professional interests?",
        mode="spoken",
        limit_s=90,
        used_s=16.0,
        overtime_s=0.0,
        paused_s=0.0,
        answer="",
        feedback={"limit_seconds": 90, "behavioural": False},
        rating=3,
        audio="s1.wav",
    )
    store.put("sessions", session.to_record())
    listening = PlayedListening(None, Transcript(text=SAID, words=timed_words(SAID)))
    app = make_app(store, FakeMonotonic())
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("h")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the attempt")
        screen = app.screen
        await until(pilot, lambda: screen.query("#figures"), "the transcript's feedback")
        assert "rewrote the loader" in str(screen.query_one("#detail-answer").render())
    app.services.writer.flush()
    saved = store.get("sessions", "s1")
    assert saved["transcript"] == SAID and saved["rating"] == 3


async def test_a_recording_with_no_words_says_nothing_was_heard(store: Store, tmp_path: Path):
    """Silence is an answer too: the body says so instead of going blank or listening again."""
    from coach.speech import NOTHING_HEARD

    listening = PlayedListening(silent_wav(tmp_path / "quiet.wav"), Transcript(text=""))
    clock = FakeMonotonic()
    app = make_app(store, clock)
    app.services.listening = listening
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await spoken_feedback(pilot, clock, 5)
        await until(pilot, lambda: screen.query("#feedback-tips"), "the verdict on silence", 10)
        assert NOTHING_HEARD[:30] in str(screen.query_one("#feedback-tips").render())
        assert not screen.query("#listening-state")
