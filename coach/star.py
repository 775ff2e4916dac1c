"""STAR: does a behavioural answer give the situation, the task, the action and the result?

A coach marks a part present however briefly it is said, and reads for meaning rather
than stock phrases: "In my final year at Leeds" sets a situation, "my manager asked me to
find out why" is a task, "I rewrote the loader" and "we cut scope" are actions, "failures
dropped to zero" and "the client renewed" are results. Two things do not count: a
hypothetical ("I would prioritise...") is not an action, and an intention ("to cut costs
by 20%") is not a result. Answers written with labels ("Situation: ...") are read by them.

The text given here has its fillers and hedges taken out ("I kind of took the lead"
reads "I took the lead"), and is in lower case. Each part is one search, so a long answer
costs one pass per part.
"""

from __future__ import annotations

import re

PARTS = ("situation", "task", "action", "result")

_ADVERBS = (
    r"(?:(?:then|also|first|once|just|finally|quickly|immediately|eventually|personally"
    r"|soon|later|still|even|actually|really|simply|always|never|instead|together|\w+ly)\s+)*"
)
_IRREGULAR = (
    "began bought brought built came caught chose cut dealt did drew drove fed fought"
    " found flew gave got hid hit held kept laid led left lent let made met paid put quit"
    " ran rang reran rebuilt redid rewrote rode rose sat saw set sent shook shot shut sold"
    " sought spent split spoke spun spread stood stuck swept took taught told threw"
    " undertook went won wrote oversaw overcame withdrew woke broke tore wound sped dug"
    " hung"
).split()
# Past forms that tell a state of mind, not a deed.
_NOT_DEEDS = (
    "needed wanted liked loved hoped seemed believed enjoyed preferred used wished"
    " expected assumed supposed realised realized learned learnt worried feared wondered"
    " imagined failed noticed thought knew had was were felt meant forgot"
).split()
_EXCLUDED = "|".join(_NOT_DEEDS)
_DEED = rf"(?:(?!(?:{_EXCLUDED})\b)[a-z]+ed|{'|'.join(_IRREGULAR)})\b"

