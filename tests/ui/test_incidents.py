"""Incidents on screen: the editor's suggestion, the incident view, reply to all, merge."""

import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pypdf import PdfReader

from casebook.core.cases import listing
from casebook.db.models import MergedCase
from tests.conftest import START, new_case
from tests.core.incidents.conftest import HOUSEHOLDS, household_case
from tests.ui.conftest import type_text
from tests.ui.test_editor import answer_dialog, click


def child(widget, name, kind=QWidget):
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


@pytest.fixture
def lift(book):
    return book.incidents.open(title="Lift outage", place="Building 3", units="1-40",
                               category="shared_facilities", by="Bert")


def text_of(box) -> str:
    return box.text() if box else ""


# ------------------------------------------------------------------ the editor
def test_linking_from_the_editors_suggestion_makes_the_collective_complaint(
        qtbot, window, book, lift):
    for n in range(2):
        book.incidents.link(book.open_case(household_case(n), by="Anna"), lift, by="Anna")
    window.session.changed.emit("")
    ed = window.editor
    window.new_case()
    bar = child(ed, "incidentBar")
    assert not bar.isVisibleTo(ed)
    name, phone, _flat, _lang = HOUSEHOLDS[2]
    type_text(qtbot, ed.fields["customer.name"], name)
    type_text(qtbot, ed.fields["customer.phone"], phone)
    type_text(qtbot, ed.fields["customer.unit"], "Flat 21")
    category = ed.fields["category"]
    category.setCurrentIndex(category.findData("shared_facilities"))
    type_text(qtbot, ed.fields["hear.account"], "Stuck between floors with my child.")
    type_text(qtbot, ed.fields["hear.remedy_sought"], "Get us out")
    type_text(qtbot, ed.fields["ask.place"], "Building 3, entrance 2")
    qtbot.waitUntil(lambda: bar.isVisibleTo(ed) and "Probably" in bar.message.text())
    assert bar.message.text() == f"Probably “Lift outage” in Building 3 ({lift}) — link?"
    click(qtbot, child(bar, "linkIncidentButton", QPushButton))
    assert bar.message.text() == f"Will be linked to incident {lift} when saved."

    with qtbot.waitSignal(ed.saved) as saved:
        click(qtbot, child(ed, "saveButton", QPushButton))
    ref = saved.args[0]
    case = book.case(ref)
    assert case["incident"]["ref"] == lift and "collective" in case["major_triggers"]
    assert bar.message.text() == f"Part of incident {lift}: Lift outage — Building 3"
    # the desk is prompted to report, with the time it is due
    prompt = child(ed, "reportPrompt", QMessageBox)
    assert prompt.isVisible()
    assert "Report it to the manager by 02/03/2026 11:00." in prompt.text()
    click(qtbot, child(prompt, "reportNowButton", QPushButton))
    dialog = prompt.report_dialog
    assert dialog.isVisible() and dialog.to.text() == "Marta"
    click(qtbot, child(dialog, "recordReportButton", QPushButton))
    assert all(c.reported for c in book.incidents.cases(lift))
    # "Open incident" shows it in the incident view
    click(qtbot, child(bar, "openIncidentButton", QPushButton))
    assert window.incidents.isVisible() and window.incidents.ref == lift


def test_a_saved_case_links_at_once_and_a_dismissed_match_stays_away(qtbot, window, book,
                                                                     lift):
    ref = book.open_case(household_case(0), by="Anna")
    window.open_ref(ref)
    bar = child(window.editor, "incidentBar")
    assert bar.isVisibleTo(window.editor) and lift in bar.message.text()
    click(qtbot, child(bar, "dismissIncidentButton", QPushButton))
    assert not bar.isVisibleTo(window.editor)
    window.editor.load(ref)
    assert not bar.isVisibleTo(window.editor)  # the same case: still dismissed
    other = book.open_case(household_case(1), by="Anna")
    window.open_ref(other)
    assert bar.isVisibleTo(window.editor)
    click(qtbot, child(bar, "linkIncidentButton", QPushButton))
    assert book.case(other)["incident"]["ref"] == lift
    assert book.case(ref)["incident"] is None


