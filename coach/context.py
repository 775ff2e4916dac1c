"""Looking around one word: is it where a sentence opens, set off by commas, quoted.

Whether "so", "like" or "I mean" is a filler depends on its neighbours, not on the word:
"So, the project was late" opens with an empty word, "it failed, so I rewrote it" does
not. These helpers read a bounded window either side of a match, so a judgement costs the
same however long the answer is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Scene:
    """What a judgement may look at: the original text, its lower case, the question."""

    text: str
    lowered: str
    opinion: bool = False


Judge = Callable[[Scene, int, int], bool]

WINDOW = 80
# Words that carry nothing when they open a sentence; an opening may be a run of them
# ("okay so I mean the mistake was mine").
_OPENER_TAIL = re.compile(
    r"(?:\b(?:u+m+|u+h+m*|e+r+m*|so|well|okay|ok|yeah|yes|oh|like|basically|honestly"
    r"|actually|anyway|alright|right|i mean|you know))$"
)
_SKIPPED = " \t\r\n,\"'\u201c\u201d\u2018\u2019(*•-"
_ENDS = ".!?…:;\n"
_SENTENCE_END = re.compile(r"[.!?…;:\n]")
_WORD_AHEAD = re.compile(r"[\w'][\w'\-]*")
_WORD_BEHIND = re.compile(r"[\w'][\w'\-]*$")


def before(lowered: str, start: int, size: int = WINDOW) -> str:
    return lowered[max(0, start - size) : start]


def after(lowered: str, end: int, size: int = WINDOW) -> str:
    return lowered[end : end + size]


def next_word(lowered: str, end: int) -> str:
    """The word after `end` (punctuation directly after counts as that word)."""
    rest = after(lowered, end, 40).lstrip(" \t\r\n")
    if not rest:
        return ""
    found = _WORD_AHEAD.match(rest)
    return found.group() if found else rest[0]


def previous_word(lowered: str, start: int) -> str:
    """The word before `start`, or the punctuation directly before it."""
    window = before(lowered, start, 40).rstrip(" \t\r\n")
    if not window:
        return ""
    found = _WORD_BEHIND.search(window)
    return found.group() if found else window[-1]


def opens(lowered: str, start: int) -> bool:
    """True when only empty openers (and commas) stand between `start` and a sentence start."""
    window = before(lowered, start)
    reached_start = start <= WINDOW
    while True:
        window = window.rstrip(_SKIPPED)
        if not window:
            return reached_start
        if window[-1] in _ENDS:
            return True
        opener = _OPENER_TAIL.search(window)
        if opener is None:
            return False
        window = window[: opener.start()]


def comma_before(lowered: str, start: int) -> bool:
    window = before(lowered, start, 8).rstrip(" \t\r\n")
    return window.endswith((",", "\u2014", "(", "-"))


def break_after(lowered: str, end: int) -> bool:
    """A comma, a sentence end, a dash or the end of the text comes next."""
    rest = after(lowered, end, 8).lstrip(" \t\r\n\"'\u201d\u2019")
    return not rest or rest[0] in ",.!?…;:)\u2014-"


def set_off(lowered: str, start: int, end: int) -> bool:
    """Parenthetical: a break on both sides (", like," or "Like, ...")."""
    return (comma_before(lowered, start) or opens(lowered, start)) and break_after(lowered, end)


def sentence_before(lowered: str, start: int, size: int = 160) -> str:
    """The part of the sentence before `start` (at most `size` characters)."""
    window = before(lowered, start, size)
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


def sentence_after(lowered: str, end: int, size: int = 160) -> str:
    window = after(lowered, end, size)
    stop = _SENTENCE_END.search(window)
    return window[: stop.start()] if stop else window


def opens_text(lowered: str, start: int) -> bool:
    """Only empty openers stand between the start of the whole text and `start`."""
    return start <= WINDOW and opens(lowered, start) and not _SENTENCE_END.search(lowered[:start])
