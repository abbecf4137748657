"""Moving the 100,000-case demo to a new PC: export → import into a fresh casebook →
export gives the same bytes (SPEC §7 "Moving"; import budget SPEC §8: < 30 s, < 400 MB).
On demand: `python -m pytest tests/perf/test_move_perf.py -m perf -s`."""

from __future__ import annotations

import resource
import time

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases.interchange import export, import_file
from casebook.core.time.clock import FixedClock
from tests.perf.conftest import NOW, PERF_CASES, report

pytestmark = pytest.mark.perf


def test_the_big_demo_moves_to_the_same_bytes(perf_db, tmp_path):
    first, second = tmp_path / "old-pc.jsonl", tmp_path / "new-pc.jsonl"
    started = time.perf_counter()
    with Casebook.open(perf_db[0], clock=FixedClock(NOW)) as book:
        assert export(book, first, "jsonl") == PERF_CASES
        manager = next(s.name for s in book.staff() if s.role == "manager")
    exported = time.perf_counter()
    with Casebook.open(tmp_path / "new-pc.sqlite3", clock=FixedClock(NOW)) as other:
        result = import_file(other, first, by=manager)
        imported = time.perf_counter()
        export(other, second, "jsonl")
    done = time.perf_counter()
    assert len(result.refs) == PERF_CASES
    assert result.unapproved == [] and result.inactive_staff == []
    assert first.read_bytes() == second.read_bytes()
    report(f"move: export, {PERF_CASES} cases", exported - started, "s")
    report(f"move: import into a fresh casebook, {PERF_CASES} cases", imported - exported, "s",
           30)
    report(f"move: export again, {PERF_CASES} cases", done - imported, "s")
    report("move: peak memory of the process (max RSS)",
           resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB", 400)
