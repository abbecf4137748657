"""A casebook moves between one PC and the office server, both ways.

A backup of a casebook on a PostgreSQL server is the same portable file as
the backup of a single-PC casebook: an SQLite casebook of today's schema,
private to its user, written beside its destination and renamed into place.
Restoring such a file (or any casebook file) onto a server loads it into an
empty database: the file is first copied and brought up to today's schema,
then every table is copied row by row through the models' own fields, so
times, flags, JSON and attachment bytes mean on one backend what they meant
on the other, and the ids (which the audit log and the files refer to) stay.

The search index is rebuilt on the way: its tokens are the same on both
backends (casebook.db.search); only where they are kept differs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from pathlib import Path

from peewee import AutoField, Database, DatabaseError, ForeignKeyField, InterfaceError

from casebook.core import paths
from casebook.db import search
from casebook.db.connection import describe_sqlite_error, display_location, open_database
from casebook.db.models import TABLES, AuditEntry, Case, SearchTerm, Setting, database
from casebook.errors import StorageError

log = logging.getLogger("casebook.backup")

BATCH = 2000
# Kept by each backend in its own way: SQLite's user_version, PostgreSQL's setting row.
SKIPPED_SETTINGS = {"schema_version"}


def backup_server(url: str, out: Path, now: dt.datetime) -> Path:
    """Write the server's casebook into one portable casebook file at `out`."""
    out = Path(out)
    tmp = out.with_name(out.name + ".partial")
    source = open_database(url, create=False)
    try:
        paths.private_dir(out.parent)
        tmp.unlink(missing_ok=True)
        target = open_database(tmp)  # private (0600) from its first byte, today's schema
        try:
            with source.atomic():
                # one snapshot of the server: a desk saving meanwhile is in or out whole
                source.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                _copy_tables(source, target)
                _index_from_terms(source, target)
            seal(target, source=display_location(url), taken_at=now)
        finally:
            target.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except (DatabaseError, InterfaceError) as exc:
        tmp.unlink(missing_ok=True)
        raise describe_sqlite_error(exc, display_location(url)) from exc
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("Cannot write the backup {path}: {reason}.", path=str(out),
                           reason=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        source.close()
        database.initialize(None)
    return out


def seal(target: Database, *, source: str, taken_at: dt.datetime) -> None:
    """The last writes into a finished server backup, before it is renamed into place.

    What every backup records about itself (where it was taken from, when, how far
    the audit log went) is written here, into `target` (the backup file, an SQLite
    casebook of today's schema); `source` is the server's casebook as
    `display_location` names it, never with a password. Then the file becomes one
    self-contained casebook, with no write-ahead log beside it."""
    from casebook.core.trust.verify import record_anchor

    log.info("backup of %s taken at %s", source, taken_at.isoformat(timespec="seconds"))
    record_anchor(target.connection())  # how far the log went (`verify` checks it goes on)
    target.execute_sql("PRAGMA journal_mode = DELETE")


def restore_to_server(url: str, backup_file: Path) -> None:
    """Load a casebook file into an empty database on a server."""
    work = Path(tempfile.mkdtemp(prefix="casebook-restore-"))
    try:
        os.chmod(work, 0o700)
        copy = work / "casebook.sqlite3"
        shutil.copyfile(backup_file, copy)
        os.chmod(copy, 0o600)
        source = open_database(copy)  # an older file is brought up to today's schema here
        try:
            target = open_database(url)
            try:
                if _holds_a_casebook(target):
                    raise StorageError("The database {url} already holds a casebook. Restore "
                                       "into an empty database (create one with createdb); "
                                       "nothing was changed.", url=display_location(url))
                with target.atomic():
                    _clear(target)  # the first desk to open it may have seeded its lists
                    _copy_tables(source, target)
                    with search.bulk_load(target):
                        _index_from_cases(source, target)
                    _reset_sequences(target)
            finally:
                target.close()
        finally:
            source.close()
    except (DatabaseError, InterfaceError) as exc:
        raise describe_sqlite_error(exc, display_location(url)) from exc
    except OSError as exc:
        raise StorageError("Cannot restore into {path}: {reason}.", path=display_location(url),
                           reason=exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        database.initialize(None)


def server_holds_a_casebook(url: str) -> bool:
    """Whether a database on a server holds a casebook already (opening it as a Casebook
    would make an empty one hold one: its lists and first log entry)."""
    db = open_database(url)
    try:
        return _holds_a_casebook(db)
    finally:
        db.close()
        database.initialize(None)


def _holds_a_casebook(db: Database) -> bool:
    database.initialize(db)
    return (Case.select().exists() or AuditEntry.select().exists()
            or db.execute_sql('SELECT 1 FROM "staff" LIMIT 1').fetchone() is not None)


def _clear(db: Database) -> None:
    for model in reversed(TABLES):
        db.execute_sql(f'DELETE FROM "{model._meta.table_name}"')


def _copy_tables(source: Database, target: Database) -> None:
    """Every row of every table but the search terms, ids kept, values through the fields."""
    for model in TABLES:
        if model is SearchTerm:
            continue
        fields = list(model._meta.sorted_fields)
        names = ", ".join(f'"{f.column_name}"' for f in fields)
        table = model._meta.table_name
        order = (f' ORDER BY "{model._meta.primary_key.column_name}"'
                 if model._meta.primary_key else "")
        convert = [_converter(f) for f in fields]
        skip = model is Setting
        marks = ", ".join([target.param] * len(fields))
        insert = f'INSERT INTO "{table}" ({names}) VALUES ({marks})'
        cursor = source.execute_sql(f'SELECT {names} FROM "{table}"{order}')
        while True:
            rows = cursor.fetchmany(BATCH)
            if not rows:
                break
            values = [[conv(v) for conv, v in zip(convert, row)] for row in rows
                      if not (skip and row[0] in SKIPPED_SETTINGS)]
            if values:
                target.cursor().executemany(insert, values)


def _converter(field):
    """Raw value of one backend → the other's: read as the field reads, write as it writes."""
    if isinstance(field, (AutoField, ForeignKeyField)):
        return lambda v: v
    if type(field).__name__ == "BlobField":
        return lambda v: None if v is None else bytes(v)
    return lambda v: field.db_value(field.python_value(v))


def _index_from_terms(source: Database, target: Database) -> None:
    """Server → file: the file's index from the server's own tokens, case by case."""
    cursor = source.execute_sql('SELECT "case_id", "term" FROM "search_term" '
                                'ORDER BY "case_id"')
    batch: list[tuple[int, list[str]]] = []
    current, terms = None, []
    for case_id, term in iter(cursor.fetchone, None):
        if case_id != current and current is not None:
            batch.append((current, terms))
            terms = []
            if len(batch) >= BATCH:
                search.index_many(target, batch)
                batch = []
        current = case_id
        terms.append(term)
    if current is not None:
        batch.append((current, terms))
    if batch:
        search.index_many(target, batch)


def _index_from_cases(source: Database, target: Database) -> None:
    """File → server: tokens from each case's document (the file's index may not keep
    them readable), computed on the local copy, written in batches."""
    from casebook.core.cases import document

    database.initialize(source)
    names = document.staff_names()
    batch = []
    for case in Case.select().order_by(Case.id).iterator():
        batch.append((case.id, document.search_terms(document.to_doc(case, names=names))))
        if len(batch) >= BATCH:
            _write_terms(source, target, batch)
            batch = []
    if batch:
        _write_terms(source, target, batch)


def _write_terms(source: Database, target: Database, batch) -> None:
    database.initialize(target)
    search.index_many(target, batch)
    database.initialize(source)


def _reset_sequences(db: Database) -> None:
    """New rows on the server continue after the restored ids."""
    for model in TABLES:
        pk = model._meta.primary_key
        if isinstance(pk, AutoField):
            table, column = model._meta.table_name, pk.column_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
                f'coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)')