# ------------------------------------------------------------- the incident view
@pytest.fixture
def busy(book, clock, lift):
    """Four households: one replied and signed, one replied, two waiting; the report is
    late (it is 11:30)."""
    refs = [book.open_case(household_case(n), by="Anna") for n in range(4)]
    for ref in refs:
        book.incidents.link(ref, lift, by="Anna")
    clock.set(START + dt.timedelta(hours=1, minutes=30))
    book.incidents.reply_all(lift, by="Bert", text="The lift runs again.",
                             resolution_type="repair", refs=refs[:2])
    book.update_case(refs[0], {"reply": {"accepted": True}}, by="Bert")
    book.sign(refs[0], by="Bert")
    return refs


def test_the_incident_view_shows_who_was_replied_to_signed_and_overdue(qtbot, window, book,
                                                                       lift, busy):
    view = window.open_incidents(lift)
    table = child(view, "linkedCases")
    assert table.rowCount() == 4
    rows = [[table.item(r, c).text() for c in range(8)] for r in range(4)]
    assert [r[0] for r in rows] == busy
    assert [r[1] for r in rows] == [h[0] for h in HOUSEHOLDS]
    assert rows[0][4] == rows[1][4] == "✓ 02/03/2026 11:30" and rows[2][4] == "—"
    assert rows[0][5] == "✓ 02/03/2026 11:30" and rows[1][5] == "—"
    assert rows[0][6] == "—" and rows[2][6] == "Report to the manager"  # due at 11:00
    assert rows[2][7] == "03/03/2026 09:00 · Agreed reply time"
    # an elided column still tells it all on hover
    assert table.item(2, 7).toolTip() == rows[2][7]
    assert child(view, "incidentList").item(0, 1).toolTip() == "Lift outage · Building 3"
    assert table.item(2, 0).background().color().name() == "#fbe3e1"
    assert table.item(0, 0).background().style() == Qt.BrushStyle.NoBrush
    assert child(view, "incidentSummary").text() == (
        "4 cases, 4 households, replied: 2, signed: 1, overdue: 3")
    band = child(view, "incidentBandText")
    assert band.text().startswith("Major incident — report to the manager by 02/03/2026 11:00.")
    # the facts and the log
    view.tabs.setCurrentIndex(1)
    root = view.facts["root_cause"]
    root.setFocus()
    type_text(qtbot, root, "Worn motor bearing")
    click(qtbot, child(view, "saveIncidentButton", QPushButton))
    assert book.incidents.get(lift)["root_cause"] == "Worn motor bearing"
    view.tabs.setCurrentIndex(2)
    type_text(qtbot, view.note, "Lift company on site")
    click(qtbot, child(view, "addIncidentAction", QPushButton))
    assert view.log.item(0).text().endswith("Anna: Lift company on site")
    # a double click opens the case in the main window
    view.tabs.setCurrentIndex(0)
    view._open_row(1)
    assert window.editor.current_ref() == busy[1]


def test_reply_to_all_from_the_view_and_the_letters(qtbot, window, book, lift, busy,
                                                    tmp_path):
    window.session.set_operator("Bert")
    view = window.open_incidents(lift)

    def fill(dialog):
        dialog.text.setFocus()
        type_text(qtbot, dialog.text, "The lift was repaired; the motor is new.")
        dialog.resolution.set_value("repair")
        type_text(qtbot, dialog.details, "Weekly checks from now on")
        cases = dialog.choice
        assert cases.item(0).flags() & Qt.ItemFlag.ItemIsEnabled == Qt.ItemFlag.NoItemFlags
        cases.item(1).setCheckState(Qt.CheckState.Unchecked)  # replied already
        dialog.letters.setChecked(False)
        click(qtbot, child(dialog, "sendReplyAll", QPushButton))

    answer_dialog(fill)
    replied = view.reply_all()
    assert replied == busy[2:]
    for ref in busy[2:]:
        case = book.case(ref)
        assert case["reply"]["text"] == "The lift was repaired; the motor is new."
        assert case["reply"]["resolution"]["text"] == "Weekly checks from now on"
    assert book.case(busy[1])["reply"]["text"] == "The lift runs again."
    table = child(view, "linkedCases")
    assert all(table.item(r, 4).text().startswith("✓") for r in range(4))

    path = view.print_letters(tmp_path / "letters.pdf")
    pages = [" ".join(p.extract_text().split())
             for p in PdfReader(io.BytesIO(path.read_bytes())).pages]
    assert len(pages) == 4
    for page, (name, *_rest) in zip(pages, HOUSEHOLDS):
        assert name in page
    assert "Здравствуйте" in pages[0] and "尊敬的" in pages[1] and "Geachte" in pages[2]
    assert "პატივცემულო" in pages[3]
    assert "Weekly checks from now on" in pages[3]
    assert child(view, "lettersWritten", QMessageBox).isVisible()


