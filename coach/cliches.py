"""Clichés: stock phrases said of oneself, not inside a name, a literal use or a disowning.

"team player" said of yourself is a cliché; "Team Player Analytics" is a company,
"everyone says they're a team player, so instead..." disowns the phrase, and "at the end
of the day shift" is a time. These judges tell them apart for `coach.phrases`.
"""

from __future__ import annotations

import re

from coach.context import (
    Scene,
    break_after,
    next_word,
    opens,
    previous_word,
    sentence_after,
    sentence_before,
)

_DISOWNING = re.compile(
    r"\b(?:won't|wouldn't|will not|would not|not|never|don't|instead of|rather than)\b"
    r"[^.!?]*\b(?:call|calling|say|saying|claim|claiming|describe|tell you|pretend)\b"
    r"|\b(?:everyone|everybody|people|anyone|they|candidates|others|every candidate)"
    r"(?:'s| says?| claims?| calls?| writes?| puts?| describes?| is)\b"
)
_SUBJECT = re.compile(
    r"\b(?:i|i'm|i've|i'd|myself|being|he|she|they|manager|boss|colleague|lead|mentor"
    r"|director|team|it|who|everyone)\b"
)
_SELF = frozenset("i i'm i've i'd myself being".split())


def named(scene: Scene, start: int, end: int) -> bool:
    """The phrase is part of a name: "Go-Getter Couriers", "at Team Player Analytics"."""
    words = re.split(r"[\s\-]+", scene.text[start:end])
    if not all(word[:1].isupper() for word in words if word):
        return False
    following = scene.text[end:].lstrip()[:1]
    return not opens(scene.lowered, start) or following.isupper()


def cliche(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    if named(scene, start, end):
        return False
    if _DISOWNING.search(sentence_before(low, start)):
        return False
    if low[start - 1 : start] in {"'", '"', "\u201c"} and low[end : end + 1] in {
        "'",
        '"',
        "\u201d",
    }:
        return False  # quoted
    return not re.search(r"\b(?:cliché|cliche|buzzword)", sentence_after(low, end))


def perfectionist(scene: Scene, start: int, end: int) -> bool:
    """Only of oneself: "my manager is a perfectionist" is not the stock weakness."""
    subjects = _SUBJECT.findall(sentence_before(scene.lowered, start, 80))
    return bool(subjects) and subjects[-1] in _SELF and cliche(scene, start, end)


def clause_start(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    before = previous_word(low, start)
    starts = opens(low, start) or before in {",", "and", "but", "so", "because", "yet", "or"}
    literal = next_word(low, end) in {"shift", "meeting", "session", "call", "before", "when"}
    return starts and not literal and cliche(scene, start, end)


def add_value(scene: Scene, start: int, end: int) -> bool:
    """ "add value to the team" is stock; "add value labels to the bars" is a chart."""
    literal = not break_after(scene.lowered, end) and next_word(scene.lowered, end) not in (
        _VALUE_NEXT
    )
    return not literal and cliche(scene, start, end)


_VALUE_NEXT = frozenset(
    "to for and by in as where through from quickly fast immediately here there across with"
    " on at".split()
)
