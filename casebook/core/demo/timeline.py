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

    def formatter(self, first: int, count: int) -> Callable[[int | None], str | None]:
        """`iso(local)`: ISO 8601 with the offset in force, as a closure over a table of
        the `count` local days from `first` (the text of each hour and the offset);
        a day the clocks change, or one outside the table, goes through datetime."""
        zone, to_utc, offset = self.zone, self.to_utc, self.offset
        tails: dict[int, tuple[str, ...]] = {}  # "MM:SS+01:00" for each second of an hour
        days: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for day in range(first, first + count):
            start, end = to_utc(day * DAY), to_utc(day * DAY + DAY - 1)
            shift = offset(start)
            if shift == offset(end) and end - start == DAY - 1 and shift % 60 == 0:
                if shift not in tails:
                    suffix = _suffix(shift)
                    tails[shift] = tuple(f"{m:02d}:{s:02d}{suffix}"
                                         for m in range(60) for s in range(60))
                date = dt.date.fromordinal(day + EPOCH_ORDINAL).isoformat()
                days[day] = (tuple(f"{date}T{h:02d}:" for h in range(24)), tails[shift])

        def iso(local: int | None) -> str | None:
            if local is None:
                return None
            entry = days.get(local // DAY)
            if entry is not None:
                return entry[0][local % DAY // HOUR] + entry[1][local % HOUR]
            return dt.datetime.fromtimestamp(to_utc(local), zone).isoformat(timespec="seconds")
        return iso


def _suffix(offset: int) -> str:
    minutes = abs(offset) // 60
    return f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"



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
        self.r = r
        self.now = self.clock.local(now)
        self.today = self.now // DAY
        self.span_days = span_days
        self.spans = tuple(_span(hours.get(str(day))) for day in range(7))
        first = dt.date.fromordinal(self.today - span_days - 2 + EPOCH_ORDINAL).year
        last = dt.date.fromordinal(self.today + 400 + EPOCH_ORDINAL).year
        self.holidays = [d for year in range(first, last + 1) for d in dutch_holidays(year)]
        self.closed = frozenset(d.toordinal() - EPOCH_ORDINAL for d in self.holidays)

        # Each local day from well before the first case to a year after now, by index
        # from `base`: when the office opens and closes (local seconds; -1 when closed),
        # when it next opens from that day on, and the first weekday for an agreed
        # reply. A case asks about five times; one list index each is the cheapest way.
        self.base = self.today - span_days - 60
        count = span_days + 460
        self.days = [None if day in self.closed else self.spans[(day + 3) % 7]
                     for day in range(self.base, self.base + count)]
        self.opening = [-1 if span is None else (self.base + i) * DAY + span[0]
                        for i, span in enumerate(self.days)]
        self.closing = [-1 if span is None else (self.base + i) * DAY + span[1]
                        for i, span in enumerate(self.days)]
        self.next_open = [0] * (count + 1)
        self.weekday = [0] * (count + 7)
        self.next_open[count] = (self.base + count + 3) * DAY + 9 * HOUR  # beyond any use
        for i in range(count + 6, count - 1, -1):
            self.weekday[i] = self.base + i
        for i in range(count - 1, -1, -1):
            day = self.base + i
            self.next_open[i] = self.opening[i] if self.opening[i] >= 0 else self.next_open[i + 1]
            self.weekday[i] = (self.weekday[i + 1] if day in self.closed or (day + 3) % 7 >= 5
                               else day)
        self.months = [dt.date.fromordinal(self.base + i + EPOCH_ORDINAL).month
                       for i in range(count)]
        self.is_open, self.at_work, self.on_call = self._rules()
        self.iso = self.clock.formatter(self.base, count)

    def span(self, day: int) -> tuple[int, int] | None:
        """(opening, closing) in seconds of a local day, None when the office is closed."""
        if self.base <= day < self.base + len(self.days):
            return self.days[day - self.base]
        return None if day in self.closed else self.spans[(day + 3) % 7]  # 1970-01-01: Thu

    def _rules(self):
        """`is_open(t)`, `at_work(t)` and `on_call(t)`, as closures over the day tables."""
        opening, closing, next_open, base, r = (self.opening, self.closing, self.next_open,
                                                self.base, self.r)

        def is_open(t: int) -> bool:
            i = t // DAY - base
            return opening[i] <= t < closing[i]

        def at_work(t: int) -> int:
            """`t` if the office is open then, else some time in the first hours after
            it opens (within 150 minutes): staff work through what came in overnight."""
            i = t // DAY - base
            if opening[i] <= t < closing[i]:
                return t
            if t < opening[i]:
                return opening[i] + int(r() * 9000)
            return next_open[i + 1] + int(r() * 9000)

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
        return self.weekday[day - self.base] * DAY + (540 + 15 * int(self.r() * 33)) * MINUTE

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
        span_days, now = self.span_days, self.now
        held: list[int] = []
        held_day = None
        u = 1.0
        for k in range(n, 0, -1):
            u *= r() ** (1.0 / k)
            day = today - int(span_days * u ** 1.3)
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
            if t > now:
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
