"""Opening casebooks: too new, damaged, read-only — refused clearly, left untouched."""

import os
import sqlite3

import pytest

from casebook.core.casebook import Casebook
from casebook.errors import StorageError
from casebook.db import migrations


def test_a_new_casebook_is_wal_with_foreign_keys_and_private(db_path, clock):
    with Casebook.open(db_path, clock=clock) as book:
        assert book.db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert book.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert book.db.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert oct(db_path.stat().st_mode & 0o777) == "0o600"


def test_a_casebook_from_a_newer_version_is_refused_untouched(db_path, clock):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        Casebook.open(db_path, clock=clock)
    assert db_path.read_bytes() == before
    assert not os.path.exists(str(db_path) + "-wal")


def test_a_damaged_file_is_refused_untouched(db_path, clock):
    db_path.write_bytes(b"this is not a database at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="not a casebook"):
        Casebook.open(db_path, clock=clock)
    assert db_path.read_bytes() == before


def test_a_truncated_database_is_reported_as_damaged(db_path, clock, tmp_path):
    with Casebook.open(db_path, clock=clock):
        pass
    data = db_path.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    with pytest.raises(StorageError):
        Casebook.open(broken, clock=clock)


@pytest.mark.skipif(os.geteuid() == 0, reason="NOT TESTED as root: a folder root may not write "
                    "to cannot be made with chmod (tests/trust/test_faults.py checks a read-only "
                    "mount instead)")
def test_a_read_only_folder_is_a_clear_error(tmp_path, clock):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(StorageError, match="Cannot create"):
        Casebook.open(folder / "cb.sqlite3", clock=clock)


def test_a_missing_casebook_is_not_created_when_reading(tmp_path, clock):
    with pytest.raises(StorageError, match="No casebook"):
        Casebook.open(tmp_path / "nope.sqlite3", clock=clock, create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_an_unwritable_location_is_a_clear_error(tmp_path, clock):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Cannot create"):
        Casebook.open(blocker / "cb.sqlite3", clock=clock)


def test_an_old_casebook_killed_mid_write_opens_as_it_was_before_that_write(tmp_path, clock):
    """A hot rollback journal (an old casebook, killed in a write) needs a writer to roll it
    back: opening must do so, not call the file read-only."""
    import shutil
    import signal
    import subprocess
    import sys
    from pathlib import Path

    from casebook.core.casebook import Casebook
    from casebook.core.trust.verify import verify
    from casebook.db import migrations

    old = Path(__file__).resolve().parents[1] / "data" / "casebook-v1.sqlite3"
    db = tmp_path / "old.sqlite3"
    shutil.copyfile(old, db)
    killed = subprocess.run([sys.executable, "-c", (
        "import os, signal, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA cache_size = 1')  # spill: the db file is written mid-transaction\n"
        "conn.execute('BEGIN IMMEDIATE')\n"
        "conn.execute(\"UPDATE audit_entry SET actor = 'Mallory' || id\")\n"
        "conn.execute(\"UPDATE case_fts SET body = body || ' spilled'\")\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"), str(db)])
    assert killed.returncode == -signal.SIGKILL
    assert Path(f"{db}-journal").stat().st_size > 0  # the hot journal is there
    with Casebook.open(db, clock=clock) as book:
        assert migrations.current_version(book.db) == migrations.SCHEMA_VERSION
        assert verify(book.db) == []  # no "Mallory": the half-done write was rolled back
