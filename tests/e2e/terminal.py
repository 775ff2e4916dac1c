"""Drive the real `coach` command in a pseudo-terminal and read its screen like a person.

pexpect runs the process on a pty; pyte emulates the terminal so tests can wait for text
to appear on the screen, instead of sleeping, and read what a user would see.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pexpect
import pyte

COACH = Path(sys.executable).with_name("coach")


def saved_on_disk(db: Path, holds: Callable[[dict[str, Any]], bool], timeout: float = 15) -> None:
    """Wait until the database file (as a reader sees it) passes `holds`: how a test knows
    an autosave ran, where nothing on the screen says so."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists() and holds(orjson.loads(db.read_bytes())):
            return
        time.sleep(0.05)  # polling the file: the condition itself, checked often
    raise AssertionError(f"{db} never held what was waited for")


def texts_in(data: dict[str, Any], table: str, field: str) -> list[Any]:
    return [record.get(field) for record in data.get(table, {}).values()]


class Terminal:
    """A running `coach` with a screen we can read."""

    def __init__(
        self, *args: str, width: int = 100, height: int = 30, env: dict[str, str] | None = None
    ) -> None:
        self.screen = pyte.Screen(width, height)
        self.stream = pyte.ByteStream(self.screen)
        env = {
            **(env if env is not None else os.environ),
            "TERM": "xterm-256color",
            "COLUMNS": str(width),
            "LINES": str(height),
        }
        self.process = pexpect.spawn(
            str(COACH), list(args), dimensions=(height, width), env=env, timeout=15
        )

    def pump(self, seconds: float = 0.05) -> None:
        """Feed whatever the app has written into the emulated screen."""
        try:
            while True:
                chunk = self.process.read_nonblocking(65536, timeout=seconds)
                self.stream.feed(chunk)
        except (pexpect.TIMEOUT, pexpect.EOF):
            return

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def flat_text(self) -> str:
        """The screen as one string, so a message wrapped across lines reads whole."""
        return "".join(self.screen.display).strip()

    def wait_for(self, *needles: str, timeout: float = 20) -> str:
        """Wait until every needle is on screen at once; fail with the screen shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.pump()
            shown = self.text()
            if all(needle in shown for needle in needles):
                return shown
            if not self.process.isalive():
                break
        raise AssertionError(f"never saw {needles!r}; the screen was:\n{self.text()}")

    def press(self, keys: str) -> None:
        self.process.send(keys)

    def start_typed_answer(self, text: str) -> None:
        """From home: practise the next question, typing `text`, until it is on screen."""
        self.wait_for("Practise")
        self.press("p")
        self.wait_for("Start")
        self.press("\r")
        self.wait_for("Finish")
        self.press(text)
        self.wait_for(text)

    def start_reflection(self) -> None:
        """From home: open Reflect and begin the first prompt set at its first prompt."""
        self.wait_for("Reflect", "Quit")
        self.press("r")
        self.wait_for("Nothing written yet")
        self.press("n")
        self.wait_for("Professional interests")
        self.press("\r")
        self.wait_for("prompt 1 of 6")

    def where(self, label: str) -> tuple[int, int]:
        """The column and row where `label` starts on the screen."""
        for row, line in enumerate(self.screen.display):
            column = line.find(label)
            if column >= 0:
                return column, row
        raise AssertionError(f"{label!r} is not on the screen:\n{self.text()}")

    def click(self, label: str) -> None:
        """Click `label` with the mouse (an SGR report, as terminals send to Textual): a
        control is reached by where it is drawn, not by how many tabs away it is."""
        column, row = self.where(label)
        at = f"{column + 1};{row + 1}"
        self.press(f"\x1b[<0;{at}M\x1b[<0;{at}m")

    def lit(self, label: str) -> bool:
        """Whether the radio button or checkbox drawn before `label` is on (its ● is lit)."""
        column, row = self.where(label)
        mark = self.screen.display[row].rfind("●", 0, column)
        return mark >= 0 and self.screen.buffer[row][mark].fg not in ("000000", "default")

    def choose(self, label: str, timeout: float = 20) -> None:
        """Click a radio button or checkbox and wait until it shows as on."""
        self.wait_for(label)
        self.click(label)
        deadline = time.monotonic() + timeout
        while not self.lit(label):
            if time.monotonic() > deadline:
                raise AssertionError(f"{label!r} never came on; the screen was:\n{self.text()}")
            self.pump()

    def ended(self, timeout: float) -> bool:
        """Whether the process ends within `timeout` seconds (it is left open either way)."""
        deadline = time.monotonic() + timeout
        while self.process.isalive() and time.monotonic() < deadline:
            self.pump()
        return not self.process.isalive()

    def exit_status(self, timeout: float = 15) -> int | None:
        """Wait for the process to end by itself and return its exit status.

        Fails, with the screen shown, when it is still running: closing the pty would end
        it with a hang-up, which coach also answers with exit status 0, and a test would
        pass on a quit that never happened.
        """
        if not self.ended(timeout):
            raise AssertionError(f"coach is still running; the screen was:\n{self.text()}")
        self.process.close()
        return self.process.exitstatus

    def hang_up(self, timeout: float = 15) -> int | None:
        """Close the terminal under the running app, as closing its window does: the
        kernel sends it SIGHUP, and whatever it writes afterwards goes nowhere. Returns
        its exit status once it has ended; fails if it does not end."""
        pty = self.process.ptyproc
        pty.fileobj.close()
        pty.fd, pty.closed = -1, True
        deadline = time.monotonic() + timeout
        while self.process.isalive():
            if time.monotonic() > deadline:
                raise AssertionError("coach kept running after its terminal closed")
            time.sleep(0.05)  # polling the exit: nothing on the screen to wait on now
        return self.process.exitstatus

    def kill(self) -> None:
        if self.process.isalive():
            self.process.kill(9)
        self.process.close(force=True)


CTRL_Q = "\x11"
CTRL_S = "\x13"
F1 = "\x1bOP"
ESCAPE = "\x1b"
