"""Read-only look-ups for the desk: customers by a few letters of their name or
phone, their earlier cases (so a repeat complaint is visible while the
customer is still at the counter), and the amendments of a signed case.

Plain queries outside any transaction; they never raise for an empty or odd
search text, and each is one indexed query, cheap enough to run as a case
opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebook.core.cases import document
from casebook.core.time.times import iso
from casebook.db.models import Amendment, Case, Customer, Staff


@dataclass(frozen=True)
class CustomerMatch:
    """A known customer offered by the customer picker."""

    id: int
    fields: dict  # the customer's details by document.CUSTOMER_FIELDS


def customers(book, text: str, *, limit: int = 12) -> list[CustomerMatch]:
    """Customers whose name (or phone) contains `text`, names starting with it first."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    book.bind()
    # SQLite's LIKE folds ASCII case only: "ольга" must still find "Ольга".
    spellings = {text, text.lower(), text.capitalize(), text.title()}
    match = Customer.phone.contains(text)
    for spelling in spellings:
        match |= Customer.name.contains(spelling)
    query = (Customer.select().where(~Customer.erased & match)
             .order_by(Customer.name, Customer.id).limit(limit * 4))
    folded = text.casefold()
    rows = sorted(query, key=lambda c: (not c.name.casefold().startswith(folded),
                                        c.name.casefold(), c.id))
    return [CustomerMatch(c.id, {f: getattr(c, f) for f in document.CUSTOMER_FIELDS})
            for c in rows[:limit]]


def earlier_cases(book, customer_id: int | None, *, exclude: str | None = None,
                  limit: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """How many other cases the customer has, and the latest few as (ref, received_at)."""
    if not customer_id:
        return 0, []
    book.bind()
    query = Case.select(Case.ref, Case.received_at, Case.tz).where(Case.customer == customer_id)
    if exclude:
        query = query.where(Case.ref != exclude)
    total = query.count()
    latest = query.order_by(Case.received_at.desc(), Case.id.desc()).limit(limit)
    return total, [(ref, iso(at, tz)) for ref, at, tz in latest.tuples()]


def amendments(book, ref: str) -> list[dict]:
    """Changes made after the customer signed, oldest first, with who and why."""
    book.bind()
    case = Case.get_or_none(Case.ref == ref)
    if case is None:
        return []
    names = dict(Staff.select(Staff.id, Staff.name).tuples())
    return [{"at": iso(a.at, case.tz), "by": names.get(a.by_id, ""), "field": a.field,
             "before": a.before, "after": a.after, "reason": a.reason}
            for a in case.amendments.order_by(Amendment.id)]
