"""Feedback figures as rows for people: a label, the value, and why it matters.

Works on the saved figures (a session's `feedback` dict), so the feedback screen, the
command line and later the history all say the same thing in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from coach.feedback import FIGURE_NOTES, plain
from coach.lenient import number
from coach.speech import speech_rows
from coach.timing import describe_seconds

Row = tuple[str, str, str]


def figure_rows(figures: Mapping[str, Any]) -> list[Row]:
    """The figures present in `figures`, in reading order, as (label, value, note)."""
    rows: list[Row] = []

    def add(name: str, label: str, value: str) -> None:
        rows.append((label, value, FIGURE_NOTES.get(name, "")))

    if "words" not in figures:
        return rows
    add("words", "Words", str(figures.get("words", 0)))
    heard = bool(figures.get("heard"))
    took = describe_seconds(number(figures.get("speaking_seconds")))
    spoken = took if heard else f"about {took}"
    limit = number(figures.get("limit_seconds"))
    if limit:
        spoken += f" against {describe_seconds(limit)}"
    if heard:
        rows.append(("Spoke for", spoken, "Measured from your first word to your last."))
    else:
        add("speaking_seconds", "Spoken", spoken)
    fillers = tally(figures.get("fillers"))
    rate = figures.get("fillers_per_100")
    if fillers != "none" and isinstance(rate, int | float):
        fillers += f" ({rate:g} per 100 words)"
    add("fillers", "Fillers", fillers)
    rows.extend(speech_rows(figures))
    add("hedges", "Hedges", tally(figures.get("hedges")))
    add("figures", "Figures", listing(figures.get("figures", figures.get("numbers"))))
    add("named_things", "Named", listing(figures.get("named_things")))
    star = figures.get("star")
    if isinstance(star, Mapping):
        parts = [f"{part} {'✓' if present else '✗'}" for part, present in star.items()]
        add("star", "STAR", "  ".join(parts))
    for name, label in (("company_mentions", "Company"), ("role_mentions", "Role")):
        count = figures.get(name)
        if isinstance(count, int):
            add(name, label, "not mentioned" if count == 0 else f"mentioned {count}×")
    add("cliches", "Clichés", tally(figures.get("cliches")))
    if figures.get("repeats"):
        add("repeats", "Restarts", tally(figures.get("repeats")))
    touched = relevance_line(figures.get("relevance"))
    if touched:
        add("relevance", "Question", touched)
    top = figures.get("top_words")
    pairs = (
        {str(p[0]): p[1] for p in top if isinstance(p, list | tuple) and len(p) == 2}
        if isinstance(top, list)
        else {}
    )
    add("top_words", "Most used", tally(pairs))
    if figures.get("spoken"):
        rows.append(("Sentences", "read as speech (few sentence ends)", ""))
    else:
        add(
            "long_sentences",
            "Long sentences",
            f"{figures.get('long_sentences', 0)} of {figures.get('sentences', 0)}",
        )
    return rows


def relevance_line(reading: object) -> str:
    """`uses 2 of its 3 key words; names the company`, or "" with no question."""
    if not isinstance(reading, Mapping):
        return ""
    terms, touched = reading.get("terms"), reading.get("touched")
    parts = []
    if isinstance(terms, list) and isinstance(touched, list) and terms:
        parts.append(f"uses {len(touched)} of its {len(terms)} key words")
    for name, yes, no in (
        ("names_company", "names the company", "does not name the company"),
        ("names_weakness", "names a weakness", "names no real weakness"),
    ):
        if isinstance(reading.get(name), bool):
            parts.append(yes if reading[name] else no)
    return "; ".join(parts)


def tips(figures: Mapping[str, Any]) -> list[str]:
    found = figures.get("tips")
    return [str(t) for t in found] if isinstance(found, list) else []


def tally(counts: object) -> str:
    """`um ×2, like ×1`, or `none`."""
    if not isinstance(counts, Mapping) or not counts:
        return "none"
    return ", ".join(f"{shown(str(name))} ×{count}" for name, count in counts.items())


def shown(name: str) -> str:
    """A figure's name as read: the analysis's lower-case "i think" is "I think"."""
    return re.sub(r"\bi\b", "I", plain(name))


def listing(items: object, most: int = 8) -> str:
    if not isinstance(items, list) or not items:
        return "none"
    shown = ", ".join(plain(str(i)) for i in items[:most])
    return shown + (f" (+{len(items) - most} more)" if len(items) > most else "")


def render_text(figures: Mapping[str, Any]) -> str:
    """The plain-text report of `coach analyze`: a line per figure, then the tips."""
    rows = figure_rows(figures)
    width = max((len(label) for label, _, _ in rows), default=0)
    lines = [
        f"{label.ljust(width)}  {value}" + (f"  ({note})" if note else "")
        for label, value, note in rows
    ]
    found = tips(figures)
    if found:
        lines += ["", "Tips:", *(f"- {plain(tip)}" for tip in found)]
    return "\n".join(lines) + "\n"
