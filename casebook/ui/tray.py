"""Casebook in the system tray: reminders reach the desk while the window is closed.

Where the desktop has a tray, closing the window leaves Casebook running there
(a per-PC choice, on by default): the minute's due check goes on, a follow-up
that falls due pops up as a tray message, and a click brings the window back.
**Quit** in the tray's menu ends Casebook the way closing the window used to
(backup, unsaved edits asked about). Where there is no tray, closing quits.

The per-PC choices (keep running in the tray, open at login) live in the data
folder's `desk.ini`, not in the casebook: they belong to this computer.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QCheckBox, QGroupBox, QMenu, QSystemTrayIcon, QVBoxLayout,
                               QWidget)

from casebook.core import paths
from casebook.ui import autostart

KEEP_RUNNING = "close_to_tray"


def available() -> bool:
    """Whether this desktop shows tray icons (tests say so for their fake desktop)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def desk_settings() -> QSettings:
    return QSettings(str(paths.desk_ini()), QSettings.Format.IniFormat)


def keeps_running() -> bool:
    """Closing the window leaves Casebook in the tray: on by default where a tray exists."""
    if not available():
        return False
    value = desk_settings().value(KEEP_RUNNING, True)
    return value not in (False, "false", "0", 0)


@functools.cache
def app_icon() -> QIcon:
    """The application's icon: the shipped PNGs when the build has them, else drawn."""
    icon = QIcon()
    try:
        from casebook import assets  # the installed app's icon files

        for path in assets.icon_files():
            icon.addFile(str(path))
    except Exception:  # noqa: BLE001 (no icon files in this checkout: draw one)
        pass
    if icon.isNull():
        for size in (16, 32, 64, 128):
            icon.addPixmap(_drawn(size))
    return icon


def _drawn(size: int) -> QPixmap:
    """A closed case file: a blue folder with a white page and a tick."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f5fa8"))
    painter.drawRoundedRect(QRectF(1 * s, 2 * s, 14 * s, 12 * s), 2 * s, 2 * s)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRectF(4 * s, 4 * s, 8 * s, 8 * s))
    pen = QPen(QColor("#1f8a3a"))
    pen.setWidthF(max(1.0, 1.6 * s))
    painter.setPen(pen)
    painter.drawPolyline([QPointF(5.2 * s, 7.8 * s), QPointF(7.2 * s, 9.8 * s),
                          QPointF(10.8 * s, 5.6 * s)])
    painter.end()
    return pixmap


class Tray(QSystemTrayIcon):
    """The tray icon of one main window: its messages, and Open / Quit."""

    def __init__(self, window):
        super().__init__(app_icon(), window)
        self.setObjectName("trayIcon")
        self.window = window
        self.setToolTip("Casebook")
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction(self.tr("Open Casebook"))
        self.open_action.triggered.connect(self.bring_back)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction(self.tr("Quit Casebook"))
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(window.quit)
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.messageClicked.connect(self.bring_back)
        self._told_hidden = False

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.bring_back()

    def bring_back(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def hidden(self) -> None:
        """Said once per run: where the window went, and that reminders go on."""
        if not self._told_hidden:
            self._told_hidden = True
            self.showMessage("Casebook", self.tr(
                "Casebook keeps running here and will remind you of follow-ups. "
                "Quit it from this icon's menu."))


class DeskOptions(QGroupBox):
    """This computer's choices in the settings dialog: tray and login."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("This computer"), parent)
        self.setObjectName("deskOptions")
        layout = QVBoxLayout(self)
        self.keep_running = QCheckBox(self.tr("Keep Casebook running in the tray when the "
                                              "window is closed, to remind me of follow-ups"))
        self.keep_running.setObjectName("keepRunningBox")
        self.keep_running.setChecked(keeps_running())
        self.keep_running.setEnabled(available())
        if not available():
            self.keep_running.setToolTip(self.tr("This desktop has no system tray."))
        self.at_login = QCheckBox(self.tr("Open Casebook when I log in"))
        self.at_login.setObjectName("openAtLoginBox")
        self.at_login.setChecked(autostart.is_enabled())
        layout.addWidget(self.keep_running)
        layout.addWidget(self.at_login)

    def apply(self) -> str | None:
        """Write the choices; a login entry that cannot be written is said, not raised."""
        if available():
            desk_settings().setValue(KEEP_RUNNING, self.keep_running.isChecked())
        if self.at_login.isChecked() == autostart.is_enabled():
            return None
        try:
            (autostart.enable if self.at_login.isChecked() else autostart.disable)()
        except OSError as exc:
            return QCoreApplication.translate(
                "DeskOptions", "Casebook could not change how it starts at login: {reason}"
            ).format(reason=exc.strerror or str(exc))
        return None
