"""Fillers, hedges and clichés, found where they occur and judged by their neighbours.

An interview coach does not count words, she counts uses: "like" in "who was like really
talented" is a filler, in "I like hard problems" it is not; "just" in "I just started
documenting" shrinks a claim, in "just in time" it does not; "team player" said of
oneself is a cliché, "everyone says they're a team player" disowns it. Each candidate is
found by one pattern and then judged on a small window around it (`coach.context`), and
every use kept becomes a `Mark` with its place, so the screen can highlight it.

The names are the coach's labels in lower case ("you know", "i'd say", "kind of"); the
rules and their limits are written out for users in docs/feedback.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from coach import cliches
from coach.context import (
    Judge,
    Scene,
    break_after,
    next_word,
    opens,
    opens_text,
    previous_word,
    sentence_before,
    set_off,
)
from coach.scan import by_first_letter, find_words, spaced

FILLER = "filler"
HEDGE = "hedge"
CLICHE = "cliche"


@dataclass(frozen=True)
class Mark:
    """One use of a filler, hedge or cliché: what kind, its name, where it is."""

    kind: str
    name: str
    start: int
    end: int


# ---- fillers -------------------------------------------------------------------------

_INTENSIFIERS = frozenset(
    "really so very totally super just literally kind sort completely actually basically"
    " always never all not um uh umm uhh".split()
)
_VERB_LIKE = frozenset(
    "i you we they people i'd you'd we'd they'd would 'd don't didn't doesn't do does did"
    " really also to not who that which always still genuinely would've might may will he"
    " she it".split()
)
_SIMILE = frozenset(
    "something anything nothing look looks looked looking feel feels felt seem seems"
    " seemed sound sounds sounded more less just things stuff exactly much".split()
)
_LEAD_INS = frozenset(
    "and but so or then because at on in with for of about from into had have has got get"
    " took take takes did made make said went do does is was were it's that's there's just"
    " um uh kept keep need needed want wanted around".split()
)
_PRONOUNS = frozenset("i we you they he she it there the um uh".split())
_SUBJECTS = _PRONOUNS - {"the", "it"}  # words that open a clause after "like"
_BE = frozenset("was were is are am be been 's 'm 're it's i'm he's she's they're".split())
_NUMBER_WORD = re.compile(
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|hundred|thousand|half|a (?:hundred|thousand|dozen|million))\b)"
)
_LITERAL_HYPERBOLE = frozenset(
    "everyone everybody everything nobody nothing all always never forever every dying"
    " died dead killing killed exploded blew insane crazy million millions hundreds"
    " thousands so like just um uh whole tons impossible obsessed zero".split()
)
_NOT_KNOW_OBJECT = frozenset(
    "what how where who why when whether if that the a an it him her them me us about"
    " this these those my your his their our each some any more someone something exactly"
    " everything everyone nothing of is was".split()
)
_NOT_KNOW_SUBJECT = frozenset(
    "if do did don't didn't as what when whether unless that who how may might will would"
    " should could can probably already all now to".split()
)


def _number_follows(low: str, end: int) -> bool:
    return bool(_NUMBER_WORD.match(low, end + 1 if low[end : end + 1] == " " else end))


def _like(scene: Scene, start: int, end: int) -> bool:
    """Discourse "like" unless it is the verb, a comparison or "such as"."""
    low = scene.lowered
    if set_off(low, start, end):
        return True  # "it was, like, a huge mess"; "Like, ..."
    before, ahead = previous_word(low, start), next_word(low, end)
    if before in _SIMILE or (before in _VERB_LIKE and before not in _BE):
        return False  # "something like 40%", "felt like", "I like Python", "would like"
    if (before.endswith("n't") and before not in _BE) or (
        ahead in {"i", "we"}
        and (next_word(low, end + 1 + len(ahead)) in {"said", "say", "mentioned"})
    ):
        return False  # "didn't like", "like I said"
    if before in {",", ";", "\u2014"}:
        # after a comma: "such as" ("problems, like the billing one") unless a clause follows
        return ahead in _SUBJECTS or _number_follows(low, end)
    if before in _BE or before in _LEAD_INS or _number_follows(low, end):
        return True  # "was like really talented", "and like we", "within like two weeks"
    # after a noun: "tools like Jira" compares; "a people person like I can..." does not
    return ahead in _SUBJECTS or ahead in _INTENSIFIERS


def _you_know(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    if set_off(low, start, end):
        return True  # "We had, you know, the usual"; "You know, I read"
    if previous_word(low, start) in _NOT_KNOW_SUBJECT:
        return False  # "if you know the API", "as you know"
    if break_after(low, end):
        return low[end : end + 1] != "?"
    return next_word(low, end) not in _NOT_KNOW_OBJECT  # "a huge mess you know so I"


def _i_mean(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    leading = sentence_before(low, start, 60)
    if re.search(r"\b(?:say|said|by|when)\b|'\s*$", leading):
        return False  # "when I say forgot I mean I skipped it", "by 'done' I mean"
    return next_word(low, end) not in {"it", "to", "what", "business"}  # "I mean it"


_OPENERS = frozenset("um umm uh uhh er erm okay ok yeah well so oh like basically anyway".split())


def _opener(scene: Scene, start: int, end: int) -> bool:
    """so, well, okay, yeah, honestly: empty when they open the answer or a sentence."""
    low = scene.lowered
    word = low[start:end]
    if not opens(low, start):
        return word == "yeah" and previous_word(low, start) == "so"  # "..., so yeah."
    ahead = next_word(low, end)
    if ahead in {"-", "over", "under", "above", "below", "done", "known", "into", "?"}:
        return False  # "Well over 50 people", "Well done"
    if word == "so" and ahead in {"much", "many", "far", "that", "long", "to", "on"}:
        return False
    if word in {"so", "well"}:
        # A sentence opening "So I rewrote it." mid-answer can be the result of what came
        # before; at the very start, before a comma or after another opener it is empty.
        return (
            ahead in {",", "...", "…"}
            or ahead in _OPENERS
            or previous_word(low, start) in _OPENERS
            or opens_text(low, start)
        )
    return True


def _actually(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    ahead = next_word(low, end)
    return (
        set_off(low, start, end)
        or opens(low, start)
        or (
            ahead
            in {"um", "uh", "like", "basically", "really", "kind", "sort", "just", "literally"}
        )
    )


def _literally(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    return set_off(low, start, end) or next_word(low, end) in _LITERAL_HYPERBOLE


def _tag_right(scene: Scene, start: int, end: int) -> bool:
    return previous_word(scene.lowered, start) in {",", "\u2014"}


def _always(scene: Scene, start: int, end: int) -> bool:
    return True


# ---- hedges --------------------------------------------------------------------------

_DETERMINERS = frozenset(
    "a an the what which this that any some every one same all these those no other"
    " another my your our their his her its first right wrong different".split()
)
_JUST_EXACT = frozenset(
    "in as like before after when then now last this yesterday today recently right"
    " enough the same about over under below above because so what how where who not two"
    " three four five six seven eight nine ten".split()
)
_OPINION = re.compile(
    r"what do you think|what's your (?:view|opinion|take)|what is your (?:view|opinion|take)"
    r"|your opinion|how do you feel|do you think|in your view|would you say|thoughts on"
    r"|what would you|do you believe|did you think|your (?:view|take|thoughts)"
    r"|how did you feel|what did you make of|how do you see"
)


def _i_think(scene: Scene, start: int, end: int) -> bool:
    if scene.opinion:
        return False  # asked for an opinion, "I think" is the answer's subject
    return next_word(scene.lowered, end) not in {"outside", "of", "about", "through", "back"}


def _i_believe(scene: Scene, start: int, end: int) -> bool:
    return next_word(scene.lowered, end) != "in" and not scene.opinion


def _id_say(scene: Scene, start: int, end: int) -> bool:
    return next_word(scene.lowered, end) not in {"to", "no", "yes", "thank", "sorry", "hello"}


def _approximator(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    return previous_word(low, start) not in _DETERMINERS


def _just(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    if previous_word(low, start) in {"have", "has", "had", "i've", "we've", "i'd", "not", "only"}:
        return False  # "I've just finished": recently; "not just": and more
    return next_word(low, end) not in _JUST_EXACT


def _pretty(scene: Scene, start: int, end: int) -> bool:
    low = scene.lowered
    before, ahead = previous_word(low, start), next_word(low, end)
    return before not in {"a", "the", "very", "so", "really", "her", "his", "my"} and (
        ahead.isalpha()
    )


def _dont_know(scene: Scene, start: int, end: int) -> bool:
    ahead = next_word(scene.lowered, end)
    following = scene.text[end:].lstrip()[:1]
    named = following.isupper()
    literal = {"the", "a", "an", "any", "much", "many", "anything", "anyone", "enough", "him"}
    return ahead not in literal | {"her", "them"} and not named


# ---- the table -----------------------------------------------------------------------

# (kind, name, pattern, judge). A name of None is read from the match (hesitations).
RULES: list[tuple[str, str | None, str, Judge]] = [
    (FILLER, None, r"uu*(?:m+|h+m*)", _always),
    (FILLER, None, r"ee*r+m*", _always),
    (FILLER, "like", r"like", _like),
    (FILLER, "you know", r"you know", _you_know),
    (FILLER, "i mean", r"i mean", _i_mean),
    (FILLER, "so", r"so", _opener),
    (FILLER, "well", r"well", _opener),
    (FILLER, "okay", r"ok(?:ay)?", _opener),
    (FILLER, "yeah", r"yeah", _opener),
    (FILLER, "honestly", r"honestly", _opener),
    (FILLER, "basically", r"basically", _always),
    (FILLER, "actually", r"actually", _actually),
    (FILLER, "literally", r"literally", _literally),
    (FILLER, "right", r"right(?=\?)", _tag_right),
    (HEDGE, "i think", r"i think(?! outside)", _i_think),
    (HEDGE, "i guess", r"i guess", _always),
    (HEDGE, "i believe", r"i believe", _i_believe),
    (HEDGE, "i suppose", r"i suppose", _always),
    (HEDGE, "i feel like", r"i feel like", _always),
    (HEDGE, "i'd say", r"i(?:'d| would) say", _id_say),
    (HEDGE, "maybe", r"maybe", _always),
    (HEDGE, "perhaps", r"perhaps", _always),
    (HEDGE, "probably", r"probably", _always),
    (HEDGE, "kind of", r"kind(?: of|a)", _approximator),
    (HEDGE, "sort of", r"sort(?: of|a)", _approximator),
    (HEDGE, "just", r"just", _just),
    (HEDGE, "pretty", r"pretty", _pretty),
    (HEDGE, "a little bit", r"a little bit", _always),
    (HEDGE, "a bit", r"a bit", _always),
    (HEDGE, "i'm not sure", r"i(?:'m| am) not sure", _always),
    (HEDGE, "i don't know", r"i do(?:n't| not) know", _dont_know),
    (CLICHE, "team player", r"team[- ]players?", cliches.cliche),
    (CLICHE, "hard worker", r"hard[- ]?work(?:ers?|ing)", cliches.cliche),
    (CLICHE, "passionate about", r"passionate about", cliches.cliche),
    (CLICHE, "think outside the box", r"think(?:s|ing)? outside (?:of )?the box", cliches.cliche),
    (CLICHE, "go-getter", r"go[- ]getters?", cliches.cliche),
    (CLICHE, "synergy", r"synerg(?:y|ies|istic)", cliches.cliche),
    (CLICHE, "detail-oriented", r"detail[- ]oriented", cliches.cliche),
    (CLICHE, "perfectionist", r"perfectionist", cliches.perfectionist),
    (CLICHE, "quick learner", r"quick learners?", cliches.cliche),
    (CLICHE, "quick learner", r"fast learners?", cliches.cliche),
    (CLICHE, "self-starter", r"self[- ]starters?", cliches.cliche),
    (CLICHE, "people person", r"people person", cliches.cliche),
    (
        CLICHE,
        "give 110%",
        r"g(?:ives?|iving|ave) (?:it |my |them |everything )?1[01]0\s*(?:%|percent|per cent)",
        cliches.cliche,
    ),
    *(
        (
            CLICHE,
            "work well under pressure",
            rf"{verb} (?:well |best |great )?under pressure",
            cliches.cliche,
        )
        for verb in ("work(?:s|ing)?", "perform(?:s|ing)?", "thriv(?:e|es|ing)")
    ),
    (CLICHE, "care too much", r"car(?:e|es|ing) too much", cliches.cliche),
    (CLICHE, "work too hard", r"work(?:s|ing)? too hard", cliches.cliche),
    (CLICHE, "at the end of the day", r"at the end of the day", cliches.clause_start),
    (CLICHE, "communication is key", r"communication is (?:key|everything)", cliches.cliche),
    (CLICHE, "hit the ground running", r"hit(?:s|ting)? the ground running", cliches.cliche),
    (CLICHE, "add value", r"add(?:s|ed|ing)? (?:real |a lot of )?value", cliches.add_value),
    (CLICHE, "results-driven", r"results?[- ]driven", cliches.cliche),
]


def _compile() -> tuple[
    list[tuple[tuple[str, ...], re.Pattern[str]]], list[tuple[str, str | None, Judge]]
]:
    """Every rule as a named group `r<index>` of a whole-word pattern per first letter."""
    patterns = by_first_letter([spaced(rule[2]) for rule in RULES])
    return patterns, [(kind, name, judge) for kind, name, _, judge in RULES]


_PATTERNS, _RULES = _compile()


def find_marks(text: str, lowered: str, *, question: str = "") -> list[Mark]:
    """Every filler, hedge and cliché in `text` (lowered as `lowered`), in reading order."""
    scene = Scene(text, lowered, opinion=bool(_OPINION.search(question.lower())))
    return list(_judged(scene))


def _judged(scene: Scene) -> Iterator[Mark]:
    for match in find_words(_PATTERNS, scene.lowered):
        rule = match.lastgroup
        if rule is None:
            continue
        kind, name, judge = _RULES[int(rule[1:])]
        start, end = match.start(), match.end() - 1
        if judge(scene, start, end):
            yield Mark(kind, name or hesitation(scene.lowered[start:end]), start, end)


def hesitation(word: str) -> str:
    """The coach's name for a drawn-out hesitation: "ummm" is "um", "errm" is "erm"."""
    if word.startswith("u"):
        return "um" if "m" in word else "uh"
    return "erm" if word.endswith("m") else "er"
