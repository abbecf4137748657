"""Opening a casebook: the SQLite file (or a PostgreSQL URL) and its schema.

Before anything can write to an existing file we look at it read-only: a
file that is not a database, or one written by a newer Casebook, is refused
with a clear message and left byte-for-byte as it was.

SQLite runs in WAL mode with `synchronous=FULL`: every committed action
survives a killed process and a power cut, at the cost of one fsync per
transaction, which is cheap next to what a user types.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from peewee import Database, DatabaseError, SqliteDatabase

from casebook.errors import StorageError
from casebook.db import migrations
from casebook.db.models import database

log = logging.getLogger("casebook.db")

SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -64_000,  # 64 MB page cache keeps 100,000 cases snappy
}


def open_database(target: str | os.PathLike, *, create: bool = True) -> Database:
    """Open (creating if asked) and migrate a casebook; bind the models to it."""
    text = str(target)
    if text.startswith(("postgres://", "postgresql://")):
        db = _open_postgres(text)
    else:
        db = _open_sqlite(Path(target), create=create)
    database.initialize(db)
    try:
        migrations.migrate(db)
    except DatabaseError as exc:
        db.close()
        raise describe_sqlite_error(exc, text) from exc
    return db


def _open_sqlite(path: Path, *, create: bool) -> SqliteDatabase:
    if path.exists():
        version = _inspect(path)
        if version > migrations.SCHEMA_VERSION:
            raise StorageError(
                "{path} was written by a newer version of Casebook (schema {found}, this version "
                "reads up to {known}). Update Casebook to open it; the file was not changed.",
                path=str(path), found=version, known=migrations.SCHEMA_VERSION)
    elif not create:
        raise StorageError("No casebook at {path}.", path=str(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
        except OSError as exc:
            raise StorageError("Cannot create a casebook at {path}: {reason}.",
                               path=str(path), reason=exc.strerror or str(exc)) from exc
    # IMMEDIATE: a writer takes the lock up front, so the audit chain never forks.
    # An absolute name: SQLite reads a name that starts with "file:" as a URI otherwise.
    db = SqliteDatabase(str(path.absolute()), pragmas=PRAGMAS, check_same_thread=False,
                        lock_type="IMMEDIATE")
    try:
        db.connect(reuse_if_open=True)
    except DatabaseError as exc:
        raise describe_sqlite_error(exc, path) from exc
    return db


def _inspect(path: Path) -> int:
    """Schema version of an existing file, read without writing a byte."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError("Cannot read {path}: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    if not header:
        return 0  # an empty file: a casebook not yet written
    if header != SQLITE_HEADER:
        raise StorageError("{path} is not a casebook (the file is damaged or of another kind). "
                           "It was not changed.", path=str(path))
    try:
        try:
            return _user_version(f"{path.resolve().as_uri()}?mode=ro")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc) or not Path(f"{path}-journal").exists():
                raise
            # A write killed half-way in rollback-journal mode (an old casebook, or its
            # switch to WAL) left a hot journal that only a writer may roll back; rolling it
            # back restores the file as it was before that write, which is SQLite's own
            # recovery and never harms a file of any version.
            return _user_version(f"{path.resolve().as_uri()}?mode=rw")
    except sqlite3.DatabaseError as exc:
        raise describe_sqlite_error(exc, path) from exc


def _user_version(uri: str) -> int:
    conn = sqlite3.connect(uri, uri=True, timeout=PRAGMAS["busy_timeout"] / 1000)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def describe_sqlite_error(exc: Exception, path: Path | str) -> StorageError:
    """Turn an SQLite error into a message the person at the desk can act on."""
    # When a commit fails (a full disk) SQLite has already rolled back, and peewee's own
    # rollback then fails with "no transaction is active": the real cause is further down.
    while "no transaction is active" in str(exc) and (exc.__cause__ or exc.__context__):
        exc = exc.__cause__ or exc.__context__
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageError("The casebook {path} is in use by another program. Close it and try "
                            "again; nothing was lost.", path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageError("The casebook {path} cannot be written (read-only or no access). "
                            "Nothing was lost.", path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("The disk holding {path} is full. Free some space and save again; "
                            "nothing saved before was lost.", path=str(path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StorageError("{path} is damaged. Restore it from a backup (casebook restore); "
                            "it was not changed.", path=str(path))
    return StorageError("The casebook {path} cannot be used: {reason}.",
                        path=str(path), reason=str(exc))


def _open_postgres(url: str) -> Database:
    from playhouse.db_url import connect

    try:
        db = connect(url)
        db.connect(reuse_if_open=True)
    except ImportError as exc:
        raise StorageError("PostgreSQL support needs the psycopg2 package: "
                           "pip install psycopg2-binary.") from exc
    except Exception as exc:  # the driver's own errors differ per version
        raise StorageError("Cannot connect to {url}: {reason}.", url=url, reason=str(exc)) from exc
    return db


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)
