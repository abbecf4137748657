"""Opening a casebook: the SQLite file (or a PostgreSQL URL) and its schema.

Before anything can write to an existing file we look at it read-only: a
file that is not a database, or one written by a newer Casebook, is refused
with a clear message and left byte-for-byte as it was.

SQLite runs in WAL mode with `synchronous=FULL`: every committed action
survives a killed process and a power cut, at the cost of one fsync per
transaction, which is cheap next to what a user types.

A `postgresql://user@host:port/dbname` URL opens the office's shared casebook
on a PostgreSQL server (psycopg 3, the `postgres` extra). Passwords never pass
through Casebook: libpq finds them in `~/.pgpass`, `PGPASSWORD` or a service
file. A connection that breaks (the server restarted, a cable pulled) is
dropped and opened again at the next statement outside a transaction; a
transaction it broke is reported as not saved.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from peewee import (Database, DatabaseError, InterfaceError, OperationalError,
                    PostgresqlDatabase, Psycopg3Adapter, SqliteDatabase)

from casebook.core import paths
from casebook.errors import InvalidInput, StorageError
from casebook.db import migrations
from casebook.db.models import database

log = logging.getLogger("casebook.db")

SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = {
    # a new file's page size (an existing file keeps its own). Measured at 100,000 demo
    # cases: 6.32 KB a case with 4 KB pages, 5.98 with 8 KB, 5.85 with 16 KB (the case
    # rows leave less slack in larger pages); saving an edit and search took the same
    # within the noise, and a commit writes whole pages to the log: 8 KB.
    "page_size": 8192,
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -64_000,  # 64 MB page cache keeps 100,000 cases snappy
}


def open_database(target: str | os.PathLike, *, create: bool = True,
                  read_only: bool = False) -> Database:
    """Open (creating if asked) and migrate a casebook; bind the models to it.

    `read_only`: the caller only reads (list, show, search, due, verify, form, report). A
    casebook file that cannot be written (read-only media, no write access) is then opened
    read-only instead of being refused; one that can be written is opened as always.
    """
    text = str(target)
    if is_server_url(text):
        db = _open_postgres(text)
        text = display_location(text)
    elif text.startswith(("postgres:", "postgresql:")):
        # a URL that lost a slash (typed so, or passed through Path()) is no file name
        raise InvalidInput("A shared casebook is a PostgreSQL URL: "
                           "postgresql://user@host:port/dbname.")
    else:
        db = _open_sqlite(Path(target), create=create, read_only=read_only)
    database.initialize(db)
    try:
        if not is_sqlite(db):
            _check_server_database(db, text)
        if getattr(db, "read_only", False):
            if migrations.current_version(db) < migrations.SCHEMA_VERSION:
                raise StorageError("The casebook {path} cannot be written and was made by an "
                                   "older version of Casebook, which must update it first. Copy "
                                   "it to a folder you can write to and open the copy.",
                                   path=text)
        else:
            migrations.migrate(db)
    except (DatabaseError, InterfaceError) as exc:
        _close_quietly(db)
        raise describe_sqlite_error(exc, text) from exc
    except BaseException:
        _close_quietly(db)
        raise
    return db


def is_server_url(target) -> bool:
    """A PostgreSQL URL rather than a file path (`--db` takes either)."""
    return isinstance(target, str) and target.startswith(("postgres://", "postgresql://"))


def display_location(url: str) -> str:
    """The URL as shown in messages and titles: a password typed into it is never echoed."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def check_saved_connection(text: str) -> str | None:
    """The office connection a desk saves (None to forget it); refused with a password."""
    text = (text or "").strip()
    if not text:
        return None
    if not is_server_url(text):
        raise InvalidInput("A shared casebook is a PostgreSQL URL: "
                           "postgresql://user@host:port/dbname.")
    if urlsplit(text).password is not None or "password=" in text.lower():
        raise InvalidInput("Leave the password out: Casebook never stores it. Put it in this "
                           "PC's .pgpass file (or PGPASSWORD, or a service file).")
    return text


def server_stem(url: str) -> str:
    """A file-name stem for a server's casebook (its database name), for backup names."""
    name = urlsplit(url).path.strip("/") or "casebook"
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


def _close_quietly(db: Database) -> None:
    try:
        if not db.in_transaction():
            db.close()
    except (DatabaseError, InterfaceError):
        db.dispose()  # a connection that died: forget it, there is nothing left to close


def writable(path: Path) -> bool:
    """Whether SQLite may write this casebook: the file, and its folder for the write-ahead
    log (or the log files themselves when they are already there)."""
    folder = path.absolute().parent
    logs = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    return os.access(path, os.W_OK) and (
        os.access(folder, os.W_OK | os.X_OK)
        or all(log.exists() and os.access(log, os.W_OK) for log in logs))


def _read_only_refusal(path: Path) -> StorageError:
    return StorageError("The casebook {path} cannot be written (read-only media, or no "
                        "permission to write there): it can be read (list, show, search, due, "
                        "verify, form, report, backup) but not changed. Nothing was lost.",
                        path=str(path))


