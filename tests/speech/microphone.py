"""A real microphone for CI, which has none: a PulseAudio null sink whose monitor is the
default input. Whatever is played into the sink (`paplay`), PortAudio records, through the
same ALSA and PortAudio path a user's microphone takes."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SINK = "coach_test_microphone"
NEEDED = ("pulseaudio", "pactl", "paplay")


def missing() -> str:
    """What the virtual microphone lacks here, or ""."""
    absent = [program for program in NEEDED if shutil.which(program) is None]
    return (
        f"{', '.join(absent)} not installed (apt install pulseaudio pulseaudio-utils)"
        if absent
        else ""
    )


@contextmanager
def virtual_microphone(folder: Path) -> Iterator[dict[str, str]]:
    """Run a private PulseAudio server; yield the environment that makes it the default."""
    runtime = folder / "pulse-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(folder)}
    env["PULSE_SERVER"] = f"unix:{runtime / 'pulse' / 'native'}"
    server = subprocess.Popen(
        [
            "pulseaudio",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-native-protocol-unix",
            f"--load=module-null-sink sink_name={SINK}",
            "--log-target=stderr",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
            assert server.poll() is None, "pulseaudio exited"
            assert time.monotonic() < deadline, "pulseaudio never answered"
            time.sleep(0.05)
        subprocess.run(["pactl", "set-default-source", f"{SINK}.monitor"], env=env, check=True)
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)


def play(wav: Path, env: dict[str, str]) -> None:
    """Say `wav` into the microphone; returns when it has been played."""
    subprocess.run(["paplay", f"--device={SINK}", str(wav)], env=env, check=True, timeout=120)
