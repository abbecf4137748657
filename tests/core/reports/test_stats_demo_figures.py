"""Every figure of a report on a generated demo, against the casebook's rows read by plain
SQL and counted here, case by case, on both backends.

The statistics read a period's cases in one pass into columns and count each figure from
a column (`stats_times.case_columns`); this test knows nothing of that. It reads the
tables as they are (`SELECT … FROM "case"`, `action`, `deadline`, `staff`, `customer`),
applies the SPEC §6 definitions by hand — overdue is "not closed and an open deadline past
due", first contact the earliest customer-facing action or the reply, the waits' business
hours the calendar's own `business_hours_between` — and compares, for a week, a month, a
year and all the demo's years.
"""

from __future__ import annotations

import collections
import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from casebook.core.casebook import Casebook
from casebook.core.demo.book import create_demo
from casebook.core.reports import stats
from casebook.core.time.clock import FixedClock

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PERIODS = {"week": ("2026-11-16", "2026-11-23"), "month": ("2026-10-01", "2026-11-01"),
           "year": ("2025-11-01", "2026-11-01"), "all years": ("2020-01-01", "2027-01-01")}
DIMENSIONS = ("category", "kind", "severity", "nature", "channel")


def moment(value) -> dt.datetime | None:
    """A stored time as an aware UTC datetime: text on SQLite, a datetime on a server."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def rank(values: list[float], share: float) -> float | None:
    """Linear interpolation between closest ranks (as a spreadsheet's PERCENTILE.INC)."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * share
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class Rows:
    """The demo's tables, read once by plain SQL."""

    def __init__(self, db):
        def read(sql):
            return db.execute_sql(sql).fetchall()

        self.cases = [dict(zip(("id", "ref", "received", "state", "category", "kind",
                                "severity", "nature", "channel", "owner", "satisfaction",
                                "customer", "reply_at", "root_cause", "preventive_action"), row))
                      for row in read('SELECT id, ref, received_at, state, category, kind, '
                                      'severity, nature, channel, owner_id, satisfaction, '
                                      'customer_id, reply_at, root_cause, preventive_action '
                                      'FROM "case"')]
        for case in self.cases:
            case["stored_received"] = case["received"]
            case["received"], case["reply_at"] = (moment(case["received"]),
                                                  moment(case["reply_at"]))
        self.first_action: dict[int, dt.datetime] = {}
        for case_id, at, internal in read("SELECT case_id, at, internal FROM action"):
            if not internal:
                at = moment(at)
                if case_id not in self.first_action or at < self.first_action[case_id]:
                    self.first_action[case_id] = at
        self.late: set[int] = set()  # an open deadline past due
        self.replies: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        for case_id, kind, state, due_at, done_at in read(
                "SELECT case_id, kind, state, due_at, done_at FROM deadline"):
            due_at, done_at = moment(due_at), moment(done_at)
            if state in ("pending", "missed") and due_at < NOW:
                self.late.add(case_id)
            if kind != "reply":
                continue
            if state == "done":
                self.replies[case_id][0 if done_at <= due_at else 1] += 1
            elif (state in ("pending", "missed") and due_at < NOW) or (
                    state == "cancelled" and done_at > due_at):
                self.replies[case_id][2] += 1
        self.staff = dict(read("SELECT id, name FROM staff"))
        self.cases_of = collections.Counter(c["customer"] for c in self.cases
                                            if c["customer"] is not None)

    def cohort(self, period: stats.Period) -> list[dict]:
        return sorted((c for c in self.cases if period.start_at <= c["received"] < period.end_at),
                      key=lambda c: (c["received"], c["id"]))

    def overdue(self, case: dict) -> bool:
        return case["state"] != "closed" and case["id"] in self.late

    def counts(self, cases: list[dict]) -> stats.Counts:
        opened = sum(c["state"] == "open" for c in cases)
        return stats.Counts(len(cases), opened, len(cases) - opened,
                            sum(self.overdue(c) for c in cases))

    def first_contact(self, case: dict) -> dt.datetime | None:
        times = [t for t in (self.first_action.get(case["id"]), case["reply_at"]) if t]
        return min(times) if times else None


@pytest.fixture
def demo(request, backend, tmp_path):
    if backend == "postgresql":
        from tests.conftest import new_pg_database

        target = new_pg_database(request.getfixturevalue("pg_server"))
    else:
        target = tmp_path / "demo.sqlite3"
    create_demo(target, cases=1500, seed=7, clock=FixedClock(NOW))
    with Casebook.open(target, clock=FixedClock(NOW)) as book:
        yield book


def test_every_figure_is_the_demos_rows_counted_by_hand(demo):
    rows = Rows(demo.db)
    for name, (start, end) in PERIODS.items():
        check(demo, rows, stats.statistics(demo, start, end, now=NOW), name)


def bucket(days: int) -> int:
    """Days per point of the arrivals line (SPEC §6): a day up to two months, a week up
    to 400 days, else 30."""
    return 1 if days <= 62 else 7 if days <= 400 else 30


def arrivals(cases: list[dict], start: dt.date, days: int, zone: ZoneInfo) -> list[int]:
    size = bucket(days)
    found = collections.Counter((c["received"].astimezone(zone).date() - start).days // size
                                for c in cases)
    return [found[i] for i in range(-(-days // size))]


def check(book, rows: Rows, report: stats.Statistics, name: str) -> None:
    cases = rows.cohort(report.period)
    assert len(cases) > 20 and report.counts.received == len(cases), name

    # one case at a time: order, state, overdue, first contact, resolution, replies
    assert [(f.id, f.ref, f.state, f.overdue) for f in report.cases] == [
        (c["id"], c["ref"], c["state"], rows.overdue(c)) for c in cases]
    calendar = book.calendar()

    def hours(start: dt.datetime, end: dt.datetime | None):
        if end is None:
            return None, None
        return (max((end - start).total_seconds(), 0) / 3600,
                calendar.business_hours_between(start, end))

    for f, c in zip(report.cases, cases):
        first = rows.first_contact(c)
        assert f.first_contact == (first.timestamp() if first else None)
        resolved = c["reply_at"] if c["state"] != "open" else None
        assert f.resolved == (resolved.timestamp() if resolved else None)
        assert (f.first_contact_hours, f.first_contact_business_hours,
                f.resolution_hours, f.resolution_business_hours) == pytest.approx(
            (*hours(c["received"], first), *hours(c["received"], resolved)), abs=1e-9), c["ref"]
        assert (f.replies_kept, f.replies_late, f.replies_missed) == tuple(
            rows.replies.get(c["id"], (0, 0, 0)))
        assert (f.category, f.kind, f.severity, f.nature, f.channel, f.owner_id,
                f.satisfaction, f.customer_id) == (
            c["category"], c["kind"], c["severity"], c["nature"], c["channel"], c["owner"],
            c["satisfaction"], c["customer"])

    # the headline
    assert report.counts == rows.counts(cases)
    assert report.headline.replies == stats.Replies(
        *(sum(rows.replies.get(c["id"], (0, 0, 0))[k] for c in cases) for k in range(3)))
    scores = [c["satisfaction"] for c in cases if c["satisfaction"]]
    assert report.headline.satisfaction_mean == pytest.approx(sum(scores) / len(scores))
    assert report.satisfaction == {s: sum(c["satisfaction"] == s for c in cases)
                                   for s in range(1, 6)}

    # the waits: elapsed hours and business hours by the calendar itself
    for wait, end_of in (("first_contact", rows.first_contact),
                         ("resolution", lambda c: c["reply_at"] if c["state"] != "open"
                          else None)):
        elapsed, business = [], []
        for c in cases:
            end = end_of(c)
            if end is None:
                continue
            elapsed.append(max((end - c["received"]).total_seconds(), 0) / 3600)
            business.append(calendar.business_hours_between(c["received"], end))
        measured = getattr(report.headline, wait)
        for kind, values in (("elapsed", elapsed), ("business", business)):
            got = getattr(measured, kind)
            assert got.count == len(values), (wait, kind)
            assert (got.median, got.p90) == pytest.approx(
                (rank(values, 0.5), rank(values, 0.9)), abs=1e-9), (wait, kind)

    # breakdowns: every dimension, largest group first, ties by code
    for dimension in (*DIMENSIONS, "owner"):
        groups = collections.defaultdict(list)
        for c in cases:
            key = (rows.staff.get(c["owner"], "") if dimension == "owner"
                   else c[dimension] or "")
            groups[key].append(c)
        assert report.breakdowns[dimension] == sorted(
            (stats.Group(code, rows.counts(members)) for code, members in groups.items()),
            key=lambda g: (-g.counts.received, g.code)), dimension

    # repeat customers (counted in the whole casebook), systemic cases, arrivals
    here = collections.Counter(c["customer"] for c in cases if c["customer"] is not None)
    assert [(r.customer_id, r.cases_in_period, r.cases_in_total)
            for r in report.repeat_customers] == sorted(
        ((cid, n, rows.cases_of[cid]) for cid, n in here.items() if rows.cases_of[cid] > 1),
        key=lambda r: (-r[2], -r[1], r[0]))
    assert [(s.ref, s.received_at, s.category, s.state, s.root_cause, s.preventive_action)
            for s in report.systemic] == [
        (c["ref"], c["received"], c["category"], c["state"], c["root_cause"],
         c["preventive_action"]) for c in cases if c["nature"] == "systemic"]
    zone, period, previous = ZoneInfo(book.tz), report.period, report.period.previous()
    assert report.arrivals == arrivals(cases, period.start, period.days, zone)

    # the trend: the period before, counted the same way
    before = rows.cohort(report.period.previous())
    assert report.previous.counts == rows.counts(before)
    assert report.previous.replies == stats.Replies(
        *(sum(rows.replies.get(c["id"], (0, 0, 0))[k] for c in before) for k in range(3)))
    assert report.previous_arrivals == arrivals(before, previous.start, previous.days, zone)
