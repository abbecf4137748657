"""The one injectable clock: aware UTC always, still until told to move."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from casebook.core.time.clock import Clock, FixedClock, SystemClock

UTC = dt.timezone.utc
AMS = ZoneInfo("Europe/Amsterdam")


def test_the_system_clock_tells_aware_utc_time():
    # the only test that reads the wall clock
    now = SystemClock().now()
    assert now.tzinfo is UTC
    assert now.utcoffset() == dt.timedelta(0)


def test_a_fixed_clock_stands_still_and_speaks_utc():
    clock = FixedClock(dt.datetime(2026, 3, 2, 10, 0, tzinfo=AMS))
    assert clock.now() == dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert clock.now().tzinfo is UTC
    assert clock.now() == clock.now()


def test_a_fixed_clock_refuses_naive_times():
    with pytest.raises(ValueError, match="aware"):
        FixedClock(dt.datetime(2026, 3, 2, 9, 0))
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    with pytest.raises(ValueError, match="aware"):
        clock.set(dt.datetime(2026, 3, 2, 9, 0))
    with pytest.raises(TypeError):
        FixedClock(dt.date(2026, 3, 2))
    assert clock.now() == dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_set_jumps_and_advance_moves_by_elapsed_time():
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    assert clock.set(dt.datetime(2026, 3, 29, 1, 30, tzinfo=AMS)) == \
        dt.datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    # one hour of real time across the spring change: 01:30 CET → 03:30 CEST
    assert clock.advance(hours=1) == dt.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert clock.now().astimezone(AMS).time() == dt.time(3, 30)
    assert clock.advance(days=1, minutes=-30) == dt.datetime(2026, 3, 30, 1, 0, tzinfo=UTC)
    assert clock.now().tzinfo is UTC


def test_clock_is_the_interface_services_take():
    with pytest.raises(TypeError):
        Clock()

    class Noon(Clock):
        def now(self):
            return dt.datetime(2026, 1, 1, 12, tzinfo=UTC)

    assert isinstance(FixedClock(Noon().now()), Clock)
    assert isinstance(SystemClock(), Clock)
    assert "2026-01-01T12:00:00+00:00" in repr(FixedClock(Noon().now()))
