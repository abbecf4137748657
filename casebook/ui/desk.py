"""Who is at the desk: shown in the window, changed at a shift change, locked when away.

Everything a clerk does is recorded as theirs — the cases they receive and
own, the notes, the audit log — so the person at the desk must be the one
working. The main window shows who that is on a button that changes it (with
their PIN when they have one). When PINs are on, a desk left alone locks: the
window's once-a-minute due check also compares the session clock's time with
the last key press or click, and after `lock_after_minutes` the work is hidden
until someone on the staff list signs in again. Unsaved edits stay where they
are (and are autosaved first).

Key presses and clicks are seen on the main window's own QWindow, where the
platform delivers them before any widget does: an application-wide filter
written in Python would also be handed widgets half-way through their
destruction, which PySide cannot wrap.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from casebook.core.trust import access
from casebook.ui.access import PinOperatorDialog
from casebook.ui.places import desk_settings

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
DEFAULT_LOCK_MINUTES = 10  # should the setting be unreadable


class LockDialog(PinOperatorDialog):
    """Who is at the desk, asked by a locked window: there is no way round it."""

    def reject(self) -> None:  # Esc, or closing the dialog, leaves it locked
        pass


def ask_person(window, *, title: str = "", intro: str = "", locked: bool = False):
    """The dialog that asks who is at the desk (and their PIN when they have one)."""
    book = window.session.book
    staff = [s.name for s in book.staff()]
    dialog = (LockDialog if locked else PinOperatorDialog)(staff, window.session.operator, window, lang=window.lang,
                               with_pin=access.members_with_pin(book),
                               check=lambda name, pin: access.check_operator(book, name, pin))
    dialog.setObjectName("lockDialog" if locked else "changePersonDialog")
    if title:
        dialog.setWindowTitle(title)
    if intro:
        label = QLabel(intro)
        label.setWordWrap(True)
        dialog.layout().insertRow(0, label)
    if locked:  # someone on the staff list signs in
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Cancel).hide()
        dialog.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
    return dialog


class Desk(QObject):
    """The person at the desk of one main window: the button, the change, the lock."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.locked = False
        self.dialog: QDialog | None = None
        self.last_activity: dt.datetime = self.session.book.now()
        self.button = QPushButton()
        self.button.setObjectName("deskPersonButton")
        self.button.setToolTip(self.tr("Change the person at the desk: what they do is "
                                       "recorded as theirs"))
        self.button.clicked.connect(self.change)
        self.show_person()
        self.watched = None

    def watch(self, handle) -> None:
        """Count the key presses and clicks the window's QWindow receives as activity."""
        if handle is not None and handle is not self.watched:
            self.retire()
            handle.installEventFilter(self)
            self.watched = handle

    def retire(self) -> None:
        if self.watched is not None:
            self.watched.removeEventFilter(self)
            self.watched = None

    def show_person(self) -> None:
        self.button.setText(self.tr("At the desk: {name}").format(
            name=self.session.operator or "—"))
        self.button.setAccessibleName(self.tr("Change person at the desk"))

    # ------------------------------------------------------------------ change
    def change(self) -> bool:
        """Another member of staff takes the desk (their PIN when they have one)."""
        if self.locked or not self.window._may_leave():  # edits are saved as whose they are
            return False
        self.dialog = ask_person(self.window, title=self.tr("Change person at the desk"))
        self.dialog.accepted.connect(lambda: self.take_over(self.dialog.operator()))
        self.dialog.open()
        return True

    def take_over(self, name: str) -> None:
        """`name` works the desk from now on: their deadlines, their cases received."""
        self.last_activity = self.session.book.now()
        if name == self.session.operator:
            return
        self.session.set_operator(name)
        desk_settings().setValue("operator", name)
        self.show_person()
        self.window.operator_changed()

    # ------------------------------------------------------------------ lock
    def lock_minutes(self) -> int:
        try:
            return max(1, int(self.session.book.setting("lock_after_minutes")
                              or DEFAULT_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES

    def check_idle(self, now: dt.datetime | None = None) -> bool:
        """Called with the due check every minute: lock a desk left alone (PINs on)."""
        if self.locked:
            return True
        now = now or self.session.book.now()
        idle = now - self.last_activity
        if idle >= dt.timedelta(minutes=self.lock_minutes()) and access.pins_on(
                self.session.book):
            self.lock()
        return self.locked

    def lock(self) -> None:
        """Hide the work until someone signs in; unsaved edits wait (and are on disk)."""
        self.window.save_draft()
        self.locked = True
        self.window.set_locked(True)
        self.dialog = ask_person(
            self.window, title=self.tr("Casebook is locked"), locked=True,
            intro=self.tr("Nobody used Casebook for {minutes} minutes, so it locked. Who is "
                          "at the desk?").format(minutes=self.lock_minutes()))
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.open()

    def _unlocked(self) -> None:
        self.locked = False
        self.window.set_locked(False)
        self.take_over(self.dialog.operator())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY and not self.locked:
            self.last_activity = self.session.book.now()
        return False
