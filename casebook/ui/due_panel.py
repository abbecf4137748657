"""What is due: the banner that prompts the desk when a follow-up falls due (open it,
done, or snooze) and the operator's list of everything due now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout)

from casebook.core.law import views
from casebook.i18n import defaults
from casebook.ui.widgets import date_text, time_text


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
        self.detail.setText(f"{time_text(first.due_at, self.tz, self.lang)} · {first.ref} · {kind}"
                            + (f"  (+{more})" if more else ""))


class DueList(QListWidget):
    """What the operator must do now: their deadlines due at `now`, oldest first.

    Read-only; activating a line asks the window to open its case.
    """

    open = Signal(str)
    LIMIT = 500  # a screenful is what a person acts on; the title gives the full count

    def __init__(self, session, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("dueList")
        self.setAccessibleName(self.tr("Due now"))
        self.session, self.lang = session, lang
        self.count_due = 0
        self.items: list = []
        self.itemActivated.connect(
            lambda item: self.open.emit(item.data(Qt.ItemDataRole.UserRole)))

    def refresh(self, now=None) -> list:
        """Re-read the operator's due deadlines at `now` (the session clock by default)."""
        book = self.session.book
        now = now or book.now()
        items = book.due(now, owner=self.session.operator or None)
        tz = book.tz  # a settings read: once, not once per line
        kinds: dict[str, str] = {}
        # deadlines set by law show their basis; missed ones (also those escalated to a
        # manager from someone else's list) are red
        law = views.due_law(items[:self.LIMIT], self.lang, now)
        self.clear()
        for d in items[:self.LIMIT]:
            if d.kind not in kinds:
                kinds[d.kind] = defaults.label("deadline_kind", d.kind, self.lang)
            # a term set by law is a whole day: its date, not the midnight it starts at
            when = (date_text(d.due_at, tz, self.lang) if d.id in law
                    else time_text(d.due_at, tz, self.lang))
            text = f"{when}  {d.ref}  {kinds[d.kind]}"
            if d.id in law:
                text += f"  ({law[d.id]['text']})"
                if law[d.id].get("missed"):
                    text += "  " + self.tr("missed — escalated to the managers")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.ref)
            if law.get(d.id, {}).get("missed"):
                item.setForeground(QColor("#b3261e"))
            self.addItem(item)
        self.count_due = len(items)
        self.items = items
        return items
