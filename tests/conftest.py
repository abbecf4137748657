"""Shared fixtures: a real casebook file per test, a fixed clock, a private data dir."""

from __future__ import annotations

import datetime as dt
import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis would keep its examples and caches in ./.hypothesis, inside the checkout.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                      os.path.join(tempfile.gettempdir(), "casebook-hypothesis"))

from casebook.core.casebook import Casebook  # noqa: E402
from casebook.core.time.clock import FixedClock  # noqa: E402
from casebook.i18n.translate import set_language  # noqa: E402

TZ = "Europe/Amsterdam"
# Monday 2 March 2026, 10:00 in Amsterdam (09:00 UTC)
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def cold_caches():
    """Every test parses its times afresh: a result cached by an earlier test would hide a
    broken parser from this one (mutation testing showed it)."""
    from casebook.core.time import calendar, times

    for cached in (times._parse_text, times.zone, calendar._instant):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Everything Casebook writes to its data folder goes to a temp dir, and a relative
    output name (`-o x.pdf`) lands there too, never in the checkout."""
    path = tmp_path / "home"
    monkeypatch.setenv("CASEBOOK_HOME", str(path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TZ", TZ)
    set_language("en")
    yield path
    set_language("en")


@pytest.fixture
def clock():
    return FixedClock(START)


@pytest.fixture
def ticks(clock):
    """The running app's timers on the test's clock: `ticks.advance(minutes=1)` moves the
    clock a minute and fires, through their own `timeout` connections, every timer of
    every window on this clock that falls due on the way (casebook.ui.ticker)."""
    from casebook.ui.ticker import for_clock

    return for_clock(clock)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "casebook.sqlite3"


@pytest.fixture
def book(db_path, clock):
    with Casebook.open(db_path, clock=clock) as cb:
        cb.set_setting("timezone", TZ, by="setup")
        cb.add_staff("Anna", "desk")
        cb.add_staff("Bert", "handler")
        cb.add_staff("Marta", "manager")
        yield cb


def new_case(**over) -> dict:
    """A complaint as the desk logs it: heard and asked, owner agreed a reply time."""
    doc = {
        "channel": "phone",
        "category": "unit_repairs",
        "customer": {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "unit": "Flat 12",
                     "language": "ru"},
        "hear": {"account": "Отопление в квартире не работает с понедельника.",
                 "remedy_sought": "Починить отопление сегодня"},
        "ask": {"summary": "So the heating in flat 12 has been off since Monday?",
                "summary_confirmed": True, "qa": [{"q": "Since when?", "a": "Monday"}]},
        "follow": {"next_reply_at": "2026-03-03T09:00:00+01:00"},
    }
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(doc.get(key), dict):
            doc[key] = {**doc[key], **value}
        else:
            doc[key] = value
    return doc
