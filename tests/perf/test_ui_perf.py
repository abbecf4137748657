"""Desktop benchmarks against SPEC §8: start, and the case list at 100,000 cases.

    QT_QPA_PLATFORM=offscreen python -m pytest tests/perf/test_ui_perf.py -m perf -s

Each action is timed the way a user meets it: the change plus the repaint of
the list it causes (`repaint()` paints synchronously, so every row the
screen shows has been fetched and drawn when the clock stops).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from casebook.core.time.clock import FixedClock
from casebook.ui.case_list import COLUMNS
from tests.perf.conftest import NOW, PERF_CASES, backend_name, report, report_load

pytestmark = pytest.mark.perf

WINDOW_BUDGET_MS = 1500
ACTION_BUDGET_MS = 100
MEMORY_BUDGET_MB = 300


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def test_main_window_with_100k_cases(qtbot, perf_target):
    """Reads only, so it opens the cached casebook itself: a fresh 600 MB copy would
    still be flushing to disk while the clock runs and time the disk, not the list."""
    from casebook.app import make_window, register_fonts

    register_fonts()  # once per process, like any start; not part of opening a casebook
    before = peak_rss_mb()
    holder = {}

    def start() -> None:
        holder["win"] = make_window(perf_target, "en", clock=FixedClock(NOW))
        QApplication.processEvents()

    print(f"PERF --- the case list on {backend_name(perf_target)}")
    report(f"start to usable window ({PERF_CASES} cases)", timed(start),
           budget=WINDOW_BUDGET_MS)
    win = holder["win"]
    qtbot.addWidget(win)
    table, model = win.table, win.model
    assert model.rowCount() == PERF_CASES

    def paint() -> None:
        table.viewport().repaint()

    def first_paint() -> None:
        model.refresh()  # a fresh model: the count, then the first page as it paints
        paint()

    report("list first paint", timed(first_paint), budget=ACTION_BUDGET_MS)
    customer = COLUMNS.index("customer")
    report("sort by customer (A-Z)", timed(lambda: (
        table.sortByColumn(customer, Qt.SortOrder.AscendingOrder), paint())),
        budget=ACTION_BUDGET_MS)
    report("sort by customer (Z-A)", timed(lambda: (
        table.sortByColumn(customer, Qt.SortOrder.DescendingOrder), paint())),
        budget=ACTION_BUDGET_MS)
    report("scroll to the bottom", timed(lambda: (table.scrollToBottom(), paint())),
           budget=ACTION_BUDGET_MS)
    report("scroll back to the top", timed(lambda: (table.scrollToTop(), paint())),
           budget=ACTION_BUDGET_MS)
    middle = model.index(PERF_CASES // 2, 0)
    report("jump to the middle", timed(lambda: (table.scrollTo(middle), paint())),
           budget=ACTION_BUDGET_MS)

    report('search "漏水" (after the 150 ms pause)', timed(lambda: (
        model.set_search("漏水"), paint())), budget=ACTION_BUDGET_MS)
    found = model.rowCount()
    assert found > 0
    report("search cleared", timed(lambda: (model.set_search(""), paint())),
           budget=ACTION_BUDGET_MS)
    table.sortByColumn(COLUMNS.index("received_at"), Qt.SortOrder.DescendingOrder)
    for key in ("overdue", "due_today", "major_unreported", "unsigned", "open", "all"):
        report(f"quick filter {key}", timed(lambda k=key: (win.set_filter(k), paint())),
               budget=ACTION_BUDGET_MS)
    win.set_filter("overdue")
    report("overdue, scroll to the bottom", timed(lambda: (table.scrollToBottom(), paint())),
           budget=ACTION_BUDGET_MS)
    win.set_filter("closed")
    report("closed, sort by customer", timed(lambda: (
        table.sortByColumn(customer, Qt.SortOrder.AscendingOrder), paint())),
        budget=ACTION_BUDGET_MS)
    report("closed by customer, jump to the middle", timed(lambda: (
        table.scrollTo(model.index(model.rowCount() // 2, 0)), paint())),
        budget=ACTION_BUDGET_MS)
    report("closed by customer, scroll to the bottom", timed(lambda: (
        table.scrollToBottom(), paint())), budget=ACTION_BUDGET_MS)
    win.set_filter("all")
    report("due list refresh", timed(win.refresh_due), budget=ACTION_BUDGET_MS)
    report("open the first case in the editor", timed(lambda: (
        table.selectRow(0), QApplication.processEvents())), budget=ACTION_BUDGET_MS)
    report("peak RSS (whole test process)", peak_rss_mb(), "MB", budget=MEMORY_BUDGET_MB)
    report("RSS growth during the test", peak_rss_mb() - before, "MB")
    print(f"PERF search hits for 漏水: {found}")
    win.editor.loaded = win.editor.draft()  # nothing to ask on close
    win.session.book.close()


NEW_PROCESS = """
import json, sys, time
start, start_cpu = time.perf_counter(), time.process_time()
import datetime as dt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casebook.app import make_window
from casebook.core import settings
from casebook.core.time.clock import FixedClock
imported, imported_cpu = time.perf_counter(), time.process_time()
if sys.argv[3] == "reference":
    print(json.dumps({"total": (imported - start) * 1000}))
    sys.exit()
