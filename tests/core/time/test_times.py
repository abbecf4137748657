"""Times typed without an offset, and the desk's quick reply times: one rule, the calendar's.

Expected instants are worked out by hand from the Amsterdam rules of 2026: CET
(+01:00) until 29 March 02:00, when the clocks jump to 03:00 CEST (+02:00); back
from 03:00 CEST to 02:00 CET on 25 October.
"""

import datetime as dt

import pytest

from casebook.core.time import deadlines
from casebook.core.time.times import iso, parse_time
from casebook.errors import InvalidInput
from casebook.core.cases import interchange
from tests.conftest import TZ, new_case

UTC = dt.timezone.utc


def utc(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("typed,instant", [
    ("2026-01-15T09:00", utc(2026, 1, 15, 8, 0)),  # winter: +01:00
    ("2026-07-01T09:00", utc(2026, 7, 1, 7, 0)),  # summer: +02:00
    ("2026-03-29T01:59", utc(2026, 3, 29, 0, 59)),  # the last minute before the jump
    ("2026-03-29T02:30", utc(2026, 3, 29, 1, 0)),  # in the gap: the end of the gap, 03:00
    ("2026-03-29T03:00", utc(2026, 3, 29, 1, 0)),
    ("2026-10-25T02:30", utc(2026, 10, 25, 0, 30)),  # twice that night: the first, CEST
    ("2026-10-25T03:00", utc(2026, 10, 25, 2, 0)),
    ("2026-03-29T02:30+01:00", utc(2026, 3, 29, 1, 30)),  # an offset names the instant
    (" 2026-03-02 10:00:00.7 ", utc(2026, 3, 2, 9, 0)),  # spaces, a fraction of a second
])
def test_a_typed_time_is_local_to_the_casebook_by_the_calendars_rule(typed, instant):
    assert parse_time(typed, TZ) == instant
    assert parse_time(typed, TZ).tzinfo is UTC


def test_a_time_object_follows_the_same_rule_as_its_text():
    assert parse_time(dt.datetime(2026, 3, 29, 2, 30), TZ) == utc(2026, 3, 29, 1, 0)
    assert parse_time(dt.datetime(2026, 7, 1, 9, 0), TZ) == utc(2026, 7, 1, 7, 0)


@pytest.mark.parametrize("bad", ["tomorrow", "2026-02-30T10:00", "1899-12-31T23:00",
                                 "2201-01-01T00:00"])
def test_nonsense_is_refused_with_a_message(bad):
    with pytest.raises(InvalidInput) as caught:
        parse_time(bad, TZ)
    assert bad in str(caught.value)
    assert parse_time("", TZ) is None and parse_time(None, TZ) is None


def test_iso_writes_the_offset_of_that_day():
    assert iso(utc(2026, 3, 29, 1, 0), TZ) == "2026-03-29T03:00:00+02:00"
    assert iso(utc(2026, 3, 29, 0, 59), TZ) == "2026-03-29T01:59:00+01:00"
    assert iso(None, TZ) is None


def test_the_desk_typing_a_time_in_the_gap_agrees_03_00(book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-29T02:30"}}, by="Anna",
                     reason="customer asked for the night")
    assert book.case(ref)["follow"]["next_reply_at"] == "2026-03-29T03:00:00+02:00"
    assert [d.due_at for d in book.due(utc(2026, 3, 29, 1, 0)) if d.kind == "reply"] == [
        "2026-03-29T03:00:00+02:00"]
    assert [d.kind for d in book.due(utc(2026, 3, 29, 0, 59)) if d.kind == "reply"] == []


def test_an_imported_time_in_the_gap_agrees_03_00_too(book, tmp_path):
    source = tmp_path / "in.jsonl"
    import json

    doc = new_case(received_at="2026-03-28T10:00", follow={"next_reply_at": "2026-03-29T02:30"})
    source.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    ref = interchange.import_file(book, source, by="Marta").refs[0]
    assert book.case(ref)["follow"]["next_reply_at"] == "2026-03-29T03:00:00+02:00"


@pytest.mark.parametrize("now,hour,afternoon,tomorrow", [
    # Monday 2 March, 10:00 CET: 11:00, 15:00 today, 09:00 Tuesday
    (utc(2026, 3, 2, 9, 0), utc(2026, 3, 2, 10, 0), utc(2026, 3, 2, 14, 0),
     utc(2026, 3, 3, 8, 0)),
    # Saturday 28 March, 16:00 CET: past 15:00, so Sunday 15:00 CEST; Sunday 09:00 CEST
    (utc(2026, 3, 28, 15, 0), utc(2026, 3, 28, 16, 0), utc(2026, 3, 29, 13, 0),
     utc(2026, 3, 29, 7, 0)),
    # Sunday 29 March 01:30 CET: an hour later is 03:30 CEST (elapsed, not wall time)
    (utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 30), utc(2026, 3, 29, 13, 0),
     utc(2026, 3, 30, 7, 0)),
    # Saturday 24 October, 15:00 CEST exactly: 15:00 has come, so Sunday 15:00 CET
    (utc(2026, 10, 24, 13, 0), utc(2026, 10, 24, 14, 0), utc(2026, 10, 25, 14, 0),
     utc(2026, 10, 25, 8, 0)),
])
def test_quick_reply_times_are_wall_clock_times_of_the_next_days(now, hour, afternoon,
                                                                 tomorrow):
    assert deadlines.quick_times(now, TZ) == {"hour": hour, "afternoon": afternoon,
                                              "tomorrow": tomorrow}


