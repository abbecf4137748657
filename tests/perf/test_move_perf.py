"""Moving the 100,000-case demo to a new PC: export → import into a fresh casebook →
export gives the same bytes (SPEC §7 "Moving"; import budget SPEC §8: < 30 s, < 400 MB).
On demand: `python -m pytest tests/perf/test_move_perf.py -m perf -s`."""

from __future__ import annotations

import filecmp
import resource
import time

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases.interchange import export, import_file
from casebook.core.time.clock import FixedClock
from tests.perf.conftest import NOW, PERF_CASES, report

pytestmark = pytest.mark.perf


class Phase:
    """Wall and CPU seconds of one phase, and the process's peak memory at its end (the
    figures of a shared machine: CPU seconds say what the wall clock cannot)."""

    def __init__(self, name: str, budget: float | None = None):
        self.name, self.budget = name, budget

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        self.child_cpu = _children_cpu()
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            report(f"move: {self.name}, wall", time.perf_counter() - self.wall, "s",
                   self.budget)
            report(f"move: {self.name}, CPU", time.process_time() - self.cpu, "s",
                   self.budget)
            report(f"move: {self.name}, CPU of a second process preparing cases",
                   _children_cpu() - self.child_cpu, "s")
            report(f"move: peak memory after {self.name}",
                   resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB", 400)


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


@pytest.mark.timeout(3600)  # three passes over 100,000 cases; a loaded machine takes long
def test_the_big_demo_moves_to_the_same_bytes(perf_db, tmp_path):
    first, second = tmp_path / "old-pc.jsonl", tmp_path / "new-pc.jsonl"
    with Phase(f"export, {PERF_CASES} cases"), \
            Casebook.open(perf_db[0], clock=FixedClock(NOW)) as book:
        assert export(book, first, "jsonl") == PERF_CASES
        manager = next(s.name for s in book.staff() if s.role == "manager")
    with Casebook.open(tmp_path / "new-pc.sqlite3", clock=FixedClock(NOW)) as other:
        with Phase(f"import into a fresh casebook, {PERF_CASES} cases", 30):
            result = import_file(other, first, by=manager)
        with Phase(f"export again, {PERF_CASES} cases"):
            export(other, second, "jsonl")
    assert len(result.refs) == PERF_CASES
    assert result.unapproved == [] and result.inactive_staff == []
    assert filecmp.cmp(first, second, shallow=False)  # a block at a time, not 2 × 600 MB
    print(f"PERF move: {first.stat().st_size / 2**20:.0f} MB file, identical after the move")
