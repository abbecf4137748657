"""The incident view: one event, its cases, who has been replied to, signed, overdue.

Left, the incidents (open ones first, the newest on top); right, the chosen
incident: a red band while it is major and not reported (with who to report
to and by when), and three tabs — its cases (replied, signed, overdue at a
glance, with reply to all, the letters, link and unlink), the incident's own
facts (title, place, owner, state, root cause, preventive action) and its log.

Reads through `book.incidents`; every change goes through the session
(`Session.run`), and the view refreshes from `session.changed`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QFileDialog, QFormLayout,
                               QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from casebook.core.files import atomic_write
from casebook.errors import KnownError
from casebook.i18n import defaults
from casebook.ui import places
from casebook.ui.incident_dialogs import (Clock, NewIncidentDialog, ReplyAllDialog,
                                          ReportDialog, list_choices, staff_choices)
from casebook.ui.datetime_field import DateTimeField
from casebook.ui.incident_bar import prompt_report
from casebook.ui.operations import show_error
from casebook.ui.widgets import COLOURS, CodeCombo, PlainText, when_text

LATE = QColor("#fbe3e1")
CASE_COLUMNS = ("ref", "customer", "unit", "language", "replied", "signed", "overdue", "next")
DONE = QColor(COLOURS["done"])
LANG_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文", "nl": "Nederlands",
              "ka": "ქართული"}


def cell(text: str, *, colour: QColor | None = None, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if colour is not None:
        item.setForeground(QBrush(colour))
    if tip:
        item.setToolTip(tip)
    return item


class IncidentView(QDialog):
    """See the module docstring; `open_case(ref)` when the desk opens a linked case."""

    open_case = Signal(str)

    def __init__(self, session, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("incidentView")
        self.setWindowTitle(self.tr("Incidents"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.session, self.lang = session, lang
        self.ref: str | None = None
        self.doc: dict = {}
        self.cases = []
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._detail_side())
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        QVBoxLayout(self).addWidget(splitter)
        places.restore(self, "incidents", QSize(1280, 760))
        if not places.restore_state("incidents/splitter", splitter.restoreState):
            splitter.setSizes([self.width() // 4, self.width() * 3 // 4])
        session.changed.connect(self._on_changed)
        self.refresh()

    def done(self, result: int) -> None:
        places.remember(self, "incidents")
        places.remember_state("incidents/splitter", self.splitter.saveState())
        super().done(result)

    # ------------------------------------------------------------------ layout
    def _list_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        new = QPushButton(self.tr("New incident…"))
        new.setObjectName("newIncidentButton")
        new.clicked.connect(lambda: self.new_incident())
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openIncidentsOnly")
        self.open_only.toggled.connect(lambda _on: self.refresh())
        row.addWidget(new)
        row.addStretch(1)
        row.addWidget(self.open_only)
        column.addLayout(row)
        self.list = QTableWidget(0, 4)
        self.list.setObjectName("incidentList")
        self.list.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("What happened"),
                                             self.tr("Cases"), self.tr("State")])
        self._table_look(self.list, stretch=1)
        self.list.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("M" * 28))
        self.list.itemSelectionChanged.connect(self._picked)
        column.addWidget(self.list)
        return side

    def _detail_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("incidentTitleLabel")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        self.band = QFrame()
        self.band.setObjectName("incidentBand")
        band = QHBoxLayout(self.band)
        band.setContentsMargins(10, 6, 6, 6)
        self.band_text = QLabel()
        self.band_text.setObjectName("incidentBandText")
        self.band_text.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setObjectName("reportIncidentButton")
        self.report_button.clicked.connect(lambda: self.report())
        band.addWidget(self.band_text, 1)
        band.addWidget(self.report_button)
        column.addWidget(self.band)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incidentTabs")
        self.tabs.addTab(self._cases_tab(), self.tr("Cases"))
        self.tabs.addTab(self._facts_tab(), self.tr("Incident"))
        self.tabs.addTab(self._log_tab(), self.tr("Log"))
        column.addWidget(self.tabs, 1)
        return side

    def _cases_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.summary = QLabel()
        self.summary.setObjectName("incidentSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.table = QTableWidget(0, len(CASE_COLUMNS))
        self.table.setObjectName("linkedCases")
        titles = {"ref": self.tr("Reference"), "customer": self.tr("Customer"),
                  "unit": self.tr("Unit / room"), "language": self.tr("Language"),
                  "replied": self.tr("Replied"), "signed": self.tr("Signed"),
                  "overdue": self.tr("Overdue"), "next": self.tr("Next deadline")}
        self.table.setHorizontalHeaderLabels([titles[c] for c in CASE_COLUMNS])
        self._table_look(self.table, stretch=CASE_COLUMNS.index("next"))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        for name, text, slot in (
                ("replyAllButton", self.tr("Reply to all…"), lambda: self.reply_all()),
                ("printLettersButton", self.tr("Letters as PDF…"), lambda: self.print_letters()),
                ("openLinkedCase", self.tr("Open case"), lambda: self._open_row(
                    self.table.currentRow())),
                ("unlinkCaseButton", self.tr("Unlink…"), lambda: self.unlink())):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            setattr(self, name, button)
            row.addWidget(button)
        row.addStretch(1)
        self.link_ref = QLineEdit()
        self.link_ref.setObjectName("linkCaseRef")
        self.link_ref.setPlaceholderText(self.tr("Case reference"))
        self.link_ref.setAccessibleName(self.tr("Case reference"))
        self.link_ref.setMinimumWidth(self.link_ref.fontMetrics().horizontalAdvance(
            self.link_ref.placeholderText()) + 24)
        self.link_ref.returnPressed.connect(lambda: self.link(self.link_ref.text()))
        link = QPushButton(self.tr("Link case"))
        link.setObjectName("linkCaseButton")
        link.clicked.connect(lambda: self.link(self.link_ref.text()))
        row.addWidget(self.link_ref)
        row.addWidget(link)
        column.addLayout(row)
        return tab

    def _facts_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        book = self.session.book
        self.facts = {
            "title": QLineEdit(), "category": CodeCombo(list_choices(book, "category", self.lang),
                                                        empty="—", empty_value=""),
            "place": QLineEdit(), "units": QLineEdit(),
            "started_at": DateTimeField(Clock(book), lang=self.lang),
            "owner": CodeCombo(staff_choices(book, self.lang)),
            "state": CodeCombo([("open", self.tr("Open")), ("resolved", self.tr("Resolved")),
                                ("closed", self.tr("Closed"))]),
            "root_cause": PlainText(2), "preventive_action": PlainText(2)}
        titles = {"title": self.tr("What happened"), "category": self.tr("Category"),
                  "place": self.tr("Building or place"), "units": self.tr("Units affected"),
                  "started_at": self.tr("Started at"), "owner": self.tr("Owner"),
                  "state": self.tr("State"), "root_cause": self.tr("Root cause"),
                  "preventive_action": self.tr("Preventive action")}
        for path, widget in self.facts.items():
            widget.setObjectName(f"incident_{path}")
            widget.setAccessibleName(titles[path])
            form.addRow(titles[path], widget)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("saveIncidentButton")
        save.clicked.connect(lambda: self.save())
        form.addRow(save)
        return tab

    def _log_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.log = QListWidget()
        self.log.setObjectName("incidentLog")
        self.log.setWordWrap(True)
        column.addWidget(self.log, 1)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("incidentNote")
        self.note.setPlaceholderText(self.tr("What was done about the incident"))
        self.note.setAccessibleName(self.tr("What was done about the incident"))
        self.note.returnPressed.connect(lambda: self.add_action())
        add = QPushButton(self.tr("Add to the log"))
        add.setObjectName("addIncidentAction")
        add.clicked.connect(lambda: self.add_action())
        row.addWidget(self.note, 1)
        row.addWidget(add)
        column.addLayout(row)
        return tab

    @staticmethod
    def _table_look(table: QTableWidget, *, stretch: int) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Re-read the incidents and the one shown (after any change)."""
        rows = self.session.book.incidents.list(
            state="open" if self.open_only.isChecked() else None)
        self.list.blockSignals(True)
        self.list.setRowCount(len(rows))
        states = {"open": self.tr("Open"), "resolved": self.tr("Resolved"),
                  "closed": self.tr("Closed")}
        chosen = None
        for i, row in enumerate(rows):
            late = row.severity == "major" and not row.reported
            self.list.setItem(i, 0, cell(row.ref, colour=QColor(COLOURS["major"]) if late
                                         else None))
            title = " · ".join(x for x in (row.title, row.place) if x)
            self.list.setItem(i, 1, cell(title, tip=title))  # the narrow column elides it
            self.list.setItem(i, 2, cell(str(row.cases)))
            self.list.setItem(i, 3, cell(states.get(row.state, row.state)))
            if row.ref == self.ref:
                chosen = i
        if chosen is None and rows:
            chosen = 0
        if chosen is not None:
            self.list.selectRow(chosen)
        self.list.blockSignals(False)
        self.show_incident(rows[chosen].ref if chosen is not None else None)

    def show_incident(self, ref: str | None) -> None:
        self.ref = ref
        for widget in (self.tabs, self.title):
            widget.setEnabled(ref is not None)
        if ref is None:
            self.title.setText(self.tr("No incident yet"))
            self.band.hide()
            self.table.setRowCount(0)
            return
        book = self.session.book
        self.doc = book.incidents.get(ref)
        self.cases = book.incidents.cases(ref)
        self.title.setText(" · ".join(x for x in (ref, self.doc["title"], self.doc["place"]) if x))
        self._show_band(book)
        self._show_cases(book)
        self._show_facts()
        self.log.clear()
        for action in reversed(self.doc["actions"]):
            self.log.addItem(f"{when_text(action['at'], book.tz, self.lang)}   "
                             f"{action['by']}: {self._action_text(action)}")

    def select(self, ref: str) -> None:
        """Show incident `ref` (from the editor's "Open incident")."""
        self.open_only.setChecked(False)
        self.ref = ref
        self.refresh()

    def _action_text(self, action: dict) -> str:
        if action["kind"] == "reply":
            return self.tr("Replied to all: {refs}").format(refs=action["note"])
        return action["note"]

    def _show_band(self, book) -> None:
        doc, tz = self.doc, book.tz
        report = doc["report"]
        if report["to"] and report["at"]:
            self.band.setStyleSheet("QFrame#incidentBand { background: #e6f2ea; "
                                    "border-radius: 4px; }")
            self.band_text.setText(self.tr("Reported to {to} on {at} ({means}).").format(
                to=report["to"], at=when_text(report["at"], tz, self.lang),
                means=report["means"]))
            self.report_button.hide()
            self.band.setVisible(doc["severity"] == "major")
            return
        self.band.setVisible(doc["severity"] == "major")
        self.band.setStyleSheet("QFrame#incidentBand { background: #b3261e; border-radius: 4px; }"
                                " QLabel { color: white; font-weight: 600; }")
        due = book.incidents.report_due(doc["ref"])
        text = self.tr("Major incident — report to the manager now.")
        if due:
            text = self.tr("Major incident — report to the manager by {time}.").format(
                time=when_text(due, tz, self.lang))
        reason = book.incidents.major_reason(doc["ref"], self.lang)
        self.band_text.setText(f"{text}\n{reason}".strip())
        self.report_button.show()

    def _show_cases(self, book) -> None:
        tz = book.tz
        cases = self.cases
        self.table.setRowCount(len(cases))
        for i, case in enumerate(cases):
            self.table.setItem(i, 0, cell(case.ref, colour=QColor(COLOURS["major"])
                                          if case.severity == "major" and not case.reported
                                          else None))
            self.table.setItem(i, 1, cell(case.customer or "—"))
            self.table.setItem(i, 2, cell(case.unit or "—"))
            self.table.setItem(i, 3, cell(LANG_NAMES.get(case.language, case.language or "—")))
            self.table.setItem(i, 4, cell("✓ " + when_text(case.replied_at, tz, self.lang)
                                          if case.replied_at else "—",
                                          colour=DONE if case.replied_at else None))
            self.table.setItem(i, 5, cell("✓ " + when_text(case.signed_at, tz, self.lang)
                                          if case.signed_at else "—",
                                          colour=DONE if case.signed_at else None))
            late = ", ".join(defaults.label("deadline_kind", k, self.lang) for k in case.late)
            self.table.setItem(i, 6, cell(late or "—", colour=QColor(COLOURS["major"])
                                          if late else None))
            upcoming = (self.tr("{time} · {deadline}").format(
                time=when_text(case.next_due, tz, self.lang),
                deadline=defaults.label("deadline_kind", case.next_kind, self.lang))
                if case.next_due else "—")
            self.table.setItem(i, 7, cell(upcoming, tip=upcoming))
            if case.overdue:
                for column in range(len(CASE_COLUMNS)):
                    self.table.item(i, column).setBackground(QBrush(LATE))
        households = book.incidents.households(self.ref)
        self.summary.setText(self.tr(", ", "between the figures of a summary").join((
            self.tr("%n case(s)", "", len(cases)),
            self.tr("%n household(s)", "", households),
            self.tr("replied: {n}").format(n=sum(bool(c.replied_at) for c in cases)),
            self.tr("signed: {n}").format(n=sum(bool(c.signed_at) for c in cases)),
            self.tr("overdue: {n}").format(n=sum(c.overdue for c in cases)))))

    def _show_facts(self) -> None:
        for path, widget in self.facts.items():
            widget.blockSignals(True)
            value = self.doc.get(path)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            else:
                widget.set_value(value)
            widget.blockSignals(False)

    def _picked(self) -> None:
        row = self.list.currentRow()
        item = self.list.item(row, 0) if row >= 0 else None
        if item is not None and item.text() != self.ref:
            self.show_incident(item.text())

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.open_case.emit(self.cases[row].ref)

    def _on_changed(self, _ref: str) -> None:
        if self.isVisible():
            self.refresh()

    # ------------------------------------------------------------------ changes
    def new_incident(self, case: dict | None = None) -> str | None:
        dialog = NewIncidentDialog(self.session, self, lang=self.lang, case=case)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            self.select(dialog.ref)
            return dialog.ref
        finally:
            dialog.deleteLater()

    def save(self) -> bool:
        if self.ref is None:
            return False
        started = self.facts["started_at"]
        if not started.is_valid():
            show_error(self, started.problem())
            return False
        changes = {}
        for path, widget in self.facts.items():
            value = widget.text() if isinstance(widget, QLineEdit) else widget.value()
            if (value or "") != (self.doc.get(path) or ""):
                changes[path] = value
        if not changes:
            return True
        ref, operator = self.ref, self.session.operator
        ok, _ = self.session.run(self, lambda book: book.incidents.update(ref, changes,
                                                                          by=operator))
        return ok

    def add_action(self) -> bool:
        note, ref, operator = self.note.text(), self.ref, self.session.operator
        if ref is None or not note.strip():
            return False
        ok, _ = self.session.run(self, lambda book: book.incidents.add_action(ref, note,
                                                                              by=operator))
        if ok:
            self.note.clear()
        return ok

    def link(self, case_ref: str) -> bool:
        case_ref, ref, operator = case_ref.strip(), self.ref, self.session.operator
        if ref is None or not case_ref:
            return False
        ok, outcome = self.session.run(self, lambda book: book.incidents.link(
            case_ref, ref, by=operator), ref=case_ref)
        if ok:
            self.link_ref.clear()
            prompt_report(self, self.session, outcome.incident, lang=self.lang)
        return ok

    def unlink(self) -> bool:
        row = self.table.currentRow()
        if self.ref is None or not 0 <= row < len(self.cases):
            return False
        from casebook.ui.widgets import ask_reason

        case_ref, operator = self.cases[row].ref, self.session.operator
        reason = ask_reason(self, self.tr("Why is case {ref} no longer part of incident "
                                          "{incident}?").format(ref=case_ref, incident=self.ref))
        if reason is None:
            return False
        ok, _ = self.session.run(self, lambda book: book.incidents.unlink(
            case_ref, by=operator, reason=reason), ref=case_ref)
        return ok

    def report(self) -> bool:
        if self.ref is None:
            return False
        dialog = ReportDialog(self.session, self.ref, self, lang=self.lang)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def reply_all(self) -> list[str]:
        """The owner's reply, once, for the chosen cases; then the letters."""
        if self.ref is None:
            return []
        dialog = ReplyAllDialog(self.session, self.ref, self.cases, self, lang=self.lang)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            replied, letters = dialog.replied, dialog.letters.isChecked()
        finally:
            dialog.deleteLater()
        if letters:
            self.print_letters(refs=replied)
        return replied

    def print_letters(self, path: Path | None = None, *, refs: list[str] | None = None
                      ) -> Path | None:
        """The reply letters of the replied cases, each in its customer's language, as
        one PDF (asked where, unless `path` is given)."""
        from casebook.pdf import letters

        refs = refs if refs is not None else [c.ref for c in self.cases if c.replied_at]
        if not refs:
            show_error(self, self.tr("No case of this incident has a reply yet."))
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the letters as PDF"),
                str(Path(folder) / f"{letters.file_name(self.ref)}-letters.pdf"),
                self.tr("PDF documents (*.pdf)"))
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        book = self.session.book
        try:
            atomic_write(path, lambda fh: letters.render_batch(book, refs, fh))
        except KnownError as exc:
            show_error(self, str(exc))
            return None
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Letters"), self.tr(
            "%n letter(s) written to {path}.", "", len(refs)).format(path=str(path)),
            QMessageBox.StandardButton.Ok, self)
        box.setObjectName("lettersWritten")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return path
