"""The main window: quick filters and search over the case list, the editor, the due list.

It reads through the list model and the due list and writes nothing itself:
the editor and the dialogs change the casebook through the session, and every
view refreshes from `session.changed`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QMessageBox, QPushButton, QSplitter, QSystemTrayIcon, QTableView,
                               QToolBar, QVBoxLayout, QWidget)

from casebook.core import paths
from casebook.core.trust import backup
from casebook.errors import KnownError
from casebook.core.time.times import parse_time
from casebook.i18n import defaults
from casebook.ui.case_list import COLUMNS, CaseListModel
from casebook.ui.due_panel import DueBanner, DueList
from casebook.ui.editor import CaseEditor

DRAFT_SECONDS = 30
BACKUP_FIRST_MS = 10_000  # the day's backup waits until the window is up and settled
BACKUP_EVERY_MS = 3_600_000  # then an hourly look: a new day gets its backup while running


class MainWindow(QMainWindow):
    def __init__(self, session, *, lang: str = "en"):
        super().__init__()
        self.session = session
        self.lang = lang
        self._reselecting = False
        self.successor: MainWindow | None = None  # set when a language switch replaces it
        self._retired = False
        self.setWindowTitle(self.tr("Casebook — {name}").format(
            name=session.book.setting("business_name") or session.book.location))
        self.resize(1400, 900)
        self.model = CaseListModel(session, self, lang=lang)
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
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_FIRST_MS)
        self.backup_timer.timeout.connect(self.daily_backup)
        self.backup_timer.start()
        self.refresh_due()
        self._catch_up()
        self._status()
        self._update_actions()
        from casebook.ui.live import LiveFeed

        self.live = LiveFeed(session, self)
        self.live.changed.connect(self._on_remote)
        self.live.lost.connect(self._connection_lost)
        self.live.restored.connect(self._connection_restored)

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
        for name, text, slot in (("reportsButton", self.tr("Reports…"), self.open_reports),
                                 ("staffButton", self.tr("Staff…"), self.open_staff),
                                 ("settingsButton", self.tr("Settings…"), self.open_settings)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        from casebook.ui.access import ManagerMenu  # delete, erase, reopen: a manager's PIN

        self.manager_menu = ManagerMenu(self)
        bar.addWidget(self.manager_menu)
        # Quick filters get a row of their own: with the actions beside them, the longer
        # Georgian and Russian labels ran off the window's edge.
        self.addToolBarBreak()
        bar = QToolBar(self.tr("Quick filters"))
        bar.setObjectName("filterToolbar")
        self.addToolBar(bar)
        self.filters = QButtonGroup(self)
        names = {"all": self.tr("All"), "open": self.tr("Open"), "due_today": self.tr("Due today"),
                 "overdue": self.tr("Overdue"), "major_unreported": self.tr("Major, not reported"),
                 "unsigned": self.tr("Awaiting signature"), "closed": self.tr("Closed")}
        for key, text in names.items():
            button = QPushButton(text)
            button.setObjectName(f"filter_{key}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show: {filter}").format(filter=text))
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
        self._fit_columns()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        self.banner = DueBanner(self)
        self.banner.done.connect(self._banner_done)
        self.banner.snooze.connect(self._banner_snooze)
        self.banner.open.connect(self.open_ref)
        self.due = DueList(self.session, lang=self.lang)
        self.due.open.connect(self.open_ref)
        self.due_title = QLabel()
        self.due_title.setBuddy(self.due)
        self.offline = QLabel(self.tr("The connection to the casebook is lost. Casebook keeps "
                                      "trying; your unsaved edits stay on screen."))
        self.offline.setObjectName("connectionLost")
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("background:#b3261e;color:white;padding:6px;"
                                   "border-radius:4px;font-weight:600;")
        self.offline.hide()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.offline)
        column.addWidget(self.banner)
        column.addWidget(self.search)
        column.addWidget(self._pinned_bar())
        column.addWidget(self.table, 3)
        column.addWidget(self.due_title)
        column.addWidget(self.due, 1)
        self.editor = CaseEditor(self.session, lang=self.lang)
        self.editor.saved.connect(self._saved)
        self.editor.open_requested.connect(self.open_ref)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([800, 600])
        self.setCentralWidget(splitter)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_case)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.editor.save)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_form)

    def _fit_columns(self) -> None:
        """Widths from what the columns hold in this language and font, so the next reply
        is on screen without scrolling; the customer's name takes what is left."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 2 * metrics.horizontalAdvance("M")
        model = self.model
        samples = {
            "ref": ["2026-00000"], "received_at": ["2026-12-31 23:59"],
            "next_reply_at": ["2026-12-31 23:59"], "severity": list(model.severities.values()),
            "state": list(model.states.values()), "category": list(model._labels.values()),
            "owner": [s.name for s in self.session.book.staff()], "customer": []}
        # in average characters; longer text elides
        caps = {"category": 12, "owner": 10, "state": 10, "severity": 9}
        for column, key in enumerate(COLUMNS):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = max([metrics.horizontalAdvance(t) for t in samples[key]]
                        + [metrics.horizontalAdvance(title) + pad])  # + the sort arrow
            if key in caps:
                width = min(width, caps[key] * metrics.averageCharWidth())
            self.table.setColumnWidth(column, width + pad)
        # A name cut to "Piet…" is no use at the desk: the customer keeps room for one
        # and the list scrolls sideways when the window is narrow; the last column stretches.
        self.table.setColumnWidth(COLUMNS.index("customer"), 15 * metrics.averageCharWidth())
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMMM"))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --------------------------------------------------------------- actions
    def _pinned_bar(self) -> QWidget:
        """Shown while the list holds the cases behind a report figure."""
        self.pinned_bar = QWidget()
        self.pinned_bar.setObjectName("pinnedBar")
        row = QHBoxLayout(self.pinned_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.pinned_label = QLabel()
        self.pinned_label.setWordWrap(True)
        show_all = QPushButton(self.tr("Show all cases"))
        show_all.setObjectName("showAllButton")
        show_all.clicked.connect(lambda: self.show_cases(None))
        row.addWidget(self.pinned_label, 1)
        row.addWidget(show_all)
        self.pinned_bar.hide()
        return self.pinned_bar

    def show_cases(self, ids: list[int] | None, title: str = "") -> None:
        """List exactly these cases (from a report), or every case again with None."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.query_text = ""
        for button in self.filters.buttons():
            button.setChecked(button.objectName() == "filter_all")
        self.model.status = "all"
        self.model.set_pinned(ids)
        self.pinned_label.setText(self.tr("From the report: {title} · %n case(s)", "",
                                          len(ids or [])).format(title=title))
        self.pinned_bar.setVisible(ids is not None)
        self._status()

    def open_reports(self):
        from casebook.ui.reports import ReportsView

        if getattr(self, "reports", None) is None:  # a new view reads its figures itself
            self.reports = ReportsView(self.session, self, lang=self.lang)
            self.reports.show_cases.connect(self.show_cases)
        else:  # cases may have changed since it was last shown
            self.reports.refresh()
        self.reports.show()
        self.reports.activateWindow()
        return self.reports

    def set_filter(self, key: str) -> None:
        for button in self.filters.buttons():
            button.setChecked(button.objectName() == f"filter_{key}")
        self.model.set_filter(key)
        self._status()

    def new_case(self) -> None:
        if self._may_leave():
            self.editor.new_case()
            self.table.clearSelection()
            self._update_actions()

    def open_row(self, row: int) -> None:
        ref = self.model.ref_at(row)
        if ref:
            self.open_ref(ref)

    def open_ref(self, ref: str) -> None:
        if ref and ref != self.editor.current_ref() and self._may_leave():
            self.editor.load(ref)
            self._update_actions()

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid() or self._reselecting:
            return
        self.save_draft()  # leaving a case: its unsaved edits are on disk first
        self.open_row(current.row())
        if self.editor.current_ref() != self.model.ref_at(current.row()):
            # The user chose to stay (Cancel). The view is still selecting the new row
            # (current first, selection after): put it back once it has finished.
            QTimer.singleShot(0, self._select_open_case)

    def _select_open_case(self) -> None:
        ref = self.editor.current_ref()
        row = self.model.row_of(ref) if ref else None
        self._reselecting = True
        try:
            if row is None:
                self.table.selectionModel().clear()
            else:
                self.table.selectRow(row)
        finally:
            self._reselecting = False

    def _sort_changed(self, column: int, order) -> None:
        """Columns the database cannot sort by keep the indicator where the sort is."""
        if self.model.sortable(column):
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(COLUMNS.index(self.model.sort_key),
                                Qt.SortOrder.DescendingOrder if self.model.descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _update_actions(self) -> None:
        """Form and signature need a saved case."""
        has_case = self.editor.current_ref() is not None
        self.print_button.setEnabled(has_case)
        self.sign_button.setEnabled(has_case)

    def _may_leave(self) -> bool:
        """Unsaved edits are never dropped silently (a successor window holds them now)."""
        if self.successor is not None or not self.editor.is_dirty():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("This case has changes that are not saved yet."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedBox")
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.clear_draft()  # discarded on purpose: not offered back at the next start
            return True
        return False

    def _saved(self, ref: str) -> None:
        self.clear_draft()
        self._update_actions()

    def _on_changed(self, ref: str) -> None:
        self.model.refresh()
        self.refresh_due()
        self._status()

    def _on_remote(self, refs: list) -> None:
        """Other desks changed these cases (or everything): refresh what shows them."""
        from casebook.ui.live import EVERYTHING

        if self.successor is not None:
            return
        self.model.refresh()
        self.refresh_due()
        due = {d.id for d in self.due.items}
        for item in list(self.banner.items):
            if item.id not in due:  # done or moved at another desk: no longer prompted
                self.banner.drop(item.id)
        self._status()
        everything = EVERYTHING in refs or "" in refs
        if everything:
            self.editor.refresh_choices()
        if everything or self.editor.current_ref() in refs:
            self.editor.remote_change()

    def _connection_lost(self, _reason: str) -> None:
        self.offline.show()

    def _connection_restored(self) -> None:
        self.offline.hide()

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
        self.successor = window  # holds the new window; and closing must not ask
        self._retire()
        self.close()
        return window

    def _retire(self) -> None:
        """A window replaced by its successor, or closed, stops prompting, autosaving and
        refreshing: a closed window left to the garbage collector would otherwise keep
        reading (and, on a server, reconnecting to) its casebook."""
        if self._retired:
            return
        self._retired = True
        self.due_timer.stop()
        self.draft_timer.stop()
        self.backup_timer.stop()
        self.search_timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.live.stop()
        self.session.changed.disconnect(self._on_changed)

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

    def print_form(self):
        """Preview the open case's resolution form (or its reply letter or summary) and
        print it through the system print dialog, or save it as PDF."""
        from casebook.ui.preview import PreviewDialog

        ref = self.editor.current_ref()
        if ref is None:
            return None
        if self.editor.is_dirty() and not self.editor.save():
            return None
        dialog = PreviewDialog(self.session, ref, self, lang=self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        self.due.refresh(now)
        self.due_title.setText(self.tr("Due now for {name}: {count}").format(
            name=self.session.operator or "—", count=self.due.count_due))

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

    # ---------------------------------------------------------------- backups
    def auto_backup(self, *, daily: bool = False) -> Path | None:
        """An automatic backup now (or the day's first); a failure is shown, never lost,
        and never stops the window from closing."""
        from casebook.ui.operations import show_error

        try:
            return backup.scheduled(self.session.book, daily=daily)
        except KnownError as exc:
            # no parent, so the message outlives a closing window and keeps the app up until
            # it is read; the reference keeps Python from deleting it at once
            self.backup_error = show_error(None, self.tr(
                "The automatic backup was not made: {reason}").format(reason=str(exc)))
        except Exception:  # a bug: logged for the crash report; closing still goes ahead
            import sys

            from casebook.crash import write_crash_log

            path = write_crash_log(*sys.exc_info())
            self.backup_error = show_error(None, self.tr(
                "The automatic backup was not made. Details: {path}").format(path=path))
        return None

    def daily_backup(self) -> Path | None:
        """Once a day while Casebook runs (a first look just after start, then hourly)."""
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        return self.auto_backup(daily=True)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._may_leave():
            self._retire()
            if self.successor is None:  # else the draft is the successor's
                self.clear_draft()
                self.auto_backup()
            self.ui_settings().setValue("last_closed_at",
                                        self.session.book.now().isoformat())
            if self.successor is None and self.parent() is None:
                self.session.book.close()  # the server's connection is not left to the GC
            event.accept()
        else:
            event.ignore()

