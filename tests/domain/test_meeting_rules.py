"""The rules a meeting's form applies on save: its length, and which checklist it keeps."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.content import load_content
from coach.meetings import (
    LONGEST_MIN,
    SHORTEST_MIN,
    Meeting,
    checklist_after_edit,
    checklist_from,
    read_length,
)

CHECKLISTS = load_content().checklists


@given(st.integers(min_value=-1000, max_value=2000))
def test_a_length_is_kept_only_inside_its_range(minutes: int) -> None:
    if SHORTEST_MIN <= minutes <= LONGEST_MIN:
        assert read_length(f" {minutes} ") == minutes
    else:
        with pytest.raises(ValueError, match="whole minutes, from 5 to 480"):
            read_length(str(minutes))


@pytest.mark.parametrize("typed", ["", "thirty", "30.5", "30 min", "½"])
def test_a_length_that_is_not_whole_minutes_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        read_length(typed)


def test_a_new_meeting_gets_its_kind_s_template() -> None:
    items = checklist_after_edit(None, "job", CHECKLISTS["job"])
    assert [i.text for i in items] == [i.text for i in CHECKLISTS["job"].items]


def test_a_kind_change_swaps_an_untouched_list_and_keeps_a_ticked_one() -> None:
    fresh = Meeting(
        id="m", kind="informational", checklist=checklist_from(CHECKLISTS["informational"])
    )
    swapped = checklist_after_edit(fresh, "job", CHECKLISTS["job"])
    assert [i.text for i in swapped] == [i.text for i in CHECKLISTS["job"].items]
    first, *rest = fresh.checklist
    ticked = replace(fresh, checklist=[replace(first, done=True), *rest])
    assert checklist_after_edit(ticked, "job", CHECKLISTS["job"]) == ticked.checklist


def test_an_edit_that_keeps_the_kind_keeps_the_list() -> None:
    meeting = Meeting(id="m", kind="job", checklist=checklist_from(CHECKLISTS["job"])[:3])
    assert checklist_after_edit(meeting, "job", CHECKLISTS["job"]) == meeting.checklist


def test_each_checklist_marks_about_eight_essentials_across_the_meeting() -> None:
    from coach.checklists import PHASES
    from coach.content import load_content

    for template in load_content().checklists.values():
        essentials = [i for i in template.items if i.essential]
        assert 6 <= len(essentials) <= 10, template.id
        assert {i.phase for i in essentials} >= {"prepare", "during", "after"}, template.id
        assert set(PHASES) >= {i.phase for i in essentials}


def test_the_short_list_holds_essentials_and_your_own_items() -> None:
    from coach.meetings import ChecklistItem, short_list, starts_short

    items = [
        ChecklistItem("a", "research", "A", essential=True),
        ChecklistItem("b", "research", "B"),
        ChecklistItem("c", "after", "C", custom=True),
    ]
    assert [i.id for i in short_list(items)] == ["a", "c"]
    assert starts_short(items)
    items[1].done = True
    assert not starts_short(items)  # something off the short list is ticked: show it all
    assert not starts_short([ChecklistItem("x", "after", "X")])  # no essentials marked
