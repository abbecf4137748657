"""How long customers waited: per-case facts, working time and percentiles for the reports.

Two waits are measured for every case received in a period, each both in
elapsed hours (what the customer lived through, nights and weekends
included) and in business hours (what the desk could act on, measured with
the casebook's business calendar — the same clock the resolution target
runs on):

- **time to first contact**: from receipt to the first thing the customer
  heard from us — the earliest customer-facing (not internal) action or
  contact in the follow-through log, or the reply if that came first. It is
  the same moment that marks the acknowledgement deadline done (see
  `intake.plan_deadlines` and `Casebook.add_action`). Cases nobody has
  contacted yet are left out (and counted as such);
- **time to resolution**: from receipt to the recorded reply, for cases that
  are resolved (reply complete) or closed (signed). Time spent waiting on
  the customer is not taken off: the casebook keeps only the current pause.

Percentiles interpolate linearly between the closest ranks (as Excel's
PERCENTILE.INC and numpy do), so the median of an even count is the mean of
the middle two and anyone can check a figure in a spreadsheet.

Per-case facts come from one query with a correlated MIN per case; the
percentiles need the individual values, which SQL cannot rank portably.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from dataclasses import dataclass

from peewee import SQL, NodeList, fn
from peewee import Case as When

from casebook.core import collector
from casebook.core.reports.stats_law import LawTerms
from casebook.core.time.calendar import BusinessCalendar
from casebook.db.models import Action, Case, database

UTC = dt.timezone.utc


def percentile(values: list[float], share: float) -> float | None:
    """The `share` (0–1) percentile by linear interpolation between closest ranks."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * share
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Wait:
    """Median and 90th percentile of one kind of wait, in hours, over `count` cases."""

    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, hours: list[float]) -> Wait:
        ordered = sorted(hours)  # once: sorting it again for the 90th is a linear pass
        return cls(len(ordered), percentile(ordered, 0.5), percentile(ordered, 0.9))


@dataclass(frozen=True)
class Waits:
    """Both measures of one wait: elapsed hours and business hours."""

    elapsed: Wait
    business: Wait


class WorkingTime:
    """Business hours between instants, fast: a prefix sum over the calendar's windows.

    A monthly report measures thousands of waits; asking the calendar for each
    one walks its days again every time. The opening windows from the
    calendar itself (so holidays, DST and 24:00 closings mean the same) are
    laid end to end once, and a wait is the difference of two lookups.
    """

    def __init__(self, calendar: BusinessCalendar, first: dt.datetime, last: dt.datetime):
        days = max((last - first).days + 2, 1)
        # the calendar's own windows: one definition of an opening hour
        windows = list(calendar._windows(first, days))  # noqa: SLF001 (same package)
        self._opens = [o.timestamp() for o, _ in windows]
        self._closes = [c.timestamp() for _, c in windows]
        self._before = [0.0]
        for opens, closes in zip(self._opens, self._closes):
            self._before.append(self._before[-1] + closes - opens)

    def _worked(self, at: float) -> float:
        """Working seconds from the first window to `at`."""
        i = bisect.bisect_right(self._opens, at) - 1
        if i < 0:
            return 0.0
        return self._before[i] + min(at, self._closes[i]) - self._opens[i]

    def worked_many(self, instants: list) -> list:
        """`_worked` of each of `instants` (None stays None), the same numbers: a year's
        waits are 200,000 lookups, and a call each would double their cost."""
        present = [at for at in instants if at is not None]
        # shifted by one so that bisect's answer k reads window k - 1; k = 0 is before
        # the first window, no working time
        opens, closes, before = [0.0, *self._opens], [0.0, *self._closes], self._before
        found = map(bisect.bisect_right, itertools.repeat(self._opens), present)
        worked = [before[k - 1] + (at if at <= closes[k] else closes[k]) - opens[k] if k else 0.0
                  for at, k in zip(present, found)]
        if len(worked) == len(instants):
            return worked
        values = iter(worked)
        return [None if at is None else next(values) for at in instants]

    def hours(self, start: float, end: float) -> float:
        """Business hours between two UTC timestamps (seconds)."""
        if end <= start:
            return 0.0
        return (self._worked(end) - self._worked(start)) / 3600


@dataclass(slots=True)
class CaseFacts:
    """One case received in the period, as the report and the CSV see it.

    Times are UTC seconds since the epoch: a month of a busy desk is
    thousands of cases, and floats cost a fraction of aware datetimes.
    """

    id: int
    ref: str
    received: float
    state: str
    category: str
    kind: str
    severity: str
    nature: str
    channel: str
    owner_id: int | None
    satisfaction: int | None
    customer_id: int | None
    overdue: bool
    first_contact: float | None
    resolved: float | None
    first_contact_hours: float | None = None
    first_contact_business_hours: float | None = None
    resolution_hours: float | None = None
    resolution_business_hours: float | None = None
    replies_kept: int = 0
    replies_late: int = 0
    replies_missed: int = 0
    law: LawTerms = LawTerms()  # the case's deadlines set by law (stats_law)

    @property
    def received_at(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.received, UTC)


