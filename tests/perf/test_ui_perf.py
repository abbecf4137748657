"""Desktop benchmarks against SPEC §8, on the cached 100,000-case casebook."""

from __future__ import annotations

import resource
import time

import pytest
from PySide6.QtCore import Qt

from casebook.app import make_window
from casebook.core.clock import FixedClock
from casebook.ui.case_list import COLUMNS
from tests.perf.conftest import NOW, report

pytestmark = pytest.mark.perf


def timed(app, fn) -> float:
    start = time.perf_counter()
    fn()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def test_window_and_list_actions(qapp, perf_copy, home):
    start = time.perf_counter()
    window = make_window(perf_copy, "en", clock=FixedClock(NOW), operator="Anna de Vries")
    qapp.processEvents()
    report("start to usable main window (100,000 cases)",
           (time.perf_counter() - start) * 1000, budget=1500)
    report("first paint of the list", timed(qapp, lambda: window.table.viewport().grab()),
           budget=100)
    column = COLUMNS.index("customer")
    report("sort by customer", timed(qapp, lambda: (
        window.table.sortByColumn(column, Qt.SortOrder.AscendingOrder),
        window.table.viewport().grab())), budget=100)
    report("quick filter: overdue", timed(qapp, lambda: (
        window.set_filter("overdue"), window.table.viewport().grab())), budget=100)
    window.set_filter("all")
    report("search '漏水' (as typed, after the debounce)", timed(qapp, lambda: (
        window.model.set_search("漏水"), window.table.viewport().grab())), budget=100)
    window.model.set_search("")
    report("scroll to the bottom", timed(qapp, lambda: (
        window.table.scrollToBottom(), window.table.viewport().grab())), budget=100)
    report("open a case in the editor", timed(qapp, lambda: window.open_row(5)), budget=100)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report("peak memory (RSS)", peak, "MB", budget=300)
    window.editor.loaded = window.editor.draft()
    window.close()
