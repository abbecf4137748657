"""The case list's sort by a person within a filter, and its overdue filter, are served
by indexes alone (schema 4)."""

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.core.demo.book import create_demo
from tests.conftest import START


@pytest.fixture
def plan(tmp_path):
    """The query plan SQLite chooses for a statement, as one line of text."""
    db = tmp_path / "plan.sqlite3"
    create_demo(db, cases=50, seed=1, clock=FixedClock(START))
    with Casebook.open(db, clock=FixedClock(START)) as book:
        yield lambda sql: " ".join(row[-1] for row in book.db.execute_sql(
            "EXPLAIN QUERY PLAN " + sql))


def test_closed_cases_by_customer_are_found_from_the_index(plan):
    assert "COVERING INDEX case_customer_id_state" in plan(
        'SELECT c.id FROM customer AS p CROSS JOIN "case" AS c '
        "WHERE c.customer_id = p.id AND c.state = 'closed' ORDER BY p.name, c.id "
        "LIMIT 200 OFFSET 20")
    assert "case_owner_id_state" in plan(
        'SELECT c.id FROM staff AS p CROSS JOIN "case" AS c '
        "WHERE c.owner_id = p.id AND c.state = 'open' ORDER BY p.name, c.id LIMIT 200")


def test_late_deadlines_name_their_cases_from_the_index(plan):
    assert "COVERING INDEX deadline_state_due_at_case_id" in plan(
        "SELECT case_id FROM deadline WHERE state IN ('pending', 'missed') "
        "AND due_at < '2026-03-02 09:00:00'")
