"""Statistics for a period, against a casebook built by hand with known answers.

March 2026 in Amsterdam (clocks go forward on Sunday 29 March). Business
hours are the default Monday–Friday 09:00–17:00. The report is made on
2 April 2026 at 12:00 UTC. The cases (local times):

  H  28 Feb 23:59  previous period; Emily; open, never contacted
  D  20 Feb 10:00  previous period; Ivan; signed, satisfaction 2
  E   1 Mar 00:00  Sunday, first minute of March; Emily; open, never contacted
  A   2 Mar 10:00  Ivan; contact 12:00; reply 3 Mar 11:00 (agreed 09:00: late); signed, 5
  B   6 Mar 16:00  Friday; Ivan; claim by email, owner Bert; internal note 16:30,
                   first contact Monday 9 Mar 10:00; still open; agreed reply
                   10 Mar 09:00 rescheduled on 11 Mar (after it passed) to 12 Mar
  G  11 Mar 09:00  major (flooding) via messenger; contact 09:15, reply 15:00; signed, 3
  C  28 Mar 20:00  Saturday; 王芳; systemic, owner Marta; replied Monday 30 Mar 10:00
                   (+02:00, after the change); agreed 12:00: kept; not signed
  F   1 Apr 00:00  next period; Ivan
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from casebook.core.cases import listing
from casebook.core.reports import stats
from casebook.core.time.calendar import BusinessCalendar
from casebook.errors import InvalidInput
from casebook.core.reports.stats_times import Wait, WorkingTime, percentile
from tests.conftest import new_case

NOW = dt.datetime(2026, 4, 2, 12, 0, tzinfo=dt.timezone.utc)
IVAN = {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "language": "ru"}
EMILY = {"name": "Emily Walker", "phone": "+44 20 7946 0000", "language": "en"}


def reply(at: str, **over) -> dict:
    return {"at": at, "channel": "phone", "text": "We fixed it.",
            "resolution": {"type": "repair", "text": "Repaired"}, "accepted": True, **over}


def contact(at: str, *, internal: bool = False) -> dict:
    return {"at": at, "by": "Anna", "note": "Called the customer", "internal": internal,
            "kind": "contact"}


def march(book, clock) -> dict[str, str]:
    """The cases of the module docstring; returns their references by letter."""
    refs = {}

    def case(letter, **doc):
        refs[letter] = book.open_case(new_case(**doc), by="Anna")

    case("H", received_at="2026-02-28T23:59+01:00", customer=EMILY)
    case("D", received_at="2026-02-20T10:00+01:00", customer=IVAN,
         follow={"next_reply_at": None, "actions": [contact("2026-02-20T10:30+01:00")]},
         reply=reply("2026-02-21T10:00+01:00"),
         record={"signed_at": "2026-02-21T10:05+01:00", "satisfaction": 2})
    case("E", received_at="2026-03-01T00:00+01:00", customer=EMILY)
    case("A", received_at="2026-03-02T10:00+01:00", customer=IVAN,
         follow={"next_reply_at": "2026-03-03T09:00+01:00",
                 "actions": [contact("2026-03-02T12:00+01:00")]},
         reply=reply("2026-03-03T11:00+01:00"),
         record={"signed_at": "2026-03-03T12:00+01:00", "satisfaction": 5})
    case("B", received_at="2026-03-06T16:00+01:00", customer=IVAN, kind="claim",
         channel="email", category="noise",
         follow={"owner": "Bert", "next_reply_at": "2026-03-10T09:00+01:00",
                 "actions": [contact("2026-03-06T16:30+01:00", internal=True),
                             contact("2026-03-09T10:00+01:00")]})
    case("G", received_at="2026-03-11T09:00+01:00", major_triggers=["flooding"],
         channel="messenger", customer={"name": "Jan de Vries", "language": "nl"},
         follow={"next_reply_at": None, "actions": [contact("2026-03-11T09:15+01:00")]},
         reply=reply("2026-03-11T15:00+01:00"),
         report={"to": "Marta", "at": "2026-03-11T09:30+01:00", "means": "phone"},
         record={"signed_at": "2026-03-11T16:00+01:00", "satisfaction": 3})
    case("C", received_at="2026-03-28T20:00+01:00", channel="walk_in",
         category="cleaning_grounds", nature="systemic",
         customer={"name": "王芳", "phone": "13800138000", "language": "zh_CN"},
         root_cause="Bins emptied too late on Saturdays",
         preventive_action="Second round on Saturday evenings",
         follow={"owner": "Marta", "next_reply_at": "2026-03-30T12:00+02:00"},
         reply=reply("2026-03-30T10:00+02:00"))
    case("F", received_at="2026-04-01T00:00+02:00", customer=IVAN)
    clock.set(dt.datetime(2026, 3, 11, 8, 0, tzinfo=dt.timezone.utc))
    book.update_case(refs["B"], {"follow": {"next_reply_at": "2026-03-12T09:00+01:00"}},
                     by="Anna", reason="Customer agreed on the phone")
    return refs


@pytest.fixture
def refs(book, clock):
    return march(book, clock)


@pytest.fixture
def report(book, refs):
    return stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)


def test_counts_of_the_cases_received_in_march(report, refs):
    assert report.period.start_at == dt.datetime(2026, 2, 28, 23, 0, tzinfo=dt.timezone.utc)
    assert report.period.end_at == dt.datetime(2026, 3, 31, 22, 0, tzinfo=dt.timezone.utc)
    assert report.counts == stats.Counts(received=5, open=2, resolved=3, overdue=3)
    assert [f.ref for f in report.cases] == [refs[x] for x in "EABGC"]  # oldest first


def test_every_case_is_where_the_case_list_puts_it(book, refs, report):
    """Open and overdue are the case list's own filters over the same received dates."""
    start, end = report.period.start_at, report.period.end_at

    def listed(status):
        return {r["ref"] for r in listing.case_query(status=status, now=NOW).dicts()
                if start <= r["received_at"] < end}

    cohort = {refs[x] for x in "EABGC"}
    assert {f.ref for f in report.cases} == cohort == listed(None)
    assert listed("open") == {refs["E"], refs["B"]}
    assert listed("overdue") == {refs["E"], refs["B"], refs["C"]}  # C: callback not made
    assert report.counts.open == len(listed("open"))
    assert report.counts.overdue == len(listed("overdue"))
    assert report.counts.resolved == len(listed("unsigned")) + len(listed("closed"))
    assert {f.ref for f in report.cases if f.overdue} == listed("overdue")


