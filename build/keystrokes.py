"""Count what a clerk presses: a walk-in complaint logged with the keyboard alone, then
the same case resolved, signed and printed.

    QT_QPA_PLATFORM=offscreen python build/keystrokes.py

Drives the real main window on a fresh casebook. Every key press (a chord such as
Ctrl+S is one), every mouse click and every stroke drawn on the signature pad is
counted. The walker reaches a field the way a clerk does: Alt+number to the part,
then Tab until the field has the focus; it clicks only what the keyboard cannot reach
(and counts the click). Prints the two counts and checks the case ended up as typed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)  # Monday 10:00 in Amsterdam
CUSTOMER = "Maria Jansen"
PHONE = "+31 6 1234 5678"
ACCOUNT = "The kettle I bought on Saturday leaks from the bottom."
REMEDY = "A new kettle"
SUMMARY = "So the new kettle leaks from the bottom, is that right?"
NOTE = "Supplier agrees to replace it"
REPLY = "We replace the kettle today"


class Desk:
    """The clerk's hands: keys and clicks, counted."""

    def __init__(self, app: QApplication):
        self.app = app
        self.keys = 0
        self.clicks = 0

    def focus(self) -> QWidget | None:
        return self.app.focusWidget()

    def key(self, key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus() or self.app.activeWindow(), key, modifiers)
            self.keys += 1
            self.app.processEvents()

    def type(self, text: str) -> None:
        QTest.keyClicks(self.focus(), text)
        self.keys += len(text)
        self.app.processEvents()

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())
        self.clicks += 1
        self.app.processEvents()

    def draw(self, pad: QWidget) -> None:
        """One stroke with the pen (the customer signs; a stroke counts as a click)."""
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 80))
        for x in range(40, 260, 20):
            QTest.mouseMove(pad, QPoint(x, 60 + (x % 40)))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(260, 70))
        self.clicks += 1

    def jump(self, window: QWidget, target: QWidget) -> None:
        """To a field: Alt+letter when its label has one (and it works), else Tab."""
        from PySide6.QtWidgets import QLabel

        for label in window.findChildren(QLabel):
            if label.buddy() is target and label.isVisible() and mnemonic(label.text()):
                self.alt(window, mnemonic(label.text()))
                if self.has(target):
                    return
        self.reach(target)

    def press(self, window: QWidget, button: QWidget) -> None:
        """A button or a tick box: Alt+letter when it has one, else Tab to it and Space."""
        if mnemonic(button.text()):
            self.alt(window, mnemonic(button.text()))
            return
        self.reach(button)
        self.key(Qt.Key.Key_Space)

    def alt(self, window: QWidget, letter: str) -> None:
        QTest.keyClicks(self.focus() or window, letter, Qt.KeyboardModifier.AltModifier)
        self.keys += 1
        QTest.qWait(150)  # a button's Alt+letter is an animated click

    def has(self, target: QWidget) -> bool:
        focus = self.focus()
        return focus is not None and (focus is target or target.isAncestorOf(focus))

    def reach(self, target: QWidget, limit: int = 60) -> None:
        """Tab until `target` (or what it hands its focus to) has the focus; else click."""
        def there() -> bool:
            focus = self.focus()
            return focus is not None and (focus is target or target.isAncestorOf(focus))
        for _ in range(limit):
            if there():
                return
            self.key(Qt.Key.Key_Tab)
        if not there():
            self.keys -= limit  # the keyboard could not get there: a click instead
            self.click(target.focusProxy() or target)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in a label or button."""
    i = text.find("&")
    while i >= 0 and text[i + 1:i + 2] == "&":
        i = text.find("&", i + 2)
    return text[i + 1] if 0 <= i < len(text) - 1 else None


def find(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    if found is None:
        raise SystemExit(f"no widget {name}")
    return found


def moment_text(field: QWidget, iso_text: str) -> str:
    """A time as the field wants it typed: its language's style, or ISO in older builds."""
    try:
        from casebook.i18n import dates

        return dates.moment_text(iso_text, "Europe/Amsterdam", "en")
    except ImportError:
        return iso_text[:16].replace("T", " ")


def part(desk: Desk, number: int) -> None:
    desk.key(getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)


