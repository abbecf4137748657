"""Deadlines: everything promised to a customer or required by good practice.

Kinds: the agreed next reply time (`reply`), the acknowledgement target
(`acknowledge`), the report deadline of a major case (`report`), the
resolution target (`resolution`) and satisfaction callbacks (`callback`).
Each has an owner and a state: pending, done, missed, cancelled.

An agreed reply time is a wall-clock time in the case's timezone: it is
stored as that instant and never moved by anything but an explicit,
reasoned reschedule. These functions run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from casebook.core.time.calendar import add_hours, next_local
from casebook.core.time.times import iso
from casebook.db import tracking
from casebook.db.models import Case, Deadline, Staff

KINDS = ("reply", "acknowledge", "report", "resolution", "callback")
DEFAULT_TARGETS = {  # hours; settings override them
    "acknowledge": 24,  # wall-clock hours after receipt
    "report": 1,  # wall-clock: a major case is reported at once, day or night
    "resolution": {"general": 40, "major": 16},  # business hours
    "callback": 48,  # wall-clock hours after the reply
}


@dataclass(frozen=True)
class Due:
    """One deadline as `casebook due` and the due panel show it."""

    id: int
    ref: str
    kind: str
    due_at: str
    owner: str
    state: str
    customer: str

    def as_json(self) -> dict:
        return self.__dict__.copy()


def quick_times(now: dt.datetime, tz: str) -> dict[str, dt.datetime]:
    """The desk's quick choices for an agreed reply time, as UTC instants.

    "In an hour" is elapsed time; "15:00" (today, or tomorrow once it is past) and
    "tomorrow 09:00" are wall-clock times on the calendar day in the casebook's
    timezone, whatever daylight saving does overnight (the calendar's rule).
    """
    afternoon = next_local(now, tz, 15, days=0)
    if afternoon <= now:
        afternoon = next_local(now, tz, 15, days=1)
    return {
        "hour": add_hours(now, 1).astimezone(dt.timezone.utc),
        "afternoon": afternoon.astimezone(dt.timezone.utc),
        "tomorrow": next_local(now, tz, 9).astimezone(dt.timezone.utc),
    }


def add(case: Case, kind: str, due_at: dt.datetime, owner_id: int | None, now: dt.datetime,
        note: str = "") -> Deadline:
    return Deadline.create(case=case, kind=kind, due_at=due_at, tz=case.tz, owner=owner_id,
                           state="pending", created_at=now, note=note)


def pending(case: Case, kind: str):
    return case.deadlines.where((Deadline.kind == kind)
                                & (Deadline.state << ("pending", "missed")))


def close(case: Case, kind: str, state: str, now: dt.datetime) -> int:
    """Mark the open deadlines of a kind done or cancelled; returns how many."""
    tracking.case(case.id)  # the case's resulting state goes into the audit log
    return (Deadline.update(state=state, done_at=now)
            .where((Deadline.case == case) & (Deadline.kind == kind)
                   & (Deadline.state << ("pending", "missed"))).execute())


def reassign(case: Case, owner_id: int | None) -> None:
    """A handover moves every open deadline to the new owner."""
    tracking.case(case.id)
    (Deadline.update(owner=owner_id)
     .where((Deadline.case == case) & (Deadline.state << ("pending", "missed"))).execute())


def due_query(at: dt.datetime, *, owner: str | None = None):
    """Open deadlines due at `at`, snoozed ones once their snooze ends, oldest first:
    one range scan on (state, due_at), or on (owner, state, due_at) for one person."""
    query = (Deadline.select(Deadline.id, Case.ref, Deadline.kind, Deadline.due_at, Deadline.tz,
                             Staff.name, Deadline.state, Deadline.snoozed_until)
             .join(Case).switch(Deadline).join(Staff, JOIN.LEFT_OUTER)
             .where((Deadline.state << ("pending", "missed")) & (Deadline.due_at <= at)
                    & Deadline.paused_at.is_null()
                    & (Deadline.snoozed_until.is_null() | (Deadline.snoozed_until <= at)))
             .order_by(Deadline.due_at))
    if owner:
        query = query.where(Staff.name == owner)
    return query


def due(at: dt.datetime, *, owner: str | None = None, limit: int | None = None) -> list[Due]:
    """What is due, as the due panel and `casebook due` show it (plain tuples: building
    model objects would cost more than the query)."""
    query = due_query(at, owner=owner)
    if limit:
        query = query.limit(limit)
    return [Due(id=i, ref=ref, kind=kind, due_at=iso(due_at, tz), owner=name or "", state=state,
                customer="")
            for i, ref, kind, due_at, tz, name, state, _snooze in query.tuples()]
