"""The banner that prompts the desk when a follow-up falls due: open it, done, or snooze."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from casebook.i18n import defaults
from casebook.ui.widgets import time_text


class DueBanner(QFrame):
    open = Signal(str)
    done = Signal(int)
    snooze = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dueBanner")
        self.setStyleSheet("#dueBanner{background:#fff4d6;border:1px solid #e0b100;"
                           "border-radius:4px;}")
        self.items: list = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight:600;")
        self.detail = QLabel()
        self.detail.setObjectName("dueBannerText")
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open case"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("dueDoneButton")
        self.snooze_button = QPushButton(self.tr("Snooze 15 min"))
        self.snooze_button.setObjectName("dueSnoozeButton")
        close = QPushButton(self.tr("Dismiss"))
        for button in (self.open_button, self.done_button, self.snooze_button, close):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(lambda: self.items and self.open.emit(self.items[0].ref))
        self.done_button.clicked.connect(lambda: self.items and self.done.emit(self.items[0].id))
        self.snooze_button.clicked.connect(
            lambda: self.items and self.snooze.emit(self.items[0].id))
        close.clicked.connect(self.hide)
        self.hide()

    def show_items(self, items: list, title: str, tz: str, lang: str) -> None:
        self.items = list(items)
        self.tz, self.lang = tz, lang
        self.title.setText(title)
        self._show_first()
        self.show()

    def drop(self, deadline_id: int) -> None:
        self.items = [d for d in self.items if d.id != deadline_id]
        if self.items:
            self._show_first()
        else:
            self.hide()

    def _show_first(self) -> None:
        first = self.items[0]
        kind = defaults.label("deadline_kind", first.kind, self.lang)
        more = len(self.items) - 1
        self.detail.setText(f"{time_text(first.due_at, self.tz)} · {first.ref} · {kind}"
                            + (f"  (+{more})" if more else ""))
