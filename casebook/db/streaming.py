"""Rows of a large query read a bundle at a time, on either backend (`casebook verify`
on a million cases, issue #16).

`rows`: SQLite's cursor already hands rows out as it walks the table. psycopg's plain
cursor fetches the whole result into the client first (a million audit entries at once),
so on PostgreSQL the rows come through a named (server-side) cursor, `size` at a time.
Outside a transaction the server keeps the result aside for the cursor (WITH HOLD), in
its own memory and files, not the reader's.

`in_bundles`: model rows by keyset, a LIMIT at a time after the last key seen.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from peewee import Database

from casebook.db.connection import is_sqlite

BUNDLE = 2000


def rows(db: Database, sql: str, params=(), *, size: int = BUNDLE) -> Iterator[tuple]:
    """The rows of `sql` (the backend's own dialect and placeholders), streamed."""
    if is_sqlite(db):
        yield from db.execute_sql(sql, params)
        return
    from psycopg.pq import TransactionStatus

    conn = db.connection()
    in_transaction = conn.info.transaction_status == TransactionStatus.INTRANS
    with conn.cursor(name=f"casebook_{uuid.uuid4().hex}", withhold=not in_transaction) as cur:
        cur.itersize = size
        cur.execute(sql, params or None)
        yield from cur


def in_bundles(query, key, *, size: int = BUNDLE, where=None) -> Iterator:
    """The rows of `query` (ordered by the unique column `key`), `size` at a time, each
    bundle read after the last row of the one before: bounded on either backend, with no
    cursor held open between bundles."""
    query = query.limit(size)
    bundle = list(query if where is None else query.where(where))
    while True:
        yield from bundle
        if len(bundle) < size:
            return
        after = key > getattr(bundle[-1], key.name)
        bundle = list(query.where(after if where is None else (where & after)))


def by_ref(db: Database) -> str:
    """ORDER BY text for references in the order Python sorts them (code points): SQLite
    compares text as UTF-8 bytes, which is that order; PostgreSQL's database collation may
    not be (a glibc locale skips '-'), its "C" collation is."""
    return "" if is_sqlite(db) else ' COLLATE "C"'
