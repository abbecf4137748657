"""Business hours, holidays and wall-clock times, including both DST changes."""

import datetime as dt
import math
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebook.core.time.calendar import (
    BusinessCalendar,
    CalendarError,
    add_hours,
    next_local,
    wall_clock,
)
from casebook.errors import InvalidInput

UTC = dt.timezone.utc
AMS = "Europe/Amsterdam"
ZONE = ZoneInfo(AMS)
CAL = BusinessCalendar(AMS)


def local(*args, fold=0):
    """The instant (in UTC) of an Amsterdam wall time that exists.

    Kept in UTC on purpose: two datetimes sharing a ZoneInfo compare by wall
    time, ignoring `fold`, and PEP 495 makes a time in the fold unequal to
    every time in another zone, so a test comparing zoned datetimes could
    pass or fail for the wrong reason.
    """
    return dt.datetime(*args, tzinfo=ZONE, fold=fold).astimezone(UTC)


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


def wall(value):
    """What the Amsterdam wall clock shows at an instant."""
    return value.astimezone(ZONE).replace(tzinfo=None)


# --- business hours ------------------------------------------------------------


def test_friday_1600_plus_24_business_hours_is_wednesday_1600():
    end = CAL.add_business_hours(local(2026, 3, 6, 16), 24)  # 1 Fri + 8 Mon + 8 Tue + 7 Wed
    assert end == local(2026, 3, 11, 16)
    assert end.tzinfo == ZONE and end.replace(tzinfo=None) == dt.datetime(2026, 3, 11, 16)


def test_a_monday_holiday_pushes_it_to_thursday():
    cal = BusinessCalendar(AMS, holidays=frozenset({dt.date(2026, 3, 9)}))
    assert cal.add_business_hours(local(2026, 3, 6, 16), 24) == local(2026, 3, 12, 16)


@pytest.mark.parametrize("start, hours, end", [
    (local(2026, 3, 7, 10), 1, local(2026, 3, 9, 10)),  # Saturday: from Monday's opening
    (local(2026, 3, 8, 23, 59), 0, local(2026, 3, 9, 9)),  # zero hours: the next opening
    (local(2026, 3, 10, 7), 2, local(2026, 3, 10, 11)),  # before opening
    (local(2026, 3, 10, 18), 1, local(2026, 3, 11, 10)),  # after closing
    (local(2026, 3, 10, 17), 0, local(2026, 3, 11, 9)),  # at closing: closed
    (local(2026, 3, 6, 16), 1, local(2026, 3, 6, 17)),  # uses up the day: its closing
    (local(2026, 3, 10, 12), 0, local(2026, 3, 10, 12)),  # open: now
    (local(2026, 3, 10, 12), 0.25, local(2026, 3, 10, 12, 15)),
    (utc(2026, 3, 10, 8), 1, local(2026, 3, 10, 10)),  # any aware input
])
def test_counting_starts_at_the_next_opening(start, hours, end):
    assert CAL.add_business_hours(start, hours) == end


def test_business_hours_stay_0900_1700_local_over_both_dst_weekends():
    # spring: Friday 27 March is CET (+1), Monday 30 March is CEST (+2)
    assert CAL.add_business_hours(local(2026, 3, 27, 15), 4) == utc(2026, 3, 30, 9)
    assert wall(CAL.add_business_hours(local(2026, 3, 27, 17), 0)) == dt.datetime(2026, 3, 30, 9)
    assert CAL.business_hours_between(local(2026, 3, 27, 9), local(2026, 3, 30, 17)) == 16
    # autumn: Friday 23 October is CEST, Monday 26 October is CET
    assert CAL.add_business_hours(local(2026, 10, 23, 16), 2) == utc(2026, 10, 26, 9)
    assert CAL.business_hours_between(local(2026, 10, 23, 9), local(2026, 10, 26, 17)) == 16


