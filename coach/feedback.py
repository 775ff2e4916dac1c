"""Feedback on one answer: the seeds' advice turned into figures a person can act on.

The advice coach ships with (assets/tips.toml) says: be specific, link the answer to the
company, keep it tight, say where you want to grow, and sound like yourself. Repeating that
advice teaches little; pointing at this answer's fillers, hedges, missing numbers or
forty-word sentences does. Each figure here is one piece of that advice made countable,
with a note on why it matters and, when it is off, a one-sentence tip.

Pure: text in, a value out. It never raises on any string (empty, emoji, control
characters, lone surrogates). Speed matters because answers can be pasted in bulk: words
are counted once per distinct spelling rather than once per word, and every pattern opens
with a plain word or a rare character, so the regular-expression engine jumps between
candidates instead of trying each position. Every pass is linear in the text, with at most
a bounded window of backtracking at any position; a realistic 1 MB answer takes about
65 ms (benchmarks/bench_feedback.py).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from itertools import chain

SPEAKING_WPM = 150
LONG_SENTENCE_WORDS = 35
MAX_TIPS = 5
TOP_WORDS = 8


def phrase(first: str, rest: str = "", guard: str = "") -> re.Pattern[str]:
    """Whole words: `first` (a plain word), lookbehinds `guard` at its end, then `rest`.

    A space in `rest` stands for any white space. Opening with `first` lets the engine
    jump from one occurrence of it to the next.
    """
    spaced = rest.replace(" ", r"\s+")
    return re.compile(rf"{first}(?<!\w{first}){guard}{spaced}(?!\w)")


def grouped(cues: Iterable[str]) -> list[re.Pattern[str]]:
    """One `phrase` pattern per opening word shared by `cues`."""
    rests: dict[str, list[str]] = {}
    for cue in cues:
        first = cue[: len(cue) - len(cue.lstrip(string.ascii_lowercase))]
        rests.setdefault(first, []).append(cue[len(first) :])
    return [phrase(first, "(?:" + "|".join(tails) + ")") for first, tails in rests.items()]


def not_after(words: str, first: str) -> str:
    """Lookbehinds for the end of `first`: it must not follow any of `words`."""
    return "".join(rf"(?<!\b{word}\s{first})" for word in words.split())


# A word: letters or digits (any script), joined inside by an apostrophe or hyphen, or by
# a point or comma between digits ("don't", "well-known", "3.5", "1,200").
WORD = re.compile(r"[^\W_]+(?:(?:['\u2019\-]|(?<=\d)[.,](?=\d))[^\W_]+)*")
# Blank lines end sentences: each becomes "\n.\n", and the text is prefixed with ". ", so
# that every sentence opens after . ! or ? and white space.
_BLANK_LINE = re.compile(r"\n(?:[ \t\r]*\n)+")
_SENTENCE_BREAK = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s|\Z)")

_FILLER_NAMES = "um|uh|er|ah|like|you know|basically|actually|literally|I mean|so"
_HEDGE_NAMES = "I think|maybe|perhaps|probably|sort of|kind of|I guess|I feel like"
FILLERS = tuple(_FILLER_NAMES.split("|"))
HEDGES = tuple(_HEDGE_NAMES.split("|"))
CLICHES = (
    *("team player", "hard worker", "hardworking", "perfectionist", "think outside the box"),
    *("go-getter", "self-starter", "detail-oriented", "results-driven", "passionate about"),
    *("people person", "synergy", "work too hard", "give 110%"),
)
# Phrases of one word are read from the word counts: spelling -> listed name (the first).
_SPELLINGS = "hardworking hard-working|perfectionist perfectionists|synergy synergies|"
_SPELLINGS += "go-getter go-getters|self-starter self-starters|detail-oriented|"
_SPELLINGS += "results-driven result-driven|basically|actually|literally|maybe|perhaps|probably"
_ONE_WORD = {s: forms.split()[0] for forms in _SPELLINGS.split("|") for s in forms.split()}
_HESITATION = re.compile(r"um+|uh+|er+m*|ah+")
# Phrases of more words: pattern -> listed name ("" when the match names itself). "like"
# is a filler only when set off by commas or opening a sentence before a comma ("I, like,
# led it"; "Like, it was"), never in "I like Python", "something like 40%" or "I feel
# like"; "so" only when it opens a sentence; "kind of" not after "what", "the" and such.
_DETERMINERS = "a the what which this that any some every one same"
_PHRASES: dict[re.Pattern[str], str] = {
    phrase("i", " (?:mean|think|guess|feel like)"): "",
    phrase("you", " know", not_after("do did", "you")): "you know",
    phrase("sort", " of", not_after(_DETERMINERS, "sort")): "sort of",
    phrase("kind", " of", not_after(_DETERMINERS, "kind")): "kind of",
    phrase("team", " players?"): "team player",
    phrase("hard", " workers?"): "hard worker",
    phrase("hard", " working"): "hardworking",
    phrase("think", "(?:s|ing)? outside (?:of )?the box"): "think outside the box",
    phrase("go", " getters?"): "go-getter",
    phrase("self", " starters?"): "self-starter",
    phrase("detail", " oriented"): "detail-oriented",
    phrase("result", "s? driven"): "results-driven",
    phrase("passionate", " about"): "passionate about",
    phrase("people", " person"): "people person",
    phrase("work", "(?:s|ing)? too hard"): "work too hard",
    phrase("giv", r"(?:e|es|ing) (?:a )?110\s*(?:%|percent)"): "give 110%",
}
_CONTEXT_FILLER = re.compile(
    r"[.!?,](?:(?<=,)\s*(like)(?=\s*(?:[,.!?]|\Z))"
    r"|(?<=[.!?])[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?(so(?![\w'\u2019\-])|like(?=\s*,)))"
)

# Figures: digits with separators and decimals, a currency sign, %, k/m/bn ("$2m", "40%").
_NUMBER = re.compile(
    r"[$\u20ac\u00a30-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f](?<![\w.,].)"
    r"(?:(?<=\d)|(?=\d))\d*(?:[.,]\d+)*(?:%|(?i:k|m|bn)(?![\w%]))?(?![\w%])"
)
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

# The cues that mark each part of a STAR story, as whole words in lower case; a space
# stands for any white space, and each cue opens with a plain word.
_SEASONS = "(?:year|summer|spring|autumn|fall|winter|quarter|month|week)"
_CHANGES = "reduc increas grew grow sav cut improv rais boost dropp doubl halv lower fell"
STAR_CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        *("when i was", "while i was", "at the time", "back in", "ago", "the situation"),
        "at my (?:last|previous|old|first|current|former) (?:job|role|company|employer|team"
        "|position|internship|workplace)",
        *(r"in (?:19|20)\d\d", f"last {_SEASONS}", f"that {_SEASONS}", "our team (?:had|was)"),
        "we were (?:facing|dealing with|struggling|working on)",
        "i was working (?:as|at|on|in)",
    ),
    "task": (
        "my (?:job|task|goal|responsibility|brief) was",
        "i was (?:responsible|in charge|tasked|asked to|expected to)",
        *("i (?:needed|had) to", "my role", "our (?:goal|target|task|aim) was"),
        "the (?:goal|task|challenge|aim|brief) was",
    ),
    "action": (
        "i (?:also |then |first |personally |quickly |finally )?"
        r"(?!(?:needed|wanted|liked|loved|hoped|seemed|believed|enjoyed|preferred)\b|used to\b)"
        "(?:[a-z]+ed|built|led|made|wrote|ran|took|set|chose|brought|taught|found|began"
        "|sent|gave|drove|put|met|spoke|told|spent|won|kept|held|got|did|sat|went|sought)",
        "so i",
    ),
    "result": (
        *("as a result", "resulted", "in the end", "ended up"),
        *(f"{word} led to" for word in ("which", "this", "that", "it")),
        "the (?:outcome|result|impact) was",
        "we (?:reduced|increased|saved|cut|grew|improved|doubled|halved|raised|lowered)",
        *(rf"{verb}[^.!?\n0-9]{{0,40}}[0-9]\w*" for verb in _CHANGES.split()),
    ),
}
_STAR = {part: grouped(cues) for part, cues in STAR_CUES.items()}
_GROWTH = grouped([r"learn\w*", r"grow\w*", "grew", r"improv\w*", r"develop\w*", "next"])

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

FIGURE_NOTES: dict[str, str] = {
    "words": "A minute of speech is about 150 words: say what matters, then stop.",
    "speaking_seconds": "Roughly how long it takes to say aloud at 150 words a minute.",
    "fillers": "Fillers make you sound less sure than you are.",
    "hedges": "Hedges soften claims you can make plainly.",
    "numbers": "Figures turn a claim into evidence.",
    "named_things": "Named tools, teams and places show it really happened.",
    "star": "A story with situation, task, action and result is easy to follow.",
    "company_mentions": "Linking the answer to them shows you looked.",
    "role_mentions": "Tying it to the role shows why you fit.",
    "cliches": "Stock phrases are easy to say and easy to forget.",
    "top_words": "Words you lean on; vary them if one dominates.",
    "long_sentences": "Sentences over 35 words are hard to follow aloud.",
}


@dataclass(frozen=True)
class Feedback:
    """Every figure measured on one answer, and the tips they lead to."""

    words: int
    speaking_seconds: float
    limit_seconds: int | None
    fillers: dict[str, int]
    filler_count: int
    hedges: dict[str, int]
    hedge_count: int
    numbers: list[str]
    named_things: list[str]
    star: dict[str, bool] | None
    company_mentions: int | None
    role_mentions: int | None
    cliches: dict[str, int]
    cliche_count: int
    top_words: list[tuple[str, int]]
    long_sentences: int
    sentences: int
    tips: list[str]

    def to_dict(self) -> dict[str, object]:
        """Every figure under a plain name, in JSON-ready types (copies, not views)."""
        figures: dict[str, object] = asdict(self)
        figures["top_words"] = [[word, count] for word, count in self.top_words]
        return figures


def analyze(
    text: str,
    *,
    limit_seconds: int | None = None,
    company: str = "",
    role: str = "",
    behavioural: bool = False,
) -> Feedback:
    """Measure one answer; `limit_seconds`, `company` and `role` add the figures they allow."""
    marked = ". " + _BLANK_LINE.sub("\n.\n", text)
    lowered = fold(marked)
    words, lengths = count_words(lowered)
    found = count_phrases(lowered, words)
    total = sum(lengths)
    feedback = Feedback(
        words=total,
        speaking_seconds=round(total / SPEAKING_WPM * 60, 1),
        limit_seconds=limit_seconds,
        fillers=found["fillers"],
        filler_count=sum(found["fillers"].values()),
        hedges=found["hedges"],
        hedge_count=sum(found["hedges"].values()),
        numbers=_NUMBER.findall(marked),
        named_things=named_things(marked),
        star={part: any_in(cues, lowered) for part, cues in _STAR.items()} if behavioural else None,
        company_mentions=mentions(lowered, company),
        role_mentions=mentions(lowered, role),
        cliches=found["cliches"],
        cliche_count=sum(found["cliches"].values()),
        top_words=top_words(words),
        long_sentences=sum(length > LONG_SENTENCE_WORDS for length in lengths),
        sentences=len(lengths),
        tips=[],
    )
    if not total:
        return feedback  # nothing said yet, so nothing to advise
    return replace(feedback, tips=advise(feedback, company, grows=any_in(_GROWTH, lowered)))


def fold(text: str) -> str:
    """Lower case that keeps one character per letter ("İ" would otherwise become two)."""
    lowered = text.lower()
    return lowered.replace("i\u0307", "i") if "\u0307" in lowered else lowered


def any_in(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def count_words(lowered: str) -> tuple[Counter[str], list[int]]:
    """How often each word is used, and the words in each sentence that has any.

    The text is split into sentences, then at white space; each distinct piece is searched
    for words once, however often it occurs, and most pieces are exactly one word.
    """
    sentences = list(map(str.split, _SENTENCE_BREAK.split(lowered)))
    words: Counter[str] = Counter()
    odd: dict[str, int] = {}  # pieces that hold no word, or more than one ("-", "a/b")
    for piece, count in Counter(chain.from_iterable(sentences)).items():
        found = [piece] if piece.isalpha() else WORD.findall(piece)
        if len(found) != 1:
            odd[piece] = len(found)
        for word in found:
            words[word] += count
    lengths = list(map(len, sentences))
    if odd:
        lengths = [
            size if odd.keys().isdisjoint(pieces) else sum(odd.get(piece, 1) for piece in pieces)
            for size, pieces in zip(lengths, sentences, strict=True)
        ]
    return words, [size for size in lengths if size]


def count_phrases(lowered: str, words: Counter[str]) -> dict[str, dict[str, int]]:
    """Fillers, hedges and clichés with their counts, most used first."""
    found: Counter[str] = Counter()
    for word, count in words.items():
        if word in _ONE_WORD:
            found[_ONE_WORD[word]] += count
        elif word[:1] in "uea" and _HESITATION.fullmatch(word):
            found[word[:2]] += count
    for pattern, name in _PHRASES.items():
        for match in pattern.findall(lowered):
            found[name or "I " + " ".join(match.split()[1:])] += 1
    found.update(comma or opening for comma, opening in _CONTEXT_FILLER.findall(lowered))
    kinds: dict[str, dict[str, int]] = {"fillers": {}, "hedges": {}, "cliches": {}}
    for name, count in found.most_common():
        kind = "cliches" if name in CLICHES else "hedges" if name in HEDGES else "fillers"
        kinds[kind][name] = count
    return kinds


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


def mentions(lowered: str, name: str) -> int | None:
    """Whole-phrase, case-insensitive count of `name`; None when none was given."""
    words = fold(name).split()
    if not words:
        return None
    rest = "".join(" " + re.escape(word) for word in words[1:])
    return len(phrase(re.escape(words[0]), rest).findall(lowered))


def top_words(words: Counter[str]) -> list[tuple[str, int]]:
    """Up to 8 most used content words (3+ characters, a letter, used twice or more)."""
    totals: Counter[str] = Counter()
    for word, count in words.items():
        if count >= 2 and len(word) >= 3:
            totals[word.replace("\u2019", "'")] += count
    content = [
        (word, count)
        for word, count in totals.items()
        if word not in STOP_WORDS and any(ch.isalpha() for ch in word)
    ]
    return sorted(content, key=lambda item: (-item[1], item[0]))[:TOP_WORDS]


def advise(feedback: Feedback, company: str, *, grows: bool) -> list[str]:
    """Up to five tips: the seeds' advice in its order, then fillers, then STAR parts."""
    f, tips = feedback, []
    if f.words >= 30 and not f.numbers and not f.named_things:  # be specific
        tips.append("Add one concrete detail, a number, a name or an outcome, as evidence.")
    if f.company_mentions == 0:  # relate it to the company
        tips.append(f"Link this to what {plain(company)} is working on now; it shows you looked.")
    if f.limit_seconds is not None and f.speaking_seconds > f.limit_seconds:  # be concise
        spoken = math.ceil(f.speaking_seconds)
        tips.append(f"Said aloud this takes about {spoken} s of your {f.limit_seconds} s; trim it.")
    elif f.long_sentences:
        tips.append(
            f"Split sentences over {LONG_SENTENCE_WORDS} words; short ones are easier to follow."
        )
    if not grows and f.words >= 40:  # show growth
        tips.append("Close with what you learned or where you want to grow next.")
    if f.cliches:  # sound like yourself
        tips.append(f'Swap stock phrases like "{next(iter(f.cliches))}" for what you really did.')
    elif f.hedge_count >= 3:
        tips.append("Say what you think plainly; drop the hedges and sound like yourself.")
    if f.filler_count >= 3:
        worst = " and ".join(f'"{word}"' for word in list(f.fillers)[:2])
        tips.append(f"Pause for a breath instead of saying {worst}; silence sounds surer.")
    missing = [part for part, present in (f.star or {}).items() if not present]
    if missing:
        listed = " and ".join([", ".join(missing[:-1]), missing[-1]] if missing[1:] else missing)
        tips.append(f"Add the {listed}: a full story covers situation, task, action and result.")
    return tips[:MAX_TIPS]


def plain(text: str) -> str:
    """`text` without control characters or lone surrogates, safe to print and store."""
    return "".join(ch for ch in text.strip() if ch.isprintable())
