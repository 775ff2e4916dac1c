"""The front door to what the user has saved: one small repository per kind of record.

Screens ask these for domain objects (`Session`, `Meeting`, `Reflection`, …) and hand them
domain objects back; table names, the fields each view reads and the files that go with a
record (an answer's recording) stay in here. Reads may run on any thread (the store locks
them); the writing methods belong on the writer thread, like the store's own.

`Data.take_changes()` says which kinds of record the writes since the last call touched,
so the UI can tell the screens that show them (see screens/saving.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.sessions import DRAFT_ID, Draft, Session
from coach.store import Store

if TYPE_CHECKING:  # loaded on use, so that opening home reads as little as it can
    from coach.decks import Deck, Question
    from coach.meetings import Meeting
    from coach.people import Person
    from coach.reflections import Reflection
    from coach.stories import Story

Record = dict[str, Any]


class Kind(StrEnum):
    """The kinds of record a save can change (the value is the table that holds them)."""

    SESSIONS = "sessions"
    DRAFTS = "drafts"
    MEETINGS = "meetings"
    REFLECTIONS = "reflections"
    QUESTIONS = "questions"
    SETTINGS = "settings"
    PEOPLE = "people"
    STORIES = "stories"


class Repository:
    """What every repository shares: the store, and a note of what it changed."""

    def __init__(self, store: Store, changes: set[Kind]) -> None:
        self._store = store
        self._changes = changes

    def _changed(self, kind: Kind) -> None:
        self._changes.add(kind)


class Sessions(Repository):
    """Practice answers, each saved as it ends and updated as it is heard and rated."""

    HEARD_FIELDS = ("transcript", "feedback", "audio")

    def count(self) -> int:
        return self._store.count(Kind.SESSIONS.value)

    def get(self, session_id: str) -> Session | None:
        record = self._store.get(Kind.SESSIONS.value, session_id)
        return Session.from_record(record) if record else None

    def for_schedule(self) -> list[Record]:
        """What spacing the questions out needs (question, deck, rating, when)."""
        from coach.schedule import SESSION_FIELDS

        return self._store.select(Kind.SESSIONS.value, SESSION_FIELDS)

    def for_home(self) -> list[Record]:
        """What home's figures read: spacing, streak and the rating trend, in one pass."""
        from coach.schedule import SESSION_FIELDS

        fields = tuple(dict.fromkeys((*SESSION_FIELDS, "started")))
        return self._store.select(Kind.SESSIONS.value, fields)

    def for_history(self) -> list[Record]:
        from coach.history import ROW_FIELDS

        return self._store.select(Kind.SESSIONS.value, ROW_FIELDS)

    def keep_answer(self, session: Session, *, recorded: bool) -> None:
        """An answer just ended: save it, move its recording beside it, forget the draft."""
        from coach.audio import keep_draft_audio

        if recorded:
            keep_draft_audio(self._store.path, session.id)
        self._store.put(Kind.SESSIONS.value, session.to_record())
        self._store.delete(Kind.DRAFTS.value, DRAFT_ID)
        self._changed(Kind.SESSIONS)
        self._changed(Kind.DRAFTS)

    def save(self, sessions: Iterable[Session]) -> None:
        for session in sessions:
            self._store.put(Kind.SESSIONS.value, session.to_record())
        self._changed(Kind.SESSIONS)

    def rate(self, session: Session) -> None:
        """Save `session`'s rating and note onto the attempt as it is saved now, so that a
        transcript heard meanwhile (on its own worker) stays. If the attempt never reached
        the disk (it was full when the answer ended), it is saved whole now, and the draft
        it came from is no longer needed."""
        current = self._store.get(Kind.SESSIONS.value, session.id)
        base = current or session.to_record()
        self._store.put(
            Kind.SESSIONS.value, {**base, "rating": session.rating, "note": session.note}
        )
        self._changed(Kind.SESSIONS)
        if current is None:
            self._store.delete(Kind.DRAFTS.value, DRAFT_ID)
            self._changed(Kind.DRAFTS)

    def add_heard(self, updated: Session, *, keep_audio: bool) -> None:
        """Merge a transcript and its feedback into the saved attempt: a rating given
        meanwhile stays. Without `keep_audio` the recording goes once it is heard."""
        from coach.audio import delete_session_audio

        heard = {name: getattr(updated, name) for name in self.HEARD_FIELDS}
        current = self._store.get(Kind.SESSIONS.value, updated.id) or updated.to_record()
        self._store.put(Kind.SESSIONS.value, {**current, **heard})
        self._changed(Kind.SESSIONS)
        if not keep_audio:
            delete_session_audio(self._store.path, updated.id)

    def delete(self, session_id: str) -> None:
        """The attempt and its recording."""
        from coach.audio import delete_session_audio

        self._store.delete(Kind.SESSIONS.value, session_id)
        delete_session_audio(self._store.path, session_id)
        self._changed(Kind.SESSIONS)