def test_a_round_the_clock_day_has_23_or_25_hours_when_the_clocks_change():
    always = BusinessCalendar(AMS, {6: (dt.time(0), dt.time(0))})  # Sundays 00:00–24:00
    assert always.business_hours_between(local(2026, 3, 28), local(2026, 3, 31)) == 23
    assert always.business_hours_between(local(2026, 10, 24), local(2026, 10, 27)) == 25
    assert always.add_business_hours(local(2026, 3, 29), 23) == local(2026, 3, 30)
    second = always.add_business_hours(local(2026, 10, 25, 1), 2)  # the second 02:00
    assert second.astimezone(UTC) == local(2026, 10, 25, 2, fold=1) == utc(2026, 10, 25, 1)
    assert always.is_open(local(2026, 3, 29, 23, 59)) and not always.is_open(local(2026, 3, 30))


def test_opening_inside_a_gap_opens_when_the_gap_ends():
    early = BusinessCalendar(AMS, {6: (dt.time(2, 30), dt.time(4))})
    assert early.add_business_hours(local(2026, 3, 29, 0), 0) == local(2026, 3, 29, 3)
    assert early.business_hours_between(local(2026, 3, 29), local(2026, 3, 30)) == 1
    assert early.business_hours_between(local(2026, 10, 25), local(2026, 10, 26)) == 2.5


def test_is_open():
    assert CAL.is_open(local(2026, 3, 10, 9))
    assert CAL.is_open(utc(2026, 3, 10, 15, 59))  # 16:59 local
    assert not CAL.is_open(local(2026, 3, 10, 17))
    assert not CAL.is_open(local(2026, 3, 10, 8, 59))
    assert not CAL.is_open(local(2026, 3, 7, 12))  # Saturday
    assert not BusinessCalendar(AMS, holidays=frozenset({dt.date(2026, 3, 10)})).is_open(
        local(2026, 3, 10, 12))


def test_business_hours_between():
    assert CAL.business_hours_between(local(2026, 3, 6, 16), local(2026, 3, 11, 16)) == 24
    assert CAL.business_hours_between(local(2026, 3, 7, 9), local(2026, 3, 8, 17)) == 0
    assert CAL.business_hours_between(local(2026, 3, 11), local(2026, 3, 10)) == 0
    assert CAL.business_hours_between(local(2026, 3, 10, 16, 30), utc(2026, 3, 11, 8, 15)) == 0.75


@settings(max_examples=300, deadline=None, database=None)
@given(start=st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2026, 12, 31),
                          timezones=st.just(UTC)),
       hours=st.floats(min_value=0, max_value=200, allow_nan=False))
def test_business_hours_between_inverts_add_business_hours(start, hours):
    cal = BusinessCalendar(AMS, {0: (dt.time(9), dt.time(17)), 2: (dt.time(8), dt.time(12, 30)),
                                 5: (dt.time(1), dt.time(3, 30))},  # Saturdays: both DST nights
                           frozenset({dt.date(2026, 4, 6), dt.date(2026, 12, 28)}))
    start_open = cal.add_business_hours(start, 0)
    assert cal.is_open(start_open)
    end = cal.add_business_hours(start_open, hours)
    assert math.isclose(cal.business_hours_between(start_open, end), hours, abs_tol=1e-6)
    assert math.isclose(cal.business_hours_between(start, end), hours, abs_tol=1e-6)


# --- agreed wall-clock times ---------------------------------------------------


def test_tomorrow_0900_is_0900_local_across_both_dst_changes():
    spring = next_local(local(2026, 3, 28, 10), AMS, 9)  # Saturday 10:00 CET
    assert spring == utc(2026, 3, 29, 7) and spring.tzinfo is ZONE
    assert spring.replace(tzinfo=None) == dt.datetime(2026, 3, 29, 9)
    autumn = next_local(local(2026, 10, 24, 10), AMS, 9)  # Saturday 10:00 CEST
    assert autumn == utc(2026, 10, 25, 8)
    assert autumn.replace(tzinfo=None) == dt.datetime(2026, 10, 25, 9)
    # not "24 hours later", which would read 10:00 and 08:00 on the wall
    assert wall(add_hours(local(2026, 3, 28, 9), 24)).hour == 10
    assert wall(add_hours(local(2026, 10, 24, 9), 24)).hour == 8


