"""Business hours, holidays and wall-clock times: when deadlines fall due.

Three kinds of time, which must not be confused (SPEC §3):

- targets measured in *working time* (the resolution target): counted day by
  day in local wall time, so a 09:00–17:00 day is eight hours on the day the
  clocks change too, and a target never lands at night, on a day off or on a
  holiday (`BusinessCalendar`);
- times *agreed with the customer* ("tomorrow at 09:00"): wall-clock times in
  the casebook's timezone that daylight saving must never shift
  (`wall_clock`, `next_local`);
- plain elapsed time ("in 1 hour", the 1-hour report deadline): `add_hours`.

All arithmetic is done on UTC instants, because Python compares and
subtracts two datetimes that share a tzinfo by their wall time, which is
wrong across a DST change. Local wall times become instants in one place,
`_instant`, with one rule: a time in a spring-forward gap moves forward to
the end of the gap (02:30 → 03:00), a time in a fall-back fold is its first
occurrence (fold=0). Results are given in the calendar's timezone for
display; compare and store them through UTC (`.astimezone(UTC)`), since by
PEP 495 a time in the fold never equals a time in another zone.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casebook.errors import InvalidInput
from casebook.i18n.translate import N_

UTC = dt.timezone.utc
ONE_DAY, SECOND = dt.timedelta(days=1), dt.timedelta(seconds=1)
MIDNIGHT = dt.time(0)  # as a closing time: 24:00, the end of the day
DEFAULT_HOURS = {day: (dt.time(9), dt.time(17)) for day in range(5)}  # Monday–Friday
MAX_DAYS = 3660  # ten years of calendar: a target further away is a mistake
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d|24:00")

BAD_HOURS = N_("The business hours are not valid: {reason}.")
NO_HOURS = N_("No business hours are set: check the business calendar.")
BAD_ZONE = N_("{tz} is not a known timezone.")
BAD_TIME = N_("{value} is not a date and time (expected e.g. 2026-03-01T09:30+01:00).")


class CalendarError(InvalidInput, ValueError):
    """A bad calendar or time: one line in the desk's language, and a ValueError."""


def _bad(reason: str) -> CalendarError:
    return CalendarError(BAD_HOURS, reason=reason)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        raise CalendarError(BAD_ZONE, tz=name if isinstance(name, str) else repr(name)) from None


def _utc(at: dt.datetime, what: str = "time") -> dt.datetime:
    if not isinstance(at, dt.datetime) or at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"the {what} must be an aware datetime, got {at!r}")
    return at.astimezone(UTC)


def _length(hours: float, *, negative: bool = False) -> dt.timedelta:
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or not math.isfinite(hours):
        raise ValueError(f"a number of hours is needed, got {hours!r}")
    if hours < 0 and not negative:
        raise ValueError(f"working time cannot be negative, got {hours} hours")
    if abs(hours) > MAX_DAYS * 24:
        raise ValueError(f"{hours} hours is too long")
    return dt.timedelta(hours=hours)


@functools.lru_cache(maxsize=4096)  # every case asks for the same few openings
def _instant(naive: dt.datetime, tz: str) -> dt.datetime:
    """The UTC instant of a local wall time (gap: end of the gap; fold: first)."""
    zone = _zone(tz)
    first = naive.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == naive:
        return first  # it exists; in a fold, fold=0 is the earlier occurrence
    # In a gap the two folds give instants either side of the transition. Wall
    # time rises with the instant, so bisect (to the second, which is how tzdata
    # counts) for the first instant not before `naive`: the end of the gap.
    lo, hi = sorted((first, naive.replace(tzinfo=zone, fold=1).astimezone(UTC)))
    lo, hi = lo.replace(microsecond=0), hi.replace(microsecond=0) + SECOND
    while hi - lo > SECOND:
        mid = (lo + (hi - lo) / 2).replace(microsecond=0)
        lo, hi = (lo, mid) if mid.astimezone(zone).replace(tzinfo=None) >= naive else (mid, hi)
    return hi