def test_breakdowns_by_every_dimension(report):
    def table(name):
        return {g.code: (g.counts.received, g.counts.open, g.counts.resolved, g.counts.overdue)
                for g in report.breakdowns[name]}

    assert table("category") == {"unit_repairs": (3, 1, 2, 1), "noise": (1, 1, 0, 1),
                                 "cleaning_grounds": (1, 0, 1, 1)}
    assert table("kind") == {"complaint": (4, 1, 3, 2), "claim": (1, 1, 0, 1)}
    assert table("severity") == {"general": (4, 2, 2, 3), "major": (1, 0, 1, 0)}
    assert table("nature") == {"transactional": (4, 2, 2, 2), "systemic": (1, 0, 1, 1)}
    assert table("channel") == {"phone": (2, 1, 1, 1), "email": (1, 1, 0, 1),
                                "messenger": (1, 0, 1, 0), "walk_in": (1, 0, 1, 1)}
    assert table("owner") == {"Anna": (3, 1, 2, 1), "Bert": (1, 1, 0, 1), "Marta": (1, 0, 1, 1)}
    assert [g.code for g in report.breakdowns["category"]][0] == "unit_repairs"
    for groups in report.breakdowns.values():
        assert sum(g.counts.received for g in groups) == report.counts.received
        assert sum(g.counts.overdue for g in groups) == report.counts.overdue


