"""When things happen in the demo casebook: arrivals, office hours, holidays, events.

A desk works office hours: walk-ins and calls come in while the office is open, emails
and messages at any hour, and staff act only at work (an incident is answered by the
manager on call at once, but no one books a plumber at 01:34). Times are integer local
wall-clock seconds, turned into ISO text with their offset only at the end (`Clock`).

Arrivals are drawn oldest first without holding them all: the ages of `n` cases are `n`
sorted uniform draws (drawn largest first, each the last times a power of a fresh
draw), so only one day's arrivals are in memory at a time, and a million cases need no
more memory than a thousand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from zoneinfo import ZoneInfo

MINUTE, HOUR, DAY = 60, 3600, 86400
EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal(): local day numbers ↔ dates


class Clock:
    """Local wall-clock seconds (since 1970-01-01 00:00 local) in one timezone.

    The demo reckons in local seconds: office hours, nights and days are plain
    arithmetic on them, and only the text of a time needs the UTC offset. `iso` caches
    the text of each local hour of a day with one offset throughout ("2026-03-01T09:",
    "+01:00"), so a time costs two lookups; the two days a year the clocks change go
    through datetime.
    """

    def __init__(self, tz: str):
        self.zone = ZoneInfo(tz)

    def offset(self, t: int) -> int:
        """The UTC offset in force at UTC second `t`."""
        return int(dt.datetime.fromtimestamp(t, self.zone).utcoffset().total_seconds())

    def local(self, t: int) -> int:
        return t + self.offset(t)

    def to_utc(self, local: int) -> int:
        """The instant of a local time; one in a spring-forward gap moves on by the gap."""
        return local - self.offset(local - self.offset(local))

    def formatter(self) -> Callable[[int | None], str | None]:
        """`iso(local)`: ISO 8601 with the offset in force, as a closure over the cache."""
        days: dict[int, tuple[tuple[str, ...], str] | None] = {}
        zone, table, to_utc, offset = self.zone, _MINUTES_SECONDS, self.to_utc, self.offset

        def day_text(day: int) -> tuple[tuple[str, ...], str] | None:
            first, last = to_utc(day * DAY), to_utc(day * DAY + DAY - 1)
            shift = offset(first)
            entry = None
            if shift == offset(last) and last - first == DAY - 1 and shift % 60 == 0:
                date = dt.date.fromordinal(day + EPOCH_ORDINAL).isoformat()
                entry = (tuple(f"{date}T{h:02d}:" for h in range(24)), _suffix(shift))
            days[day] = entry
            return entry

        def iso(local: int | None) -> str | None:
            if local is None:
                return None
            day = local // DAY
            entry = days.get(day, False)
            if entry is False:
                entry = day_text(day)
            if entry is not None:
                return entry[0][local % DAY // HOUR] + table[local % HOUR] + entry[1]
            return dt.datetime.fromtimestamp(to_utc(local), zone).isoformat(timespec="seconds")
        return iso


def _suffix(offset: int) -> str:
    minutes = abs(offset) // 60
    return f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


_MINUTES_SECONDS = tuple(f"{m:02d}:{s:02d}" for m in range(60) for s in range(60))


def dutch_holidays(year: int) -> list[dt.date]:
    """The public holidays a Dutch office closes on (Liberation Day only every fifth year,
    as most employers do)."""
    # Easter Sunday by the anonymous Gregorian computus
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    easter = dt.date(year, month, day + 1)
    kings = dt.date(year, 4, 27)
    if kings.weekday() == 6:
        kings = dt.date(year, 4, 26)
    days = [dt.date(year, 1, 1), easter + dt.timedelta(days=1), kings,
            easter + dt.timedelta(days=39), easter + dt.timedelta(days=50),
            dt.date(year, 12, 25), dt.date(year, 12, 26)]
    if year % 5 == 0:
        days.append(dt.date(year, 5, 5))
    return sorted(days)


class Timeline:
    """One demo's clock, office hours and holidays, drawing from the demo's random stream.

    Every time here is local wall-clock seconds (`Clock`), `now` included.
    """

    def __init__(self, tz: str, now: int, hours: dict, r: Callable[[], float], span_days: int):
        self.clock = Clock(tz)
        self.iso = self.clock.formatter()
        self.r = r
        self.now = self.clock.local(now)
        self.today = self.now // DAY
        self.span_days = span_days
        self.spans = tuple(_span(hours.get(str(day))) for day in range(7))
        first = dt.date.fromordinal(self.today - span_days - 2 + EPOCH_ORDINAL).year
        last = dt.date.fromordinal(self.today + 400 + EPOCH_ORDINAL).year
        self.holidays = [d for year in range(first, last + 1) for d in dutch_holidays(year)]
        self.closed = frozenset(d.toordinal() - EPOCH_ORDINAL for d in self.holidays)

        # (opening, closing) in seconds of each local day from well before the first case
        # to a year after now, None when the office is closed: one list index per look-up
        self.base = self.today - span_days - 60
        self.days = [None if day in self.closed else self.spans[(day + 3) % 7]
                     for day in range(self.base, self.today + 400)]
        # and when the office next opens, from the start of each of those days
        self.opens: list[int] = [0] * (len(self.days) + 1)
        self.opens[-1] = (self.base + len(self.days) + 2) * DAY + 9 * HOUR  # far enough
        for i in range(len(self.days) - 1, -1, -1):
            span = self.days[i]
            self.opens[i] = self.opens[i + 1] if span is None else (self.base + i) * DAY + span[0]
        self.is_open, self.at_work, self.on_call = self._rules()

    def span(self, day: int) -> tuple[int, int] | None:
        """(opening, closing) in seconds of a local day, None when the office is closed."""
        if self.base <= day < self.base + len(self.days):
            return self.days[day - self.base]
        return None if day in self.closed else self.spans[(day + 3) % 7]  # 1970-01-01: Thu

    def _rules(self):
        """`is_open(t)`, `at_work(t)` and `on_call(t)`, as closures over the day table:
        a case asks them about five times, so their look-ups are bound once here."""
        days, opens, base, r = self.days, self.opens, self.base, self.r

        def is_open(t: int) -> bool:
            day = t // DAY
            span = days[day - base]
            return span is not None and span[0] <= t - day * DAY < span[1]

        def at_work(t: int) -> int:
            """`t` if the office is open then, else some time in the first hours after
            it opens: staff work through what came in overnight."""
            day = t // DAY
            i = day - base
            span = days[i]
            if span is not None:
                sec = t - day * DAY
                if span[0] <= sec < span[1]:
                    return t
                if sec < span[0]:
                    return opens[i] + int(r() * 9000)  # within 150 minutes
            return opens[i + 1] + int(r() * 9000)

        def on_call(t: int) -> int:
            """The manager on call answers an incident at once from 07:00 to 23:30; a
            call in the small hours is taken at seven."""
            sec = t % DAY
            if 7 * HOUR <= sec < 23 * HOUR + 30 * MINUTE:
                return t
            day = t // DAY + (1 if sec >= 7 * HOUR else 0)
            return day * DAY + 7 * HOUR + int(r() * 30) * MINUTE

        return is_open, at_work, on_call

    def slot(self, day: int) -> int:
        """A time agreed with a customer: a quarter-hour from 09:00 to 17:00 on a working
        weekday, `day` or the first one after it."""
        while day in self.closed or (day + 3) % 7 >= 5:
            day += 1
        return day * DAY + (540 + 15 * int(self.r() * 33)) * MINUTE

    # ------------------------------------------------------------------ arrivals
    def arrivals(self, n: int) -> Iterator[int]:
        """`n` receipt times over the span before now, oldest first.

        Recent months are busier (ages are `span × u**1.3`). On a working day three in
        four cases come in while the office is open; the rest, and every case on a
        closed day, by email or message between 07:00 and 22:30. One day is held at a
        time (today and yesterday together: a time later today than now moves to
        yesterday).
        """
        r, today, days, base = self.r, self.today, self.days, self.base
        held: list[int] = []
        held_day = None
        u = 1.0
        for k in range(n, 0, -1):
            u *= r() ** (1.0 / k)
            day = today - int(self.span_days * u ** 1.3)
            if day != held_day:
                if held and not (day == today and held_day == today - 1):
                    held.sort()
                    yield from held
                    held.clear()
                held_day = day
            span = days[day - base]
            x = r()
            if span is not None and x < 0.75:
                second = span[0] + int(r() * (span[1] - span[0]))
            elif span is not None and x < 0.9:
                second = 7 * HOUR + int(r() * (span[0] - 7 * HOUR))
            else:
                late = span[1] if span is not None else 8 * HOUR
                second = late + int(r() * (22 * HOUR + 30 * MINUTE - late))
            t = day * DAY + second
            if t > self.now:
                t -= DAY
            held.append(t)
        held.sort()
        yield from held

    # ------------------------------------------------------------------ events
    def event(self, at: str, ago: tuple[float, float], received: int) -> int:
        """When what the customer reports happened (see `at` in stories.toml)."""
        r = self.r
        if at == "before":
            return received - int((ago[0] + r() * (ago[1] - ago[0])) * DAY)
        day, second = divmod(received, DAY)
        if at == "this_morning":
            latest = min(second - 10 * MINUTE, 9 * HOUR + 30 * MINUTE)
            if latest <= 6 * HOUR + 30 * MINUTE:
                return received - 10 * MINUTE - int(r() * 20) * MINUTE
            return (day * DAY + 6 * HOUR + 30 * MINUTE
                    + int(r() * (latest - 6 * HOUR - 30 * MINUTE)))
        if at == "last_night":
            return min(day * DAY + HOUR + int(r() * 4 * HOUR), received - 2 * HOUR)
        day -= int(ago[0] + r() * (ago[1] - ago[0]))
        if at == "shop":  # on a day the shop was open, while it was
            while True:
                span = self.days[day - self.base]
                if span is not None:
                    t = day * DAY + span[0] + int(r() * (span[1] - span[0] - 30 * MINUTE))
                    if t < received - 10 * MINUTE:
                        return t
                day -= 1
        start, length = WINDOWS[at]
        t = day * DAY + start + int(r() * length)
        while t >= received - 10 * MINUTE:
            t -= DAY
        return t


def _span(hours: list[str] | None) -> tuple[int, int] | None:
    if not hours:
        return None
    opens, closes = (int(h) * HOUR + int(m) * MINUTE
                     for h, m in (text.split(":") for text in hours))
    return opens, closes


# When in its day an event of a kind happens: (start, length) in seconds; a night runs
# past midnight.
WINDOWS = {"day": (8 * HOUR, 12 * HOUR), "evening": (18 * HOUR, 5 * HOUR),
           "night": (22 * HOUR + 30 * MINUTE, 3 * HOUR)}