@pytest.mark.parametrize("typed,words", [
    ("2026-13-01", "2026-13-01 is not a date (expected YYYY-MM-DD)."),
    ("1 March", "1 March is not a date (expected YYYY-MM-DD)."),
    (None, "None is not a date (expected YYYY-MM-DD)."),
])
def test_a_bad_date_is_named(typed, words):
    from casebook.core.time.times import parse_date

    with pytest.raises(InvalidInput) as caught:
        parse_date(typed)
    assert str(caught.value) == words


def test_dates_and_times_as_typed():
    from casebook.core.time.times import parse_date, zone

    assert parse_date(" 2026-03-02 ") == dt.date(2026, 3, 2)
    assert parse_date(dt.date(2026, 3, 2)) == dt.date(2026, 3, 2)
    assert zone("Europe/Amsterdam").key == "Europe/Amsterdam"
    with pytest.raises(InvalidInput) as caught:
        zone("Mars/Olympus")
    assert str(caught.value) == "Mars/Olympus is not a known timezone."
    with pytest.raises(InvalidInput) as caught:
        parse_time("tomorrow", TZ)
    assert str(caught.value) == ("tomorrow is not a date and time (expected e.g. "
                                 "2026-03-01T09:30+01:00).")
    with pytest.raises(InvalidInput) as caught:
        parse_time("1899-12-31T23:00", TZ)
    assert str(caught.value) == "1899-12-31T23:00 is not a plausible date."
    assert parse_time("2026-03-02T09:00Z", TZ) == utc(2026, 3, 2, 9, 0)
    assert parse_time(dt.datetime(2026, 3, 2, 9, 0, 0, 500, tzinfo=UTC), TZ) == \
        utc(2026, 3, 2, 9, 0)
    assert parse_time("1900-01-01T12:00", "UTC") == utc(1900, 1, 1, 12, 0)
    assert parse_time("2200-12-31T12:00", "UTC") == utc(2200, 12, 31, 12, 0)
    assert iso(utc(2026, 3, 2, 9, 0, 30), "UTC") == "2026-03-02T09:00:30+00:00"


def test_quick_times_are_utc_instants():
    times = deadlines.quick_times(utc(2026, 3, 2, 9, 0), TZ)
    assert all(value.tzinfo is UTC for value in times.values())  # UTC itself, not local


