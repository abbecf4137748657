"""Automatic backups: private, atomic, rotated to N, never touching files they did not make.

And the point of it all: restoring an automatic backup gives back the same
casebook — cases, the bytes of attachments and signatures, an unbroken audit
chain (`casebook verify`).
"""

import datetime as dt
import os
import sqlite3

import pytest

from casebook import cli
from casebook.core.trust import backup
from casebook.core.casebook import Casebook
from casebook.errors import StorageError
from casebook.core.cases.listing import list_cases, show
from casebook.db.models import Attachment, AuditEntry
from tests.conftest import new_case
from tests.drawings import png

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone",
         "text": "The plumber fixed the boiler this morning.",
         "resolution": {"type": "repair", "text": "Boiler valve replaced"}, "accepted": True}
PNG = png("backup rotation")
# Automatic backups are of a casebook file; a server's casebook has the server's own.
pytestmark = pytest.mark.sqlite_only


def snapshot(book: Casebook) -> dict:
    """Everything a user could miss after a restore."""
    book.bind()
    refs = sorted(r["ref"] for r in list_cases(book))
    return {
        "cases": {ref: show(book, ref) for ref in refs},
        "attachments": [(a.case.ref, a.kind, a.filename, bytes(a.data), a.sha256)
                        for a in Attachment.select().order_by(Attachment.id)],
        "audit": [(e.id, e.hash, e.prev_hash) for e in AuditEntry.select().order_by(AuditEntry.id)],
    }


def test_an_automatic_backup_is_private_self_contained_and_named_by_the_clock(book, db_path,
                                                                              clock):
    book.open_case(new_case(), by="Anna")
    made = backup.auto_backup(db_path, clock.now(), keep=3)
    assert made.name == "backup-2026-03-02T090000Z.sqlite3"
    assert made.parent == backup.auto_dir(db_path)
    assert oct(made.stat().st_mode & 0o777) == "0o600"
    assert not list(made.parent.glob("*.partial"))
    conn = sqlite3.connect(made)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM 'case'").fetchone()[0] == 1
    conn.close()
    assert backup.taken_at(made) == clock.now()


def test_rotation_keeps_the_newest_n_and_never_files_it_did_not_make(book, db_path, clock):
    folder = backup.auto_dir(db_path)
    folder.mkdir(parents=True)
    strangers = [folder / "my-own-copy.sqlite3", folder / "backup-keep-me.sqlite3",
                 folder / "backup-2020-01-01T000000Z.sqlite3.txt",
                 folder.parent / "casebook-20200101T000000Z.sqlite3"]
    for path in strangers:
        path.write_bytes(b"not ours")
    made = []
    for hour in range(7):
        made.append(backup.auto_backup(db_path, clock.now(), keep=4))
        clock.advance(hours=1)
    assert backup.auto_backups(db_path) == made[-4:]
    for path in strangers:
        assert path.read_bytes() == b"not ours"


@pytest.mark.parametrize("keep", [0, -3, None, "junk"])
def test_an_absurd_keep_setting_still_keeps_the_newest_backup(book, db_path, clock, keep):
    for _ in range(3):
        newest = backup.auto_backup(db_path, clock.now(), keep=keep)
        clock.advance(minutes=5)
    assert newest in backup.auto_backups(db_path)
    # nonsense falls back to the default (10, more than made here); zero or less keeps one
    assert len(backup.auto_backups(db_path)) == (3 if keep in (None, "junk") else 1)


def test_a_failed_backup_deletes_nothing(book, db_path, clock):
    for _ in range(3):
        backup.auto_backup(db_path, clock.now(), keep=3)
        clock.advance(hours=1)
    before = backup.auto_backups(db_path)
    # a real fault, not a mock: something already occupies the new backup's name
    blocker = backup.auto_dir(db_path) / "backup-2026-03-02T120000Z.sqlite3"
    blocker.mkdir()
    (blocker / "something").write_text("x")
    with pytest.raises(StorageError, match="Cannot write the backup"):
        backup.auto_backup(db_path, clock.now(), keep=1)
    assert backup.auto_backups(db_path) == before
    assert not list(backup.auto_dir(db_path).glob("*.partial"))


