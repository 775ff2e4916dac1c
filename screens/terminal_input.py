"""Pasted text arrives whole and in order, even when it holds an escape character.

Textual's key reader (8.2) adds to a bracketed paste only the characters it reads outside
an escape sequence: an ESC inside the paste starts a sequence whose characters it then
sends as key presses, ahead of the paste itself, so "A[<ESC>[2J]B" was stored as
"^[2J]BA[". Most terminals strip ESC from what they paste; some do not. Here the bytes
are mended before Textual reads them: inside a paste, an ESC becomes the visible picture
"␛", as coach shows every other control character (coach/visible.py).

The reader is Textual's private `XTermParser`, swapped in the driver's module for one
that mends its input first; if a later Textual no longer has it there, nothing changes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual._xterm_parser import XTermParser  # private: Textual's only key reader
from textual.driver import Driver
from textual.message import Message

ESC = "\x1b"
ESC_PICTURE = "\u241b"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class PasteMender:
    """Replaces ESC inside bracketed pastes with its picture, chunk by chunk.

    Outside a paste nothing is held back (a lone ESC is the escape key, and must arrive
    now); inside one, a chunk ending in what may be the start of the paste's end marker
    keeps those few characters for the next chunk.
    """

    def __init__(self) -> None:
        self.in_paste = False
        self.held = ""  # inside a paste: a possible start of PASTE_END
        self.seen = ""  # outside: the last characters passed on, a possible PASTE_START

    def __call__(self, data: str) -> str:
        out: list[str] = []
        text, self.held = self.held + data, ""
        while text:
            if self.in_paste:
                end = text.find(PASTE_END)
                if end < 0:
                    keep = partial_suffix(text, PASTE_END)
                    body, self.held = text[: len(text) - keep], text[len(text) - keep :]
                    out.append(body.replace(ESC, ESC_PICTURE))
                    break
                out.append(text[:end].replace(ESC, ESC_PICTURE) + PASTE_END)
                text, self.in_paste = text[end + len(PASTE_END) :], False
            else:
                combined = self.seen + text
                start = combined.find(PASTE_START)
                if start < 0:
                    out.append(text)
                    self.seen = combined[-(len(PASTE_START) - 1) :]
                    break
                after = start + len(PASTE_START) - len(self.seen)  # in `text`
                out.append(text[:after])
                text, self.seen, self.in_paste = text[after:], "", True
        return "".join(out)


def partial_suffix(text: str, marker: str) -> int:
    """The length of the longest end of `text` that `marker` starts with."""
    for length in range(min(len(text), len(marker) - 1), 0, -1):
        if marker.startswith(text[-length:]):
            return length
    return 0


class PasteSafeParser(XTermParser):
    """Textual's key reader, fed through a `PasteMender`."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self.mend = PasteMender()

    def feed(self, data: str) -> Iterable[Message]:
        return super().feed(self.mend(data))


def mend_pastes(driver: type[Driver]) -> None:
    """Have `driver` read keys with `PasteSafeParser` (the terminal drivers do; others,
    such as the tests' headless one, read none)."""
    module = sys.modules.get(driver.__module__)
    if module is not None and getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = PasteSafeParser  # type: ignore[attr-defined]  # a module global
