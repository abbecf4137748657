"""One path for every change the user makes (after Anki's CollectionOp).

A widget never writes to the database itself. It calls `Session.run(...)`
with a function of the open casebook; the function runs as one transaction
in the core, a known error is shown once in the user's language, and on
success every view refreshes from the `changed` signal.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from casebook.core.casebook import Casebook
from casebook.errors import KnownError

log = logging.getLogger("casebook.ui")


class Session(QObject):
    """The open casebook and the operator at the desk, shared by all widgets."""

    changed = Signal(str)  # the reference that changed, "" for anything else
    operator_changed = Signal(str)

    def __init__(self, book: Casebook, operator: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self._operator = operator

    @property
    def operator(self) -> str:
        return self._operator

    def set_operator(self, name: str) -> None:
        self._operator = name
        self.operator_changed.emit(name)

    def run(self, parent: QWidget | None, change: Callable[[Casebook], Any], *,
            ref: str = "") -> tuple[bool, Any]:
        """Run one change; returns (ok, result). Errors are shown, never raised."""
        try:
            result = change(self.book)
        except KnownError as exc:
            show_error(parent, str(exc))
            return False, None
        except Exception:  # a bug: log it for the crash report, keep the window alive
            from casebook.crash import write_crash_log

            path = write_crash_log(*sys.exc_info())
            log.exception("operation failed")
            show_error(parent, self.tr("Something went wrong and nothing was saved. "
                                       "Details: {path}").format(path=path))
            return False, None
        self.changed.emit(ref if isinstance(ref, str) else "")
        return True, result


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """A warning that never blocks the event loop (tests and timers keep running)."""
    title = QCoreApplication.translate("Session", "Casebook")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