def test_a_new_incident_from_the_view_and_linking_a_case_by_reference(qtbot, window, book):
    ref = book.open_case(new_case(category="unit_repairs"), by="Anna")
    view = window.open_incidents()
    assert child(view, "incidentTitleLabel").text() == "No incident yet"

    def fill(dialog):
        type_text(qtbot, dialog.title, "Boiler failure")
        type_text(qtbot, dialog.place, "Block B")
        click(qtbot, child(dialog, "openIncidentButton", QPushButton))

    answer_dialog(fill)
    created = view.new_incident()
    assert created == "INC-2026-001" and view.ref == created
    type_text(qtbot, view.link_ref, ref)
    click(qtbot, child(view, "linkCaseButton", QPushButton))
    assert [c.ref for c in book.incidents.cases(created)] == [ref]
    assert child(view, "linkedCases").rowCount() == 1


def test_merging_a_duplicate_from_the_manager_menu(qtbot, window, book, clock):
    first = book.open_case(new_case(), by="Anna")
    clock.set(START + dt.timedelta(hours=2))
    second = book.open_case(new_case(hear={"account": "Calling again about the heating",
                                           "remedy_sought": "Heat"}), by="Anna")
    window.session.set_operator("Marta")
    window.open_ref(second)
    menu = window.manager_menu
    menu.update_actions()
    assert menu.merge.isEnabled()

    def fill(dialog):
        if dialog.objectName() == "mergeDialog":
            assert dialog.other.currentData() == first
            assert dialog.keep.currentData() == first  # the earlier one stays
            answer_dialog(lambda approval: approval.accept())
            click(qtbot, child(dialog, "mergeButton", QPushButton))

    answer_dialog(fill)
    assert menu.merge_case() == first
    assert window.editor.current_ref() == first
    assert MergedCase.get(MergedCase.ref == second).survivor.ref == first
    assert "[" + second + "] Calling again" in book.case(first)["hear"]["account"]
    assert any(e["action"] == "merge" for e in listing.show(book, first)["history"])


@pytest.mark.parametrize("lang", ["ru", "ka"])
def test_the_incident_view_speaks_the_desks_language(qtbot, book, db_path, clock, lift, busy,
                                                     lang, tmp_path):
    from casebook.app import apply_language, make_window

    win = make_window(db_path, lang, clock=clock, operator="Anna")
    qtbot.addWidget(win)
    try:
        view = win.open_incidents(lift)
        view.resize(1280, 720)
        QApplication.processEvents()
        headers = [view.table.horizontalHeaderItem(c).text() for c in range(8)]
        assert "Reference" not in headers and "Overdue" not in headers
        assert view.table.item(2, 6).text() not in ("—", "Report to the manager")
        assert view.grab().save(str(tmp_path / f"incidents-{lang}.png"))
        QDialog.reject(view)
    finally:
        apply_language("en")  # the next tests read the source's words


def test_the_collective_threshold_is_set_in_settings_and_the_view_follows_it(
        qtbot, window, book, lift):
    from casebook.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    spin = child(dialog, "collectiveThreshold")
    assert spin.value() == 3  # the property-management rule: three households
    spin.setValue(2)
    dialog.save()
    assert book.setting("collective_threshold") == 2
    refs = [book.open_case(household_case(n), by="Anna") for n in range(2)]
    view = window.open_incidents(lift)
    for ref in refs:
        type_text(qtbot, view.link_ref, ref)
        click(qtbot, child(view, "linkCaseButton", QPushButton))
    assert child(view, "incidentBandText").text().startswith(
        "Major incident — report to the manager by 02/03/2026 11:00.")
    assert all(book.case(ref)["severity"] == "major" for ref in refs)
