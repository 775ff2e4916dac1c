"""Start-up and the typed journey never pay for speech: the heavy modules load only when
an answer is recorded or transcribed."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("faster_whisper", "ctranslate2", "sounddevice", "numpy", "av", "onnxruntime")


def test_the_app_and_its_practice_screens_import_no_speech_library():
    probe = (
        "import sys\n"
        "import coach.cli, coach.app, coach.listening, coach.practice\n"
        "import screens.answer, screens.feedback, screens.flow, screens.listen\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""
