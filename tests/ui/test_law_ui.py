"""The law on screen: the remedy in part 1, terms on the case, the receipt button, the
settings' Law tab, the first start, the due list and the reports."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QPushButton

from casebook.app import make_window
from casebook.core.time.clock import FixedClock
from casebook.db.models import Deadline
from casebook.ui.editor import CaseEditor
from casebook.ui.operations import Session
from tests.core.law.conftest import CLAIM_DAY, at, claim, open_book
from tests.ui.conftest import type_text
from tests.ui.test_access import close_error_boxes
from tests.ui.test_main_window import when_shown


@pytest.fixture
def law_clock():
    return FixedClock(CLAIM_DAY)


@pytest.fixture
def ru(tmp_path, law_clock):
    path = tmp_path / "ru.sqlite3"
    with open_book(path, law_clock, country="RU", tz="Europe/Moscow", currency="RUB") as book:
        yield book, path


def editor(qtbot, book, operator="Ivan", lang="ru"):
    ed = CaseEditor(Session(book, operator), lang=lang)
    qtbot.addWidget(ed)
    return ed


def test_the_remedy_is_chosen_in_part_1_beside_the_customers_words(qtbot, ru):
    book, _ = ru
    ed = editor(qtbot, book)
    combo = ed.fields["hear.remedy_type"]
    assert ed.forms["hear"].isAncestorOf(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "Возврат денег", "Замена товара", "Ремонт", "Уменьшение цены", "Компенсация",
        "Извинения или разъяснение", "Другое"]
    type_text(qtbot, ed.fields["customer.name"], "Пётр Смирнов")
    type_text(qtbot, ed.fields["hear.account"], "Чайник не включается")
    type_text(qtbot, ed.fields["hear.remedy_sought"], "Хочу назад свои деньги")
    combo.set_value("refund")
    ed.fields["kind"].set_value("claim")
    ed.fields["about"].set_value("goods")
    type_text(qtbot, ed.fields["hear.amount"], "12000")
    assert ed.save()
    doc = book.case(ed.ref)
    assert (doc["hear"]["remedy_type"], doc["hear"]["amount"], doc["about"]) == (
        "refund", "12000", "goods")
    assert ed.law.isVisible() or not ed.isVisible()
    assert ed.law.summary.text() == "по закону до 20.11.2026, ст. 22 ЗоЗПП"
    assert not ed.law.missed


def test_a_missed_term_is_red_on_the_case_with_its_penalty(qtbot, ru, law_clock):
    book, _ = ru
    ref = book.open_case(claim(), by="Ivan")
    law_clock.set(at(2026, 11, 25, 9, 0))
    ed = editor(qtbot, book)
    ed.load(ref)
    assert ed.law.missed
    html = ed.law.summary.text()
    assert "#b3261e" in html and "срок пропущен" in html
    assert "неустойка на сегодня 600,00\xa0₽" in html


def test_the_receipt_button_previews_the_receipt_in_the_customers_language(qtbot, ru):
    book, _ = ru
    ref = book.open_case(claim(customer={"name": "王芳", "language": "zh_CN"}), by="Ivan")
    ed = editor(qtbot, book, lang="en")
    button = ed.findChild(QPushButton, "printReceiptButton")
    assert not button.isEnabled()  # a new case has nothing to acknowledge yet
    ed.load(ref)
    assert button.isEnabled()
    seen = []

    def look(dialog):
        seen.append((dialog.document, dialog.language_box.currentData(), dialog.page_count,
                     dialog.document_box.currentText()))
        dialog.reject()

    when_shown("previewDialog", look)
    button.click()
    assert seen == [("receipt", "zh_CN", 1, "Receipt for the customer")]


def test_a_desk_clerk_cannot_switch_a_rule_off_a_manager_can(qtbot, ru):
    from casebook.ui.dialogs import SettingsDialog

    book, _ = ru
    dialog = SettingsDialog(Session(book, "Ivan"), lang="en")
    qtbot.addWidget(dialog)
    rules = dialog.law.rules
    assert rules.rowCount() == 4  # Russia's four; no EU rules
    assert "Art. 22, Russian Consumer Protection Law" in rules.item(0, 1).text()
    dialog.law.boxes["ru.zozpp.22"].setChecked(False)
    errors = []

    def refuse(approval):
        approval.accept()
        errors.extend(close_error_boxes())
        approval.reject()

    when_shown("approvalDialog", refuse)
    dialog.save()
    assert errors == ["Only a manager can do this; Ivan is not a manager."]
    assert book.setting("law_off") == []
    dialog = SettingsDialog(Session(book, "Olga"), lang="en")
    qtbot.addWidget(dialog)
    dialog.law.boxes["ru.zozpp.22"].setChecked(False)
    when_shown("approvalDialog", lambda approval: approval.accept())
    dialog.save()
    assert book.setting("law_off") == ["ru.zozpp.22"]


def test_choosing_a_member_state_brings_the_eu_rules(qtbot, ru):
    from casebook.ui.dialogs import SettingsDialog

    book, _ = ru
    dialog = SettingsDialog(Session(book, "Olga"), lang="nl")  # country names in Dutch
    qtbot.addWidget(dialog)
    country = dialog.law.country
    country.setCurrentIndex(country.findData("NL"))
    assert country.currentText() == "Nederland (NL)"
    eu = dialog.law.findChild(QCheckBox, "euMember")
    assert eu.isChecked() and not eu.isEnabled()
    texts = [dialog.law.rules.item(r, 2).text() for r in range(dialog.law.rules.rowCount())]
    # Thuiswinkel, BW 7:23, AVG (no Qt translator here: the words are the source's)
    assert texts == ["Sector code", "Law", "Law"]
    assert dialog.law.rules.item(0, 1).text().startswith(
        "art. 16 lid 3 Algemene Voorwaarden Thuiswinkel (branchecode)\nKlachten worden")
    dialog.law.page.setCurrentIndex(dialog.law.page.findData("80mm"))
    when_shown("approvalDialog", lambda approval: approval.accept())  # Russia's rules go
    dialog.save()
    assert (book.setting("country"), book.setting("eu_member"),
            book.setting("receipt_page")) == ("NL", False, "80mm")


def test_the_first_start_asks_for_the_country(qtbot, tmp_path, home):
    from casebook.app import start
    from casebook.core.casebook import Casebook

    target = tmp_path / "new.sqlite3"

    def fill(dialog):
        qtbot.keyClicks(dialog.person, "Nino")
        dialog.country.setCurrentIndex(dialog.country.findData("GE"))
        dialog.eu.setChecked(True)
        dialog.ok.click()

    when_shown("firstStartDialog", fill)
    window = start(db=str(target), lang="en")
    qtbot.addWidget(window)
    window.session.book.close()
    with Casebook.open(target) as book:
        assert (book.setting("country"), book.setting("eu_member")) == ("GE", True)


def test_a_missed_term_is_red_in_the_managers_due_list(qtbot, ru, law_clock):
    book, path = ru
    ref = book.open_case(claim(), by="Ivan")
    law_clock.set(at(2026, 11, 21, 9, 0))
    window = make_window(path, "ru", clock=law_clock, operator="Olga")
    qtbot.addWidget(window)
    items = [window.due.item(i) for i in range(window.due.count())]
    [late] = [i for i in items if ref in i.text() and "Срок по закону" in i.text()]
    assert "по закону до 20.11.2026, ст. 22 ЗоЗПП" in late.text()
    assert "срок пропущен — передано руководителям" in late.text()
    assert late.foreground().color().name() == "#b3261e"


def test_the_reports_count_terms_met_and_missed(qtbot, ru, law_clock):
    book, path = ru
    book.open_case(claim(), by="Ivan")
    law_clock.set(at(2026, 11, 25, 9, 0))
    window = make_window(path, "en", clock=law_clock, operator="Olga")
    qtbot.addWidget(window)
    view = window.open_reports()
    qtbot.addWidget(view)
    assert not view.law.isHidden()
    assert view.law.text() == ("Deadlines set by law: 0 met, 1 missed, 0 still running "
                               "(previous period: 0 met, 0 missed)")
    assert [d.state for d in Deadline.select().where(Deadline.kind == "statutory")] == [
        "pending"]