def _open_sqlite(path: Path, *, create: bool, read_only: bool = False) -> SqliteDatabase:
    if path.exists() and not writable(path):
        if not read_only:
            raise _read_only_refusal(path)
        return _open_sqlite_read_only(path)
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
            paths.private_dir(path.parent)
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
    """Schema version of an existing file, read without writing a byte.

    The header is read by SQLite itself, never by opening and closing the file
    here: closing any descriptor of a database drops every POSIX lock this
    process holds on it, so another process would take an open casebook for
    unused, fold its write-ahead log away and leave our connections reading a
    "malformed" file (the app and a script on one casebook).
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StorageError("Cannot read {path}: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    if not size:
        return 0  # an empty file: a casebook not yet written
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
        if "not a database" in str(exc) and not _has_header(path):
            raise StorageError("{path} is not a casebook (the file is damaged or of another "
                               "kind). It was not changed.", path=str(path)) from exc
        raise describe_sqlite_error(exc, path) from exc


def _open_sqlite_read_only(path: Path) -> SqliteDatabase:
    """A casebook on read-only media, opened for reading only.

    SQLite reads a WAL-mode file read-only when it may create the shared-memory file beside
    it; on read-only media it may not, and the file is then opened as immutable (nobody can
    change a file on read-only media under us). A write-ahead log left beside it by a
    killed program holds saved work that an immutable open would not see: such a casebook
    is refused rather than shown without that work.
    """
    uri = path.resolve().as_uri()
    pragmas = {k: v for k, v in PRAGMAS.items() if k not in ("journal_mode", "synchronous")}
    pragmas["query_only"] = 1
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        db = SqliteDatabase(uri + query, uri=True, pragmas=pragmas, check_same_thread=False)
        try:
            db.connect()
            version = db.execute_sql("PRAGMA user_version").fetchone()[0]
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            _close_quietly(db)
            text = str(exc).lower()
            if "unable to open" in text and "immutable" not in query:
                wal = Path(f"{path}-wal")
                if wal.exists() and wal.stat().st_size:
                    raise StorageError(
                        "The casebook {path} cannot be written and its last changes are "
                        "still in {wal}. Copy both files to a folder you can write to and "
                        "open the copy.", path=str(path), wal=str(wal)) from exc
                continue
            if "not a database" in text and not _has_header(path):
                raise StorageError("{path} is not a casebook (the file is damaged or of "
                                   "another kind). It was not changed.", path=str(path)) from exc
            raise describe_sqlite_error(exc, path) from exc
        if version > migrations.SCHEMA_VERSION:
            _close_quietly(db)
            raise StorageError(
                "{path} was written by a newer version of Casebook (schema {found}, this version "
                "reads up to {known}). Update Casebook to open it; the file was not changed.",
                path=str(path), found=version, known=migrations.SCHEMA_VERSION)
        db.read_only = True
        log.info("opened %s read-only (%s)", path, query)
        return db
    raise _read_only_refusal(path)  # not reached: the immutable open either works or raises


def _has_header(path: Path) -> bool:
    """Whether the file starts as an SQLite database does (read only after SQLite refused
    it, when no connection of ours can be holding locks on it)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


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
    if connection_lost(exc):
        return StorageError("The connection to the casebook server {path} was lost; what was "
                            "being saved was not saved. Casebook keeps trying to reconnect: "
                            "save again in a moment.", path=str(path))
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