reads = []
get = settings.get
settings.get = lambda key: (reads.append(key), get(key))[1]
win = make_window(sys.argv[1], "en", clock=FixedClock(dt.datetime.fromisoformat(sys.argv[2])))
app.processEvents()
done = time.perf_counter()
print(json.dumps({"total": (done - start) * 1000, "window": (done - imported) * 1000,
                  "window_cpu": (time.process_time() - imported_cpu) * 1000,
                  "timezone_reads": reads.count("timezone"),
                  "caught_up": len(win.banner.items) if win.banner.isVisible() else 0}))
win.editor.loaded = win.editor.draft()
win.session.book.close()
"""


def test_window_in_a_new_process(perf_db, tmp_path):
    """A new process opens the 100k casebook a month after it was last closed: the
    window is usable (its list painted, the catch-up banner up) in < 0.6 s."""
    path = str(perf_db[0])
    home = tmp_path / "home"
    home.mkdir()
    desk = QSettings(str(home / "desk.ini"), QSettings.Format.IniFormat)
    key = hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]  # as MainWindow._closed_key
    desk.setValue(f"last_closed_at/{key}", (NOW - dt.timedelta(days=30)).isoformat())
    desk.sync()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(CASEBOOK_HOME=str(home), PYTHONPYCACHEPREFIX=str(tmp_path / "pyc"),
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    root = Path(__file__).resolve().parents[2]

    def run(kind: str) -> dict:
        out = subprocess.run([sys.executable, "-c", NEW_PROCESS, path, NOW.isoformat(), kind],
                             capture_output=True, text=True, check=True, cwd=root, env=env)
        return json.loads(out.stdout.strip().splitlines()[-1])

    run("window")  # untimed: bytecode written, the file in the page cache
    report_load("the new-process window")
    runs = [run("window") for _ in range(3)]
    references = [run("reference")["total"] for _ in range(3)]
    report("new process: window usable (make_window, median of 3)",
           statistics.median(r["window"] for r in runs), budget=600)
    # on 2 shared cores the wall clock also counts other processes' turns
    report("new process: window usable, CPU time of this process (median of 3)",
           statistics.median(r["window_cpu"] for r in runs), budget=600)
    report("new process: start to usable window, imports included",
           statistics.median(r["total"] for r in runs), budget=WINDOW_BUDGET_MS)
    report("  reference: a new process importing PySide6 and the app only",
           statistics.median(references))
    print(f"PERF   (timezone setting read {runs[-1]['timezone_reads']} times; "
          f"{runs[-1]['caught_up']} follow-ups fell due while closed)")
