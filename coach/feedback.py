"""Feedback on one answer: the seeds' advice turned into figures a person can act on.

The advice coach ships with (assets/tips.toml) says: be specific, link the answer to the
company, keep it tight, say where you want to grow, and sound like yourself. Repeating that
advice teaches little; pointing at this answer's fillers, hedges, missing numbers or
forty-word sentences does. Each figure here is one piece of that advice made countable,
with a note on why it matters and, when it is off, a one-sentence tip.

Pure: text in, a value out. It never raises on any string (empty, emoji, control
characters, lone surrogates), and a 1 MB answer takes well under 100 ms. For that, each
figure is one compiled pattern run once over the text, and every pattern opens with a plain
character (the check that a word starts there comes just after it), so the engine jumps
between candidate characters instead of trying every position. Words are counted per
distinct spelling, so Python never loops once per word. No pattern can backtrack more
than a bounded amount at one position.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import chain

SPEAKING_WPM = 150
LONG_SENTENCE_WORDS = 35
MAX_TIPS = 5
TOP_WORDS = 8


def any_whole(phrases: Iterable[str], *extra: str) -> re.Pattern[str]:
    """Any of `phrases` as whole words (a space stands for any white space), or an `extra`.

    A match starts with the non-word character before it, so the engine skips from one such
    character to the next instead of trying every alternative at every position; the text
    is prefixed with ". " so that its first word has one too.
    """
    words = "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)
    return re.compile(rf"\W(?:(?:{words})(?!\w)" + "".join("|" + e for e in extra) + ")")


# A word: letters or digits (any script), joined inside by an apostrophe or hyphen, or by
# a point or comma between digits ("don't", "well-known", "3.5", "1,200").
WORD = re.compile(r"[^\W_]+(?:(?:['\u2019\-]|(?<=\d)[.,](?=\d))[^\W_]+)*")
# A blank line ends a sentence; it is rewritten as "\n.\n", so that every sentence opens
# after . ! or ? (the text itself is prefixed with ". ").
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s|\Z)")
_OPENS = r"[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(]?"

# Determiners before "kind of"/"sort of" make it a noun ("what kind of team"), no hedge.
_DETERMINERS = "a the what which this that any some every one same"


def as_adverb(phrase: str) -> str:
    return "".join(rf"(?<!\b{word}\s)" for word in _DETERMINERS.split()) + phrase


_FILLER_TEXT = "um,uh,er,ah,like,you know,basically,actually,literally,I mean,so"
FILLERS = tuple(_FILLER_TEXT.split(","))
HEDGES = ("I think", "maybe", "perhaps", "probably", "sort of", "kind of", "I guess", "I feel like")
CLICHES: dict[str, str] = {
    "team player": r"team\s+players?",
    "hard worker": r"hard\s+workers?",
    "hardworking": r"hard[\s\-]?working",
    "perfectionist": r"perfectionists?",
    "think outside the box": r"think(?:s|ing)?\s+outside\s+(?:of\s+)?the\s+box",
    "go-getter": r"go[\s\-]getters?",
    "self-starter": r"self[\s\-]starters?",
    "detail-oriented": r"detail[\s\-]oriented",
    "results-driven": r"results?[\s\-]driven",
    "passionate about": r"passionate\s+about",
    "people person": r"people\s+person",
    "synergy": r"synerg(?:y|ies)",
    "work too hard": r"work(?:s|ing)?\s+too\s+hard",
    "give 110%": r"giv(?:e|es|ing)\s+(?:a\s+)?110\s*(?:%|percent)",
}
_CLICHE_FORMS = {name: re.compile(form) for name, form in CLICHES.items()}
# Fillers, hedges and clichés in one pass over lower-cased text. "like" is a filler only
# when set off by commas, or opening a sentence before a comma ("I, like, led it"; "Like,
# it was"), never in "I like Python", "something like 40%" or "I feel like". "so" only when
# it opens a sentence. "you know" not in "do you know".
_PHRASES = any_whole(
    [
        *["um+", "uh+", "er+m*", "ah+", "basically", "actually", "literally", "i mean"],
        r"(?<!\bdo\s)(?<!\bdid\s)you know",
        *[hedge.lower() for hedge in HEDGES if not hedge.endswith(" of")],
        as_adverb("sort of"),
        as_adverb("kind of"),
        *CLICHES.values(),
    ],
    rf"(?<=[.!?]){_OPENS}(?:so(?![\w'\u2019\-])|like(?=\s*,))",
    r"(?<=,)\s*like(?=\s*(?:[,.!?]|\Z))",
)
_HESITATION = re.compile(r"um+|uh+|er+m*|ah+")
_LEADING = re.compile(r"^\W+")

# Figures: digits with separators and decimals, a currency sign, %, k/m/bn ("$2m", "40%").
_NUMBER = re.compile(
    r"[$\u20ac\u00a3\d](?<![\w.,].)(?:(?<=\d)|(?=\d))\d*(?:[.,]\d+)*"
    r"(?:%|(?i:k|m|bn)(?![\w%]))?(?![\w%])"
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
    rf"({_NAME_REST}{_NAME_MORE}*)"
    rf"|(?:(?<=[.!?]\s.)|(?<=[.!?]\s\s.)|(?<=[.!?]{_QUOTE}\s.)|(?<=[.!?]\s{_QUOTE}.))"
    rf"({_NAME_REST}{_NAME_MORE}+))"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")

# The cues that mark each part of a STAR story, matched as whole words on lower-cased text;
# a space stands for any white space, and each cue opens with a plain letter.
_SEASONS = "(?:year|summer|spring|autumn|fall|winter|quarter|month|week)"
_CHANGES = "reduc increas grew grow sav cut improv rais boost dropp doubl halv lower fell"
STAR_CUES: dict[str, tuple[str, ...]] = {
    "situation": (
        "when i was",
        "while i was",
        "at my (?:last|previous|old|first|current|former) (?:job|role|company|employer|team"
        "|position|internship|workplace)",
        r"in (?:19|20)\d\d",
        f"last {_SEASONS}",
        f"that {_SEASONS}",
        "years ago",
        "months ago",
        "weeks ago",
        "the situation",
        "we were (?:facing|dealing with|struggling|working on)",
        "our team (?:had|was)",
        "at the time",
        "back in",
        "i was working (?:as|at|on|in)",
    ),
    "task": (
        "my (?:job|task|goal|responsibility|brief) was",
        "i was (?:responsible|in charge|tasked|asked to|expected to)",
        "i (?:needed|had) to",
        "the (?:goal|task|challenge|aim|brief) was",
        "my role",
        "our (?:goal|target|task|aim) was",
    ),
    "action": (
        "i (?:also |then |first |personally |quickly |finally )?"
        r"(?!(?:needed|wanted|liked|loved|hoped|seemed|believed|enjoyed|preferred)\b|used to\b)"
        "(?:[a-z]+ed|built|led|made|wrote|ran|took|set|chose|brought|taught|found|began"
        "|sent|gave|drove|put|met|spoke|told|spent|won|kept|held|got|did|sat|went|sought)",
        "so i",
    ),
    "result": (
        "as a result",
        "which led to",
        "this led to",
        "that led to",
        "it led to",
        "resulted",
        "the (?:outcome|result|impact) was",
        "in the end",
        "ended up",
        "we (?:reduced|increased|saved|cut|grew|improved|doubled|halved|raised|lowered)",
        *(rf"{verb}\w*[^.!?\n\d]{{0,40}}\d\w*" for verb in _CHANGES.split()),
    ),
}
_STAR = {part: any_whole(cues) for part, cues in STAR_CUES.items()}
_GROWTH = any_whole([r"learn\w*", r"grow\w*", "grew", r"improv\w*", r"develop\w*", "next"])

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
    "words": "How much you said; most answers land best at 150 to 300 words.",
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
        """Every figure under a plain name, in JSON-ready types."""
        return {
            "words": self.words,
            "speaking_seconds": self.speaking_seconds,
            "limit_seconds": self.limit_seconds,
            "fillers": dict(self.fillers),
            "filler_count": self.filler_count,
            "hedges": dict(self.hedges),
            "hedge_count": self.hedge_count,
            "numbers": list(self.numbers),
            "named_things": list(self.named_things),
            "star": None if self.star is None else dict(self.star),
            "company_mentions": self.company_mentions,
            "role_mentions": self.role_mentions,
            "cliches": dict(self.cliches),
            "cliche_count": self.cliche_count,
            "top_words": [[word, count] for word, count in self.top_words],
            "long_sentences": self.long_sentences,
            "sentences": self.sentences,
            "tips": list(self.tips),
        }


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
    phrases = sort_phrases(_PHRASES.findall(lowered))
    total = sum(lengths)
    feedback = Feedback(
        words=total,
        speaking_seconds=round(total / SPEAKING_WPM * 60, 1),
        limit_seconds=limit_seconds,
        fillers=phrases["fillers"],
        filler_count=sum(phrases["fillers"].values()),
        hedges=phrases["hedges"],
        hedge_count=sum(phrases["hedges"].values()),
        numbers=_NUMBER.findall(marked),
        named_things=named_things(marked),
        star={part: bool(cue.search(lowered)) for part, cue in _STAR.items()}
        if behavioural
        else None,
        company_mentions=mentions(lowered, company),
        role_mentions=mentions(lowered, role),
        cliches=phrases["cliches"],
        cliche_count=sum(phrases["cliches"].values()),
        top_words=top_words(words),
        long_sentences=sum(length > LONG_SENTENCE_WORDS for length in lengths),
        sentences=len(lengths),
        tips=[],
    )
    if not total:
        return feedback  # nothing said yet, so nothing to advise
    return replace(feedback, tips=advise(feedback, company, grows=bool(_GROWTH.search(lowered))))


def fold(text: str) -> str:
    """Lower case that keeps one character per letter ("İ" would otherwise become two)."""
    lowered = text.lower()
    return lowered.replace("i\u0307", "i") if "\u0307" in lowered else lowered


def count_words(lowered: str) -> tuple[Counter[str], list[int]]:
    """How often each word is used, and the words in each sentence that has any.

    The text is split into sentences and then at white space; each distinct piece is
    searched for words once, however often it occurs.
    """
    sentences = [part.split() for part in _SENTENCE_BREAK.split(lowered)]
    pieces = Counter(chain.from_iterable(sentences))
    found = {piece: WORD.findall(piece) for piece in pieces}
    sizes = {piece: len(words) for piece, words in found.items()}
    lengths = [size for size in (sum(map(sizes.__getitem__, s)) for s in sentences) if size]
    words: Counter[str] = Counter()
    for piece, in_piece in found.items():
        for word in in_piece:
            words[word] += pieces[piece]
    return words, lengths


def sort_phrases(found: list[str]) -> dict[str, dict[str, int]]:
    """Tally the phrases matched into fillers, hedges and clichés, most used first."""
    kinds: dict[str, Counter[str]] = {
        "fillers": Counter(),
        "hedges": Counter(),
        "cliches": Counter(),
    }
    for raw, count in Counter(found).items():
        name = phrase_name(raw)
        kind = "cliches" if name in CLICHES else "hedges" if name in HEDGES else "fillers"
        kinds[kind][name] += count
    return {kind: dict(counts.most_common()) for kind, counts in kinds.items()}


def phrase_name(raw: str) -> str:
    """The listed form of a match: "Umm" is "um", ". so" "so", "i  mean" "I mean"."""
    phrase = " ".join(_LEADING.sub("", raw).split())
    if _HESITATION.fullmatch(phrase):
        return phrase[:2]
    for name, form in _CLICHE_FORMS.items():
        if form.fullmatch(phrase):
            return name
    return "I" + phrase[1:] if phrase.startswith("i ") else phrase


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


def mentions(lowered: str, phrase: str) -> int | None:
    """Whole-phrase, case-insensitive count of `phrase`; None when none was given."""
    words = fold(phrase).split()
    if not words:
        return None
    return len(any_whole([" ".join(map(re.escape, words))]).findall(lowered))


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
    tips = [
        specific_tip(feedback),
        company_tip(feedback, company),
        concise_tip(feedback),
        growth_tip(feedback, grows),
        yourself_tip(feedback),
        filler_tip(feedback),
        star_tip(feedback),
    ]
    return [tip for tip in tips if tip][:MAX_TIPS]


def specific_tip(feedback: Feedback) -> str:
    if feedback.words < 30 or feedback.numbers or feedback.named_things:
        return ""
    return "Add one concrete detail, a number, a name or an outcome, so it reads as evidence."


def company_tip(feedback: Feedback, company: str) -> str:
    if feedback.company_mentions != 0:
        return ""
    return f"Link this to what {plain(company)} is working on now; it proves you looked."


def concise_tip(feedback: Feedback) -> str:
    limit = feedback.limit_seconds
    if limit is not None and feedback.speaking_seconds > limit:
        return (
            f"Said aloud this runs about {math.ceil(feedback.speaking_seconds)} s against "
            f"{limit} s, so stop once the point is made."
        )
    if feedback.long_sentences:
        return f"Split sentences over {LONG_SENTENCE_WORDS} words; short ones are easier to follow."
    return ""


def growth_tip(feedback: Feedback, grows: bool) -> str:
    if grows or feedback.words < 40:
        return ""
    return "Close with what you learned or where you want to grow next."


def yourself_tip(feedback: Feedback) -> str:
    if feedback.cliches:
        phrase = next(iter(feedback.cliches))
        return f'Swap stock phrases like "{phrase}" for what you actually did and enjoy.'
    if feedback.hedge_count >= 3:
        return "Say what you think plainly; drop the hedges and sound like yourself."
    return ""


def filler_tip(feedback: Feedback) -> str:
    if feedback.filler_count < 3:
        return ""
    worst = " and ".join(f'"{word}"' for word in list(feedback.fillers)[:2])
    return f"Pause for a breath instead of saying {worst}; a short silence sounds surer."


def star_tip(feedback: Feedback) -> str:
    missing = [part for part, present in (feedback.star or {}).items() if not present]
    if not missing:
        return ""
    listed = " and ".join([", ".join(missing[:-1]), missing[-1]] if missing[:-1] else missing)
    return f"Add the {listed}: a full story covers situation, task, action and result."


def plain(text: str) -> str:
    """`text` without control characters or lone surrogates, safe to print and store."""
    return "".join(ch for ch in text.strip() if ch.isprintable())


def render_text(feedback: Feedback) -> str:
    """A plain-text report: one line per figure with its value and note, then the tips."""
    lines = [
        figure_line("words", str(feedback.words)),
        figure_line("speaking_seconds", speaking(feedback)),
        figure_line("fillers", tally(feedback.fillers)),
        figure_line("hedges", tally(feedback.hedges)),
        figure_line("numbers", listing(feedback.numbers)),
        figure_line("named_things", listing(feedback.named_things)),
    ]
    if feedback.star is not None:
        parts = ", ".join(f"{part} {'yes' if on else 'no'}" for part, on in feedback.star.items())
        lines.append(figure_line("star", parts))
    if feedback.company_mentions is not None:
        lines.append(figure_line("company_mentions", str(feedback.company_mentions)))
    if feedback.role_mentions is not None:
        lines.append(figure_line("role_mentions", str(feedback.role_mentions)))
    lines += [
        figure_line("cliches", tally(feedback.cliches)),
        figure_line("top_words", tally(dict(feedback.top_words))),
        figure_line("long_sentences", f"{feedback.long_sentences} of {feedback.sentences}"),
    ]
    if feedback.tips:
        lines += ["", "Tips:", *(f"- {tip}" for tip in feedback.tips)]
    return "\n".join(lines) + "\n"


def figure_line(name: str, value: str) -> str:
    return f"{name.replace('_', ' ')}: {value}  ({FIGURE_NOTES[name]})"


def speaking(feedback: Feedback) -> str:
    text = f"about {feedback.speaking_seconds:.0f} s"
    if feedback.limit_seconds is not None:
        text += f" (limit {feedback.limit_seconds} s)"
    return text


def tally(counts: dict[str, int]) -> str:
    """Each phrase with its count after a multiplication sign; "none" when there are none."""
    return ", ".join(f"{plain(word)} \u00d7{count}" for word, count in counts.items()) or "none"


def listing(items: list[str], most: int = 12) -> str:
    """The first `most` items, then how many more; "none" when empty."""
    shown = ", ".join(plain(item) for item in items[:most]) or "none"
    extra = len(items) - most
    return f"{shown} and {extra} more" if extra > 0 else shown
