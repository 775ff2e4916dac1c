"""Feedback on one answer: the seeds' advice turned into figures a person can act on.

The advice coach ships with (assets/tips.toml) says: be specific, link the answer to the
company, keep it tight, say where you want to grow, and sound like yourself. Repeating that
advice teaches little; pointing at this answer's fillers, hedges, missing figures or
trailing ending does. Each figure is one piece of that advice made countable, read the way
an interview coach reads (docs/feedback.md gives every rule and its limits), and measured
against answers a coach labelled (tests/domain/test_feedback_accuracy.py).

The work is split by what is found: words and sentences (`coach.wording`), fillers,
hedges and clichés (`coach.phrases`), figures (`coach.figures`), names (`coach.names`),
STAR (`coach.star`), what the question asks (`coach.relevance`) and the tips
(`coach.advice`). This module puts them together.

Pure: text in, a value out. It never raises on any string (empty, emoji, control
characters, lone surrogates) and imports neither the store nor Textual, so `coach analyze`
starts fast. Every pass is linear in the text; a 1 MB answer is measured in
benchmarks/bench_feedback.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, replace

from coach import relevance
from coach.advice import LONG_SENTENCE_WORDS, advise, plain
from coach.figures import find_figures
from coach.names import STOP_WORDS, named_things
from coach.phrases import CLICHE, FILLER, HEDGE, Mark, find_marks
from coach.star import acted_alone_as_we, star_parts
from coach.wording import read

SPEAKING_WPM = 150
TOP_WORDS = 8
SHORT_SHARE = 0.5  # under half the limit is short
SHORT_WORDS = 12  # with no limit, fewer words than this is short
_TRAILING = frozenset("because and but or which um uh the a an".split())
_REPEAT = re.compile(r"[ \n]([^\W\d_][\w']*)(?:-\s*|\s+)\1(?![\w'])")
_FINE_TWICE = frozenset("that had very so no bye many really far long".split())

FIGURE_NOTES: dict[str, str] = {
    "words": "A minute of speech is about 150 words: say what matters, then stop.",
    "speaking_seconds": "Roughly how long it takes to say aloud at 150 words a minute.",
    "fillers": "Fillers make you sound less sure than you are.",
    "hedges": "Hedges soften claims you can make plainly.",
    "figures": "Figures turn a claim into evidence.",
    "named_things": "Named tools, teams and places show it really happened.",
    "star": "A story with situation, task, action and result is easy to follow.",
    "company_mentions": "Linking the answer to them shows you looked.",
    "role_mentions": "Tying it to the role shows why you fit.",
    "cliches": "Stock phrases are easy to say and easy to forget.",
    "repeats": "Restarting a word sounds unsure; a pause sounds thoughtful.",
    "relevance": "A rough signal: whether the answer uses the question's own words.",
    "top_words": "Words you lean on; vary them if one dominates.",
    "long_sentences": "Sentences over 35 words are hard to follow aloud.",
}


@dataclass(frozen=True)
class Feedback:
    """Every figure measured on one answer, and the tips they lead to."""

    words: int
    speaking_seconds: float
    limit_seconds: int | None
    fillers: dict[str, int]
    filler_count: int
    fillers_per_100: float
    hedges: dict[str, int]
    hedge_count: int
    figures: list[str]
    named_things: list[str]
    star: dict[str, bool] | None
    company_mentions: int | None
    role_mentions: int | None
    cliches: dict[str, int]
    cliche_count: int
    repeats: dict[str, int]
    top_words: list[tuple[str, int]]
    long_sentences: int
    sentences: int
    spoken: bool
    length: str | None
    trails_off: bool
    relevance: dict[str, object] = field(default_factory=dict)
    we_only: bool = False
    tips: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """Every figure under a plain name, in JSON-ready types (copies, not views)."""
        figures: dict[str, object] = asdict(self)
        figures["top_words"] = [[word, count] for word, count in self.top_words]
        return figures


def analyze(
    text: str,
    *,
    limit_seconds: int | None = None,
    company: str = "",
    role: str = "",
    question: str = "",
    behavioural: bool | None = None,
) -> Feedback:
    """Measure one answer. `behavioural` None reads it from the question's wording."""
    lowered = fold(text)
    wording = read(text, lowered)
    marks = find_marks(text, lowered, question=question)
    kinds = tally(marks)
    total = wording.words
    if behavioural is None:
        behavioural = relevance.is_behavioural(question)
    cleaned = without(lowered, [m for m in marks if m.kind != CLICHE])
    named = named_things(". " + text)
    company_count = mentions(lowered, company)
    speaking = round(total / SPEAKING_WPM * 60, 1)
    feedback = Feedback(
        words=total,
        speaking_seconds=speaking,
        limit_seconds=limit_seconds,
        fillers=kinds[FILLER],
        filler_count=sum(kinds[FILLER].values()),
        fillers_per_100=round(100 * sum(kinds[FILLER].values()) / total, 1) if total else 0.0,
        hedges=kinds[HEDGE],
        hedge_count=sum(kinds[HEDGE].values()),
        figures=[text[start:end] for start, end in find_figures(text, lowered)],
        named_things=named,
        star=star_parts(cleaned) if behavioural else None,
        company_mentions=company_count,
        role_mentions=mentions(lowered, role),
        cliches=kinds[CLICHE],
        cliche_count=sum(kinds[CLICHE].values()),
        repeats=repeats(lowered),
        top_words=top_words(wording.counts),
        long_sentences=0
        if wording.spoken
        else sum(size > LONG_SENTENCE_WORDS for size in wording.sentence_lengths),
        sentences=len(wording.sentence_lengths),
        spoken=wording.spoken,
        length=judge_length(total, speaking, limit_seconds),
        trails_off=trails_off(lowered),
        relevance=relevance.read(
            question,
            lowered,
            company_mentions=company_count,
            named=named,
            cliches=list(kinds[CLICHE]),
        ),
        we_only=bool(behavioural) and acted_alone_as_we(cleaned),
    )
    if not total:
        return feedback  # nothing said yet, so nothing to advise
    return replace(feedback, tips=advise(feedback, company, lowered))


