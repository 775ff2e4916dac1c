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

from coach.audio import delete_session_audio, session_audio_path
from coach.errors import VoiceUnavailable
from coach.practice import heard
from coach.services import Services
from coach.sessions import Session
from coach.store import Store
from screens.saving import after_saves, write

Heard = Callable[[Session], object]
Failed = Callable[[str], None]
Progress = Callable[[float], None]
HEARD_FIELDS = ("transcript", "feedback", "audio")


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
    database = services.store.path
    audio = session_audio_path(database, session.id)
    keep_audio = services.store.setting("keep_audio", True) is not False

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
        heard_fields = {name: getattr(updated, name) for name in HEARD_FIELDS}

        def keep(store: Store) -> None:
            # Merged into what is saved now: a rating given meanwhile stays.
            current = store.get("sessions", session.id) or updated.to_record()
            store.put("sessions", {**current, **heard_fields})
            if not keep_audio:
                delete_session_audio(database, session.id)

        write(app, services, keep, lambda _: then(updated) if then is not None else None)

    def start() -> None:
        app.run_worker(work, thread=True, group="listening")

    after_saves(app, services, start)
