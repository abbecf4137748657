"""Backups `verify` checks the log against: one from before anchors were recorded,
an erasure of entries written after the backup, and the automatic backups set
aside after a restore (SPEC §7, issue #19)."""

import datetime as dt
import sqlite3
import stat

import pytest

from casebook.core.trust import access, privacy
from casebook.core.trust.backup import auto_backup, auto_dir, backup
from casebook.core.trust.verify import backups_of, set_aside_backups, verify
from tests.conftest import new_case

AT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
OLGA = {"name": "Olga Smirnova", "phone": "+7 900 111-22-33", "unit": "Flat 3"}

pytestmark = pytest.mark.sqlite_only("backups are SQLite files of a casebook file")


def test_a_backup_from_before_anchors_were_recorded_is_checked_entry_by_entry(
        book, db_path, tmp_path):
    ref = book.open_case(new_case(), by="Anna")
    saved = backup(db_path, AT, tmp_path / "old.sqlite3")
    conn = sqlite3.connect(saved)
    conn.execute('DROP TABLE "backup_anchor"')
    conn.commit()
    conn.close()
    book.bind()
    assert verify(book.db, backups=[saved]) == []
    book.add_action(ref, "Called back", by="Anna")
    assert verify(book.db, backups=[saved]) == []


def test_a_customer_added_after_the_backup_then_erased_and_deleted_verifies(
        book, db_path, tmp_path):
    saved = backup(db_path, AT, tmp_path / "before.sqlite3")
    book.bind()
    ref = book.open_case(new_case(customer=OLGA), by="Anna")  # the entry after the backup's
    privacy.erase_customer(book, ref, approval=access.approve(book, access.ERASE, by="Marta"))
    assert verify(book.db, backups=[saved]) == []
    privacy.delete_case(book, ref, reason="Logged twice",
                        approval=access.approve(book, access.DELETE, by="Marta"))
    assert verify(book.db, backups=[saved]) == []


def test_after_a_restore_the_automatic_backups_are_set_aside_in_a_private_folder(
        book, db_path):
    auto_backup(db_path, AT)
    auto_backup(db_path, AT + dt.timedelta(hours=1))
    aside = set_aside_backups(db_path, AT + dt.timedelta(hours=2))
    assert aside == auto_dir(db_path) / "before-restore-20260302T110000Z"
    assert sorted(p.name for p in aside.iterdir()) == [
        "backup-2026-03-02T090000Z.sqlite3", "backup-2026-03-02T100000Z.sqlite3"]
    assert stat.S_IMODE(aside.stat().st_mode) == 0o700
    assert backups_of(db_path) == []
    # a second restore within the same second puts its backups into the same folder
    auto_backup(db_path, AT + dt.timedelta(hours=3))
    assert set_aside_backups(db_path, AT + dt.timedelta(hours=2)) == aside
    assert sorted(p.name for p in aside.iterdir()) == [
        "backup-2026-03-02T090000Z.sqlite3", "backup-2026-03-02T100000Z.sqlite3",
        "backup-2026-03-02T120000Z.sqlite3"]
    assert backups_of(db_path) == []


def test_without_automatic_backups_nothing_is_set_aside(book, db_path):
    assert set_aside_backups(db_path, AT) is None
    assert not (auto_dir(db_path) / "before-restore-20260302T090000Z").exists()
