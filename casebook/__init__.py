"""Casebook: an offline complaint case manager built on the five clears + report."""

import contextlib
import sys

__version__ = "0.1.0"


@contextlib.contextmanager
def without_server_driver():
    """Imports under this do not load psycopg, which peewee (and its playhouse
    migrations) import whenever it is installed.

    Loading the PostgreSQL driver costs 0.1-0.8 s of every start (the app, each
    command, a scheduled `casebook due`) although a casebook file never uses it;
    `casebook.db.connection` imports it when a server's casebook is opened, and
    from then on nothing is held back.
    """
    if "psycopg" in sys.modules:
        yield
        return
    sys.modules["psycopg"] = None  # `import psycopg` raises ImportError meanwhile
    try:
        yield
    finally:
        if sys.modules.get("psycopg", False) is None:
            del sys.modules["psycopg"]


with without_server_driver():
    import peewee  # noqa: E402,F401
