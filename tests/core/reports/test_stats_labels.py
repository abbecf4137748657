"""A report's labels: a list entry in the reader's language, else English, else its code;
a code of no known list, or of none, is shown as it is; a member of staff by name."""

from casebook.core.reports import stats


def test_a_code_is_labelled_in_the_readers_language_else_english_else_as_it_is(book):
    code = book.save_list_entry("category", None, {"en": "Lift", "nl": "Lift (NL)"},
                                by="Marta")
    english_only = book.save_list_entry("category", None, {"en": "Stairs"}, by="Marta")
    dutch = stats.Labels(book, "nl")
    assert dutch("category", code) == "Lift (NL)"
    assert dutch("category", english_only) == "Stairs"
    assert dutch("category", "no-such-code") == "no-such-code"
    assert dutch("no-such-list", code) == code  # a list the report does not know
    assert dutch(None, "Anna") == "Anna"  # no list: a name stays as it is
    assert dutch("category", "") == "" and dutch("category", None) == ""
    assert stats.Labels(book, "ru")("category", code) == "Lift"
    from casebook.db.models import Staff

    anna = Staff.get(Staff.name == "Anna").id
    assert dutch.staff(anna) == "Anna" and dutch.staff(None) == "" and dutch.staff(-1) == ""


def test_cases_without_a_value_are_one_group_however_many(book):
    """Three cases, two of them open, with no value for a dimension (an imported case
    without a nature or an owner): one group of three, not three groups of one."""
    import dataclasses
    import datetime as dt

    from tests.conftest import new_case

    refs = [book.open_case(new_case(received_at=f"2026-03-0{d}T10:00+01:00",
                                    customer={"name": f"C{d}", "phone": str(d)}), by="Anna")
            for d in (2, 3, 4)]
    book.update_case(refs[0], {"reply": {"at": "2026-03-02T16:00+01:00", "channel": "phone",
                                         "text": "Fixed", "accepted": True,
                                         "resolution": {"type": "repair", "text": "Fixed"}}},
                     by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01",
                              now=dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc))
    assert [(g.code, g.counts.received, g.counts.open) for g in report.breakdowns["nature"]] \
        == [("transactional", 3, 2)]
    blank = [dataclasses.replace(f, nature="", owner_id=None) for f in report.cases]
    for dimension in ("nature", "owner"):
        assert [(g.code, g.counts.received, g.counts.open)
                for g in stats.breakdown(blank, dimension)] == [("", 3, 2)], dimension


def test_a_period_from_mid_month_to_a_first_compares_with_as_many_days_before():
    """Whole months only when both ends are on the 1st: 15 March to 1 May is 47 days,
    compared with the 47 days before (27 January to 15 March), not with two months."""
    import datetime as dt

    period = stats.Period.of("2026-03-15", "2026-05-01", "Europe/Amsterdam")
    before = period.previous()
    assert (before.start, before.end) == (dt.date(2026, 1, 27), dt.date(2026, 3, 15))
    period = stats.Period.of("2026-03-01", "2026-04-15", "Europe/Amsterdam")
    before = period.previous()
    assert (before.start, before.end) == (dt.date(2026, 1, 15), dt.date(2026, 3, 1))
    period = stats.Period.of("2026-03-01", "2026-05-01", "Europe/Amsterdam")
    before = period.previous()
    assert (before.start, before.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 1))


def test_a_report_names_the_first_ten_repeat_customers_only(book):
    """Eleven customers with two cases each: all eleven counted, ten of them named."""
    import datetime as dt

    from tests.conftest import new_case

    for n in range(11):
        for day in (2, 3):
            book.open_case(new_case(received_at=f"2026-03-0{day}T1{n % 10}:00+01:00",
                                    customer={"name": f"Klant {n:02}", "phone": f"06{n:02}"}),
                           by="Anna")
    report = stats.statistics(book, "2026-03-01", "2026-04-01",
                              now=dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc))
    assert len(report.repeat_customers) == 11
    assert [r.name for r in report.repeat_customers] == [f"Klant {n:02}" for n in range(10)] + [""]


def test_a_report_covers_1900_to_2200_and_no_further():
    import pytest

    from casebook.errors import InvalidInput

    tz = "Europe/Amsterdam"
    assert stats.Period.of("1900-01-01", "1900-02-01", tz).days == 31
    assert stats.Period.of("2200-12-01", "2200-12-31", tz).days == 30
    for start, end in (("1899-12-31", "1900-01-02"), ("2200-12-30", "2201-01-01")):
        with pytest.raises(InvalidInput):
            stats.Period.of(start, end, tz)
