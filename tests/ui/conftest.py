"""The real main window on a real casebook file, driven like a user would."""

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from casebook.app import make_window
from casebook.ui.operations import Session


@pytest.fixture
def window(qtbot, book, db_path, clock):
    win = make_window(db_path, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    return win


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Before pytest-qt closes the test's windows: a test that failed half-way leaves
    unsaved edits, and closing would stop on the question that asks about them."""
    from casebook.ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for widget in windows:
        if hasattr(widget, "editor"):  # built whole
            widget.editor.loaded = widget.editor.draft()
    try:
        return (yield)
    finally:
        # A window closed into the tray keeps its casebook open, as the app means it to;
        # the test is over, so its server connection is closed here, not by the GC
        # (which would report it in whichever later test it happens to run).
        # Its timers are stopped first: a live poll or a due check of a window that
        # outlived its test would bind the shared models to that old casebook while the
        # next test runs (its writes then land in the wrong database).
        for widget in windows:
            live = getattr(widget, "live", None)
            if live is not None:
                live.stop()
            for timer in widget.findChildren(QTimer):
                timer.stop()
            session = getattr(widget, "session", None)
            if session is not None:
                session.book.close()


@pytest.fixture
def tray_messages(monkeypatch):
    """A desktop with a system tray, and what its icon shows (title, text).

    The offscreen platform has no tray to look at, so the icon's `showMessage` is
    recorded on its way to Qt; everything before it (the timer, the due check, the
    icon and its menu) is the app's own."""
    from casebook.ui import tray

    shown: list[tuple[str, str]] = []
    real = tray.Tray.showMessage

    def show_message(self, title, text, *args):
        shown.append((title, text))
        return real(self, title, text, *args)

    monkeypatch.setattr(tray, "available", lambda: True)
    monkeypatch.setattr(tray.Tray, "showMessage", show_message)
    return shown


@pytest.fixture
def session(book):
    return Session(book, "Anna")


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: keys for ASCII, an input method commit for any other script
    (which is how Chinese, Georgian or Russian text reaches a widget)."""
    widget.setFocus()
    for chunk in _chunks(text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _chunks(text: str):
    current = ""
    for ch in text:
        if current and ch.isascii() != current[-1].isascii():
            yield current
            current = ""
        current += ch
    if current:
        yield current
