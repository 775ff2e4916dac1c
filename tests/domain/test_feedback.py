"""Feedback figures: counted by hand on small answers, and safe on any text at all."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.feedback import FIGURE_NOTES, Feedback, analyze
from coach.report import render_text
from coach.wording import _UNSPACED as UNSPACED

COUNTS = ("words", "filler_count", "hedge_count", "cliche_count", "long_sentences", "sentences")

# Every figure asserted below was counted by hand on these texts.
LIKE_AND_SO = (
    "Um, so I was, like, leading the team. I like Python. Something like 40% of users left. "
    "So I built a fix so that we could ship. Like, it was hard."
)
HEDGED = (
    "I think maybe we could, you know, sort of do it. Do you know what kind of team it was? "
    "I feel like, um, it works. I kind of led it, perhaps. Probably."
)
SPECIFIC = (
    "At my last job at Acme Corp, I used Python and Django. Revenue grew 40% to $2m in 2019, "
    "and we hired 3 engineers from Globex. When Python was new, The Guardian wrote about "
    "Bank of America's growth of 1,200 stores and 3.5 points."
)
CLICHED = (
    "I'm a team player and a hard-working self-starter, passionate about synergy. At ACME I "
    "give 110% and think outside the box as a Data Analyst. Acme loves data analysts; I am a "
    "data analyst."
)
LONG = (
    "This sentence is deliberately long and it keeps going with one plain word after another "
    "plain word so that it passes the limit of thirty five words that the coach treats as too "
    "long to follow aloud easily today. Short one here."
)
FULL_STAR = (
    "When I was at Initech, our team had a billing backlog. My job was to clear it before the "
    "audit. I built a small script and I led a daily review. As a result, we reduced errors "
    "by 40%."
)
ACTION_ONLY = "I built a dashboard and I wrote the docs."
SAY_MORE = "Say more: one example and what came of it turns a reply into an answer."


def test_like_counts_only_set_off_by_commas_and_so_only_opening_a_sentence():
    feedback = analyze(LIKE_AND_SO)
    # ", like," and "Like," count; "I like Python" and "like 40%" do not.
    # "So I built" opens a sentence; ", so I was" and "so that" do not.
    assert feedback.fillers == {"like": 2, "um": 1, "so": 1}
    assert feedback.filler_count == 4
    assert feedback.hedges == {}
    assert feedback.words == 31
    assert feedback.speaking_seconds == 12.4
    assert feedback.sentences == 5
    assert feedback.figures == ["40%"]
    assert feedback.named_things == ["Python"]
    assert feedback.top_words == []
    assert len(feedback.tips) == 1
    assert feedback.tips[0].startswith("Pause for a breath")


def test_long_forms_of_hesitations_count_as_the_short_one():
    feedback = analyze("Umm, uhh, erm. Um. Ahh, er, well.")
    assert feedback.fillers == {"um": 2, "uh": 1, "erm": 1, "er": 1}  # "ah" is an exclamation


def test_hedges_are_counted_apart_from_fillers():
    feedback = analyze(HEDGED)
    # "what kind of team" is a noun phrase, no hedge; "I kind of led" is one.
    assert feedback.hedges == {
        "i think": 1,
        "maybe": 1,
        "sort of": 1,
        "i feel like": 1,
        "kind of": 1,
        "perhaps": 1,
        "probably": 1,
    }
    assert feedback.hedge_count == 7
    # "Do you know" is a question, not a filler; the "like" of "I feel like" is no filler.
    assert feedback.fillers == {"you know": 1, "um": 1}
    assert feedback.words == 33
    assert feedback.sentences == 5
    assert feedback.named_things == []
    # be specific; hedges; two fillers in 33 words
    assert [tip.split()[0] for tip in feedback.tips] == ["Add", "Say", "Pause"]


def test_numbers_years_and_named_things():
    feedback = analyze(SPECIFIC, company="acme corp", role="Engineer")
    assert feedback.figures == ["40%", "$2m", "2019", "3", "1,200", "3.5"]
    assert feedback.named_things == [
        "Acme Corp",
        "Python",
        "Django",
        "Globex",
        "The Guardian",
        "Bank of America",
    ]
    assert feedback.words == 44
    assert feedback.sentences == 3
    assert feedback.company_mentions == 1
    assert feedback.role_mentions == 0  # "engineers" is not the whole phrase "engineer"
    assert feedback.top_words == [("python", 2)]
    assert feedback.tips == []  # specific, mentions the company, says "grew"


def test_cliches_and_case_insensitive_mentions():
    feedback = analyze(CLICHED, company="  Acme ", role="data analyst")
    assert feedback.cliches == {
        "hard worker": 1,
        "team player": 1,
        "self-starter": 1,
        "passionate about": 1,
        "synergy": 1,
        "give 110%": 1,
        "think outside the box": 1,
    }
    assert feedback.cliche_count == 7
    assert feedback.company_mentions == 2  # "ACME", "Acme"
    assert feedback.role_mentions == 2  # "Data Analyst", "data analyst"; not "analysts"
    assert any(tip.startswith("Swap stock phrases") for tip in feedback.tips)


def test_spaced_cliches_count_too():
    feedback = analyze("A self starter and hard worker who works too hard, a people person.")
    assert feedback.cliches == {
        "self-starter": 1,
        "hard worker": 1,
        "work too hard": 1,
        "people person": 1,
    }


def test_long_sentences_and_the_tips_they_bring():
    feedback = analyze(LONG)
    assert feedback.words == 42  # 39 in the first sentence, 3 in the second
    assert feedback.sentences == 2
    assert feedback.long_sentences == 1
    assert feedback.top_words == [("long", 2), ("plain", 2), ("word", 2)]
    assert feedback.figures == ["thirty five"]  # so no "be specific" tip
    concise, growth = feedback.tips
    assert concise.startswith("Split sentences over 35 words")
    assert growth.startswith("Close with what you learned")


def test_a_time_limit_turns_the_concise_tip_to_time():
    assert analyze(LONG, limit_seconds=10).speaking_seconds == 16.8
    assert analyze(LONG, limit_seconds=10).tips[0].startswith("Said aloud this takes about 17 s")
    assert not any("Said aloud" in tip for tip in analyze(LONG, limit_seconds=20).tips)
    assert analyze(LONG, limit_seconds=20).limit_seconds == 20


def test_star_with_all_four_parts():
    feedback = analyze(FULL_STAR, behavioural=True)
    assert feedback.star == {"situation": True, "task": True, "action": True, "result": True}
    assert feedback.words == 39
    assert feedback.named_things == ["Initech"]
    assert feedback.tips == []


def test_star_with_only_an_action_names_the_missing_parts():
    feedback = analyze(ACTION_ONLY, behavioural=True)
    assert feedback.star == {"situation": False, "task": False, "action": True, "result": False}
    assert feedback.tips == [
        SAY_MORE,
        "Add the situation, task and result: a full story covers situation, task, action and "
        "result.",
    ]
    assert analyze(ACTION_ONLY).star is None
    assert analyze(ACTION_ONLY).tips == [SAY_MORE]  # nine words is short with no limit


def test_the_company_tip_only_when_the_company_goes_unmentioned():
    assert analyze(ACTION_ONLY, company="Globex").tips == [
        SAY_MORE,
        "Link this to what Globex is working on now; it shows you looked.",
    ]
    assert analyze(ACTION_ONLY + " Globex liked it.", company="globex").tips == []
    assert analyze(ACTION_ONLY).company_mentions is None
    assert analyze(ACTION_ONLY, company="   ").company_mentions is None


def test_top_words_leave_out_stop_words_and_short_words():
    feedback = analyze("Data data DATA pipelines pipelines the the the and and we we ok ok.")
    assert feedback.top_words == [("data", 3), ("pipelines", 2)]


def test_blank_lines_end_sentences_and_so_can_open_after_one():
    feedback = analyze("We shipped it\n\nSo we rested\n \n\nand then we slept")
    assert feedback.sentences == 3
    assert feedback.fillers == {}  # mid-answer "So we rested" follows from what came before
    assert analyze("So, we rested.\n\nSo, we slept.").fillers == {"so": 2}
    assert analyze("One line\nso it goes on").fillers == {}  # a single line break does not


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "...", "?!", " - "])
def test_empty_input_gives_zero_figures(text: str):
    feedback = analyze(text, company="Acme", role="analyst", behavioural=True, limit_seconds=60)
    assert feedback.words == feedback.sentences == feedback.long_sentences == 0
    assert feedback.speaking_seconds == 0
    assert feedback.fillers == feedback.hedges == feedback.cliches == {}
    assert feedback.figures == feedback.named_things == feedback.top_words == []
    assert feedback.company_mentions == feedback.role_mentions == 0
    assert feedback.tips == []


def test_to_dict_names_every_figure_plainly():
    figures = analyze(SPECIFIC, company="Acme").to_dict()
    assert list(figures) == list(Feedback.__dataclass_fields__)
    assert figures["top_words"] == [["python", 2]]
    assert json.loads(json.dumps(figures)) == figures


def test_render_text_has_a_line_per_figure_and_the_tips():
    report = render_text(analyze(LIKE_AND_SO, company="Acme", behavioural=True).to_dict())
    assert "like \u00d72, um \u00d71, so \u00d71 (12.9 per 100 words)" in report
    assert "Figures         40%" in report
    assert "Named           Python" in report
    assert "situation ✓  task ✓  action ✓  result ✗" in report
    assert "Role " not in report  # no role given
    for name, note in FIGURE_NOTES.items():
        if name not in {"role_mentions", "repeats", "relevance"}:  # shown only when present
            assert note in report
    assert "\n- Pause for a breath" in report
    assert "\x1b" not in report


# Property tests: any text at all.
any_text = st.text(
    alphabet=st.characters(codec=None) | st.characters(categories=["Cs", "Cc", "Cf", "Co"])
)


def check_sane(feedback: Feedback) -> None:
    for name in COUNTS:
        assert getattr(feedback, name) >= 0
    for counts in (feedback.fillers, feedback.hedges, feedback.cliches):
        assert all(count > 0 for count in counts.values())
    assert feedback.filler_count == sum(feedback.fillers.values())
    assert feedback.long_sentences <= feedback.sentences <= max(feedback.words, 0)
    assert len(feedback.tips) <= 5
    json.dumps(feedback.to_dict())
    render_text(feedback.to_dict())


@given(st.text())
def test_any_text_is_analysed(text: str):
    check_sane(analyze(text))


@settings(max_examples=300)
@given(any_text, any_text, st.booleans(), st.none() | st.integers(0, 600))
def test_any_characters_incl_surrogates_and_controls(text: str, company: str, star: bool, limit):
    check_sane(analyze(text, company=company, role=company, behavioural=star, limit_seconds=limit))


# Letters of scripts written with spaces (Chinese and Japanese are counted apart).
spaced_letters = st.characters(categories=["L"]).filter(lambda ch: not UNSPACED.match(ch))
plain_words = st.lists(st.text(alphabet=spaced_letters, min_size=1, max_size=12), max_size=40).map(
    " ".join
)


@given(plain_words)
def test_words_add_up_over_repetition(text: str):
    once = analyze(text).words
    assert analyze(text + " " + text).words == 2 * once
    assert once == len(text.split())


@pytest.mark.parametrize(
    "unit",
    ["\n", "\n \n", "a", "I ", ", like", ". ", "1,", "A ", "A", "So. ", "i reduced ", "um "],
)
def test_no_input_makes_the_patterns_backtrack_badly(unit: str):
    text = unit * (200_000 // len(unit))
    start = time.perf_counter()
    check_sane(analyze(text, company=unit, behavioural=True))
    assert time.perf_counter() - start < 5  # linear: tens of milliseconds on a laptop
