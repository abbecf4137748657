"""Backups with SQLite's online backup, and restoring one.

A backup is written to a temporary file beside its destination and renamed
into place, so a half-written backup never looks like a good one. A restore
first checks the file is a casebook this version can read, then keeps the
replaced database as `<name>.before-restore-<time>` so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from casebook.core import paths
from casebook.core.errors import StorageError
from casebook.db.connection import SQLITE_HEADER, describe_sqlite_error
from casebook.db.migrations import SCHEMA_VERSION


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def backup(db_path: Path, now: dt.datetime, out: Path | None = None, *,
           keep: int | None = None) -> Path:
    """Copy a live casebook consistently; rotate old automatic backups to `keep`."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise StorageError("No casebook at {path}.", path=str(db_path))
    target = Path(out) if out else paths.backup_dir() / f"{db_path.stem}-{_stamp(now)}.sqlite3"
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise describe_sqlite_error(exc, target) from exc
        raise StorageError("Cannot write the backup {path}: {reason}.", path=str(target),
                           reason=exc.strerror or str(exc)) from exc
    if keep and not out:
        rotate(db_path.stem, keep)
    return target


def rotate(stem: str, keep: int) -> None:
    backups = sorted(paths.backup_dir().glob(f"{stem}-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)


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
    db_path, backup_file = Path(db_path), Path(backup_file)
    check_backup(backup_file)
    kept = None
    if db_path.exists():
        kept = db_path.with_name(f"{db_path.name}.before-restore-{_stamp(now)}")
        backup(db_path, now, kept)
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup_file, tmp)
        os.chmod(tmp, 0o600)
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("Cannot restore into {path}: {reason}.", path=str(db_path),
                           reason=exc.strerror or str(exc)) from exc
    return kept
