"""Settings: how the business is set up, and the lists a case is described with.

The business tab holds what the printed documents show (name, address,
phone, a logo picked from a file and previewed), the currency chosen from the
ISO codes in use with the symbol the desk knows it by (babel), the timezone,
the languages, backups and when an idle desk locks. The lists tab edits every
list a clerk chooses from, in the languages the business writes in: the
program's language and English to begin with, more at a click.

The dialog only collects what was typed; Save sends the settings and list
entries that changed through the session, as one audited change.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from zoneinfo import available_timezones

from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from casebook.core import paths
from casebook.db.connection import check_saved_connection
from casebook.errors import KnownError
from casebook.i18n import dates
from casebook.i18n.defaults import LANGUAGES
from casebook.ui import places
from casebook.ui.editor_parts import LANG_NAMES
from casebook.ui.law_settings import LawSettings

# Lists a clerk chooses from; the last three are fixed sets whose meaning the rules
# rely on (a claim, a major complaint, a systemic case): renamed, never added to.
EDITABLE_LISTS = ("category", "channel", "resolution_type", "major_trigger", "mood", "kind",
                  "severity", "nature")
FIXED_LISTS = {"kind", "severity", "nature"}
LOGO_HEIGHT = 48


@functools.cache
def currencies_in_use(today: dt.date) -> tuple[str, ...]:
    """ISO 4217 codes some country pays in on `today` (CLDR, through babel)."""
    codes: set[str] = set()
    for territory in Locale.parse("en").territories:
        if territory.isalpha() and len(territory) == 2:
            codes.update(get_territory_currencies(territory, today))
    return tuple(sorted(codes))


def currency_label(code: str, lang: str) -> str:
    """"EUR — euro (€)" in the desk's language; the code alone when CLDR does not know it."""
    locale = dates.locale_of(lang)
    try:
        name = get_currency_name(code, locale=locale)
        symbol = get_currency_symbol(code, locale=locale)
    except (ValueError, LookupError):
        return code
    return f"{code} — {name}" + (f" ({symbol})" if symbol and symbol != code else "")


def _count(value, default: int) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return default


class LogoField(QWidget):
    """The logo's file, chosen with Browse… and shown as it will print (small)."""

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit(path)
        self.edit.setObjectName("logo")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("logoBrowseButton")
        browse.clicked.connect(self.browse)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        column.addLayout(row)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setMinimumHeight(LOGO_HEIGHT)
        column.addWidget(self.preview)
        self.edit.textChanged.connect(self.show_preview)
        self.show_preview()

    def text(self) -> str:
        return self.edit.text()

    def browse(self) -> None:
        start = str(Path(self.edit.text()).parent) if self.edit.text() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.edit.setText(name)

    def show_preview(self) -> None:
        path = self.edit.text().strip()
        image = QPixmap(path) if path else QPixmap()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("The file cannot be read as an image.") if path
                                 else self.tr("No logo: the documents show the name only."))
            return
        self.preview.setText("")
        self.preview.setPixmap(image.scaledToHeight(LOGO_HEIGHT,
                                                    Qt.TransformationMode.SmoothTransformation))


