"""The main window: quick filters and search over the case list, the editor, the due list.

It reads through the list model and the due list and writes nothing itself:
the editor and the dialogs change the casebook through the session, and every
view refreshes from `session.changed`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QMainWindow,
                               QMessageBox, QPushButton, QSizePolicy, QSplitter, QTableView,
                               QToolBar, QVBoxLayout, QWidget)

from casebook.core import drafts
from casebook.core.cases import ahead
from casebook.core.trust import backup
from casebook.errors import KnownError
from casebook.core.time.times import parse_time
from casebook.i18n import defaults
from casebook.ui import places
from casebook.ui.case_list import COLUMNS, CaseListModel, fit_columns
from casebook.ui.desk import Desk
from casebook.ui.due_panel import DueBanner, DueList
from casebook.ui.editor import CaseEditor
from casebook.ui import ticker, tray

DRAFT_SECONDS = 30
WANTED = QSize(1600, 1000)  # on a large screen; a laptop's work area is used whole
SAVED_MESSAGE_MS = 8000
BACKUP_FIRST_MS = 10_000  # the day's backup waits until the window is up and settled
BACKUP_EVERY_MS = 3_600_000  # then an hourly look: a new day gets its backup while running


class MainWindow(QMainWindow):
    def __init__(self, session, *, lang: str = "en"):
        super().__init__()
        ahead.forbid("a Casebook window runs in this process")
        self.session = session
        self.lang = lang
        self._reselecting = False
        self._quitting = False
        self.successor: MainWindow | None = None  # set when a language switch replaces it
        self._retired = False
        self.setWindowIcon(tray.app_icon())
        self.setWindowTitle(self.tr("Casebook — {name}").format(
            name=session.book.setting("business_name") or session.book.location))
        self.model = CaseListModel(session, self, lang=lang)
        self._build()
        session.changed.connect(self._on_changed)
        # Timers on the casebook's clock: real time in the app, moved by hand in tests
        self.ticker = ticker.for_clock(session.book.clock)
        self.due_timer = self.ticker.timer(60_000, self)
        self.due_timer.timeout.connect(lambda: self.check_due())
        self.due_timer.timeout.connect(lambda: self.desk.check_idle())
        self.due_timer.start()
        self._seen_due: set[int] = set()
        self.tray = tray.Tray(self) if tray.available() else None
        if self.tray is not None:
            self.tray.show()
        self.draft_timer = self.ticker.timer(DRAFT_SECONDS * 1000, self)
        self.draft_timer.timeout.connect(self.save_draft)
        self.draft_timer.start()
        self.backup_timer = self.ticker.timer(BACKUP_FIRST_MS, self)
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
        self._place()

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
        for name, text, slot in (("incidentsButton", self.tr("Incidents…"),
                                  lambda: self.open_incidents()),
                                 ("reportsButton", self.tr("Reports…"), self.open_reports),
                                 ("staffButton", self.tr("Staff…"), self.open_staff),
                                 ("settingsButton", self.tr("Settings…"), self.open_settings)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        from casebook.ui.access import ManagerMenu  # delete, erase, reopen: a manager's PIN

        self.manager_menu = ManagerMenu(self)
        bar.addWidget(self.manager_menu)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.desk = Desk(self)
        bar.addWidget(self.desk.button)
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
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        # a click on the case that is current but not open (after Ctrl+N) opens it too
        self.table.clicked.connect(lambda index: self.open_row(index.row()))

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
        self.editor.sign_requested.connect(self.sign_form)
        self.editor.edited.connect(self._update_actions)
        self.editor.incident_requested.connect(self.open_incidents)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)  # a wider window widens the editor most
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.counts = QLabel()
        self.counts.setObjectName("caseCount")
        self.statusBar().addPermanentWidget(self.counts)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_case)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.editor.save)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_form)

    def _place(self) -> None:
        """The window as the desk left it, else as large as the screen allows; the list and
        the editor side by side in the proportions last chosen."""
        if not places.restore(self, "mainWindow", WANTED) and places.is_small(self, WANTED):
            self.setWindowState(Qt.WindowState.WindowMaximized)
        places.restore_state("mainWindow/splitter", self.splitter.restoreState)
        if not places.restore_state("caseList/header",
                                    self.table.horizontalHeader().restoreState):
            # the list gets more of a large screen: its columns are many and short
            width = self.width()
            share = width * (9 if width >= 1500 else 8) // 20
            self.splitter.setSizes([share, width - share])
            fit_columns(self.table, self.session.book.staff())

    def remember_places(self) -> None:
        places.remember(self, "mainWindow")
        places.remember_state("mainWindow/splitter", self.splitter.saveState())
        places.remember_state("caseList/header", self.table.horizontalHeader().saveState())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.desk.watch(self.windowHandle())
        # the window manager's frame is known now: keep the whole window on the screen
        QTimer.singleShot(0, self._keep_inside)

    def _keep_inside(self) -> None:
        places.keep_inside(self)

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

    def open_incidents(self, ref: str = ""):
        """The incident view (on incident `ref` when given); its cases open here."""
        from casebook.ui.incidents import IncidentView

        if getattr(self, "incidents", None) is None:
            self.incidents = IncidentView(self.session, self, lang=self.lang)
            self.incidents.open_case.connect(self.open_ref)
        if ref:
            self.incidents.select(ref)
        else:
            self.incidents.refresh()
        self.incidents.show()
        self.incidents.activateWindow()
        return self.incidents

    def set_filter(self, key: str) -> None:
        for button in self.filters.buttons():
            button.setChecked(button.objectName() == f"filter_{key}")
        self.model.set_filter(key)
        self._status()

    def new_case(self) -> None:
        if self._may_leave():
            self.editor.new_case()
            # no current row either, so a click on the case just left opens it again
            self._reselecting = True
            try:
                self.table.selectionModel().clear()
            finally:
                self._reselecting = False
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
                self.table.scrollTo(self.model.index(row, 0))
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
        """The form needs a saved case; signing, a case whose reply is recorded."""
        has_case = self.editor.current_ref() is not None
        self.print_button.setEnabled(has_case)
        signable, why = self.editor.signable()
        self.sign_button.setEnabled(signable)
        self.sign_button.setToolTip(why or self.tr("The customer signs the resolution form on "
                                                   "screen, or you attach a scan of the "
                                                   "signed paper form"))

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
        self.statusBar().showMessage(self.tr("Case {ref} saved.").format(ref=ref),
                                     SAVED_MESSAGE_MS)
        self._select_open_case()  # a new case shows in the list, selected

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
        self.remember_places()  # the new window opens where this one was
        window = MainWindow(self.session, lang=lang)
        if ref:
            window.editor.load(ref)
        if dirty:
            window.editor.restore_draft(draft)
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
        self.desk.retire()
        self.session.changed.disconnect(self._on_changed)

    def sign_form(self):
        """The customer (and the member of staff) sign the open case's form."""
        from casebook.ui.signature import SignDialog

        if not self.editor.signable()[0]:
            return None
        if (self.editor.current_ref() is None or self.editor.is_dirty()) \
                and not self.editor.save():
            return None
        ref = self.editor.current_ref()
        dialog = SignDialog(self.session, ref, self, lang=self.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._signed(ref))
        dialog.open()
        return dialog

    def _signed(self, ref: str) -> None:
        self.editor.load(ref)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Case {ref} signed.").format(ref=ref),
                                     SAVED_MESSAGE_MS)

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
        return places.desk_settings()

    def _closed_key(self) -> str:
        """Where this casebook's last closing is kept (the demo's apart from the real one)."""
        import hashlib

        digest = hashlib.sha1(str(self.session.book.location).encode("utf-8")).hexdigest()
        return f"last_closed_at/{digest[:16]}"

    def _catch_up(self) -> None:
        """On start: what fell due since Casebook last closed this casebook. Opened for the
        first time, nothing "fell due while closed": the due list shows what is late."""
        book = self.session.book
        last = self.ui_settings().value(self._closed_key(), "")
        items = self.due.items  # what refresh_due has just read: not asked for twice
        self._seen_due = {d.id for d in items}
        if not last:
            return
        since = dt.datetime.fromisoformat(last)
        tz = book.tz  # a settings read: once, not once per deadline (948 at 100k cases)
        items = [d for d in items if parse_time(d.due_at, tz) > since]
        if items:
            self.banner.show_items(items, self.tr(
                "%n follow-up(s) fell due while Casebook was closed.", "", len(items)), tz,
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
        self.counts.setText(self.tr("%n case(s)", "", self.model.rowCount()))
        self.counts.setToolTip(self.tr("Casebook file: {path}").format(
            path=self.session.book.location))

    # ------------------------------------------------------------ the desk
    def operator_changed(self) -> None:
        """Another person took the desk: their due list; a fresh case is received by them."""
        if self.editor.current_ref() is None and not self.editor.is_dirty():
            self.editor.new_case()
        self._seen_due = {d.id for d in self._due_items()}
        self.refresh_due()
        self._status()
        self.statusBar().showMessage(self.tr("{name} is at the desk now.").format(
            name=self.session.operator), SAVED_MESSAGE_MS)

    def set_locked(self, locked: bool) -> None:
        """A locked window shows no case and takes no action until someone signs in."""
        self.centralWidget().setVisible(not locked)
        for bar in self.findChildren(QToolBar):
            bar.setEnabled(not locked)

    # ----------------------------------------------------------------- drafts
    def save_draft(self) -> None:
        """Autosave the open case's unsaved edits: a crash loses at most seconds."""
        if not self.editor.is_dirty():
            return
        drafts.save(self.session.book.location, self.editor.current_ref(), self.editor.draft())

    def clear_draft(self) -> None:
        drafts.clear(self.session.book.location)

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

    def quit(self) -> bool:
        """Quit from the tray: close for good (asking about unsaved edits), then end."""
        self._quitting = True
        if self.isHidden() and self.editor.is_dirty():
            self.tray.bring_back()  # the question about unsaved edits needs its window
        closed = self.close()
        self._quitting = False
        return closed

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if (self.successor is None and not self._quitting and self.tray is not None
                and tray.keeps_running()):
            self.save_draft()  # still running: the edits stay open, and on disk
            event.ignore()
            self.hide()
            self.tray.hidden()
            return
        if self._may_leave():
            self._retire()
            if self.successor is None:  # else the draft is the successor's
                self.clear_draft()
                if not self.session.book.closed:  # closed under the window: no backup to make
                    self.auto_backup()
            self.ui_settings().setValue(self._closed_key(), self.session.book.now().isoformat())
            if self.successor is None:
                self.remember_places()
                self.session.book.close()  # the server's connection is not left to the GC
            event.accept()
            if self.successor is None:  # the app does not quit by itself (see app.run)
                QCoreApplication.quit()  # nothing when no event loop runs (tests)
        else:
            event.ignore()