def test_waits_in_elapsed_and_business_hours(report):
    first, resolution = report.headline.first_contact, report.headline.resolution
    # first contact: G 0.25 h, A 2 h, C 37 h (over the DST change), B 66 h; E never
    assert first.elapsed == Wait(4, 19.5, pytest.approx(57.3))
    # business: G 0.25, C 1 (Monday 9–10), A 2, B 2 (Friday 16–17 + Monday 9–10)
    assert first.business == Wait(4, 1.5, 2.0)
    # resolution: G 6 h, A 25 h, C 37 h; business G 6, A 9 (7 + 2), C 1
    assert resolution.elapsed == Wait(3, 25.0, pytest.approx(34.6))
    assert resolution.business == Wait(3, 6.0, pytest.approx(8.4))
    by_ref = {f.ref: f for f in report.cases}
    c = next(f for f in report.cases if f.nature == "systemic")
    assert (c.first_contact_hours, c.resolution_business_hours) == (37.0, 1.0)
    assert sum(f.first_contact_hours is None for f in by_ref.values()) == 1  # E


def test_agreed_reply_times_kept_late_and_missed(report):
    # A late (replied 11:00 for 09:00), C kept, B's first time rescheduled after it
    # passed and its second still open past due, E never answered: 1 kept of 5
    assert report.headline.replies == stats.Replies(kept=1, late=1, missed=3)
    assert report.headline.replies.kept_share == pytest.approx(0.2)
    assert sum(f.replies_kept for f in report.cases) == 1
    assert sum(f.replies_missed for f in report.cases) == 3


def test_satisfaction_repeat_customers_and_systemic_cases(report, refs):
    assert report.satisfaction == {1: 0, 2: 0, 3: 1, 4: 0, 5: 1}
    assert report.headline.satisfaction_mean == 4.0
    assert [(r.name, r.cases_in_period, r.cases_in_total) for r in report.repeat_customers] == [
        ("Ivan Petrov", 2, 4), ("Emily Walker", 1, 2)]  # F (April) counts: as of now
    assert report.headline.repeat_customers == 2
    [systemic] = report.systemic
    assert (systemic.ref, systemic.category, systemic.state) == (
        refs["C"], "cleaning_grounds", "resolved")
    assert systemic.root_cause == "Bins emptied too late on Saturdays"
    assert systemic.preventive_action == "Second round on Saturday evenings"


def test_trend_compares_the_previous_calendar_month(report):
    # March is compared with February (1–28), not with the 31 days before
    assert report.period.previous() == stats.Period(dt.date(2026, 2, 1), dt.date(2026, 3, 1),
                                                    "Europe/Amsterdam")
    previous = report.previous
    assert previous.counts == stats.Counts(received=2, open=1, resolved=1, overdue=1)
    assert previous.satisfaction_mean == 2.0
    assert previous.repeat_customers is None  # the trend leaves it out
    assert previous.replies == stats.Replies(kept=0, late=0, missed=1)  # H's
    assert previous.first_contact is None  # the trend leaves the waits out


@pytest.mark.parametrize(("start", "end", "before"), [
    # month presets: the calendar month before, whatever its length
    ("2026-10-01", "2026-11-01", ("2026-09-01", "2026-10-01")),  # 1–30 September
    ("2026-03-01", "2026-04-01", ("2026-02-01", "2026-03-01")),  # 1–28 February
    ("2026-01-01", "2026-02-01", ("2025-12-01", "2026-01-01")),  # December, the year before
    ("2024-03-01", "2024-04-01", ("2024-02-01", "2024-03-01")),  # 1–29 February (leap)
    ("2026-07-01", "2026-10-01", ("2026-04-01", "2026-07-01")),  # a quarter: the one before
    ("2026-01-01", "2027-01-01", ("2025-01-01", "2026-01-01")),  # a year
    # week presets (Monday to Sunday): the week before
    ("2026-10-05", "2026-10-12", ("2026-09-28", "2026-10-05")),
    ("2026-03-02", "2026-03-09", ("2026-02-23", "2026-03-02")),
    # any other range: as many days before
    ("2026-10-10", "2026-10-20", ("2026-09-30", "2026-10-10")),
    ("2026-10-01", "2026-10-15", ("2026-09-17", "2026-10-01")),
])
def test_the_previous_period_of_a_preset(start, end, before):
    period = stats.Period.of(start, end, "Europe/Amsterdam")
    assert period.previous() == stats.Period.of(*before, "Europe/Amsterdam")


