"""Inputs of the case editor that know something about complaints: the customer
picker that shows repeat complainants, the major triggers, the question and
answer list, the action log, and the handover question.

Like the widgets in `widgets.py`, each value input has `value()`,
`set_value()` and `changed`. None of them writes anything: the editor sends
changes through the session.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QApplication,
                               QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem,
                               QToolButton, QVBoxLayout, QWidget)

from casebook.core.cases import lookups
from casebook.i18n.translate import current_language
from casebook.ui.collation import sort_key
from casebook.ui.widgets import COLOURS, CodeCombo, status_icon, when_text


class PartList(QListWidget):
    """The six parts down the side, each with its mark: the state of the whole case
    at a glance, wherever the form is scrolled. On a narrow editor only the marks
    and numbers remain (the titles are in the tooltips)."""

    chosen = Signal(str)  # the part clicked
    NARROW = 46

    def __init__(self, titles: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("partNav")
        self.setAccessibleName(self.tr("Parts of the case"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+1…6 reach the parts
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as the longest "3  Follow through" with its mark, within reason
        longest = max(self.fontMetrics().horizontalAdvance(f"{n}  {t}")
                      for n, t in enumerate(titles.values(), start=1))
        self.wide = min(max(longest + 52, 120), 220)
        self.setFixedWidth(self.wide)
        self.titles = titles
        for number, (part, title) in enumerate(titles.items(), start=1):
            item = QListWidgetItem(f"{number}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, part)
            self.addItem(item)
        self.itemClicked.connect(lambda item: self.chosen.emit(
            item.data(Qt.ItemDataRole.UserRole)))

    def set_status(self, part: str, kind: str, state: str, why: str) -> None:
        item = self.item(list(self.titles).index(part))
        item.setIcon(status_icon(kind))
        title = self.titles[part]
        item.setToolTip(f"{title}: {state}. {why}" if why else f"{title}: {state}")
        item.setForeground(Qt.GlobalColor.gray if kind == "na" else
                           self.palette().text().color())

    def show_current(self, row: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(False)

    def set_compact(self, compact: bool) -> None:
        if compact == (self.width() < self.wide):
            return
        self.setFixedWidth(self.NARROW if compact else self.wide)
        for i, title in enumerate(self.titles.values()):
            self.item(i).setText(str(i + 1) if compact else f"{i + 1}  {title}")


class CustomerPicker(QLineEdit):
    """The customer's name, with known customers offered as the clerk types
    (name · phone · unit), so the same person is one record and their earlier
    cases show."""

    chosen = Signal(object)  # a lookups.CustomerMatch
    DELAY_MS = 200  # wait for a pause in typing before asking the casebook

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.matches: list[lookups.CustomerMatch] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated[QModelIndex].connect(lambda index: self.choose(index.row()))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DELAY_MS)
        self.timer.timeout.connect(self.lookup)
        self.textEdited.connect(lambda _text: self.timer.start())

    def lookup(self) -> list[lookups.CustomerMatch]:
        """Known customers for what is typed; the list pops up under the field."""
        if self.session.book.closed:  # typed just before the casebook closed
            return []
        folded = self.text().strip().casefold()
        key = sort_key(current_language())
        # names that start with what was typed first, each group in the language's order
        self.matches = sorted(lookups.customers(self.session.book, self.text()),
                              key=lambda m: (not m.fields["name"].casefold().startswith(folded),
                                             key(m.fields["name"])))
        self.model.clear()
        for match in self.matches:
            f = match.fields
            item = QStandardItem(" · ".join(x for x in (f["name"], f["phone"], f["unit"]) if x))
            item.setEditable(False)
            self.model.appendRow(item)
        if self.matches and self.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()
        return self.matches

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.matches):
            match = self.matches[row]
            self.setText(match.fields["name"])
            self.completer.popup().hide()
            self.chosen.emit(match)


class TriggerList(QWidget):
    """The major triggers as a list of ticks, folded away until needed: most
    complaints are general, and a clerk should not have to read twelve lines."""

    changed = Signal()

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.toggle = QToolButton()
        self.toggle.setObjectName("triggersToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(self.tr("Major triggers"))
        self.toggle.toggled.connect(self._fold)
        self.summary = QLabel()
        self.summary.setObjectName("triggerSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("major_triggers")
        for code, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        rows = min(self.list.count(), 7)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if rows else 0)
        self.list.setVisible(False)
        self.list.itemChanged.connect(self._ticked)
        column.addWidget(self.toggle)
        column.addWidget(self.list)
        column.addWidget(self.summary)
        self.setFocusProxy(self.toggle)
        self._show_summary()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.toggle.setAccessibleName(name)

    def value(self) -> list[str]:
        return sorted(self.list.item(i).data(Qt.ItemDataRole.UserRole)
                      for i in range(self.list.count())
                      if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def set_value(self, codes) -> None:
        chosen = set(codes or [])
        known = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.list.count())}
        self.list.blockSignals(True)
        for code in sorted(chosen - known):  # a retired trigger still counts
            item = QListWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.list.addItem(item)
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._paint(item)
        self.list.blockSignals(False)
        self.toggle.setChecked(False)
        self._show_summary()
        self.changed.emit()

    def tick(self, code: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _paint(self, item: QListWidgetItem) -> None:
        on = item.checkState() == Qt.CheckState.Checked
        item.setForeground(QColor(COLOURS["major"]) if on else self.palette().text().color())
        font = item.font()
        font.setBold(on)
        item.setFont(font)

    def _ticked(self, item: QListWidgetItem) -> None:
        self.list.blockSignals(True)
        self._paint(item)
        self.list.blockSignals(False)
        self._show_summary()
        self.changed.emit()

    def _fold(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.list.setVisible(open_)
        self._show_summary()

    def _show_summary(self) -> None:
        ticked = [self.list.item(i).text() for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.summary.setText("; ".join(ticked))
        self.summary.setStyleSheet(f"color: {COLOURS['major']}; font-weight: 600;")
        self.summary.setVisible(bool(ticked) and not self.toggle.isChecked())


class SeverityBox(QCheckBox):
    """"Major complaint": ticked by any trigger, or by hand when the desk judges so."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(self._paint)
        self.toggled.connect(lambda _on: self.changed.emit())
        self.by_hand = False
        self.clicked.connect(lambda on: setattr(self, "by_hand", on))

    def value(self) -> str:
        return "major" if self.isChecked() else "general"

    def set_value(self, severity) -> None:
        self.setChecked(severity == "major")
        self.by_hand = severity == "major"

    def follow_triggers(self, ticked: bool) -> None:
        """Any trigger makes the case major; unticking the last one undoes only that."""
        if ticked:
            self.setChecked(True)
        elif not self.by_hand:
            self.setChecked(False)
        self.setEnabled(not ticked)

    def _paint(self, on: bool) -> None:
        self.setStyleSheet(f"color: {COLOURS['major']}; font-weight: 600;" if on else "")


