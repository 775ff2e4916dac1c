"""The answer as written, with its fillers, hedges and clichés marked where they occur.

Counts say how many; seeing "like" underlined in your own sentence says where, which is
what a person changes next time. The marks come from the same analysis as the figures.
"""

from __future__ import annotations

from rich.text import Text

from coach.feedback import marks_in
from coach.phrases import CLICHE, FILLER, HEDGE

STYLES = {
    FILLER: "bold underline yellow",
    HEDGE: "italic underline cyan",
    CLICHE: "bold underline magenta",
}
LABELS = {FILLER: "filler", HEDGE: "hedge", CLICHE: "cliché"}


def marked_answer(answer: str, question: str = "") -> Text:
    """`answer` with each mark styled by its kind, and a key to the kinds present below it."""
    text = Text(answer)
    kinds = set()
    for mark in marks_in(answer, question):
        text.stylize(STYLES[mark.kind], mark.start, mark.end)
        kinds.add(mark.kind)
    if kinds:
        text.append("\n\nMarked: ", style="dim")
        shown = [kind for kind in (FILLER, HEDGE, CLICHE) if kind in kinds]
        for number, kind in enumerate(shown):
            text.append(("  " if number else "") + LABELS[kind], style=STYLES[kind])
    return text
