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
    assert "COVERING INDEX deadline_open_due_at" in plan(  # schema 8: the open ones' own
        "SELECT case_id FROM deadline WHERE state IN ('pending', 'missed') "
        "AND due_at < '2026-03-02 09:00:00'")


def test_the_due_list_is_counted_and_read_from_the_open_deadlines_alone(plan):
    """Schema 8: the open deadlines have their own (partial) indexes, in due order and
    holding what the due list filters on, for everyone and per owner."""
    from casebook.core.time.deadlines import DueRows

    def plans(owner=None):
        table, where, params = DueRows(START, owner=owner).clause()
        for value in params:  # the plan of the statement with its values in place
            where = where.replace("?", repr(value), 1)
        return (plan(f"SELECT count(*) FROM {table} {where}"),
                plan(f"SELECT deadline.id FROM {table} {where} ORDER BY due_at, id LIMIT 50"))

    assert plans() == (
        "SEARCH deadline USING COVERING INDEX deadline_open_due_at (due_at<?)",) * 2
    assert plans("Anna de Vries") == ("SEARCH deadline USING COVERING INDEX "
                                      "deadline_open_owner_id_due_at (owner_id=? AND due_at<?)",) * 2


def test_no_index_repeats_the_start_of_a_wider_one(tmp_path):
    """Schema 8 dropped the five that did (each cost space and every insert its upkeep)."""
    db = tmp_path / "book.sqlite3"
    with Casebook.open(db, clock=FixedClock(START)) as book:
        columns = {}
        for (table,) in book.db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for _seq, name, _unique, _origin, partial in book.db.execute_sql(
                    f'PRAGMA index_list("{table}")').fetchall():
                if not partial:
                    columns[name] = (table,) + tuple(row[2] for row in book.db.execute_sql(
                        f'PRAGMA index_info("{name}")').fetchall())
    repeats = sorted(a for a, ca in columns.items() for b, cb in columns.items()
                     if a != b and len(ca) < len(cb) and cb[:len(ca)] == ca)
    assert repeats == []
