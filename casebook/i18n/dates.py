"""Dates and times on screen in one style per language, typed back the same way.

The desk reads a time in the case list, the editor, the due list and the
reports window, and types one into the editor: all of them use the short
numeric style of the language's CLDR locale (babel), with the full year and a
24-hour clock — "05.12.2026 10:00" in Russian, "2026/12/5 10:00" in Chinese,
"05/12/2026 10:00" in English, the British style the printed forms use too.

`parse_moment` reads back what a person types in that style, and is lenient
where people are: any separators, one-digit days and months, a two-digit year,
the date alone, and ISO ("2026-12-05 10:00") in every language. No Qt here:
the core, the PDFs and the CLI may use it as well.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from zoneinfo import ZoneInfo

from babel import Locale

# The CLDR locale of each interface language, as the printed documents use them.
LOCALES = {"en": "en_GB", "ru": "ru_RU", "zh_CN": "zh_Hans_CN", "nl": "nl_NL", "ka": "ka_GE"}
TIME_PATTERN = "HH:mm"
# A day above 12 shows at a glance which number is the day
EXAMPLE = dt.datetime(2026, 12, 31, 14, 30)


def locale_of(lang: str) -> str:
    return LOCALES.get(lang, LOCALES["en"])


@functools.cache
def date_pattern(lang: str) -> str:
    """The short date pattern of `lang` with the year written in full ("dd.MM.yyyy")."""
    pattern = Locale.parse(locale_of(lang)).date_formats["short"].pattern
    return re.sub(r"y+", "yyyy", pattern)


def moment_pattern(lang: str) -> str:
    return f"{date_pattern(lang)} {TIME_PATTERN}"


@functools.cache
def field_order(lang: str) -> str:
    """The order of day, month and year in the short date: "dmy", "mdy" or "ymd"."""
    seen = [ch for ch in date_pattern(lang) if ch in "dMy"]
    return "".join(dict.fromkeys(seen)).replace("M", "m")


def day_text(value, tz: str, lang: str) -> str:
    """The day of a stored time in `lang`'s style ("05.12.2026"); "" for none."""
    moment = _moment(value, tz)
    if moment is None:
        return ""
    return _format(moment.astimezone(zone(tz)), date_pattern(lang))


def moment_text(value, tz: str, lang: str) -> str:
    """A stored time (ISO text or datetime) in `lang`'s style ("05.12.2026 10:00")."""
    moment = _moment(value, tz)
    if moment is None:
        return ""
    return _format(moment.astimezone(zone(tz)), moment_pattern(lang))


def date_text(day: dt.date, lang: str) -> str:
    """A calendar date (a report's period) in `lang`'s style."""
    return _format(day, date_pattern(lang))


def example(lang: str, *, with_time: bool = True) -> str:
    """How to type a time in `lang`, for hints and messages ("31.12.2026 14:30")."""
    pattern = moment_pattern(lang) if with_time else date_pattern(lang)
    return _format(EXAMPLE, pattern)


_TOKENS = re.compile(r"yyyy|MM|M|dd|d|HH|mm")
_FIELDS = {"yyyy": lambda t: f"{t.year:04d}", "MM": lambda t: f"{t.month:02d}",
           "M": lambda t: str(t.month), "dd": lambda t: f"{t.day:02d}", "d": lambda t: str(t.day),
           "HH": lambda t: f"{t.hour:02d}", "mm": lambda t: f"{t.minute:02d}"}


def _format(moment, pattern: str) -> str:
    # The short patterns are all digits and separators: filled in here, a hundred times
    # faster than babel's general formatter (the case list formats a page at a time).
    return _TOKENS.sub(lambda m: _FIELDS[m.group()](moment), pattern)


_NUMBERS = re.compile(r"\d+")


def parse_moment(text: str, tz: str, lang: str, *,
                 default_time: dt.time = dt.time(0, 0)) -> dt.datetime | None:
    """What a person typed as an aware time in `tz`; None when it is not a time.

    Three numbers are a date in the language's order (a four-digit first number
    means year first, as in ISO); two more are the hour and minute, else
    `default_time`. A two-digit year is this century's."""
    numbers = _NUMBERS.findall(text or "")
    if len(numbers) not in (3, 4, 5) or re.search(r"[^\d\s.,/:\-年月日T]", text.strip()):
        return None
    if len(numbers) == 4:  # "10.12.2026 1030" or an hour without minutes: not a time
        return None
    first = numbers[0]
    order = "ymd" if len(first) == 4 else field_order(lang)
    parts = dict(zip(order, (int(n) for n in numbers[:3])))
    year = parts["y"]
    if len(numbers[order.index("y")]) <= 2:
        year += 2000
    hour, minute = ((int(numbers[3]), int(numbers[4])) if len(numbers) == 5
                    else (default_time.hour, default_time.minute))
    try:
        return dt.datetime(year, parts["m"], parts["d"], hour, minute, tzinfo=zone(tz))
    except ValueError:  # 31 February, 25:00
        return None


@functools.lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _moment(value, tz: str) -> dt.datetime | None:
    """A stored time: an aware datetime, or ISO text (naive text is local to `tz`)."""
    if value in (None, ""):
        return None
    if not isinstance(value, dt.datetime):
        try:
            value = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=zone(tz))