class Drafts(Repository):
    """The one unfinished answer, kept as it is typed so a crash loses nothing."""

    def waiting(self) -> bool:
        """Whether there is one (cheap: read at start-up)."""
        return self._store.count(Kind.DRAFTS.value) > 0

    def get(self) -> Draft | None:
        record = self._store.get(Kind.DRAFTS.value, DRAFT_ID)
        return Draft.from_record(record) if record else None

    def keep(self, draft: Draft) -> None:
        self._store.put(Kind.DRAFTS.value, draft.to_record())
        self._changed(Kind.DRAFTS)

    def discard(self) -> None:
        """The draft and any recording it had."""
        from coach.audio import discard_draft_audio

        self._store.delete(Kind.DRAFTS.value, DRAFT_ID)
        discard_draft_audio(self._store.path)
        self._changed(Kind.DRAFTS)


class Meetings(Repository):
    """Meetings with their checklists and thank-yous, and the one quick checklist."""

    def listed(self) -> list[Meeting]:
        """Every meeting (the quick checklist is not one)."""
        from coach.meetings import QUICK_ID, Meeting

        records = self._store.all(Kind.MEETINGS.value)
        return [Meeting.from_record(r) for r in records if r.get("id") != QUICK_ID]

    def get(self, meeting_id: str) -> Meeting | None:
        from coach.meetings import Meeting

        record = self._store.get(Kind.MEETINGS.value, meeting_id)
        return Meeting.from_record(record) if record else None

    def save(self, meeting: Meeting) -> None:
        self._store.put(Kind.MEETINGS.value, meeting.to_record())
        self._changed(Kind.MEETINGS)

    def delete(self, meeting_id: str) -> None:
        self._store.delete(Kind.MEETINGS.value, meeting_id)
        self._changed(Kind.MEETINGS)


class People(Repository):
    """The people the user learns from, and the messages sent to them."""

    def all(self) -> list[Person]:
        from coach.people import Person

        return [Person.from_record(r) for r in self._store.all(Kind.PEOPLE.value)]

    def get(self, person_id: str) -> Person | None:
        from coach.people import Person

        record = self._store.get(Kind.PEOPLE.value, person_id) if person_id else None
        return Person.from_record(record) if record else None

    def save(self, person: Person) -> None:
        self._store.put(Kind.PEOPLE.value, person.to_record())
        self._changed(Kind.PEOPLE)

    def save_with_meeting(self, person: Person, meeting: Meeting) -> None:
        """A meeting and the person it was just linked to (made from its form)."""
        self.save(person)
        self._store.put(Kind.MEETINGS.value, meeting.to_record())
        self._changed(Kind.MEETINGS)

    def delete(self, person_id: str) -> None:
        """The person; their meetings and the people they introduced stay, unlinked."""
        self._store.delete(Kind.PEOPLE.value, person_id)
        self._changed(Kind.PEOPLE)


class Stories(Repository):
    """The user's STAR stories (the story bank)."""

    def all(self) -> list[Story]:
        from coach.stories import Story

        return [Story.from_record(r) for r in self._store.all(Kind.STORIES.value)]

    def save(self, story: Story) -> None:
        self._store.put(Kind.STORIES.value, story.to_record())
        self._changed(Kind.STORIES)

    def delete(self, story_id: str) -> None:
        self._store.delete(Kind.STORIES.value, story_id)
        self._changed(Kind.STORIES)


class Reflections(Repository):
    """What the user wrote about their interests, a meeting or an answer."""

    def all(self) -> list[Reflection]:
        from coach.reflections import Reflection

        return [Reflection.from_record(r) for r in self._store.all(Kind.REFLECTIONS.value)]

    def save(self, entry: Reflection) -> None:
        """Keep an entry with writing in it; one emptied of its writing goes."""
        if entry.has_writing():
            self._store.put(Kind.REFLECTIONS.value, entry.to_record())
        else:
            self._store.delete(Kind.REFLECTIONS.value, entry.id)
        self._changed(Kind.REFLECTIONS)

    def delete(self, entry_id: str) -> None:
        self._store.delete(Kind.REFLECTIONS.value, entry_id)
        self._changed(Kind.REFLECTIONS)


