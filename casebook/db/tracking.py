"""What the open transaction changed: the cases, staff and settings whose resulting state
the audit log must record (see `replay.py`).

The models mark what they save here; `audit.seal`, at the end of each user action,
reads the marks and clears them. Marks are kept per database, so two casebooks open
in one process never mix theirs. Nothing here touches the database.
"""

from __future__ import annotations

import weakref


class Marks:
    __slots__ = ("case_ids", "case_refs", "staff", "settings", "head", "entry")

    def __init__(self):
        self.case_ids: set[int] = set()
        self.case_refs: set[str] = set()
        self.staff: set[str] = set()
        self.settings: set[str] = set()
        self.head: str | None = None  # the hash of the last entry this transaction wrote
        self.entry = None  # the last entry `audit.append` wrote, as it wrote it

    def __bool__(self) -> bool:
        return bool(self.case_ids or self.case_refs or self.staff or self.settings)


_marks: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def marks(db) -> Marks:
    found = _marks.get(db)
    if found is None:
        found = _marks[db] = Marks()
    return found


def take(db) -> Marks:
    """The marks of `db`, forgotten here (a seal, or a rollback)."""
    return _marks.pop(db, None) or Marks()


def _current():
    from casebook.db.models import database

    return database.obj


def case(case_id: int | None) -> None:
    db = _current()
    if db is not None and case_id is not None:
        marks(db).case_ids.add(case_id)


def case_ref(ref: str) -> None:
    db = _current()
    if db is not None and ref:
        marks(db).case_refs.add(ref)


def staff(name: str) -> None:
    db = _current()
    if db is not None and name:
        marks(db).staff.add(name)


def setting(key: str) -> None:
    db = _current()
    if db is not None:
        marks(db).settings.add(key)
