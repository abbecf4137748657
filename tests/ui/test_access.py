"""PINs on screen: at start-up, in the staff list, and a manager's approval of the
manager-only actions in the main window's Manager menu."""

import pytest
from PySide6.QtWidgets import QApplication

from casebook.app import choose_operator, make_window
from casebook.core.trust import access
from casebook.core.trust import privacy
from casebook.db.models import AuditEntry
from tests.conftest import new_case
from tests.ui.test_main_window import when_shown

REPLY = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "Repaired",
         "resolution": {"type": "repair", "text": "Boiler repaired"}, "accepted": True}


def close_error_boxes() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "errorBox" and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


@pytest.fixture
def manager_window(qtbot, book, db_path, clock):
    win = make_window(db_path, "en", clock=clock, operator="Marta")
    qtbot.addWidget(win)
    return win


def test_the_operator_types_her_pin_and_a_wrong_one_is_refused_and_slowed(qtbot, book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    names = [s.name for s in book.staff()]
    seen = []

    def answer(dialog):
        dialog.names.setCurrentText("Marta")
        assert dialog.pin.isVisibleTo(dialog)
        for _ in range(access.FREE_TRIES):
            dialog.pin.setText("1111")
            dialog.accept()
        seen.append((dialog.isVisible(), dialog.message.text()))
        dialog.pin.setText("909090")  # right, but too soon after three wrong ones
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.message.text()))
        book.clock.advance(seconds=access.FIRST_WAIT)
        dialog.pin.setText("909090")
        dialog.accept()

    when_shown("operatorDialog", answer)
    assert choose_operator(names, book) == "Marta"
    assert seen[0] == (True, "Wrong PIN for Marta. Try again in 30 s.")
    assert seen[1][0] and "Too many wrong PINs" in seen[1][1]
    book.bind()  # a timer of another window may have pointed the models elsewhere meanwhile
    wrong = [e for e in AuditEntry.select() if e.action == "wrong pin"]
    assert len(wrong) == access.FREE_TRIES


def test_someone_without_a_pin_is_not_asked_for_one(qtbot, book):
    access.set_pin(book, "Marta", "909090", by="Marta")

    def answer(dialog):
        dialog.names.setCurrentText("Anna")
        assert not dialog.pin.isVisibleTo(dialog)
        dialog.accept()

    when_shown("operatorDialog", answer)
    assert choose_operator([s.name for s in book.staff()], book) == "Anna"