class MyQuestions(Repository):
    """The questions the user wrote or imported: the deck called "My questions"."""

    def deck(self) -> Deck:
        from coach.decks import my_deck

        return my_deck(self._store.all(Kind.QUESTIONS.value))

    def save(self, question: Question) -> None:
        from coach.decks import question_record

        self._store.put(Kind.QUESTIONS.value, question_record(question))
        self._changed(Kind.QUESTIONS)

    def add(self, questions: Iterable[Question]) -> int:
        """Add new questions in one save; how many were added."""
        from coach.decks import question_record

        records = [question_record(q) for q in questions]
        self._store.import_tables({Kind.QUESTIONS.value: records})
        self._changed(Kind.QUESTIONS)
        return len(records)

    def delete(self, question_id: str) -> None:
        self._store.delete(Kind.QUESTIONS.value, question_id)
        self._changed(Kind.QUESTIONS)


class Settings(Repository):
    """The few choices coach remembers, each with its meaning and default."""

    SENDER = "your_name"  # the name a drafted thank-you note is signed with
    ASKED_SENDER = "asked_your_name"  # asked once ever, even if left blank
    LAST_FOLDER = "export_folder"  # where the last export went
    KEEP_AUDIO = "keep_audio"
    THEME = "theme"
    GOAL = "outreach_goal"  # what the user is exploring, said in every request
    KEEP_IN_TOUCH = "keep_in_touch_days"

    def _text(self, key: str) -> str:
        value = self._store.setting(key, "")
        return value if isinstance(value, str) else ""

    def sender(self) -> str:
        return self._text(self.SENDER)

    def asked_sender(self) -> bool:
        return self._store.setting(self.ASKED_SENDER, False) is True

    def answer_sender(self, name: str) -> None:
        """The user answered the question once asked: remember that, and the name if any."""
        self._store.set_setting(self.ASKED_SENDER, True)
        if name:
            self._store.set_setting(self.SENDER, name)
        self._changed(Kind.SETTINGS)

    def export_folder(self) -> str:
        return self._text(self.LAST_FOLDER)

    def set_export_folder(self, folder: Path) -> None:
        self._store.set_setting(self.LAST_FOLDER, str(folder))
        self._changed(Kind.SETTINGS)

    def keep_audio(self) -> bool:
        return self._store.setting(self.KEEP_AUDIO, True) is not False

    def set_keep_audio(self, keep: bool) -> None:
        self._store.set_setting(self.KEEP_AUDIO, keep)
        self._changed(Kind.SETTINGS)

    def outreach_goal(self) -> str:
        return self._text(self.GOAL)

    def set_outreach_goal(self, goal: str) -> None:
        self._store.set_setting(self.GOAL, goal)
        self._changed(Kind.SETTINGS)

    def keep_in_touch_days(self) -> int:
        """Days from a thank-you to the keep-in-touch nudge (a month unless changed)."""
        from coach.people import KEEP_IN_TOUCH_DAYS, LONGEST_KEEP, SHORTEST_KEEP

        value = self._store.setting(self.KEEP_IN_TOUCH, KEEP_IN_TOUCH_DAYS)
        if isinstance(value, bool) or not isinstance(value, int):
            return KEEP_IN_TOUCH_DAYS
        return min(max(value, SHORTEST_KEEP), LONGEST_KEEP)

    def set_keep_in_touch_days(self, days: int) -> None:
        self._store.set_setting(self.KEEP_IN_TOUCH, days)
        self._changed(Kind.SETTINGS)

    def theme(self) -> str:
        return self._text(self.THEME)

    def set_theme(self, name: str) -> None:
        self._store.set_setting(self.THEME, name)
        self._changed(Kind.SETTINGS)


class Data:
    """Every repository over one store. Built once per app and handed to the screens."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._changes: set[Kind] = set()
        self.sessions = Sessions(store, self._changes)
        self.drafts = Drafts(store, self._changes)
        self.meetings = Meetings(store, self._changes)
        self.reflections = Reflections(store, self._changes)
        self.people = People(store, self._changes)
        self.stories = Stories(store, self._changes)
        self.questions = MyQuestions(store, self._changes)
        self.settings = Settings(store, self._changes)

    @property
    def path(self) -> Path:
        """The database file (shown on home; recordings sit beside it)."""
        return self._store.path

    @property
    def revision(self) -> int:
        """How many saves this process has made (to say which saves a view has seen)."""
        return self._store.revision

    def export(self, form: str, tz: Any, names: Mapping[str, str]) -> bytes:
        """Everything saved, as the bytes of an export file in `form`."""
        from coach.export import render_export

        return render_export(self._store, form, tz, names)

    def take_changes(self) -> frozenset[Kind]:
        """The kinds changed since the last call (called on the writer thread after a job)."""
        changed = frozenset(self._changes)
        self._changes.clear()
        return changed
