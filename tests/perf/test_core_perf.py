"""Core benchmarks against SPEC §8: demo creation, search, save, due query."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import time
from pathlib import Path

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


def plain_sqlite_copy(source: Path, target: Path) -> float:
    """Seconds to write the same rows into an empty file with the same tables and indexes
    by plain `executemany`, as the demo writes a new file (memory journal, no syncs): the
    reference for bulk intake. The search index gets the same tokens."""
    from casebook.db import search

    # the same tokens (schema 10 keeps none: computed from the cases, before the clock)
    with Casebook.open(source, clock=FixedClock(NOW)) as book:
        bodies = [(i, " ".join(t)) for i, t in search.every_case(book.db)]
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target, isolation_level=None)
    dst.execute("PRAGMA page_size = 8192")
    dst.execute("PRAGMA journal_mode = MEMORY")
    dst.execute("PRAGMA synchronous = OFF")
    schema = src.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_fts_%' "
                         "OR name = 'case_fts_sum' ORDER BY type = 'index'").fetchall()
    tables = [name for kind, name, _sql in schema if kind == "table" and name != "case_fts"]
    start = time.perf_counter()
    dst.execute("BEGIN")
    for _kind, _name, sql in schema:
        dst.execute(sql)
    for name in tables:
        width = len(src.execute(f'SELECT * FROM "{name}" LIMIT 1').description or ()) or 1
        insert = f'INSERT INTO "{name}" VALUES ({", ".join("?" * width)})'
        cursor = src.execute(f'SELECT * FROM "{name}"')
        while rows := cursor.fetchmany(2000):
            dst.executemany(insert, rows)
    dst.executemany("INSERT INTO case_fts(rowid, body) VALUES (?, ?)", bodies)
    dst.execute("COMMIT")
    dst.execute("PRAGMA journal_mode = WAL")
    elapsed = time.perf_counter() - start
    src.close()
    dst.close()
    return elapsed


def test_bulk_intake(perf_db, tmp_path):
    """A demo built in this run (the cached casebook when this run built it, else a fresh
    one), its peak memory, and the same rows through plain SQLite in the same run."""
    from tests.perf.conftest import build_demo

    path, built = perf_db
    if built is None:
        path = tmp_path / "demo.sqlite3"
        built = build_demo(path, PERF_CASES)
    reference = plain_sqlite_copy(path, tmp_path / "plain.sqlite3")
    print(f"PERF load average {os.getloadavg()}")
    report(f"demo / import of {PERF_CASES} cases", built["seconds"], "s",
           30 * PERF_CASES / 100_000)
    report("  CPU time of the writer (the machine is shared)", built.get("cpu", 0), "s")
    report("  CPU time of the second process preparing cases", built.get("child_cpu", 0), "s")
    report("  peak memory of the writer", built["peak_mb"], "MB", 400)
    report("  peak memory of the second process", built.get("child_peak_mb", 0), "MB")
    # (the child starts as a copy of the writer: their shared pages are counted twice)
    report("  both together, at most", built["peak_mb"] + built.get("child_peak_mb", 0), "MB",
           400)
    report("  reference: the same rows by plain executemany", reference, "s")
    report("  ratio to the reference", built["seconds"] / reference, "x", 1.5)
    with Casebook.open(path, clock=FixedClock(NOW)) as book:
        start = time.perf_counter()
        from casebook.db import audit

        assert audit.verify_chain() == []
        report("  its audit chain verifies, in", time.perf_counter() - start, "s")


MILLION_SIZES = (200_000, 400_000, 1_000_000)


@pytest.mark.skipif(not os.environ.get("CASEBOOK_PERF_MILLION"),
                    reason="on demand: CASEBOOK_PERF_MILLION=1 (about an hour on a busy machine)")
def test_bulk_intake_memory_stays_flat(tmp_path):
    """Demos of 200,000, 400,000 and 1,000,000 cases, each in a process of its own: the time
    and the peak memory, which must not grow with the number of cases (streamed)."""
    from tests.perf.conftest import build_demo

    sizes = [int(n) for n in os.environ.get("CASEBOOK_PERF_MILLION_SIZES", "").split(",")
             if n] or MILLION_SIZES
    print(f"PERF load average {os.getloadavg()}")
    for cases in sizes:
        path = tmp_path / f"demo-{cases}.sqlite3"
        built = build_demo(path, cases)
        budget = 360 if cases == 1_000_000 else None
        report(f"demo of {cases} cases", built["seconds"], "s", budget)
        report(f"  its CPU time, {cases} cases: writer", built["cpu"], "s")
        report(f"  its CPU time, {cases} cases: second process", built["child_cpu"], "s")
        report(f"  peak memory, {cases} cases: writer", built["peak_mb"], "MB", 500)
        report(f"  peak memory, {cases} cases: second process", built["child_peak_mb"],
               "MB", 500)
        for leftover in tmp_path.glob(path.name + "*"):
            leftover.unlink()


def test_file_size(perf_db):
    """The cached demo file (WAL folded in, as a backup writes it), per case."""
    import sqlite3 as raw

    path = perf_db[0]
    conn = raw.connect(path)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    parts = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name "
                         "ORDER BY 2 DESC LIMIT 8").fetchall()
    conn.close()
    report(f"file size per case ({page} B pages)", path.stat().st_size / PERF_CASES / 1024,
           "KB", 4)
    for name, size in parts:
        report(f"  of which {name}", size / PERF_CASES, "B")


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
        book.db.execute_sql("ANALYZE" if name == "SQLite" else "ANALYZE deadline")
        at = NOW + dt.timedelta(minutes=1)
        from casebook.core.time import deadlines

        def shown(owner=None):  # what the due panel does: the count and the first page
            due = book.due(at, owner=owner)
            return len(due), due[:50]

        count, first = shown()
        report(f"{name} due list over {total} deadlines, all owners: count + first 50 "
               f"({count} due)", median_ms(shown, 20), budget=10)

        def reference(owner=None):  # the partial index alone: first 50, no objects, no count
            table, where, params = deadlines.DueRows(at, owner=owner).clause()
            book.db.execute_sql(f'SELECT "deadline"."id" FROM {table} {where} '
                                'ORDER BY "deadline"."due_at", "deadline"."id" LIMIT 50',
                                params).fetchall()

        report("  reference: the partial-index query, first 50", median_ms(reference, 20))
        owner = first[0].owner
        mine = len(book.due(at, owner=owner))
        report(f"{name} due list for one owner: count + first 50 ({mine} due)",
               median_ms(lambda: shown(owner), 20), budget=5)
        report("  reference: the partial-index query, first 50",
               median_ms(lambda: reference(owner), 20))
        report(f"{name} due list read whole ({count} Due objects)",
               median_ms(lambda: list(book.due(at)), 5))


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