def test_the_only_member_of_staff_is_asked_for_her_pin(qtbot, book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    asked = when_shown("operatorDialog", lambda d: (d.pin.setText("909090"), d.accept()))
    assert choose_operator(["Marta"], book) == "Marta" and asked


def test_setting_ones_own_pin_in_the_staff_list(qtbot, window, book):
    from casebook.ui.access import PinButton
    from casebook.ui.dialogs import StaffDialog

    dialog = StaffDialog(window.session, window)
    qtbot.addWidget(dialog)
    button = dialog.findChild(PinButton, "pinButton_Anna")
    assert button.text() == "Set PIN…"

    def fill(pin_dialog):
        pin_dialog.new.setText("2468")
        pin_dialog.repeat.setText("2468")
        pin_dialog.save()

    when_shown("setPinDialog", fill)
    assert button.open_dialog()
    assert access.has_pin(book, "Anna")
    again = dialog.table.cellWidget(0, 3)  # the list was reloaded: a new button
    assert again.objectName() == "pinButton_Anna"
    assert again.text() == "Change PIN…"

    def clear_without_the_old_one(pin_dialog):
        pin_dialog.save(clear=True)
        pin_dialog.old.setText("2468")
        pin_dialog.save(clear=True)

    when_shown("setPinDialog", clear_without_the_old_one)
    assert again.open_dialog()
    assert close_error_boxes() == ["Wrong PIN for Anna."]
    assert not access.has_pin(book, "Anna")


def test_a_manager_resets_a_colleagues_pin_with_her_own(qtbot, manager_window, book):
    from casebook.ui.access import SetPinDialog

    access.set_pin(book, "Marta", "909090", by="Marta")
    access.set_pin(book, "Anna", "1111", by="Anna")
    dialog = SetPinDialog(manager_window.session, "Anna", manager_window)
    qtbot.addWidget(dialog)
    dialog.new.setText("5555")
    dialog.repeat.setText("5556")
    dialog.save()
    assert close_error_boxes() == ["The two new PINs are not the same."]
    dialog.new.setText("5555")
    dialog.repeat.setText("5555")
    when_shown("approvalDialog", lambda d: (d.pin.setText("909090"), d.accept()))
    dialog.save()
    access.check_pin(book, "Anna", "5555")


def test_promoting_someone_to_manager_asks_for_a_managers_pin(qtbot, window, book):
    from casebook.ui.dialogs import StaffDialog

    access.set_pin(book, "Marta", "909090", by="Marta")
    dialog = StaffDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(1, 0).text() == "Bert"
    bert_role = dialog.table.cellWidget(1, 1)
    when_shown("approvalDialog", lambda d: d.reject())
    bert_role.setCurrentIndex(bert_role.findData("manager"))
    assert book.staff_member("Bert").role == "handler"
    qtbot.waitUntil(lambda: dialog.table.cellWidget(1, 1).currentData() == "handler")
    when_shown("approvalDialog", lambda d: (d.pin.setText("909090"), d.accept()))
    bert_role = dialog.table.cellWidget(1, 1)  # the list was shown afresh: a new box
    bert_role.setCurrentIndex(bert_role.findData("manager"))
    assert book.staff_member("Bert").role == "manager"
    entry = AuditEntry.select().where(AuditEntry.action == "staff").order_by(
        AuditEntry.id.desc()).first()
    assert (entry.actor, entry.changes["approved_by"]) == ("Marta", [None, "Marta"])


def test_a_clerk_cannot_make_herself_a_handler(qtbot, window, book):
    """Window operator Anna (desk, limit 50) picks "handler" (250) on her own row: even the
    manager's PIN does not make it her own act."""
    from casebook.ui.dialogs import StaffDialog

    access.set_pin(book, "Marta", "909090", by="Marta")
    dialog = StaffDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Anna"
    when_shown("approvalDialog", lambda d: (d.pin.setText("909090"), d.accept()))
    anna_role = dialog.table.cellWidget(0, 1)
    anna_role.setCurrentIndex(anna_role.findData("handler"))
    assert close_error_boxes() == ["Nobody changes their own role: another manager does it."]
    assert book.staff_member("Anna").role == "desk"
    qtbot.waitUntil(lambda: dialog.table.cellWidget(0, 1).currentData() == "desk")


def test_the_approved_by_choice_asks_that_managers_pin(qtbot, window, book):
    """A clerk picking a manager in "Approved by" no longer approves: the manager types
    her PIN in a dialog that names her and nobody else."""
    access.set_pin(book, "Marta", "909090", by="Marta")
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    ed = window.editor
    rtype = ed.fields["reply.resolution.type"]
    rtype.setCurrentIndex(rtype.findData("compensation"))
    ed.fields["reply.at"].set_value("2026-03-02T11:00:00+01:00")
    ed.fields["reply.text"].set_value("We pay the repair back")
    ed.fields["reply.resolution.amount"].setText("80")
    ed.fields["reply.resolution.currency"].setText("EUR")
    approver = ed.fields["reply.approved_by"]
    approver.setCurrentIndex(approver.findData("Marta"))
    seen = []

    def cancel(dialog):
        seen.append((dialog.approver.currentText(), dialog.approver.count(),
                     dialog.approver.isEnabled(), dialog.pin.isVisibleTo(dialog)))
        dialog.reject()

    when_shown("approvalDialog", cancel)
    assert not ed.save()
    assert seen == [("Marta", 1, False, True)]
    assert book.case(ref)["reply"]["approved_by"] is None
    when_shown("approvalDialog", lambda d: (d.pin.setText("111111"), d.accept(),
                                            seen.append(close_error_boxes()), d.reject()))
    assert not ed.save()
    assert seen[-1] == ["Wrong PIN for Marta."]
    assert book.case(ref)["reply"]["approved_by"] is None
    when_shown("approvalDialog", lambda d: (d.pin.setText("909090"), d.accept()))
    assert ed.save()
    reply = book.case(ref)["reply"]
    assert (reply["resolution"]["amount"], reply["approved_by"]) == ("80", "Marta")
    entry = AuditEntry.select().where(AuditEntry.action == "approve amount").get()
    assert (entry.actor, entry.case_ref) == ("Marta", ref)


def test_deleting_the_open_case_asks_for_a_reason(qtbot, manager_window, book):
    ref = book.open_case(new_case(), by="Anna")
    manager_window.open_ref(ref)
    manager_window.manager_menu.update_actions()
    assert manager_window.manager_menu.delete.isEnabled()
    assert not manager_window.manager_menu.reopen.isEnabled()

    def confirm(dialog):
        assert not dialog.pin.isVisibleTo(dialog)  # PINs are off
        dialog.reason.setText("Logged twice")
        dialog.accept()

    when_shown("approvalDialog", confirm)
    assert manager_window.manager_menu.delete_case()
    assert manager_window.editor.current_ref() is None
    assert manager_window.model.rowCount() == 0
    assert [e.changes["reason"] for e in AuditEntry.select()
            if e.action == "delete"] == [[None, "Logged twice"]]


def test_a_desk_clerk_calls_the_manager_to_erase_a_customer(qtbot, window, book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    window.manager_menu.update_actions()
    assert window.manager_menu.erase.isEnabled()
    errors = []

    def approve(dialog):
        assert dialog.approver.currentText() == "Marta"
        dialog.pin.setText("1234")
        dialog.accept()
        errors.extend(close_error_boxes())
        dialog.pin.setText("909090")
        dialog.accept()

    when_shown("approvalDialog", approve)
    done = when_shown(lambda w: w.windowTitle() == "Personal data erased", lambda b: b.accept())
    assert window.manager_menu.erase_customer()
    assert errors == ["Wrong PIN for Marta."] and done
    assert window.editor.fields["customer.name"].text() == privacy.MARKER
    assert window.session.book.search("Petrov") == []
    window.manager_menu.update_actions()
    assert not window.manager_menu.erase.isEnabled()


def test_a_desk_clerk_cannot_act_as_a_manager_while_pins_are_off(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    window.open_ref(ref)
    errors = []

    def try_it(dialog):
        dialog.reason.setText("Mistake")
        dialog.accept()
        errors.extend(close_error_boxes())
        dialog.reject()

    when_shown("approvalDialog", try_it)
    assert not window.manager_menu.delete_case()
    assert errors == ["Only a manager can do this; Anna is not a manager."]
    assert book.case(ref)["ref"] == ref


def test_reopening_a_signed_case_from_the_menu(qtbot, manager_window, book):
    ref = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(ref, by="Anna")
    manager_window.open_ref(ref)
    manager_window.manager_menu.update_actions()
    assert manager_window.manager_menu.reopen.isEnabled()
    when_shown("approvalDialog", lambda d: (d.reason.setText("Wrong date"), d.accept()))
    assert manager_window.manager_menu.reopen_case()
    assert book.case(ref)["record"]["signed_at"] is None


def test_authority_limits_from_the_menu(qtbot, manager_window, book):
    from casebook.ui.access import LimitsDialog

    dialog = LimitsDialog(manager_window.session, manager_window)
    qtbot.addWidget(dialog)
    assert dialog.edits["desk"].text() == "50"
    dialog.edits["desk"].setText("75")
    when_shown("approvalDialog", lambda d: d.accept())
    dialog.save()
    assert book.setting("authority_limits")["desk"] == "75"


def test_start_asks_for_the_pin_of_who_is_at_the_desk(qtbot, book, db_path):
    from casebook.app import start

    access.set_pin(book, "Marta", "909090", by="Marta")

    def answer(dialog):
        dialog.names.setCurrentText("Marta")
        dialog.pin.setText("909090")
        dialog.accept()

    asked = when_shown("operatorDialog", answer)
    window = start(db=str(db_path), lang="en")
    qtbot.addWidget(window)
    assert asked and window.session.operator == "Marta"
    assert hasattr(window, "manager_menu")


def test_the_manager_sees_the_same_person_typed_differently_and_includes_them(
        qtbot, manager_window, book, backend, clock):
    from PySide6.QtWidgets import QCheckBox, QWidget

    from casebook.core.trust import backup

    ref = book.open_case(new_case(), by="Anna")  # Ivan Petrov, +7 912 345-67-89
    twin = book.open_case(new_case(customer={"name": "Ivan  Petrov", "phone": ""}),
                          by="Anna")
    phone = book.open_case(new_case(customer={"name": "I. P.", "phone": "8 (912) 3456789"}),
                           by="Anna")
    if backend == "sqlite":
        backup.auto_backup(manager_window.session.book.location, clock.now())
    manager_window.open_ref(ref)
    shown = {}

    def choose(dialog):
        options = dialog.findChild(QWidget, "erasureOptions")
        boxes = options.findChildren(QCheckBox)
        shown["texts"] = [b.text() for b in boxes if not b.isHidden()]
        boxes[1].setChecked(True)  # the name typed with two spaces; not the phone one
        dialog.accept()

    when_shown("approvalDialog", choose)
    done = when_shown(lambda w: w.windowTitle() == "Personal data erased",
                      lambda box: (shown.__setitem__("done", box.text()), box.accept()))
    assert manager_window.manager_menu.erase_customer()
    texts = [f"I. P., 8 (912) 3456789 — cases {phone} (same phone)",  # the strongest first
             f"Ivan  Petrov — cases {twin} (similar name)"]
    if backend == "sqlite":
        texts.append("Erase it from the automatic backups too")
    assert shown["texts"] == texts
    assert done and shown["done"] == (
        "The customer's personal data was erased from 2 cases."
        + ("\n1 automatic backup was rewritten without it." if backend == "sqlite" else ""))
    book.bind()
    assert book.case(twin)["customer"]["name"] == privacy.MARKER
    assert book.case(phone)["customer"]["name"] == "I. P."