class SettingsDialog(QDialog):
    """Business details, references, timezone, languages and the editable lists."""

    FIELDS = ("business_name", "business_address", "business_phone", "business_email",
              "ref_prefix")

    def __init__(self, session, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.session, self.lang = session, lang
        book = session.book
        tabs = QTabWidget()
        general = QWidget()
        form = QFormLayout(general)
        titles = {"business_name": self.tr("Business name"), "business_address": self.tr("Address"),
                  "business_phone": self.tr("Phone"), "business_email": self.tr("Email"),
                  "ref_prefix": self.tr("Reference prefix")}
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = QLineEdit(str(book.setting(key) or ""))
            edit.setObjectName(key)
            edit.setAccessibleName(titles[key])
            self.edits[key] = edit
            form.addRow(titles[key], edit)
        self.logo = LogoField(str(book.setting("logo") or ""))
        self.logo.edit.setAccessibleName(self.tr("Logo (image file)"))
        form.addRow(self.tr("Logo (image file)"), self.logo)
        self.currency = self._currencies(str(book.setting("currency") or ""))
        form.addRow(self.tr("Currency"), self.currency)
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(book.tz)
        form.addRow(self.tr("Timezone"), self.timezone)
        self.backups_keep = QSpinBox()
        self.backups_keep.setObjectName("backupsKeep")
        self.backups_keep.setRange(1, 365)
        self.backups_keep.setValue(_count(book.setting("backups_keep"), 10))
        self.backups_keep.setAccessibleName(self.tr("Automatic backups kept"))
        self.backups_keep.setToolTip(self.tr("Casebook backs up on closing and once a day; "
                                             "the oldest backups beyond this number are removed."))
        form.addRow(self.tr("Automatic backups kept"), self.backups_keep)
        self.lock_after = QSpinBox()
        self.lock_after.setObjectName("lockAfter")
        self.lock_after.setRange(1, 240)
        self.lock_after.setValue(_count(book.setting("lock_after_minutes"), 10))
        self.lock_after.setSuffix(" " + self.tr("min"))
        self.lock_after.setAccessibleName(self.tr("Lock an unused desk after"))
        self.lock_after.setToolTip(self.tr("When PINs are on, Casebook locks after this many "
                                           "minutes without a key press or click."))
        form.addRow(self.tr("Lock an unused desk after"), self.lock_after)
        # incidents: the collective-complaint rule and the match offered at intake
        self.collective = QSpinBox()
        self.collective.setObjectName("collectiveThreshold")
        self.collective.setRange(2, 100)
        self.collective.setValue(_count(book.setting("collective_threshold"), 3))
        self.collective.setAccessibleName(self.tr("Households for a collective complaint"))
        self.collective.setToolTip(self.tr("When this many households complain about one "
                                           "incident, the incident and all its cases become "
                                           "major and must be reported."))
        form.addRow(self.tr("Households for a collective complaint"), self.collective)
        self.incident_window = QSpinBox()
        self.incident_window.setObjectName("incidentWindow")
        self.incident_window.setRange(1, 24 * 14)
        self.incident_window.setValue(_count(book.setting("incident_window_hours"), 24))
        self.incident_window.setSuffix(" " + self.tr("h"))
        self.incident_window.setAccessibleName(self.tr("Offer incidents that started within"))
        self.incident_window.setToolTip(self.tr("A new case of the same category and place is "
                                                "offered an open incident that started up to "
                                                "this many hours before."))
        form.addRow(self.tr("Offer incidents that started within"), self.incident_window)
        self.form_language = self._languages(book.setting("form_language") or "en")
        self.form_language.setObjectName("formLanguage")
        form.addRow(self.tr("Default form language"), self.form_language)
        self.ui_language = self._languages(book.setting("language") or lang)
        self.ui_language.setObjectName("languageBox")
        form.addRow(self.tr("Language of the program"), self.ui_language)
        self.office = QLineEdit(paths.saved_connection() or "")
        self.office.setObjectName("officeConnection")
        self.office.setPlaceholderText("postgresql://anna@server:5432/casebook")
        self.office.setAccessibleName(self.tr("Office casebook on a server (this PC)"))
        self.office.setToolTip(self.tr("The casebook this PC opens at start, shared with the "
                                       "other desks. No password here: it goes in this PC's "
                                       ".pgpass file. Empty: this PC's own casebook."))
        form.addRow(self.tr("Office casebook (this PC)"), self.office)
        from casebook.ui.tray import DeskOptions

        self.desk = DeskOptions()  # this PC's choices: tray, open at login
        form.addRow(self.desk)
        tabs.addTab(general, self.tr("Business"))
        tabs.addTab(self._lists(), self.tr("Lists"))
        self.law = LawSettings(book, lang)
        tabs.addTab(self.law, self.tr("Law"))
        self._shown_values = self.values()  # Save writes what the user changed, no more
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        places.fit(self, self.sizeHint().expandedTo(QSize(760, 560)))

    def _languages(self, current: str) -> QComboBox:
        box = QComboBox()
        for code in LANGUAGES:
            box.addItem(LANG_NAMES[code], code)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def _currencies(self, current: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName("currency")
        box.setAccessibleName(self.tr("Currency"))
        codes = list(currencies_in_use(self.session.book.now().date()))
        if current and current not in codes:  # kept as it is, never replaced silently
            codes.insert(0, current)
        for code in codes:
            box.addItem(currency_label(code, self.lang), code)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    # ------------------------------------------------------------------ lists
    def _lists(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.list_name = QComboBox()
        self.list_name.setObjectName("listName")
        self.list_name.setAccessibleName(self.tr("List to edit"))
        names = {"category": self.tr("Categories"), "channel": self.tr("Channels"),
                 "resolution_type": self.tr("Resolution types"),
                 "major_trigger": self.tr("Major triggers"), "mood": self.tr("Moods"),
                 "kind": self.tr("Kinds"), "severity": self.tr("Severities"),
                 "nature": self.tr("Natures")}
        for name in EDITABLE_LISTS:
            self.list_name.addItem(names[name], name)
        top.addWidget(self.list_name)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Languages:")))
        # the program's language and English to start with; the others when the business
        # writes in them too
        self.language_ticks: dict[str, QCheckBox] = {}
        shown = {self.lang, "en"}
        for code in LANGUAGES:
            tick = QCheckBox(LANG_NAMES[code])
            tick.setObjectName(f"showLanguage_{code}")
            tick.setChecked(code in shown)
            tick.toggled.connect(lambda _on: self._show_languages())
            self.language_ticks[code] = tick
            top.addWidget(tick)
        layout.addLayout(top)
        self.entries = QTableWidget(0, len(LANGUAGES) + 1)
        self.entries.setObjectName("listEntries")
        self.entries.setHorizontalHeaderLabels([LANG_NAMES[x] for x in LANGUAGES]
                                               + [self.tr("Active")])
        self.entries.verticalHeader().setVisible(False)
        self.entries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.entries.horizontalHeader().setSectionResizeMode(
            len(LANGUAGES), QHeaderView.ResizeMode.ResizeToContents)
        self.add_entry = QPushButton(self.tr("Add entry"))
        self.add_entry.setObjectName("addEntryButton")
        self.add_entry.clicked.connect(lambda: self._add_row())
        self.fixed_note = QLabel(self.tr("The rules rely on this list: its entries can be "
                                         "renamed, not added."))
        self.fixed_note.setWordWrap(True)
        layout.addWidget(self.entries, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_entry)
        bottom.addWidget(self.fixed_note, 1)
        layout.addLayout(bottom)
        # Edits of every list are kept while the user switches between them; Save writes
        # the entries that changed, nothing else (no audit noise for untouched rows).
        self._shown: str | None = None
        self._pending: dict[str, list[tuple]] = {}
        self._original: dict[str, dict[str, tuple]] = {}
        self.list_name.currentIndexChanged.connect(self._load_entries)
        self._load_entries()
        self._show_languages()
        return page

    def _show_languages(self) -> None:
        for col, code in enumerate(LANGUAGES):
            self.entries.setColumnHidden(col, not self.language_ticks[code].isChecked())

    def _rows(self) -> list[tuple]:
        """The table as typed: (code or None, labels, active) per row."""
        rows = []
        for row, code in enumerate(self.codes):
            labels = {lang: self.entries.item(row, col).text().strip()
                      for col, lang in enumerate(LANGUAGES)
                      if self.entries.item(row, col) and self.entries.item(row, col).text().strip()}
            rows.append((code, labels, self.entries.cellWidget(row, len(LANGUAGES)).isChecked()))
        return rows

    def _load_entries(self) -> None:
        if self._shown is not None:
            self._pending[self._shown] = self._rows()
        name = self.list_name.currentData()
        self._shown = name
        if name not in self._original:
            self._original[name] = {
                e.code: (dict(e.labels), bool(e.active))
                for e in self.session.book.list_entries(name, active_only=False)}
        rows = self._pending.get(name) or [(code, labels, active) for code, (labels, active)
                                           in self._original[name].items()]
        self.entries.setRowCount(0)
        self.codes: list[str | None] = []
        for code, labels, active in rows:
            self._add_row(code, labels, active)
        fixed = name in FIXED_LISTS
        self.add_entry.setEnabled(not fixed)
        self.fixed_note.setVisible(fixed)

    def _add_row(self, code=None, labels=None, active=True) -> None:
        row = self.entries.rowCount()
        self.entries.insertRow(row)
        for col, lang in enumerate(LANGUAGES):
            self.entries.setItem(row, col, QTableWidgetItem((labels or {}).get(lang, "")))
        box = QCheckBox()
        box.setChecked(bool(active))
        box.setAccessibleName(self.tr("Active"))
        self.entries.setCellWidget(row, len(LANGUAGES), box)
        self.codes.append(code if isinstance(code, str) else None)

    def changed_entries(self) -> list[tuple[str, str | None, dict, bool]]:
        """(list, code, labels, active) for every entry added or changed in any list."""
        self._pending[self._shown] = self._rows()
        changed = []
        for name, rows in self._pending.items():
            original = self._original.get(name, {})
            for code, labels, active in rows:
                if not labels:
                    continue  # an empty new row, or all names cleared: nothing to write
                before = original.get(code)
                if before is None or before[1] != active or any(
                        before[0].get(lang) != text for lang, text in labels.items()):
                    changed.append((name, code, labels, active))
        return changed

    # ------------------------------------------------------------------ saving
    def values(self) -> dict[str, object]:
        """The settings as the dialog shows them now."""
        values: dict[str, object] = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["logo"] = self.logo.text().strip()
        values["currency"] = self.currency.currentData()
        values["timezone"] = self.timezone.currentText()
        values["form_language"] = self.form_language.currentData()
        values["language"] = self.ui_language.currentData()
        values["backups_keep"] = self.backups_keep.value()
        values["lock_after_minutes"] = self.lock_after.value()
        values["collective_threshold"] = self.collective.value()
        values["incident_window_hours"] = self.incident_window.value()
        values.update(self.law.values())
        return values

    def save(self) -> None:
        from casebook.ui.operations import show_error

        try:  # this PC's own choice of casebook, checked before anything is written
            office = check_saved_connection(self.office.text())
        except KnownError as exc:
            show_error(self, str(exc))
            return
        operator = self.session.operator
        values = {key: value for key, value in self.values().items()
                  if value != self._shown_values[key]}
        entries = self.changed_entries()
        approval = self._law_approval(values)
        if approval is False:
            return

        def apply(book) -> None:
            with book.change():  # one save, one transaction
                for key, value in values.items():
                    book.set_setting(key, value, by=operator, approval=approval)
                for list_name, code, labels, active in entries:
                    book.save_list_entry(list_name, code, labels, by=operator, active=active)

        ok, _ = self.session.run(self, apply)
        if ok:
            if office != paths.saved_connection():
                paths.save_connection(office)  # the desk starts on it next time
            problem = self.desk.apply()
            if problem:
                show_error(self.parentWidget(), problem)
            self.accept()

    def _law_approval(self, values: dict):
        """A manager's approval when the change takes a rule set by law out of force:
        None when none is needed, False when it was not given."""
        from casebook.core import config
        from casebook.core.trust import access
        from casebook.ui.access import ask_approval

        law = {k: v for k, v in values.items() if k in config.LAW_KEYS}
        current = {k: self.session.book.setting(k) for k in config.LAW_KEYS}
        if not law or not config.law_change_needs_approval(current, law):
            return None
        answer = ask_approval(self.session, self, access.LAW, self.tr(
            "This takes deadlines set by law out of force for new cases, and cancels "
            "their open deadlines. A manager approves it."))
        return answer[0] if answer else False
