"""Figures a listener hears as evidence: "40%", "two months", "a dozen", "3 March 2020".

A number turns a claim into evidence, so a coach counts the quantities in an answer, in
the words they were said: numerals, money, percentages, dates and times with a number,
ranges ("10–15", "four or five"), number words ("eleven months", "half", "four and a
half") and number-unit compounds ("fifteen-minute"). She does not count what only looks
like a number: ordinals ("second month"), "one" as a pronoun ("one of the seniors"),
version numbers ("Python 3"), metric names ("p99"), labels ("step three"), vague plurals
("dozens") or a figure of speech ("give 110%").

Number words are read by one pattern rather than a library: text2num's `alpha2digit`
(the well-kept choice) rewrites the text instead of saying where each number is, misses
"a dozen", "half", "1.2 million" and "fifteen-minute", and took 18 s on a 1 MB answer
here; the feedback must name each figure as written, and within 100 ms.
"""

from __future__ import annotations

import re

from coach.names import STOP_WORDS

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
_SCALES = "hundred thousand million billion"
_SIMPLE = "|".join(sorted((_UNITS + " " + _TENS).split(), key=len, reverse=True))
# "twenty-five", "one hundred and twenty", "a dozen", "half", "four and a half"
_WORD = rf"(?:{_SIMPLE})(?:[- ](?:{_SIMPLE}))?"
_WORD_NUMBER = (
    rf"(?:(?:a|an) (?:hundred|thousand|million|billion|dozen)|{_WORD})"
    rf"(?: (?:and )?(?:{_WORD}|{_SCALES.replace(' ', '|')}|dozen))*"
    r"(?: and (?:a )?half)?"
    r"|(?<!\w)half(?![\w\-])"
)
_DIGITS = r"(?:[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$£€]?\d+(?:\.\d+)?)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TIME_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?"
    r"|quarters?|sprints?|semesters?|terms?)"
)
_MONEY_WORD = r"(?:dollars|pounds|euros|quid|bucks)"
_SUFFIX = (
    r"(?:\s?(?:%|percent|per cent)|(?:k|m|bn|x|s|ms|h|hrs|mins?|kb|mb|gb|tb|kg|km)(?![\w])"
    r"|\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    rf"|\s(?:million|billion|thousand|hundred)(?:\s{_MONEY_WORD})?|\s{_MONEY_WORD})?"
)
_ONE = rf"(?:{_DIGITS}|{_WORD_NUMBER})"
_FIGURE_BODY = (
    # dates: "3 March 2020", "March 3, 2020", "March 2020", "3 March", "Q3 2021"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?: \d{{4}})?"
    rf"|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|{_MONTH} \d{{4}}|q[1-4](?: \d{{4}})?"
    # times and rates: "8:30", "24/7", "9am"
    rf"|\d{{1,2}}:\d\d(?:\s?(?:am|pm))?|\d+/\d+"
    # a number, a range of two ("10–15", "four or five"), a unit or compound after it
    rf"|{_ONE}{_SUFFIX}(?:\s?[–\-]\s?{_DIGITS}{_SUFFIX}|(?: or ){_ONE}{_SUFFIX})?"
    rf"(?:-[a-z]+|[ \-]{_TIME_UNIT}(?![\w\-]))?)(?![\w])"
)
# What a figure can open with, checked before the full pattern is tried at a space.
_FIRST_LETTERS = (
    r"(?=\d|[$£€]|q\d|ja|fe|ma|ap|ju|au|se|oc|no|de|ze|on|tw|th|fo|fi|si|ei|ni|te|el|hu"
    r"|ha|mi|bi|do|an? )"
)
# After a space (a literal: the engine jumps between spaces), or after a rarer opener.
_FIGURES = (
    re.compile(" " + _FIRST_LETTERS + _FIGURE_BODY),
    re.compile('[\n\t\r"(\\[\u201c\u2018\u2014\u2013~]' + _FIGURE_BODY),
)
_LABEL = frozenset(
    "step phase stage level version release round page chapter season episode question"
    " tier grade number no part section iteration v series series size".split()
)
_ONE_PRONOUN_NEXT = frozenset(
    "of another by on day thing things way hand side more point or other 's else here there"
    " who that which is was will can".split()
)
_ONE_PRONOUN_BEFORE = frozenset(
    "the no any every each this that which some little big only last next same".split()
)
_SPEECH_FIGURE = re.compile(r"(?:give|gives|giving|gave)(?: it| my| them| everything)? $")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w+#]*) $")
_OPENING_WORDS = STOP_WORDS | frozenset(
    "since by from between around about over under nearly almost roughly only just last next"
    " every before after during until till circa".split()
)
_CERTAIN = frozenset("sure certain committed behind confident honest".split())
_MONTHS = re.compile(_MONTH, re.IGNORECASE)