def wall_clock(local: dt.datetime | str, tz: str) -> dt.datetime:
    """A wall-clock time agreed with the customer, as an aware datetime in `tz`.

    `local` is naive (or 'YYYY-MM-DDTHH:MM'): "09:00 in Amsterdam", whatever
    the offset is that day. A time that does not exist (the spring-forward gap,
    02:30 on 2026-03-29 in Amsterdam) becomes the first valid minute after the
    gap (03:00); a time that exists twice (the fall-back fold, 02:30 on
    2026-10-25) is taken at its first occurrence (fold=0, still summer time),
    so the promise is kept early rather than late. An aware value already
    names one instant and is only expressed in `tz`.
    """
    zone = _zone(tz)
    if isinstance(local, str):
        try:
            local = dt.datetime.fromisoformat(local.strip())
        except ValueError:
            raise CalendarError(BAD_TIME, value=local) from None
    if not isinstance(local, dt.datetime):
        raise CalendarError(BAD_TIME, value=repr(local))
    if local.tzinfo is not None:
        return _utc(local).astimezone(zone)
    return _instant(local.replace(fold=0), tz).astimezone(zone)


def next_local(at: dt.datetime, tz: str, hour: int, minute: int = 0,
               days: int = 1) -> dt.datetime:
    """`hour:minute` local time, `days` calendar days after the local date of `at`.

    "Tomorrow 09:00" agreed on the Saturday before a DST change is 09:00 on
    Sunday's wall clock, not 24 hours later (which would read 08:00 or 10:00).
    """
    day = _utc(at).astimezone(_zone(tz)).date() + dt.timedelta(days=days)
    return wall_clock(dt.datetime.combine(day, dt.time(hour, minute)), tz)


def add_hours(start: dt.datetime, hours: float) -> dt.datetime:
    """`hours` of elapsed time after `start`, in `start`'s timezone.

    Elapsed, not wall-clock: "in 1 hour" at 01:30 on the night clocks go
    forward is 03:30. Done in UTC because `start + timedelta` on a zoned
    datetime adds wall time.
    """
    return (_utc(start, "start") + _length(hours, negative=True)).astimezone(start.tzinfo)


def _weekday(key) -> int:
    day = int(key) if isinstance(key, str) and key.isdecimal() else key
    if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
        raise _bad(f"{key!r} is not a weekday (0 = Monday … 6 = Sunday)")
    return day


def _clock(text, day: int, closing: bool) -> dt.time:
    if not (isinstance(text, str) and _CLOCK.fullmatch(text)) or (text == "24:00" and not closing):
        raise _bad(f"{DAYS[day]}: {text!r} is not a time (expected HH:MM)")
    return MIDNIGHT if text == "24:00" else dt.time.fromisoformat(text)


def _clock_text(value: dt.time, closing: bool) -> str:
    return "24:00" if closing and value == MIDNIGHT else value.strftime("%H:%M")


def _minutes(value) -> bool:
    return isinstance(value, dt.time) and value.tzinfo is None and not (
        value.second or value.microsecond)


