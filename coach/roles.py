"""A person's role as it reads after "your work as": "a data engineer", "an analyst",
"head of data", "CTO".

People type roles as job titles ("Data engineer", "Head of Data", "CTO"). Dropped into
"your work as {role}" a title-cased common role reads as a form letter ("as Data
engineer"); an English writer lowers it and adds "a" or "an". A role one person holds
("head of", "chief", "director", a bare acronym like CTO) takes no article, and a role
typed with its own article is left alone.
"""

from __future__ import annotations

NO_ROLE = "part of the team"  # "your work as part of the team at X"

_OWN_WORDS = {"a", "an", "the", "my", "our", "their", "part"}
_SOLE_TITLES = set(
    "head chief director vice vp svp evp president founder co-founder cofounder dean "
    "managing owner".split()
)  # a role one person holds: "as head of data"
_VOWEL_LETTERS = set("AEFHILMNORSX")  # letters whose names open on a vowel: "an SRE"
_YOU_SOUND = ("uni", "use", "usu", "ux", "eu", "one", "ur")  # "a user researcher"
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def as_in_sentence(words: str) -> str:
    """`Data engineer` -> `data engineer` mid-sentence; `CTO` and `UX lead` stay."""
    first = words.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower():
        return words[:1].lower() + words[1:]
    return words


def article(word: str) -> str:
    """ "a" or "an" for the word after it, by sound as far as spelling tells."""
    if word.isupper() and len(word) > 1:
        return "an" if word[0] in _VOWEL_LETTERS else "a"
    low = word.lower()
    if low.startswith(_SILENT_H):
        return "an"
    if low.startswith(_YOU_SOUND):
        return "a"
    return "an" if low[:1] in set("aeiou") else "a"


def role_phrase(role: str) -> str:
    """`role` ready for "your work as …"."""
    words = " ".join(role.split())
    if not words:
        return NO_ROLE
    first, *rest = words.split(" ")
    if not any(word[:1].isupper() for word in rest):  # a title typed as one stays as typed
        words = as_in_sentence(words)
        first = words.split(" ", 1)[0]
    if first.lower() in _OWN_WORDS or first.lower() in _SOLE_TITLES:
        return words
    if first.isupper() and len(first) > 1 and " " not in words:
        return words  # CTO, CEO: one person's title
    return f"{article(first)} {words}"
