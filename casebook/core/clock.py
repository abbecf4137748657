"""The one injectable clock: nothing else in Casebook reads the wall clock.

Services take a `Clock`; the app and the CLI give them `SystemClock`, tests
and `casebook due --at` give them a `FixedClock` they can move by hand.
"""

from __future__ import annotations

import datetime as dt


class Clock:
    """Tells the time as an aware UTC datetime."""

    def now(self) -> dt.datetime:
        raise NotImplementedError


class SystemClock(Clock):
    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)


def _aware_utc(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a clock needs an aware datetime")
    return at.astimezone(dt.timezone.utc)


class FixedClock(Clock):
    """A clock that stands still until told to move."""

    def __init__(self, at: dt.datetime):
        self._at = _aware_utc(at)

    def now(self) -> dt.datetime:
        return self._at

    def set(self, at: dt.datetime) -> None:
        self._at = _aware_utc(at)

    def advance(self, **delta) -> dt.datetime:
        self._at += dt.timedelta(**delta)
        return self._at
