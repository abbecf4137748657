"""`verify` names each member of staff, setting, case and backup that was changed
behind the app's back — every one of them, not only the first (SPEC §7, issue #19).

The casebook is test_anchor.py's `history` (15 audit entries; the backup
"before.sqlite3" holds the first 13): Anna, Bert and Marta were added by entries
3–5, Marta's PIN set by 11, Anna's wrong PIN counted by 13, the timezone set by 2.
"""

import pytest

from casebook.core.trust import access, privacy
from casebook.db.models import AuditEntry
from tests.core.trust.test_anchor import history  # noqa: F401  (the fixture)


def test_each_member_of_staff_added_behind_the_apps_back_is_named(history):  # noqa: F811
    history.sql(("INSERT INTO staff (name, role, active, pin_failures) VALUES (?, ?, ?, ?)",
                 ("Zoe", "manager", True, 0)),
                ("INSERT INTO staff (name, role, active, pin_failures) VALUES (?, ?, ?, ?)",
                 ("Yuri", "desk", True, 0)))
    assert history.findings() == [
        "staff Yuri: no audit entry records this member of staff (added behind the app's "
        "back)",
        "staff Zoe: no audit entry records this member of staff (added behind the app's "
        "back)"]


def test_each_member_of_staff_deleted_behind_the_apps_back_is_named(history):  # noqa: F811
    book = history.book
    book.add_staff("Ada", by="Marta", approval=access.approve(book, access.MANAGERS,
                                                             by="Marta", pin="24681357"))
    book.add_staff("Carl", by="Marta", approval=access.approve(book, access.MANAGERS,
                                                              by="Marta", pin="24681357"))
    added = [(e.id, e.action) for e in AuditEntry.select().where(AuditEntry.id > 15)]
    assert added == [(16, "staff"), (17, "staff")]
    history.sql(("DELETE FROM staff WHERE name IN (?, ?)", ("Ada", "Carl")))
    assert history.findings() == [
        "staff Ada: differs from what audit entry 16 recorded",
        "staff Carl: differs from what audit entry 17 recorded"]


def test_a_member_of_staff_retired_behind_the_apps_back_is_named(history):  # noqa: F811
    history.sql(("UPDATE staff SET active = ? WHERE name = ?", (False, "Bert")))
    assert history.findings() == ["staff Bert: active is no, audit entry 4 recorded yes"]


def test_a_setting_deleted_is_named_and_later_settings_are_still_checked(history):  # noqa: F811
    history.sql(("DELETE FROM setting WHERE key = ?", ("timezone",)),
                ("INSERT INTO setting (key, value) VALUES (?, ?)", ("zz_extra", '"x"')))
    assert history.findings() == [
        "setting timezone: is none, audit entry 2 recorded Europe/Amsterdam",
        "setting zz_extra: no audit entry records its value x (set behind the app's back)"]


def test_each_case_slipped_in_behind_the_apps_back_is_named(history):  # noqa: F811
    from casebook.db.models import Case

    columns = ", ".join(f'"{f.column_name}"' for f in Case._meta.sorted_fields
                        if f.name not in ("id", "ref"))
    history.sql(*[(f'INSERT INTO "case" (ref, {columns}) SELECT ?, {columns} '
                   'FROM "case" WHERE ref = ?', (ref, history.a))
                  for ref in ("2026-09998", "2026-09999")])
    assert history.findings() == [
        "case 2026-09998: no audit entry records it (it was added behind the app's back)",
        "case 2026-09999: no audit entry records it (it was added behind the app's back)"]


def test_a_deleted_case_put_back_behind_the_apps_back_is_named(history):  # noqa: F811
    from casebook.db.models import Case

    book = history.book
    privacy.delete_case(book, history.c, reason="Logged twice",
                        approval=access.approve(book, access.DELETE, by="Marta",
                                                pin="24681357"))
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (last.id, last.case_ref) == (16, history.c)
    columns = ", ".join(f'"{f.column_name}"' for f in Case._meta.sorted_fields
                        if f.name not in ("id", "ref"))
    history.sql((f'INSERT INTO "case" (ref, {columns}) SELECT ?, {columns} '
                 'FROM "case" WHERE ref = ?', (history.c, history.a)))
    assert history.findings() == [
        f"case {history.c}: audit entry 16 records it deleted, yet it is there (it was put "
        "back behind the app's back)"]


@pytest.mark.sqlite_only("backup files are SQLite files")
def test_an_unreadable_backup_is_named_and_the_next_is_still_checked(history,  # noqa: F811
                                                                     tmp_path):
    import sqlite3

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is no casebook" * 100)
    conn = sqlite3.connect(history.saved)
    conn.execute("DELETE FROM audit_entry WHERE id = 13")
    conn.commit()
    conn.close()
    history.book.bind()
    from casebook.core.trust.verify import verify

    assert verify(history.book.db, backups=[junk, history.saved]) == [
        "backup junk.sqlite3: cannot be read (file is not a database)",
        "backup before.sqlite3: its audit log was changed after it was taken (it recorded 13 "
        "entries, it holds 12)"]


def test_a_setting_slipped_in_after_an_untouched_one_is_named(history):  # noqa: F811
    history.sql(("INSERT INTO setting (key, value) VALUES (?, ?)", ("zz_extra", '"x"')))
    assert history.findings() == [
        "setting zz_extra: no audit entry records its value x (set behind the app's back)"]


def test_a_case_deleted_behind_the_apps_back_is_named_with_its_last_entry(history):  # noqa: F811
    c = history.c
    history.sql(*[(f'DELETE FROM "{table}" WHERE case_id = (SELECT id FROM "case" '
                   'WHERE ref = ?)', (c,))
                  for table in ("deadline", "question", "action", "attachment", "amendment")],
                ('DELETE FROM "case" WHERE ref = ?', (c,)))
    assert history.findings() == [
        f"case {c}: it is gone, but no audit entry records its deletion (the last, 15, "
        "records it as it was)"]