def test_holidays_count_as_closed(book, refs):
    book.set_setting("business_hours", {"hours": {str(d): ["09:00", "17:00"] for d in range(5)},
                                        "holidays": ["2026-03-09"]}, by="Marta")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)
    b = next(f for f in report.cases if f.kind == "claim")
    assert b.first_contact_hours == 66.0
    assert b.first_contact_business_hours == 1.0  # Monday the 9th is a holiday


def test_the_casebooks_timezone_decides_what_march_is(book, refs):
    book.set_setting("timezone", "Asia/Tbilisi", by="Marta")  # UTC+4
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)
    # H (28 Feb 23:59 in Amsterdam) is already 1 March 02:59 in Tbilisi
    assert report.counts.received == 6
    assert report.period.start_at == dt.datetime(2026, 2, 28, 20, 0, tzinfo=dt.timezone.utc)


def test_an_empty_period_has_no_waits(book):
    report = stats.statistics(book, "2020-01-01", "2020-01-08", now=NOW)
    assert report.counts == stats.Counts()
    assert report.headline.first_contact.elapsed == Wait(0, None, None)
    assert report.headline.replies.kept_share is None
    assert report.satisfaction == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert report.breakdowns["category"] == []


@pytest.mark.parametrize("start,end", [("2026-03-01", "2026-03-01"), ("2026-04-01", "2026-03-01"),
                                       ("March", "2026-04-01"), ("2026-03-01", "2026-13-01"),
                                       ("2000-01-01", "2026-01-01"),
                                       ("0001-01-01", "0001-02-01")])
def test_bad_periods_are_one_line_errors(book, start, end):
    with pytest.raises(InvalidInput) as err:
        stats.statistics(book, start, end, now=NOW)
    assert "\n" not in str(err.value)


def test_percentiles_interpolate_between_ranks():
    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile(list(range(1, 11)), 0.9) == pytest.approx(9.1)  # Excel PERCENTILE.INC


def test_working_time_agrees_with_the_business_calendar():
    calendar = BusinessCalendar("Europe/Amsterdam",
                                holidays=frozenset({dt.date(2026, 3, 30), dt.date(2026, 10, 26)}))
    utc = dt.timezone.utc
    first = dt.datetime(2026, 3, 1, tzinfo=utc)
    working = WorkingTime(calendar, first, first + dt.timedelta(days=300))
    rng = random.Random(4)
    for _ in range(300):
        a = first + dt.timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
        b = a + dt.timedelta(minutes=rng.randrange(0, 20 * 24 * 60))
        b = min(b, first + dt.timedelta(days=300))
        assert working.hours(a.timestamp(), b.timestamp()) == pytest.approx(
            calendar.business_hours_between(a, b)), (a, b)


def test_arrivals_per_local_day_for_the_trend_line(report):
    assert report.bucket_days == 1 and len(report.arrivals) == 31
    # E on the 1st, A the 2nd, B the 6th, G the 11th, C the 28th (local days)
    assert {day + 1: n for day, n in enumerate(report.arrivals) if n} == {
        1: 1, 2: 1, 6: 1, 11: 1, 28: 1}
    # February from the 1st: D on 20 February, H on the 28th
    assert {day: n for day, n in enumerate(report.previous_arrivals) if n} == {19: 1, 27: 1}
    assert stats.bucket_days(stats.Period.of("2026-01-01", "2027-01-01", "UTC")) == 7


def test_a_demo_casebook_agrees_with_the_case_list(tmp_path):
    """Month by month, every count is what the case list's filters show for those cases."""
    from casebook.core.casebook import Casebook
    from casebook.core.time.clock import FixedClock
    from casebook.core.demo.book import create_demo

    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
    create_demo(tmp_path / "demo.sqlite3", cases=400, seed=3, clock=FixedClock(now))
    with Casebook.open(tmp_path / "demo.sqlite3", clock=FixedClock(now)) as book:
        rows = {status: list(listing.case_query(status=status, now=now).dicts())
                for status in (None, "open", "overdue", "unsigned", "closed")}
        for month in range(6, 12):
            report = stats.statistics(book, dt.date(2026, month, 1),
                                      dt.date(2026, month + 1, 1), now=now)
            start, end = report.period.start_at, report.period.end_at

            def listed(status):
                return {r["id"] for r in rows[status] if start <= r["received_at"] < end}

            assert report.counts == stats.Counts(
                received=len(listed(None)), open=len(listed("open")),
                resolved=len(listed("unsigned")) + len(listed("closed")),
                overdue=len(listed("overdue")))
            assert {f.id for f in report.cases if f.overdue} == listed("overdue")
            assert report.counts.received > 0


