"""Shared fixtures: a real casebook per test, a fixed clock, a private data dir.

The core, command-line and desktop tests run twice: on an SQLite file and on a
fresh database of a real PostgreSQL server (`db_path` is then its URL). The
server is CASEBOOK_TEST_PG (set by `.ci/postgres.sh` in CI, where it must
work), else a throwaway one started here when the server binaries exist; with
neither, the PostgreSQL runs skip and say why. A test that is about the file
itself is marked `sqlite_only`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis would keep its examples and caches in ./.hypothesis, inside the checkout.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                      os.path.join(tempfile.gettempdir(), "casebook-hypothesis"))

from casebook.core.casebook import Casebook  # noqa: E402
from casebook.core.time.clock import FixedClock  # noqa: E402
from casebook.i18n.translate import set_language  # noqa: E402

TZ = "Europe/Amsterdam"
# Monday 2 March 2026, 10:00 in Amsterdam (09:00 UTC)
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def cold_caches():
    """Every test parses its times afresh: a result cached by an earlier test would hide a
    broken parser from this one (mutation testing showed it)."""
    from casebook.core.time import calendar, times

    for cached in (times._parse_text, times.zone, calendar._instant):
        cached.cache_clear()


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Everything Casebook writes to its data folder goes to a temp dir, and a relative
    output name (`-o x.pdf`) lands there too, never in the checkout."""
    path = tmp_path / "home"
    monkeypatch.setenv("CASEBOOK_HOME", str(path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TZ", TZ)
    set_language("en")
    yield path
    set_language("en")


# scrypt parameters of the PINs the tests set: the app's (access.COST, about a second per
# try) would make every test with a PIN slow. Injected here, in the test process only;
# tests/core/trust/test_access.py checks the app's own figure.
TEST_PIN_COST = (2 ** 10, 8, 1)


@pytest.fixture(autouse=True)
def cheap_pins(monkeypatch):
    from casebook.core.trust import access

    monkeypatch.setattr(access, "COST", access.PinCost(*TEST_PIN_COST))


@pytest.fixture
def clock():
    return FixedClock(START)


BOTH_BACKENDS = ("core", "cli", "ui")  # test folders run on SQLite and on PostgreSQL
_databases = itertools.count(1)


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only(reason): about the SQLite file itself; "
                                       "runs on SQLite only")
    config.addinivalue_line("markers", "postgres: needs a PostgreSQL server")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).relative_to(Path(__file__).parent).parts[0]
    both = folder in BOTH_BACKENDS and not metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"],
                         indirect=True)


@pytest.fixture
def ticks(clock):
    """The running app's timers on the test's clock: `ticks.advance(minutes=1)` moves the
    clock a minute and fires, through their own `timeout` connections, every timer of
    every window on this clock that falls due on the way (casebook.ui.ticker)."""
    from casebook.ui.ticker import for_clock

    return for_clock(clock)


@pytest.fixture
def backend(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server's maintenance database, for fresh test databases."""
    from tests import pgserver

    url = os.environ.get("CASEBOOK_TEST_PG")
    if url:
        yield url  # CI: a server is promised, so a failure to reach it fails the tests
        return
    if pgserver.server_bin() is None:
        pytest.skip("PostgreSQL tests need a server: install Debian's postgresql package "
                    "(initdb, pg_ctl) or set CASEBOOK_TEST_PG to a server's URL")
    server = pgserver.Server().start()
    server.wait_ready()
    try:
        yield server.url()
    finally:
        server.remove()


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A database with today's schema, copied for each test (faster than migrating)."""
    import psycopg

    from casebook.db.connection import open_database

    name = f"casebook_template_{os.getpid()}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    open_database(pg_url(pg_server, name)).close()
    return name


def pg_url(server_url: str, dbname: str) -> str:
    head, _, tail = server_url.rpartition("/")
    query = tail.partition("?")[2]
    return f"{head}/{dbname}" + (f"?{query}" if query else "")


def new_pg_database(server_url: str, template: str | None = None, *,
                    icu_locale: str | None = None) -> str:
    """A fresh, empty (or template-copied) database on the test server; its URL. With
    `icu_locale`, empty and sorting text in that language, as an office may create it."""
    import psycopg

    name = f"casebook_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if icu_locale:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                         f"LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}' LOCALE 'C.UTF-8'")
        else:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template
                                                         else ""))
    return pg_url(server_url, name)


@pytest.fixture
def db_path(tmp_path, backend, request):
    """Where the test's casebook lives: a file, or a fresh database on the server."""
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        return new_pg_database(server, request.getfixturevalue("pg_template"))
    return tmp_path / "casebook.sqlite3"


@pytest.fixture
def book(db_path, clock):
    with Casebook.open(db_path, clock=clock) as cb:
        cb.set_setting("timezone", TZ, by="setup")
        cb.add_staff("Anna", "desk")
        cb.add_staff("Bert", "handler")
        cb.add_staff("Marta", "manager")
        yield cb


def new_case(**over) -> dict:
    """A complaint as the desk logs it: heard and asked, owner agreed a reply time."""
    doc = {
        "channel": "phone",
        "category": "unit_repairs",
        "customer": {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "unit": "Flat 12",
                     "language": "ru"},
        "hear": {"account": "Отопление в квартире не работает с понедельника.",
                 "remedy_sought": "Починить отопление сегодня"},
        "ask": {"summary": "So the heating in flat 12 has been off since Monday?",
                "summary_confirmed": True, "qa": [{"q": "Since when?", "a": "Monday"}]},
        "follow": {"next_reply_at": "2026-03-03T09:00:00+01:00"},
    }
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(doc.get(key), dict):
            doc[key] = {**doc[key], **value}
        else:
            doc[key] = value
    return doc


class _RawServer:
    """A psycopg connection that takes the tests' "?" placeholders, like sqlite3's."""

    def __init__(self, url: str):
        import psycopg

        self.conn = psycopg.connect(url)

    def execute(self, sql: str, params=()):
        # a "?" inside a quoted literal is text, not a placeholder; "%" is psycopg's
        parts = re.split(r"('(?:[^']|'')*')", sql.replace("%", "%%"))
        return self.conn.execute("".join(p if p.startswith("'") else p.replace("?", "%s")
                                         for p in parts), params)

    def commit(self):
        self.conn.commit()

    def close(self):
        self.conn.close()


def raw_connect(db_path):
    """A connection behind the app's back, on either backend (for tampering tests)."""
    if isinstance(db_path, str) and db_path.startswith("postgresql://"):
        return _RawServer(db_path)
    import sqlite3

    return sqlite3.connect(db_path)


@pytest.fixture
def pg_db(pg_server, pg_template):
    """A fresh casebook database (today's schema, nothing in it) on the test server."""
    return new_pg_database(pg_server, pg_template)


@pytest.fixture
def pg_empty(pg_server):
    """A fresh, completely empty database on the test server, as an office creates it."""
    return new_pg_database(pg_server)
