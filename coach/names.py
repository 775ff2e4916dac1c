"""Named things: the tools, teams, places and people an answer names, as evidence.

"We moved to Snowflake with the Leeds team" shows it happened; a coach counts such names.
A name is a run of capitalised words inside a sentence, or a run of two or more opening
one ("Acme Corp hired me"), whose first word may be only grammar ("When Python ...").
Written to be linear: each pattern opens on a capital letter, so the engine skips to them.
"""

from __future__ import annotations

import re

_STOP_TEXT = """a about above after again against all also am an and any are around as at be because
    been before being below between both but by can could did do does doing don't down
    during each even ever every few for from further get got had has have having he her here
    hers herself him himself his how however i i'd i'll i'm i've if in into is isn't it it's
    its itself just let's lot lots me more most much must my myself no nor not now of off on
    once one only or other our ours ourselves out over own quite rather really said same
    say see she should so some something still such than that that's the their theirs them
    themselves then there there's these they they're thing things this those though through
    to too under until up upon us very was wasn't way we we're were weren't what what's when
    where which while who whom whose why will with within without would yes yet you you're
    your yours yourself yourselves um umm uh uhh er erm ah like know basically actually
    literally mean think maybe perhaps probably sort kind guess feel well okay"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Capital letters of the Latin, Greek and Cyrillic scripts (the class is built once).
_UPPER = "".join(
    chr(code) for code in [*range(0x41, 0x590), *range(0x1E00, 0x2000)] if chr(code).isupper()
)
_NAME_REST = r"[^\W_]*(?:['\u2019&\-][^\W_]+)*"
_NAME_MORE = rf"(?: (?:of |& )?(?!I\b|I['\u2019])[{_UPPER}]{_NAME_REST})"
_INSIDE = r"[\w,;:)%\]\u2013\u2014\-]"  # what may come before a name inside a sentence
_QUOTE = r"[\"'\u201c\u2018(]"
# A capitalised run after a word or comma, or one of two or more words opening a sentence
# (whose first word may be only grammar: "When Python ..."). Groups: the capital (read back
# so that the scan can skip to capitals), the rest inside a sentence, the rest at an opening.
_NAME = re.compile(
    rf"[{_UPPER}](?<=(.))(?:(?<!I)|(?=[^\W_]))"
    rf"(?:(?:(?<={_INSIDE}\s.)|(?<={_INSIDE}\s\s.)|(?<={_INSIDE}\s{_QUOTE}.))"
    rf"({_NAME_REST}{_NAME_MORE}{{0,5}})"
    rf"|(?:(?<=[.!?]\s.)|(?<=[.!?]\s\s.)|(?<=[.!?]{_QUOTE}\s.)|(?<=[.!?]\s{_QUOTE}.))"
    rf"({_NAME_REST}{_NAME_MORE}{{1,5}}))"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def named_things(marked: str) -> list[str]:
    """Capitalised names, in the order first seen, each once; a possessive 's dropped."""
    found: dict[str, None] = {}
    for capital, inside, opening in dict.fromkeys(_NAME.findall(marked)):
        name = capital + inside if inside or not opening else drop_opener(capital + opening)
        if name:
            found.setdefault(_POSSESSIVE.sub("", name), None)
    return list(found)


def drop_opener(run: str) -> str:
    """A run opening a sentence: drop its first word when that is only grammar ("When")."""
    first, _, rest = run.partition(" ")
    if first.lower() not in STOP_WORDS:
        return run
    return rest.removeprefix("of ").removeprefix("& ")
