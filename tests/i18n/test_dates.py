"""One date style per language on screen, and what a clerk types read back the same way."""

import datetime as dt

import pytest

from casebook.i18n import dates

TZ = "Europe/Amsterdam"
AGREED = "2026-12-05T10:00:00+01:00"


@pytest.mark.parametrize("lang, shown", [
    ("en", "05/12/2026 10:00"), ("ru", "05.12.2026 10:00"), ("zh_CN", "2026/12/5 10:00"),
    ("nl", "05-12-2026 10:00"), ("ka", "05.12.2026 10:00")])
def test_a_time_shows_in_the_languages_short_style_and_reads_back(lang, shown):
    assert dates.moment_text(AGREED, TZ, lang) == shown
    assert dates.parse_moment(shown, TZ, lang).isoformat() == AGREED


@pytest.mark.parametrize("lang, typed", [
    ("ru", "5.12.26 10:00"), ("nl", "5-12-2026 10.00"), ("en", "5/12/2026, 10:00"),
    ("zh_CN", "2026年12月5日 10:00"), ("ka", "05.12.2026 10:00"), ("ru", "2026-12-05 10:00")])
def test_what_people_type_is_read_leniently(lang, typed):
    assert dates.parse_moment(typed, TZ, lang).isoformat() == AGREED


@pytest.mark.parametrize("typed", ["31.02.2026 10:00", "Not agreed yet026-12-0510:00",
                                   "05.12.2026 25:00", "tomorrow", "05.12", ""])
def test_what_is_not_a_time_is_none(typed):
    assert dates.parse_moment(typed, TZ, "ru") is None


def test_a_day_alone_takes_the_time_it_is_given():
    when = dates.parse_moment("05.12.2026", TZ, "ru", default_time=dt.time(9, 0))
    assert when.isoformat() == "2026-12-05T09:00:00+01:00"


def test_the_example_shows_the_order_of_day_and_month():
    assert dates.example("en") == "31/12/2026 14:30"
    assert dates.example("zh_CN") == "2026/12/31 14:30"
    assert dates.date_text(dt.date(2026, 3, 4), "nl") == "04-03-2026"
