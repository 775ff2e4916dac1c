"""Finding whole words fast: patterns anchored on the character before a word.

Python's regular-expression engine jumps straight to a literal first character but tries
every position for a pattern that opens with a lookbehind or a long alternation. So the
word patterns here open on the character before the word: a space (most words, found at
C speed) or one of the rarer characters that can also come before one (a line break, an
opening quote or bracket, a dash, a slash). The text is scanned with a space in front, so
its first word has one too. Alternatives are grouped by their first letter, so at each
space only the few that start with the next letter are tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

_OTHER_OPENERS = '\n\t\r"(\\[\u201c\u2018/\u2014\u2013'


def top_level_bar(pattern: str) -> bool:
    """Whether `pattern` has a `|` outside every group (and so cannot be grouped)."""
    depth, escaped, in_class = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def literal_head(pattern: str) -> str:
    """The plain letters a pattern opens with ("like" of "like", "synerg" of "synerg(?:y)")."""
    head = re.match(r"[a-z']*", pattern)
    text = head.group() if head else ""
    if pattern[len(text) : len(text) + 1] in ("+", "*", "?", "{") and text:
        text = text[:-1]  # "u+(...)": the letter may repeat, so only it is certain
    return text


def by_first_letter(patterns: Sequence[str]) -> list[tuple[tuple[str, ...], re.Pattern[str]]]:
    """Patterns as whole words, one per first letter, each with the plain openings it needs.

    Each pattern becomes group `r<index>`. A letter has two patterns: one opening with a
    space and the letter (a literal, so the engine jumps between candidates), one with the
    rarer characters that can also come before a word. The openings let a caller skip a
    pattern whose words do not occur in the text at all.
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    for index, pattern in enumerate(patterns):
        if not pattern[:1].isalpha() or top_level_bar(pattern):
            raise ValueError(f"pattern {index} must open with a letter and have no top-level |")
        groups.setdefault(pattern[0], []).append((index, pattern))
    compiled = []
    bodies = []
    for first, members in groups.items():
        inner = "|".join(f"(?P<r{index}>{pattern[1:]})" for index, pattern in members)
        heads = tuple(dict.fromkeys(literal_head(pattern) or first for _, pattern in members))
        body = f"{re.escape(first)}(?:{inner})"
        bodies.append(body)
        compiled.append((heads, re.compile(" " + body + r"(?![\w'\-])")))
    # One pattern for the rarer openers: scanning for them costs the same however many
    # letters it holds, so they are not split by letter.
    rare = f"[{_OTHER_OPENERS}](?:" + "|".join(bodies) + r")(?![\w'\-])"
    compiled.append(((), re.compile(rare)))
    return compiled


def spaced(pattern: str) -> str:
    """`pattern` with each space outside a character class standing for any white space."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(r"\s+" if ch == " " and not in_class else ch)
    return "".join(out)


def find_words(
    patterns: list[tuple[tuple[str, ...], re.Pattern[str]]], lowered: str
) -> Iterator[re.Match[str]]:
    """Matches of `by_first_letter` patterns in `lowered`, in order and not overlapping.

    A match holds the character before the word and is read in `lowered` shifted by one
    (a space is put in front): the word is at `match.start()` to `match.end() - 1` there.
    """
    scanned = " " + lowered
    found = [
        match
        for heads, pattern in patterns
        if not heads or any(head in lowered for head in heads)
        for match in pattern.finditer(scanned)
    ]
    found.sort(key=lambda match: match.start())
    last = 0
    for match in found:
        if match.start() >= last:
            last = match.end()
            yield match
