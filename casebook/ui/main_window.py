"""The main window: quick filters and search over the case list, the editor, the due list."""

from __future__ import annotations

import json
import os

from pathlib import Path

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QLabel, QSystemTrayIcon, QLineEdit, QListWidget,
                               QListWidgetItem, QMainWindow, QMessageBox, QPushButton,
                               QSplitter, QTableView, QToolBar, QVBoxLayout, QWidget)

from casebook.core import paths
from casebook.i18n import defaults
from casebook.core.times import parse_time
from casebook.ui.case_list import CaseListModel
from casebook.ui.due_panel import DueBanner
from casebook.ui.editor import CaseEditor
from casebook.ui.widgets import time_text

DRAFT_SECONDS = 30


class MainWindow(QMainWindow):
    def __init__(self, session, *, lang: str = "en"):
        super().__init__()
        self.session = session
        self.lang = lang
        self.setWindowTitle(self.tr("Casebook — {name}").format(
            name=session.book.setting("business_name") or session.book.location))
        self.resize(1400, 900)
        self.model = CaseListModel(session, self)
        self.model.lang = lang
        self.model.refresh()
        self._build()
        session.changed.connect(self._on_changed)
        self.due_timer = QTimer(self)
        self.due_timer.setInterval(60_000)
        self.due_timer.timeout.connect(lambda: self.check_due())
        self.due_timer.start()
        self._seen_due: set[int] = set()
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.show()
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_SECONDS * 1000)
        self.draft_timer.timeout.connect(self.save_draft)
        self.draft_timer.start()
        self.refresh_due()
        self._catch_up()
        self._status()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        bar = QToolBar(self.tr("Cases"))
        bar.setObjectName("mainToolbar")
        self.addToolBar(bar)
        new = QPushButton(self.tr("New case"))
        new.setObjectName("newCaseButton")
        new.setToolTip(self.tr("New case (Ctrl+N)"))
        new.clicked.connect(self.new_case)
        bar.addWidget(new)
        self.print_button = QPushButton(self.tr("Print form"))
        self.print_button.setObjectName("printFormButton")
        self.print_button.setToolTip(self.tr("Open the resolution form of this case to print "
                                             "it (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_form)
        bar.addWidget(self.print_button)
        self.sign_button = QPushButton(self.tr("Customer signs…"))
        self.sign_button.setObjectName("signFormButton")
        self.sign_button.setToolTip(self.tr("Sign on screen, or attach a scan of the signed "
                                            "paper form"))
        self.sign_button.clicked.connect(self.sign_form)
        bar.addWidget(self.sign_button)
        for name, text, slot in (("staffButton", self.tr("Staff…"), self.open_staff),
                                 ("settingsButton", self.tr("Settings…"), self.open_settings)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addSeparator()
        self.filters = QButtonGroup(self)
        names = {"all": self.tr("All"), "open": self.tr("Open"), "due_today": self.tr("Due today"),
                 "overdue": self.tr("Overdue"), "major_unreported": self.tr("Major, not reported"),
                 "unsigned": self.tr("Awaiting signature"), "closed": self.tr("Closed")}
        for key, text in names.items():
            button = QPushButton(text)
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            button.setChecked(key == "all")
            button.clicked.connect(lambda _=False, k=key: self.set_filter(k))
            self.filters.addButton(button)
            bar.addWidget(button)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search cases (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda: self.search_timer.start())

        self.table = QTableView()
        self.table.setObjectName("caseList")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 120, 170, 140, 80, 120, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        self.banner = DueBanner(self)
        self.banner.done.connect(self._banner_done)
        self.banner.snooze.connect(self._banner_snooze)
        self.banner.open.connect(self.open_ref)
        self.due = QListWidget()
        self.due.setObjectName("dueList")
        self.due.itemActivated.connect(lambda item: self.open_ref(item.data(
            Qt.ItemDataRole.UserRole)))
        self.due_title = QLabel()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.banner)
        column.addWidget(self.search)
        column.addWidget(self.table, 3)
        column.addWidget(self.due_title)
        column.addWidget(self.due, 1)
        self.editor = CaseEditor(self.session, lang=self.lang)
        self.editor.saved.connect(self._saved)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([760, 640])
        self.setCentralWidget(splitter)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_case)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.editor.save)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_form)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --------------------------------------------------------------- actions
    def set_filter(self, key: str) -> None:
        for button in self.filters.buttons():
            button.setChecked(button.objectName() == f"filter_{key}")
        self.model.set_filter(key)
        self._status()

    def new_case(self) -> None:
        if self._may_leave():
            self.editor.new_case()
            self.table.clearSelection()

    def open_row(self, row: int) -> None:
        ref = self.model.ref_at(row)
        if ref:
            self.open_ref(ref)

    def open_ref(self, ref: str) -> None:
        if ref and ref != self.editor.current_ref() and self._may_leave():
            self.editor.load(ref)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.open_row(current.row())

    def _may_leave(self) -> bool:
        """Unsaved edits are never dropped silently."""
        if not self.editor.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This case has changes that are not saved yet."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedBox")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def _saved(self, ref: str) -> None:
        self.clear_draft()

    def _on_changed(self, ref: str) -> None:
        self.model.refresh()
        self.refresh_due()
        self._status()

    def open_staff(self) -> None:
        from casebook.ui.dialogs import StaffDialog

        StaffDialog(self.session, self, lang=self.lang).exec()
        self.session.changed.emit("")

    def open_settings(self) -> MainWindow | None:
        from casebook.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(self.session, self, lang=self.lang)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        return self.switch_language(self.session.book.setting("language") or self.lang)

    def switch_language(self, lang: str) -> MainWindow | None:
        """Rebuild the window in another language; the open case and its edits stay."""
        if lang == self.lang:
            return None
        from casebook.app import apply_language

        apply_language(lang)
        ref, draft = self.editor.current_ref(), self.editor.draft()
        dirty = self.editor.is_dirty()
        window = MainWindow(self.session, lang=lang)
        if ref:
            window.editor.load(ref)
        if dirty:
            window.editor.restore_draft(draft)
        window.resize(self.size())
        window.show()
        self.editor.loaded = self.editor.draft()  # handed over: closing must not ask
        self.editor.ref = self.editor.ref or "handed-over"
        self.close()
        return window

    def sign_form(self):
        """The customer (and the member of staff) sign the open case's form."""
        from casebook.ui.signature import SignDialog

        ref = self.editor.current_ref()
        if ref is None or (self.editor.is_dirty() and not self.editor.save()):
            return None
        dialog = SignDialog(self.session, ref, self)
        dialog.open()
        dialog.accepted.connect(lambda: self.editor.load(ref))
        return dialog

    def print_form(self) -> Path | None:
        """Write the open case's resolution form and hand it to the system's PDF viewer,
        whose print dialog prints it (Qt alone cannot rasterise a PDF)."""
        ref = self.editor.current_ref()
        if ref is None:
            return None
        if self.editor.is_dirty() and not self.editor.save():
            return None
        from casebook.core.files import atomic_write
        from casebook.pdf.form import render

        folder = paths.data_dir() / "forms"
        folder.mkdir(exist_ok=True)
        target = folder / f"{ref}.pdf"
        ok, _code = self.session.run(self, lambda book: atomic_write(target, lambda fh: render(
            book, ref, fh)))
        if ok and not os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target if ok else None

    # -------------------------------------------------------------- due list
    def ui_settings(self) -> QSettings:
        return QSettings(str(paths.data_dir() / "desk.ini"), QSettings.Format.IniFormat)

    def _catch_up(self) -> None:
        """On start: what fell due while Casebook was closed."""
        book = self.session.book
        last = self.ui_settings().value("last_closed_at", "")
        items = self._due_items()
        if last:
            since = dt.datetime.fromisoformat(last)
            items = [d for d in items if parse_time(d.due_at, book.tz) > since]
        self._seen_due = {d.id for d in self._due_items()}
        if items:
            self.banner.show_items(items, self.tr(
                "%n follow-up(s) fell due while Casebook was closed.", "", len(items)), book.tz,
                self.lang)

    def _due_items(self, now=None):
        book = self.session.book
        return book.due(now or book.now(), owner=self.session.operator or None)

    def check_due(self, now=None) -> None:
        """Every minute: prompt for what has just fallen due (banner and tray)."""
        self.refresh_due(now)
        fresh = [d for d in self._due_items(now) if d.id not in self._seen_due]
        self._seen_due.update(d.id for d in fresh)
        if not fresh:
            return
        text = self.tr("Due now: %n follow-up(s).", "", len(fresh))
        self.banner.show_items(fresh, text, self.session.book.tz, self.lang)
        if self.tray is not None:
            first = fresh[0]
            self.tray.showMessage("Casebook", f"{first.ref}: " + defaults.label(
                "deadline_kind", first.kind, self.lang))

    def _banner_done(self, deadline_id: int) -> None:
        operator = self.session.operator
        self.session.run(self, lambda book: book.complete_deadline(deadline_id, by=operator))
        self.banner.drop(deadline_id)

    def _banner_snooze(self, deadline_id: int) -> None:
        operator = self.session.operator
        ok, _ = self.session.run(self, lambda book: book.snooze(deadline_id, 15, by=operator))
        if ok:
            self._seen_due.discard(deadline_id)  # prompt again when the snooze ends
            self.banner.drop(deadline_id)

    def refresh_due(self, now=None) -> None:
        book = self.session.book
        now = now or book.now()
        items = book.due(now, owner=self.session.operator or None)
        self.due.clear()
        for d in items[:500]:
            label = defaults.label("deadline_kind", d.kind, self.lang)
            item = QListWidgetItem(f"{time_text(d.due_at, book.tz)}  {d.ref}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, d.ref)
            self.due.addItem(item)
        self.due_title.setText(self.tr("Due now for {name}: {count}").format(
            name=self.session.operator or "—", count=len(items)))

    def _status(self) -> None:
        cases = self.tr("%n case(s)", "", self.model.rowCount())
        self.statusBar().showMessage(self.tr("{path} · operator: {name} · {cases}").format(
            path=self.session.book.location, name=self.session.operator or "—", cases=cases))

    # ----------------------------------------------------------------- drafts
    def save_draft(self) -> None:
        """Autosave the open case's unsaved edits: a crash loses at most seconds."""
        if not self.editor.is_dirty():
            return
        target = paths.data_dir() / "draft.json"
        tmp = target.with_suffix(".partial")
        tmp.write_text(json.dumps({"ref": self.editor.current_ref(),
                                   "draft": self.editor.draft()}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, target)

    def clear_draft(self) -> None:
        (paths.data_dir() / "draft.json").unlink(missing_ok=True)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._may_leave():
            self.clear_draft()
            self.ui_settings().setValue("last_closed_at",
                                        self.session.book.now().isoformat())
            event.accept()
        else:
            event.ignore()

