"""Words and sentences as an interview coach counts them, in any script.

A count people trust follows how they read: "don't", "state-of-the-art", "40%", "10–15"
and "9am" are one word each, a dash or an ellipsis standing alone is none, and two words
glued by an em dash ("small—say") are two. Chinese and Japanese are written without
spaces, so a run of their characters is counted as words at the language's average of
about 1.5 characters a word (a segmenter's dictionary disagrees with people as often as
this does, and costs a dependency and a second of loading).

Transcripts are judged as speech: a long answer with almost no sentence ends was spoken,
so "split your 80-word sentence" would be advice about punctuation, not about the answer.

Pure and linear: the text is split at white space once, and each distinct piece is looked
at once however often it occurs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain

# Blank lines and bullets end sentences as full stops do.
# One character class first, so the engine skips to candidates at C speed.
_SENTENCE_BREAK = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'\u201d\u2019)\]]*(?=\s|\Z)"
    r"|(?<=\n)(?:[ \t\r]*\n\s*|(?=[ \t]*[-*•]\s)))"
)
# Letters of the scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# An em or en dash between two letters joins two words ("small—say"); between digits it
# makes a range ("10–15"), which is one.
_GLUED = re.compile(r"(?<=[^\W\d_])[\u2014\u2013](?=[^\W\d_])|(?<=[^\W\d_])--(?=[^\W\d_])")
CHARACTERS_PER_WORD = 1.5
# Below this many words a text is too short to tell speech from writing.
SPEECH_MIN_WORDS = 30
# Written answers end a sentence every 15 to 25 words; speech typed out by a recogniser,
# or dictated, goes far longer without one.
SPEECH_WORDS_PER_BREAK = 40


@dataclass(frozen=True)
class Wording:
    """How many words, how they fall into sentences, and whether the text reads as speech."""

    words: int
    sentence_lengths: list[int]
    counts: Counter[str]
    spoken: bool


def read(text: str, lowered: str) -> Wording:
    """Count `text` (already lower-cased as `lowered`, same length) as a coach would."""
    parts = _SENTENCE_BREAK.split(lowered)
    sentences = [part.split() for part in parts]
    counts: Counter[str] = Counter()
    odd: dict[str, int] = {}  # pieces that are not exactly one word ("—", "small—say")
    for piece, seen in Counter(chain.from_iterable(sentences)).items():
        size, words = piece_words(piece)
        if size != 1:
            odd[piece] = size
        for word in words:
            counts[word] += seen
    lengths = [
        len(pieces) if odd.keys().isdisjoint(pieces) else sum(odd.get(p, 1) for p in pieces)
        for pieces in sentences
    ]
    lengths = [length for length in lengths if length]
    total = sum(lengths)
    breaks = len(parts) - 1
    spoken = total >= SPEECH_MIN_WORDS and total / (breaks + 1) > SPEECH_WORDS_PER_BREAK
    return Wording(words=total, sentence_lengths=lengths, counts=counts, spoken=spoken)


def piece_words(piece: str) -> tuple[int, list[str]]:
    """How many words one white-space-free piece holds, and its words for counting use."""
    if piece.isalpha() and piece.isascii():
        return 1, [piece]
    size = 0
    words: list[str] = []
    rest = piece
    if _UNSPACED.search(piece):
        for run in _UNSPACED.findall(piece):
            size += max(1, round(len(run) / CHARACTERS_PER_WORD))
        rest = _UNSPACED.sub(" ", piece)
    for part in _GLUED.sub(" ", rest).split():
        if any(ch.isalnum() for ch in part):
            size += 1
            words.append(part.strip(".,;:!?\"'()[]{}\u201c\u201d\u2018\u2019…"))
    return size, words