def first_contact_expr(*, epoch: bool = False):
    """The earliest customer-facing action of the case in the outer query (with `epoch`,
    as `_epoch` gives it)."""
    earliest = fn.MIN(Action.at)
    return (Action.select(_epoch(earliest) if epoch else earliest)
            .where((Action.case == Case.id) & (Action.internal == False)))  # noqa: E712


_EPOCH = dt.datetime(1970, 1, 1)
_from_text = dt.datetime.fromisoformat


def seconds(value) -> float | None:
    """UTC seconds of a stored time: text on SQLite, a naive UTC datetime elsewhere."""
    if value is None or value == "":
        return None
    if value.__class__ is str:
        value = _from_text(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return (value - _EPOCH).total_seconds()


def _epoch(column):
    """`column` as UTC seconds, on SQLite computed by SQLite when the text is whole seconds
    ('YYYY-MM-DD HH:MM:SS', exact either way), else the stored value for `seconds`."""
    if database.param != "?":
        return column
    # julianday is the day as a number, where strftime('%s') formats text to be parsed
    # again; rounded to the second it is the same number (its error is under a millisecond)
    return When(None, ((fn.length(column) == 19,
                        fn.round((fn.julianday(column) - 2440587.5) * 86400.0)),), column)


REPLY_BITS = 20  # a case's agreed reply times kept, late, missed: 20 bits each in one number


CASE_FIELDS = ("id", "ref", "received", "state", "category", "kind", "severity", "nature",
               "channel", "owner_id", "satisfaction", "customer_id", "overdue", "first_contact",
               "resolved", "first_contact_hours", "first_contact_business_hours",
               "resolution_hours", "resolution_business_hours", "replies_kept", "replies_late",
               "replies_missed")


class CaseColumns:
    """The cases of a period column by column, oldest first: one list per `CaseFacts`
    field (`CASE_FIELDS`), so a figure is one pass in C over a column (a `Counter`, a
    `count`, a `sum`) rather than an attribute read per case, and the `CaseFacts` the
    CSV writes are built from the same lists (`facts`)."""

    def __init__(self, **columns: list):
        self.size = len(columns["id"])
        for name in CASE_FIELDS:
            setattr(self, name, columns[name])

    @classmethod
    def empty(cls) -> CaseColumns:
        return cls(**{name: [] for name in CASE_FIELDS})

    def facts(self, law: list[LawTerms] | None = None) -> list[CaseFacts]:
        """One `CaseFacts` per case; `law`, when given, is each case's statutory terms."""
        columns = [getattr(self, name) for name in CASE_FIELDS]
        with collector.paused():
            if law is None:
                return list(map(CaseFacts, *columns))
            return list(map(CaseFacts, *columns, law))


def case_facts(cohort, calendar: BusinessCalendar, late: set[int] | frozenset[int] = frozenset(),
               replies=None, systemic: list[tuple] | None = None,
               replies_of=None) -> list[CaseFacts]:
    """Every case of `cohort` (a `Case` query), its waits measured, oldest first
    (`case_columns`, as objects)."""
    return case_columns(cohort, calendar, late, replies, systemic, replies_of).facts()


def case_columns(cohort, calendar: BusinessCalendar,
                 late: set[int] | frozenset[int] = frozenset(), replies=None,
                 systemic: list[tuple] | None = None, replies_of=None) -> CaseColumns:
    """Every case of `cohort` (a `Case` query), its waits measured, oldest first.

    One pass over the period's cases: the percentiles need every value, and
    the counts and breakdowns are tallied from the same rows. A case is overdue
    as the list's overdue filter says — not closed, and among `late` (the cases with
    an open deadline past due, read once from the partial index of open deadlines:
    a correlated EXISTS per case cost a tenth of a year's statistics). `replies`, a
    correlated subquery, gives each case its agreed reply times kept, late and missed
    packed in one number (`REPLY_BITS` each, lowest first; negative when a count would
    not fit, and then `replies_of(case id)` is asked): a joined GROUP BY and a
    dictionary cost more. With `systemic` (a list), the systemic cases' (ref, received_at as stored,
    category, state, root cause, preventive action) are appended to it from the same
    rows, in the same order. The rows are read raw (peewee's per-value conversion would
    cost more than the query itself) and turned into columns at once; every step after
    is a comprehension over a column: a year of the 100k demo is 72,000 cases, and a
    loop that unpacks each row and builds its object cost as much as the query.
    """
    columns = [Case.id, Case.ref, _epoch(Case.received_at), Case.state, Case.category,
               Case.kind, Case.severity, Case.nature, Case.channel, Case.owner,
               Case.satisfaction, Case.customer, first_contact_expr(epoch=True),
               _epoch(Case.reply_at)]
    columns.append(replies if replies is not None else SQL("NULL"))
    query = cohort.select(*columns).order_by(Case.received_at, Case.id)
    with collector.paused():
        rows = database.execute_sql(*query.sql()).fetchall()
        if not rows:
            return CaseColumns.empty()
        (ids, refs, received, states, categories, kinds, severities, natures, channels,
         owners, satisfactions, customers, first_actions, replied, packed) = zip(*rows)
        del rows
        number, seconds_of = float, seconds
        # SQLite gives whole-second times as seconds already (`_epoch`), a server datetimes
        received = [t if t.__class__ is number else seconds_of(t) for t in received]
        replied = [t if t is None or t.__class__ is number else seconds_of(t)
                   for t in replied]
        first_actions = [t if t is None or t.__class__ is number else seconds_of(t)
                         for t in first_actions]
        first = [r if a is None else (a if r is None else min(a, r))
                 for a, r in zip(first_actions, replied)]
        resolved = [r if s != "open" else None for s, r in zip(states, replied)]
        overdue = [s != "closed" and i in late for i, s in zip(ids, states)]
        kept, late_replies, missed = _unpack_replies(ids, packed, replies_of)
        hours = _measure_columns(received, first, resolved, calendar)
    if systemic is not None:
        systemic += _systemic_details(ids, refs, categories, states, natures)
    return CaseColumns(
        id=ids, ref=refs, received=received, state=states, category=categories, kind=kinds,
        severity=severities, nature=natures, channel=channels, owner_id=owners,
        satisfaction=satisfactions, customer_id=customers, overdue=overdue,
        first_contact=first, resolved=resolved, first_contact_hours=hours[0],
        first_contact_business_hours=hours[1], resolution_hours=hours[2],
        resolution_business_hours=hours[3], replies_kept=kept, replies_late=late_replies,
        replies_missed=missed)


def _systemic_details(ids, refs, categories, states, natures) -> list[tuple]:
    """The systemic cases' (ref, received_at as stored, category, state, root cause,
    preventive action), in the order given. Their long texts are read by id, for them
    alone: asked of every case's row with the rest, they cost a tenth of the pass."""
    found = [i for i, nature in enumerate(natures) if nature == "systemic"]
    if not found:
        return []
    # integers from our own rows, written inline: a year's systemic cases are thousands
    inline = SQL("(%s)" % ",".join(str(int(ids[i])) for i in found))
    query = Case.select(Case.id, Case.received_at, Case.root_cause,
                        Case.preventive_action).where(Case.id << inline)
    details = {cid: rest for cid, *rest in database.execute_sql(*query.sql())}
    return [(refs[i], *details[ids[i]][:1], categories[i], states[i], *details[ids[i]][1:])
            for i in found]


def _unpack_replies(ids: list[int], packed: list, replies_of) -> tuple[list, list, list]:
    """Each case's agreed reply times (kept, late, missed) from the packed numbers; most
    cases share a handful of values, each unpacked once."""
    mask, bits = (1 << REPLY_BITS) - 1, REPLY_BITS
    known: dict = {None: (0, 0, 0), 0: (0, 0, 0)}
    apart = False
    for value in set(packed) - known.keys():
        if value > 0:
            value_ = int(value)
            known[value] = (value_ & mask, (value_ >> bits) & mask, value_ >> 2 * bits)
        else:  # more than a million of one kind: counted apart
            apart = True
    if apart:
        triples = [known[p] if p in known else replies_of(i) for i, p in zip(ids, packed)]
    else:
        triples = list(map(known.__getitem__, packed))
    kept, late, missed = zip(*triples)
    return list(kept), list(late), list(missed)


def _measure_columns(received: list[float], first: list, resolved: list,
                     calendar: BusinessCalendar) -> tuple[list, list, list, list]:
    """(hours to first contact, the same in business hours, hours to resolution, the same
    in business hours) of each case; None where the case has no such moment. An action
    back-dated before the receipt is no negative wait."""
    nothing = [None] * len(received)
    ends = [t for t in first if t is not None] + [t for t in resolved if t is not None]
    if not ends:
        return nothing, nothing, nothing, nothing
    working = WorkingTime(calendar, dt.datetime.fromtimestamp(min(received), UTC),
                          dt.datetime.fromtimestamp(max(ends), UTC))
    start = working.worked_many(received)
    found = []
    for end in (first, resolved):
        worked = working.worked_many(end)
        found.append([None if e is None else (e - r) / 3600 if e > r else 0.0
                      for e, r in zip(end, received)])
        found.append([None if e is None else (w - s) / 3600 if e > r else 0.0
                      for e, r, w, s in zip(end, received, worked, start)])
    return tuple(found)


def waits(cases: CaseColumns | list[CaseFacts]) -> tuple[Waits, Waits]:
    """(time to first contact, time to resolution) over the cases measured."""
    def pick(name: str) -> list[float]:
        values = (getattr(cases, name) if isinstance(cases, CaseColumns)
                  else [getattr(f, name) for f in cases])
        return [v for v in values if v is not None]

    return (Waits(Wait.of(pick("first_contact_hours")),
                  Wait.of(pick("first_contact_business_hours"))),
            Waits(Wait.of(pick("resolution_hours")),
                  Wait.of(pick("resolution_business_hours"))))
