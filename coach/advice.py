"""The tips: at most five, the most useful first, each tied to the seeds' advice.

A tip is only given when a figure shows the need, and says what to do, not what is
wrong: "Add the result" rather than "STAR incomplete". The order is what a coach would
raise first: an answer that is too short or stops mid-thought, then a story missing a
part, then evidence, the company and the question itself, then length, then how it
sounds (clichés, hedges, fillers, restarts), then growth.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from coach.timing import describe_seconds

if TYPE_CHECKING:
    from coach.feedback import Feedback

MAX_TIPS = 5
LONG_SENTENCE_WORDS = 35


def advise(f: Feedback, company: str, lowered: str) -> list[str]:
    """Up to five tips for the answer measured in `f`."""
    tips = [*_shape(f), *_substance(f, company), *_sound(f)]
    if not _grows(lowered) and f.words >= 40:  # show growth
        tips.append("Close with what you learned or where you want to grow next.")
    return tips[:MAX_TIPS]


def spoken(seconds: float) -> str:
    """How long it takes to say, rounded up: "about 10 s" never undersells it."""
    return describe_seconds(math.ceil(seconds))


def _shape(f: Feedback) -> list[str]:
    tips = []
    if f.length == "short":
        if f.limit_seconds:
            tips.append(
                f"This is short: said aloud it takes about {spoken(f.speaking_seconds)} of "
                f"your {describe_seconds(f.limit_seconds)}. Use at least half: give one example "
                "and what came of it."
            )
        else:
            tips.append("Say more: one example and what came of it turns a reply into an answer.")
    if f.trails_off:
        tips.append("Finish the thought: the answer trails off; end on the outcome.")
    missing = [part for part, present in (f.star or {}).items() if not present]
    if missing:
        listed = " and ".join([", ".join(missing[:-1]), missing[-1]] if missing[1:] else missing)
        tips.append(f"Add the {listed}: a full story covers situation, task, action and result.")
    if f.we_only:
        tips.append('Say what you did yourself: every action is "we"; add "I" for your part.')
    return tips


def _substance(f: Feedback, company: str) -> list[str]:
    tips = []
    if f.words >= 30 and not f.figures and not f.named_things:  # be specific
        tips.append("Add one concrete detail, a number, a name or an outcome, as evidence.")
    if f.company_mentions == 0:  # relate it to the company
        tips.append(f"Link this to what {plain(company)} is working on now; it shows you looked.")
    elif f.relevance.get("names_company") is False:
        tips.append("Name what draws you to them in particular: their product, work or people.")
    if f.relevance.get("names_weakness") is False:
        tips.append("Name one real weakness and what you are doing about it.")
    terms, touched = f.relevance.get("terms"), f.relevance.get("touched")
    # A story answers "a time you improved a process" without those words: only other
    # questions are checked for drift.
    if f.star is None and f.words >= 12 and isinstance(terms, list) and terms and not touched:
        asked = ", ".join(f'"{term}"' for term in terms[:2])
        tips.append(f"Check it answers the question: it never mentions {asked}.")
    if f.length == "over" and f.limit_seconds is not None:  # be concise
        said, limit = spoken(f.speaking_seconds), describe_seconds(f.limit_seconds)
        tips.append(f"Said aloud this takes about {said} of your {limit}; trim it.")
    elif f.long_sentences:
        tips.append(
            f"Split sentences over {LONG_SENTENCE_WORDS} words; short ones are easier to follow."
        )
    return tips


def _sound(f: Feedback) -> list[str]:
    tips = []
    if f.cliches:  # sound like yourself
        tips.append(f'Swap stock phrases like "{next(iter(f.cliches))}" for what you really did.')
    elif f.hedge_count >= 3:
        tips.append("Say what you think plainly; drop the hedges and sound like yourself.")
    if f.filler_count >= 3 or (f.filler_count >= 2 and f.fillers_per_100 >= 5):
        worst = " and ".join(f'"{word}"' for word in list(f.fillers)[:2])
        tips.append(f"Pause for a breath instead of saying {worst}; silence sounds surer.")
    if sum(f.repeats.values()) >= 2:
        tips.append("Pause instead of restarting a word; a short silence sounds thoughtful.")
    return tips


_GROWTH = ("learn", "grow", "grew", "improv", "develop", "next", "now i", "since then")


def _grows(lowered: str) -> bool:
    return any(cue in lowered for cue in _GROWTH)


def plain(text: str) -> str:
    """`text` without control characters or lone surrogates, safe to print and store."""
    return "".join(ch for ch in text.strip() if ch.isprintable())
