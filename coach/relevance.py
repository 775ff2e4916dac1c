"""What the question asks for, and whether the answer seems to give it.

Three readings of the question steer the feedback: a behavioural one ("Tell me about a
time...") wants a STAR story; one that asks for an opinion makes "I think" the point, not
a hedge; "why us" wants the company named and "your greatest weakness" wants a weakness
named. Relevance itself is a rough signal, never a grade: whether the answer touches the
question's key words at all (by their first four letters, so "leading" meets
"leadership").
"""

from __future__ import annotations

import re

_BEHAVIOURAL = re.compile(
    r"tell (?:me|us) about a (?:time|challenge|conflict|mistake|failure|disagreement|setback"
    r"|difficult|tough|hard|problem|crisis|situation|decision|project that|deadline|moment)"
    r"|give (?:me |us )?an? (?:example|instance)|describe a (?:situation|time|moment|challenge)"
    r"|(?:walk|talk) (?:me|us) through a (?:time|situation|project|decision|mistake|failure"
    r"|conflict|disagreement)|share (?:a time|an example)"
    r"|when have you|have you ever had to|recall a (?:time|moment|situation)|think of a time"
    r"|a time (?:when|you)|how did you (?:handle|deal with|resolve|manage|respond to|recover)"
    r"|what did you do when"
)
_WHY_US = re.compile(
    r"why (?:do|would) you (?:want|like) to (?:work|join)|why (?:us|our|this company|here)\b"
    r"|what do you know about (?:us|our)|why are you interested in (?:us|this|our|the role)"
    r"|why (?:do you want|this) (?:job|role|position)"
)
_WEAKNESS = re.compile(r"weakness|weak (?:point|spot)|areas? (?:for|of) (?:improvement|growth)")
_NAMED_WEAKNESS = re.compile(
    r"\b(?:weakness|weak spot|i (?:struggle|struggled|tend to|used to|can be|get|got|find it"
    r" (?:hard|difficult)|have trouble|had trouble|avoid|avoided|procrastinate|overcommit)"
    r"|not (?:great|good|the best|confident|comfortable)|less (?:confident|comfortable)"
    r"|nervous|working on|uncomfortable|delegat|public speaking|saying no|impatien)"
)
_DODGES = frozenset({"perfectionist", "care too much", "work too hard"})
_THEIRS = re.compile(
    r"\byour (?:company|team|product|mission|customers|work|approach|platform|app|service"
    r"|values|culture|clients|business|research|stores|reports?)\b"
)
_QUESTION_WORDS = frozenset(
    "a about an and are as at be been being by can could describe did do does example"
    " explain for from give had has have how i if in into is it me my of on or our share"
    " so tell that the their them there these they this those through time to us walk was"
    " we were what when where which who why will with would you your yourself talk think"
    " situation something someone any some most more ever here professional interests"
    " interest strengths strength weakness weaknesses greatest biggest main best worst current"
    " future goals goal experience background like want know showed show work"
    " little bit briefly quickly please very even just".split()
)
_TERM = re.compile(r"[a-z][a-z'\-]{3,}")


def is_behavioural(question: str) -> bool:
    """The question asks for a story from the past ("Tell me about a time...")."""
    return bool(_BEHAVIOURAL.search(question.lower()))


def key_terms(question: str) -> list[str]:
    """The question's content words, in order, each once."""
    words = [w.strip("'-") for w in _TERM.findall(question.lower())]
    return list(dict.fromkeys(w for w in words if w not in _QUESTION_WORDS and len(w) >= 4))


def touched_terms(terms: list[str], lowered_answer: str) -> list[str]:
    """The key terms the answer uses, matched by their first four letters."""
    stems = {word[:4] for word in _TERM.findall(lowered_answer)}
    return [term for term in terms if term[:4] in stems]


def read(
    question: str,
    lowered: str,
    *,
    company_mentions: int | None,
    named: list[str],
    cliches: list[str],
) -> dict[str, object]:
    """A rough reading of how the answer meets the question (empty with no question)."""
    if not question.strip():
        return {}
    terms = key_terms(question)
    asked = question.lower()
    reading: dict[str, object] = {"terms": terms, "touched": touched_terms(terms, lowered)}
    if _WHY_US.search(asked):
        reading["names_company"] = (
            company_mentions > 0
            if company_mentions is not None
            else bool(named) or bool(_THEIRS.search(lowered))
        )
    if _WEAKNESS.search(asked):
        dodged = bool(_DODGES.intersection(cliches))
        reading["names_weakness"] = bool(_NAMED_WEAKNESS.search(lowered)) and not dodged
    return reading
