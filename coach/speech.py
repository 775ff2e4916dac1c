"""What only a spoken answer can show: pace, "um"s, pauses and silence, from the transcript.

A typed answer's pace is a guess (150 words a minute); a heard one has word timestamps and
a voice-activity map, so the figures here are measured. Pace comes from the word
timestamps (first word to last), pauses from the voice-activity detector (which finds
silences more precisely than the gaps between timed words). The text of the transcript
gets the same analysis as a typed answer (`coach.feedback.analyze`), read as speech.

Pure: a `Transcript` in, figures and tips out. Nothing here imports the speech libraries,
so it is tested without them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from coach.advice import MAX_TIPS, advise
from coach.feedback import analyze, fold, judge_length
from coach.lenient import number

SLOW_WPM = 110  # under this a listener waits for you
FAST_WPM = 170  # over this a listener falls behind
LONG_PAUSE_SECONDS = 1.0  # a pause a listener notices
LOST_PAUSE_SECONDS = 3.0  # a silence that sounds like being lost
SILENT_SHARE_HIGH = 0.4  # silent for over 40% of the answer
NOTHING_HEARD = (
    "No words were heard in this recording: watch the level meter move as you speak next "
    "time, or check which microphone is the default."
)
POSSIBLE_FILLERS = frozenset({"like", "so"})  # in speech, often but not always fillers
_UM_UH = re.compile(r"\b(?:u+m+|u+h+m*|e+r+m+|hmm+|mm+)\b")


@dataclass(frozen=True)
class Word:
    """One transcribed word and when it was said (seconds from the recording's start)."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Pause:
    """A silence between stretches of speech."""

    start: float
    end: float

    @property
    def seconds(self) -> float:
        return round(max(0.0, self.end - self.start), 2)


@dataclass(frozen=True)
class Transcript:
    """What was heard in one recording."""

    text: str
    words: tuple[Word, ...] = ()
    pauses: tuple[Pause, ...] = ()
    duration: float = 0.0  # the recording's length
    speech_seconds: float = 0.0  # of which the voice-activity detector heard speech


@dataclass(frozen=True)
class LongPause:
    """A pause a listener notices, and the word it came after (where it fell)."""

    start: float
    end: float
    seconds: float
    after: str


@dataclass(frozen=True)
class SpeechFigures:
    """The measured figures of one spoken answer."""

    duration: float
    answer_seconds: float  # from the first word to the last: the answer's real length
    speaking_seconds: float
    silent_seconds: float
    words: int
    wpm: int
    pace: str  # "slow", "fast", "ok", or "" with too little said to tell
    um_uh: int
    um_uh_per_minute: float
    long_pauses: tuple[LongPause, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, as saved in a session's feedback under "speech"."""
        return {
            "duration": self.duration,
            "answer_seconds": self.answer_seconds,
            "speaking_seconds": self.speaking_seconds,
            "silent_seconds": self.silent_seconds,
            "words": self.words,
            "wpm": self.wpm,
            "pace": self.pace,
            "um_uh": self.um_uh,
            "um_uh_per_minute": self.um_uh_per_minute,
            "long_pauses": [
                {"start": p.start, "end": p.end, "seconds": p.seconds, "after": p.after}
                for p in self.long_pauses
            ],
        }


def um_uh_count(text: str) -> int:
    """How many "um", "uh", "erm" and the like were said."""
    return len(_UM_UH.findall(fold(text)))


def speech_figures(transcript: Transcript) -> SpeechFigures:
    """Measure pace, fillers, pauses and silence in one transcript."""
    words = [w for w in transcript.words if w.text.strip()]
    duration = max(0.0, transcript.duration)
    answer = round(float(words[-1].end - words[0].start), 1) if words else 0.0
    speaking = min(duration, max(0.0, transcript.speech_seconds)) if duration else 0.0
    if not speaking and answer:
        speaking = answer
    minutes = answer / 60
    ums = um_uh_count(transcript.text)
    enough = len(words) >= 5 and answer >= 2  # a pace needs a few words and seconds
    wpm = round(len(words) / minutes) if enough else 0
    pace = "" if not enough else "slow" if wpm < SLOW_WPM else "fast" if wpm > FAST_WPM else "ok"
    return SpeechFigures(
        duration=round(duration, 1),
        answer_seconds=answer,
        speaking_seconds=round(speaking, 1),
        silent_seconds=round(max(0.0, duration - speaking), 1),
        words=len(words),
        wpm=wpm,
        pace=pace,
        um_uh=ums,
        um_uh_per_minute=round(float(ums / minutes), 1) if minutes >= 0.05 else 0.0,
        long_pauses=tuple(
            LongPause(round(p.start, 2), round(p.end, 2), p.seconds, word_before(words, p.start))
            for p in transcript.pauses
            if p.seconds >= LONG_PAUSE_SECONDS and inside(p, words)
        ),
    )


def inside(pause: Pause, words: Sequence[Word]) -> bool:
    """A pause between words: silence before the first word or after the last is not one."""
    return bool(words) and words[0].start < pause.start and pause.end <= words[-1].end + 0.3


def word_before(words: Sequence[Word], moment: float) -> str:
    """The last word begun before `moment`, stripped of punctuation (whisper often stretches
    a word's end into the silence after it, so ends are no guide)."""
    before = [w for w in words if w.start < moment]
    return before[-1].text.strip().strip(".,!?;:\"'") if before else ""


def speech_tips(speech: SpeechFigures) -> list[str]:
    """What to change in how it was said, most useful first.

    Fillers get no tip here: the text's own filler tip (which counts "um" and "uh") says it.
    """
    found: list[str] = []
    if speech.pace == "fast":
        found.append(
            f"You spoke at {speech.wpm} words a minute: slow to about 140-160 and let each "
            "point land."
        )
    elif speech.pace == "slow":
        found.append(
            f"You spoke at {speech.wpm} words a minute: aim for about 130-160 so the listener "
            "stays with you; know your next point before you start."
        )
    lost = [p for p in speech.long_pauses if p.seconds >= LOST_PAUSE_SECONDS]
    if lost:
        where = f' after "{lost[0].after}"' if lost[0].after else ""
        found.append(
            f"A {lost[0].seconds:g} s silence{where}: a breath is fine, but a long stop "
            "sounds lost; plan the answer's three beats before you begin."
        )
    if speech.duration and speech.silent_seconds / speech.duration > SILENT_SHARE_HIGH:
        found.append(
            f"Silent for {speech.silent_seconds:g} s of {speech.duration:g} s: start "
            "speaking sooner, and if you need a moment, say so once."
        )
    return found


def spoken_feedback(
    transcript: Transcript,
    *,
    limit_seconds: int | None = None,
    company: str = "",
    role: str = "",
    question: str = "",
    behavioural: bool | None = None,
) -> dict[str, Any]:
    """The saved feedback of a heard answer: the text's analysis plus what speech shows.

    The length is judged on the real time taken, not on a words-a-minute guess; "like"
    and "so" move from the fillers to the possible fillers (in speech they often are, but
    a transcript cannot tell); speech tips come first.
    """
    speech = speech_figures(transcript)
    text = transcript.text
    written = analyze(
        text,
        limit_seconds=limit_seconds,
        company=company,
        role=role,
        question=question,
        behavioural=behavioural,
    )
    real = speech.answer_seconds or written.speaking_seconds
    fillers = {k: v for k, v in written.fillers.items() if k not in POSSIBLE_FILLERS}
    possible = {k: v for k, v in written.fillers.items() if k in POSSIBLE_FILLERS}
    length = judge_length(written.words, real, limit_seconds)
    written = replace(
        written,
        speaking_seconds=real,
        length=length,
        fillers=fillers,
        filler_count=sum(fillers.values()),
        fillers_per_100=round(100 * sum(fillers.values()) / written.words, 1)
        if written.words
        else 0.0,
        spoken=True,
        long_sentences=0,
    )
    tips = speech_tips(speech) + advise(written, company, fold(text)) if written.words else []
    if not written.words:
        tips = [NOTHING_HEARD]
    figures = written.to_dict()
    figures["tips"] = tips[:MAX_TIPS]
    figures["possible_fillers"] = possible
    figures["speech"] = speech.to_dict()
    figures["heard"] = True
    return figures


def speech_rows(figures: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """The saved speech figures as (label, value, note) rows; none for a typed answer."""
    speech = figures.get("speech")
    if not isinstance(speech, Mapping):
        return []
    rows: list[tuple[str, str, str]] = []
    wpm = number(speech.get("wpm"))
    pace = speech.get("pace")
    if wpm:
        judged = {"slow": "slow", "fast": "fast", "ok": "a good pace"}.get(str(pace), "")
        rows.append(
            (
                "Pace",
                f"{wpm:g} words a minute" + (f" ({judged})" if judged else ""),
                f"Most listeners follow best between {SLOW_WPM} and {FAST_WPM}.",
            )
        )
    ums = number(speech.get("um_uh"))
    rate = number(speech.get("um_uh_per_minute"))
    rows.append(
        (
            "Um / uh",
            f"{ums:g} ({rate:g} a minute)" if ums else "none",
            "A short silence sounds surer than a filler.",
        )
    )
    possible = figures.get("possible_fillers")
    if isinstance(possible, Mapping) and possible:
        listed = ", ".join(f"{k} ×{v}" for k, v in possible.items())
        rows.append(("Maybe fillers", listed, 'In speech "like" and "so" often are: listen back.'))
    pauses = speech.get("long_pauses")
    if isinstance(pauses, list):
        shown = []
        for pause in pauses[:4]:
            if isinstance(pause, Mapping):
                after = f' after "{pause.get("after")}"' if pause.get("after") else ""
                at = number(pause.get("start"))
                shown.append(f"{number(pause.get('seconds')):g} s at {at:g} s{after}")
        more = f" (+{len(pauses) - 4} more)" if len(pauses) > 4 else ""
        rows.append(
            (
                "Long pauses",
                "; ".join(shown) + more if shown else "none",
                "Pauses of 1 s or more; a breath is fine, a long stop sounds lost.",
            )
        )
    speaking, silent = number(speech.get("speaking_seconds")), number(speech.get("silent_seconds"))
    if speaking or silent:
        rows.append(
            (
                "Speaking",
                f"{speaking:g} s speaking, {silent:g} s silent",
                "Silence before you start counts against your time.",
            )
        )
    return rows
