"""Run on a screen of a given size (Qt's offscreen platform reads it from a file):
open the main window, a case in the editor, the print preview and the signing
dialog in some languages, and print every window outside the screen and every
visible button that cannot be reached. One line per problem; "ok" when none.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screen_check DB HOME en ru ka

A test (tests/ui/test_screens.py) runs it in a process of its own: the screen
is fixed when the QApplication starts.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)  # the demo's "today"


def screen_config(width: int, height: int) -> dict:
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
            "screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def problems_on_screen(app: QApplication, label: str) -> list[str]:
    app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    found = []
    for top in app.topLevelWidgets():
        if not top.isVisible() or top.windowType() == 0x00000008:  # popups come and go
            continue
        frame = top.frameGeometry()
        if not screen.contains(frame):
            found.append(f"{label}: window {top.objectName() or type(top).__name__} is "
                         f"{frame.width()}x{frame.height()} at {frame.x()},{frame.y()}")
        for button in top.findChildren(QAbstractButton):
            if not button.isVisible() or button.visibleRegion().isEmpty():
                continue
            rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
            if not screen.contains(rect):
                found.append(f"{label}: button {button.objectName() or button.text()!r} "
                             f"of {top.objectName()} off screen at {rect.x()},{rect.y()}")
    return found


def wait(app: QApplication, ms: int) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(ms)


def check(db: str, langs: list[str]) -> list[str]:
    from casebook.app import make_window
    from casebook.core.time.clock import FixedClock

    app = QApplication.instance() or QApplication([])
    found: list[str] = []
    for lang in langs:
        window = make_window(db, lang=lang, clock=FixedClock(NOW))
        wait(app, 50)
        found += problems_on_screen(app, f"{lang} main")
        window.table.selectRow(0)
        wait(app, 50)
        if window.editor.current_ref() is None:
            found.append(f"{lang}: no case opened")
            continue
        for part in ("hear", "follow", "record"):
            window.editor.go_to(part)
            found += problems_on_screen(app, f"{lang} editor at {part}")
        preview = window.print_form()
        wait(app, 100)
        found += problems_on_screen(app, f"{lang} preview")
        preview.close()
        from casebook.ui.signature import SignDialog

        sign = SignDialog(window.session, window.editor.current_ref(), window, lang=lang)
        sign.show()
        wait(app, 100)
        found += problems_on_screen(app, f"{lang} signing")
        sign.close()
        window.editor.loaded = window.editor.draft()
        window.close()
        window.session.book.close()
        app.processEvents()
    return found


def main() -> int:
    db, home, *langs = sys.argv[1:]
    os.environ["CASEBOOK_HOME"] = home
    found = check(db, langs)
    for line in dict.fromkeys(found):
        print(line)
    if not found:
        print("ok")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