def marks_in(text: str, question: str = "") -> list[Mark]:
    """The fillers, hedges and clichés of `text` with their places, for highlighting."""
    return find_marks(text, fold(text), question=question)


def fold(text: str) -> str:
    """Lower case of the same length as `text`, with curly apostrophes made straight.

    "İ" is the one letter whose lower case is two characters; it is kept as "i" so that
    every place found in the lower case is the same place in the text.
    """
    lowered = text.lower()
    if "\u0307" in lowered:
        lowered = lowered.replace("i\u0307", "i")
    return (
        lowered.replace("\u2019", "'").replace("\u2018", "'")
        if "\u2019" in lowered or ("\u2018" in lowered)
        else lowered
    )


def tally(marks: list[Mark]) -> dict[str, dict[str, int]]:
    """Counts of each name by kind, most used first."""
    counts: Counter[tuple[str, str]] = Counter((mark.kind, mark.name) for mark in marks)
    kinds: dict[str, dict[str, int]] = {FILLER: {}, HEDGE: {}, CLICHE: {}}
    for (kind, name), count in counts.most_common():
        kinds[kind][name] = count
    return kinds


def without(lowered: str, marks: list[Mark]) -> str:
    """`lowered` with the marked words taken out ("I kind of took" reads "I took")."""
    if not marks:
        return lowered
    pieces, last = [], 0
    for mark in marks:
        pieces.append(lowered[last : mark.start].strip(" \t,"))
        last = mark.end
    pieces.append(lowered[last:].strip(" \t,"))
    return " ".join(piece for piece in pieces if piece)


def repeats(lowered: str) -> dict[str, int]:
    """Words said twice running ("the the", "I- I"), as a speaker restarts."""
    found: Counter[str] = Counter(
        f"{word} {word}" for word in _REPEAT.findall(" " + lowered) if word not in _FINE_TWICE
    )
    return dict(found.most_common())


def judge_length(words: int, speaking: float, limit: int | None) -> str | None:
    """ "short", "over" or "within" the band of half to all of the limit."""
    if not words:
        return None
    if limit is None:
        return "short" if words < SHORT_WORDS else None
    if speaking > limit:
        return "over"
    return "short" if speaking < SHORT_SHARE * limit else "within"


def trails_off(lowered: str) -> bool:
    """The answer stops mid-thought: an ellipsis, or a last word that needs more after it."""
    end = lowered.rstrip()
    if end.endswith(("...", "…", "-", "\u2014")):
        return True
    last = end.split()[-1:] if end else []
    return bool(last) and last[0] in _TRAILING


def mentions(lowered: str, name: str) -> int | None:
    """Whole-phrase, case-insensitive count of `name`; None when none was given."""
    words = fold(name).split()
    if not words:
        return None
    pattern = r"(?<![\w'])" + r"\s+".join(map(re.escape, words)) + r"(?![\w])"
    return len(re.findall(pattern, lowered))


def top_words(words: Counter[str]) -> list[tuple[str, int]]:
    """Up to 8 most used content words (3+ characters, a letter, used twice or more)."""
    content = [
        (word, count)
        for word, count in words.items()
        if count >= 2
        and len(word) >= 3
        and word not in STOP_WORDS
        and any(ch.isalpha() for ch in word)
    ]
    return sorted(content, key=lambda item: (-item[1], item[0]))[:TOP_WORDS]


__all__ = ["FIGURE_NOTES", "Feedback", "Mark", "analyze", "marks_in", "plain"]
