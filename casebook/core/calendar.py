"""Business hours, days off and holidays: when targets measured in working time fall due.

Working time is counted day by day in local wall time, so a "09:00–17:00"
day is eight hours on the day clocks change too, and a target never lands
in the night or on a holiday. Agreed reply times are not business-hour
targets: they are wall-clock times agreed with the customer (see
`deadlines.wall`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casebook.core.errors import InvalidInput
from casebook.core.times import zone

DEFAULT_HOURS = {day: (dt.time(9), dt.time(17)) for day in range(5)}  # Monday–Friday
MAX_DAYS = 3660  # ten years of calendar: a target further away is a mistake


@dataclass(frozen=True)
class BusinessCalendar:
    tz: str
    hours: dict[int, tuple[dt.time, dt.time]] = field(default_factory=lambda: DEFAULT_HOURS)
    holidays: frozenset[dt.date] = frozenset()

    @classmethod
    def from_settings(cls, value: dict | None, tz: str) -> BusinessCalendar:
        """From the `business_hours` setting: {"hours": {"0": ["09:00", "17:00"]}, "holidays": [...]}."""
        if not value:
            return cls(tz)
        try:
            hours = {int(day): (dt.time.fromisoformat(a), dt.time.fromisoformat(b))
                     for day, (a, b) in (value.get("hours") or {}).items()}
            holidays = frozenset(dt.date.fromisoformat(d) for d in value.get("holidays") or [])
        except (ValueError, TypeError) as exc:
            raise InvalidInput("The business hours are not valid: {reason}.",
                               reason=str(exc)) from exc
        for day, (opens, closes) in hours.items():
            if not 0 <= day <= 6 or opens >= closes:
                raise InvalidInput("The business hours are not valid: {reason}.",
                                   reason=f"{day}: {opens}–{closes}")
        return cls(tz, hours or DEFAULT_HOURS, holidays)

    def to_settings(self) -> dict:
        return {"hours": {str(d): [a.strftime("%H:%M"), b.strftime("%H:%M")]
                          for d, (a, b) in sorted(self.hours.items())},
                "holidays": sorted(d.isoformat() for d in self.holidays)}

    def _day(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """Opening and closing of a local day as aware instants, or None when closed."""
        if day in self.holidays or day.weekday() not in self.hours:
            return None
        opens, closes = self.hours[day.weekday()]
        tzinfo = zone(self.tz)
        return (dt.datetime.combine(day, opens, tzinfo=tzinfo),
                dt.datetime.combine(day, closes, tzinfo=tzinfo))

    def add_business_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` of working time after `start` (UTC)."""
        left = dt.timedelta(hours=hours)
        day = start.astimezone(zone(self.tz)).date()
        for _ in range(MAX_DAYS):
            window = self._day(day)
            if window:
                begin = max(window[0], start)
                if begin < window[1]:
                    available = window[1] - begin
                    if left <= available:
                        return (begin + left).astimezone(dt.timezone.utc)
                    left -= available
            day += dt.timedelta(days=1)
        raise InvalidInput("No business hours are set: check the business calendar.")

    def business_hours_between(self, a: dt.datetime, b: dt.datetime) -> float:
        """Working time from a to b, in hours (0 when b is before a)."""
        total = dt.timedelta()
        day = a.astimezone(zone(self.tz)).date()
        last = b.astimezone(zone(self.tz)).date()
        while day <= last:
            window = self._day(day)
            if window:
                begin, end = max(window[0], a), min(window[1], b)
                if begin < end:
                    total += end - begin
            day += dt.timedelta(days=1)
        return total.total_seconds() / 3600
