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

from casebook.core.times import iso, zone
from casebook.db.models import Case, Deadline, Staff

KINDS = ("reply", "acknowledge", "report", "resolution", "callback")
DEFAULT_TARGETS = {  # hours; settings override them
    "acknowledge": 24,
    "report": 1,
    "resolution": {"general": 7 * 24, "major": 48},
    "callback": 48,
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
    """The desk's quick choices for an agreed reply time, as local wall-clock times.

    "Tomorrow 09:00" is 09:00 on the next calendar day in the casebook's
    timezone, whatever daylight saving does overnight.
    """
    local = now.astimezone(zone(tz))
    afternoon = local.replace(hour=15, minute=0, second=0, microsecond=0)
    if afternoon <= local:
        afternoon += dt.timedelta(days=1)
    tomorrow = (local + dt.timedelta(days=1)).date()
    return {
        "hour": now + dt.timedelta(hours=1),
        "afternoon": wall(afternoon.date(), afternoon.time(), tz),
        "tomorrow": wall(tomorrow, dt.time(9, 0), tz),
    }


def wall(day: dt.date, at: dt.time, tz: str) -> dt.datetime:
    """A local wall-clock time in `tz` as an aware UTC instant (DST resolved by zoneinfo)."""
    return dt.datetime.combine(day, at, tzinfo=zone(tz)).astimezone(dt.timezone.utc)


def add(case: Case, kind: str, due_at: dt.datetime, owner_id: int | None, now: dt.datetime,
        note: str = "") -> Deadline:
    return Deadline.create(case=case, kind=kind, due_at=due_at, tz=case.tz, owner=owner_id,
                           state="pending", created_at=now, note=note)


def pending(case: Case, kind: str):
    return case.deadlines.where((Deadline.kind == kind)
                                & (Deadline.state << ("pending", "missed")))


def close(case: Case, kind: str, state: str, now: dt.datetime) -> int:
    """Mark the open deadlines of a kind done or cancelled; returns how many."""
    return (Deadline.update(state=state, done_at=now)
            .where((Deadline.case == case) & (Deadline.kind == kind)
                   & (Deadline.state << ("pending", "missed"))).execute())


def reassign(case: Case, owner_id: int | None) -> None:
    """A handover moves every open deadline to the new owner."""
    (Deadline.update(owner=owner_id)
     .where((Deadline.case == case) & (Deadline.state << ("pending", "missed"))).execute())


def due(at: dt.datetime, *, owner: str | None = None, limit: int | None = None) -> list[Due]:
    """Open deadlines due at `at` (snoozed ones once their snooze ends), oldest first."""
    query = (Deadline.select(Deadline.id, Deadline.kind, Deadline.due_at, Deadline.tz,
                             Deadline.state, Deadline.snoozed_until, Case.ref, Staff.name)
             .join(Case).switch(Deadline).join(Staff, JOIN.LEFT_OUTER)
             .where((Deadline.state << ("pending", "missed")) & (Deadline.due_at <= at))
             .order_by(Deadline.due_at))
    if owner:
        query = query.where(Staff.name == owner)
    out = []
    for row in query.limit(limit).objects() if limit else query.objects():
        if row.snoozed_until and row.snoozed_until > at:
            continue
        out.append(Due(id=row.id, ref=row.ref, kind=row.kind, due_at=iso(row.due_at, row.tz),
                       owner=row.name or "", state=row.state, customer=""))
    return out
