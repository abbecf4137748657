"""Staff and settings: who works the desk, and how the business is set up; and the two
questions at start-up (a new casebook's first member of staff, who is at the desk).

The dialogs only collect what the user typed; every change goes through
the session, one audited operation at a time.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from casebook.core.casebook import ROLES
from casebook.errors import KnownError
from casebook.i18n.defaults import LANGUAGES, label
from casebook.ui.collation import sorted_by_name
from casebook.ui.editor import LANG_NAMES
from casebook.ui.operations import show_error

EDITABLE_LISTS = ("category", "channel", "resolution_type")


class StaffDialog(QDialog):
    def __init__(self, session, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.session, self.lang = session, lang
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Active"), self.tr("PIN")])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        add = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("staffName")
        self.name.setPlaceholderText(self.tr("Name of the new member of staff"))
        self.role = self._role_combo("desk")
        button = QPushButton(self.tr("Add"))
        button.setObjectName("addStaffButton")
        button.clicked.connect(self.add)
        add.addWidget(self.name, 1)
        add.addWidget(self.role)
        add.addWidget(button)
        layout.addLayout(add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(560, 420)
        self.load()

    def _role_combo(self, current: str) -> QComboBox:
        box = QComboBox()
        for role in ROLES:
            box.addItem(label("role", role, self.lang), role)
        box.setCurrentIndex(box.findData(current))
        return box

    def load(self) -> None:
        people = sorted_by_name(self.session.book.staff(active_only=False), self.lang,
                                lambda person: person.name)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            self.table.setItem(row, 0, QTableWidgetItem(person.name))
            role = self._role_combo(person.role)
            role.currentIndexChanged.connect(
                lambda _i, n=person.name, box=role: self._change(n, role=box.currentData()))
            self.table.setCellWidget(row, 1, role)
            active = QCheckBox()
            active.setChecked(person.active)
            active.toggled.connect(lambda on, n=person.name: self._change(n, active=on))
            self.table.setCellWidget(row, 2, active)
            from casebook.ui.access import PinButton  # it builds on this module's dialogs

            self.table.setCellWidget(row, 3, PinButton(self.session, person.name,
                                                       bool(person.pin_hash), self))

    def _change(self, name: str, **change) -> None:
        from casebook.ui.access import approve_staff_change

        operator = self.session.operator
        approval = approve_staff_change(self.session, self, name, **change)
        ok = approval is not False and self.session.run(self, lambda book: book.update_staff(
            name, by=operator, approval=approval, **change))[0]
        if not ok:  # refused: show the list as it is (not from inside this cell's signal)
            QTimer.singleShot(0, self.load)

    def add(self) -> None:
        from casebook.ui.access import approve_staff_change

        name, role, operator = self.name.text(), self.role.currentData(), self.session.operator
        approval = approve_staff_change(self.session, self, None, role=role)
        ok = approval is not False and self.session.run(self, lambda book: book.add_staff(
            name, role, by=operator, approval=approval))[0]
        if ok:
            self.name.clear()
            self.load()


def _count(value, default: int) -> int:
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return default


class SettingsDialog(QDialog):
    """Business details, references, timezone, languages and the editable lists."""

    FIELDS = ("business_name", "business_address", "business_phone", "logo", "ref_prefix",
              "currency")

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
                  "business_phone": self.tr("Phone"), "logo": self.tr("Logo (image file)"),
                  "ref_prefix": self.tr("Reference prefix"), "currency": self.tr("Currency")}
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            edit = QLineEdit(str(book.setting(key) or ""))
            edit.setObjectName(key)
            edit.setAccessibleName(titles[key])
            self.edits[key] = edit
            form.addRow(titles[key], edit)
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
        self.form_language = self._languages(book.setting("form_language") or "en")
        self.form_language.setObjectName("formLanguage")
        form.addRow(self.tr("Default form language"), self.form_language)
        self.ui_language = self._languages(book.setting("language") or lang)
        self.ui_language.setObjectName("languageBox")
        form.addRow(self.tr("Language of the program"), self.ui_language)
        from casebook.core import paths

        self.office = QLineEdit(paths.saved_connection() or "")
        self.office.setObjectName("officeConnection")
        self.office.setPlaceholderText("postgresql://anna@server:5432/casebook")
        self.office.setAccessibleName(self.tr("Office casebook on a server (this PC)"))
        self.office.setToolTip(self.tr("The casebook this PC opens at start, shared with the "
                                       "other desks. No password here: it goes in this PC's "
                                       ".pgpass file. Empty: this PC's own casebook."))
        form.addRow(self.tr("Office casebook (this PC)"), self.office)
        tabs.addTab(general, self.tr("Business"))
        tabs.addTab(self._lists(), self.tr("Lists"))
        self._shown_values = self.values()  # Save writes what the user changed, no more
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def _languages(self, current: str) -> QComboBox:
        box = QComboBox()
        for code in LANGUAGES:
            box.addItem(LANG_NAMES[code], code)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def _lists(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.list_name = QComboBox()
        self.list_name.setObjectName("listName")
        self.list_name.setAccessibleName(self.tr("List to edit"))
        for name in EDITABLE_LISTS:
            self.list_name.addItem({"category": self.tr("Categories"),
                                    "channel": self.tr("Channels"),
                                    "resolution_type": self.tr("Resolution types")}[name], name)
        self.entries = QTableWidget(0, len(LANGUAGES) + 1)
        self.entries.setObjectName("listEntries")
        self.entries.setHorizontalHeaderLabels([LANG_NAMES[x] for x in LANGUAGES]
                                               + [self.tr("Active")])
        self.entries.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.entries.horizontalHeader().setSectionResizeMode(
            len(LANGUAGES), QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Add entry"))
        add.setObjectName("addEntryButton")
        add.clicked.connect(lambda: self._add_row())
        layout.addWidget(self.list_name)
        layout.addWidget(self.entries, 1)
        layout.addWidget(add)
        # Edits of every list are kept while the user switches between them; Save writes
        # the entries that changed, nothing else (no audit noise for untouched rows).
        self._shown: str | None = None
        self._pending: dict[str, list[tuple]] = {}
        self._original: dict[str, dict[str, tuple]] = {}
        self.list_name.currentIndexChanged.connect(self._load_entries)
        self._load_entries()
        return page

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

    def values(self) -> dict[str, object]:
        """The settings as the dialog shows them now."""
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        values["timezone"] = self.timezone.currentText()
        values["form_language"] = self.form_language.currentData()
        values["language"] = self.ui_language.currentData()
        values["backups_keep"] = self.backups_keep.value()
        return values

    def save(self) -> None:
        operator = self.session.operator
        values = {key: value for key, value in self.values().items()
                  if value != self._shown_values[key]}
        entries = self.changed_entries()

        def apply(book) -> None:
            with book.change():  # one save, one transaction
                _apply(book)

        def _apply(book) -> None:
            for key, value in values.items():
                book.set_setting(key, value, by=operator)
            for list_name, code, labels, active in entries:
                book.save_list_entry(list_name, code, labels, by=operator, active=active)

        from casebook.core import paths
        from casebook.db.connection import check_saved_connection

        try:  # this PC's own choice, checked before anything is written
            office = check_saved_connection(self.office.text())
        except KnownError as exc:
            show_error(self, str(exc))
            return
        ok, _ = self.session.run(self, apply)
        if ok:
            if office != paths.saved_connection():
                paths.save_connection(office)  # the desk starts on it next time
            self.accept()


class FirstStartDialog(QDialog):
    """A new, empty casebook: the business's name and the first member of staff.

    The first person usually sets the desk up, so the role offered is manager.
    Someone only looking around can open the demo casebook instead.
    """

    def __init__(self, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Casebook"))
        self.wants_demo = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This casebook is new. Tell Casebook who you are; you can add "
                               "your colleagues later under Staff."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.business = QLineEdit()
        self.business.setObjectName("businessName")
        self.business.setAccessibleName(self.tr("Business name"))
        self.person = QLineEdit()
        self.person.setObjectName("firstStaffName")
        self.person.setAccessibleName(self.tr("Your name"))
        self.role = QComboBox()
        self.role.setObjectName("firstStaffRole")
        self.role.setAccessibleName(self.tr("Your role"))
        for role in ROLES:
            self.role.addItem(label("role", role, lang), role)
        self.role.setCurrentIndex(self.role.findData("manager"))
        form.addRow(self.tr("Business name"), self.business)
        form.addRow(self.tr("Your name"), self.person)
        form.addRow(self.tr("Your role"), self.role)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Start"))
        self.ok.setEnabled(False)
        demo = buttons.addButton(self.tr("Open the demo casebook instead"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        demo.setObjectName("openDemoButton")
        demo.clicked.connect(self._demo)
        self.person.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _demo(self) -> None:
        self.wants_demo = True
        self.accept()

    def values(self) -> tuple[str, str, str]:
        """(business name, person, role) as typed."""
        return self.business.text().strip(), self.person.text().strip(), self.role.currentData()


class OperatorDialog(QDialog):
    """Who is at the desk: deadlines, ownership and the audit log follow this choice."""

    def __init__(self, names: list[str], last: str = "", parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.setWindowTitle(self.tr("Who is at the desk?"))
        layout = QFormLayout(self)
        self.names = QComboBox()
        self.names.setObjectName("operatorBox")
        self.names.setAccessibleName(self.tr("Member of staff"))
        self.names.addItems(sorted_by_name(names, lang))
        if last in names:
            self.names.setCurrentText(last)
        layout.addRow(self.tr("Member of staff"), self.names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def operator(self) -> str:
        return self.names.currentText()