def test_two_casebooks_with_the_same_name_keep_separate_backups(tmp_path, clock):
    first, second = tmp_path / "a" / "casebook.sqlite3", tmp_path / "b" / "casebook.sqlite3"
    for path in (first, second):
        Casebook.open(path, clock=clock).close()
    backup.auto_backup(first, clock.now(), keep=1)
    clock.advance(hours=1)
    backup.auto_backup(second, clock.now(), keep=1)
    assert len(backup.auto_backups(first)) == len(backup.auto_backups(second)) == 1


def test_the_days_backup_is_due_once_per_day_in_the_casebooks_timezone(book, db_path, clock):
    tz = "Europe/Amsterdam"
    assert backup.daily_due(db_path, clock.now(), tz)  # never backed up
    assert backup.scheduled(book, daily=True) is not None
    clock.advance(hours=13)  # 23:00 in Amsterdam: still the same day
    assert not backup.daily_due(db_path, clock.now(), tz)
    assert backup.scheduled(book, daily=True) is None
    clock.advance(hours=1, minutes=1)  # 00:01 the next day
    assert backup.daily_due(db_path, clock.now(), tz)
    assert backup.scheduled(book, daily=True) is not None
    clock.advance(minutes=1)
    assert backup.scheduled(book) is not None  # on close: always
    assert len(backup.auto_backups(db_path)) == 3


def test_the_keep_setting_is_read_from_the_casebook(book, db_path, clock):
    book.set_setting("backups_keep", 2, by="Marta")
    for _ in range(5):
        backup.scheduled(book)
        clock.advance(minutes=1)
    assert len(backup.auto_backups(db_path)) == 2


def test_restoring_an_automatic_backup_gives_back_the_same_casebook(book, db_path, clock,
                                                                    capsys):
    refs = [book.open_case(new_case(), by="Anna") for _ in range(3)]
    book.update_case(refs[0], {"reply": REPLY}, by="Anna")
    book.sign(refs[0], by="Anna", satisfaction=4,
              signatures={"customer": PNG, "staff": png("staff")},
              scan=("scan.pdf", "application/pdf", os.urandom(4096)))
    book.add_action(refs[1], "Называл клиенту — 客户 ☎ ⚠", by="Bert")
    expected = snapshot(book)
    assert len(expected["attachments"]) == 3
    made = backup.scheduled(book)

    clock.advance(hours=2)  # later edits, then disaster: the file is replaced by junk
    book.add_action(refs[2], "lost after the backup", by="Bert")
    book.close()
    db_path.write_bytes(b"\x00" * 4096)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)

    assert cli.main(["restore", "--db", str(db_path), str(made)]) == 0
    assert cli.main(["verify", "--db", str(db_path)]) == 0
    assert "All checks passed" in capsys.readouterr().out
    with Casebook.open(db_path, clock=clock) as again:
        assert snapshot(again) == expected
    kept = list(db_path.parent.glob("casebook.sqlite3.before-restore-*"))
    assert [k.read_bytes() for k in kept] == [b"\x00" * 4096]  # the damaged one, kept as it was


def test_a_backup_includes_what_is_only_in_the_write_ahead_log(book, db_path, clock):
    book.db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    ref = book.open_case(new_case(), by="Anna")
    assert os.path.getsize(str(db_path) + "-wal") > 0
    made = backup.auto_backup(db_path, clock.now())
    with Casebook.open(made, clock=clock) as copy:
        assert copy.case(ref)["ref"] == ref


def test_the_window_backs_up_on_close_and_a_failure_does_not_keep_it_open(qtbot, book,
                                                                         db_path, clock,
                                                                         monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from casebook.app import make_window

    window = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(window)
    assert window.close()
    assert [p.name for p in backup.auto_backups(db_path)] == ["backup-2026-03-02T090000Z.sqlite3"]

    clock.advance(minutes=1)
    window = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(window)

    def full(*_args, **_kw):
        raise StorageError("The disk holding {path} is full.", path="x")

    monkeypatch.setattr(backup, "auto_backup", full)
    assert window.close()  # closed all the same
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("automatic backup was not made" in b.text() and "full" in b.text()
               for b in boxes)
    for box in boxes:
        box.close()


def test_the_window_takes_the_days_backup_while_running(qtbot, book, db_path, clock):
    from casebook.app import make_window

    window = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(window)
    assert window.daily_backup() is not None
    assert window.daily_backup() is None  # once a day
    clock.set(dt.datetime(2026, 3, 3, 0, 30, tzinfo=dt.timezone.utc))
    assert window.daily_backup() is not None
    window.backup_timer.stop()
