"""What a draft still leaves for the user to write before it goes.

Coach's drafts (thank-yous, requests, keep-in-touch notes) mark what only the user knows
in square brackets: "[add one thing you will do]", "[say what you want to learn]". A
message marked sent with one still in it has almost certainly gone out unfinished, or
not gone at all, so marking it sent asks first. Brackets the user wrote themselves
("[link]" is rare in a letter) are caught too; asking costs one key.
"""

from __future__ import annotations

import re

_GAP = re.compile(r"\[[^\[\]\n]{1,80}\]")


def gaps(text: str) -> list[str]:
    """The bracketed gaps left in `text`, each once, in order."""
    return list(dict.fromkeys(_GAP.findall(text)))


def before_sending(text: str) -> str:
    """What to ask before `text` is marked sent, or "" when it looks finished."""
    if not text.strip():
        return "The message is empty. Mark it sent anyway (if you wrote it elsewhere)?"
    left = gaps(text)
    if not left:
        return ""
    if len(left) > 2:
        shown = f"{left[0]}, {left[1]} and {len(left) - 2} more"
    else:
        shown = " and ".join(left)
    return f"The message still has {shown} to fill in. Mark it sent anyway?"
