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


BUILD = """
import datetime as dt, json, resource, sys, time
from casebook.core.demo.book import create_demo
from casebook.core.time.clock import FixedClock
now = dt.datetime.fromisoformat(sys.argv[3])
start = time.perf_counter()
create_demo(sys.argv[1], cases=int(sys.argv[2]), seed=7, clock=FixedClock(now))
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time(),
                  "child_cpu": children.ru_utime + children.ru_stime,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_peak_mb": children.ru_maxrss / 1024}))
"""


def build_demo(path: Path, cases: int) -> dict:
    """Build a demo casebook in a process of its own: its time and peak memory (RSS)."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", BUILD, str(path), str(cases), NOW.isoformat()],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def perf_db() -> tuple[Path, dict | None]:
    """The cached big casebook, and how building it went (None when cached): seconds and
    peak MB of the process that built it."""
    path = _cache_path()
    if path.exists():
        return path, None
    tmp = path.with_suffix(".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    built = build_demo(tmp, PERF_CASES)
    from casebook.core.trust.backup import backup

    backup(tmp, NOW, path)  # one self-contained file, WAL folded in
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    return path, built


@pytest.fixture
def perf_copy(perf_db, tmp_path) -> Path:
    """A private copy to write into."""
    target = tmp_path / "perf.sqlite3"
    shutil.copyfile(perf_db[0], target)
    return target


def report(name: str, value: float, unit: str = "ms", budget: float | None = None) -> None:
    verdict = "" if budget is None else ("  ok" if value <= budget else f"  OVER {budget}{unit}")
    print(f"PERF {name:<48} {value:10.2f} {unit}{verdict}")


def report_load(where: str) -> None:
    """The machine's load averages (1, 5, 15 min): on 2 shared cores a wall-clock figure
    means little without them."""
    one, five, fifteen = os.getloadavg()
    print(f"PERF load averages at {where}: {one:.2f} {five:.2f} {fifteen:.2f}")


@pytest.fixture(scope="session")
def perf_pg(request) -> str:
    """The same 100,000-case demo on PostgreSQL: CASEBOOK_PERF_PG (a database already
    built, e.g. by an earlier run) or built now on the test server."""
    given = os.environ.get("CASEBOOK_PERF_PG")
    if given:
        return given
    import psycopg

    from casebook.core.time.clock import FixedClock
    from casebook.core.demo.book import create_demo
    from tests.conftest import new_pg_database

    url = new_pg_database(request.getfixturevalue("pg_server"))
    start = time.perf_counter()
    create_demo(url, cases=PERF_CASES, seed=7, clock=FixedClock(NOW))
    report(f"PostgreSQL: demo creation, {PERF_CASES} cases", time.perf_counter() - start, "s",
           30)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # as autovacuum would soon after a bulk load
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def perf_target(request, perf_db) -> str | Path:
    """The big casebook to read from, on each backend (figures side by side)."""
    return perf_db[0] if request.param == "sqlite" else request.getfixturevalue("perf_pg")


@pytest.fixture(params=["sqlite", "postgresql"])
def perf_target_copy(request, tmp_path, perf_db):
    """A private copy to write into, on each backend."""
    if request.param == "sqlite":
        target = tmp_path / "perf.sqlite3"
        shutil.copyfile(perf_db[0], target)
        yield target
        return
    import psycopg

    from tests.conftest import pg_url

    source = request.getfixturevalue("perf_pg")
    name = f"perf_copy_{os.getpid()}_{time.monotonic_ns()}"
    with psycopg.connect(pg_url(source, "postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source.rsplit("/", 1)[1]}"')
    yield pg_url(source, name)
    with psycopg.connect(pg_url(source, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')  # 1.5 GB each


def backend_name(target) -> str:
    return "PostgreSQL" if isinstance(target, str) else "SQLite"
