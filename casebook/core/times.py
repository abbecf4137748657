"""Reading and writing times as the interchange format and the CLI spell them.

Every time leaves Casebook as ISO 8601 with its offset, in the timezone of
the case (where the desk and the customer agreed it). A time typed without
an offset is read as local time in that timezone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casebook.core.errors import InvalidInput

UTC = dt.timezone.utc


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("{tz} is not a known timezone.", tz=name) from None


def iso(value: dt.datetime | None, tz: str) -> str | None:
    if value is None:
        return None
    return value.astimezone(zone(tz)).isoformat(timespec="seconds")


def parse_time(text, tz: str) -> dt.datetime | None:
    """An aware UTC datetime from ISO text; naive text is local to `tz`."""
    if text is None or text == "":
        return None
    if isinstance(text, dt.datetime):
        value = text
    else:
        try:
            value = dt.datetime.fromisoformat(str(text).strip().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput("{value} is not a date and time (expected e.g. "
                               "2026-03-01T09:30+01:00).", value=str(text)) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone(tz))
    if not 1900 <= value.year <= 2200:
        raise InvalidInput("{value} is not a plausible date.", value=str(text))
    return value.astimezone(UTC).replace(microsecond=0)


def parse_date(text) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInput("{value} is not a date (expected YYYY-MM-DD).",
                           value=str(text)) from None
