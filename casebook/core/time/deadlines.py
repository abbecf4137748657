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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from peewee import JOIN, SQL

from casebook.core.time.calendar import add_hours, next_local
from casebook.core.time.times import iso
from casebook.db import tracking
from casebook.db.models import Case, Deadline, Staff, database

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
    """Open deadlines due at `at`, snoozed ones once their snooze ends, oldest first (the
    peewee form of `DueRows`' statement, for callers that compose their own query)."""
    query = (Deadline.select(Deadline.id, Case.ref, Deadline.kind, Deadline.due_at, Deadline.tz,
                             Staff.name, Deadline.state, Deadline.snoozed_until)
             .join(Case).switch(Deadline).join(Staff, JOIN.LEFT_OUTER)
             .where(open_states() & (Deadline.due_at <= at)
                    & Deadline.paused_at.is_null()
                    & (Deadline.snoozed_until.is_null() | (Deadline.snoozed_until <= at)))
             .order_by(Deadline.due_at, Deadline.id))
    if owner:
        query = query.where(Staff.name == owner)
    return query


def open_states():
    """A deadline is open (pending or missed), with the states as literals, never
    parameters: only then may SQLite (and a server's generic plan) use the partial
    indexes over open deadlines (schema 8), which hold the few open ones among a million
    done ones."""
    return Deadline.state.in_([SQL("'pending'"), SQL("'missed'")])


# the same, in the due list's own statements
OPEN_STATES = "\"deadline\".\"state\" IN ('pending', 'missed')"
_DUE_WHERE = (f"WHERE {OPEN_STATES} AND \"deadline\".\"due_at\" <= {{p}} "
              "AND \"deadline\".\"paused_at\" IS NULL AND (\"deadline\".\"snoozed_until\" IS NULL "
              "OR \"deadline\".\"snoozed_until\" <= {p})")


class DueRows(Sequence):
    """The deadlines due at a moment, as a sequence read a page at a time.

    `len()` counts them in the index alone; a slice or an index reads only the rows up to
    it, and each becomes a `Due` only when it is looked at: the due panel shows the
    first few hundred of a list that may hold thousands. Iterating reads the rest.
    Lists added with `+` (a manager's escalated statutory terms) follow the rows.
    """

    PAGE = 200

    def __init__(self, at: dt.datetime, *, owner: str | None = None,
                 limit: int | None = None, extra: Sequence[Due] = ()):
        self.at, self.owner, self.limit = at, owner, limit
        self.extra = list(extra)
        self._rows: list[tuple] = []
        self._complete = False
        self._count: int | None = None
        self._owner_id = None
        if owner:
            found = Staff.select(Staff.id).where(Staff.name == owner).tuples().first()
            self._owner_id = found[0] if found else None
            if found is None:  # nobody by that name has anything due
                self._count, self._complete = 0, True

    def clause(self) -> tuple[str, str, list]:
        """(the deadline table as the statement names it, the WHERE clause, parameters)."""
        at = Deadline.due_at.db_value(self.at)
        where, params = _DUE_WHERE, [at, at]
        index = "deadline_open_due_at"
        if self._owner_id is not None:
            where += ' AND "deadline"."owner_id" = {p}'
            params.append(self._owner_id)
            index = "deadline_open_owner_id_due_at"
        # SQLite's planner, with statistics of a casebook smaller than it grew since, may
        # take a wider index on state that does not hold the snooze: named, on SQLite
        table = f'"deadline" INDEXED BY "{index}"' if database.param == "?" else '"deadline"'
        return table, where.replace("{p}", database.param), params

    def total(self) -> int:
        """How many deadlines are due (the index alone is read)."""
        if self._count is None:
            table, where, params = self.clause()
            found = database.execute_sql(
                f"SELECT count(*) FROM {table} {where}", params).fetchone()[0]
            self._count = found if self.limit is None else min(found, self.limit)
        return self._count

    def _read(self, upto: int | None) -> None:
        """Read the rows up to `upto` (all when None), from where the last read ended."""
        if self._complete or (upto is not None and upto <= len(self._rows)):
            return
        if self.limit is not None:
            upto = self.limit if upto is None else min(upto, self.limit)
        table, where, params = self.clause()
        p = database.param
        sql = (f'SELECT "deadline"."id", "case"."ref", "deadline"."kind", "deadline"."due_at", '
               f'"deadline"."tz", "staff"."name", "deadline"."state" FROM {table} '
               'JOIN "case" ON "case"."id" = "deadline"."case_id" '
               'LEFT JOIN "staff" ON "staff"."id" = "deadline"."owner_id" '
               f'{where} ORDER BY "deadline"."due_at", "deadline"."id"')
        if upto is not None:
            sql += f" LIMIT {p} OFFSET {p}"
            params += [upto - len(self._rows), len(self._rows)]
        elif self._rows:
            sql += f" LIMIT -1 OFFSET {p}" if database.param == "?" else f" OFFSET {p}"
            params.append(len(self._rows))
        rows = database.execute_sql(sql, params).fetchall()
        if upto is None or len(self._rows) + len(rows) < upto or upto == self.limit:
            self._complete = True
        self._rows += rows
        if self._complete:
            self._count = len(self._rows)

    @staticmethod
    def _due(row: tuple) -> Due:
        i, ref, kind, due_at, tz, name, state = row
        return Due(id=i, ref=ref, kind=kind, due_at=iso(Deadline.due_at.python_value(due_at), tz),
                   owner=name or "", state=state, customer="")

    def __len__(self) -> int:
        return self.total() + len(self.extra)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1 and start >= stop:
                return []
            self._read(max(start, stop) if step > 0 else start + 1)
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += len(self)
        if index < 0:
            raise IndexError(index)
        if not self._complete and index >= len(self._rows):
            # a page ahead, read only when the index is past what was read: asking for
            # every row read so far again (the slice above) read a page each time
            self._read(max(index + 1, len(self._rows) + self.PAGE))
        if index < len(self._rows):
            return self._due(self._rows[index])
        if 0 <= index - len(self._rows) < len(self.extra):
            return self.extra[index - len(self._rows)]
        raise IndexError(index)

    def __iter__(self) -> Iterator[Due]:
        self._read(None)
        for row in self._rows:
            yield self._due(row)
        yield from self.extra

    def __add__(self, other) -> DueRows:
        joined = DueRows.__new__(DueRows)
        joined.__dict__.update(self.__dict__, extra=self.extra + list(other))
        return joined

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<DueRows at {self.at.isoformat()}: {len(self)}>"


def due(at: dt.datetime, *, owner: str | None = None, limit: int | None = None) -> DueRows:
    """What is due, as the due panel and `casebook due` show it: a sequence read as far
    as it is looked at (plain tuples until then: model objects would cost more than the
    query)."""
    return DueRows(at, owner=owner, limit=limit)