def test_a_demo_years_figures_are_the_cases_counted_one_by_one(tmp_path):
    """The year up to a demo's today: every figure of the report (counted in SQL and in
    one pass) is what counting the casebook's cases one by one, as objects, gives."""
    import collections
    from zoneinfo import ZoneInfo

    from casebook.core.casebook import Casebook
    from casebook.core.demo.book import create_demo
    from casebook.core.time.clock import FixedClock
    from casebook.db.models import Case, Deadline

    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
    create_demo(tmp_path / "demo.sqlite3", cases=400, seed=5, clock=FixedClock(now))
    with Casebook.open(tmp_path / "demo.sqlite3", clock=FixedClock(now)) as book:
        # to tomorrow: the open and overdue cases of the last days are in it
        report = stats.statistics(book, "2025-11-24", "2026-11-24", now=now)
        late = {r["id"] for r in listing.case_query(status="overdue", now=now).dicts()}
        everything = list(Case.select())

        def cohort(period):
            return [c for c in everything if period.start_at <= c.received_at < period.end_at]

        def counted(cases) -> stats.Counts:
            opened = sum(c.state == "open" for c in cases)
            return stats.Counts(len(cases), opened, len(cases) - opened,
                                sum(c.id in late for c in cases))

        def replies(cases) -> stats.Replies:
            kept = done_late = missed = 0
            for d in Deadline.select().where(Deadline.kind == "reply",
                                             Deadline.case << [c.id for c in cases]):
                if d.state == "done":
                    kept += d.done_at <= d.due_at
                    done_late += d.done_at > d.due_at
                else:
                    missed += ((d.state in ("pending", "missed") and d.due_at < now)
                               or (d.state == "cancelled" and d.done_at > d.due_at))
            return stats.Replies(kept, done_late, missed)

        cases = cohort(report.period)
        assert len(cases) > 150  # a year of the demo: most of its cases
        assert report.counts.open and report.counts.overdue and report.systemic
        assert report.repeat_customers and report.previous.counts.received
        assert [f.id for f in report.cases] == [
            c.id for c in sorted(cases, key=lambda c: (c.received_at, c.id))]
        assert report.counts == counted(cases)
        for dimension, _ in stats.DIMENSIONS:
            groups = collections.defaultdict(list)
            for c in cases:
                code = (c.owner.name if c.owner else "") if dimension == "owner" \
                    else getattr(c, dimension)
                groups[code].append(c)
            assert report.breakdowns[dimension] == sorted(
                (stats.Group(code, counted(members)) for code, members in groups.items()),
                key=lambda g: (-g.counts.received, g.code)), dimension
        assert report.headline.replies == replies(cases)
        scores = collections.Counter(c.satisfaction for c in cases)
        assert report.satisfaction == {score: scores[score] for score in range(1, 6)}
        here = collections.Counter(c.customer_id for c in cases if c.customer_id)
        everywhere = collections.Counter(c.customer_id for c in everything if c.customer_id)
        assert sorted((r.customer_id, r.cases_in_period, r.cases_in_total)
                      for r in report.repeat_customers) == sorted(
            (cid, n, everywhere[cid]) for cid, n in here.items() if everywhere[cid] > 1)
        assert [s.ref for s in report.systemic] == [
            c.ref for c in sorted(cases, key=lambda c: (c.received_at, c.id))
            if c.nature == "systemic"]
        zone, size = ZoneInfo(book.tz), report.bucket_days
        days = collections.Counter(
            (c.received_at.astimezone(zone).date() - report.period.start).days // size
            for c in cases)
        assert report.arrivals == [days[i] for i in range(len(report.arrivals))]
        before = cohort(report.period.previous())
        assert (report.previous.counts, report.previous.replies) == (
            counted(before), replies(before))


