"""One rounding rule: seconds whole and figures to one decimal, both half up, everywhere."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from coach.numbers import figure, whole
from coach.progress import summary
from coach.stats import rating_text
from coach.timing import describe_seconds, minutes_seconds


def test_halves_round_up_as_people_round():
    assert [whole(v) for v in (32.5, 33.5, 32.49, 0.5)] == [33, 34, 32, 1]
    assert [figure(v) for v in (12.63, 12.65, 4.0, 0.25, 3.96)] == ["12.6", "12.7", "4", "0.3", "4"]


def test_one_attempt_reads_the_same_in_every_place():
    """The attempt that showed "Took 33 s" on feedback and 0:32 in the history."""
    assert describe_seconds(32.6) == "33 s" and minutes_seconds(32.6) == "0:33"
    assert summary([12.63, 4.0]) == "first 12.6 · last 4 · low 4 · high 12.6"
    assert rating_text(4.0) == "4" and rating_text(3.75) == "3.8"


@given(st.floats(min_value=0, max_value=86_400, allow_nan=False))
def test_the_two_time_styles_agree(seconds: float):
    minutes, rest = (int(part) for part in minutes_seconds(seconds).split(":"))
    described = describe_seconds(seconds)
    assert minutes * 60 + rest == whole(seconds)
    assert described.endswith(f"{rest} s") or (rest == 0 and described.endswith("min"))


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_a_figure_is_within_half_a_tenth_and_has_one_decimal_at_most(value: float):
    shown = figure(value)
    assert math.isclose(float(shown), value, abs_tol=0.05 + 1e-9)
    assert "." not in shown or len(shown.split(".")[1]) == 1
    assert not shown.endswith(".0")


def test_trend_bars_keep_a_fixed_scale():
    from coach.progress import RATING_SCALE, bar_rows

    assert bar_rows([], RATING_SCALE) == [""]  # nothing: no baseline drawn
    assert bar_rows([5.0], RATING_SCALE) == ["█"]  # one rating: one bar, not a full box
    assert bar_rows([1.0, 5.0], RATING_SCALE) == ["▁█"]
    assert bar_rows([4.0, 5.0], RATING_SCALE) == ["▆█"]  # 4 to 5 is a step, not a leap
    assert bar_rows([0.0, 10.0], None, height=2) == [" █", "▁█"]  # from zero, two rows
