"""The case editor driven like the desk drives it: type, tick, save, amend."""


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from casebook.db.models import Amendment
from casebook.ui.editor import CaseEditor
from tests.conftest import new_case
from tests.ui.conftest import type_text


def editor(qtbot, session):
    widget = CaseEditor(session)
    qtbot.addWidget(widget)
    return widget


def test_a_new_case_through_the_keyboard_keeps_every_character(qtbot, session, book):
    ed = editor(qtbot, session)
    account = 'Течёт <b>&amp; "кран"</b> — 楼上漏水, ბინა 14'
    type_text(qtbot, ed.fields["customer.name"], "Ольга 王 ნინო")
    type_text(qtbot, ed.fields["customer.phone"], "+7 912 000-11-22")
    type_text(qtbot, ed.fields["hear.account"], account)
    assert "what the customer wants" in ed.marks["hear"].text()
    type_text(qtbot, ed.fields["hear.remedy_sought"], "Починить сегодня")
    assert ed.marks["hear"].text().startswith("✔")
    type_text(qtbot, ed.fields["ask.summary"], "Leak since Monday?")
    qtbot.keyClick(ed.fields["ask.summary_confirmed"], Qt.Key.Key_Space)
    assert ed.marks["ask"].text().startswith("✔")
    qtbot.mouseClick(ed.save_button, Qt.MouseButton.LeftButton)
    ref = ed.current_ref()
    assert ref == "2026-00001"
    doc = book.case(ref)
    assert doc["hear"]["account"] == account
    assert doc["customer"]["name"] == "Ольга 王 ნინო"
    assert doc["hear"]["received_by"] == "Anna" and doc["follow"]["owner"] == "Anna"


def test_tomorrow_0900_is_local_wall_time_from_the_injected_clock(qtbot, session):
    ed = editor(qtbot, session)
    qtbot.mouseClick(ed.quick["tomorrow"], Qt.MouseButton.LeftButton)
    # the clock is Monday 2 March 2026 10:00 in Amsterdam
    assert ed.draft()["follow"]["next_reply_at"] == "2026-03-03T09:00:00+01:00"


def test_actions_handover_and_the_log(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    type_text(qtbot, ed.note, "Loodgieter gebeld")
    qtbot.mouseClick(ed.findChild(type(ed.save_button), "addActionButton"),
                     Qt.MouseButton.LeftButton)
    assert ed.actions.item(0, 2).text() == "Loodgieter gebeld"
    assert ed.handover("Bert", "evening shift")
    assert ed.owner_label.text() == "Bert"
    assert book.case(ref)["follow"]["owner"] == "Bert"


def test_recusal_is_shown_and_nothing_is_saved(qtbot, session, book):
    ed = editor(qtbot, session)
    type_text(qtbot, ed.fields["customer.name"], "Jan")
    type_text(qtbot, ed.fields["hear.account"], "Anna was rude to me")
    combo = ed.fields["subject_staff"]
    combo.setCurrentIndex(combo.findData("Anna"))
    assert not ed.save()
    box = qtbot.waitUntil(lambda: ed.findChild(QMessageBox, "errorBox") is not None) or \
        ed.findChild(QMessageBox, "errorBox")
    assert "Anna is named in this complaint" in box.text()
    assert book.search("rude") == []


def test_amending_a_signed_case_asks_why_and_logs_an_amendment(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": {"at": "2026-03-02T11:00", "channel": "phone",
                                     "text": "Fixed", "resolution": {"type": "repair"},
                                     "accepted": True}}, by="Anna")
    book.sign(ref, by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    ed.reason_provider = lambda question: None  # the clerk cancels the question
    ed.fields["reply.text"].setPlainText("Fixed on Tuesday")
    assert not ed.save()
    assert book.case(ref)["reply"]["text"] == "Fixed"
    ed.reason_provider = lambda question: "Customer corrected the day"
    ok = ed.save()
    box = ed.findChild(QMessageBox, "errorBox")
    assert ok, box.text() if box else "no message"
    amendment = Amendment.get()
    assert (amendment.field, amendment.after, amendment.reason) == (
        "reply.text", "Fixed on Tuesday", "Customer corrected the day")


def test_major_cases_show_red_until_reported(qtbot, session, book):
    ref = book.open_case(new_case(major_triggers=["flooding"]), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    assert ed.major_banner.isVisibleTo(ed)
    type_text(qtbot, ed.fields["report.to"], "Marta")
    type_text(qtbot, ed.fields["report.at"], "2026-03-02 10:20")
    type_text(qtbot, ed.fields["report.means"], "phone")
    assert not ed.major_banner.isVisibleTo(ed)
    assert ed.save()
    assert book.case(ref)["report"]["at"] == "2026-03-02T10:20:00+01:00"


def test_the_audit_trail_is_shown_with_the_case(qtbot, session, book, clock):
    ref = book.open_case(new_case(), by="Anna")
    clock.advance(minutes=3)
    book.handover(ref, "Bert", by="Anna", note="shift change")
    ed = editor(qtbot, session)
    ed.load(ref)
    lines = [ed.history_list.item(i).text() for i in range(ed.history_list.count())]
    assert lines[0].startswith("2026-03-02 10:03  Anna  update  follow.owner")
    assert lines[-1].startswith("2026-03-02 10:00  Anna  create")


def test_an_autosaved_draft_is_restored_after_a_crash(qtbot, book, db_path, clock, home,
                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from casebook.app import make_window, offer_draft

    ref = book.open_case(new_case(), by="Anna")
    first = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(first)
    first.open_ref(ref)
    first.editor.fields["ask.place"].setText("Boiler room")
    first.save_draft()  # what the 30-second timer does; then the process dies
    second = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(second)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert offer_draft(second)
    assert second.editor.current_ref() == ref
    assert second.editor.fields["ask.place"].text() == "Boiler room"
    for window in (first, second):
        window.editor.loaded = window.editor.draft()