class _Psycopg3(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, with the driver imported here, when a server's casebook
    is opened, rather than by peewee at import (see casebook/__init__.py)."""

    def __init__(self):
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        super().__init__()
        self.driver = psycopg
        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        self.txn_intrans = TransactionStatus.INTRANS
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self):
        pass  # imported above

    def get_binary_type(self):
        return self.driver.Binary

    def connect(self, db, **params):
        if db._encoding:
            params.setdefault("client_encoding", db._encoding)
        params.setdefault("conninfo", db.database)  # always a postgresql:// URL here
        conn = self.driver.connect(**params)
        # Every statement planned for its own values: a search for "de" and one for a
        # rare word want opposite plans, and psycopg prepares a statement run five times,
        # after which the server may settle on one plan for all (1.3 s for a rare word).
        # The casebook's tables stay in the server's cache, which index probes assume.
        conn.execute("SET plan_cache_mode = force_custom_plan")
        conn.execute("SET random_page_cost = 1.1")
        # A list page that walks an index and stops at its LIMIT is costed as the whole
        # walk, which switches on compiling the query to machine code: 30 ms more for a
        # 40 ms page. The casebook's statements are all short.
        conn.execute("SET jit = off")
        conn.commit()
        return conn

    def server_side_cursor(self, conn):
        in_txn = self.txn_status(conn) == self.txn_intrans
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)


class ServerDatabase(PostgresqlDatabase):
    """PostgreSQL that opens its connection again after it broke.

    A statement outside a transaction on a broken connection reconnects and is
    tried once more (reading the case list after the server restarted just
    works); inside a transaction the failure stands, so a save that did not
    commit is never taken for one that did.
    """

    # peewee takes its psycopg2 adapter when its own import found no psycopg (see
    # _Psycopg3), so both point to ours
    psycopg2_adapter = psycopg3_adapter = _Psycopg3

    def cursor(self, named_cursor=None):
        conn = self._state.conn
        if conn is not None and _broken(conn) and not self.in_transaction():
            self._state.reset()  # the dead connection is gone: nothing to close
        return super().cursor(named_cursor)

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            conn = self._state.conn
            if self.in_transaction() or conn is None or not _broken(conn):
                raise
            log.warning("connection to the casebook server lost; reconnecting: %s", exc)
            self._state.reset()
            return super().execute_sql(sql, params)

    def rollback(self):
        self._state.write_locked = None  # the transaction's locks went with it
        conn = self._state.conn
        if conn is not None and _broken(conn):
            return None  # the server rolled back when the connection died
        return super().rollback()

    def commit(self):
        self._state.write_locked = None  # released with the transaction
        return super().commit()

    def lock_writes(self) -> None:
        """The advisory lock of `lock_writes`, asked for once a transaction: a save asked
        three times (the change, its audit entry, the seal), a round trip each. Kept as
        held only when taken by the outermost transaction itself: one taken inside a
        savepoint goes when the savepoint is rolled back."""
        outermost = self._state.transactions[:1]
        if outermost and getattr(self._state, "write_locked", None) is outermost[0]:
            return
        self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        if self.transaction_depth() == 1:
            self._state.write_locked = outermost[0]

    def backend_pid(self) -> int | None:
        conn = self._state.conn
        return None if conn is None or _broken(conn) else conn.info.backend_pid


def _broken(conn) -> bool:
    return bool(getattr(conn, "broken", False) or getattr(conn, "closed", False))


def connection_lost(exc: BaseException) -> bool:
    """True when a database error means the server went away (not a refused statement)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if (type(exc).__module__ or "").startswith("psycopg"):
            state = getattr(exc, "sqlstate", None) or ""
            # no SQLSTATE: the client saw the connection die; 08…: connection exceptions;
            # 57P…: the server shut down or restarts (not 57014, a cancelled statement)
            if (not state and type(exc).__name__ in ("OperationalError", "InterfaceError")) \
                    or state.startswith(("08", "57P")):
                return True
        exc = exc.__cause__ or exc.__context__
    return False


def _open_postgres(url: str) -> Database:
    try:
        import psycopg  # noqa: F401 (only to say clearly what is missing)
    except ImportError as exc:
        raise StorageError('A shared casebook on PostgreSQL needs the psycopg package: '
                           'pip install "casebook[postgres]".') from exc
    if url.startswith("postgres://"):  # libpq takes both; peewee reads only the long one
        url = "postgresql://" + url[len("postgres://"):]
    db = ServerDatabase(url, prefer_psycopg3=True, connect_timeout=10,
                        application_name="casebook")
    try:
        db.connect(reuse_if_open=True)
    except Exception as exc:  # the driver's errors: wrong host, no such database, no password
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise StorageError("Cannot connect to the casebook server {url}: {reason}.",
                           url=display_location(url), reason=reason) from exc
    return db


def _check_server_database(db: Database, url: str) -> None:
    """Refuse, before writing anything, a server database a casebook cannot live in.

    Text is kept in five scripts, so the database must store UTF8: a server set up
    under a C or POSIX locale creates SQL_ASCII databases, whose text comes back as
    bytes, and a LATIN1 one cannot hold Georgian or Chinese at all. The database's
    own LC_CTYPE does not matter (search tokens are made in Python and compared as
    code points).
    """
    encoding = db.execute_sql("SHOW server_encoding").fetchone()[0]
    if isinstance(encoding, bytes):  # what psycopg gives for text from SQL_ASCII
        encoding = encoding.decode("ascii", "replace")
    if encoding.upper() != "UTF8":
        raise StorageError("The database {url} stores text as {encoding}; a casebook holds "
                           "text in every language and needs UTF8. Create its database "
                           "with: CREATE DATABASE casebook ENCODING 'UTF8' "
                           "LOCALE 'C.UTF-8' TEMPLATE template0.",
                           url=url, encoding=encoding)


def lock_writes(db: Database) -> None:
    """Take the casebook's one writer lock for the rest of this transaction.

    SQLite takes it with every write transaction (IMMEDIATE). On PostgreSQL
    desks write at once, so a transaction that changes anything asks for this
    advisory lock first: the audit chain gets one head, reference numbers one
    counter, and a change reads what the one before it committed.
    """
    if isinstance(db, ServerDatabase):
        db.lock_writes()  # once a transaction
    elif not is_sqlite(db):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))


WRITE_LOCK = 0x43415345  # "CASE": the advisory lock key every desk agrees on


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)
