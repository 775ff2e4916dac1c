"""The countdown: figures come from clock readings, pauses are subtracted exactly.

A fake monotonic clock stands in for `time.monotonic`, so every figure can be checked to
the second; the clock face and the urgency levels are checked at their exact edges.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.timing import Countdown, Level, Timing, clock_face, describe_seconds, level_for
from tests.fakes import FakeMonotonic as FakeClock


def countdown(limit: float = 90, **kwargs) -> tuple[Countdown, FakeClock]:
    clock = FakeClock()
    return Countdown(limit, clock=clock, **kwargs), clock


# -- before and after start --------------------------------------------------------------


def test_before_start_nothing_is_used_and_the_clock_does_not_count():
    timer, clock = countdown(90)
    clock.advance(30)
    assert not timer.started
    assert timer.elapsed() == 0.0
    assert timer.remaining() == 90.0
    assert timer.paused_for() == 0.0
    assert timer.level() is Level.CALM


def test_elapsed_counts_from_start_not_from_construction():
    timer, clock = countdown(90)
    clock.advance(100)
    timer.start()
    clock.advance(12.5)
    assert timer.started
    assert timer.elapsed() == pytest.approx(12.5)
    assert timer.remaining() == pytest.approx(77.5)


def test_starting_twice_keeps_the_first_start():
    timer, clock = countdown(90)
    timer.start()
    clock.advance(10)
    timer.start()
    clock.advance(5)
    assert timer.elapsed() == pytest.approx(15)


def test_fraction_left_runs_from_one_to_zero_and_stays_at_zero_in_overtime():
    timer, clock = countdown(100)
    timer.start()
    assert timer.fraction_left() == 1.0
    clock.advance(40)
    assert timer.fraction_left() == pytest.approx(0.6)
    clock.advance(100)
    assert timer.fraction_left() == 0.0


# -- pauses --------------------------------------------------------------------------------


def test_a_pause_is_subtracted_exactly():
    timer, clock = countdown(90)
    timer.start()
    clock.advance(10)
    timer.pause()
    assert timer.paused
    clock.advance(25)
    assert timer.elapsed() == pytest.approx(10)  # frozen while paused
    assert timer.paused_for() == pytest.approx(25)
    timer.resume()
    assert not timer.paused
    clock.advance(5)
    assert timer.elapsed() == pytest.approx(15)
    assert timer.paused_for() == pytest.approx(25)


def test_several_pauses_add_up():
    timer, clock = countdown(90)
    timer.start()
    for run, rest in [(3, 7), (11, 2), (4, 19)]:
        clock.advance(run)
        timer.pause()
        clock.advance(rest)
        timer.resume()
    clock.advance(1)
    assert timer.elapsed() == pytest.approx(3 + 11 + 4 + 1)
    assert timer.paused_for() == pytest.approx(7 + 2 + 19)


def test_pausing_twice_keeps_the_first_pause_moment():
    timer, clock = countdown(90)
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(5)
    timer.pause()
    clock.advance(5)
    timer.resume()
    assert timer.elapsed() == pytest.approx(10)
    assert timer.paused_for() == pytest.approx(10)


def test_toggle_pauses_a_running_countdown_and_resumes_a_paused_one():
    timer, clock = countdown(90)
    timer.start()
    clock.advance(4)
    timer.toggle()
    assert timer.paused
    clock.advance(6)
    timer.toggle()
    assert not timer.paused
    clock.advance(2)
    assert timer.elapsed() == pytest.approx(6)
    assert timer.paused_for() == pytest.approx(6)


def test_pause_before_start_is_a_no_op():
    timer, clock = countdown(90)
    timer.pause()
    assert not timer.paused
    timer.toggle()
    assert not timer.paused
    timer.start()
    clock.advance(8)
    assert timer.elapsed() == pytest.approx(8)
    assert timer.paused_for() == 0.0


def test_resume_without_pause_changes_nothing():
    timer, clock = countdown(90)
    timer.start()
    clock.advance(3)
    timer.resume()
    clock.advance(3)
    assert timer.elapsed() == pytest.approx(6)
    assert timer.paused_for() == 0.0


# -- overtime and finishing ----------------------------------------------------------------


def test_past_the_limit_remaining_goes_negative_and_overtime_is_reported():
    timer, clock = countdown(60)
    timer.start()
    clock.advance(72)
    assert timer.remaining() == pytest.approx(-12)
    assert timer.level() is Level.OVERTIME
    snap = timer.snapshot()
    assert snap.used == pytest.approx(72)
    assert snap.overtime == pytest.approx(12)
    assert snap.paused == 0.0
    assert not timer.finished  # a snapshot does not stop anything


def test_overtime_is_zero_within_the_limit():
    timer, clock = countdown(60)
    timer.start()
    clock.advance(59)
    assert timer.snapshot().overtime == 0.0


def test_finish_freezes_every_figure():
    timer, clock = countdown(60)
    timer.start()
    clock.advance(20)
    timer.pause()
    clock.advance(5)
    timer.resume()
    clock.advance(50)
    result = timer.finish()
    assert result == Timing(used=pytest.approx(70), overtime=pytest.approx(10), paused=5.0)
    clock.advance(1000)
    timer.pause()
    timer.resume()
    assert timer.finished
    assert timer.elapsed() == pytest.approx(70)
    assert timer.remaining() == pytest.approx(-10)
    assert timer.paused_for() == pytest.approx(5)
    assert timer.snapshot() == result
    assert timer.finish() is result


def test_finishing_while_paused_counts_the_pause_so_far():
    timer, clock = countdown(60)
    timer.start()
    clock.advance(10)
    timer.pause()
    clock.advance(4)
    result = timer.finish()
    clock.advance(100)
    assert result.used == pytest.approx(10)
    assert result.paused == pytest.approx(4)
    assert timer.paused_for() == pytest.approx(4)


def test_a_resumed_draft_counts_the_time_already_used():
    timer, clock = countdown(90, already_used=40)
    assert timer.elapsed() == pytest.approx(40)
    assert timer.remaining() == pytest.approx(50)
    timer.start()
    clock.advance(15)
    assert timer.elapsed() == pytest.approx(55)
    clock.advance(50)
    assert timer.snapshot().overtime == pytest.approx(15)


def test_negative_already_used_counts_as_zero():
    timer, _ = countdown(90, already_used=-5)
    assert timer.elapsed() == 0.0


@pytest.mark.parametrize("limit", [0, -1, -0.5])
def test_a_limit_that_is_not_positive_is_refused(limit: float):
    with pytest.raises(ValueError, match="must be positive"):
        Countdown(limit, clock=FakeClock())


# -- levels ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remaining", "level"),
    [
        (100, Level.CALM),
        (25.001, Level.CALM),
        (25, Level.WARNING),  # exactly 25% left
        (10.001, Level.WARNING),
        (10, Level.ERROR),  # exactly 10% left
        (0, Level.ERROR),
        (-0.001, Level.OVERTIME),
        (-50, Level.OVERTIME),
    ],
)
def test_level_thresholds(remaining: float, level: Level):
    assert level_for(remaining, 100) is level


def test_countdown_level_follows_the_clock():
    timer, clock = countdown(100)
    timer.start()
    clock.advance(74)
    assert timer.level() is Level.CALM
    clock.advance(1)
    assert timer.level() is Level.WARNING
    clock.advance(15)
    assert timer.level() is Level.ERROR
    clock.advance(10.5)
    assert timer.level() is Level.OVERTIME


# -- the clock face and durations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("remaining", "face"),
    [
        (90, "1:30"),
        (89.2, "1:30"),  # rounded up: the last second shows until it has fully gone
        (89.0, "1:29"),
        (60, "1:00"),
        (9, "0:09"),
        (0.4, "0:01"),
        (0, "0:00"),
        (600, "10:00"),
        (-12, "+0:12"),
        (-12.7, "+0:12"),
        (-65, "+1:05"),
    ],
)
def test_clock_face(remaining: float, face: str):
    assert clock_face(remaining) == face


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (59.4, "59 s"),
        (59.6, "1 min"),
        (60, "1 min"),
        (90, "1 min 30 s"),
        (120, "2 min"),
        (1805, "30 min 5 s"),
    ],
)
def test_describe_seconds(seconds: float, text: str):
    assert describe_seconds(seconds) == text


# -- property: nothing is lost or counted twice ----------------------------------------------


@given(
    steps=st.lists(
        st.tuples(st.floats(min_value=0, max_value=1000, allow_nan=False), st.booleans()),
        max_size=30,
    )
)
def test_answering_and_pausing_time_add_up_to_the_time_since_start(steps):
    timer, clock = countdown(90)
    timer.start()
    total = 0.0
    previous = timer.elapsed()
    for advance, toggle in steps:
        clock.advance(advance)
        total += advance
        if toggle:
            timer.toggle()
        elapsed = timer.elapsed()
        assert abs(elapsed + timer.paused_for() - total) <= 1e-6
        # Float subtraction may wobble by ~1e-13 across a resume; the display rounds to a
        # second (less 1e-9), so only a real step back matters.
        assert elapsed >= previous - 1e-9
        previous = elapsed
