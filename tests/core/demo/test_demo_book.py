"""The demo casebook: a new file is written in bulk-load mode, and that changes nothing."""

from __future__ import annotations

import sqlite3

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.core.demo.book import create_demo
from tests.conftest import START


def _content(path) -> dict[str, list]:
    """Every row of every table, FTS5's own tables and the planner's statistics included."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'case_fts' "
            "ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        conn.close()


def test_a_new_file_gets_the_same_demo_as_an_empty_casebook(tmp_path):
    fresh, existing = tmp_path / "fresh.sqlite3", tmp_path / "existing.sqlite3"
    Casebook.open(existing, clock=FixedClock(START)).close()  # opened before: no bulk load
    for path in (fresh, existing):
        create_demo(path, cases=300, seed=5, clock=FixedClock(START))
    assert _content(fresh) == _content(existing)
    assert sum(len(rows) for rows in _content(fresh).values()) > 300


def test_the_demo_file_is_left_in_wal_mode(tmp_path):
    path = tmp_path / "demo.sqlite3"
    create_demo(path, cases=20, seed=1, clock=FixedClock(START))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Casebook.open(path, clock=FixedClock(START)) as book:
        assert book.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