def test_next_local_counts_days_from_the_local_date():
    late = utc(2026, 3, 2, 23, 30)  # already Tuesday 00:30 in Amsterdam
    assert next_local(late, AMS, 9) == local(2026, 3, 4, 9)
    assert next_local(late, AMS, 15, days=0) == local(2026, 3, 3, 15)
    assert next_local(late, "UTC", 9) == utc(2026, 3, 3, 9)


def test_a_time_in_the_spring_gap_moves_forward_to_the_first_valid_minute():
    assert wall_clock("2026-03-29T02:30", AMS) == utc(2026, 3, 29, 1)  # 03:00 CEST
    assert wall_clock(dt.datetime(2026, 3, 29, 2, 0), AMS).replace(tzinfo=None) == \
        dt.datetime(2026, 3, 29, 3, 0)
    assert next_local(local(2026, 3, 28, 12), AMS, 2, 30) == local(2026, 3, 29, 3)
    # other gaps: half an hour on Lord Howe Island, a whole day in Samoa in 2011
    assert wall_clock("2026-10-04T02:10", "Australia/Lord_Howe").replace(tzinfo=None) == \
        dt.datetime(2026, 10, 4, 2, 30)
    assert wall_clock("2011-12-30T12:00", "Pacific/Apia").replace(tzinfo=None) == \
        dt.datetime(2011, 12, 31, 0, 0)


def test_a_time_in_the_autumn_fold_is_its_first_occurrence():
    first = wall_clock("2026-10-25T02:30", AMS)
    assert first.astimezone(UTC) == utc(2026, 10, 25, 0, 30)  # still summer time
    assert first.utcoffset() == dt.timedelta(hours=2) and first.fold == 0
    again = wall_clock(dt.datetime(2026, 10, 25, 2, 30, fold=1), AMS)
    assert again.astimezone(UTC) == first.astimezone(UTC)
    fold = next_local(local(2026, 10, 24, 12), AMS, 2, 30)
    assert fold.astimezone(UTC) == utc(2026, 10, 25, 0, 30)


def test_wall_clock_takes_ordinary_and_aware_times():
    assert wall_clock("2026-03-03T09:00", AMS) == utc(2026, 3, 3, 8)
    assert wall_clock(" 2026-07-01T09:00 ", AMS) == utc(2026, 7, 1, 7)
    assert wall_clock(utc(2026, 7, 1, 7), AMS).replace(tzinfo=None) == dt.datetime(2026, 7, 1, 9)
    assert wall_clock("2026-07-01T09:00", AMS).tzinfo == ZONE


def test_add_hours_is_elapsed_time():
    assert add_hours(local(2026, 3, 29, 1, 30), 1) == local(2026, 3, 29, 3, 30)
    assert wall(add_hours(dt.datetime(2026, 3, 29, 1, 30, tzinfo=ZONE), 1)).hour == 3
    report = add_hours(dt.datetime(2026, 10, 25, 2, 30, tzinfo=ZONE), 1)  # first 02:30 → second
    assert report.astimezone(UTC) == utc(2026, 10, 25, 1, 30)
    assert report.tzinfo is ZONE and report.fold == 1
    assert report.utcoffset() == dt.timedelta(hours=1)
    assert add_hours(utc(2026, 3, 2, 9), 1.5) == utc(2026, 3, 2, 10, 30)
    assert add_hours(utc(2026, 3, 2, 9), 1.5).tzinfo is UTC


# --- settings and validation ---------------------------------------------------


