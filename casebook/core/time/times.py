"""Reading and writing times as the interchange format and the CLI spell them.

Every time leaves Casebook as ISO 8601 with its offset, in the timezone of
the case (where the desk and the customer agreed it). A time typed without
an offset is read as local time in that timezone, by the calendar's one rule
(`calendar.wall_clock`): a time in the spring-forward gap is the end of the gap,
a time in the fall-back fold its first occurrence.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casebook.core.time.calendar import wall_clock
from casebook.errors import InvalidInput

UTC = dt.timezone.utc


@functools.lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    # Cached because every time written or read goes through here (a 100,000-case demo
    # asks about a million times); an unknown name raises, and errors are never cached.
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("{tz} is not a known timezone.", tz=name) from None


def iso(value: dt.datetime | None, tz: str) -> str | None:
    if value is None:
        return None
    return value.astimezone(zone(tz)).isoformat(timespec="seconds")


def iso_text(text, tz: str) -> str | None:
    """`iso(parse_time(text, tz), tz)`: a submitted time as the casebook writes it, quicker
    for what most documents hold, ISO text with its offset (a bulk intake reads eight
    times a case, 800,000 for the demo)."""
    if text.__class__ is str:
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            value = None
        if (value is not None and value.tzinfo is not None and not value.microsecond
                and 1900 <= value.year <= 2200):
            local = value.astimezone(zone(tz))
            if _written(text) and local.utcoffset() == value.utcoffset():
                return text  # as the casebook writes it already (an export's, the demo's)
            return local.isoformat(timespec="seconds")
    return iso(parse_time(text, tz), tz)


def _written(text: str) -> bool:
    """Whether ISO text that parses is spelled as `iso` spells a time, YYYY-MM-DDTHH:MM:SS
    and a ±HH:MM offset (never -00:00): then the text itself is what `iso` would write."""
    return (len(text) == 25 and text[10] == "T" and text[13] == text[16] == text[22] == ":"
            and text[19] in "+-" and text[19:] != "-00:00")


def parse_time(text, tz: str) -> dt.datetime | None:
    """An aware UTC datetime from ISO text; naive text is local to `tz`."""
    if text is None or text == "":
        return None
    if isinstance(text, str):
        return _parse_text(text, tz)
    return _parsed(text if isinstance(text, dt.datetime) else _from_text(str(text)), text, tz)


@functools.lru_cache(maxsize=1024)
def _parse_text(text: str, tz: str) -> dt.datetime:
    # Cached: taking a case in reads each of its times three or four times over (checking,
    # columns, deadlines, the reference's year); the result is immutable, errors not cached.
    return _parsed(_from_text(text), text, tz)


def _from_text(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput("{value} is not a date and time (expected e.g. "
                           "2026-03-01T09:30+01:00).", value=text) from None


def _parsed(value: dt.datetime, text, tz: str) -> dt.datetime:
    if value.tzinfo is None:
        value = wall_clock(value.replace(tzinfo=None, fold=0), zone(tz).key)
    if not 1900 <= value.year <= 2200:
        raise InvalidInput("{value} is not a plausible date.", value=str(text))
    value = value.astimezone(UTC)
    return value.replace(microsecond=0) if value.microsecond else value


def parse_date(text) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput("{value} is not a date (expected YYYY-MM-DD).",
                           value=str(text)) from None
