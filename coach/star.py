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
    " ran rang reran rebuilt redid rewrote rode rose sat saw sent shook shot shut sold"
    " sought spent split spoke spun spread stood stuck swept took taught told threw"
    " undertook went won wrote oversaw overcame withdrew woke broke tore wound sped dug"
    " hung"
).split()
# Past forms that tell a state of mind, not a deed.
_NOT_DEEDS = (
    "needed wanted liked loved hoped seemed believed enjoyed preferred used wished"
    " expected assumed supposed realised realized learned learnt worried feared wondered"
    " imagined failed noticed thought knew had was were felt meant forgot underestimated"
    " overestimated misjudged missed"
).split()
_EXCLUDED = "|".join(_NOT_DEEDS)
_SET = r"set(?! (?:myself|ourselves|us)\b| (?:a|an|the|our|my) (?:target|goal|aim|deadline))"
_DEED = rf"(?:(?!(?:{_EXCLUDED})\b)[a-z]+ed|{'|'.join(_IRREGULAR)}|{_SET})\b"

_NUMBERS = "two three four five six seven eight nine ten twelve twenty"
_SCENE_VERBS = (
    "wanted|needed|decided|threatened|joined|left|moved|changed"
    "|failed|broke|missed|slipped|went|came|hit|took|lost|started|became|brought|flagged"
    "|complained|called|evacuated|crashed|stopped working|refused|disagreed|insisted|owned"
    "|knew|asked|gave|told|inherited|hired|quit|struggled"
)
_SITUATION = re.compile(
    r"\b(?:situation|context|background)\s*:"
    r"|\b(?:in|during|on) (?:my|our|the) (?:first|second|third|fourth|final|last|previous|early"
    r"|old|graduate|placement) (?:[\w\-]+ )?(?:year|month|week|job|role|internship|semester"
    r"|term|day|days|weeks|months|project|team|review)"
    r"|\bat my (?:last|previous|old|first|current|former) "
    r"|\b(?:when|while|after) (?:i|our|the|my|a|an|we|they|it|he|she)\b"
    r"|\bback in\b|\bago\b|\blast (?:year|spring|summer|autumn|fall|winter|quarter|month|week"
    r"|september|october|november|december|january|february|march|april|may|june|july|august)"
    r"|\bin (?:19|20)\d\d\b|\bthis was (?:at|in|when|during|back)\b|\bat the time\b"
    r"|\bon \d{1,2} [a-z]+ (?:19|20)\d\d|\bone (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|night|morning|evening|day|week)\b|\bthere (?:was|were|had been)\b"
    r"|\bi (?:wasn't|was not|had never|'d never)\b|\b(?:nobody|no one) \w+"
    r"|\b\w+ kept \w+ing\b|\bhad (?:(?![\w\-]+ed )[\w\-]+ )?"
    r"(?:different|no|too|a|an|only|never|been|nothing"
    rf"|little|so|\$|£|€|\d|{_NUMBERS.replace(' ', '|')}|forty|fifty|hundreds)"
    rf"|\b(?:{_NUMBERS.replace(' ', '|')}) of (?:my|our|the)\b"
    r"|(?<!if )\b(?:the|our|my|a|an|their|this|that|his|her|it|we|they|he|she|i|everyone"
    r"|people)(?! (?:goal|target|task|job|aim|role|brief|responsibility|part)\b)"
    r"(?: [\w'\-]+){0,3} (?:was|were|had been|kept|used to)\b"
    r"(?! (?:to|asked|tasked|responsible|expected|supposed|paid|promoted|praised|thanked)\b)"
    r"|\b(?:the|our|my|a|an|their|this|that|his|her|it|they|he|she|everyone|people)"
    rf"(?: [\w'\-]+){{0,3}} (?:{_SCENE_VERBS})\b(?! (?:to|me to)\b)"
)
_TASK = re.compile(
    r"\b(?:task|goal|objective|challenge)\s*:"
    r"|\bi(?: was| am|'d been| had been|'ve been| have been) (?:asked|tasked|responsible|in charge"
    r"|expected|supposed|hired|brought in|running|leading|managing|heading|handling"
    r"|coordinating|organising|organizing|owning|driving|overseeing|on call|on-call)\b"
    r"|\bi was the (?:[\w\-]+ ){0,3}(?:lead|owner|senior|manager|engineer|analyst|developer"
    r"|designer|consultant|captain|chair|organiser|organizer|coordinator)"
    r" (?:on|who|for|responsible|in charge|of)\b|\bas (?:the )?(?:[\w\-]+ ){0,2}(?:manager"
    r"|lead|engineer|owner|senior|analyst)\b[^.]{0,20}\bi (?:had|needed) to\b"
    r"|\b(?:asked|wanted|needed|told|expected|got|gave) me (?:[\w$£€,]+ ){0,3}to\b"
    r"|\bgave me the\b|\bput me in charge\b|\bhanded me\b|\b(?:i|we) (?:had|needed) to\b"
    r"|\bmy (?:job|task|role|goal|responsibility|brief|remit|mandate|aim|mission|challenge"
    r"|part|target)(?: [\w']+){0,3} (?:was|is)\b|\b(?:the|our) (?:goal|task|challenge|aim"
    r"|brief|target|objective|job|ask|remit)(?: [\w']+){0,3} (?:was|is)\b"
    r"|\bit (?:was|fell) (?:on|to|up to) me\b|\bi set out to\b|\bi set (?:myself|us|a|the)"
    r"(?: a| the)? (?:target|goal|aim)|\b(?:it was|that was) my (?:job|responsibility)\b"
    r"|\bon[- ]call\b|\bi made it my (?:job|mission|goal|priority)\b|\bi (?:volunteered|wanted)"
    r" (?:[\w']+ ){0,4}to\b|\bhad (?:[\w$£€,]+ ){1,4}to (?!the\b)\w+"
)
_ACTION = re.compile(
    rf"\baction\s*:|\b(?:i|we|i've|we've|i'd|we'd)\s+{_ADVERBS}(?:(?:then|and)\s+)?{_DEED}"
    r"|\bi (?:started|began|decided|chose|offered|volunteered) to\b"
)
_ACTOR = re.compile(rf"\b(?:i|i've|i'd)\s+{_ADVERBS}{_DEED}|\baction\s*:[^\n]*\bi\b")
_TELLING = re.compile(r"\b(?:when|while|since|until|if|once) (?:i|we) \w+$")
_CHANGE = (
    r"(?<!every )(?<!the )(?<!an )(?<!a )(?<!no )(?<!of )"
    r"(?:reduced|increased|improved|doubled|tripled|halved|dropped|fell|rose|grew|shrank"
    r"|decreased|declined|climbed|jumped|boosted|slashed|lifted|expanded|gained|saved"
    r"|stopped(?! \w+ing| to)|went (?:up|down|from))"
)
_OUTCOME = (
    r"(?:shipped|launched|delivered|finished|completed|released|went live|rolled (?:it )?out"
    r"|passed|won|secured|landed|renewed|promoted|adopted|approved|accepted|thanked|praised"
    r"|recognised|recognized|awarded|restored|resolved|recovered|signed (?:[\w']+ ){0,3}off"
    r"|(?:was|were|got) paid|hit (?:the|our|its) (?:target|deadline|goal)|met the deadline"
    r"|closed (?:[\w']+ ){0,3}(?:early|on time|\d+)|on time|ahead of schedule|under budget"
    r"|(?:days?|weeks?|months?|hours?) early|no longer|never (?:happened|failed|missed)"
    r"|asked (?:for|me) (?:the same|back|to stay|to lead)|hired me|offered me|became"
    r"|held up|went well|paid off|went smoothly|came (?:first|second|third|top)"
    r"|was back to|back to normal|without (?:a single|any)|ever since|after that)"
)
_RESULT = re.compile(
    rf"\b(?:result|outcome|impact)\s*:|\bas a result\b|\bresulted in\b|\bin the end\b"
    r"|\bended up\b|\b(?:which|this|that|it) (?:led to|meant|means)\b|\bsince then\b"
    r"|\bthe (?:outcome|result|impact|upshot) was\b|\bfrom then on\b"
    r"|\bby (?:the (?:end|next|following|time)|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b|\b(?:the|by the) (?:next|following) (?:day|week|month|quarter"
    r"|year|sprint|morning|review)\b|\bwithin (?:a|an|[\w\-]+) (?:days?|weeks?|months?"
    r"|quarters?|years?)\b|\b(?:[\w\-]+ )(?:days|weeks|months|years) later\b"
    r"|\bafter (?:a|an|[\w\-]+) (?:weeks?|months?|years?)\b|\bsince\s*(?:[.!?]|$)"
    r"|\b(?:haven't|hasn't|have not|has not) (?:had|seen|been)\b"
    rf"|\b{_CHANGE}\b|\b(?:we|i|they|it|she|he|\w+'s) now\b|\bnow (?:we|i|they|the|our|it)\b"
    rf"|\b{_OUTCOME}\b|\b(?:cut|raised) [^.!?\n]{{0,30}}\bby \d"
)
_INTENT = re.compile(
    r"\b(?:to|would|will|could|should|might|hope[ds]?|want(?:ed)?|plan(?:ned)?|goal|aim"
    r"|intend(?:ed)?|trying|if|asked)\b[^.!?\n,]{0,20}$"
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