def find_figures(text: str, lowered: str) -> list[tuple[int, int]]:
    """Where each figure is in `text` (lowered as `lowered`), in reading order."""
    spans = []
    scanned = " " + lowered  # a match holds the character before the figure
    found = sorted((m for pattern in _FIGURES for m in pattern.finditer(scanned)), key=_start)
    last = 0
    for match in found:
        start, end = match.start(), match.end() - 1
        if start >= last and counts(text, lowered, start, end):  # "10–15", not also "–15"
            spans.append((start, end))
            last = end
    return spans


def _start(match: re.Match[str]) -> int:
    return match.start()


def counts(text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the candidate at start:end is a figure a listener hears as evidence."""
    found = lowered[start:end]
    leading = lowered[max(0, start - 24) : start]
    previous = leading.split()[-1].strip(",;:(") if leading.split() else ""
    if previous in _LABEL:
        return False  # "step three", "version 3"
    if re.match(r"(?:an? )?one\b", found) and not _one_is_a_count(lowered, start, end, previous):
        return False
    if re.match(r"\d+\.\d+\.\d", found):
        return False  # "3.11.2" is a version
    whole = re.match(r"\d+", found)
    if whole and ("%" in found or "per" in found) and int(whole.group()) >= 100:
        ahead = lowered[end : end + 12].split()[:1]
        if _SPEECH_FIGURE.search(leading) or (ahead and ahead[0].strip(".,") in _CERTAIN):
            return False  # "give 110%", "100% sure"
    if whole and re.fullmatch(r"\d+(?:\.\d+)?", found):
        return not _named_version(text, start)  # "Python 3", "Java 17"
    return True


def _named_version(text: str, start: int) -> bool:
    """A bare number right after a capitalised name inside a sentence is a version."""
    name = _CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
    if name is None or _MONTHS.fullmatch(name.group(1).rstrip(".")):
        return False
    opening = text[max(0, name.start() - 3) : name.start()].rstrip()
    if not opening or opening[-1] in ".!?:\n\"'(-•*":
        return name.group(1).lower() not in _OPENING_WORDS  # "In 2020" opens a sentence
    return True


def _one_is_a_count(lowered: str, start: int, end: int, previous: str) -> bool:
    """ "one engineer" counts; "one of them", "the one thing", "no one", "one-off" do not."""
    found = lowered[start:end]
    if "-" in found:
        return not re.search(r"one-(?:off|on|to|of|time|liner|way|sided|size|stop)", found)
    words = found.split()
    rest = words[words.index("one") + 1 :] if "one" in words else []
    following = (
        rest[0] if rest else (re.findall(r"[\w']+|[^\w\s]", lowered[end : end + 16]) or [""])[0]
    )
    if not following or not following[0].isalnum():
        return False  # "one." is a pronoun
    if "another" in lowered[end : end + 30]:
        return False  # "one plain word after another"
    return previous not in _ONE_PRONOUN_BEFORE and following not in _ONE_PRONOUN_NEXT
