"""Next steps and skills to build gathered from after-meeting reflections."""

from __future__ import annotations

from coach.meetings import Meeting
from coach.reflections import Answer, Reflection
from coach.takeaways import NEXT_STEPS, SKILLS, grouped, takeaways


def entry(entry_id: str, meeting_id: str, created: str, steps: str, skills: str = "") -> Reflection:
    return Reflection(
        entry_id,
        "after-meeting",
        "After a meeting",
        [
            Answer("meeting-learned-field", "What did you learn?", "Lots"),
            Answer(NEXT_STEPS, "What will you do next?", steps),
            Answer(SKILLS, "Which gaps?", skills),
        ],
        meeting_id=meeting_id,
        link_label="Old label",
        created=created,
    )


def test_each_line_written_is_one_takeaway_newest_entry_first() -> None:
    meetings = [
        Meeting(id="m1", person="Ada", organisation="Engines"),
        Meeting(id="m2", person="Bea"),
    ]
    found = takeaways(
        [
            entry("r1", "m1", "2026-11-20T10:00:00+00:00", "- Read the dbt docs\n\n* Email Cy"),
            entry(
                "r2",
                "m2",
                "2026-12-01T10:00:00+00:00",
                "Apply to the guild",
                "SQL window functions",
            ),
            entry("r3", "gone", "2026-11-01T10:00:00+00:00", "Ask about mentoring"),
        ],
        meetings,
    )
    assert [(t.text, t.source) for t in found] == [
        ("Apply to the guild", "Bea"),
        ("SQL window functions", "Bea"),
        ("Read the dbt docs", "Ada, Engines"),
        ("Email Cy", "Ada, Engines"),
        ("Ask about mentoring", "Old label"),  # the meeting was deleted: its label stays
    ]
    groups = grouped(found)
    assert [(h, [t.text for t in items]) for h, items in groups] == [
        (
            "Next steps",
            ["Apply to the guild", "Read the dbt docs", "Email Cy", "Ask about mentoring"],
        ),
        ("Skills to build", ["SQL window functions"]),
    ]


def test_nothing_written_gives_nothing() -> None:
    assert takeaways([entry("r", "m", "2026-12-01T10:00:00+00:00", "  \n - \n")], []) == []
    assert grouped([]) == []
