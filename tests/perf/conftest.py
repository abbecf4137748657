"""Benchmarks run on demand: `python -m pytest tests/perf -m perf -s`.

They print their figures rather than assert timings (a shared CI machine is
no stopwatch). The 100,000-case demo casebook is built once and cached under
the system temp dir, keyed by generator version, so repeated runs are quick.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

PERF_CASES = int(os.environ.get("CASEBOOK_PERF_CASES", "100000"))
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)


def pytest_collection_modifyitems(config, items):
    if "perf" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="benchmark: run with -m perf")
    for item in items:
        if "perf" in item.keywords:
            item.add_marker(skip)


def _generator_version() -> str:
    """Changes whenever the demo generator, its phrases or the schema change, so a stale
    cache (other cases, an older schema) is never measured."""
    from casebook.core.demo import book, generator, ink, people, phrases, stories, timeline
    from casebook.db import migrations

    digest = hashlib.sha256(str(migrations.SCHEMA_VERSION).encode())
    for module in (book, generator, ink, people, phrases, stories, timeline, migrations):
        digest.update(Path(module.__file__).read_bytes())
    digest.update(phrases.fingerprint().encode())  # the stories and their texts
    return digest.hexdigest()[:10]


def _cache_path() -> Path:
    return (Path(tempfile.gettempdir())
            / f"casebook-perf-{PERF_CASES}-{_generator_version()}.sqlite3")


@pytest.fixture(scope="session")
def perf_db() -> tuple[Path, float | None]:
    """The cached big casebook, and how long building it took (None when cached)."""
    from casebook.core.time.clock import FixedClock
    from casebook.core.demo.book import create_demo

    path = _cache_path()
    if path.exists():
        return path, None
    tmp = path.with_suffix(".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    start = time.perf_counter()
    create_demo(tmp, cases=PERF_CASES, seed=7, clock=FixedClock(NOW))
    elapsed = time.perf_counter() - start
    from casebook.core.trust.backup import backup

    backup(tmp, NOW, path)  # one self-contained file, WAL folded in
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    return path, elapsed


@pytest.fixture
def perf_copy(perf_db, tmp_path) -> Path:
    """A private copy to write into."""
    target = tmp_path / "perf.sqlite3"
    shutil.copyfile(perf_db[0], target)
    return target


def report(name: str, value: float, unit: str = "ms", budget: float | None = None) -> None:
    verdict = "" if budget is None else ("  ok" if value <= budget else f"  OVER {budget}{unit}")
    print(f"PERF {name:<48} {value:10.2f} {unit}{verdict}")
