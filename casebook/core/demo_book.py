"""`casebook demo` and `casebook --demo`: a realistic multilingual casebook to try.

The demo goes through the same intake path as an import, so what you try is
what you get; it refuses to write into a casebook that already holds cases.
"""

from __future__ import annotations

from pathlib import Path

from casebook.core import demo, settings
from casebook.core import intake as intake_path
from casebook.core.casebook import Casebook
from casebook.core.clock import Clock
from casebook.core.errors import InvalidInput
from casebook.db.models import Case, Staff

DEMO_BUSINESS = {
    "business_name": "Casebook Demo — Parkzicht Residences & Shop",
    "business_address": "Parkweg 12, 1012 AB Amsterdam",
    "business_phone": "+31 20 123 4567",
    "timezone": "Europe/Amsterdam",
}


def create_demo(target: Path, *, cases: int = 500, seed: int = 1,
                clock: Clock | None = None) -> int:
    if cases < 0 or cases > 1_000_000:
        raise InvalidInput("The number of demo cases must be between 0 and 1,000,000.")
    with Casebook.open(target, clock=clock) as book:
        if Case.select().exists():
            raise InvalidInput("{path} already holds cases; the demo only writes into a new "
                               "casebook.", path=str(target))
        with book.change():
            for key, value in DEMO_BUSINESS.items():
                settings.put(key, value)
            for name, role in demo.STAFF:
                if not Staff.select().where(Staff.name == name).exists():
                    Staff.create(name=name, role=role)
        operator = next(name for name, role in demo.STAFF if role == "manager")
        docs = demo.generate(cases, seed=seed, now=book.now(), tz=book.tz)
        with book.change():
            intake = intake_path.Intake.start(book)
            prepared = [intake_path.prepare(book, d, by=operator, intake=intake) for d in docs]
            intake_path.insert(book, prepared, by=operator, intake=intake, source="demo")
    return cases
