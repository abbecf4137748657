"""Where windows go, and what the desk made of them last time.

Every window opens inside the screen it is on — a 1366×768 laptop with its
taskbar leaves 1366×728, and a dialog's buttons below that edge cannot be
pressed — and comes back the size and shape the desk left it: window
geometry, splitter positions and column widths are kept per PC in
`desk.ini` beside the data (QSettings), never in the casebook, which may be
shared by several desks with different screens.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from casebook.core import paths

# A window manager's frame (title bar, borders) is only known once a window is shown;
# until then this much is kept free around the window.
FRAME_GUESS = QSize(16, 40)


def desk_settings() -> QSettings:
    """Per-PC choices (window shapes, the last person at the desk), beside the data."""
    return QSettings(str(paths.desk_ini()), QSettings.Format.IniFormat)


def work_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen windows may use (without taskbars and panels)."""
    screen = (widget.screen() if widget is not None else None) or \
        QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    """How much the window manager's frame adds (a guess until the window is shown)."""
    if widget.isVisible():
        outer, inner = widget.frameGeometry(), widget.geometry()
        return QSize(outer.width() - inner.width(), outer.height() - inner.height())
    return FRAME_GUESS


def fit(widget: QWidget, wanted: QSize) -> None:
    """Size `widget` to `wanted`, or to what the work area holds; and put it there."""
    area = work_area(widget)
    extra = frame_extra(widget)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = wanted.boundedTo(room).expandedTo(widget.minimumSize())
    widget.resize(size)
    keep_inside(widget)


def keep_inside(widget: QWidget) -> None:
    """Move a window (frame and all) back inside the work area, shrinking it if it must."""
    area = work_area(widget)
    extra = frame_extra(widget)
    room = QSize(area.width() - extra.width(), area.height() - extra.height())
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(widget.size().boundedTo(room).expandedTo(widget.minimumSize()))
    frame = widget.frameGeometry() if widget.isVisible() else QRect(
        widget.pos(), widget.size() + extra)
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(QPoint(max(x, area.left()), max(y, area.top())))


def is_small(widget: QWidget, wanted: QSize) -> bool:
    """Whether the work area is smaller than `wanted` and its frame (a laptop)."""
    area, extra = work_area(widget), frame_extra(widget)
    return (area.width() < wanted.width() + extra.width()
            or area.height() < wanted.height() + extra.height())


def restore(widget: QWidget, key: str, wanted: QSize) -> bool:
    """The window as the desk left it (kept inside today's screen), else `wanted` fitted
    to the screen. True when a remembered shape was used."""
    saved = desk_settings().value(f"{key}/geometry")
    if isinstance(saved, QByteArray) and not saved.isEmpty() and widget.restoreGeometry(saved):
        keep_inside(widget)
        return True
    fit(widget, wanted)
    centre = work_area(widget).center()
    frame = widget.size() + frame_extra(widget)
    widget.move(max(work_area(widget).left(), centre.x() - frame.width() // 2),
                max(work_area(widget).top(), centre.y() - frame.height() // 2))
    return False


def remember(widget: QWidget, key: str) -> None:
    desk_settings().setValue(f"{key}/geometry", widget.saveGeometry())


def restore_state(key: str, apply) -> bool:
    """Give a saved state (a splitter's, a header's) back to `apply`; False when none."""
    saved = desk_settings().value(key)
    return isinstance(saved, QByteArray) and not saved.isEmpty() and bool(apply(saved))


def remember_state(key: str, state: QByteArray) -> None:
    desk_settings().setValue(key, state)
