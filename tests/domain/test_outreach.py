"""Outreach templates: checked on load, and filled from the person, their introducer, the
user's goal and the last meeting's notes without a placeholder or brace left over."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.content import assets_dir, load_content
from coach.errors import DataFileError
from coach.meetings import Meeting
from coach.outreach import (
    DEFAULT_MINUTES,
    NO_GOAL,
    available,
    fill,
    load_outreach,
    suggested,
)
from coach.people import Person, Sent

TEMPLATES = load_content().outreach
ADA = Person(id="a", name="Ada Lovelace", role="Data engineer", organisation="Engines Ltd",
             found_at="the alumni list")  # fmt: skip
BEA = Person(id="b", name="Bea Okafor")


def by_id(template_id: str):  # type: ignore[no-untyped-def]  # (a test helper)
    return next(t for t in TEMPLATES if t.id == template_id)


def test_the_asked_for_templates_are_there() -> None:
    kinds = {t.id: t.kind for t in TEMPLATES}
    assert kinds == {
        "cold": "request", "warm": "request", "alumni": "request", "nudge": "follow-up",
        "introducer": "introducer", "keep-in-touch": "keep-in-touch",
    }  # fmt: skip


@pytest.mark.parametrize("template", [t for t in TEMPLATES if t.kind == "request"], ids=str)
def test_every_request_states_purpose_time_and_that_it_is_not_a_job_request(template) -> None:  # type: ignore[no-untyped-def]
    message = fill(template, ADA, goal="Learn how people move into data engineering")
    assert "learn how people move into data engineering" in message
    assert f"{DEFAULT_MINUTES} minutes" in message
    lowered = message.lower()
    assert "not" in lowered and "job" in lowered


def test_a_filled_message_reads_as_written_to_them() -> None:
    message = fill(
        by_id("cold"), ADA, goal="Find out whether data suits me.", minutes=15, sender="Sam Lee"
    )
    assert message.startswith("Subject: ")
    assert "Hi Ada," in message and "data engineer at Engines Ltd" in message
    assert "the alumni list" in message and "15 minutes" in message
    assert message.rstrip().endswith("Sam Lee")
    assert "{" not in message and "}" not in message


def test_missing_details_leave_a_visible_gap_not_nonsense() -> None:
    message = fill(by_id("cold"), Person(id="x"), goal="")
    assert "Hi there," in message and NO_GOAL in message


def test_introductions_use_the_introducer_and_the_last_meeting() -> None:
    ada = Person(**{**ADA.__dict__, "introduced_by": "b"})
    notes = Meeting(id="m", person_id="a", when="2026-12-01T10:00:00+00:00",
                    notes="Talked about her switch from support; dbt")  # fmt: skip
    warm = fill(by_id("warm"), ada, goal="learn", introducer=BEA)
    assert warm.startswith("Subject: Bea suggested")
    back = fill(by_id("introducer"), ada, goal="learn", introducer=BEA, meetings=[notes])
    assert "Hi Bea," in back and "your switch from support and dbt" in back
    keep = fill(by_id("keep-in-touch"), ada, goal="learn", meetings=[notes])
    assert "I followed your advice on your switch from support and dbt" in keep


def test_templates_naming_an_introducer_are_offered_only_with_one() -> None:
    alone = {t.id for t in available(TEMPLATES, ADA)}
    assert "warm" not in alone and "introducer" not in alone and "cold" in alone
    introduced = Person(id="c", introduced_by="b")
    assert {"warm", "introducer"} <= {t.id for t in available(TEMPLATES, introduced)}


def test_the_suggested_message_follows_where_things_stand() -> None:
    assert suggested(TEMPLATES, ADA, thanked=False).id == "cold"
    assert suggested(TEMPLATES, Person(id="c", introduced_by="b"), thanked=False).id == "warm"
    asked = Person(id="d", sent=[Sent("s", "cold", "hi", "2026-12-01T10:00:00+00:00")])
    assert suggested(TEMPLATES, asked, thanked=False).id == "nudge"
    assert suggested(TEMPLATES, asked, thanked=True).id == "keep-in-touch"


def write_templates(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "outreach.toml"
    path.write_text(body, encoding="utf-8")
    return path


KEEP = """
[[template]]
id = "keep"
name = "Keep"
use = "later"
kind = "keep-in-touch"
subject = "Hi"
body = "Hello {person}"
"""


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('kind = "request"\nbody = "Could we talk for {minutes} minutes?"', r"must say \{goal\}"),
        ('kind = "request"\nbody = "I want to {goal}"', r"must say \{minutes\}"),
        ('kind = "poster"\nbody = "x"', "kind 'poster'"),
        ('kind = "follow-up"\nbody = "Hi {nickname}"', r"unknown placeholder \{nickname\}"),
        ('kind = "follow-up"\nbody = "a { brace"', "stray brace"),
        ('kind = "follow-up"\nnext_touch_days = -1\nbody = "x"', "next_touch_days"),
    ],
)
def test_a_bad_template_is_refused_naming_it(tmp_path: Path, entry: str, problem: str) -> None:
    path = write_templates(
        tmp_path,
        f'[[template]]\nid = "bad"\nname = "Bad"\nuse = "x"\nsubject = "s"\n{entry}\n{KEEP}',
    )
    with pytest.raises(DataFileError, match=f"template 'bad'.*{problem}"):
        load_outreach(path)


def test_a_keep_in_touch_template_is_required(tmp_path: Path) -> None:
    path = write_templates(tmp_path, KEEP.replace("keep-in-touch", "follow-up"))
    with pytest.raises(DataFileError, match="needs a template of kind 'keep-in-touch'"):
        load_outreach(path)


def test_the_shipped_file_is_the_one_checked() -> None:
    assert load_outreach(assets_dir() / "outreach.toml") == TEMPLATES


@given(
    name=st.text(min_size=0, max_size=30),
    role=st.text(max_size=30),
    goal=st.text(max_size=60),
    minutes=st.integers(min_value=5, max_value=120),
)
def test_filling_never_fails_and_keeps_the_minutes(
    name: str, role: str, goal: str, minutes: int
) -> None:
    person = Person(id="p", name=name, role=role, organisation="Org")
    for template in TEMPLATES:
        message = fill(template, person, goal=goal, minutes=minutes)
        assert message.startswith("Subject: ")
        if "{minutes}" in template.body:
            assert f"{minutes} minutes" in message
