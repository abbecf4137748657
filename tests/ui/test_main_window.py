"""The main window: the list, search, quick filters, the due list, keyboard."""

import datetime as dt

from PySide6.QtCore import Qt

from casebook.core.errors import StorageError
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
    assert cell(win, 0, "next_reply_at") == "2026-03-03 09:00"


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
    assert f"2026-03-03 09:00  {ref}  Agreed reply time" in texts()


def test_ctrl_n_gives_an_empty_editor(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_ref() is None
    assert window.editor.fields["customer.name"].text() == ""


def test_a_damaged_casebook_is_refused_with_a_message(qtbot, tmp_path, clock):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk" * 100)
    with pytest.raises(StorageError, match="not a casebook"):
        make_window(bad, "en", clock=clock)


def test_ctrl_p_writes_the_open_cases_form(qtbot, book, db_path, clock, home):
    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    win.open_ref(ref)
    path = win.print_form()
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    assert ref in text and "Ivan Petrov" in text


def test_the_banner_prompts_when_the_clock_passes_the_agreed_time(qtbot, book, db_path, clock):
    ref = book.open_case(new_case(), by="Anna")
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    assert not win.banner.isVisibleTo(win)
    clock.set(dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.timezone.utc))  # 09:00 in Amsterdam
    win.check_due()
    assert win.banner.isVisibleTo(win)
    assert f"2026-03-03 09:00 · {ref} · Agreed reply time" in win.banner.detail.text()
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
