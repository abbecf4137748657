"""Settings → Law: the business's country, EU rules, the rules in force, the receipt's paper.

The country decides which reviewed rule set applies (`resources/law/`); EU
rules follow from a member state, or from the box for a business outside the
EU that serves EU customers. Each rule of the chosen sets is listed with its
basis, its term, whether it is law or a sector code, and when it was checked;
a manager may switch one off, never shorten it. The dialog only collects the
choices: saving goes through `Casebook.set_setting`, which asks for a
manager's approval when a rule would leave force.
"""

from __future__ import annotations

import functools

from babel import Locale
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from casebook.core import config
from casebook.core.law import rulebook
from casebook.core.law.wording import locale

PAGES = {"A4": "A4", "A5": "A5", "80mm": "80 mm"}


@functools.cache
def _countries(lang: str) -> list[tuple[str, str]]:
    names = Locale.parse(locale(lang)).territories
    codes = sorted(config.territories(), key=lambda c: names.get(c, c))
    return [(code, names.get(code, code)) for code in codes]


def country_box(lang: str, current: str = "") -> QComboBox:
    """Countries by name in `lang`: those Casebook has rules for first, then every other."""
    box = QComboBox()
    box.addItem(QCoreApplication.translate("LawSettings",
                                           "— no country: no deadlines set by law —"), "")
    with_rules = set(rulebook.countries())
    everything = _countries(lang)
    for code, name in everything:
        if code in with_rules:
            box.addItem(f"{name} ({code})", code)
    box.insertSeparator(box.count())
    for code, name in everything:
        if code not in with_rules:
            box.addItem(f"{name} ({code})", code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class LawSettings(QWidget):
    """The Law tab of the settings."""

    def __init__(self, book, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.country = country_box(lang, book.setting("country") or "")
        self.country.setObjectName("countryBox")
        self.country.setAccessibleName(self.tr("Country of the business"))
        form.addRow(self.tr("Country of the business"), self.country)
        self.eu = QCheckBox(self.tr("EU rules apply to us (e.g. the GDPR for EU customers)"))
        self.eu.setObjectName("euMember")
        self._eu_chosen = bool(book.setting("eu_member"))
        form.addRow("", self.eu)
        self.page = QComboBox()
        self.page.setObjectName("receiptPage")
        self.page.setAccessibleName(self.tr("Receipt paper"))
        for key, text in PAGES.items():
            self.page.addItem(text if key != "80mm" else self.tr("80 mm receipt printer roll"),
                              key)
        self.page.setCurrentIndex(max(0, self.page.findData(book.setting("receipt_page"))))
        form.addRow(self.tr("Receipt paper"), self.page)
        layout.addLayout(form)
        note = QLabel(self.tr("Rules of the chosen country (and of the EU where they apply). "
                              "A rule can be switched off by a manager, never shortened; "
                              "a sector code binds only a business that follows it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.rules = QTableWidget(0, 4)
        self.rules.setObjectName("lawRules")
        self.rules.setHorizontalHeaderLabels([self.tr("In force"), self.tr("Rule"),
                                              self.tr("Law or code"), self.tr("Checked")])
        header = self.rules.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rules.verticalHeader().setVisible(False)
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules, 1)
        self.off = set(book.setting("law_off") or ())
        self.country.currentIndexChanged.connect(self._country_changed)
        self.eu.toggled.connect(self._eu_toggled)
        self._country_changed()

    def _country_changed(self) -> None:
        member = self.country.currentData() in rulebook.eu_members()
        self.eu.blockSignals(True)
        self.eu.setChecked(member or self._eu_chosen)
        self.eu.setEnabled(bool(self.country.currentData()) and not member)
        self.eu.blockSignals(False)
        self._show_rules()

    def _eu_toggled(self, on: bool) -> None:
        self._eu_chosen = on
        self._show_rules()

    def _show_rules(self) -> None:
        book = rulebook.rulebook(self.country.currentData(), self._eu_chosen)
        self.rules.setRowCount(len(book.available))
        self.boxes: dict[str, QCheckBox] = {}
        for row, rule in enumerate(book.available):
            box = QCheckBox()
            box.setObjectName(f"rule_{rule.id}")
            box.setAccessibleName(rule.text("basis", self.lang))
            box.setChecked(rule.id not in self.off)
            box.toggled.connect(lambda on, rid=rule.id: self._switch(rid, on))
            self.boxes[rule.id] = box
            self.rules.setCellWidget(row, 0, box)
            text = QTableWidgetItem(rule.text("basis", self.lang) + "\n"
                                    + rule.text("duty", self.lang))
            text.setToolTip(rule.text("missed", self.lang))
            self.rules.setItem(row, 1, text)
            nature = self.tr("Sector code") if rule.nature == "code" else self.tr("Law")
            self.rules.setItem(row, 2, QTableWidgetItem(nature))
            self.rules.setItem(row, 3, QTableWidgetItem(rule.checked))
            for column in range(1, 4):
                item = self.rules.item(row, column)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.rules.resizeRowsToContents()

    def _switch(self, rule_id: str, on: bool) -> None:
        (self.off.discard if on else self.off.add)(rule_id)

    def values(self) -> dict:
        return {"country": self.country.currentData() or "",
                "eu_member": self._eu_chosen and self.country.currentData()
                not in rulebook.eu_members(),
                "law_off": sorted(self.off), "receipt_page": self.page.currentData()}
