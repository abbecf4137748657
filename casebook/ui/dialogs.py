"""Staff and settings: who works the desk, and how the business is set up; and the two
questions at start-up (a new casebook's first member of staff, who is at the desk).

The dialogs only collect what the user typed; every change goes through
the session, one audited operation at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from casebook.core.casebook import ROLES
from casebook.i18n.defaults import LANGUAGES, label
from casebook.ui.collation import sorted_by_name
from casebook.ui.editor import LANG_NAMES



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
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # the name takes the room; role, active and PIN as wide as their longest content
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
        self.load()
        self.resize(max(560, self.table.horizontalHeader().length()
                        + self.fontMetrics().averageCharWidth() * 16), 440)

    def _role_combo(self, current: str) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        from casebook.ui.law_settings import country_box

        self.country = country_box(lang)
        self.country.setObjectName("firstCountry")
        self.country.setAccessibleName(self.tr("Country of the business"))
        self.country.setToolTip(self.tr("Deadlines set by law follow the country; you can "
                                        "change it later in Settings."))
        self.eu = QCheckBox(self.tr("EU rules apply to us"))
        self.eu.setObjectName("firstEuMember")
        form.addRow(self.tr("Business name"), self.business)
        form.addRow(self.tr("Country of the business"), self.country)
        form.addRow("", self.eu)
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

    def law_values(self) -> tuple[str, bool]:
        """(country code or "", whether EU rules apply although it is not a member state)."""
        from casebook.core.law import rulebook

        country = self.country.currentData() or ""
        return country, self.eu.isChecked() and country not in rulebook.eu_members()


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


from casebook.ui.settings_dialog import SettingsDialog  # noqa: E402,F401 (its old home)
