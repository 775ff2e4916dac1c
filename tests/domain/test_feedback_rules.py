"""The coach's conventions, phrase by phrase: each row was labelled by hand before running.

Each table holds short phrases with what an interview coach would count in them. They
pin the rules of coach.phrases, coach.figures, coach.star and coach.wording one use at a
time; test_feedback_accuracy.py measures whole answers.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.feedback import Mark, analyze, marks_in

FILLERS: list[tuple[str, dict[str, int]]] = [
    ("Um, I led it.", {"um": 1}),
    ("Ummm, uhh, erm, er.", {"um": 1, "uh": 1, "erm": 1, "er": 1}),
    ("I, like, led the team.", {"like": 1}),
    ("Like, it was hard.", {"like": 1}),
    ("I like Python.", {}),
    ("We'd like to grow.", {}),
    ("Something like 40% of users left.", {}),
    ("It felt like a win.", {}),
    ("Tools like Jira and Linear.", {}),
    ("it looks like the tests pass", {}),
    ("she was like really talented and we shipped within like two weeks", {"like": 2}),
    ("I was like, no way.", {"like": 1}),
    ("I like to sort out messy problems, like the billing migration.", {}),
    ("and like we had no tests at all", {"like": 1}),
    ("You know, I've read your reports.", {"you know": 1}),
    ("We had, you know, the usual problems.", {"you know": 1}),
    ("If you know the Stripe API, you'll know why.", {}),
    ("Do you know what kind of team it was?", {}),
    ("As you know, we sell shoes.", {}),
    ("it was a huge mess you know so I wrote it down", {"you know": 1}),
    ("you know how it is with legacy code", {}),
    ("I mean, it worked.", {"i mean": 1}),
    ("By 'done' I mean deployed.", {}),
    ("When I say I own it, I mean I answer the pager.", {}),
    ("okay so I mean the mistake was mine", {"okay": 1, "so": 1, "i mean": 1}),
    ("So, the project was late.", {"so": 1}),
    ("um so basically I was the only one", {"um": 1, "so": 1, "basically": 1}),
    ("It failed, so I rewrote it.", {}),
    ("The build failed. So I rewrote it.", {}),
    ("I was so tired that I slept.", {}),
    ("We shipped so that sales could demo.", {}),
    ("Well, I started in sales.", {"well": 1}),
    ("It went well.", {}),
    ("Well over fifty people came.", {}),
    ("It's a well-known tool.", {}),
    ("Okay, so I joined in March.", {"okay": 1, "so": 1}),
    ("The result was okay.", {}),
    ("Yeah, I ran the team.", {"yeah": 1}),
    ("We fixed it, so yeah.", {"yeah": 1}),
    ("Honestly, I was nervous.", {"honestly": 1}),
    ("I honestly enjoyed it.", {}),
    ("It was basically a rewrite.", {"basically": 1}),
    ("Actually, I disagreed.", {"actually": 1}),
    ("I want to see what the job actually looks like.", {}),
    ("What my team actually said was kind.", {}),
    ("I literally moved desks to sit with them.", {}),
    ("Literally everyone came.", {"literally": 1}),
    ("It was, literally, a million tickets.", {"literally": 1}),
    ("We had to ship it by Friday, right?", {"right": 1}),
    ("Is that right?", {}),
    ("That was the right call.", {}),
    ("I- I think the the main thing was tests.", {}),
]

HEDGES: list[tuple[str, str, dict[str, int]]] = [
    ("I think it worked.", "", {"i think": 1}),
    ("I think remote work suits me.", "What do you think about remote work?", {}),
    ("I think outside the box.", "", {}),
    ("I think about it often.", "", {}),
    ("I guess it was fine.", "", {"i guess": 1}),
    ("I believe we were first.", "", {"i believe": 1}),
    ("I believe in giving feedback early.", "", {}),
    ("I suppose it helped.", "", {"i suppose": 1}),
    ("I feel like it worked.", "", {"i feel like": 1}),
    ("I'd say I'm organised.", "", {"i'd say": 1}),
    ("I would say it went well.", "", {"i'd say": 1}),
    ("I'd say to the team: ship it.", "", {}),
    (
        "Maybe it was luck. Perhaps not. Probably both.",
        "",
        {"maybe": 1, "perhaps": 1, "probably": 1},
    ),
    ("I kind of took the lead.", "", {"kind of": 1}),
    ("I kinda take it and sorta sit with it.", "", {"kind of": 1, "sort of": 1}),
    ("It's a kind of database.", "", {}),
    ("What sort of problems?", "", {}),
    ("That kind of work suits me.", "", {}),
    ("I just started documenting.", "", {"just": 1}),
    ("It's just a small fix.", "", {"just": 1}),
    ("We finished just in time.", "", {}),
    ("Just last week they signed off.", "", {}),
    ("I've just joined the team.", "", {}),
    ("Not just code but people.", "", {}),
    ("It was pretty good.", "", {"pretty": 1}),
    ("It was a pretty garden.", "", {}),
    ("It was a bit slow and a little bit messy.", "", {"a bit": 1, "a little bit": 1}),
    ("I speak a little Mandarin.", "", {}),
    ("I'm not sure this counts.", "", {"i'm not sure": 1}),
    ("I don't know if it helped.", "", {"i don't know": 1}),
    ("I don't know Rust yet.", "", {}),
    ("I thought it was risky.", "", {}),
]

CLICHES: list[tuple[str, dict[str, int]]] = [
    ("I'm a team player and a hard worker.", {"team player": 1, "hard worker": 1}),
    ("I'm hardworking and detail-oriented.", {"hard worker": 1, "detail-oriented": 1}),
    ("I'm passionate about data.", {"passionate about": 1}),
    ("I think outside the box.", {"think outside the box": 1}),
    ("The service ran outside the box, in the cloud.", {}),
    ("I'm a real go-getter and a self-starter.", {"go-getter": 1, "self-starter": 1}),
    ("We found real synergy between teams.", {"synergy": 1}),
    ("I worked at Synergy Health for two years.", {}),
    ("Synergy Health hired me.", {}),
    ("I'm too much of a perfectionist.", {"perfectionist": 1}),
    ("My manager is a perfectionist.", {}),
    ("I'm a quick learner.", {"quick learner": 1}),
    ("I'm a fast learner and a people person.", {"quick learner": 1, "people person": 1}),
    ("I always give 110% to the job.", {"give 110%": 1}),
    ("I work well under pressure.", {"work well under pressure": 1}),
    ("I thrive under pressure.", {"work well under pressure": 1}),
    ("I care too much about my work.", {"care too much": 1}),
    ("At the end of the day, results matter.", {"at the end of the day": 1}),
    ("I sent a summary at the end of the day.", {}),
    ("Communication is key in a team.", {"communication is key": 1}),
    ("I can hit the ground running.", {"hit the ground running": 1}),
    ("I want to add value from day one.", {"add value": 1}),
    ("Everyone says they're a team player, so instead here is what I did.", {}),
    ("I won't call myself a team player; here is what I did.", {}),
]

FIGURES: list[tuple[str, list[str]]] = [
    ("three services to a dozen in eleven months", ["three", "a dozen", "eleven months"]),
    ("it took forty minutes", ["forty minutes"]),
    ("half the team left", ["half"]),
    ("four and a half days", ["four and a half days"]),
    ("1.2 million users", ["1.2 million"]),
    ("$240k and £3m and €1.5 billion", ["$240k", "£3m", "€1.5 billion"]),
    ("on 3 March 2020 we moved", ["3 March 2020"]),
    ("in March 2020", ["March 2020"]),
    ("10–15 agents", ["10–15"]),
    ("four or five engineers", ["four or five"]),
    ("3x faster by 9am", ["3x", "9am"]),
    ("between 9 am and 5 pm", ["9 am", "5 pm"]),
    ("a check-in at 8:30", ["8:30"]),
    ("support 24/7", ["24/7"]),
    ("a fifteen-minute stand-up", ["fifteen-minute"]),
    ("a 15-minute call", ["15-minute"]),
    ("from 4% to 6.5%", ["4%", "6.5%"]),
    ("twenty-five percent more", ["twenty-five percent"]),
    ("40,000 homes", ["40,000"]),
    ("Python 3 and Java 17", []),
    ("I give 110% and I'm 100% sure", []),
    ("p99 latency", []),
    ("my second month, a third-year student", []),
    ("one of the seniors, the one thing, no one else", []),
    ("I worked with one engineer", ["one"]),
    ("a month and an hour", []),
    ("dozens of times, once or twice", []),
    ("at step three", []),
    ("version 3.11.2", []),
    ("COVID-19 hit", []),
    ("In 2020 we grew", ["2020"]),
    ("Failures dropped to zero", ["zero"]),
    ("latency fell from 800ms to 120 ms", ["800ms", "120"]),
    ("a hundred users in Q3 2021", ["a hundred", "Q3 2021"]),
]

NO, YES = False, True


def parts(situation: bool, task: bool, action: bool, result: bool) -> dict[str, bool]:
    return {"situation": situation, "task": task, "action": action, "result": result}


STAR: list[tuple[str, dict[str, bool]]] = [
    (
        "Last spring our nightly data load failed about four times a month. I was asked to "
        "make it reliable before the quarter close. I rewrote the loader, added retries and "
        "set up alerts. Failures dropped to zero and finance closed two days early.",
        {"situation": True, "task": True, "action": True, "result": True},
    ),
    (
        "I once fixed the build.",
        parts(NO, NO, YES, NO),
    ),
    (
        "I kind of took the lead.",
        parts(NO, NO, YES, NO),
    ),
    (
        "I came in on the Saturday and rebuilt it.",
        parts(NO, NO, YES, NO),
    ),
    (
        "In my final year at Leeds, our group project had no plan.",
        {"situation": True, "task": False, "action": False, "result": False},
    ),
    (
        "Situation: the payroll run failed.\nTask: pay 300 people.\nAction: I reran it.\n"
        "Result: everyone was paid.",
        {"situation": True, "task": True, "action": True, "result": True},
    ),
    (
        "I would prioritise the biggest customers and call them first.",
        {"situation": False, "task": False, "action": False, "result": False},
    ),
    (
        "The goal was to cut costs by 20%.",
        {"situation": False, "task": True, "action": False, "result": False},
    ),
    (
        "We cut scope and shipped on the new date.",
        {"situation": False, "task": False, "action": True, "result": True},
    ),
    (
        "My manager asked me to find out why users left.",
        {"situation": False, "task": True, "action": False, "result": False},
    ),
    (
        "The client renewed the following month.",
        {"situation": False, "task": False, "action": False, "result": True},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FILLERS)
def test_fillers(text: str, expected: dict[str, int]):
    assert analyze(text).fillers == expected


@pytest.mark.parametrize(("text", "question", "expected"), HEDGES)
def test_hedges(text: str, question: str, expected: dict[str, int]):
    assert analyze(text, question=question).hedges == expected


@pytest.mark.parametrize(("text", "expected"), CLICHES)
def test_cliches(text: str, expected: dict[str, int]):
    assert analyze(text).cliches == expected


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text: str, expected: list[str]):
    assert analyze(text).figures == expected


@pytest.mark.parametrize(("text", "expected"), STAR)
def test_star(text: str, expected: dict[str, bool]):
    assert analyze(text, behavioural=True).star == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("don't we'd've", 2),
        ("state-of-the-art, end-to-end", 2),
        ("40% $240k 10–15 9am 24/7 8:30", 6),
        ("a — b - c … d", 4),
        ("small—say three", 3),
        ("great 🎉 work", 2),
        ("I- I think", 3),
        ("Zürich, Montréal, naïve", 3),
        ("我会说一点中文", 5),
        ("- Situation: it broke.", 3),
    ],
)
def test_word_counts(text: str, words: int):
    assert analyze(text).words == words


def test_the_we_only_story_gets_a_tip_to_say_what_i_did():
    feedback = analyze("We rebuilt the loader and we added alerts.", behavioural=True)
    assert feedback.we_only
    assert any('"I"' in tip for tip in feedback.tips)
    assert not analyze("I rebuilt the loader and we added alerts.", behavioural=True).we_only


def test_behavioural_is_read_from_the_question():
    story = "I rebuilt the loader."
    assert analyze(story, question="Tell me about a time you failed.").star is not None
    assert analyze(story, question="Give an example of leadership.").star is not None
    assert analyze(story, question="What are your interests?").star is None
    assert analyze(story, question="What are your interests?", behavioural=True).star


def test_length_both_ways_against_the_limit():
    assert analyze("Yes.", limit_seconds=90).length == "short"
    assert analyze("Yes.", limit_seconds=90).tips[0].startswith("This is short")
    assert analyze("word " * 150, limit_seconds=90).length == "within"
    assert analyze("word " * 300, limit_seconds=90).length == "over"
    assert analyze("Yes.").length == "short"


def test_trailing_off_is_noticed():
    assert analyze("I thought that was risky, because...").trails_off
    assert analyze("We shipped it and").trails_off
    assert not analyze("We shipped it.").trails_off
    assert any("trails off" in tip for tip in analyze("It failed because...").tips)


def test_an_unpunctuated_transcript_is_judged_as_speech():
    transcript = " ".join(["we moved the team to a new stack and it went fine"] * 6)
    feedback = analyze(transcript)
    assert feedback.spoken
    assert feedback.long_sentences == 0
    assert not any("Split sentences" in tip for tip in feedback.tips)
    assert not analyze("We moved. It went fine. " * 10).spoken


def test_repeated_words_are_counted_as_restarts():
    assert analyze("I- I think the the main thing was that that worked").repeats == {
        "i i": 1,
        "the the": 1,
    }


def test_relevance_is_a_rough_signal():
    why = analyze("I like your stores.", question="Why do you want to work here?")
    assert why.relevance["names_company"] is True
    weak = analyze("I care too much.", question="What is your greatest weakness?")
    assert weak.relevance["names_weakness"] is False
    assert any("real weakness" in tip for tip in weak.tips)
    honest = analyze("I used to avoid public speaking.", question="What is your greatest weakness?")
    assert honest.relevance["names_weakness"] is True
    drift = analyze(
        "I enjoy hiking at weekends with my dog and friends in the hills near home.",
        question="How do you handle conflict with a stakeholder?",
    )
    assert drift.relevance["touched"] == []
    assert any("never mentions" in tip for tip in drift.tips)


def test_the_trusted_example_gets_no_false_tips():
    """The answer from the issue: it has figures, an action and a result."""
    feedback = analyze(STAR[0][0], behavioural=True, limit_seconds=90)
    assert feedback.figures == ["four", "zero", "two days"]
    assert not any("concrete detail" in tip or "Add the" in tip for tip in feedback.tips)


# Property tests: whatever the text, marks and figures point into it, in order.
words = st.sampled_from(
    "um like you know so I think just kind of team player three 40% a dozen Python 3 , . ? "
    "was really and I rewrote it because the the — 9am half one of".split(" ")
)
answers = st.lists(words | st.text(max_size=6), max_size=60).map(" ".join)


@settings(max_examples=300)
@given(answers)
def test_marks_and_figures_point_into_the_text_in_order(text: str):
    marks = marks_in(text)
    assert all(0 <= m.start < m.end <= len(text) for m in marks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(marks))
    feedback = analyze(text)
    assert all(figure and figure in text for figure in feedback.figures)
    assert sum(feedback.fillers.values()) == sum(m.kind == "filler" for m in marks)


@given(answers)
def test_taking_the_fillers_out_never_adds_fillers(text: str):
    """Each use is judged on its own neighbours: deleting the marked fillers may turn a
    word into an opener ("and so" -> "so"), but must not multiply them."""
    marks = [m for m in marks_in(text) if m.kind == "filler"]
    bounds = [Mark("", "", 0, 0), *marks, Mark("", "", len(text), len(text))]
    kept = " ".join(text[a.end : b.start] for a, b in itertools.pairwise(bounds))
    assert analyze(kept).filler_count <= analyze(text).filler_count


def test_a_question_s_filler_words_are_not_its_key_words():
    from coach.relevance import key_terms

    assert key_terms("Tell us a little about yourself.") == []
    assert key_terms("Tell me about a time you had to learn something new very quickly.") == [
        "learn"
    ]


def test_analyze_refuses_empty_input_binary_files_and_a_zero_limit(tmp_path, capsys):
    from coach.cli import main

    empty = tmp_path / "answer.txt"
    empty.write_text("  \n")
    assert main(["analyze", str(empty)]) == 1
    assert "is empty" in capsys.readouterr().err
    binary = tmp_path / "answer.bin"
    binary.write_bytes(b"\x00\x01PK\x03\x04")
    assert main(["analyze", str(binary)]) == 1
    assert "is not text" in capsys.readouterr().err
    try:
        main(["analyze", str(empty), "--limit", "0"])
    except SystemExit as stop:
        assert stop.code == 2
    assert "at least 1 second" in capsys.readouterr().err
