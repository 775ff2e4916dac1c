"""Feedback figures as rows for people, read from saved (possibly hand-edited) figures.

The feedback screen, `coach analyze` and the history all show a session's saved feedback
through these functions, so the values must be the ones counted, the labels stable, and
a damaged record must still show something instead of failing.
"""

from __future__ import annotations

import pytest

from coach.feedback import FIGURE_NOTES, analyze
from coach.report import figure_rows, listing, render_text, tally, tips

ANSWER = (
    "Um, I led the Atlas project at Acme. We cut costs by 20% in 2023. "
    "Um, I think it worked. Atlas was fun."
)


@pytest.fixture(scope="module")
def figures():
    return analyze(ANSWER, limit_seconds=60, company="Acme", role="engineer").to_dict()


def test_rows_carry_the_counted_values(figures):
    rows = {label: value for label, value, _ in figure_rows(figures)}
    # 8 + 7 + 5 + 3 words ("20%" counts as one); 23 words at 150 a minute is 9.2 s.
    assert rows["Words"] == "23"
    assert rows["Spoken"] == "about 9 s against 1 min"
    assert rows["Fillers"].startswith("um ×2 (")
    assert rows["Hedges"] == "I think ×1"
    assert rows["Figures"] == "20%, 2023"
    assert rows["Named"] == "Atlas, Acme"
    assert rows["Company"] == "mentioned 1×"
    assert rows["Role"] == "not mentioned"
    assert rows["Clichés"] == "none"
    assert rows["Most used"] == "atlas ×2"
    assert rows["Long sentences"] == "0 of 4"


def test_rows_come_in_reading_order_with_their_notes(figures):
    rows = figure_rows(figures)
    assert [label for label, _, _ in rows] == [
        "Words",
        "Spoken",
        "Fillers",
        "Hedges",
        "Figures",
        "Named",
        "Company",
        "Role",
        "Clichés",
        "Most used",
        "Long sentences",
    ]
    assert rows[0][2] == FIGURE_NOTES["words"]
    assert rows[-1][2] == FIGURE_NOTES["long_sentences"]


def test_a_behavioural_answer_gets_a_star_row():
    star = {"situation": True, "task": False, "action": True, "result": False}
    rows = figure_rows({"words": 10, "star": star})
    assert ("STAR", "situation ✓  task ✗  action ✓  result ✗", FIGURE_NOTES["star"]) in rows


def test_no_company_or_role_given_means_no_such_rows():
    figures = analyze("I built a parser in Rust.").to_dict()
    labels = [label for label, _, _ in figure_rows(figures)]
    assert "Company" not in labels
    assert "Role" not in labels
    assert "STAR" not in labels


def test_spoken_without_a_limit_says_only_the_time():
    rows = {label: value for label, value, _ in figure_rows({"words": 300})}
    assert rows["Spoken"] == "about 0 s"
    rows = {label: value for label, value, _ in figure_rows({"speaking_seconds": 120, "words": 1})}
    assert rows["Spoken"] == "about 2 min"


def test_a_spoken_session_has_no_rows():
    assert figure_rows({"limit_seconds": 90}) == []
    assert figure_rows({}) == []


@pytest.mark.parametrize(
    "garbage",
    [
        {"words": None},
        {"words": "many", "limit_seconds": "soon", "fillers": ["um"], "hedges": 3},
        {"words": 5, "numbers": "12", "named_things": {"a": 1}, "star": ["situation"]},
        {"words": 5, "company_mentions": "2", "role_mentions": 1.5, "cliches": None},
        {"words": 5, "top_words": [["a"], "ab", [1, 2, 3], None, ["ok", 2]]},
        {"words": 5, "top_words": {"a": 1}, "long_sentences": None, "sentences": []},
        {"words": 5, "speaking_seconds": None, "limit_seconds": True},
        {"words": 5, "tips": "one tip"},
    ],
)
def test_garbled_figures_never_raise(garbage):
    rows = figure_rows(garbage)
    assert rows[0][0] == "Words"
    assert render_text(garbage).startswith("Words")


@pytest.mark.parametrize("speaking", ["fast", [9.2]])
def test_a_garbled_speaking_time_never_raises(speaking: object):
    rows = {
        label: value for label, value, _ in figure_rows({"words": 5, "speaking_seconds": speaking})
    }
    assert rows["Spoken"] == "about 0 s"


def test_odd_top_words_entries_are_skipped():
    rows = figure_rows({"words": 5, "top_words": [["a"], "ab", [1, 2, 3], None, ["ok", 2]]})
    assert dict((label, value) for label, value, _ in rows)["Most used"] == "ok ×2"


# -- tally and listing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "text"),
    [
        ({}, "none"),
        (None, "none"),
        (["um", "um"], "none"),
        ({"um": 2}, "um ×2"),
        ({"um": 2, "like": 1}, "um ×2, like ×1"),
    ],
)
def test_tally(counts: object, text: str):
    assert tally(counts) == text


@pytest.mark.parametrize(
    ("items", "text"),
    [
        ([], "none"),
        ("20%", "none"),
        (["20%"], "20%"),
        ([1, "x"], "1, x"),
        ([str(n) for n in range(8)], "0, 1, 2, 3, 4, 5, 6, 7"),
        ([str(n) for n in range(11)], "0, 1, 2, 3, 4, 5, 6, 7 (+3 more)"),
    ],
)
def test_listing(items: object, text: str):
    assert listing(items) == text


def test_listing_honours_a_smaller_limit():
    assert listing(["a", "b", "c"], most=2) == "a, b (+1 more)"


def test_tips_are_read_only_from_a_list():
    assert tips({"tips": ["Be brief.", 3]}) == ["Be brief.", "3"]
    assert tips({"tips": "Be brief."}) == []
    assert tips({}) == []


# -- render_text ---------------------------------------------------------------------------------


def test_render_text_has_a_line_per_row_with_its_note_then_the_tips(figures):
    figures = {**figures, "tips": ["Add the result.", "Name the team."]}
    text = render_text(figures)
    lines = text.splitlines()
    rows = figure_rows(figures)
    assert len(rows) == 11
    width = max(len(label) for label, _, _ in rows)
    for (label, value, note), line in zip(rows, lines, strict=False):
        # labels are padded to one width, so the values line up
        assert line == f"{label.ljust(width)}  {value}  ({note})"
    assert lines[len(rows) :] == ["", "Tips:", "- Add the result.", "- Name the team."]
    assert text.endswith("\n")


def test_render_text_without_tips_has_no_tips_heading():
    text = render_text({"words": 3, "tips": []})
    assert "Tips:" not in text
    assert text.startswith("Words")


def test_render_text_of_a_spoken_session_is_empty():
    assert render_text({"limit_seconds": 90}) == "\n"