def test_settings_round_trip_as_json_safe_values():
    cal = BusinessCalendar(AMS, {0: (dt.time(9), dt.time(17)), 5: (dt.time(10), dt.time(0))},
                           frozenset({dt.date(2026, 12, 25), dt.date(2026, 12, 26)}))
    stored = cal.to_settings()
    assert stored == {"tz": AMS, "hours": {"0": ["09:00", "17:00"], "5": ["10:00", "24:00"]},
                      "holidays": ["2026-12-25", "2026-12-26"]}
    assert BusinessCalendar.from_settings(stored) == cal
    assert hash(BusinessCalendar.from_settings(stored)) == hash(cal)


def test_settings_defaults_and_the_casebook_timezone():
    assert BusinessCalendar.from_settings(None, AMS) == BusinessCalendar(AMS)
    assert BusinessCalendar(AMS).hours == {d: (dt.time(9), dt.time(17)) for d in range(5)}
    assert BusinessCalendar.from_settings({"holidays": ["2026-01-01"]}, AMS).hours == CAL.hours
    moved = BusinessCalendar.from_settings({"tz": AMS}, "Europe/London")
    assert moved.tz == "Europe/London"


def test_the_calendar_keeps_its_own_copy():
    hours = {0: (dt.time(9), dt.time(17))}
    cal = BusinessCalendar(AMS, hours)
    hours[1] = (dt.time(9), dt.time(17))
    assert list(cal.hours) == [0]
    with pytest.raises(AttributeError):
        cal.tz = "UTC"


@pytest.mark.parametrize("setting, words", [
    ({"hours": {"0": ["17:00", "09:00"]}}, "Monday closes at 09:00, not after it opens at 17:00"),
    ({"hours": {"7": ["09:00", "17:00"]}}, "'7' is not a weekday"),
    ({"hours": {"mon": ["09:00", "17:00"]}}, "'mon' is not a weekday"),
    ({"hours": {"1": ["9am", "17:00"]}}, "Tuesday: '9am' is not a time"),
    ({"hours": {"1": ["24:00", "17:00"]}}, "Tuesday: '24:00' is not a time"),
    ({"hours": {"2": ["09:00"]}}, "Wednesday needs [opening, closing]"),
    ({"hours": ["09:00", "17:00"]}, "the hours must map weekdays"),
    ({"hours": {}}, "No business hours are set"),
    ({"holidays": ["2026-13-01"]}, "holiday '2026-13-01' is not a date"),
    ({"holidays": "2026-12-25"}, "the holidays must be a list"),
    ({"holiday": ["2026-12-25"]}, "unknown entry 'holiday'"),
    ({"tz": "Mars/Olympus_Mons"}, "Mars/Olympus_Mons is not a known timezone"),
])
def test_settings_are_refused_with_a_clear_message(setting, words):
    tz = None if "tz" in setting else AMS
    with pytest.raises(ValueError) as caught:
        BusinessCalendar.from_settings(setting, tz)
    assert isinstance(caught.value, InvalidInput)  # shown to the desk in its language
    assert words in str(caught.value)


def test_from_settings_needs_a_timezone_and_a_mapping():
    with pytest.raises(CalendarError, match="no timezone"):
        BusinessCalendar.from_settings({"hours": {"0": ["09:00", "17:00"]}})
    with pytest.raises(CalendarError, match="mapping"):
        BusinessCalendar.from_settings(["09:00"], AMS)


@pytest.mark.parametrize("hours, holidays, words", [
    ({0: (dt.time(9), dt.time(9))}, (), "Monday closes at 09:00"),
    ({True: (dt.time(9), dt.time(17))}, (), "True is not a weekday"),
    ({0: (dt.time(9, 0, 30), dt.time(17))}, (), "whole minutes"),
    ({0: (dt.time(9, tzinfo=UTC), dt.time(17))}, (), "whole minutes"),
    ({0: dt.time(9)}, (), "Monday needs an opening and a closing"),
    ({0: (dt.time(9), dt.time(17))}, {dt.datetime(2026, 12, 25)}, "is not a date"),
    ({0: (dt.time(9), dt.time(17))}, 5, "must be a list of dates"),
])
def test_a_calendar_is_valid_or_not_made(hours, holidays, words):
    with pytest.raises(CalendarError, match=words):
        BusinessCalendar(AMS, hours, holidays)


