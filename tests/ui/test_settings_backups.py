"""How many automatic backups are kept is a setting the owner can change."""

import pytest

from casebook.core.trust.backup import auto_backup
from casebook.ui.dialogs import SettingsDialog


@pytest.mark.sqlite_only  # automatic backups are of a casebook file
def test_the_number_of_backups_kept_is_set_in_settings(qtbot, window, book, db_path, clock,
                                                        home):
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.backups_keep.value() == 10  # the default
    dialog.backups_keep.setValue(2)
    dialog.save()
    assert book.setting("backups_keep") == 2
    import datetime as dt

    made = [auto_backup(db_path, clock.now() + dt.timedelta(hours=h),
                        keep=book.setting("backups_keep")) for h in range(4)]
    kept = sorted(p for p in made[-1].parent.iterdir() if p.suffix == ".sqlite3")
    assert kept == made[-2:]  # the two newest


def test_an_unchanged_dialog_writes_nothing(qtbot, window, book):
    from casebook.db.models import AuditEntry

    before = AuditEntry.select().count()
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.save()
    assert AuditEntry.select().count() == before