class QATable(QTableWidget):
    """Question → answer pairs from "ask clearly"; empty rows are left out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        self.setWordWrap(True)
        self.itemChanged.connect(lambda _item: self._changed())
        self._fit()

    def value(self) -> list[dict]:
        rows = []
        for r in range(self.rowCount()):
            q, a = (self.item(r, c).text() if self.item(r, c) else "" for c in (0, 1))
            if q.strip() or a.strip():
                rows.append({"q": q, "a": a})
        return rows

    def set_value(self, rows) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for qa in rows or []:
            row = self.rowCount()
            self.insertRow(row)
            self.setItem(row, 0, QTableWidgetItem(qa.get("q", "")))
            self.setItem(row, 1, QTableWidgetItem(qa.get("a", "")))
        self.blockSignals(False)
        self._changed()

    def add_row(self, question: str = "", answer: str = "") -> int:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(question))
        self.setItem(row, 1, QTableWidgetItem(answer))
        self._changed()
        self.setCurrentCell(row, 0)
        return row

    def commit(self) -> None:
        """Take the text of a cell still being edited, as leaving the cell would."""
        editor = QApplication.focusWidget()
        if editor is not None and self.viewport().isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self._changed()

    def _changed(self) -> None:
        self._fit()
        self.changed.emit()

    def _fit(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), 6)))
        self.setFixedHeight(self.horizontalHeader().height() + max(rows, 24) + 4)
        self.setVisible(self.rowCount() > 0)


class ActionLog(QListWidget):
    """What was done and said, oldest first: who and when above each whole note, which
    wraps to the width there is (never a sideways scrollbar); staff-only notes in grey
    italics. Shows up to six notes at once, then scrolls."""

    SHOWN = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only: Tab goes to the new note
        self.setSpacing(2)
        self.setAccessibleName(self.tr("Actions and contacts"))

    def show_actions(self, actions: list[dict], tz: str, lang: str) -> None:
        self.clear()
        for action in actions:
            internal = bool(action.get("internal"))
            seen = self.tr("Staff only") if internal else self.tr("Customer")
            head = " · ".join(x for x in (when_text(action["at"], tz, lang),
                                          action.get("by") or "", seen) if x)
            item = QListWidgetItem(f"{head}\n{action.get('note') or ''}")
            item.setData(Qt.ItemDataRole.UserRole, action.get("note") or "")
            item.setToolTip(seen)
            if internal:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QColor("#6b6b6b"))
            self.addItem(item)
        self.setVisible(self.count() > 0)
        self._fit()
        self.scrollToBottom()

    def notes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def rowCount(self) -> int:  # noqa: N802 (as the tables of the editor say it)
        return self.count()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        """As tall as the notes shown (up to six), measured at the width there is."""
        self.doItemsLayout()
        shown = min(self.count(), self.SHOWN)
        rows = sum(self.visualItemRect(self.item(i)).height() + 2 * self.spacing()
                   for i in range(shown))
        minimum = self.fontMetrics().lineSpacing() * 3
        self.setFixedHeight(max(rows, minimum) + 2 * self.frameWidth() + 2)


class AcceptedCombo(CodeCombo):
    """Whether the customer accepts the reply: not yet (None), yes, no."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__([("yes", self.tr("Yes")), ("no", self.tr("No"))],
                         empty=self.tr("Not yet"), empty_value="", parent=parent)

    def value(self):
        return {"yes": True, "no": False}.get(super().value())

    def set_value(self, value) -> None:
        super().set_value({True: "yes", False: "no"}.get(value, ""))


class HandoverDialog(QDialog):
    """To whom the case goes, and a note for them (the handover is logged)."""

    def __init__(self, parent: QWidget | None, names: list[str]):
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over the case"))
        form = QFormLayout(self)
        self.to = QComboBox()
        self.to.setObjectName("handoverTo")
        self.to.addItems(names)
        self.to.setAccessibleName(self.tr("New owner"))
        self.note = QLineEdit()
        self.note.setObjectName("handoverNote")
        self.note.setPlaceholderText(self.tr("What the new owner needs to know"))
        self.note.setAccessibleName(self.tr("Note for the new owner"))
        form.addRow(self.tr("&New owner"), self.to)
        form.addRow(self.tr("N&ote"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(names))
        form.addRow(buttons)


def note_row(note: QLineEdit, internal: QCheckBox, button) -> QVBoxLayout:
    """The new note across the whole width; whether staff only, and Add, under it."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    note.setMinimumWidth(note.fontMetrics().averageCharWidth() * 30)
    column.addWidget(note)
    row = QHBoxLayout()
    row.addWidget(internal)
    row.addStretch(1)
    row.addWidget(button)
    column.addLayout(row)
    return column
