"""Casebooks under the law of one country, on a fixed clock."""

from __future__ import annotations

import datetime as dt

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock

UTC = dt.timezone.utc
# Tuesday 10 November 2026, 10:00 in Moscow (UTC+3 all year)
CLAIM_DAY = dt.datetime(2026, 11, 10, 7, 0, tzinfo=UTC)


def at(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def open_book(path, clock, *, country: str, tz: str, currency: str = "EUR") -> Casebook:
    book = Casebook.open(path, clock=clock)
    book.set_setting("timezone", tz, by="setup")
    book.add_staff("Olga", "manager")
    book.add_staff("Ivan", "desk")
    book.add_staff("Nino", "desk")
    if country:
        book.set_setting("country", country, by="Olga")
    book.set_setting("currency", currency, by="Olga")
    return book


@pytest.fixture
def law_clock():
    return FixedClock(CLAIM_DAY)


@pytest.fixture
def ru_book(tmp_path, law_clock):
    with open_book(tmp_path / "ru.sqlite3", law_clock, country="RU", tz="Europe/Moscow",
                   currency="RUB") as book:
        yield book


@pytest.fixture
def nl_book(tmp_path, law_clock):
    with open_book(tmp_path / "nl.sqlite3", law_clock, country="NL",
                   tz="Europe/Amsterdam") as book:
        yield book


def claim(**over) -> dict:
    """A written claim at the counter: a kettle that stopped working, the money back."""
    doc = {"kind": "claim", "about": "goods", "channel": "walk_in",
           "customer": {"name": "Пётр Смирнов", "phone": "+7 916 000-00-00", "language": "ru"},
           "hear": {"account": "Чайник перестал включаться через неделю.",
                    "remedy_sought": "Верните деньги", "amount": "12000.00"},
           "follow": {"next_reply_at": "2026-11-12T12:00"}}
    for key, value in over.items():
        doc[key] = {**doc[key], **value} if isinstance(value, dict) and key in doc else value
    return doc
