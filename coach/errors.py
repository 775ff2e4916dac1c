"""Errors that carry a sentence for a person, not a traceback.

Every failure a user can cause or meet (a bad file, a locked database, a full disk) is
raised as a `CoachError` whose text is one line naming the file or value at fault and
what to do about it. The command line prints that line and exits 1; the app shows it.
"""


class CoachError(Exception):
    """A failure explained in one line, ready to show to the user."""


class DataFileError(CoachError):
    """A file is not valid coach data; it is left exactly as it was."""


class StoreLockedError(CoachError):
    """Another coach holds the database; this one must not write to it."""


class StoreWriteError(CoachError):
    """A save did not reach the disk; the file still holds the last good save."""


class StoreChangedError(StoreWriteError):
    """Something other than this coach replaced the file; overwriting it would lose that."""


class ReadOnlyStoreError(CoachError):
    """A write was asked of a store opened only for reading."""


class VoiceUnavailable(CoachError):
    """Listening cannot happen here (no voice extra, no PortAudio, no microphone, no model).

    Spoken practice still times the answer; the message says in one line what to install
    or plug in.
    """
