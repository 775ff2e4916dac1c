"""Speech figures from a transcript: pace, um/uh, long pauses, speaking vs silent, tips."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.report import figure_rows, render_text
from coach.speech import (
    FAST_WPM,
    NOTHING_HEARD,
    SLOW_WPM,
    Pause,
    Transcript,
    Word,
    speech_figures,
    speech_tips,
    spoken_feedback,
    um_uh_count,
)


def timed(text: str, seconds_each: float, start: float = 0.0) -> tuple[Word, ...]:
    return tuple(
        Word(w, round(start + i * seconds_each, 2), round(start + (i + 0.8) * seconds_each, 2))
        for i, w in enumerate(text.split())
    )


STORY = (
    "Um, last spring our nightly data load failed about four times a month. I was asked to "
    "make it reliable. I rewrote the loader and added alerts. Uh, failures dropped to zero."
)


def heard(text: str = STORY, seconds_each: float = 0.4, **kwargs: object) -> Transcript:
    words = timed(text, seconds_each)
    duration = words[-1].end + 0.5 if words else 0.0
    return Transcript(
        text=text,
        words=words,
        pauses=kwargs.get("pauses", ()),
        duration=float(kwargs.get("duration", duration)),
        speech_seconds=float(kwargs.get("speech", duration - 0.5)),
    )


def test_pace_is_words_over_the_time_from_first_to_last_word():
    figures = speech_figures(heard(seconds_each=0.4))  # 150 words a minute
    assert 140 <= figures.wpm <= 155 and figures.pace == "ok"


def test_slow_and_fast_are_flagged_with_a_tip():
    slow = speech_figures(heard(seconds_each=0.7))
    fast = speech_figures(heard(seconds_each=0.3))
    assert slow.wpm < SLOW_WPM and slow.pace == "slow"
    assert fast.wpm > FAST_WPM and fast.pace == "fast"
    assert "words a minute" in speech_tips(slow)[0]
    assert "slow to about" in speech_tips(fast)[0]


def test_too_little_said_has_no_pace():
    figures = speech_figures(heard("Yes.", 0.4))
    assert figures.wpm == 0 and figures.pace == ""


def test_um_and_uh_are_counted_per_minute():
    assert um_uh_count("Um, I, uh, umm... erm. Hmm. Ummm yes, a drum, the umpire") == 6
    figures = speech_figures(heard())
    assert figures.um_uh == 2
    assert figures.um_uh_per_minute > 0


def test_long_pauses_between_words_are_listed_with_the_word_before():
    pauses = (Pause(0.0, 2.0), Pause(4.1, 4.6), Pause(4.5, 6.0), Pause(20.0, 30.0))
    figures = speech_figures(heard(pauses=pauses))
    [pause] = figures.long_pauses  # a short one, and silences before and after, are not
    assert pause.seconds == 1.5 and pause.start == 4.5
    assert pause.after == heard().words[11].text.strip(".,")
    assert "silence" in " ".join(speech_tips(speech_figures(heard(pauses=(Pause(4.5, 8.0),)))))


def test_speaking_and_silent_time_add_up_to_the_recording():
    figures = speech_figures(heard(duration=30.0, speech=12.0))
    assert figures.speaking_seconds == 12.0 and figures.silent_seconds == 18.0
    assert any("Silent for" in tip for tip in speech_tips(figures))


def test_the_text_is_analysed_as_speech_and_judged_on_its_real_length():
    figures = spoken_feedback(heard(), limit_seconds=60, behavioural=True)
    assert figures["heard"] is True and figures["spoken"] is True
    assert figures["star"] == {"situation": True, "task": True, "action": True, "result": True}
    assert figures["fillers"] == {"um": 1, "uh": 1}
    assert figures["speaking_seconds"] == figures["speech"]["answer_seconds"]
    assert figures["length"] == "short"  # about 13 s of 60
    assert "four" in figures["figures"]


def test_like_and_so_are_only_possible_fillers_in_speech():
    said = "So I was like really keen and we like shipped it so fast that the team, um, cheered."
    figures = spoken_feedback(heard(said))
    assert "like" not in figures["fillers"] and "so" not in figures["fillers"]
    assert figures["possible_fillers"].get("like")
    labels = [label for label, _, _ in figure_rows(figures)]
    assert "Maybe fillers" in labels


def test_the_report_shows_speech_rows_for_heard_answers_only():
    spoken = render_text(spoken_feedback(heard(pauses=(Pause(4.5, 6.0),)), limit_seconds=60))
    for label in ("Spoke for", "Pace", "Um / uh", "Long pauses", "Speaking"):
        assert label in spoken
    assert "1.5 s at 4.5 s after" in spoken
    from coach.feedback import analyze

    typed = render_text(analyze(STORY, limit_seconds=60).to_dict())
    assert "Pace" not in typed and "Spoken" in typed


def test_nothing_heard_says_so_once():
    figures = spoken_feedback(Transcript(text="", duration=4.0))
    assert figures["words"] == 0 and figures["tips"] == [NOTHING_HEARD]
    assert figures["speech"]["silent_seconds"] == 4.0


words_st = st.lists(
    st.tuples(st.text(min_size=1, max_size=8), st.floats(0, 600), st.floats(0, 5)), max_size=40
)


@given(
    words_st,
    st.floats(0, 900),
    st.floats(0, 900),
    st.lists(st.tuples(st.floats(0, 600), st.floats(0, 10))),
)
def test_any_transcript_gives_sane_figures(raw, duration, speech, gaps):
    ordered = sorted(raw, key=lambda w: w[1])
    words = tuple(Word(t, s, s + d) for t, s, d in ordered)
    text = " ".join(t for t, _, _ in ordered)
    pauses = tuple(Pause(s, s + d) for s, d in gaps)
    transcript = Transcript(text, words, pauses, duration, speech)
    figures = speech_figures(transcript)
    assert figures.wpm >= 0 and figures.um_uh >= 0 and figures.silent_seconds >= 0
    assert figures.speaking_seconds <= max(duration, figures.answer_seconds) + 0.1
    assert all(p.seconds >= 1.0 for p in figures.long_pauses)
    assert spoken_feedback(transcript, limit_seconds=60)["speech"] == figures.to_dict()
