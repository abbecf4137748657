"""Core benchmarks against SPEC §8: demo creation, search, save, due query."""

from __future__ import annotations

import datetime as dt
import statistics
import time

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from tests.perf.conftest import NOW, PERF_CASES, backend_name, report, report_load

pytestmark = pytest.mark.perf

QUERIES = {
    "Latin (Dutch)": "verwarming",
    "Latin (English)": "heating",
    "Cyrillic": "жалоба",
    "Chinese 2-char": "漏水",
    "Chinese 2-char (投诉)": "投诉",
    "Georgian": "ლიფტი",
    "phone fragment": "555 12",
    # short and common words: a prefix in half of the cases, two words at once
    "short word (Dutch)": "de",
    "common word (English)": "the",
    "unit": "flat 12",
    "two words": "lift heating",
}


def median_ms(fn, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_demo_creation(perf_db):
    path, elapsed = perf_db
    if elapsed is None:
        print(f"PERF demo creation: cached at {path} (delete it to measure again)")
    else:
        report(f"demo creation, {PERF_CASES} cases", elapsed, "s", 30)


def test_search_median(perf_target):
    with Casebook.open(perf_target, clock=FixedClock(NOW)) as book:
        for label, query in QUERIES.items():
            hits = len(book.search(query))
            report(f"{backend_name(perf_target)} search median: {label} {query!r} ({hits} hits)",
                   median_ms(lambda q=query: book.search(q)), budget=50)


def test_save_median(perf_target_copy):
    with Casebook.open(perf_target_copy, clock=FixedClock(NOW)) as book:
        manager = next(s.name for s in book.staff() if s.role == "manager")
        refs = [r for (r,) in book.db.execute_sql(
            "SELECT ref FROM \"case\" WHERE state = 'open' LIMIT 40")]
        counter = iter(range(10_000))

        def save():
            ref = refs[next(counter) % len(refs)]
            book.update_case(ref, {"ask": {"place": f"Room {next(counter)}"}}, by=manager)

        report(f"{backend_name(perf_target_copy)} save a case edit (audit + search index) "
               "median", median_ms(save, 40), budget=10)


def test_due_query(perf_target_copy):
    """Grow the deadline table to 1,000,000 rows (history: done, or pending in the future)."""
    name = backend_name(perf_target_copy)
    with Casebook.open(perf_target_copy, clock=FixedClock(NOW)) as book:
        count = book.db.execute_sql("SELECT count(*) FROM deadline").fetchone()[0]
        if count < 1_000_000 and name == "PostgreSQL":
            with book.db.atomic():
                book.db.execute_sql(
                    "INSERT INTO deadline (case_id, kind, due_at, tz, owner_id, state, note, "
                    "created_at) SELECT case_id, 'callback', CASE WHEN mod(n, 20) = 0 THEN "
                    "%s::timestamp + (mod(n, 90) + 1) * interval '1 day' ELSE due_at - "
                    "mod(n * 7, 900) * interval '1 day' END, tz, owner_id, "
                    "CASE WHEN mod(n, 20) = 0 THEN 'pending' ELSE 'done' END, '', created_at "
                    "FROM deadline, "
                    "generate_series(1, %s) AS n LIMIT %s",
                    (NOW.replace(tzinfo=None).isoformat(" "), (1_000_000 - count) // count + 1,
                     1_000_000 - count))
            book.db.execute_sql("ANALYZE deadline")
        elif count < 1_000_000:
            with book.db.atomic():
                factor = (1_000_000 - count) // count + 1
                book.db.execute_sql(
                    "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
                    "WHERE value < ?) INSERT INTO deadline (case_id, kind, due_at, tz, owner_id, "
                    "state, note, created_at) SELECT case_id, 'callback', "
                    "CASE WHEN value % 20 = 0 THEN datetime(?, '+' || (value % 90 + 1) || ' days') "
                    "ELSE datetime(due_at, '-' || (value * 7 % 900) || ' days') END, tz, owner_id, "
                    "CASE WHEN value % 20 = 0 THEN 'pending' ELSE 'done' END, '', created_at "
                    "FROM deadline, n LIMIT ?",
                    (factor, NOW.replace(tzinfo=None).isoformat(" "), 1_000_000 - count))
        total = book.db.execute_sql("SELECT count(*) FROM deadline").fetchone()[0]
        at = NOW + dt.timedelta(minutes=1)
        due = book.due(at)
        report(f"{name} due query over {total} deadlines ({len(due)} due)",
               median_ms(lambda: book.due(at), 20), budget=10)
        from casebook.core.time import deadlines

        def sql_only(owner=None):  # the query itself, rows fetched raw, no objects built
            query = deadlines.due_query(at, owner=owner)
            sql, params = query.sql()
            book.db.execute_sql(sql, params).fetchall()

        report(f"{name} due query, SQL only, all owners", median_ms(sql_only, 20), budget=10)
        report(f"{name} due query, SQL only, one owner",
               median_ms(lambda: sql_only(due[0].owner), 20), budget=10)
        mine = book.due(at, owner=due[0].owner) if due else []
        report(f"{name} due query for one owner ({len(mine)} due)",
               median_ms(lambda: book.due(at, owner=due[0].owner), 20), budget=10)


def test_ranked_search_of_common_words(perf_db):
    """Ranked search (bm25, SQLite) of the word in most cases, beside newest-first."""
    from casebook.db import search

    with Casebook.open(perf_db[0], clock=FixedClock(NOW), create=False) as book:
        book.db.execute_sql(f"CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab("
                            f"main, {search.FTS_TABLE}, 'row')")
        common, cases = book.db.execute_sql(
            "SELECT term, doc FROM temp.vocabulary ORDER BY doc DESC LIMIT 1").fetchone()
        report_load("ranked search")
        for label, word in (("the most common word", common), ("Chinese 2-char", "投诉"),
                            ("common word (English)", "the")):
            hits = len(search.search(book.db, word))
            report(f"ranked search, {label} {word!r} ({hits} hits)",
                   median_ms(lambda w=word: search.search(book.db, w)), budget=20)
            report("  reference: newest first, same word",
                   median_ms(lambda w=word: search.search(book.db, w, ranked=False)))
        print(f"PERF   ({common!r} is in {cases} cases)")
