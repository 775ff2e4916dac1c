"""Thank-you drafts read as a person writes: no lead-ins, every topic, a real list, a name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.checklists import ThankYouTemplate
from coach.drafts import gaps
from coach.meetings import Meeting
from coach.thankyou import NAME_PLACEHOLDER, NO_TOPICS, draft_thank_you, joined, topics


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        (
            "We talked about their migration to dbt and on-call rotations",
            "your migration to dbt and on-call rotations",
        ),
        (
            "Talked about: career ladders; remote onboarding; her switch from QA",
            "career ladders, remote onboarding and your switch from QA",
        ),
        (
            "- Career ladders\n- Remote onboarding\n- Mentoring",
            "career ladders, remote onboarding and mentoring",
        ),
        ("Topics: hiring, the data team", "hiring and the data team"),
        (
            "Discussed the SQL style guide. She explained the review process.",
            "the SQL style guide and she explained the review process",
        ),
        ("AWS costs; Kubernetes upgrades", "AWS costs and Kubernetes upgrades"),
        ("", NO_TOPICS),
        ("   \n - \n", NO_TOPICS),
        ("remote work; Remote work", "remote work"),
    ],
)
def test_topics_read_as_written(notes: str, expected: str) -> None:
    assert topics(notes) == expected


def test_lists_are_joined_as_in_a_sentence() -> None:
    assert joined([]) == "" and joined(["a"]) == "a"
    assert joined(["a", "b"]) == "a and b"
    assert joined(["a", "b", "c"]) == "a, b and c"


TEMPLATE = ThankYouTemplate(
    subject="Thank you",
    body="Hi {person},\n\nI especially enjoyed discussing {topics}.\n\nBest wishes,\n[your name]\n",
)


def test_the_draft_is_signed_with_the_user_s_name_or_with_none() -> None:
    meeting = Meeting(id="m", person="Ada Lovelace", notes="We talked about engines")
    signed = draft_thank_you(meeting, TEMPLATE, "Grace Hopper")
    assert "I especially enjoyed discussing engines." in signed
    assert signed.rstrip().endswith("Best wishes,\nGrace Hopper")
    unsigned = draft_thank_you(meeting, TEMPLATE, "")
    assert NAME_PLACEHOLDER not in unsigned and unsigned.rstrip().endswith("Best wishes,")


@given(st.text(max_size=200))
def test_any_notes_give_a_phrase_without_lead_ins(notes: str) -> None:
    phrase = topics(notes)
    assert phrase
    assert not phrase.lower().startswith(("we talked about", "talked about", "topics:"))
    assert NAME_PLACEHOLDER not in draft_thank_you(Meeting(id="m", notes=notes), TEMPLATE)


def test_without_a_role_the_note_still_reads_naturally():
    from coach.content import load_content

    template = load_content().thank_yous["informational"]
    note = draft_thank_you(Meeting(id="m", person="Grace Hopper", organisation="Navy"), template)
    assert "your work as part of the team at Navy" in note
    assert "someone in your position" not in note


def test_without_notes_the_topic_is_left_as_a_gap_that_marking_sent_asks_about():
    """A thank-you names something specific; with no notes to take it from, coach leaves
    a gap to fill rather than a vague phrase that would pass for finished."""
    template = ThankYouTemplate(subject="Thanks", body="Hearing about {topics} helped.")
    note = draft_thank_you(Meeting(id="m", person="Sam Lee"), template, "Alex")
    assert NO_TOPICS in gaps(note)
