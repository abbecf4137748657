"""Alt+letter reaches one thing per window, in every language.

Two labels with the same mnemonic ("In the customer's &words", "What the
customer &wants") make Alt+W jump between them instead of to the field a
clerk wants; translations bring their own letters, so every window is checked
in all five languages.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from casebook.app import make_window
from casebook.i18n.defaults import LANGUAGES
from tests.conftest import new_case

REPLY = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "Repaired",
         "resolution": {"type": "repair", "text": "Boiler repaired"}, "accepted": True}


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (a "&&" is a plain ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → the texts that claim it, over every widget of one window."""
    claims: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        letter = mnemonic(text or "")
        if letter:
            claims.setdefault(letter, []).append(text)

    for label in window.findChildren(QLabel):
        if label.buddy() is not None:
            claim(label.text())
    for button in window.findChildren(QAbstractButton):
        claim(button.text())
    for box in window.findChildren(QGroupBox):
        claim(box.title())
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            claim(tabs.tabText(i))
    return claims


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(window).items() if len(v) > 1}


def test_the_checker_sees_a_clash(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    for text in ("In the customer's &words", "What the customer &wants", "&&Co", "&Save"):
        label = QLabel(text)
        label.setBuddy(QLineEdit())
        column.addWidget(label)
    assert clashes(window) == {"w": ["In the customer's &words", "What the customer &wants"]}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_two_things_share_an_alt_letter_in_a_window(qtbot, book, db_path, clock, lang):
    from casebook.ui.dialogs import FirstStartDialog, SettingsDialog, StaffDialog
    from casebook.ui.editor_fields import HandoverDialog
    from casebook.ui.preview import PreviewDialog
    from casebook.ui.signature import SignDialog
    from casebook.ui.widgets import ReasonDialog

    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    window = make_window(db_path, lang, clock=clock, operator="Anna")
    qtbot.addWidget(window)
    window.open_ref(ref)
    for section in window.editor.sections.values():
        section.set_expanded(True)  # folded parts count: they open with a click
    found = {"main window": clashes(window)}
    session = window.session
    dialogs = {"settings": SettingsDialog(session, window, lang=lang),
               "staff": StaffDialog(session, window, lang=lang),
               "first start": FirstStartDialog(window, lang=lang),
               "signing": SignDialog(session, ref, window, lang=lang),
               "preview": PreviewDialog(session, ref, window, lang=lang),
               "reports": window.open_reports(),
               "handover": HandoverDialog(window, ["Bert"]),
               "reason": ReasonDialog(window, "Why?", agreed_choice=True)}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        found[name] = clashes(dialog)
    assert {name: c for name, c in found.items() if c} == {}
