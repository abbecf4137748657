"""Statistics for a period: what the owners' meeting asks about complaints (SPEC §6).

Every figure describes one **cohort**: the cases *received* in the period
[start, end), two local dates in the casebook's timezone (so "March" is
March on the office's calendar, whatever the offsets). Figures about the
state of those cases — open, resolved, overdue — are as of `now`, the
moment the report is made, and are counted with the case list's own
filters (`listing.where_status`): the report and the case list filtered to
the same received dates can never disagree. The CSV has one row per case of
the cohort, so every figure can be summed back from it.

- received: cases of the cohort; open / resolved (reply recorded, signed or
  not) partition it; overdue: not closed and an open deadline past due.
- breakdowns by category, kind, severity, nature, channel of receipt and
  owner (the staff member following the case through), each with the same
  four counts.
- waits (`stats_times`): median and 90th percentile of time to first
  contact and to resolution, in elapsed and in business hours.
- agreed reply times (the next-reply times promised to customers of the
  cohort) that could be judged by `now`: kept (done by the agreed time),
  late (done after it) or missed (still open past it, or rescheduled after
  it had passed). One rescheduled in time is a new promise, not a broken one.
- satisfaction 1–5 as recorded when signing; repeat customers: customers
  of the cohort with more than one case in the casebook (as of now);
  systemic cases with their root cause and preventive action.
- incidents (`incidents.figures`): the incidents of the cohort's cases, their
  cases and households, the time to reply for linked cases, repeat complaints.
- trend: the counts, agreed reply times and mean satisfaction of the
  previous period: the calendar month(s) before when the period is whole
  calendar months (October → 1–30 September), else as many local days
  ending where this one starts (a week → the week before).

Speed (SPEC §8: a monthly report over 100,000 cases in < 500 ms, a year's
statistics in < 1 s): reading a period's case rows is what costs, so each
period is read once. The percentiles need every case's waits anyway, so that
one pass (`stats_times.case_columns`) also brings each case's dimensions, overdue
flag and agreed reply times, column by column, and the counts and breakdowns are
tallied from those columns, one pass in C per dimension — which also makes the
CSV's rows (built from the same columns when asked for) add up to the summary by
construction. Repeat customers are counted from the customer index alone. A year
of the 100k demo is 72,000 cases: every per-case step counts.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
from dataclasses import dataclass, field

from peewee import Case as When
from peewee import fn

from casebook.core.cases import listing
from casebook.core.incidents.figures import IncidentFigures, incident_figures
from casebook.core.time.calendar import wall_clock
from casebook.errors import InvalidInput
from casebook.core.reports import stats_law, stats_times
from casebook.core.reports.stats_law import LawTerms
from casebook.core.reports.stats_times import (CaseColumns, CaseFacts, Waits, case_columns,
                                               seconds, waits)
from casebook.core.time.times import parse_date
from casebook.db.models import Case, Customer, Deadline, Staff, database
from casebook.i18n.translate import N_

# (dimension, list the labels come from, or None for staff names)
DIMENSIONS = (("category", "category"), ("kind", "kind"), ("severity", "severity"),
              ("nature", "nature"), ("channel", "channel"), ("owner", None))
MAX_DAYS = 3660
BAD_PERIOD = N_("The period must end after it starts ({start} to {end}).")
LONG_PERIOD = N_("A report covers at most ten years.")


@dataclass(frozen=True)
class Period:
    """Local dates [start, end) in a timezone, and the UTC instants they begin at."""

    start: dt.date
    end: dt.date
    tz: str

    @classmethod
    def of(cls, start, end, tz: str) -> Period:
        """From dates or ISO date text; one-line errors for the desk."""
        start, end = _day(start), _day(end)
        if end <= start:
            raise InvalidInput(BAD_PERIOD, start=start.isoformat(), end=end.isoformat())
        if (end - start).days > MAX_DAYS:
            raise InvalidInput(LONG_PERIOD)
        return cls(start, end, tz)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def start_at(self) -> dt.datetime:
        return _midnight(self.start, self.tz)

    @property
    def end_at(self) -> dt.datetime:
        return _midnight(self.end, self.tz)

    def previous(self) -> Period:
        """The period the trend compares with: as many whole months before when this
        period is whole calendar months, else as many days before."""
        months = _whole_months(self.start, self.end)
        if months:
            index = self.start.year * 12 + self.start.month - 1 - months
            return Period(dt.date(index // 12, index % 12 + 1, 1), self.start, self.tz)
        return Period(self.start - dt.timedelta(days=self.days), self.start, self.tz)

    def cohort(self, query=None):
        """`query` (default: all cases) narrowed to the cases received in the period."""
        query = Case.select(Case.id) if query is None else query
        return query.where((Case.received_at >= self.start_at) & (Case.received_at < self.end_at))


def _whole_months(start: dt.date, end: dt.date) -> int:
    """How many calendar months [start, end) is, or 0 when it is not whole months."""
    if start.day != 1 or end.day != 1:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month


def _day(value) -> dt.date:
    day = value if isinstance(value, dt.date) else parse_date(value)
    day = day.date() if isinstance(day, dt.datetime) else day
    if not 1900 <= day.year <= 2200:  # as times.parse_time: far dates are typing mistakes
        raise InvalidInput("{value} is not a plausible date.", value=day.isoformat())
    return day


class Labels:
    """List entries and staff in one language, read once: a report names thousands."""

    def __init__(self, book, lang: str):
        book.bind()
        self.lang = lang
        self._lists = {name: {e.code: e.labels for e in book.list_entries(name, active_only=False)}
                       for _, name in DIMENSIONS if name}
        self._staff = dict(Staff.select(Staff.id, Staff.name).tuples())

    def __call__(self, list_name: str | None, code: str) -> str:
        """The label of `code` (as `Casebook.label` gives it); a staff name stays as it is."""
        labels = self._lists.get(list_name, {}).get(code) if list_name else None
        if not labels:
            return code or ""
        return labels.get(self.lang) or labels.get("en") or code

    def staff(self, staff_id: int | None) -> str:
        return self._staff.get(staff_id, "")


def _midnight(day: dt.date, tz: str) -> dt.datetime:
    # wall_clock: a midnight that DST skips starts the day at the end of the gap
    return wall_clock(dt.datetime.combine(day, dt.time(0)), tz).astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class Counts:
    """The four state counts of a group of cases."""

    received: int = 0
    open: int = 0
    resolved: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class Group:
    """One row of a breakdown: a list code (or a staff name) and its counts."""

    code: str
    counts: Counts


@dataclass(frozen=True)
class Replies:
    """Agreed reply times of the cohort that fell due by `now`."""

    kept: int = 0
    late: int = 0
    missed: int = 0

    @property
    def judged(self) -> int:
        return self.kept + self.late + self.missed

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.judged if self.judged else None


@dataclass(frozen=True)
class Headline:
    """The figures a trend compares, for one period."""

    counts: Counts
    first_contact: Waits | None  # None for the previous period (trend)
    resolution: Waits | None
    replies: Replies
    satisfaction_mean: float | None
    repeat_customers: int | None  # not measured for the previous period (trend)


@dataclass(frozen=True)
class RepeatCustomer:
    customer_id: int
    name: str
    cases_in_period: int
    cases_in_total: int  # in the whole casebook


@dataclass(frozen=True)
class SystemicCase:
    ref: str
    received_at: dt.datetime
    category: str
    state: str
    root_cause: str
    preventive_action: str


@dataclass
class Statistics:
    """Everything a report shows about one period."""

    period: Period
    now: dt.datetime
    headline: Headline
    previous: Headline
    breakdowns: dict[str, list[Group]]
    satisfaction: dict[int, int]  # score 1–5 → cases
    repeat_customers: list[RepeatCustomer]
    systemic: list[SystemicCase]
    arrivals: list[int] = field(default_factory=list)  # cases received per bucket
    previous_arrivals: list[int] = field(default_factory=list)
    columns: CaseColumns = field(repr=False, default_factory=CaseColumns.empty)
    law: LawTerms = LawTerms()  # deadlines set by law: met, missed, running
    previous_law: LawTerms = LawTerms()
    incidents: IncidentFigures = field(default_factory=IncidentFigures)
    law_by_case: dict[int, LawTerms] = field(repr=False, default_factory=dict)

    @functools.cached_property
    def cases(self) -> list[CaseFacts]:
        """The cohort case by case (the CSV's rows), oldest first: built from the columns
        the figures were counted from when first asked for — a report on screen never
        needs 72,000 objects."""
        law = self.law_by_case
        return self.columns.facts(
            list(map(law.get, self.columns.id, itertools.repeat(LawTerms()))) if law else None)

    @property
    def bucket_days(self) -> int:
        return bucket_days(self.period)

    @property
    def counts(self) -> Counts:
        return self.headline.counts


def statistics(book, start, end, *, now: dt.datetime | None = None,
               repeaters_named: int = 10) -> Statistics:
    """The statistics of cases received from local date `start` up to (not incl.) `end`.

    `now` is the moment the state figures are taken at (default: the
    casebook's clock). The first `repeaters_named` repeat customers carry
    their names (the report lists them); the rest only their counts.
    """
    book.bind()
    now = now or book.now()
    period = Period.of(start, end, book.tz)
    calendar = book.calendar()
    systemic: list[tuple] = []
    cases = case_columns(period.cohort(), calendar, late_cases(now), replies_packed(now),
                         systemic, replies_of=lambda cid: reply_counts(period, now)[cid])
    repeaters = repeat_customers(period, cases, named=repeaters_named)
    law = stats_law.by_case(period, now)
    return Statistics(
        period=period, now=now,
        headline=headline(cases, replies(cases), len(repeaters)),
        previous=previous_headline(period.previous(), now),
        breakdowns=breakdowns(cases),
        satisfaction=satisfaction(cases), repeat_customers=repeaters,
        systemic=[SystemicCase(ref, Case.received_at.python_value(received), *rest)
                  for ref, received, *rest in systemic],
        arrivals=arrivals(period, cases.received),
        previous_arrivals=arrivals(period.previous()), columns=cases,
        law=stats_law.total(law), previous_law=stats_law.total(
            stats_law.by_case(period.previous(), now)),
        incidents=incident_figures(period), law_by_case=law)


Cases = CaseColumns | list[CaseFacts]


def _column(cases: Cases, name: str) -> list:
    """One field of every case: a column as read, or gathered from `CaseFacts`."""
    if isinstance(cases, CaseColumns):
        return getattr(cases, name)
    return [getattr(f, name) for f in cases]


def headline(cases: Cases, replied: Replies, repeaters: int | None) -> Headline:
    first, resolution = waits(cases)
    scores = [s for s in _column(cases, "satisfaction") if s]
    return Headline(counts=counts(cases), first_contact=first, resolution=resolution,
                    replies=replied,
                    satisfaction_mean=sum(scores) / len(scores) if scores else None,
                    repeat_customers=repeaters)


def previous_headline(period: Period, now: dt.datetime) -> Headline:
    """The trend's figures for the period before: counts, reply times, satisfaction.

    Aggregated in SQL, without the waits: their percentiles would need a
    second pass over every case, which would double the report's time.
    """
    received, opened, overdue, satisfied = period.cohort(Case.select(
        fn.COUNT(Case.id), _flag(Case.state == "open"), fn.SUM(overdue_expr(now)),
        fn.AVG(Case.satisfaction))).tuples().get()
    received, opened = received or 0, opened or 0
    return Headline(counts=Counts(received, opened, received - opened, overdue or 0),
                    first_contact=None, resolution=None, replies=replies_of(period, now),
                    satisfaction_mean=None if satisfied is None else float(satisfied),
                    repeat_customers=None)


def bucket_days(period: Period) -> int:
    """Days per point of the arrivals line: a day up to two months, then a week, then 30."""
    return 1 if period.days <= 62 else 7 if period.days <= 400 else 30


def arrivals(period: Period, received: list[float] | None = None) -> list[int]:
    """Cases received per bucket of local days, from the first day of the period on.

    Without `received` (UTC seconds) the times are read from the received-at
    index alone, which never touches the case rows.
    """
    if received is None:
        received = [t if t.__class__ is float else seconds(t) for (t,) in database.execute_sql(
            *period.cohort(Case.select(stats_times._epoch(Case.received_at))).sql())]
    size = bucket_days(period)
    buckets = -(-period.days // size)
    # the instants the 2nd, 3rd … buckets begin at (local midnights): a case belongs to
    # the last bucket that began by its receipt, the day it was received on the office's
    # calendar (a received time is never before the period, the last bucket takes the rest)
    starts = [_midnight(period.start + dt.timedelta(days=size * k), period.tz).timestamp()
              for k in range(1, buckets)]
    counts = [0] * buckets
    for at in received:
        counts[bisect.bisect_right(starts, at)] += 1
    return counts


# ------------------------------------------------------------------- counts
def overdue_expr(now: dt.datetime):
    """The case list's "overdue" filter (`listing.where_status`) as a condition on one case.

    The same two conditions — not closed, an open deadline (`listing.open_deadlines`)
    past due — and the list's own `id IN (every late deadline)`: the late deadlines are
    read once from the partial index of open deadlines (a few thousand rows), where a
    correlated EXISTS asked each case of the period again. A test holds the two equal.
    """
    late = (Deadline.select(Deadline.case)
            .where(listing.open_deadlines() & (Deadline.due_at < now)))
    return When(None, (((Case.state != "closed") & (Case.id << late), 1),), 0)


def late_cases(now: dt.datetime) -> set[int]:
    """The cases with an open deadline past due at `now` (closed ones included: the
    overdue filter leaves those out itself), from the partial index of open deadlines
    alone: a few thousand rows, where asking each of a year's cases costs 40 ms."""
    query = (Deadline.select(Deadline.case).distinct()
             .where(listing.open_deadlines() & (Deadline.due_at < now)))
    return {cid for (cid,) in database.execute_sql(*query.sql())}


def counts(cases: Cases) -> Counts:
    """Received, open (the list's "open": state open), resolved (the rest), overdue."""
    states = _column(cases, "state")
    opened = states.count("open")
    return Counts(len(states), opened, len(states) - opened,
                  _column(cases, "overdue").count(True))


def breakdown(cases: Cases, dimension: str) -> list[Group]:
    """The cases by one dimension, largest group first (ties by code)."""
    return breakdowns(cases, (dimension,))[dimension]


def breakdowns(cases: Cases,
               dimensions: tuple[str, ...] = tuple(name for name, _ in DIMENSIONS)
               ) -> dict[str, list[Group]]:
    """The cases by each dimension, largest group first (ties by code): the codes of all
    cases, of the open ones and of the overdue ones each counted by `Counter` (in C)."""
    opened = [state == "open" for state in _column(cases, "state")]
    late = _column(cases, "overdue")
    found = {}
    for dimension in dimensions:
        if dimension == "owner":
            names = dict(Staff.select(Staff.id, Staff.name).tuples())
            keys = list(map(names.get, _column(cases, "owner_id"), itertools.repeat("")))
        else:
            keys = _column(cases, dimension)
        received = collections.Counter(keys)
        open_ = collections.Counter(itertools.compress(keys, opened))
        overdue = collections.Counter(itertools.compress(keys, late))
        tally: dict[str, list[int]] = {}  # code → [received, open, overdue]; None is ""
        for key, n in received.items():
            counts = tally.setdefault(key or "", [0, 0, 0])
            counts[0] += n
            counts[1] += open_[key]
            counts[2] += overdue[key]
        found[dimension] = sorted((Group(code, Counts(n, o, n - o, la))
                                   for code, (n, o, la) in tally.items()),
                                  key=lambda g: (-g.counts.received, g.code))
    return found


def satisfaction(cases: Cases) -> dict[int, int]:
    """Score → number of cases, 1 to 5, zeros included."""
    found = collections.Counter(_column(cases, "satisfaction"))
    return {score: found[score] for score in range(1, 6)}


# ------------------------------------------------------------ reply times
def _flag(expr):
    return fn.SUM(When(None, ((expr, 1),), 0))  # a portable COUNT(... WHERE …)


def _reply_classes(now: dt.datetime):
    """SQL expressions: an agreed reply time kept, done late, or missed by `now`."""
    done = Deadline.state == "done"
    kept = done & (Deadline.done_at <= Deadline.due_at)
    late = done & (Deadline.done_at > Deadline.due_at)
    missed = ((listing.open_deadlines() & (Deadline.due_at < now))
              | ((Deadline.state == "cancelled") & (Deadline.done_at > Deadline.due_at)))
    return kept, late, missed


def _reply_query(period: Period, now: dt.datetime, *columns):
    return period.cohort(Deadline.select(*columns, *map(_flag, _reply_classes(now)))
                         .join(Case, on=(Deadline.case == Case.id))
                         .where(Deadline.kind == "reply"))


def replies_of(period: Period, now: dt.datetime) -> Replies:
    """The agreed reply times of a period's cases, kept, late and missed."""
    return Replies(*(n or 0 for n in _reply_query(period, now).tuples().get()))


def replies_packed(now: dt.datetime):
    """The agreed reply times of the case in the outer query, kept, late and missed, as
    one number (`stats_times.REPLY_BITS` each, kept lowest; the classes exclude each
    other), or -1 when a count would not fit."""
    bits = stats_times.REPLY_BITS
    kept, late, missed = _reply_classes(now)
    weight = When(None, ((kept, 1), (late, 1 << bits), (missed, 1 << 2 * bits)), 0)
    packed = When(None, ((fn.COUNT(Deadline.id) < (1 << bits), fn.SUM(weight)),), -1)
    return (Deadline.select(packed.cast("BIGINT"))
            .where((Deadline.case == Case.id) & (Deadline.kind == "reply")))


def reply_counts(period: Period, now: dt.datetime) -> dict[int, tuple[int, int, int]]:
    """Each case of the period with agreed reply times: (kept, late, missed)."""
    query = _reply_query(period, now, Deadline.case).group_by(Deadline.case)
    # read raw: a year is tens of thousands of rows, peewee's conversions cost more than SQL
    return {cid: (k or 0, la or 0, m or 0)
            for cid, k, la, m in database.execute_sql(*query.sql())}


def replies(cases: Cases) -> Replies:
    return Replies(sum(_column(cases, "replies_kept")), sum(_column(cases, "replies_late")),
                   sum(_column(cases, "replies_missed")))


# ------------------------------------------------------------------ people
def repeat_customers(period: Period, cases: Cases, *,
                     named: int = 10) -> list[RepeatCustomer]:
    """Customers of the period's cases who have more than one case in the casebook,
    most cases first; the first `named` carry their names.

    Counted in the whole casebook as of now, like the state figures: a case
    received after the period still makes its customer a repeat customer. That
    count reads only the customer index, never the case rows.
    """
    here = collections.Counter(_column(cases, "customer_id"))
    here.pop(None, None)
    if not here:
        return []
    # every customer with more than one case, from the customer index alone: narrowing
    # it to the period's customers in SQL would read the period's case rows again
    query = (Case.select(Case.customer, fn.COUNT(Case.id))
             .where(Case.customer.is_null(False))
             .group_by(Case.customer).having(fn.COUNT(Case.id) > 1))
    # sorted by tuples (most cases, most in the period, then id) compared in C, no key
    rows = [(cid, -fewer_here, -fewer) for fewer, fewer_here, cid in sorted(
        (-total, -here[cid], cid) for cid, total in database.execute_sql(*query.sql())
        if cid in here)]
    names = dict(Customer.select(Customer.id, Customer.name)
                 .where(Customer.id << [r[0] for r in rows[:named]]).tuples()) if named else {}
    return [RepeatCustomer(cid, names.get(cid, ""), in_period, total)
            for cid, in_period, total in rows]