_SITUATION = re.compile(
    r"\b(?:situation|context|background)\s*:"
    r"|\b(?:in|during) (?:my|our|the) (?:first|second|third|fourth|final|last|previous|early"
    r"|old|graduate|placement) (?:\w+ )?(?:year|month|week|job|role|internship|semester|term"
    r"|days|weeks|months|project|team)"
    r"|\bat my (?:last|previous|old|first|current|former) "
    r"|\b(?:when|while|after) i (?:was|joined|started|arrived|moved|took over|worked|first)\b"
    r"|\bback in\b|\bago\b|\blast (?:year|spring|summer|autumn|fall|winter|quarter|month|week)"
    r"|\bin (?:19|20)\d\d\b|\bthis was (?:at|in|when|during|back)\b|\bat the time\b"
    r"|\bthere (?:was|were|had been)\b"
    r"|\b(?:the|our|my|a|an|their|this|that|one|his|her|it|we|they|he|she|i|nobody|no one"
    r"|everyone)(?: [\w'\-]+){0,3} (?:was|were|had been|kept|used to)\b"
    r"(?! (?:to|asked|tasked|responsible|expected|supposed|paid|promoted|praised|thanked)\b)"
    r"|\b(?:a|our|the|my) (?:client|customer|colleague|manager|stakeholder|team|boss|user"
    r"|project|system|service|release|launch|deadline)s? (?:had|brought|moved|changed"
    r"|complained|wanted|came|called|failed|broke|missed|slipped)\b"
)
_TASK = re.compile(
    r"\b(?:task|goal|objective|challenge)\s*:"
    r"|\bi (?:was|am) (?:asked|tasked|responsible|in charge|expected|supposed|hired|brought in"
    r"|running|leading|managing|heading|handling|coordinating|organising|organizing|owning"
    r"|driving|overseeing)\b"
    r"|\bi was the (?:[\w\-]+ ){0,3}(?:lead|owner|senior|manager|engineer|person|one|analyst"
    r"|developer|designer|consultant|captain|chair|organiser|organizer|coordinator)"
    r" (?:on|who|for|responsible|in charge|of)\b"
    r"|\b(?:asked|wanted|needed|told|expected|got) me to\b|\b(?:i|we) (?:had|needed) to\b"
    r"|\bmy (?:job|task|role|goal|responsibility|brief|remit|mandate|aim|mission|challenge"
    r"|part) (?:was|is)\b|\b(?:the|our) (?:goal|task|challenge|aim|brief|target|objective"
    r"|job|ask) (?:was|is)\b|\bit (?:was|fell) (?:on|to|up to) me\b|\bi set out to\b"
    r"|\b(?:it was|that was) my (?:job|responsibility)\b"
)
_ACTION = re.compile(
    rf"\baction\s*:|\b(?:i|we|i've|we've|i'd|we'd)\s+{_ADVERBS}(?:(?:then|and)\s+)?{_DEED}"
    r"|\bi (?:started|began|decided|chose|offered|volunteered) to\b"
)
_ACTOR = re.compile(rf"\b(?:i|i've|i'd)\s+{_ADVERBS}{_DEED}|\baction\s*:[^\n]*\bi\b")
_TELLING = re.compile(r"\b(?:when|while|since|until|if|once) (?:i|we) \w+$")
_CHANGE = (
    r"(?:reduced|increased|improved|doubled|tripled|halved|dropped|fell|rose|grew|shrank"
    r"|decreased|declined|climbed|jumped|boosted|slashed|lifted|expanded|gained|saved"
    r"|went (?:up|down|from))"
)
_OUTCOME = (
    r"(?:shipped|launched|delivered|finished|completed|released|went live|rolled (?:it )?out"
    r"|passed|won|secured|landed|renewed|promoted|adopted|approved|accepted|thanked|praised"
    r"|recognised|recognized|awarded|restored|resolved|recovered|signed (?:[\w']+ ){0,3}off"
    r"|(?:was|were|got) paid|hit (?:the|our|its) (?:target|deadline|goal)|met the deadline"
    r"|closed (?:[\w']+ ){0,3}(?:early|on time|\d)|on time|ahead of schedule|under budget"
    r"|(?:days?|weeks?|months?|hours?) early|no longer|never (?:happened|failed|missed)"
    r"|asked (?:for|me) (?:the same|back|to stay|to lead)|hired me|offered me|became)"
)
_RESULT = re.compile(
    rf"\b(?:result|outcome|impact)\s*:|\bas a result\b|\bresulted in\b|\bin the end\b"
    r"|\bended up\b|\b(?:which|this|that|it) (?:led to|meant|means)\b|\bsince then\b"
    r"|\bthe (?:outcome|result|impact|upshot) was\b|\bfrom then on\b|\bby the end\b"
    rf"|\b{_CHANGE}\b|\b(?:we|i|they|it) now\b|\bnow (?:we|i|they|the|our|it)\b"
    rf"|\b{_OUTCOME}\b|\b(?:cut|raised) [^.!?\n]{{0,30}}\b(?:by|to|from|in half)\b"
)
_INTENT = re.compile(
    r"\b(?:to|would|will|could|should|might|hope[ds]?|want(?:ed)?|plan(?:ned)?|goal|aim"
    r"|target|intend(?:ed)?|trying|if|asked)\b[^.!?\n,]{0,20}$"
)


def star_parts(cleaned: str) -> dict[str, bool]:
    """Which STAR parts the (lower-case, filler-free) answer gives."""
    return {
        "situation": bool(_SITUATION.search(cleaned)),
        "task": bool(_TASK.search(cleaned)),
        "action": _has_deed(cleaned),
        "result": _has_result(cleaned),
    }


def _has_deed(cleaned: str) -> bool:
    for match in _ACTION.finditer(cleaned):
        leading = cleaned[max(0, match.start() - 40) : match.end()]
        if not _TELLING.search(leading):  # "when I joined" sets the scene
            return True
    return False


def _has_result(cleaned: str) -> bool:
    for match in _RESULT.finditer(cleaned):
        if match.group().endswith(":") or not _INTENT.search(
            cleaned[max(0, match.start() - 40) : match.start()]
        ):
            return True
    return False


def acted_alone_as_we(cleaned: str) -> bool:
    """Actions are told only as "we": the listener cannot tell what the speaker did."""
    return _has_deed(cleaned) and not _ACTOR.search(cleaned)
