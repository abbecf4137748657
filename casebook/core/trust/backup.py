"""Backups with SQLite's online backup, and restoring one.

A backup is written to a temporary file beside its destination and renamed
into place, so a half-written backup never looks like a good one. A restore
first checks the file is a casebook this version can read, then keeps the
replaced database as `<name>.before-restore-<time>` so nothing is lost.

Automatic backups (on close, and once a day) go to a folder of their own per
casebook, named from the injected clock (`backup-2026-03-02T090000Z.sqlite3`,
UTC so the names sort in time order across daylight-saving changes).
Rotation only ever deletes files whose names it would have written itself,
and only after a new backup has been written and checked, so the newest good
backup is never the one that goes. Attachments and signatures are rows of
the database, so a backup carries them too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from pathlib import Path

from peewee import DatabaseError

from casebook.core import paths
from casebook.errors import KnownError, StorageError
from casebook.core.trust import portable
from casebook.core.trust.verify import record_anchor
from casebook.db.connection import (SQLITE_HEADER, describe_sqlite_error, is_server_url,
                                    is_sqlite, server_stem, writable)
from casebook.db.migrations import SCHEMA_VERSION

log = logging.getLogger("casebook.backup")

AUTO_NAME = re.compile(r"^backup-(\d{4}-\d\d-\d\dT\d{6}Z)\.sqlite3$")
AUTO_FORMAT = "%Y-%m-%dT%H%M%SZ"
DEFAULT_KEEP = 10


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def backup(db_path: Path, now: dt.datetime, out: Path | None = None) -> Path:
    """Copy a live casebook consistently into one private, self-contained file."""
    if is_server_url(db_path):  # the same portable file, from a server's casebook
        return portable.backup_server(db_path, Path(out) if out else paths.backup_dir()
                                      / f"{server_stem(db_path)}-{_stamp(now)}.sqlite3", now)
    db_path = Path(db_path)
    if not db_path.exists():
        raise StorageError("No casebook at {path}.", path=str(db_path))
    target = Path(out) if out else paths.backup_dir() / f"{db_path.stem}-{_stamp(now)}.sqlite3"
    _write(db_path, target)
    return target


def _write(db_path: Path, target: Path, *, check: bool = False) -> None:
    """Online backup to `<target>.partial`, checked if asked, then renamed into place."""
    tmp = target.with_name(target.name + ".partial")
    src = _source(db_path)  # a casebook that cannot be read is named as such, not the backup
    try:
        try:
            paths.private_dir(target.parent)
            # created private: customer data is never readable by others, not even briefly
            os.close(os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))
            dst = sqlite3.connect(tmp.absolute())  # "file:x.bak" must not be read as a URI
            try:
                src.backup(dst)
                # how far the log went: `verify` checks the casebook's log extends it
                record_anchor(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
                if check and dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise StorageError("The backup of {path} came out damaged; the previous "
                                       "backups were kept.", path=str(db_path))
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error, StorageError) as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass  # whatever holds that name is not ours to remove; the error below says why
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, sqlite3.Error):
            raise describe_sqlite_error(exc, target) from exc
        raise StorageError("Cannot write the backup {path}: {reason}.", path=str(target),
                           reason=exc.strerror or str(exc)) from exc


def _source(db_path: Path) -> sqlite3.Connection:
    """The casebook to copy, opened read-only; on read-only media (where SQLite may not
    create its shared-memory file) as immutable, which nothing there can contradict."""
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    wal = Path(f"{db_path}-wal")
    try:
        try:
            return _opened(uri)
        except sqlite3.OperationalError as exc:
            if ("unable to open" not in str(exc) or writable(db_path)
                    or (wal.exists() and wal.stat().st_size)):
                raise
            return _opened(uri + "&immutable=1")
    except sqlite3.Error as exc:
        raise describe_sqlite_error(exc, db_path) from exc


def _opened(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


# ------------------------------------------------------------ automatic backups
def auto_dir(db_path: Path) -> Path:
    """This casebook's own folder of automatic backups.

    Named after the file and a digest of its full path, so two casebooks with
    the same name in different folders never rotate each other's backups.
    """
    resolved = str(Path(db_path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return paths.backup_dir() / f"{Path(db_path).stem}-{digest}"


def auto_backups(db_path: Path) -> list[Path]:
    """The automatic backups of a casebook, oldest first (only files we named)."""
    folder = auto_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if AUTO_NAME.match(p.name) and p.is_file())


def taken_at(path: Path) -> dt.datetime:
    """When an automatic backup was taken, from its name."""
    stamp = AUTO_NAME.match(Path(path).name).group(1)
    return dt.datetime.strptime(stamp, AUTO_FORMAT).replace(tzinfo=dt.timezone.utc)


def auto_backup(db_path: Path, now: dt.datetime, *, keep: int | None = None) -> Path:
    """Take an automatic backup now, then keep only the newest `keep` of them."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise StorageError("No casebook at {path}.", path=str(db_path))
    name = f"backup-{now.astimezone(dt.timezone.utc).strftime(AUTO_FORMAT)}.sqlite3"
    target = auto_dir(db_path) / name
    _write(db_path, target, check=True)
    try:
        target.parent.chmod(0o700)
    except OSError:
        pass  # a folder we may not own: the files themselves are private anyway
    rotate(db_path, keep_count(keep))
    log.info("automatic backup %s", target)
    return target


