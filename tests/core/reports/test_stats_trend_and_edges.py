"""The report's edges, computed by hand: a trend with nothing before it, a trend whose open
and resolved cases differ, a deadline due at the very moment of the report, a signed case
with a callback never made, a list entry retired after its cases were logged.

Mutation testing (build/mutation.py) showed each of these unchecked: the March casebook of
test_stats.py has as many open as resolved cases in February, no deadline due exactly at
its report time, and no retired entry.
"""

from __future__ import annotations

import datetime as dt

from casebook.core.cases import listing
from casebook.core.reports import stats
from tests.conftest import new_case

REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}
APRIL = dt.datetime(2026, 4, 2, 12, 0, tzinfo=dt.timezone.utc)


def overdue_in_list(now: dt.datetime) -> int:
    return listing.case_query(status="overdue", now=now).count()


def test_a_first_month_has_a_trend_of_zeros(book):
    """Nothing was received in February: its figures are 0, not missing and not 1."""
    book.open_case(new_case(received_at="2026-03-02T10:00+01:00"), by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.counts == stats.Counts(received=1, open=1, resolved=0, overdue=1)
    assert report.previous.counts == stats.Counts(received=0, open=0, resolved=0, overdue=0)
    assert report.previous.replies == stats.Replies(kept=0, late=0, missed=0)
    assert report.previous.satisfaction_mean is None


def test_the_trend_counts_open_and_resolved_cases_apart(book):
    """February: two cases still open, one replied to (resolved). The trend says 2 and 1;
    all three are overdue in April: two replies never given, and the callback after the
    third one's reply never made."""
    for day in ("02", "03"):
        book.open_case(new_case(received_at=f"2026-02-{day}T10:00+01:00",
                                follow={"next_reply_at": f"2026-02-{day}T16:00+01:00"}),
                       by="Anna")
    book.open_case(new_case(received_at="2026-02-04T10:00+01:00",
                            follow={"next_reply_at": "2026-02-04T16:00+01:00"},
                            reply={**REPLY, "at": "2026-02-04T15:00+01:00"}), by="Anna")
    book.open_case(new_case(received_at="2026-03-02T10:00+01:00"), by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.previous.counts == stats.Counts(received=3, open=2, resolved=1, overdue=3)
    assert report.previous.replies == stats.Replies(kept=1, late=0, missed=2)


def test_a_reply_due_at_the_very_moment_of_the_report_is_not_yet_overdue(book):
    ref = book.open_case(new_case(received_at="2026-03-02T10:00+01:00",
                                  follow={"next_reply_at": "2026-03-02T16:00+01:00"}),
                         by="Anna")
    due = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.timezone.utc)  # 16:00 in Amsterdam
    at_due = stats.statistics(book, "2026-03-01", "2026-04-01", now=due)
    assert at_due.counts.overdue == 0 and overdue_in_list(due) == 0
    assert [f.overdue for f in at_due.cases] == [False]
    later = due + dt.timedelta(seconds=1)
    after = stats.statistics(book, "2026-03-01", "2026-04-01", now=later)
    assert after.counts.overdue == 1 and overdue_in_list(later) == 1
    assert [(f.ref, f.overdue) for f in after.cases] == [(ref, True)]
    # the trend of April sees March the same way
    april = stats.statistics(book, "2026-04-01", "2026-05-01", now=due)
    assert april.previous.counts == stats.Counts(received=1, open=1, resolved=0, overdue=0)


def test_a_signed_case_is_never_overdue_even_with_a_callback_not_made(book):
    """Signing closes a case; a callback still pending on it is no longer the desk's
    debt, in the report as in the case list."""
    ref = book.open_case(new_case(received_at="2026-03-02T10:00+01:00", reply=REPLY,
                                  follow={"next_reply_at": "2026-03-05T09:00+01:00"}),
                         by="Anna")
    book.sign(ref, by="Anna")
    assert book.case(ref)["state"] == "closed"
    report = stats.statistics(book, "2026-03-01", "2026-04-01", now=APRIL)
    assert report.counts == stats.Counts(received=1, open=0, resolved=1, overdue=0)
    assert overdue_in_list(APRIL) == 0
    april = stats.statistics(book, "2026-04-01", "2026-05-01", now=APRIL)
    assert april.previous.counts == stats.Counts(received=1, open=0, resolved=1, overdue=0)


def test_a_retired_category_keeps_its_name_in_the_report(book):
    code = book.save_list_entry("category", None, {"en": "Lift", "nl": "Lift (NL)"},
                                by="Marta")
    book.open_case(new_case(received_at="2026-03-02T10:00+01:00", category=code), by="Anna")
    book.save_list_entry("category", code, {"en": "Lift"}, by="Marta", active=False)
    assert code not in {e.code for e in book.list_entries("category")}  # retired
    assert stats.Labels(book, "nl")("category", code) == "Lift (NL)"
    assert stats.Labels(book, "en")("category", code) == "Lift"
