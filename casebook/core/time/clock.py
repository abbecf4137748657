"""The one injectable clock: nothing else in Casebook reads the wall clock.

Services take a `Clock`; the app and the CLI give them `SystemClock`, tests
and `casebook due --at` give them a `FixedClock` they can move by hand. So a
test of "what is due on Sunday morning after the clocks change" never
depends on when or where it runs.

A clock always answers in UTC: local time is a matter of presentation and of
the case's timezone (see `casebook.core.time.calendar`), never of the machine.
"""

from __future__ import annotations

import abc
import datetime as dt

UTC = dt.timezone.utc


class Clock(abc.ABC):
    """Tells the time as an aware UTC datetime."""

    @abc.abstractmethod
    def now(self) -> dt.datetime:
        """The current instant, aware, in UTC."""


class SystemClock(Clock):
    """The real time. The only place in Casebook that reads the wall clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


def _aware_utc(at: dt.datetime) -> dt.datetime:
    # A naive datetime would silently mean "local time of this PC", which is
    # exactly the dependency the clock exists to remove.
    if not isinstance(at, dt.datetime):
        raise TypeError(f"a clock needs a datetime, not {type(at).__name__}")
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"a clock needs an aware datetime, got naive {at.isoformat()}")
    return at.astimezone(UTC)


class FixedClock(Clock):
    """A clock that stands still until told to move (tests, `casebook due --at`)."""

    def __init__(self, at: dt.datetime):
        self._at = _aware_utc(at)

    def now(self) -> dt.datetime:
        return self._at

    def set(self, at: dt.datetime) -> dt.datetime:
        """Jump to `at` (any aware datetime; kept in UTC)."""
        self._at = _aware_utc(at)
        return self._at

    def advance(self, **delta: float) -> dt.datetime:
        """Move on by `timedelta(**delta)` of elapsed time, e.g. `advance(hours=1)`."""
        self._at += dt.timedelta(**delta)
        return self._at

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"
