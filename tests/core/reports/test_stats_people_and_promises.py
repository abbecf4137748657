"""Repeat customers, systemic cases, arrivals and agreed reply times at their edges,
with expectations worked out by hand (the report is made on 2 April 2026, 12:00 UTC).

Mutation testing (build/mutation.py) showed each of these unchecked by the March casebook
of test_stats.py: how repeat customers with equal totals are ordered and which of them
are named, a customer whose cases all lie outside the period, two systemic cases logged
out of order, two arrivals on one day, a reply due at the very moment of the report, a
reply time moved exactly when it fell due, a case that has lost its owner.
"""

from __future__ import annotations

import datetime as dt

from casebook.core.reports import stats
from tests.conftest import new_case, raw_connect

APRIL = dt.datetime(2026, 4, 2, 12, 0, tzinfo=dt.timezone.utc)
IVAN = {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "language": "ru"}
EMILY = {"name": "Emily Walker", "phone": "+44 20 7946 0000", "language": "en"}
JAN = {"name": "Jan de Vries", "phone": "+31 6 1234 5678", "language": "nl"}
OLGA = {"name": "Olga Smirnova", "phone": "+7 495 111-22-33", "language": "ru"}
WANG = {"name": "王芳", "phone": "13800138000", "language": "zh_CN"}


def case(book, received: str, customer: dict, **doc) -> str:
    return book.open_case(new_case(received_at=received, customer=customer, **doc), by="Anna")


def test_repeat_customers_most_cases_first_then_most_in_the_period(book):
    """Totals count every case in the casebook. Emily is logged first (her customer id is
    the lower), yet Ivan, as many cases in all but more of them in March, comes first."""
    case(book, "2026-02-05T10:00+01:00", EMILY)
    case(book, "2026-02-06T10:00+01:00", EMILY)
    case(book, "2026-02-07T10:00+01:00", OLGA)  # two cases, none in March: not listed
    case(book, "2026-02-08T10:00+01:00", OLGA)
    case(book, "2026-03-02T10:00+01:00", IVAN)
    case(book, "2026-03-03T10:00+01:00", IVAN)
    case(book, "2026-03-04T10:00+01:00", EMILY)
    case(book, "2026-03-05T10:00+01:00", JAN)
    case(book, "2026-03-06T10:00+01:00", WANG)  # one case only: not a repeat customer
    case(book, "2026-04-01T10:00+02:00", JAN)  # after the period, still counted
    case(book, "2026-05-04T10:00+02:00", IVAN)
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL,
                              repeaters_named=2)
    assert [(r.name, r.cases_in_period, r.cases_in_total)
            for r in report.repeat_customers] == [
        ("Ivan Petrov", 2, 3), ("Emily Walker", 1, 3), ("", 1, 2)]  # Jan: not named
    assert report.headline.repeat_customers == 3
    everyone = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert [r.name for r in everyone.repeat_customers] == [
        "Ivan Petrov", "Emily Walker", "Jan de Vries"]


def test_systemic_cases_in_the_order_they_were_received(book):
    later = case(book, "2026-03-20T10:00+01:00", IVAN, nature="systemic",
                 root_cause="Lift motor worn", preventive_action="Service contract")
    earlier = case(book, "2026-03-05T10:00+01:00", EMILY, nature="systemic",
                   root_cause="Bins emptied late", preventive_action="Second round")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert [(s.ref, s.root_cause) for s in report.systemic] == [
        (earlier, "Bins emptied late"), (later, "Lift motor worn")]


def test_two_cases_on_one_day_are_two_arrivals(book):
    case(book, "2026-03-02T09:00+01:00", IVAN)
    case(book, "2026-03-02T17:00+01:00", EMILY)
    case(book, "2026-03-31T23:59+02:00", JAN)  # the last minute of March, local time
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.arrivals == [0, 2] + [0] * 28 + [1]


def test_a_reply_due_at_the_very_moment_of_the_report_is_not_yet_missed(book):
    case(book, "2026-03-02T10:00+01:00", IVAN,
         follow={"next_reply_at": "2026-03-02T16:00+01:00"})
    due = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.timezone.utc)
    at_due = stats.statistics(book, "2026-03-01", "2026-04-01", now=due)
    assert at_due.headline.replies == stats.Replies(kept=0, late=0, missed=0)
    later = stats.statistics(book, "2026-03-01", "2026-04-01",
                             now=due + dt.timedelta(seconds=1))
    assert later.headline.replies == stats.Replies(kept=0, late=0, missed=1)
    april = stats.statistics(book, "2026-04-01", "2026-05-01", now=due)
    assert april.previous.replies == stats.Replies(kept=0, late=0, missed=0)


def test_a_reply_time_moved_at_the_moment_it_falls_due_is_a_new_promise(book, clock):
    """Moved at 16:00 sharp, the 16:00 promise was not yet broken: only the new one,
    never kept either, counts as missed."""
    ref = case(book, "2026-03-02T10:00+01:00", IVAN,
               follow={"next_reply_at": "2026-03-02T16:00+01:00"})
    clock.set(dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.timezone.utc))  # 16:00 local
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-03T16:00+01:00"}},
                     by="Anna", reason="Customer asked for tomorrow")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.headline.replies == stats.Replies(kept=0, late=0, missed=1)
    assert report.previous.replies == stats.Replies(kept=0, late=0, missed=0)


def test_a_case_without_an_owner_is_counted_under_no_name(book, db_path):
    """An owner can be missing (a case from before owners were kept, a row edited by
    hand): its case is counted, under an empty name, never under a made-up one."""
    ref = case(book, "2026-03-02T10:00+01:00", IVAN)
    case(book, "2026-03-03T10:00+01:00", EMILY)
    conn = raw_connect(db_path)
    conn.execute('UPDATE "case" SET owner_id = NULL WHERE ref = ?', (ref,))
    conn.commit()
    conn.close()
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert [(g.code, g.counts.received) for g in report.breakdowns["owner"]] == [
        ("", 1), ("Anna", 1)]


def test_a_reply_exactly_on_the_agreed_time_is_kept_by_every_count(book):
    """The report's own count (one number per case), the period's totals (`replies_of`)
    and the per-case counts (`reply_counts`, read when a case has too many to pack): a
    reply recorded at the very second it was agreed for is kept, not late."""
    from casebook.db.models import Case
    from tests.conftest import TZ

    ref = case(book, "2026-03-02T10:00+01:00", IVAN,
               follow={"next_reply_at": "2026-03-02T16:00+01:00"},
               reply={"at": "2026-03-02T16:00:00+01:00", "channel": "phone",
                      "text": "We fixed it.", "accepted": True,
                      "resolution": {"type": "repair", "text": "Repaired"}})
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.headline.replies == stats.Replies(kept=1, late=0, missed=0)
    march = stats.Period.of("2026-03-01", "2026-04-01", TZ)
    assert stats.replies_of(march, APRIL) == stats.Replies(kept=1, late=0, missed=0)
    case_id = Case.get(Case.ref == ref).id
    assert stats.reply_counts(march, APRIL) == {case_id: (1, 0, 0)}
