"""Transcribing a recorded answer on a worker thread, so the screen and clock stay live.

The session is saved (timing only) the moment the answer ends; this reads its recording
once that save is on disk, transcribes it, saves the session again with the transcript
and its feedback, and hands the new session to whoever is waiting (the feedback screen),
if anyone still is. A failure is one line, and the recording stays for a later try.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from textual.app import App

from coach.audio import session_audio_path
from coach.errors import VoiceUnavailable
from coach.practice import heard
from coach.services import Services
from coach.sessions import Session
from screens.saving import after_saves, write

Heard = Callable[[Session], object]
Failed = Callable[[str], None]
Progress = Callable[[float], None]


def transcribe_session(
    app: App[Any],
    services: Services,
    session: Session,
    *,
    progress: Progress | None = None,
    then: Heard | None = None,
    failed: Failed | None = None,
) -> None:
    """Hear `session`'s recording in the background; `then` gets the updated session."""
    audio = session_audio_path(services.data.path, session.id)
    keep_audio = services.data.settings.keep_audio()

    def on_ui(callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is not None and app.is_running:
            with suppress(RuntimeError):  # the app closed meanwhile; what was saved stands
                app.call_from_thread(callback, *args)

    def work() -> None:
        try:
            transcript = services.listening.transcribe(audio, lambda done: on_ui(progress, done))
        except VoiceUnavailable as error:
            on_ui(failed, str(error))
            return
        updated = heard(session, transcript, keep_audio=keep_audio)
        write(
            app,
            services,
            lambda data: data.sessions.add_heard(updated, keep_audio=keep_audio),
            lambda _: then(updated) if then is not None else None,
        )

    def start() -> None:
        app.run_worker(work, thread=True, group="listening")

    after_saves(app, services, start)