def scheduled(book, *, daily: bool = False) -> Path | None:
    """The desktop's automatic backup of an open casebook: on close, or the day's first.

    Returns the new backup, or None when none was due (or the casebook lives
    on a PostgreSQL server, whose own backups cover it).
    """
    if not is_sqlite(book.db):
        return None
    db_path, now = Path(book.location), book.now()
    if daily and not daily_due(db_path, now, book.tz):
        return None
    return auto_backup(db_path, now, keep=book.setting("backups_keep"))


def keep_count(value) -> int:
    """The `backups_keep` setting as a count: never fewer than one backup kept."""
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return DEFAULT_KEEP


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Delete automatic backups beyond the newest `keep`; returns what was deleted."""
    gone = []
    for old in auto_backups(db_path)[:-keep_count(keep)]:
        try:
            old.unlink()
            gone.append(old)
        except FileNotFoundError:
            pass  # another desk on this PC rotated it first
        except OSError as exc:  # a backup we cannot delete is kept, not an error for the user
            log.warning("cannot delete old backup %s: %s", old, exc)
    return gone


def daily_due(db_path: Path, now: dt.datetime, tz: str) -> bool:
    """True when no automatic backup was taken yet on today's date in the casebook's zone."""
    from zoneinfo import ZoneInfo

    made = auto_backups(db_path)
    if not made:
        return True
    zone = ZoneInfo(tz) if tz else dt.timezone.utc
    return taken_at(made[-1]).astimezone(zone).date() < now.astimezone(zone).date()


def check_backup(path: Path) -> None:
    """Refuse anything that is not an intact casebook this version can read."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StorageError("{path} is not a casebook backup.", path=str(path))
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_cases = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'case'"
                                     ).fetchone()[0]
        finally:
            conn.close()
    except OSError as exc:
        raise StorageError("Cannot read {path}: {reason}.", path=str(path),
                           reason=exc.strerror or str(exc)) from exc
    except sqlite3.Error as exc:
        raise describe_sqlite_error(exc, path) from exc
    if version > SCHEMA_VERSION:
        raise StorageError("{path} was written by a newer version of Casebook.", path=str(path))
    if ok != "ok" or not has_cases:
        raise StorageError("{path} is damaged or not a casebook backup.", path=str(path))


def restore(db_path: Path, backup_file: Path, now: dt.datetime) -> Path | None:
    """Replace the casebook by a backup; returns where the replaced one was kept."""
    if is_server_url(db_path):  # into an empty database on a server: nothing is replaced
        check_backup(Path(backup_file))
        portable.restore_to_server(db_path, Path(backup_file))
        return None
    db_path, backup_file = Path(db_path), Path(backup_file)
    check_backup(backup_file)
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.before-restore-{_stamp(now)}")
        try:
            backup(db_path, now, kept)
        except StorageError:
            _keep_bytes(db_path, kept)  # a damaged casebook is why one restores: keep it as is
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup_file, paths.private_file(tmp))
        os.chmod(tmp, 0o600)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("Cannot restore into {path}: {reason}.", path=str(db_path),
                           reason=exc.strerror or str(exc)) from exc
    return kept


