"""`casebook verify` on a big casebook: its time and peak memory (issue #16: a 1,000,000-case
casebook must verify within 500 MB), beside reading the same tables once with plain SQL
in the same run.

Each verify runs in a process of its own, so its peak memory (RSS) is its own. Memory
must stay flat in the number of cases: the replay compares a bundle of cases at a time,
and the database sorts what the log recorded of them (CASEBOOK_PERF_VERIFY_SIZES builds
demos of other sizes and prints the figures side by side).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.conftest import PERF_CASES, backend_name, build_demo, report, report_load

pytestmark = pytest.mark.perf

VERIFY = """
import json, resource, sys, time
from casebook.core.casebook import Casebook
from casebook.core.trust.verify import verify
start, cpu = time.perf_counter(), time.process_time()
with Casebook.open(sys.argv[1], create=False, read_only=True) as book:
    problems = verify(book.db)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "problems": problems}))
"""

# The reference: every row verify reads, read once by plain SQL and dropped (the audit
# log, the cases, their deadlines, actions, questions and amendments).
TABLES = ("audit_entry", "case", "deadline", "action", "question", "amendment")
REFERENCE = """
import json, resource, sqlite3, sys, time
start, cpu = time.perf_counter(), time.process_time()
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = 0
for table in json.loads(sys.argv[2]):
    for _row in conn.execute(f'SELECT * FROM "{table}"'):
        rows += 1
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rows": rows}))
"""


def _run(script: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script, *args], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _verified(target) -> dict:
    figures = _run(VERIFY, str(target))
    assert figures["problems"] == [], figures["problems"][:5]
    return figures


def test_verify_time_and_memory(perf_target):
    """verify on the perf casebook, on each backend; plain SQL reading the SQLite file's
    tables once is the reference."""
    report_load("verify")
    name = backend_name(perf_target)
    figures = _verified(perf_target)
    report(f"{name}: verify, {PERF_CASES} cases", figures["seconds"], "s")
    report(f"  {name}: its CPU time", figures["cpu"], "s")
    report(f"  {name}: peak memory of the process", figures["peak_mb"], "MB", 500)
    if isinstance(perf_target, Path):
        reference = _run(REFERENCE, str(perf_target), json.dumps(TABLES))
        report("  reference: the same tables read once by plain SQL", reference["seconds"], "s")
        report("  reference: its CPU time", reference["cpu"], "s")
        report("  ratio of CPU times to the reference", figures["cpu"] / reference["cpu"], "x")


@pytest.mark.skipif(not os.environ.get("CASEBOOK_PERF_VERIFY_SIZES"),
                    reason="on demand: CASEBOOK_PERF_VERIFY_SIZES=10000,50000,100000 builds a "
                           "demo of each size")
def test_verify_memory_stays_flat(tmp_path):
    """verify on demos of each size, each in a process of its own: peak memory must not
    grow with the number of cases (time does, about linearly)."""
    sizes = [int(n) for n in os.environ["CASEBOOK_PERF_VERIFY_SIZES"].split(",") if n]
    report_load("verify, sizes")
    for cases in sizes:
        path = tmp_path / f"demo-{cases}.sqlite3"
        start = time.perf_counter()
        build_demo(path, cases)
        report(f"demo of {cases} cases built in", time.perf_counter() - start, "s")
        figures = _verified(path)
        report(f"verify, {cases} cases", figures["seconds"], "s")
        report(f"  its CPU time, {cases} cases", figures["cpu"], "s")
        report(f"  peak memory, {cases} cases", figures["peak_mb"], "MB", 500)
        for leftover in tmp_path.glob(path.name + "*"):
            leftover.unlink()


def test_reference_reads_every_table(perf_db):
    """The reference names tables that exist (a renamed table would make it cheaper)."""
    conn = sqlite3.connect(f"file:{perf_db[0]}?mode=ro", uri=True)
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert set(TABLES) <= names
