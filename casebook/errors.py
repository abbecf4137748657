"""Environment errors and user errors versus bugs.

A `KnownError` is something the user can understand and act on: a locked or
read-only database, a file from a newer version, an unknown reference, a bad
date. It carries an untranslated message and its parameters, and is shown in
the user's language, one line, no traceback. Anything else is a bug and goes
to the crash log.
"""

from __future__ import annotations

from casebook.i18n.translate import _


class KnownError(Exception):
    """An error the user can act on; `str()` gives it in the current language."""

    def __init__(self, msgid: str, **params):
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params

    def __str__(self) -> str:
        return _(self.msgid, **self.params)


class NotFound(KnownError):
    """An unknown reference, staff member or list entry."""


class RuleViolation(KnownError):
    """A good-practice rule the app enforces (recusal, authority limit, …)."""


class InvalidInput(KnownError):
    """A value the user typed that cannot be taken as it is (a bad date, …)."""


class StorageError(KnownError):
    """The database cannot be used: locked, read-only, full, corrupt, too new."""


class Conflict(RuleViolation):
    """Someone else changed the same thing first (another desk, a script): refused, so
    nothing they saved is written over; the user's own edits stay where they were."""