def test_a_reply_exactly_at_the_agreed_time_is_kept_and_a_second_later_is_late(book, clock):
    """The promise is "by 09:00": a reply at 09:00:00 keeps it, 09:00:01 does not."""
    agreed = "2026-03-03T09:00+01:00"
    on_time = book.open_case(new_case(received_at="2026-03-02T10:00+01:00",
                                      follow={"next_reply_at": agreed},
                                      reply=reply("2026-03-03T09:00:00+01:00")), by="Anna")
    late = book.open_case(new_case(received_at="2026-03-02T10:00+01:00",
                                   follow={"next_reply_at": agreed},
                                   reply=reply("2026-03-03T09:00:01+01:00")), by="Anna")
    typed = book.open_case(new_case(received_at="2026-03-02T10:00+01:00",
                                    follow={"next_reply_at": agreed}), by="Anna")
    clock.set(dt.datetime(2026, 3, 3, 8, 0, 0, tzinfo=dt.timezone.utc))  # 09:00:00 local
    book.update_case(typed, {"reply": reply("2026-03-03T09:00+01:00")}, by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)
    by_ref = {f.ref: (f.replies_kept, f.replies_late, f.replies_missed) for f in report.cases}
    assert by_ref == {on_time: (1, 0, 0), late: (0, 1, 0), typed: (1, 0, 0)}
    assert report.headline.replies == stats.Replies(kept=2, late=1, missed=0)
    assert report.headline.replies.kept_share == pytest.approx(2 / 3)


# ------------------------------------------------------------ the pieces, by hand
def test_labels_fall_back_to_english_then_the_code(book):
    book.save_list_entry("category", None, {"en": "Lift", "ru": "Лифт"}, by="Marta")
    labels = stats.Labels(book, "nl")
    assert labels("category", "lift") == "Lift"  # no Dutch label: the English one
    assert stats.Labels(book, "ru")("category", "lift") == "Лифт"
    assert labels("category", "unknown_code") == "unknown_code"
    assert labels("category", "") == "" and labels(None, "Anna") == "Anna"
    assert labels("kind", "claim") == "Formele claim"
    assert labels.staff(None) == "" and labels.staff(999) == ""
    from casebook.db.models import Staff

    assert labels.staff(Staff.get(Staff.name == "Bert").id) == "Bert"


def test_periods_their_length_and_the_one_before():
    march = stats.Period.of("2026-03-01", "2026-04-01", "Europe/Amsterdam")
    assert (march.days, march.previous()) == (31, stats.Period(  # the calendar month before
        dt.date(2026, 2, 1), dt.date(2026, 3, 1), "Europe/Amsterdam"))
    quarter = stats.Period.of("2026-01-01", "2026-04-01", "UTC")
    assert quarter.previous() == stats.Period(dt.date(2025, 10, 1), dt.date(2026, 1, 1), "UTC")
    week = stats.Period.of("2026-03-02", "2026-03-09", "UTC")  # not whole months: 7 days
    assert week.previous() == stats.Period(dt.date(2026, 2, 23), dt.date(2026, 3, 2), "UTC")
    assert stats.Period.of(dt.datetime(2026, 3, 1, 15, 0), dt.date(2026, 3, 2), "UTC").start \
        == dt.date(2026, 3, 1)
    for start, end, words in [
        ("2026-03-02", "2026-03-02", "The period must end after it starts (2026-03-02 to "
                                     "2026-03-02)."),
        ("2016-01-01", "2026-01-09", "A report covers at most ten years."),
        ("1899-12-31", "1900-01-02", "1899-12-31 is not a plausible date."),
    ]:
        with pytest.raises(InvalidInput) as caught:
            stats.Period.of(start, end, "UTC")
        assert str(caught.value) == words
    assert stats.Period.of("2016-01-01", "2026-01-08", "UTC").days == 3660
    assert stats.Period.of("2200-12-30", "2200-12-31", "UTC").days == 1


@pytest.mark.parametrize("days,size", [(1, 1), (62, 1), (63, 7), (400, 7), (401, 30)])
def test_arrivals_are_counted_by_day_then_week_then_month(days, size):
    start = dt.date(2026, 1, 1)
    period = stats.Period(start, start + dt.timedelta(days=days), "UTC")
    assert stats.bucket_days(period) == size


