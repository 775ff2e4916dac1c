"""The thank-you note drafted from a meeting: topics read as a person would write them.

Notes are jotted, not written: "We talked about their migration to dbt", "Talked about:
career ladders; remote onboarding; her switch from QA". Pasted word for word into "I
especially enjoyed discussing {topics}" they read as broken English. So the lead-ins
("we talked about", "topics:") are dropped, every topic is kept, "their"/"her"/"his" at a
topic's start becomes "your" (the note is written to that person), and the topics are
joined as a list is in a sentence: "a, b and c". The sign-off is the user's own name,
never a "[your name]" left for them to spot.
"""

from __future__ import annotations

import re

from coach.checklists import ThankYouTemplate
from coach.meetings import Meeting
from coach.names import named_things
from coach.roles import role_phrase

NO_TOPICS = "[one thing you talked about]"  # a gap to fill: thanks name something specific
NAME_PLACEHOLDER = "[your name]"
_LEAD_IN = re.compile(
    r"^(?:(?:we|i|she|he|they)\s+)?(?:(?:talked|spoke|chatted)\s+(?:about|through)"
    r"|discussed|covered|went\s+(?:over|through)|touched\s+on)\b\s*[:\-–—]?\s*"
    r"|^(?:topics?|notes?|key\s+points?|agenda|discussed|covered|main\s+points?)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[\n;.!?•]+|,\s+(?!and\b)|\s+-\s+")
_THEIRS = re.compile(r"^(?:their|her|his)\b\s*", re.IGNORECASE)
_BULLET = " -*•\t\u2013\u2014"


def topic_list(notes: str) -> list[str]:
    """Each topic in the notes, its lead-in dropped, as it would sit mid-sentence."""
    found: list[str] = []
    sentences = ". ".join(line.strip(_BULLET) for line in notes.splitlines())
    names = {word for name in named_things(". " + sentences) for word in name.split()}
    for line in notes.splitlines():
        line = _LEAD_IN.sub("", line.strip(_BULLET))
        for part in _SPLIT.split(line):
            topic = _LEAD_IN.sub("", part.strip(_BULLET + " ,:"))
            topic = re.sub(r"^and\s+", "", topic, flags=re.IGNORECASE).strip(" ,:")
            if not topic:
                continue
            topic = _THEIRS.sub("your ", topic)
            words = topic.split()
            if not words:
                continue
            first = words[0]
            named = first in names or first in {
                w for n in named_things(". " + topic) for w in n.split()
            }
            if first[:1].isupper() and first[1:].islower() and not named:  # a sentence's capital
                topic = topic[0].lower() + topic[1:]
            if topic.casefold() not in {t.casefold() for t in found}:
                found.append(topic)
    return found


def joined(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def topics(notes: str) -> str:
    """The meeting's topics as one phrase for the note."""
    return joined(topic_list(notes)) or NO_TOPICS


def draft_thank_you(meeting: Meeting, template: ThankYouTemplate, sender: str = "") -> str:
    """The thank-you note, the template filled with what the meeting knows, signed with
    `sender` (or, with no name given yet, signed off without one)."""
    values = {
        "person": meeting.person.split()[0] if meeting.person else "there",
        "organisation": meeting.organisation or "your organisation",
        "topics": topics(meeting.notes),
        "role": role_phrase(meeting.role),
        "goal": meeting.goal or "learning more about your field",
    }
    body = template.body.format(**values)
    name = " ".join(sender.split())
    body = body.replace(f"\n{NAME_PLACEHOLDER}", f"\n{name}" if name else "")
    body = body.replace(NAME_PLACEHOLDER, name)
    return f"Subject: {template.subject}\n\n{body.rstrip()}\n"
