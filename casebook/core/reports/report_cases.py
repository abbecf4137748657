"""The cases behind a figure of a report: what a click on a chart bar shows.

A bar says "Noise: 14"; the case list must then show those 14 cases and no
others. So the selection is the report's own cohort (`stats.Period.cohort`,
cases received in the period) narrowed by the same column the breakdown
grouped by — never a second definition that could drift from it.
"""

from __future__ import annotations

from casebook.core.reports.stats import DIMENSIONS, Period
from casebook.db.models import Case, Staff

DIMENSION_NAMES = tuple(name for name, _ in DIMENSIONS)


def case_ids(book, period: Period, *, dimension: str | None = None, code=None) -> list[int]:
    """Ids of the cases of `period` whose `dimension` is `code` (a list code, a staff name
    for "owner", a score 1–5 for "satisfaction"; "" for none), newest first."""
    book.bind()
    query = period.cohort(Case.select(Case.id))
    if dimension == "owner":
        owner = (Staff.select(Staff.id).where(Staff.name == code).scalar() if code else None)
        query = query.where(Case.owner.is_null() if owner is None else Case.owner == owner)
    elif dimension == "satisfaction":
        query = query.where(Case.satisfaction == int(code))
    elif dimension in DIMENSION_NAMES:
        column = getattr(Case, dimension)
        query = query.where(column.is_null() | (column == "") if not code else column == code)
    elif dimension is not None:
        raise ValueError(f"not a report dimension: {dimension}")
    return [i for (i,) in query.order_by(Case.received_at.desc(), Case.id.desc()).tuples()]