def test_arrivals_land_in_their_local_day(book):
    period = stats.Period(dt.date(2026, 3, 1), dt.date(2026, 3, 4), "Europe/Amsterdam")
    times = [dt.datetime(2026, 2, 28, 23, 30, tzinfo=dt.timezone.utc),  # 1 March 00:30 local
             dt.datetime(2026, 3, 2, 22, 59, tzinfo=dt.timezone.utc),  # 2 March 23:59 local
             dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.timezone.utc)]
    assert stats.arrivals(period, [t.timestamp() for t in times]) == [1, 1, 1]
    weeks = stats.Period(dt.date(2026, 1, 1), dt.date(2026, 4, 1), "UTC")  # 90 days: 13 weeks
    last = dt.datetime(2026, 3, 31, 12, 0, tzinfo=dt.timezone.utc).timestamp()
    first = dt.datetime(2026, 1, 7, 23, 0, tzinfo=dt.timezone.utc).timestamp()
    counted = stats.arrivals(weeks, [first, last])
    assert len(counted) == 13 and counted[0] == 1 and counted[12] == 1 and sum(counted) == 2


def test_breakdowns_put_the_largest_group_first_then_by_code(book):
    for category in ("noise", "billing", "billing", "noise", "pests"):
        book.open_case(new_case(category=category, customer={"name": category, "phone": "1"}),
                       by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)
    assert [(g.code, g.counts.received) for g in report.breakdowns["category"]] == [
        ("billing", 2), ("noise", 2), ("pests", 1)]
    assert [(g.code, g.counts.received) for g in report.breakdowns["owner"]] == [("Anna", 5)]
    assert report.satisfaction == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert report.headline.satisfaction_mean is None and report.systemic == []


def test_each_cases_agreed_reply_times_and_systemic_details_are_its_own(tmp_path,
                                                                        monkeypatch):
    """Each case of a demo year carries its own agreed reply times kept, late and missed
    (read packed in one number with the case's row) and each systemic case its root cause
    and preventive action, as the case's own rows say; a count too large to pack is
    counted apart to the same figures (no bits a count here: every count is too large)."""
    from casebook.core.casebook import Casebook
    from casebook.core.demo.book import create_demo
    from casebook.core.reports import stats_times
    from casebook.core.time.clock import FixedClock
    from casebook.db.models import Case, Deadline

    now = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
    create_demo(tmp_path / "demo.sqlite3", cases=300, seed=11, clock=FixedClock(now))
    with Casebook.open(tmp_path / "demo.sqlite3", clock=FixedClock(now)) as book:
        report = stats.statistics(book, "2025-11-24", "2026-11-24", now=now)
        expected = {}
        for d in Deadline.select().where(Deadline.kind == "reply"):
            counts = expected.setdefault(d.case_id, [0, 0, 0])
            if d.state == "done":
                counts[0 if d.done_at <= d.due_at else 1] += 1
            elif ((d.state in ("pending", "missed") and d.due_at < now)
                  or (d.state == "cancelled" and d.done_at > d.due_at)):
                counts[2] += 1
        measured = [(f.replies_kept, f.replies_late, f.replies_missed) for f in report.cases]
        assert measured == [tuple(expected.get(f.id, (0, 0, 0))) for f in report.cases]
        assert any(m[0] for m in measured) and any(m[1] or m[2] for m in measured)
        systemic = [Case.get_by_id(f.id) for f in report.cases if f.nature == "systemic"]
        assert systemic and [(s.ref, s.received_at, s.category, s.state, s.root_cause,
                              s.preventive_action) for s in report.systemic] == [
            (c.ref, c.received_at, c.category, c.state, c.root_cause, c.preventive_action)
            for c in systemic]
        monkeypatch.setattr(stats_times, "REPLY_BITS", 0)
        again = stats.statistics(book, "2025-11-24", "2026-11-24", now=now)
        assert [(f.replies_kept, f.replies_late, f.replies_missed)
                for f in again.cases] == measured
        assert again.headline.replies == report.headline.replies
