"""Practice sessions and the draft of an answer in progress, as stored records.

A session is one timed answer with its timing, feedback and self-rating. The draft is
the single answer being typed right now, saved every few seconds so that a crash or a
kill costs at most those seconds; the next start offers to resume it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from coach.lenient import number, text

TYPED = "typed"
SPOKEN = "spoken"
MODES = (TYPED, SPOKEN)
DRAFT_ID = "answer"
RATINGS = (1, 2, 3, 4, 5)


@dataclass
class Session:
    """One practised answer, as saved."""

    id: str
    started: str
    finished: str
    deck: str
    question_id: str
    question: str
    mode: str
    limit_s: int
    used_s: float
    overtime_s: float
    paused_s: float
    answer: str
    feedback: dict[str, Any] = field(default_factory=dict)
    rating: int | None = None
    note: str = ""
    company: str = ""
    role: str = ""
    mock_id: str = ""
    # A spoken answer heard: its recording (a file name in the audio folder beside the
    # database, "" when none was kept) and what was transcribed from it.
    audio: str = ""
    transcript: str = ""

    @property
    def said(self) -> str:
        """What the answer said: the transcript of a heard answer, else what was typed."""
        return self.transcript or self.answer

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Session:
        """Lenient: a hand-edited or older record still opens, with blanks for gaps."""
        rating = record.get("rating")
        feedback = record.get("feedback")
        return cls(
            id=text(record.get("id")),
            started=text(record.get("started")),
            finished=text(record.get("finished")),
            deck=text(record.get("deck")),
            question_id=text(record.get("question_id")),
            question=text(record.get("question")),
            mode=text(record.get("mode"), TYPED),
            limit_s=int(number(record.get("limit_s"))),
            used_s=number(record.get("used_s")),
            overtime_s=number(record.get("overtime_s")),
            paused_s=number(record.get("paused_s")),
            answer=text(record.get("answer")),
            feedback=feedback if isinstance(feedback, dict) else {},
            rating=rating if type(rating) is int and rating in RATINGS else None,
            note=text(record.get("note")),
            company=text(record.get("company")),
            role=text(record.get("role")),
            mock_id=text(record.get("mock_id")),
            audio=text(record.get("audio")),
            transcript=text(record.get("transcript")),
        )


@dataclass
class Draft:
    """The answer in progress: enough to put the user back where they were."""

    deck: str
    question_id: str
    question: str
    mode: str
    limit_s: int
    started: str
    used_s: float = 0.0
    paused_s: float = 0.0
    text: str = ""
    company: str = ""
    role: str = ""
    hard_stop: bool = False

    def to_record(self) -> dict[str, Any]:
        return {"id": DRAFT_ID, **asdict(self)}

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Draft | None:
        """The stored draft, or None when there is none worth resuming."""
        question = record.get("question")
        if not isinstance(question, str) or not question:
            return None
        mode = record.get("mode")
        return cls(
            deck=text(record.get("deck")),
            question_id=text(record.get("question_id")),
            question=question,
            mode=mode if mode in MODES else TYPED,
            limit_s=max(10, int(number(record.get("limit_s"), 90))),
            started=text(record.get("started")),
            used_s=number(record.get("used_s")),
            paused_s=number(record.get("paused_s")),
            text=text(record.get("text")),
            company=text(record.get("company")),
            role=text(record.get("role")),
            hard_stop=bool(record.get("hard_stop", False)),
        )


@dataclass(frozen=True)
class Attempt:
    """A finished answer, before it is rated and saved."""

    deck: str
    question_id: str
    question: str
    behavioural: bool
    mode: str
    limit_s: int
    started: str
    finished: str
    used_s: float
    overtime_s: float
    paused_s: float
    text: str
    company: str = ""
    role: str = ""
    hard_stopped: bool = False
    recorded: bool = False  # spoken and heard: the draft's recording holds it

    def to_session(
        self,
        session_id: str,
        feedback: dict[str, Any],
        rating: int | None,
        note: str,
        mock_id: str = "",
    ) -> Session:
        return Session(
            id=session_id,
            started=self.started,
            finished=self.finished,
            deck=self.deck,
            question_id=self.question_id,
            question=self.question,
            mode=self.mode,
            limit_s=self.limit_s,
            used_s=round(self.used_s, 2),
            overtime_s=round(self.overtime_s, 2),
            paused_s=round(self.paused_s, 2),
            answer=self.text,
            feedback=feedback,
            rating=rating,
            note=note,
            company=self.company,
            role=self.role,
            mock_id=mock_id,
        )