def intake(desk: Desk, window) -> str:
    """A walk-in: who, what happened, what they want, the summary, tomorrow 09:00, save."""
    desk.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    desk.type(CUSTOMER)  # the name has the focus on a new case
    desk.jump(window, find(window, "customer_phone"))
    desk.type(PHONE)
    desk.jump(window, find(window, "hear_account"))
    desk.type(ACCOUNT)
    desk.jump(window, find(window, "hear_remedy_sought"))
    desk.type(REMEDY)
    summary = find(window, "ask_summary")
    if not mnemonic(next(l.text() for l in window.findChildren(QLabel) if l.buddy() is summary)):
        part(desk, 2)
    desk.jump(window, summary)
    desk.type(SUMMARY)
    desk.press(window, find(window, "ask_summary_confirmed"))
    tomorrow = find(window, "quick_tomorrow")
    if not mnemonic(tomorrow.text()):
        part(desk, 3)
    desk.press(window, tomorrow)
    desk.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return window.editor.current_ref()


def resolve_sign_print(desk: Desk, window) -> None:
    """A note, the reply and the resolution, saved; the customer signs; the form printed."""
    note = find(window, "actionNote")
    if not any(mnemonic(label.text()) for label in window.findChildren(QLabel)
               if label.buddy() is note):
        part(desk, 3)
    desk.jump(window, note)
    desk.type(NOTE)
    desk.key(Qt.Key.Key_Return)
    part(desk, 4)  # the reply's first field: when we replied
    replied = find(window, "reply_at")
    desk.reach(find(window, "reply_channel"))
    desk.type("p")  # Phone
    desk.reach(find(window, "reply_text"))
    desk.type(REPLY)
    desk.reach(find(window, "reply_resolution_type"))
    desk.type("ex")  # Exchange / replacement
    desk.reach(find(window, "reply_accepted"))
    desk.type("y")
    if not replied.text():  # older builds leave the time of the reply to be typed
        desk.jump(window, replied)
        desk.type(moment_text(replied, "2026-03-02T11:00:00+01:00"))
    desk.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    part(desk, 5)
    sign = find(window, "signButton")
    if not sign.isEnabled():  # older builds: only the toolbar's button signs
        sign = find(window, "signFormButton")
    desk.press(window, sign)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "signDialog" and w.isVisible())
    QTest.qWaitForWindowExposed(dialog)
    desk.draw(dialog.customer)
    desk.draw(dialog.staff)
    if dialog.findChild(QWidget, "satisfaction_4") is not None:
        desk.key(Qt.Key.Key_4)  # the score, from anywhere in the dialog
    else:  # older builds: a drop-down to Tab to, then "4"
        desk.reach(dialog.satisfaction)
        desk.type("4")
    desk.key(Qt.Key.Key_Return)  # Sign (or Save), the dialog's default button
    window.activateWindow()  # the window manager gives the window the focus back
    QTest.qWaitForWindowActive(window)
    desk.key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = next(w for w in QApplication.topLevelWidgets()
                   if w.objectName() == "previewDialog" and w.isVisible())
    desk.keys += 1  # Enter: "Print…" is the preview's default button (its dialog not run)
    preview.close()


def main() -> None:
    from casebook.app import make_window
    from casebook.core.casebook import Casebook
    from casebook.core.time.clock import FixedClock

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEBOOK_HOME"] = str(Path(tmp) / "home")
        db = Path(tmp) / "walk.sqlite3"
        with Casebook.open(db, clock=FixedClock(NOW)) as book:
            book.set_setting("timezone", "Europe/Amsterdam", by="setup")
            book.add_staff("Anna", "desk")
        window = make_window(db, "en", clock=FixedClock(NOW), operator="Anna")
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        desk = Desk(app)
        ref = intake(desk, window)
        counts = (desk.keys, desk.clicks)
        case = window.session.book.case(ref)
        assert case["customer"]["phone"] == PHONE and case["hear"]["remedy_sought"] == REMEDY
        assert case["ask"]["summary_confirmed"] and case["follow"]["next_reply_at"]
        print(f"walk-in intake: {counts[0]} keystrokes, {counts[1]} clicks ({ref})")
        desk.keys = desk.clicks = 0
        resolve_sign_print(desk, window)
        case = window.session.book.case(ref)
        assert case["record"]["signed_at"] and case["record"]["satisfaction"] == 4, case["record"]
        assert case["follow"]["actions"][-1]["note"] == NOTE
        print(f"resolve, sign and print: {desk.keys} keystrokes, {desk.clicks} clicks")
        window.editor.loaded = window.editor.draft()
        window.close()


if __name__ == "__main__":
    main()
