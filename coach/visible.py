"""Control characters made visible, so user text can never drive the terminal.

A person's name imported as `Ada\\x1b]2;pwned\\x1b\\\\` would retitle the user's terminal
each time a screen drew it, and BEL, backspace, DEL and C1 characters can be pasted in.
What is stored stays exactly as typed (an export round-trips it); what is drawn or
printed for people shows each control character as its Unicode control picture ("␛" for
ESC), one character for one, so the places marked in a text stay where they were.
Tabs and newlines are text, and are kept.
"""

from __future__ import annotations

import unicodedata

_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_PICTURES[0x7F] = 0x2421  # ␡
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})  # C1: no pictures exist
_KEEP_CR = {code: picture for code, picture in _PICTURES.items() if code != 0x0D}


def visible(text: str) -> str:
    """`text` with every control character but tab and newline shown as a picture."""
    return text.translate(_PICTURES)


def printable(text: str) -> str:
    """As `visible`, keeping carriage returns too: for files (CSV rows end in CR LF)."""
    return text.translate(_KEEP_CR)


def one_line(text: str) -> str:
    """`text` as one line for a heading or a list item in a file: its lines joined and
    control characters turned to spaces, so it can neither start a new block nor act on
    the reader's terminal."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def quoted(value: str) -> list[str]:
    """Every line of `value` inside a quote block, so a `#`, list or fence in an answer
    stays part of the answer instead of becoming the journal's own structure."""
    lines = [without_controls(line).rstrip() for line in value.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return [f"> {line}" if line else ">" for line in lines]


def without_controls(value: str) -> str:
    """Drop control characters (escape sequences would act on the reader's terminal)."""
    return "".join(ch for ch in value if ch == "\t" or unicodedata.category(ch) != "Cc")
