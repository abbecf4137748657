"""The main window: the list, search, quick filters, the due list, keyboard."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from casebook.errors import StorageError
from casebook.app import make_window
from casebook.ui.case_list import COLUMNS
from tests.conftest import new_case
from tests.ui.conftest import type_text

import pytest


def cell(window, row, column):
    model = window.model
    return model.data(model.index(row, COLUMNS.index(column)))


def test_the_list_shows_cases_logged_in_the_core(qtbot, book, db_path, clock):
    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    assert win.findChild(type(win.table), "caseList") is win.table
    assert win.model.rowCount() == 1
    assert cell(win, 0, "ref") == ref
    assert cell(win, 0, "customer") == "Ivan Petrov"
    assert cell(win, 0, "category") == "Repairs in the unit"
    assert cell(win, 0, "next_reply_at") == "03/03/2026 09:00"


def test_model_passes_qt_model_tester(qtmodeltester, book, db_path, clock, qtbot):
    for i in range(5):
        book.open_case(new_case(customer={"name": f"Klant {i}", "phone": f"06{i}"}), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    qtmodeltester.check(win.model)


def test_search_box_filters_as_you_type(qtbot, book, db_path, clock):
    book.open_case(new_case(), by="Anna")
    leak = book.open_case(new_case(customer={"name": "王芳", "phone": "138"},
                                   hear={"account": "楼上漏水"}), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    type_text(qtbot, win.search, "漏水")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    assert cell(win, 0, "ref") == leak
    win.search.clear()
    qtbot.waitUntil(lambda: win.model.rowCount() == 2)


def test_overdue_filter_follows_the_clock(qtbot, book, db_path, clock):
    late = book.open_case(new_case(), by="Anna")
    kept = book.open_case(new_case(follow={"next_reply_at": "2026-03-09T09:00:00+01:00"}),
                          by="Anna")
    book.add_action(kept, "Called the customer back", by="Anna")  # acknowledged in time
    clock.set(dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.timezone.utc))
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    button = next(b for b in win.filters.buttons() if b.objectName() == "filter_overdue")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [cell(win, r, "ref") for r in range(win.model.rowCount())] == [late]
    row = 0
    assert win.model.data(win.model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_sorting_by_customer(qtbot, book, db_path, clock):
    for name in ("Bram", "Anna K", "Chloe"):
        book.open_case(new_case(customer={"name": name, "phone": name}), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    win.table.sortByColumn(COLUMNS.index("customer"), Qt.SortOrder.AscendingOrder)
    assert [cell(win, r, "customer") for r in range(3)] == ["Anna K", "Bram", "Chloe"]


def test_due_list_shows_the_operators_agreed_reply_when_due(qtbot, book, db_path, clock):
    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    texts = lambda: [win.due.item(i).text() for i in range(win.due.count())]  # noqa: E731
    assert not any("Agreed reply time" in t for t in texts())
    win.refresh_due(dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.timezone.utc))
    assert f"03/03/2026 09:00  {ref}  Agreed reply time" in texts()


def test_ctrl_n_gives_an_empty_editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_ref() is None
    assert window.editor.fields["customer.name"].text() == ""


def test_a_damaged_casebook_is_refused_with_a_message(qtbot, tmp_path, clock):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk" * 100)
    with pytest.raises(StorageError, match="not a casebook"):
        make_window(bad, "en", clock=clock)


def test_ctrl_p_previews_the_open_cases_form(qtbot, book, db_path, clock, home):
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QApplication, QDialog

    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    win.open_ref(ref)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = win.findChild(QDialog, "previewDialog")
    assert preview is not None and preview.isVisible()
    reader = PdfReader(io.BytesIO(preview.pdf_bytes))
    text = "".join(page.extract_text() for page in reader.pages)
    assert ref in text and "Ivan Petrov" in text
    assert preview.page_count == len(reader.pages)


def test_the_banner_prompts_when_the_clock_passes_the_agreed_time(qtbot, book, db_path, clock):
    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    assert not win.banner.isVisibleTo(win)
    clock.set(dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.timezone.utc))  # 09:00 in Amsterdam
    win.check_due()
    assert win.banner.isVisibleTo(win)
    assert f"03/03/2026 09:00 · {ref} · Agreed reply time" in win.banner.detail.text()
    assert any(ref in win.due.item(i).text() for i in range(win.due.count()))
    qtbot.mouseClick(win.banner.snooze_button, Qt.MouseButton.LeftButton)
    assert not win.banner.isVisibleTo(win)
    clock.advance(minutes=16)
    win.check_due()
    assert win.banner.isVisibleTo(win)  # back when the snooze ends
    qtbot.mouseClick(win.banner.done_button, Qt.MouseButton.LeftButton)
    assert not any("Agreed reply time" in win.due.item(i).text()
                   for i in range(win.due.count()))


def test_on_start_the_window_lists_what_fell_due_while_closed(qtbot, book, db_path, clock):
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    win.close()  # remembers when Casebook was closed
    ref = book.open_case(new_case(), by="Anna")
    clock.set(dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.timezone.utc))
    again = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again)
    assert "while Casebook was closed" in again.banner.title.text()
    assert ref in again.banner.detail.text()


def test_staff_dialog_adds_a_member_of_staff(qtbot, window, book):
    from casebook.ui.dialogs import StaffDialog

    dialog = StaffDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Zoe Night")
    dialog.role.setCurrentIndex(dialog.role.findData("handler"))
    qtbot.mouseClick(dialog.findChildren(type(window.print_button), "addStaffButton")[0],
                     Qt.MouseButton.LeftButton)
    assert {s.name: s.role for s in book.staff()}["Zoe Night"] == "handler"
    assert dialog.table.rowCount() == 4


def test_settings_save_lists_and_switch_language_keeping_the_open_case(qtbot, window, book):
    from casebook.ui.dialogs import SettingsDialog

    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    window.editor.fields["ask.place"].setText("Kelder")  # an unsaved edit
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.edits["business_name"].setText("Parkzicht B.V.")
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("nl"))
    dialog._add_row()
    dialog.entries.item(dialog.entries.rowCount() - 1, 0).setText("Parking")
    dialog.save()
    assert book.setting("business_name") == "Parkzicht B.V."
    assert book.label("category", "parking", "en") == "Parking"
    new = window.switch_language("nl")
    qtbot.addWidget(new)
    assert new.editor.current_ref() == ref
    assert new.editor.fields["ask.place"].text() == "Kelder"
    names = [b.text() for b in new.filters.buttons()]
    assert "Te laat" in names
    assert new.editor.save()  # the edit survives the switch and is saved
    assert book.case(ref)["ask"]["place"] == "Kelder"


# ------------------------------------------------------ start-up and closing
def when_shown(match, act, *, tries: int = 500) -> list:
    """Answer the next modal dialog `match` picks (by objectName or a predicate): tests
    drive dialogs that `exec()` as a user would, from the event loop they run."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list = []
    test = match if callable(match) else (lambda w: w.objectName() == match)

    def poll(left=tries):
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and test(widget):
                seen.append(widget)
                act(widget)
                return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    return seen


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_window(qtbot, window, book):
    from PySide6.QtWidgets import QMessageBox

    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    window.editor.fields["ask.place"].setText("Kelder")  # not saved
    asked = when_shown("unsavedBox", lambda box: box.button(
        QMessageBox.StandardButton.Cancel).click())
    assert window.close() is False
    assert asked and window.isVisible()
    assert window.editor.fields["ask.place"].text() == "Kelder"
    when_shown("unsavedBox", lambda box: box.button(QMessageBox.StandardButton.Save).click())
    assert window.close() is True
    assert book.case(ref)["ask"]["place"] == "Kelder"


