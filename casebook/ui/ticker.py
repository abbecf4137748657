"""Timers that run on the casebook's clock: the minute's due check, the daily backup,
the draft autosave — and whatever else rides on them.

In the app they are ordinary QTimers counting real time. A casebook opened on a
`FixedClock` (tests, scripts) gets a `ManualTicker` instead: its timers wait for the
clock, and `advance(minutes=…)` moves the clock and fires every timer that falls due
on the way, in order, through the timer's own `timeout` signal. So a test sees a
reminder because a minute passed — through the very connection the app uses — and
a timer that was never started, or never connected, never fires.

One ticker per clock (`for_clock`): every window on the same casebook clock shares
it, so a slot added to the minute timer (an inactivity lock, say) is driven too.
"""

from __future__ import annotations

import datetime as dt
import itertools
import weakref

from PySide6.QtCore import QObject, QTimer

from casebook.core.time.clock import Clock, FixedClock

_manual: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_made = itertools.count()  # timers due at the same instant fire in the order they were made


class Ticker:
    """Makes the clock-driven timers of the running app (real time)."""

    def __init__(self, clock: Clock):
        self.clock = clock

    def timer(self, interval_ms: int, parent: QObject, *, single_shot: bool = False) -> QTimer:
        timer = self._new(parent)
        timer.setInterval(interval_ms)
        timer.setSingleShot(single_shot)
        return timer

    def _new(self, parent: QObject) -> QTimer:
        return QTimer(parent)


class ClockTimer(QTimer):
    """A timer that counts on a `ManualTicker`'s clock instead of real time.

    It keeps Qt's own bookkeeping (start, stop, isActive, setInterval restarting a
    running timer) and never starts Qt's wall-clock timer, so nothing fires by itself."""

    def __init__(self, ticker: ManualTicker, parent: QObject):
        super().__init__(parent)
        self._ticker = ticker
        self._running = False
        self.since: dt.datetime | None = None
        self.order = next(_made)

    def start(self, msec: int | None = None) -> None:  # noqa: D102 (QTimer's)
        if msec is not None:
            super().setInterval(msec)
        self._running = True
        self.since = self._ticker.clock.now()

    def stop(self) -> None:  # noqa: D102
        self._running = False

    def isActive(self) -> bool:  # noqa: N802 (Qt's name)
        return self._running

    def setInterval(self, msec: int) -> None:  # noqa: N802
        super().setInterval(msec)
        if self._running:  # as QTimer does: a running timer starts counting again
            self.since = self._ticker.clock.now()

    def due_at(self) -> dt.datetime | None:
        if not self._running or self.since is None:
            return None
        return self.since + dt.timedelta(milliseconds=max(self.interval(), 1))


class ManualTicker(Ticker):
    """Timers driven by a clock that moves only when told (see the module's docstring)."""

    def __init__(self, clock: FixedClock):
        super().__init__(clock)
        self._timers: weakref.WeakSet = weakref.WeakSet()

    def _new(self, parent: QObject) -> QTimer:
        timer = ClockTimer(self, parent)
        self._timers.add(timer)
        return timer

    def advance(self, **delta: float) -> dt.datetime:
        """Move the clock on by `timedelta(**delta)`, firing each timer as it falls due."""
        end = self.clock.now() + dt.timedelta(**delta)
        while True:
            due = [(t.due_at(), t.order, t) for t in list(self._timers) if _alive(t)]
            due = [(at, n, t) for at, n, t in due if at is not None and at <= end]
            if not due:
                break
            at, _, timer = min(due, key=lambda item: item[:2])
            self.clock.set(at)
            timer.since = at
            if timer.isSingleShot():
                timer.stop()
            timer.timeout.emit()
        self.clock.set(end)
        return end


def _alive(timer: ClockTimer) -> bool:
    try:
        timer.objectName()  # a timer whose window was deleted is gone on the C++ side
    except RuntimeError:
        return False
    return True


def for_clock(clock: Clock) -> Ticker:
    """The ticker of a casebook's clock: real time, or by hand for a `FixedClock`."""
    if isinstance(clock, FixedClock):
        if clock not in _manual:
            _manual[clock] = ManualTicker(clock)
        return _manual[clock]
    return Ticker(clock)
