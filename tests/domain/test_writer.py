"""The background writer: saves run one at a time, in the order asked, and none is lost.

An old draft landing after the answer it belongs to would bring the draft back, so order
matters; a failed save must be reported and must not stop the saves after it; closing
must let every queued save reach the disk.
"""

from __future__ import annotations

import threading
import time

import pytest

from coach.writer import SerialWriter


@pytest.fixture
def writer():
    made = SerialWriter()
    yield made
    made.close()


def test_jobs_run_in_the_order_they_were_submitted(writer: SerialWriter):
    ran: list[int] = []
    for number in range(200):
        writer.submit(lambda number=number: ran.append(number))
    writer.flush()
    assert ran == list(range(200))


def test_jobs_run_on_one_thread_that_is_not_the_caller(writer: SerialWriter):
    threads: list[threading.Thread] = []
    for _ in range(20):
        writer.submit(lambda: threads.append(threading.current_thread()))
    writer.flush()
    assert len(set(threads)) == 1
    assert threads[0] is not threading.current_thread()
    assert threads[0].name == "coach-writer"


def test_done_gets_the_result_of_a_job(writer: SerialWriter):
    reports: list[tuple[object, BaseException | None]] = []
    writer.submit(lambda: 6 * 7, lambda result, error: reports.append((result, error)))
    writer.flush()
    assert reports == [(42, None)]


def test_done_gets_the_error_of_a_failing_job_and_later_jobs_still_run(writer: SerialWriter):
    reports: list[tuple[object, BaseException | None]] = []
    failure = OSError("disk full")

    def fail() -> None:
        raise failure

    writer.submit(fail, lambda result, error: reports.append((result, error)))
    writer.submit(lambda: "saved", lambda result, error: reports.append((result, error)))
    writer.flush()
    assert reports == [(None, failure), ("saved", None)]


def test_a_failing_job_without_done_does_not_stop_the_writer(writer: SerialWriter):
    ran: list[str] = []
    writer.submit(lambda: 1 / 0)
    writer.submit(lambda: ran.append("after"))
    writer.flush()
    assert ran == ["after"]


def test_flush_waits_for_every_job_submitted_so_far(writer: SerialWriter):
    ran: list[str] = []

    def slow(name: str) -> None:
        time.sleep(0.02)
        ran.append(name)

    for name in "abcde":
        writer.submit(lambda name=name: slow(name))
    writer.flush()
    assert ran == list("abcde")


def test_close_finishes_queued_jobs_then_refuses_new_ones():
    writer = SerialWriter()
    gate = threading.Event()
    ran: list[int] = []
    writer.submit(gate.wait)  # holds the queue until the rest are in it
    for number in range(5):
        writer.submit(lambda number=number: ran.append(number))
    gate.set()
    writer.close()
    assert ran == [0, 1, 2, 3, 4]
    with pytest.raises(RuntimeError, match="closed"):
        writer.submit(lambda: None)


def test_close_stops_the_writer_thread():
    writer = SerialWriter()
    threads: list[threading.Thread] = []
    writer.submit(lambda: threads.append(threading.current_thread()))
    writer.close()
    assert not threads[0].is_alive()


def test_close_without_any_job_refuses_later_submits():
    writer = SerialWriter()
    writer.close()
    with pytest.raises(RuntimeError):
        writer.submit(lambda: None)


def test_no_thread_is_started_until_the_first_submit():
    before = threading.active_count()
    writer = SerialWriter()
    assert threading.active_count() == before
    gate = threading.Event()
    writer.submit(gate.wait)
    assert threading.active_count() == before + 1
    gate.set()
    writer.close()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_failing_done_callback_does_not_stop_later_jobs():
    writer = SerialWriter()
    later = threading.Event()

    def broken_done(result: object, error: BaseException | None) -> None:
        raise KeyError("callback bug")

    writer.submit(lambda: None, broken_done)
    writer.submit(later.set)
    try:
        assert later.wait(timeout=1.0), "the job after a failing callback never ran"
    finally:
        writer.close()