@dataclass(frozen=True)
class BusinessCalendar:
    """When the business is open: weekly hours in one timezone, minus holidays.

    `hours` maps a weekday (0 = Monday) to its local opening and closing
    times; days absent are days off. A closing time of `time(0)` means 24:00.
    Days are whole local days: overnight opening is not modelled.
    """

    tz: str
    hours: dict[int, tuple[dt.time, dt.time]] = field(
        default_factory=lambda: dict(DEFAULT_HOURS))
    holidays: frozenset[dt.date] = frozenset()

    def __post_init__(self):
        _zone(self.tz)
        if not isinstance(self.hours, dict):
            raise _bad("the hours must map weekdays to opening and closing times")
        if not self.hours:
            raise CalendarError(NO_HOURS)
        hours = {}
        for key, span in self.hours.items():
            day = _weekday(key)
            if not (isinstance(span, (tuple, list)) and len(span) == 2
                    and all(map(_minutes, span))):
                raise _bad(f"{DAYS[day]} needs an opening and a closing time in whole minutes")
            if not (span[0] < span[1] or span[1] == MIDNIGHT):
                raise _bad(f"{DAYS[day]} closes at {_clock_text(span[1], True)}, "
                           f"not after it opens at {_clock_text(span[0], False)}")
            hours[day] = tuple(span)
        try:
            holidays = frozenset(self.holidays)
        except TypeError:
            raise _bad("the holidays must be a list of dates") from None
        for day in holidays:
            if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
                raise _bad(f"holiday {day!r} is not a date")
        # our own sorted copy: a caller's later change to its dict cannot reach us
        object.__setattr__(self, "hours", dict(sorted(hours.items())))
        object.__setattr__(self, "holidays", holidays)
        # each local day's opening as UTC instants, found once (a bulk intake plans the
        # deadlines of 100,000 cases over a few hundred days)
        object.__setattr__(self, "_opening", {})

    def __hash__(self) -> int:
        return hash((self.tz, tuple(self.hours.items()), self.holidays))

    @classmethod
    def from_settings(cls, value: dict | None, tz: str | None = None) -> BusinessCalendar:
        """From the `business_hours` setting, as `to_settings` writes it.

        {"tz": "Europe/Amsterdam", "hours": {"0": ["09:00", "17:00"], …},
        "holidays": ["2026-12-25", …]}. `None` or no "hours" means Monday–Friday
        09:00–17:00. A `tz` passed in (the casebook's timezone, which may change
        after the hours were saved) wins over the "tz" stored in the setting.
        """
        value = {} if value is None else value
        if not isinstance(value, dict):
            raise _bad("expected a mapping of tz, hours and holidays")
        unknown = sorted(map(str, set(value) - {"tz", "hours", "holidays"}))
        if unknown:
            raise _bad(f"unknown entry {unknown[0]!r}")
        if not (tz := tz or value.get("tz")):
            raise _bad("no timezone is given")
        raw, hours = value.get("hours"), dict(DEFAULT_HOURS)
        if raw is not None:
            if not isinstance(raw, dict):
                raise _bad("the hours must map weekdays to [opening, closing]")
            hours = {}
            for key, span in raw.items():
                day = _weekday(key)
                if not isinstance(span, (list, tuple)) or len(span) != 2:
                    raise _bad(f"{DAYS[day]} needs [opening, closing], got {span!r}")
                hours[day] = (_clock(span[0], day, False), _clock(span[1], day, True))
        raw, holidays = value.get("holidays") or [], set()
        if not isinstance(raw, (list, tuple)):
            raise _bad("the holidays must be a list of dates")
        for text in raw:
            try:
                holidays.add(dt.date.fromisoformat(text))
            except (TypeError, ValueError):
                raise _bad(f"holiday {text!r} is not a date (expected YYYY-MM-DD)") from None
        return cls(tz, hours, frozenset(holidays))

    def to_settings(self) -> dict:
        """The calendar as JSON-safe values, for the `business_hours` setting."""
        return {"tz": self.tz,
                "hours": {str(d): [_clock_text(a, False), _clock_text(b, True)]
                          for d, (a, b) in sorted(self.hours.items())},
                "holidays": sorted(d.isoformat() for d in self.holidays)}

    def _window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """Opening and closing of a local day as UTC instants, or None when closed."""
        known = self._opening
        if day in known:
            return known[day]
        span = None if day in self.holidays else self.hours.get(day.weekday())
        window = None
        if span is not None:
            opens, closes = span
            last = day + ONE_DAY if closes == MIDNIGHT else day
            window = (_instant(dt.datetime.combine(day, opens), self.tz),
                      _instant(dt.datetime.combine(last, closes), self.tz))
        known[day] = window
        return window

    def _windows(self, start: dt.datetime, days: int = MAX_DAYS):
        """The opening hours of `days` local days from the day of `start` on."""
        day = start.astimezone(_zone(self.tz)).date()
        for _ in range(days):
            if window := self._window(day):
                yield window
            day += ONE_DAY

    def works_on(self, day: dt.date) -> bool:
        """Whether the business opens at all on a local date (terms in business days)."""
        return self._window(day) is not None

    def is_open(self, at: dt.datetime) -> bool:
        """Whether `at` falls inside business hours (opening included, closing not)."""
        at = _utc(at)
        return any(opens <= at < closes for opens, closes in self._windows(at, 1))

    def add_business_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` of working time after `start`, in the calendar's tz.

        Outside hours, counting begins at the next opening (so 0 hours gives
        the next opening); a target that uses up a day ends at its closing time.
        """
        start, left = _utc(start, "start"), _length(hours)
        for opens, closes in self._windows(start):
            begin = max(opens, start)
            if begin < closes:
                if left <= closes - begin:
                    return (begin + left).astimezone(_zone(self.tz))
                left -= closes - begin
        raise CalendarError(NO_HOURS)

    def business_hours_between(self, a: dt.datetime, b: dt.datetime) -> float:
        """Working time from `a` to `b`, in hours (0 when `b` is not after `a`).

        What a pause costs a resolution target: the time spent waiting on the
        customer is added back with `add_business_hours`.
        """
        a, b = _utc(a, "start"), _utc(b, "end")
        total = dt.timedelta()
        for opens, closes in self._windows(a, max((b - a).days + 2, 0)):
            total += max(min(closes, b) - max(opens, a), dt.timedelta())
        return total.total_seconds() / 3600
