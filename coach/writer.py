"""Store writes run one at a time, in the order asked, off the screen's thread.

A save of a large database takes tens of milliseconds of disk work; done on the event
loop it would stall the timer. Done on a thread per save, two saves could land out of
order (an old draft written after the answer was saved and the draft removed). One
worker thread with a queue gives both: the screen never waits, and order is kept.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any

Done = Callable[[Any, BaseException | None], None]
Job = tuple[Callable[[], Any], Done | None]


class SerialWriter:
    """A single background thread that runs submitted jobs in order."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, job: Callable[[], Any], done: Done | None = None) -> None:
        """Queue `job`; `done(result, error)` is called on the writer thread afterwards."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the writer is closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="coach-writer", daemon=True)
                self._thread.start()
        self._jobs.put((job, done))

    def idle(self) -> bool:
        """Nothing queued or running (tests wait on it rather than on a fixed time)."""
        return self._jobs.unfinished_tasks == 0

    def flush(self) -> None:
        """Wait until every job submitted so far has finished."""
        if self._thread is not None:
            self._jobs.join()

    def close(self) -> None:
        """Finish what is queued, then stop the thread."""
        with self._lock:
            self._closed = True
            thread = self._thread
        if thread is not None:
            self._jobs.put(None)
            thread.join()

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            try:
                if item is None:
                    return
                job, done = item
                try:
                    result, error = job(), None
                except Exception as failure:  # reported to the caller through `done`
                    result, error = None, failure
                if done is not None:
                    with contextlib.suppress(Exception):  # a bad callback must not stop saving
                        done(result, error)
            finally:
                self._jobs.task_done()
