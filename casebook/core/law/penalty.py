"""What a missed term costs, where the rule defines it: amount × rate × days late.

The days late are whole local days after the last day, up to the day the
duty was done (or today while it is not): a refund due by 20 November and
still unpaid on the 25th is 5 days late. The amount is the case's price or
amount in dispute (`hear.amount`); without one there is nothing to compute
and the desk is told so. Money is Decimal throughout and rounded once, at
the end, to cents (half up, as a court's calculation is written).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from casebook.core.law.rulebook import Penalty

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Accrued:
    days: int
    amount: Decimal | None  # None: the case has no amount to compute it from
    capped: bool = False
    base: Decimal | None = None  # the amount the percentage is taken of


def days_late(last_day: dt.date, until: dt.date) -> int:
    return max(0, (until - last_day).days)


def accrued(penalty: Penalty, amount: Decimal | None, last_day: dt.date,
            until: dt.date) -> Accrued:
    """The penalty owed for the days after `last_day` up to and including `until`."""
    days = days_late(last_day, until)
    if amount is None:
        return Accrued(days, None)
    owed = amount * penalty.percent_per_day / 100 * days
    capped = False
    if penalty.cap_percent is not None:
        cap = amount * penalty.cap_percent / 100
        capped = owed > cap
        owed = min(owed, cap)
    return Accrued(days, owed.quantize(CENT, rounding=ROUND_HALF_UP), capped, amount)