def test_moving_to_another_row_with_unsaved_edits_can_be_cancelled(qtbot, window, book):
    from PySide6.QtWidgets import QMessageBox

    first = book.open_case(new_case(), by="Anna")
    second = book.open_case(new_case(customer={"name": "Olga", "phone": "1"}), by="Anna")
    window.model.refresh()  # logged through the core, not the session: no signal
    rows = {window.model.ref_at(r): r for r in range(2)}
    window.table.selectRow(rows[first])
    assert window.editor.current_ref() == first
    window.editor.fields["ask.place"].setText("Kelder")
    when_shown("unsavedBox", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.table.selectRow(rows[second])
    assert window.editor.current_ref() == first  # stayed, edits and all
    qtbot.waitUntil(lambda: [i.row() for i in window.table.selectionModel().selectedRows()]
                    == [rows[first]])
    when_shown("unsavedBox", lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    window.table.selectRow(rows[second])
    assert window.editor.current_ref() == second


def test_leaving_a_row_autosaves_the_draft_first(qtbot, window, book, home):
    import json

    from PySide6.QtWidgets import QMessageBox

    first = book.open_case(new_case(), by="Anna")
    book.open_case(new_case(customer={"name": "Olga", "phone": "1"}), by="Anna")
    window.model.refresh()  # logged through the core, not the session: no signal
    rows = {window.model.ref_at(r): r for r in range(2)}
    window.table.selectRow(rows[first])
    window.editor.fields["ask.place"].setText("Kelder")
    when_shown("unsavedBox", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.table.selectRow(1 - rows[first])
    from casebook.core import drafts

    saved = drafts.load(book.location)  # this casebook's draft, in the data folder
    assert drafts.draft_path(book.location).parent == home / "drafts"
    assert saved["ref"] == first and saved["draft"]["ask"]["place"] == "Kelder"


def test_a_garbage_file_at_start_is_a_message_in_the_users_language(qtbot, tmp_path):
    from casebook.app import start

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk" * 100)
    for lang, words in (("en", "is not a casebook"), ("nl", "is geen klachtenregister")):
        texts: list[str] = []
        when_shown("startErrorBox", lambda box: (texts.append(box.text()), box.accept()))
        assert start(db=str(bad), lang=lang) == 1
        assert texts and words in texts[0] and str(bad) in texts[0]
        assert "Traceback" not in texts[0]


def test_first_start_asks_for_the_business_and_the_first_manager(qtbot, tmp_path, home):
    from casebook.app import start
    from casebook.core.casebook import Casebook

    target = tmp_path / "new.sqlite3"

    def fill(dialog):
        assert dialog.role.currentData() == "manager"
        assert not dialog.ok.isEnabled()  # no name, no start
        qtbot.keyClicks(dialog.business, "Parkzicht")
        qtbot.keyClicks(dialog.person, "Els")
        dialog.ok.click()

    asked = when_shown("firstStartDialog", fill)
    window = start(db=str(target), lang="en")
    qtbot.addWidget(window)
    assert asked and window.session.operator == "Els"
    assert window.session.book.setting("business_name") == "Parkzicht"
    window.session.book.close()
    with Casebook.open(target) as book:
        assert [(s.name, s.role) for s in book.staff()] == [("Els", "manager")]


def test_first_start_can_open_the_demo_casebook_instead(qtbot, tmp_path, home, monkeypatch):
    from casebook import app
    from casebook.core import paths

    monkeypatch.setattr(app, "DEMO_CASES", 12)
    when_shown("firstStartDialog",
               lambda d: d.findChild(type(d.ok), "openDemoButton").click())
    when_shown("operatorDialog", lambda d: d.accept())  # the demo has several staff
    window = app.start(db=str(tmp_path / "empty.sqlite3"), lang="en")
    qtbot.addWidget(window)
    assert window.session.book.location == str(paths.demo_db())
    assert window.model.rowCount() == 12


def test_the_operator_is_asked_when_there_is_a_choice_and_remembered(qtbot, book, home):
    from casebook.app import choose_operator

    names = [s.name for s in book.staff()]
    when_shown("operatorDialog", lambda d: (d.names.setCurrentText("Bert"), d.accept()))
    assert choose_operator(names) == "Bert"
    preselected: list[str] = []
    when_shown("operatorDialog", lambda d: (preselected.append(d.operator()), d.reject()))
    assert choose_operator(names) is None
    assert preselected == ["Bert"]
    assert choose_operator(["Els"]) == "Els"  # one person: nothing to ask


def test_a_bug_is_logged_and_shown_once_at_the_next_start(qtbot, window, home):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from casebook import app, crash

    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError:
        app.excepthook(*sys.exc_info())
    logs = crash.unseen_crash_logs()
    assert len(logs) == 1 and "ZeroDivisionError" in logs[0].read_text(encoding="utf-8")
    shown = when_shown(lambda w: isinstance(w, QMessageBox), lambda box: box.accept())
    app.show_crash_logs(window)
    assert shown and crash.unseen_crash_logs() == []


def test_a_known_error_escaping_a_slot_is_a_message_not_a_crash(qtbot, window, home):
    from casebook import app, crash
    from casebook.errors import InvalidInput

    app.excepthook(InvalidInput, InvalidInput("A member of staff needs a name."), None)
    boxes = [w for w in qtbot_top_levels() if w.objectName() == "errorBox"]
    assert boxes and "needs a name" in boxes[0].text()
    assert crash.unseen_crash_logs() == []
    for box in boxes:
        box.close()


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_keyboard_focus_search_and_save(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus() or window.focusWidget() is window.search
    window.editor.fields["ask.place"].setText("Zolder")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert book.case(ref)["ask"]["place"] == "Zolder"
    assert not window.editor.is_dirty()


def test_print_needs_an_open_case_and_signing_a_recorded_reply(qtbot, window, book):
    assert not window.print_button.isEnabled() and not window.sign_button.isEnabled()
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    assert window.print_button.isEnabled() and not window.sign_button.isEnabled()
    assert "once the reply is recorded" in window.sign_button.toolTip()
    part5 = window.editor.findChild(QPushButton, "signButton")
    assert not part5.isEnabled() and "when we replied" in part5.toolTip()
    window.new_case()
    assert not window.print_button.isEnabled()


def test_the_list_follows_changes_made_anywhere_through_the_session(qtbot, window, book):
    assert window.model.rowCount() == 0
    ok, ref = window.session.run(window, lambda b: b.open_case(new_case(), by="Anna"))
    assert ok and window.model.ref_at(0) == ref
    assert window.counts.text() == "1 case"
    assert window.session.book.location not in window.statusBar().currentMessage()


def test_a_replaced_window_goes_quiet(qtbot, window):
    new = window.switch_language("ru")
    qtbot.addWidget(new)
    assert window.successor is new
    assert not window.due_timer.isActive() and not window.draft_timer.isActive()
    assert new.due_timer.isActive()
    from casebook.app import apply_language

    apply_language("en")


def test_settings_keep_edits_of_every_list_and_write_only_what_changed(qtbot, window, book):
    from casebook.db.models import AuditEntry
    from casebook.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    before = AuditEntry.select().count()
    dialog.entries.item(0, 0).setText("Faulty product")  # a category, renamed
    dialog.list_name.setCurrentIndex(dialog.list_name.findData("channel"))
    dialog._add_row()
    dialog.entries.item(dialog.entries.rowCount() - 1, 0).setText("Carrier pigeon")
    dialog.save()
    first = book.list_entries("category")[0]
    assert first.labels["en"] == "Faulty product"
    assert "Carrier pigeon" in [e.labels.get("en") for e in book.list_entries("channel")]
    assert AuditEntry.select().count() - before == 2  # two entries, nothing else


def test_bundled_fonts_are_found_without_the_pdf_layer(monkeypatch):
    import builtins

    from casebook import app

    real_import = builtins.__import__

    def no_pdf_fonts(name, *args, **kwargs):
        if name == "casebook.pdf.fonts":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pdf_fonts)
    files = app.font_files()
    assert any(f.name.startswith("NotoSansGeorgian") for f in files)
    assert any(f.suffix == ".ttc" for f in files)


def test_a_process_with_a_window_never_forks_a_second_one(window, monkeypatch):
    """A large import or demo made beside the desktop app stays in one process: forking
    one that runs a window (Qt's threads, the display) is not safe."""
    from casebook.core.cases import ahead

    monkeypatch.setattr(ahead.sys, "platform", "linux")
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0, 1})
    assert ahead._forbidden  # said by the window when it was made
    assert ahead.worth_it(100_000) is False