def test_anything_else_is_read_as_its_text():
    assert parse_time(dt.date(2026, 3, 2), TZ) == utc(2026, 3, 1, 23, 0)  # midnight local
    with pytest.raises(InvalidInput) as caught:
        parse_time(dt.datetime(1800, 1, 1, tzinfo=UTC), TZ)
    assert str(caught.value) == "1800-01-01 00:00:00+00:00 is not a plausible date."


@pytest.mark.parametrize("text, tz, written", [
    ("2026-03-02T10:15:00+01:00", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    ("2026-03-02T09:15:00Z", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    ("2026-07-02T09:15:00+00:00", "Europe/Amsterdam", "2026-07-02T11:15:00+02:00"),
    ("2026-10-25T00:30:00+00:00", "Europe/Amsterdam", "2026-10-25T02:30:00+02:00"),
    ("2026-10-25T01:30:00+00:00", "Europe/Amsterdam", "2026-10-25T02:30:00+01:00"),
    ("2026-03-02T10:15:00.750+01:00", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    ("2026-03-02T10:15", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    (" 2026-03-02T10:15:00+01:00 ", "Asia/Tbilisi", "2026-03-02T13:15:00+04:00"),
    ("2026-03-02T10:15:00+01:00", "Asia/Shanghai", "2026-03-02T17:15:00+08:00"),
    ("", "Europe/Amsterdam", None),
    (None, "Europe/Amsterdam", None),
    # text spelled almost as the casebook spells it, which must not be taken as it is
    ("2026-03-02T10:15:00-00:00", "UTC", "2026-03-02T10:15:00+00:00"),
    ("2026-03-02T10:15+01:00:00", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    ("2026-03-02 10:15:00+01:00", "Europe/Amsterdam", "2026-03-02T10:15:00+01:00"),
    ("2026-07-02T10:15:00+01:00", "Europe/Amsterdam", "2026-07-02T11:15:00+02:00"),
    ("2026-03-02T10:15:00+05:30", "Asia/Kolkata", "2026-03-02T10:15:00+05:30"),
])
def test_a_typed_time_is_written_in_the_casebook_s_zone(text, tz, written):
    """`iso_text`, the intake's quick way, writes each time as `iso(parse_time())` does:
    the offset of that moment in the casebook's zone (both sides of the October change),
    seconds only, local text taken as the casebook's own time."""
    from casebook.core.time.times import iso_text

    assert iso_text(text, tz) == written == iso(parse_time(text, tz), tz)


@pytest.mark.parametrize("text", ["1899-12-31T23:00:00+00:00", "next Tuesday", "2026-13-01T00:00"])
def test_a_time_the_intake_cannot_read_is_refused_as_before(text):
    from casebook.core.time.times import iso_text

    with pytest.raises(InvalidInput):
        iso_text(text, "Europe/Amsterdam")


@pytest.mark.parametrize("value, written", [
    # the last and first years a casebook takes, at their very edges
    ("2200-12-31T22:59:59+00:00", "2200-12-31T23:59:59+01:00"),
    # Amsterdam kept its own mean time in 1900: 19 minutes 32 seconds ahead of Greenwich
    ("1900-01-01T00:00:00+00:00", "1900-01-01T00:19:32+00:19:32"),
    # not text: a datetime, as a document built in code holds it
    (dt.datetime(2026, 3, 2, 9, 15, tzinfo=UTC), "2026-03-02T10:15:00+01:00"),
])
def test_the_quick_way_reads_the_edges_and_what_is_not_text(value, written):
    from casebook.core.time.times import iso_text

    assert iso_text(value, "Europe/Amsterdam") == written


@pytest.mark.parametrize("text", ["2201-01-01T00:00:00+00:00", "2201-01-01T00:30:00+01:00"])
def test_a_time_after_2200_is_refused_by_the_quick_way_too(text):
    from casebook.core.time.times import iso_text

    with pytest.raises(InvalidInput) as caught:
        iso_text(text, "Europe/Amsterdam")
    assert str(caught.value) == f"{text} is not a plausible date."
