"""The running app keeps its promises because time passes, not because a test calls it.

The casebook's clock drives the window's own timers (`ticks.advance`, see
casebook.ui.ticker): the minute's due check, the daily backup, the draft autosave.
A reminder must show in the banner, the due list and the tray; the day's backup
must be made; closing the window must leave Casebook running in the tray where
there is one — and Quit must still end it properly.
"""

import datetime as dt
import json

import pytest
from PySide6.QtWidgets import QMessageBox

from casebook.app import make_window
from casebook.core.trust import backup
from casebook.ui import tray
from tests.conftest import new_case

UTC = dt.timezone.utc
# Creating a tray icon on the offscreen platform makes Qt look for the X11 tray's signal,
# which that platform does not have; a real desktop does not say this.
OFFSCREEN_TRAY = pytest.mark.qt_log_ignore(
    r"QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    "This plugin does not support raise")


def on_file(db_path, expected):
    """The desk's automatic backups a test expects: on a casebook file, `expected`; a
    casebook on a server is backed up by the server, so a desk makes none (0, [])."""
    return type(expected)() if isinstance(db_path, str) else expected


def due_lines(win) -> list[str]:
    return [win.due.item(i).text() for i in range(win.due.count())]


def start_at(clock, db_path, qtbot, at: dt.datetime):
    clock.set(at)
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    return win


@OFFSCREEN_TRAY
def test_the_agreed_reply_time_prompts_in_banner_list_and_tray_when_the_minute_comes(
        qtbot, book, db_path, clock, ticks, tray_messages):
    ref = book.open_case(new_case(), by="Anna")  # reply agreed for Tuesday 09:00 Amsterdam
    win = start_at(clock, db_path, qtbot, dt.datetime(2026, 3, 3, 7, 57, 30, tzinfo=UTC))
    ticks.advance(minutes=2)  # 08:59:30 in Amsterdam: not yet
    assert not win.banner.isVisibleTo(win)
    assert due_lines(win) == [] and tray_messages == []
    ticks.advance(minutes=1)  # the minute's check at 09:00:30
    assert win.banner.isVisibleTo(win)
    assert win.banner.title.text() == "Due now: 1 follow-up."
    assert win.banner.detail.text() == f"03/03/2026 09:00 · {ref} · Agreed reply time"
    assert due_lines(win) == [f"03/03/2026 09:00  {ref}  Agreed reply time"]
    assert win.due_title.text() == "Due now for Anna: 1"
    assert tray_messages == [("Casebook", f"{ref}: Agreed reply time")]
    ticks.advance(minutes=5)  # prompted once, not every minute
    assert tray_messages == [("Casebook", f"{ref}: Agreed reply time")]


def test_a_snoozed_reminder_comes_back_when_its_snooze_ends(qtbot, book, db_path, clock, ticks):
    ref = book.open_case(new_case(), by="Anna")
    win = start_at(clock, db_path, qtbot, dt.datetime(2026, 3, 3, 7, 59, 30, tzinfo=UTC))
    ticks.advance(minutes=1)
    assert win.banner.isVisibleTo(win)
    win.banner.snooze_button.click()  # 15 minutes from 09:00:30
    assert not win.banner.isVisibleTo(win)
    ticks.advance(minutes=14)  # 09:14:30
    assert not win.banner.isVisibleTo(win)
    ticks.advance(minutes=1)  # the check at 09:15:30 is after the snooze ends
    assert win.banner.isVisibleTo(win) and ref in win.banner.detail.text()


@pytest.mark.sqlite_only  # a server's casebook is backed up by the server: see on_file
def test_the_day_s_backup_is_made_because_a_day_passed(qtbot, book, db_path, clock, ticks):
    win = start_at(clock, db_path, qtbot, dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    assert backup.auto_backups(db_path) == []
    ticks.advance(seconds=9)
    assert backup.auto_backups(db_path) == []  # the window settles first
    ticks.advance(seconds=1)
    made = backup.auto_backups(db_path)
    assert [p.name for p in made] == ["backup-2026-03-02T090010Z.sqlite3"]
    ticks.advance(hours=13)  # hourly looks the same day (Amsterdam: until 23:00)
    assert backup.auto_backups(db_path) == made
    ticks.advance(hours=1)  # the look at 23:00:10 UTC is 00:00:10 on Tuesday in Amsterdam
    assert [p.name for p in backup.auto_backups(db_path)] == [
        "backup-2026-03-02T090010Z.sqlite3", "backup-2026-03-02T230010Z.sqlite3"]
    assert win.isVisible()


def test_unsaved_edits_are_autosaved_when_half_a_minute_passes(qtbot, book, db_path, clock,
                                                                ticks, home):
    ref = book.open_case(new_case(), by="Anna")
    win = start_at(clock, db_path, qtbot, clock.now())
    win.open_ref(ref)
    win.editor.findChild(type(win.search), "ask_place").setText("Kelder, box 4")
    from casebook.core import drafts

    draft = drafts.draft_path(win.session.book.location)
    ticks.advance(seconds=29)
    assert not draft.exists()
    ticks.advance(seconds=1)
    saved = json.loads(draft.read_text(encoding="utf-8"))
    assert saved["ref"] == ref and saved["draft"]["ask"]["place"] == "Kelder, box 4"


@OFFSCREEN_TRAY
def test_closing_leaves_casebook_in_the_tray_and_it_still_reminds(qtbot, book, db_path, clock,
                                                                  ticks, tray_messages, home):
    ref = book.open_case(new_case(), by="Anna")
    win = start_at(clock, db_path, qtbot, dt.datetime(2026, 3, 3, 7, 0, tzinfo=UTC))
    assert win.tray is not None and win.tray.isVisible()
    assert not win.tray.icon().isNull() and not win.windowIcon().isNull()
    assert [a.text() for a in win.tray.contextMenu().actions() if a.text()] == [
        "Open Casebook", "Quit Casebook"]
    ticks.advance(seconds=10)  # the day's backup
    assert win.close() is False  # closing hides the window into the tray
    assert not win.isVisible()
    assert tray_messages == [("Casebook", "Casebook keeps running here and will remind you of "
                                          "follow-ups. Quit it from this icon's menu.")]
    assert len(backup.auto_backups(db_path)) == on_file(db_path, 1)  # no closing backup
    ticks.advance(hours=1)  # 09:00:10 in Amsterdam
    assert tray_messages[-1] == ("Casebook", f"{ref}: Agreed reply time")
    win.tray.messageClicked.emit()  # a click on the message brings the window back
    assert win.isVisible() and win.banner.isVisibleTo(win)
    assert win.close() is False and not win.isVisible()
    quit_action = win.tray.contextMenu().actions()[-1]
    quit_action.trigger()  # Quit ends it the way closing used to
    assert not win.isVisible()
    assert len(backup.auto_backups(db_path)) == on_file(db_path, 2)  # one on closing
    settings = win.ui_settings()
    assert settings.value(win._closed_key()) == "2026-03-03T08:00:10+00:00"


@OFFSCREEN_TRAY
def test_closing_quits_when_the_desk_turned_the_tray_off(qtbot, book, db_path, clock, ticks,
                                                          tray_messages):
    win = start_at(clock, db_path, qtbot, clock.now())
    tray.desk_settings().setValue(tray.KEEP_RUNNING, False)
    assert win.close() is True and tray_messages == []
    assert len(backup.auto_backups(db_path)) == on_file(db_path, 1)


def test_without_a_tray_closing_quits_and_reminders_stay_in_the_window(qtbot, book, db_path,
                                                                        clock, ticks):
    assert tray.available() is False  # the offscreen desktop has none
    ref = book.open_case(new_case(), by="Anna")
    win = start_at(clock, db_path, qtbot, dt.datetime(2026, 3, 3, 7, 59, 30, tzinfo=UTC))
    assert win.tray is None
    ticks.advance(minutes=1)
    assert due_lines(win) == [f"03/03/2026 09:00  {ref}  Agreed reply time"]
    assert win.close() is True
    assert [p.name for p in backup.auto_backups(db_path)] == on_file(db_path, [
        "backup-2026-03-03T075940Z.sqlite3",  # the day's, 10 s after the start
        "backup-2026-03-03T080030Z.sqlite3"])  # on closing


def test_a_replaced_window_is_no_longer_driven(qtbot, window, book, clock, ticks):
    ref = book.open_case(new_case(), by="Anna")
    new = window.switch_language("nl")
    qtbot.addWidget(new)
    try:
        clock.set(dt.datetime(2026, 3, 3, 7, 59, 30, tzinfo=UTC))
        ticks.advance(minutes=1)
        assert new.banner.isVisibleTo(new) and ref in new.banner.detail.text()
        assert not window.banner.isVisibleTo(window)
    finally:
        from casebook.app import apply_language

        apply_language("en")


def test_settings_turn_open_at_login_on_and_off(qtbot, window, tmp_path, monkeypatch):
    from casebook.ui.dialogs import SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "casebook.desktop"
    for wanted in (True, False):
        dialog = SettingsDialog(window.session, window)
        qtbot.addWidget(dialog)
        box = dialog.findChild(type(dialog.desk.at_login), "openAtLoginBox")
        assert box.isChecked() is not wanted
        assert not dialog.desk.keep_running.isEnabled()  # no tray on this desktop
        box.setChecked(wanted)
        dialog.save()
        assert entry.is_file() is wanted
    assert window.findChild(QMessageBox, "errorBox") is None  # nothing went wrong writing it
