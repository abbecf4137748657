"""The counter as a clerk works it: typing the agreed reply time, Tab through the whole
case, the customer signing what they read, a shift change, a desk left alone, the
action log, and a window that comes back as it was left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from casebook.app import make_window
from casebook.core.trust import access
from casebook.db.models import Case
from casebook.i18n.defaults import LANGUAGES
from casebook.ui.editor import CaseEditor
from tests.conftest import new_case
from tests.ui.conftest import type_text

REPLY = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "The boiler works",
         "resolution": {"type": "repair", "text": "Boiler repaired on Monday"},
         "accepted": True}
# The agreed reply time, Saturday 5 December 2026 10:00, as a clerk types it in each language
TYPED = {"en": "05/12/2026 10:00", "ru": "5.12.2026 10:00", "zh_CN": "2026/12/5 10:00",
         "nl": "5-12-2026 10:00", "ka": "05.12.2026 10:00"}


def shown_editor(qtbot, session, lang="en") -> CaseEditor:
    editor = CaseEditor(session, lang=lang)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    return editor


def fill_walk_in(qtbot, editor) -> None:
    type_text(qtbot, editor.fields["customer.name"], "Jan de Vries")
    type_text(qtbot, editor.fields["hear.account"], "The heating is off")
    type_text(qtbot, editor.fields["hear.remedy_sought"], "Repair it today")


def error_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def top(name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if w.objectName() == name and w.isVisible()), None)


# ------------------------------------------------------------------ the agreed reply time
@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_agreed_reply_time_is_typed_as_the_language_writes_it(qtbot, session, book, lang):
    editor = shown_editor(qtbot, session, lang)
    fill_walk_in(qtbot, editor)
    field = editor.fields["follow.next_reply_at"]
    assert field.text() == ""  # not agreed yet: nothing pretends to be a time
    field.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClicks(field.edit, TYPED[lang])
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert not field.edit.hasFocus()  # Tab leaves the field
    assert field.text() == {"en": "05/12/2026 10:00", "ru": "05.12.2026 10:00",
                            "zh_CN": "2026/12/5 10:00", "nl": "05-12-2026 10:00",
                            "ka": "05.12.2026 10:00"}[lang]
    assert editor.save(), error_boxes()
    assert book.case(editor.current_ref())["follow"]["next_reply_at"] == \
        "2026-12-05T10:00:00+01:00"


def test_tab_leaves_an_empty_agreed_reply_time(qtbot, session):
    editor = shown_editor(qtbot, session)
    field = editor.fields["follow.next_reply_at"]
    editor.go_to("follow")
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert not field.edit.hasFocus() and field.value() is None


def test_a_time_that_is_not_one_names_the_field_and_the_way_to_type_it(qtbot, session):
    editor = shown_editor(qtbot, session, "ru")
    fill_walk_in(qtbot, editor)
    field = editor.fields["follow.next_reply_at"]
    qtbot.keyClicks(field.edit, "31.02.2026 10:00")
    assert not editor.save()
    assert error_boxes() == ["Agreed next reply: “31.02.2026 10:00” is not a date and "
                             "time. Type it like this: 31.12.2026 14:30"]
    assert Case.select().count() == 0
    assert field.text() == "31.02.2026 10:00"  # nothing lost
    assert editor.focusWidget() is field.edit  # and the clerk is back in the field


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_calendar_picks_the_day_and_keeps_the_hour(qtbot, session):
    editor = shown_editor(qtbot, session)
    field = editor.fields["follow.next_reply_at"]
    qtbot.keyClicks(field.edit, "03/03/2026 16:30")
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    popup = field.popup
    assert popup.isVisible()
    day = popup.calendar.selectedDate().addDays(2)
    popup.calendar.clicked.emit(day)
    assert not popup.isVisible()
    assert field.value() == "2026-03-05T16:30:00+01:00"


# ------------------------------------------------------------------ Tab through the case
def test_tab_goes_through_the_whole_editor_from_top_to_bottom(qtbot, session, book):
    ref = book.open_case(new_case(severity="major"), by="Anna")
    editor = shown_editor(qtbot, session)
    editor.resize(1000, 4000)  # every part on screen at once, so positions compare
    editor.load(ref)
    for section in editor.sections.values():
        section.set_expanded(True)
    body = editor.scroll.widget()
    paths = {id(w): p for p, w in editor.fields.items()}
    start = editor.fields["customer.name"]
    editor.activateWindow()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen, places = [], []
    for _ in range(200):
        widget = QApplication.focusWidget()
        assert widget is not None, seen
        owner = widget
        while owner is not None and id(owner) not in paths and owner is not editor:
            owner = owner.parentWidget()
        name = paths.get(id(owner)) if owner is not None else None
        if name and (not seen or seen[-1] != name):
            seen.append(name)
            where = widget.mapTo(body, QPoint(0, 0))
            places.append((where.y(), where.x()))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    else:
        pytest.fail(f"Tab never came back to the first field; it went {seen}")
    visible = [p for p, w in editor.fields.items() if w.isVisibleTo(editor) and w.isEnabled()
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert set(visible) - set(seen) == set(), seen  # every input is reached
    rows = [y for y, _x in places]
    assert rows == sorted(rows), list(zip(seen, places))  # top to bottom, never back up
    assert seen[:8] == ["customer.name", "customer.phone", "customer.email",
                        "customer.address", "customer.unit", "customer.account",
                        "customer.language", "hear.account"]
    assert seen.index("follow.next_reply_at") < seen.index("reply.at") < seen.index(
        "report.to")


# ------------------------------------------------------------------ signing
def test_only_a_signable_case_is_signed_with_the_form_beside_the_pad(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    part5 = window.editor.findChild(QPushButton, "signButton")
    assert not part5.isEnabled() and not window.sign_button.isEnabled()
    assert "Still needed: when we replied" in part5.toolTip()
    assert window.sign_form() is None
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    window.editor.load(ref)
    assert part5.isEnabled() and window.sign_button.isEnabled()
    qtbot.mouseClick(part5, Qt.MouseButton.LeftButton)
    dialog = top("signDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    form = dialog.form
    assert form.isVisible() and form.labels and not form.labels[0].pixmap().isNull()
    assert ref in form.text and "Boiler repaired on Monday" in form.text  # what they sign
    assert dialog.sign_button.text() == "Sign"
    qtbot.mousePress(dialog.customer, Qt.MouseButton.LeftButton, pos=QPoint(20, 80))
    qtbot.mouseMove(dialog.customer, QPoint(120, 40))
    qtbot.mouseRelease(dialog.customer, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))
    qtbot.mouseClick(dialog.satisfaction.group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    record = book.case(ref)["record"]
    assert record["signed_at"] and record["satisfaction"] == 4
    assert window.editor.findChild(QWidget, "signedLabel").text() == "Signed on 02/03/2026 10:00"
    assert not part5.isVisibleTo(window)
    assert "Case " + ref + " signed." in window.statusBar().currentMessage()


# ------------------------------------------------------------------ the desk
def test_the_person_at_the_desk_changes_with_their_pin(qtbot, window, book):
    access.set_pin(book, "Bert", "2468", by="Bert")
    button = window.findChild(QPushButton, "deskPersonButton")
    assert button.isVisible() and button.text() == "At the desk: Anna"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = top("changePersonDialog")
    dialog.names.setCurrentText("Bert")
    assert dialog.pin.isVisible()
    dialog.pin.setText("1111")
    dialog.accept()
    assert dialog.isVisible() and "Wrong PIN" in dialog.message.text()
    dialog.pin.setText("2468")
    dialog.accept()
    assert window.session.operator == "Bert"
    assert button.text() == "At the desk: Bert"
    assert window.due_title.text().startswith("Due now for Bert")
    assert window.editor.fields["hear.received_by"].value() == "Bert"  # a fresh case is his
    fill_walk_in(qtbot, window.editor)
    window.editor.fields["follow.next_reply_at"].set_value("2026-03-03T09:00:00+01:00")
    assert window.editor.save()
    case = book.case(window.editor.current_ref())
    assert case["hear"]["received_by"] == "Bert" and case["follow"]["owner"] == "Bert"


def test_a_desk_left_alone_locks_when_pins_are_on(qtbot, window, book, clock):
    window.due_timer.timeout.emit()
    clock.advance(minutes=30)
    window.due_timer.timeout.emit()
    assert not window.desk.locked  # PINs off: nothing to lock with
    access.set_pin(book, "Marta", "135790", by="Marta")
    window.desk.last_activity = book.now()
    clock.advance(minutes=9)
    window.due_timer.timeout.emit()
    assert not window.desk.locked
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # someone is working
    clock.advance(minutes=9)
    window.due_timer.timeout.emit()
    assert not window.desk.locked
    clock.advance(minutes=2)
    window.due_timer.timeout.emit()  # eleven minutes since the last key press
    assert window.desk.locked and not window.centralWidget().isVisible()
    dialog = top("lockDialog")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and window.desk.locked  # no way round it
    dialog.names.setCurrentText("Marta")
    dialog.pin.setText("135790")
    dialog.accept()
    assert not window.desk.locked and window.centralWidget().isVisible()
    assert window.session.operator == "Marta"


# ------------------------------------------------------------------ the action log
def test_a_whole_note_reads_in_the_action_log(qtbot, session, book):
    note = ("Loodgieter gebeld: hij komt donderdag tussen 10 en 12 uur, de klant is thuis en "
            "laat hem binnen via de achterdeur van het souterrain.")
    ref = book.open_case(new_case(), by="Anna")
    book.add_action(ref, note, by="Anna")
    editor = shown_editor(qtbot, session, "nl")
    editor.resize(760, 700)  # a laptop's editor
    editor.load(ref)
    editor.go_to("follow")
    log = editor.actions
    qtbot.waitUntil(lambda: log.isVisible())
    assert log.notes() == [note]
    assert not log.horizontalScrollBar().isVisible()
    lines = QFontMetrics(log.font()).lineSpacing()
    row = log.visualItemRect(log.item(0))
    assert row.height() >= 3 * lines  # who and when, then the note over two lines or more
    assert log.height() >= row.height()
    assert editor.forms["follow"].note.width() > 200  # room to write the next one


# ------------------------------------------------------------------ the list
def test_after_ctrl_n_a_click_on_the_case_opens_it_again(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    window.model.refresh()
    window.table.selectRow(0)
    assert window.editor.current_ref() == ref
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_ref() is None
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.table.visualRect(window.model.index(0, 2)).center())
    assert window.editor.current_ref() == ref


def test_the_first_save_selects_the_new_case_and_says_so(qtbot, window, book):
    fill_walk_in(qtbot, window.editor)
    window.editor.fields["follow.next_reply_at"].set_value("2026-03-03T09:00:00+01:00")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ref = window.editor.current_ref()
    assert ref is not None
    assert window.statusBar().currentMessage() == f"Case {ref} saved."
    selected = window.table.selectionModel().selectedRows()
    assert [window.model.ref_at(i.row()) for i in selected] == [ref]


def test_a_fresh_casebook_does_not_call_old_items_new(qtbot, book, db_path, clock):
    book.open_case(new_case(follow={"next_reply_at": "2025-03-03T09:00:00+01:00"}), by="Anna")
    first = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(first)
    assert not first.banner.isVisibleTo(first)  # a year-old item did not fall due "while closed"
    assert first.due.count() >= 1  # it is in the due list all the same
    first.close()
    today = book.open_case(new_case(follow={"next_reply_at": "2026-03-02T15:00:00+01:00"}),
                           by="Anna")
    clock.advance(hours=8)
    again = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again)
    assert again.banner.title.text() == "1 follow-up fell due while Casebook was closed."
    assert today in again.banner.detail.text()


# ------------------------------------------------------------------ remembered
def test_the_window_comes_back_as_it_was_left(qtbot, book, db_path, clock):
    book.open_case(new_case(), by="Anna")
    first = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(760, 540)  # the test screen is 800×600
    first.splitter.setSizes([300, 460])
    first.table.horizontalHeader().resizeSection(2, 233)
    sizes = first.splitter.sizes()
    first.close()
    again = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    assert again.table.horizontalHeader().sectionSize(2) == 233


def test_the_customer_language_is_asked_and_the_address_kept(qtbot, session, book):
    editor = shown_editor(qtbot, session, "ka")
    assert editor.fields["customer.language"].value() == "ka"  # the desk's, until asked
    fill_walk_in(qtbot, editor)
    editor.fields["customer.language"].set_value("ru")
    type_text(qtbot, editor.fields["customer.address"], "Rustaveli Ave 16, Tbilisi")
    editor.fields["follow.next_reply_at"].set_value("2026-03-03T09:00:00+01:00")
    assert editor.save(), error_boxes()
    customer = book.case(editor.current_ref())["customer"]
    assert (customer["language"], customer["address"]) == ("ru", "Rustaveli Ave 16, Tbilisi")


def test_widgets_speak_the_language_without_lrelease_on_path(qtbot, tmp_path, monkeypatch):
    import shutil

    from PySide6.QtCore import QCoreApplication, QTranslator

    from casebook import app, assets

    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(assets._root(assets.TRANSLATIONS) / "casebook_ru.ts", folder)
    real = assets._root
    monkeypatch.setattr(assets, "_root",  # no compiled catalogue anywhere
                        lambda package: folder if package == assets.TRANSLATIONS else real(package))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # started from a desktop shortcut
    qm = app.qm_file("ru")
    translator = QTranslator()
    assert qm is not None and translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Overdue") == "Просрочено"
    finally:
        QCoreApplication.removeTranslator(translator)
