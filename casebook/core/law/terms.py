"""Whether a rule applies to a case, and the last day of its term.

Terms set by law are counted in whole local days, as the codes count them:
a term of N days runs from the day after its event and ends with the N-th
day (a claim made on 10 November, 10 days: the 20th). A term in months ends
on the same date of the later month, or that month's last day when it has
no such date (GDPR: a request of 31 January is answered by 28 February).
Business days skip the days the business calendar is closed. Where the law
moves a last day off a day of rest (`roll`), Saturday, Sunday and the
calendar's holidays are such days.

The dates are local dates in the case's timezone, so daylight saving can
never move a term by a day; a deadline is stored as the instant its last day
begins (`due_at`, when it shows in the due list) and is missed once that day
has ended (`ends_at`).
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt

from casebook.core.law.rulebook import Rule
from casebook.core.time.calendar import BusinessCalendar, wall_clock
from casebook.core.time.times import parse_time, zone

# The document path of the moment each event happened.
EVENT_PATHS = {"received": "received_at", "returned": "ask.returned_at",
               "delivered": "ask.delivered_at", "event": "ask.event_at"}
DOC_VALUES = {"kind": "kind", "about": "about", "remedy": "hear.remedy_type", "sale": "sale"}


def _get(doc: dict, path: str):
    value = doc
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def applies(rule: Rule, doc: dict) -> bool:
    """Every condition of the rule holds for the case (an unknown value meets none)."""
    return all(_get(doc, DOC_VALUES[condition]) in allowed
               for condition, allowed in rule.applies.items())


def start_day(rule: Rule, doc: dict, tz: str) -> dt.date | None:
    """The local date of the rule's event, or None while the case does not say it."""
    moment = parse_time(_get(doc, EVENT_PATHS[rule.start]), tz)
    return moment.astimezone(zone(tz)).date() if moment else None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = month_calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def rest_day(day: dt.date, calendar: BusinessCalendar) -> bool:
    return day.weekday() >= 5 or day in calendar.holidays


def last_day(rule: Rule, start: dt.date, calendar: BusinessCalendar) -> dt.date:
    """The last day of the term that runs from `start` (the event's own day not counted)."""
    if rule.months:
        day = add_months(start, rule.months)
    elif rule.count == "business":
        day, left = start, rule.days
        while left:
            day += dt.timedelta(days=1)
            left -= calendar.works_on(day)
    else:
        day = start + dt.timedelta(days=rule.days)
    while rule.roll and rest_day(day, calendar):
        day += dt.timedelta(days=1)
    return day


def due_at(day: dt.date, tz: str) -> dt.datetime:
    """The instant `day` begins in `tz` (a midnight DST skips begins at the gap's end)."""
    return wall_clock(dt.datetime.combine(day, dt.time(0)), tz).astimezone(dt.timezone.utc)


def ends_at(day: dt.date, tz: str) -> dt.datetime:
    """The instant `day` is over: the next local midnight."""
    return due_at(day + dt.timedelta(days=1), tz)


def local_day(moment: dt.datetime, tz: str) -> dt.date:
    return moment.astimezone(zone(tz)).date()
