"""An incident and the households that call about it."""

from __future__ import annotations

import pytest

from tests.conftest import new_case

# (name, phone, flat, language): four households of building 3
HOUSEHOLDS = [
    ("Ivan Petrov", "+7 912 345-67-89", "Flat 12", "ru"),
    ("王芳", "13800138000", "Flat 14", "zh_CN"),
    ("Joost de Vries", "+31 6 1234 5678", "Flat 21", "nl"),
    ("ნინო ბერიძე", "+995 599 12 34 56", "Flat 30", "ka"),
]


def household_case(n: int, **over) -> dict:
    name, phone, flat, lang = HOUSEHOLDS[n]
    parts = {"category": "shared_facilities",
             "customer": {"name": name, "phone": phone, "unit": flat, "language": lang,
                          "address": "Building 3, Lenina 5"},
             "hear": {"account": "The lift in building 3 stopped between floors.",
                      "remedy_sought": "Repair the lift today"},
             "ask": {"place": "Building 3", "summary": "So the lift stopped?",
                     "summary_confirmed": True}}
    return new_case(**{**parts, **over})


@pytest.fixture
def lift(book):
    """An open incident, owned by Bert: the lift of building 3 stopped at 10:00."""
    return book.incidents.open(title="Lift outage", place="Building 3", units="1-40",
                               category="shared_facilities", by="Bert")


@pytest.fixture
def calls(book):
    """The four households' cases, none linked yet."""
    return [book.open_case(household_case(n), by="Anna") for n in range(4)]