def test_times_and_lengths_are_checked():
    with pytest.raises(CalendarError, match="not a known timezone"):
        BusinessCalendar("Europe")
    with pytest.raises(CalendarError, match="not a known timezone"):
        wall_clock("2026-03-03T09:00", "Nowhere/Atlantis")
    with pytest.raises(CalendarError, match="is not a date and time"):
        wall_clock("tomorrow at nine", AMS)
    with pytest.raises(ValueError, match="aware"):
        CAL.add_business_hours(dt.datetime(2026, 3, 6, 16), 1)
    with pytest.raises(ValueError, match="aware"):
        CAL.is_open(dt.datetime(2026, 3, 6, 16))
    with pytest.raises(ValueError, match="aware"):
        add_hours(dt.datetime(2026, 3, 6, 16), 1)
    with pytest.raises(ValueError, match="negative"):
        CAL.add_business_hours(local(2026, 3, 6, 16), -1)
    with pytest.raises(ValueError, match="number of hours"):
        CAL.add_business_hours(local(2026, 3, 6, 16), float("nan"))
    with pytest.raises(ValueError, match="too long"):
        add_hours(local(2026, 3, 6, 16), 1e300)


def test_a_calendar_with_no_working_day_left_says_so():
    mondays = frozenset(dt.date(2026, 3, 2) + dt.timedelta(weeks=w) for w in range(53 * 11))
    cal = BusinessCalendar(AMS, {0: (dt.time(9), dt.time(17))}, mondays)
    with pytest.raises(CalendarError, match="No business hours are set"):
        cal.add_business_hours(local(2026, 3, 1), 1)


def test_add_hours_goes_back_too_and_names_a_naive_start():
    assert add_hours(utc(2026, 3, 29, 3, 0), -1.5) == utc(2026, 3, 29, 1, 30)
    with pytest.raises(ValueError) as caught:
        add_hours(dt.datetime(2026, 3, 6, 16), 1)
    assert str(caught.value) == ("the start must be an aware datetime, got "
                                 "datetime.datetime(2026, 3, 6, 16, 0)")
    with pytest.raises(ValueError) as caught:
        CAL.business_hours_between(utc(2026, 3, 6, 16), dt.datetime(2026, 3, 7))
    assert str(caught.value) == ("the end must be an aware datetime, got "
                                 "datetime.datetime(2026, 3, 7, 0, 0)")
    with pytest.raises(ValueError) as caught:
        CAL.is_open(dt.datetime(2026, 3, 7))
    assert str(caught.value) == ("the time must be an aware datetime, got "
                                 "datetime.datetime(2026, 3, 7, 0, 0)")


def test_a_day_opening_at_midnight_is_stored_as_00_00_and_closing_at_it_as_24_00():
    cal = BusinessCalendar(AMS, {6: (dt.time(0), dt.time(0))})
    assert cal.to_settings()["hours"] == {"6": ["00:00", "24:00"]}
    assert cal.is_open(local(2026, 3, 8, 0, 0)) and cal.is_open(local(2026, 3, 8, 23, 59))
    assert not cal.is_open(local(2026, 3, 9, 0, 0))


def test_different_calendars_hash_apart_and_equal_ones_together():
    a = BusinessCalendar(AMS)
    b = BusinessCalendar(AMS, holidays=frozenset({dt.date(2026, 12, 25)}))
    c = BusinessCalendar("Europe/London")
    assert len({hash(a), hash(b), hash(c)}) == 3
    assert hash(a) == hash(BusinessCalendar(AMS, dict(a.hours)))
