"""The case editor driven like the desk drives it: type, pick, tick, save, amend."""

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from casebook.core.cases import listing
from casebook.db.models import Amendment, Case
from casebook.ui.editor import CaseEditor, SECTION_NAMES
from tests.conftest import new_case
from tests.ui.conftest import type_text

ACCOUNT = 'Течёт <b>&amp; "кран"</b> — 楼上漏水, ბინა 14\nwith\u00a0a non-breaking space'


def editor(qtbot, session, **kw):
    widget = CaseEditor(session, **kw)
    qtbot.addWidget(widget)
    return widget


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def child(ed, name, kind=QWidget):
    found = ed.findChild(kind, name)
    assert found is not None, name
    return found


def error_text(ed) -> str:
    box = ed.findChild(QMessageBox, "errorBox")
    return box.text() if box else ""


def answer_dialog(fill):
    """Answer the next modal dialog (it runs its own event loop) with `fill(dialog)`."""
    def attempt(tries=[0]):  # noqa: B006 - a counter shared by the retries
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            fill(dialog)
        elif tries[0] < 100:
            tries[0] += 1
            QTimer.singleShot(10, attempt)
    QTimer.singleShot(0, attempt)


def type_lines(qtbot, widget, text: str) -> None:
    """Type several lines, pressing Enter between them as a clerk does."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(qtbot, widget, line)


def history(book, ref):
    return listing.show(book, ref)["history"]


# ------------------------------------------------------------------ hear and save
def test_a_new_case_typed_at_the_desk_is_saved_byte_for_byte(qtbot, session, book):
    ed = editor(qtbot, session)
    for part, name in SECTION_NAMES.items():
        assert child(ed, name) is ed.sections[part]
    type_text(qtbot, ed.fields["customer.name"], "Ольга 王 ნინო <b>&amp;")
    type_text(qtbot, ed.fields["customer.phone"], "+7 912 000-11-22")
    type_text(qtbot, ed.fields["customer.unit"], "Кв. 14")
    type_lines(qtbot, ed.fields["hear.account"], ACCOUNT)
    channel = ed.fields["channel"]
    channel.setCurrentIndex(channel.findData("phone"))
    category = ed.fields["category"]
    category.setCurrentIndex(category.findData("unit_repairs"))
    hear = ed.sections["hear"]
    assert hear.kind == "todo" and hear.state.text() == "Incomplete"
    assert "what the customer wants" in hear.why.text()
    type_text(qtbot, ed.fields["hear.remedy_sought"], "Починить сегодня 今天")
    assert hear.kind == "done" and not hear.why.isVisibleTo(ed)
    type_text(qtbot, ed.fields["ask.summary"], "Leak since Monday — right?")
    qtbot.keyClick(ed.fields["ask.summary_confirmed"], Qt.Key.Key_Space)
    assert ed.sections["ask"].kind == "done"
    assert ed.is_dirty() and ed.unsaved.isVisibleTo(ed)

    with qtbot.waitSignal(ed.saved) as saved:
        click(qtbot, child(ed, "saveButton"))
    ref = saved.args[0]
    assert ref == ed.current_ref() == "2026-00001"
    doc = book.case(ref)
    assert doc["hear"]["account"] == ACCOUNT
    assert doc["customer"]["name"] == "Ольга 王 ნინო <b>&amp;"
    assert doc["hear"]["remedy_sought"] == "Починить сегодня 今天"
    assert (doc["channel"], doc["category"], doc["customer"]["unit"]) == (
        "phone", "unit_repairs", "Кв. 14")
    assert doc["hear"]["received_by"] == "Anna" and doc["follow"]["owner"] == "Anna"
    assert doc["received_at"] == "2026-03-02T10:00:00+01:00"
    assert ed.title.text() == "2026-00001 · Ольга 王 ნინო <b>&amp;"  # plain text, not markup
    assert not ed.is_dirty() and not ed.unsaved.isVisibleTo(ed)


def test_each_part_says_why_it_is_incomplete_and_shows_its_prompts(qtbot, session):
    ed = editor(qtbot, session)
    follow = ed.sections["follow"]
    assert "the agreed next reply time" in follow.why.text()
    assert "Let the customer finish" in ed.sections["hear"].prompts.text()
    report = ed.sections["report"]
    assert report.kind == "na" and not report.isEnabled()
    assert ed.nav.item(0).toolTip().startswith("Hear clearly: Incomplete. Still needed:")


def test_saving_an_edit_sends_only_what_changed(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    assert not ed.is_dirty()
    type_text(qtbot, ed.fields["ask.place"], "Kelder, 地下室")
    assert ed.save()
    last = history(book, ref)[-1]
    assert set(last["changes"]) == {"ask.place"}
    assert book.case(ref)["ask"]["place"] == "Kelder, 地下室"


def test_a_bad_date_is_refused_with_a_message_and_nothing_is_lost(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    type_text(qtbot, ed.fields["ask.event_at"].edit, "yesterday")
    assert not ed.fields["ask.event_at"].is_valid()
    assert not ed.save()
    assert "yesterday" in error_text(ed)
    assert ed.fields["ask.event_at"].text() == "yesterday" and ed.is_dirty()


# ------------------------------------------------------------------ customers
def test_a_known_customer_is_offered_with_their_earlier_cases(qtbot, session, book):
    refs = [book.open_case(new_case(), by="Anna") for _ in range(3)]
    ed = editor(qtbot, session)
    picker = ed.fields["customer.name"]
    type_text(qtbot, picker, "ivan")
    qtbot.waitUntil(lambda: len(picker.matches) == 1)
    assert picker.model.item(0).text() == "Ivan Petrov · +7 912 345-67-89 · Flat 12"
    picker.choose(0)
    assert ed.fields["customer.phone"].text() == "+7 912 345-67-89"
    assert ed.fields["customer.language"].value() == "ru"
    shown = child(ed, "customerHistory")
    assert shown.isVisibleTo(ed) and "Earlier cases (3):" in shown.text()
    assert all(ref in shown.text() for ref in refs)
    with qtbot.waitSignal(ed.open_requested) as opened:
        shown.linkActivated.emit(refs[0])
    assert opened.args == [refs[0]]
    type_text(qtbot, ed.fields["hear.account"], "Опять нет отопления")
    assert ed.save()
    customer = book.case(ed.current_ref())["customer"]
    assert customer["id"] == book.case(refs[0])["customer"]["id"]


def test_the_customer_search_ignores_case_in_every_script(qtbot, session, book):
    book.open_case(new_case(customer={"name": "Нино Беридзе", "phone": "555"}), by="Anna")
    ed = editor(qtbot, session)
    picker = ed.fields["customer.name"]
    type_text(qtbot, picker, "нино")
    assert [m.fields["name"] for m in picker.lookup()] == ["Нино Беридзе"]


# ------------------------------------------------------------------ follow through
@pytest.mark.parametrize("key, expected", [
    ("tomorrow", "2026-03-03T09:00:00+01:00"),
    ("afternoon", "2026-03-02T15:00:00+01:00"),
    ("hour", "2026-03-02T11:00:00+01:00"),
])
def test_quick_reply_times_are_local_wall_time_from_the_injected_clock(
        qtbot, session, key, expected):
    # the clock is Monday 2 March 2026 10:00 in Amsterdam
    ed = editor(qtbot, session)
    click(qtbot, child(ed, f"quick_{key}"))
    assert ed.draft()["follow"]["next_reply_at"] == expected
    assert child(ed, "nextReplyAt").text() == {"tomorrow": "03/03/2026 09:00",
                                               "afternoon": "02/03/2026 15:00",
                                               "hour": "02/03/2026 11:00"}[key]
    assert ed.sections["follow"].kind == "done"


def test_tomorrow_0900_stays_0900_across_the_change_to_summer_time(qtbot, session, clock):
    clock.set(dt.datetime(2026, 3, 28, 20, 0, tzinfo=dt.timezone.utc))  # Saturday 21:00
    ed = editor(qtbot, session)
    assert not child(ed, "quick_afternoon").isEnabled()  # 15:00 has passed
    click(qtbot, child(ed, "quick_tomorrow"))
    assert ed.draft()["follow"]["next_reply_at"] == "2026-03-29T09:00:00+02:00"


def test_moving_an_agreed_reply_time_asks_why(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")  # agreed: tomorrow 09:00
    ed = editor(qtbot, session)
    ed.load(ref)
    click(qtbot, child(ed, "quick_hour"))
    answer_dialog(lambda d: d.reject())
    assert not ed.save()
    assert book.case(ref)["follow"]["next_reply_at"] == "2026-03-03T09:00:00+01:00"

    seen = {}

    def answer(dialog):
        seen["ok_before"] = dialog.ok.isEnabled()
        seen["question"] = " ".join(w.text() for w in dialog.findChildren(
            type(ed.title)))
        dialog.text.setText("Plumber comes earlier")
        dialog.agreed.setChecked(True)
        dialog.accept()
    answer_dialog(answer)
    assert ed.save()
    assert seen["ok_before"] is False
    assert "promised a reply at 03/03/2026 09:00" in seen["question"]
    assert book.case(ref)["follow"]["next_reply_at"] == "2026-03-02T11:00:00+01:00"
    assert history(book, ref)[-1]["changes"]["reason"][1] == (
        "Plumber comes earlier (agreed with the customer)")


def test_notes_are_logged_and_shown_without_losing_edits(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    add = child(ed, "addActionButton")
    assert not add.isEnabled()  # nothing written yet
    type_text(qtbot, ed.fields["ask.place"], "Kelder")  # an unsaved edit
    type_text(qtbot, child(ed, "actionNote"), "Loodgieter gebeld — 水管工")
    qtbot.keyClick(child(ed, "actionInternal"), Qt.Key.Key_Space)
    click(qtbot, add)
    log = child(ed, "actionLog")
    assert log.rowCount() == 1
    assert log.item(0).text() == "02/03/2026 10:00 · Anna · Staff only\nLoodgieter gebeld — 水管工"
    assert log.item(0).font().italic()
    action = book.case(ref)["follow"]["actions"][0]
    assert (action["note"], action["internal"], action["by"]) == (
        "Loodgieter gebeld — 水管工", True, "Anna")
    assert child(ed, "actionNote").text() == ""
    assert ed.fields["ask.place"].text() == "Kelder" and ed.is_dirty()


def test_handover_asks_for_the_new_owner_and_a_note(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    assert child(ed, "ownerLabel").text() == "Anna"

    def answer(dialog):
        assert dialog.objectName() == "handoverDialog"
        assert [dialog.to.itemText(i) for i in range(dialog.to.count())] == ["Bert", "Marta"]
        dialog.to.setCurrentText("Bert")
        dialog.note.setText("Evening shift takes over")
        dialog.accept()
    answer_dialog(answer)
    click(qtbot, child(ed, "handoverButton"))
    assert child(ed, "ownerLabel").text() == "Bert"
    assert book.case(ref)["follow"]["owner"] == "Bert"
    assert "Anna → Bert" in ed.actions.notes()[0]


def test_handover_is_only_for_a_saved_case(qtbot, session):
    ed = editor(qtbot, session)
    assert not child(ed, "handoverButton").isEnabled()
    assert not child(ed, "addActionButton").isEnabled()


# ------------------------------------------------------------------ rules
def test_recusal_is_shown_and_nothing_is_saved(qtbot, session, book):
    ed = editor(qtbot, session)
    type_text(qtbot, ed.fields["customer.name"], "Jan")
    type_text(qtbot, ed.fields["hear.account"], "Anna was rude to me")
    subject = ed.fields["subject_staff"]
    subject.setCurrentIndex(subject.findData("Anna"))
    assert child(ed, "recusalWarning").isVisibleTo(ed)
    assert not ed.save()
    assert "Anna is named in this complaint" in error_text(ed)
    assert Case.select().count() == 0 and book.search("rude") == []
    assert ed.current_ref() is None and ed.fields["hear.account"].value() == "Anna was rude to me"


def test_compensation_above_the_desk_limit_needs_a_manager(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    amount = ed.fields["reply.resolution.amount"]
    approver = ed.fields["reply.approved_by"]
    form = ed.forms["reply"]
    assert not amount.isVisibleTo(ed)
    rtype = ed.fields["reply.resolution.type"]
    rtype.setCurrentIndex(rtype.findData("compensation"))
    assert amount.isVisibleTo(ed) and not approver.isVisibleTo(ed)
    type_text(qtbot, amount, "80")
    assert ed.fields["reply.resolution.currency"].text() == "EUR"
    assert approver.isVisibleTo(ed)  # above the desk's limit of 50
    assert not ed.save()
    assert "a manager must approve it" in error_text(ed)
    approver.setCurrentIndex(approver.findData("Marta"))
    assert ed.save(), error_text(ed)
    resolution = book.case(ref)["reply"]
    assert (resolution["resolution"]["amount"], resolution["approved_by"]) == ("80", "Marta")
    assert form.approver.isVisibleTo(ed)


def test_amending_a_signed_case_asks_why_and_logs_an_amendment(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": {"at": "2026-03-02T11:00", "channel": "phone",
                                     "text": "Fixed", "resolution": {"type": "repair"},
                                     "accepted": True}}, by="Anna")
    book.sign(ref, by="Anna", satisfaction=4)
    ed = editor(qtbot, session)
    ed.load(ref)
    assert child(ed, "signedLabel").text() == "Signed on 02/03/2026 10:00"
    sign = child(ed, "signButton")
    assert not sign.isEnabled() and sign.toolTip()
    questions = []
    ed.ask_reason = lambda question, **kw: questions.append(question)  # the clerk cancels
    ed.fields["reply.text"].set_value("Fixed on Tuesday")
    assert not ed.save()
    assert "has signed this case" in questions[0]
    assert book.case(ref)["reply"]["text"] == "Fixed"
    ed.ask_reason = lambda question, **kw: "Customer corrected the day"
    assert ed.save(), error_text(ed)
    amendment = Amendment.get()
    assert (amendment.field, amendment.after, amendment.reason) == (
        "reply.text", "Fixed on Tuesday", "Customer corrected the day")
    shown = child(ed, "amendments")
    assert shown.isVisibleTo(ed)
    assert "What we said: “Fixed” → “Fixed on Tuesday” — Customer corrected the day" in (
        shown.text())


def test_satisfaction_after_signing_needs_no_reason(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": {"at": "2026-03-02T11:00", "channel": "phone",
                                     "text": "Fixed", "resolution": {"type": "repair"},
                                     "accepted": True}}, by="Anna")
    book.sign(ref, by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    ed.ask_reason = lambda question, **kw: pytest.fail("no reason is needed")
    score = ed.fields["record.satisfaction"]
    score.setCurrentIndex(score.findData(5))
    assert ed.save()
    assert book.case(ref)["record"]["satisfaction"] == 5


# ------------------------------------------------------------------ major cases
def test_a_major_case_is_red_until_reported(qtbot, session, book):
    ed = editor(qtbot, session)
    assert not ed.banner.isVisibleTo(ed) and not ed.sections["report"].isEnabled()
    type_text(qtbot, ed.fields["customer.name"], "Bewonersvereniging")
    type_text(qtbot, ed.fields["hear.account"], "Kelder staat onder water")
    ed.fields["major_triggers"].tick("flooding")
    severity = ed.fields["severity"]
    assert severity.isChecked() and not severity.isEnabled()
    assert ed.banner.isVisibleTo(ed)
    assert ed.major_banner.text() == "Major complaint — report to the manager now"
    report = ed.sections["report"]
    assert report.isEnabled() and report.is_expanded() and report.kind == "major"
    assert ed.nav.item(5).toolTip().startswith("Report: Report now")
    assert ed.save()
    ref = ed.current_ref()
    assert book.case(ref)["severity"] == "major" and ed.banner.isVisibleTo(ed)
    ed.fields["report.to"].setEditText("Marta")
    type_text(qtbot, ed.fields["report.at"].edit, "2026-03-02 10:20")
    ed.fields["report.means"].setEditText("Phone")
    assert not ed.banner.isVisibleTo(ed)
    assert ed.save()
    report_doc = book.case(ref)["report"]
    assert (report_doc["to"], report_doc["at"], report_doc["means"]) == (
        "Marta", "2026-03-02T10:20:00+01:00", "Phone")


def test_unticking_the_last_trigger_makes_the_case_general_again(qtbot, session, book):
    ref = book.open_case(new_case(major_triggers=["flooding"]), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    assert ed.fields["severity"].isChecked()
    ed.fields["major_triggers"].tick("flooding", False)
    assert not ed.fields["severity"].isChecked() and not ed.banner.isVisibleTo(ed)
    assert ed.save()
    assert book.case(ref)["severity"] == "general"


# ------------------------------------------------------------------ drafts, keys
def test_a_draft_survives_a_new_editor(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    type_text(qtbot, ed.fields["hear.remedy_sought"], "Сегодня же, 今天")
    ed.fields["ask.qa"].add_row("Кто?", "სანტექნიკოსი")
    draft = json.loads(json.dumps(ed.draft(), ensure_ascii=False))  # autosave writes JSON
    again = editor(qtbot, session)
    again.load(ref)
    again.restore_draft(draft)
    assert again.is_dirty() and again.draft() == draft
    assert again.save()
    assert book.case(ref)["ask"]["qa"][-1] == {"q": "Кто?", "a": "სანტექნიკოსი"}


def test_escape_discards_nothing(qtbot, session):
    ed = editor(qtbot, session)
    account = ed.fields["hear.account"]
    type_text(qtbot, account, "The lift is stuck")
    qtbot.keyClick(account, Qt.Key.Key_Escape)
    qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert account.value() == "The lift is stuck" and ed.is_dirty()


def test_inputs_are_named_labelled_and_in_form_order(qtbot, session):
    ed = editor(qtbot, session)
    for path, widget in ed.fields.items():
        assert widget.accessibleName(), path
    assert ed.forms["hear"].row_labels[0].buddy() is ed.fields["customer.name"]
    chain, widget = [], ed.fields["customer.name"]
    while len(chain) < 9:
        widget = widget.nextInFocusChain()
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(ed)
                and widget.isEnabled() and widget.focusProxy() is None):
            chain.append(widget)
    paths = {id(w): p for p, w in ed.fields.items()}
    names = [paths.get(id(w)) or paths.get(id(w.parent())) or w.objectName() for w in chain]
    assert names == ["customer.phone", "customer.email", "customer.address", "customer.unit",
                     "customer.account", "customer.language", "hear.account",
                     "hear.remedy_sought", "hear.remedy_type"]


def test_the_editor_speaks_the_interface_language(qtbot, session):
    ed = editor(qtbot, session, lang="ka")
    assert ed.sections["hear"].toggle.text() == "1  მოსმენა"
    assert "მიეცით მომხმარებელს" in ed.sections["hear"].prompts.text()
    channel = ed.fields["channel"]
    assert channel.itemText(channel.findData("phone")) == "ტელეფონი"


def test_an_answer_still_being_typed_is_saved(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.show()
    qtbot.waitExposed(ed)
    ed.load(ref)
    click(qtbot, child(ed, "addQuestionButton"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and ed.fields["ask.qa"].viewport().isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), "Which floor?")
    assert ed.save()  # Ctrl+S without leaving the cell
    assert book.case(ref)["ask"]["qa"][-1] == {"q": "Which floor?", "a": ""}


def test_a_part_opens_from_the_list_of_parts(qtbot, session):
    ed = editor(qtbot, session)
    reply = ed.sections["reply"]
    assert not reply.is_expanded()  # a new case has nothing to reply yet
    ed.nav.chosen.emit("reply")
    assert reply.is_expanded()


def test_a_change_made_elsewhere_shows_in_the_open_case(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    ed = editor(qtbot, session)
    ed.load(ref)
    type_text(qtbot, ed.fields["ask.item"], "Radiator")  # unsaved, must survive
    ok, _ = session.run(None, lambda b: b.add_action(ref, "Called back", by="Bert"), ref=ref)
    assert ok
    assert ed.actions.rowCount() == 1 and " · Bert · " in ed.actions.item(0).text()
    assert ed.fields["ask.item"].text() == "Radiator" and ed.is_dirty()


def test_the_audit_trail_is_shown_with_the_case(qtbot, session, book, clock):
    ref = book.open_case(new_case(), by="Anna")
    clock.advance(minutes=3)
    book.handover(ref, "Bert", by="Anna", note="shift change")
    ed = CaseEditor(session)
    qtbot.addWidget(ed)
    ed.load(ref)
    lines = [ed.history_list.item(i).text() for i in range(ed.history_list.count())]
    assert lines[0] == ("02/03/2026 10:03   Handed over from Anna to Bert by Anna\n"
                        "Note: shift change")
    assert lines[-1] == "02/03/2026 10:00   Case opened by Anna"


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


def test_a_draft_of_another_casebook_is_never_offered(qtbot, book, db_path, clock, tmp_path,
                                                      monkeypatch):
    """The demo casebook never sees the real casebook's draft (it once overwrote a signed
    case there), and the other way round."""
    from PySide6.QtWidgets import QMessageBox

    from casebook.app import make_window, offer_draft
    from casebook.core import drafts
    from casebook.core.casebook import Casebook

    ref = book.open_case(new_case(), by="Anna")
    real = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(real)
    real.open_ref(ref)
    real.editor.fields["ask.place"].setText("Boiler room")
    real.save_draft()
    real.editor.loaded = real.editor.draft()
    demo_path = tmp_path / "demo.sqlite3"
    with Casebook.open(demo_path, clock=clock) as demo_book:
        demo_book.add_staff("Anna", "desk")
        demo_ref = demo_book.open_case(new_case(), by="Anna")
    assert demo_ref == ref  # the same reference in both: the draft would fit
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes))
    demo = make_window(demo_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(demo)
    assert not offer_draft(demo) and asked == []
    assert demo.editor.current_ref() is None
    assert drafts.load(real.session.book.location)["draft"]["ask"]["place"] == "Boiler room"
    demo.close()


def test_a_draft_of_a_deleted_case_does_not_hold_up_the_start(qtbot, book, db_path, clock,
                                                             monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from casebook.app import make_window, offer_draft
    from casebook.core import drafts
    from casebook.core.trust import access, privacy

    ref = book.open_case(new_case(), by="Anna")
    first = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(first)
    first.open_ref(ref)
    first.editor.fields["ask.place"].setText("Boiler room, second floor")
    first.save_draft()  # then the process dies; meanwhile a manager deletes the case
    first.editor.loaded = first.editor.draft()
    privacy.delete_case(book, ref, reason="Logged twice",
                        approval=access.approve(book, access.DELETE, by="Marta"))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes))
    second = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(second)
    assert not offer_draft(second) and asked == []  # no question, no error box
    kept = drafts.draft_path(second.session.book.location).with_name(
        drafts.draft_path(second.session.book.location).stem + f"-{ref}.kept.json")
    assert second.statusBar().currentMessage() == (
        f"Case {ref} no longer exists; its unsaved edits were kept in {kept}.")
    assert json.loads(kept.read_text(encoding="utf-8"))["draft"]["ask"]["place"] == (
        "Boiler room, second floor")  # nothing typed is lost
    assert drafts.load(second.session.book.location) is None  # not offered again


def test_a_merged_cases_trail_and_both_histories_show_as_the_case_list_tells_them(
        qtbot, session, book, clock):
    """Opening a case reads it once: the audit trail shown comes from the case just read
    (its reference and the one merged into it), the same entries `casebook show` lists."""
    from casebook.core.trust import access

    first = book.open_case(new_case(), by="Anna")
    clock.advance(minutes=5)
    second = book.open_case(new_case(), by="Bert")
    clock.advance(minutes=5)
    book.incidents.merge(first, second, reason="Same complaint",
                         approval=access.approve(book, access.MERGE, by="Marta"))
    ed = CaseEditor(session)
    qtbot.addWidget(ed)
    ed.load(first)
    lines = [ed.history_list.item(i).text() for i in range(ed.history_list.count())]
    shown = listing.show(book, first)["history"]
    assert len(lines) == len(shown) >= 3
    assert {h["by"] for h in shown} >= {"Anna", "Bert"}  # both cases' openings
    assert lines[-1] == "02/03/2026 10:00   Case opened by Anna"
    assert any(line.startswith("02/03/2026 10:05   ") for line in lines)  # the second's
