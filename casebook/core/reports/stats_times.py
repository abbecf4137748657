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
from dataclasses import dataclass

from peewee import SQL, NodeList, fn
from peewee import Case as When

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
    return When(None, ((fn.length(column) == 19,
                        fn.CAST(NodeList((fn.strftime("%s", column), SQL("AS REAL"))))),), column)


REPLY_BITS = 20  # a case's agreed reply times kept, late, missed: 20 bits each in one number


def case_facts(cohort, calendar: BusinessCalendar, late: set[int] | frozenset[int] = frozenset(),
               replies=None, systemic: list[tuple] | None = None,
               replies_of=None) -> list[CaseFacts]:
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
    rows, in the same order. The rows are read raw: peewee's per-value conversion would
    cost more than the query itself.
    """
    columns = [Case.id, Case.ref, _epoch(Case.received_at), Case.state, Case.category,
               Case.kind, Case.severity, Case.nature, Case.channel, Case.owner,
               Case.satisfaction, Case.customer, first_contact_expr(epoch=True),
               _epoch(Case.reply_at)]
    columns.append(replies if replies is not None else SQL("NULL"))
    if systemic is not None:
        columns += [When(None, ((Case.nature == "systemic", column),), None) for column in
                    (Case.received_at, Case.root_cause, Case.preventive_action)]
    query = cohort.select(*columns).order_by(Case.received_at, Case.id)
    facts = []
    append, seconds_of, make, number = facts.append, seconds, CaseFacts, float
    mask, bits = (1 << REPLY_BITS) - 1, REPLY_BITS
    for row in database.execute_sql(*query.sql()):
        (cid, ref, received, state, category, kind, severity, nature, channel, owner,
         satisfaction, customer, first_action, reply_at, packed) = row[:15]
        if received.__class__ is not number:
            received = seconds_of(received)
        if reply_at is not None and reply_at.__class__ is not number:
            reply_at = seconds_of(reply_at)
        if first_action is not None and first_action.__class__ is not number:
            first_action = seconds_of(first_action)
        first = reply_at if first_action is None else (
            first_action if reply_at is None else min(first_action, reply_at))
        if not packed:
            kept = late_replies = missed = 0
        elif packed > 0:
            packed = int(packed)
            kept, late_replies, missed = packed & mask, (packed >> bits) & mask, packed >> 2 * bits
        else:  # more than a million of one kind: counted apart
            kept, late_replies, missed = replies_of(cid)
        append(make(cid, ref, received, state, category, kind, severity,
                    nature, channel, owner, satisfaction, customer,
                    state != "closed" and cid in late, first,
                    reply_at if state != "open" else None, None, None, None, None,
                    kept, late_replies, missed))
        if systemic is not None and nature == "systemic":
            systemic.append((ref, row[15], category, state, row[16], row[17]))
    _measure(facts, calendar)
    return facts


def _measure(facts: list[CaseFacts], calendar: BusinessCalendar) -> None:
    ends = [t for f in facts for t in (f.first_contact, f.resolved) if t is not None]
    if not ends:
        return
    working = WorkingTime(calendar, dt.datetime.fromtimestamp(min(f.received for f in facts), UTC),
                          dt.datetime.fromtimestamp(max(ends), UTC))
    worked = working._worked  # noqa: SLF001 (hours() inlined: thousands of cases)
    for f in facts:
        received, first, resolved = f.received, f.first_contact, f.resolved
        if first is None and resolved is None:
            continue
        start = worked(received)  # once for both waits
        # _elapsed inlined: an action back-dated before the receipt is no negative wait
        if first is not None:
            if first > received:
                f.first_contact_hours = (first - received) / 3600
                f.first_contact_business_hours = (worked(first) - start) / 3600
            else:
                f.first_contact_hours = f.first_contact_business_hours = 0.0
        if resolved is not None:
            if resolved > received:
                f.resolution_hours = (resolved - received) / 3600
                f.resolution_business_hours = (worked(resolved) - start) / 3600
            else:
                f.resolution_hours = f.resolution_business_hours = 0.0


def _elapsed(start: float, end: float) -> float:
    # an action back-dated before the receipt is no negative wait
    return max(end - start, 0.0) / 3600


def waits(facts: list[CaseFacts]) -> tuple[Waits, Waits]:
    """(time to first contact, time to resolution) over the cases measured."""
    def pick(values) -> list[float]:
        return [v for v in values if v is not None]

    return (Waits(Wait.of(pick([f.first_contact_hours for f in facts])),
                  Wait.of(pick([f.first_contact_business_hours for f in facts]))),
            Waits(Wait.of(pick([f.resolution_hours for f in facts])),
                  Wait.of(pick([f.resolution_business_hours for f in facts]))))