def _keep_bytes(db_path: Path, kept: Path) -> None:
    """Keep a file SQLite cannot read, byte for byte (with its write-ahead log)."""
    try:
        for suffix in ("", "-wal"):
            source = Path(str(db_path) + suffix)
            if source.exists():
                shutil.copyfile(source, paths.private_file(str(kept) + suffix))
                os.chmod(str(kept) + suffix, 0o600)
    except OSError as exc:
        raise StorageError("Cannot keep a copy of {path} before restoring: {reason}. "
                           "Nothing was changed.", path=str(db_path),
                           reason=exc.strerror or str(exc)) from exc


# ------------------------------------------------ erasures that stay erased (privacy)
def recorded_erasures(db_path: Path) -> list[dict]:
    """The erasures the log of the casebook file at `db_path` records (read only), so a
    restore can re-apply them; empty when there is none or it cannot be read."""
    from casebook.core.trust import privacy
    from casebook.db.connection import open_database
    from casebook.db.models import database

    db_path = Path(db_path)
    if not db_path.exists():
        return []
    previous = database.obj
    try:
        db = open_database(db_path, create=False)
    except StorageError as exc:  # a damaged casebook: nothing can be read from it
        log.warning("erasures of %s not read before restoring: %s", db_path, exc)
        return []
    try:
        database.initialize(db)
        return privacy.erasures_in_log()
    except sqlite3.Error as exc:
        log.warning("erasures of %s not read before restoring: %s", db_path, exc)
        return []
    finally:
        db.close()
        if previous is not None:
            database.initialize(previous)


def restore_keeping_erasures(db_path: Path, backup_file: Path, now: dt.datetime, *,
                             by: str = "restore") -> tuple[Path | None, list[str]]:
    """`restore`, then every erasure recorded in the casebook it replaced is applied again
    to what was put back (a backup older than an erasure still holds the details).

    Returns (where the replaced casebook was kept, the references of the cases whose
    customer was erased again)."""
    from casebook.core.casebook import Casebook
    from casebook.core.time.clock import FixedClock

    erasures = [] if is_server_url(db_path) else recorded_erasures(db_path)
    kept = restore(db_path, backup_file, now)
    if not erasures:
        return kept, []
    from casebook.core.trust import privacy

    with Casebook.open(db_path, clock=FixedClock(now), create=False) as book:
        again = privacy.reapply_erasures(book, erasures, by=by)
    return kept, again


def scrub_auto_backups(book, erasure, approval) -> list[Path]:
    """Rewrite this casebook's automatic backups without the customers an erasure just
    erased (`erasure.customers`): each is erased the same way in a private copy, rebuilt
    so no free page keeps a byte of them (VACUUM), checked, and put back under its own
    name. The backup's log then ends with its own erase entry, which names the
    casebook's (`"reapplied"`: that entry's hash), so the backup's history before it is
    still a prefix of the casebook's. Returns the backups that were rewritten."""
    from casebook.core.casebook import Casebook
    from casebook.core.trust import privacy
    from casebook.db.models import Case, Customer

    done = []
    for path in auto_backups(Path(book.location)):
        tmp = path.with_name(path.name + ".partial")
        try:
            shutil.copyfile(path, paths.private_file(tmp))
            with Casebook.open(tmp, clock=book.clock, create=False) as copy:
                cases = {c.customer_id: c.ref for c in Case.select(Case.ref, Case.customer)
                         .join(Customer).where(Customer.id.in_(erasure.customers)
                                               & ~Customer.erased).order_by(Case.id)}
                if cases:
                    privacy.erase_customer(copy, next(iter(cases.values())), approval=approval,
                                           include=list(cases), reapplied_from=erasure.entry)
                copy.db.execute_sql("PRAGMA secure_delete = 1")
                copy.db.execute_sql("VACUUM")
                copy.db.execute_sql("PRAGMA journal_mode = DELETE")
            book.bind()  # the models serve the open casebook again
            if not cases:
                tmp.unlink()
                continue
            check_backup(tmp)
            os.replace(tmp, path)
            done.append(path)
        except (OSError, sqlite3.Error, KnownError, DatabaseError) as exc:
            book.bind()
            tmp.unlink(missing_ok=True)
            log.warning("automatic backup %s not scrubbed: %s", path, exc)
    return done
