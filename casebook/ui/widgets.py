"""Small widgets shared by the desktop: value fields that speak the document's
language (codes, exact text), status marks, a collapsible part of a
case, and the question that asks why.

Every value widget here has `value()`, `set_value()` and a `changed` signal,
so the editor can read and fill a form without knowing each widget's API.
Text goes in and comes out exactly as typed: what the customer said is
evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSizePolicy, QToolButton, QVBoxLayout, QWidget)

from casebook.i18n import dates

# The colours of a part's state; the same in the header, the list of parts and the banner.
COLOURS = {"done": "#1b7f3b", "todo": "#a15c00", "major": "#b3261e", "na": "#8a8a8a"}


# ------------------------------------------------------------------ times as text
def time_text(value, tz: str, lang: str) -> str:
    """A stored time as the desk reads and types it in `lang` ("05.12.2026 10:00")."""
    return dates.moment_text(value, tz, lang)


def when_text(value, tz: str, lang: str) -> str:
    """The same: one style for every time on screen."""
    return dates.moment_text(value, tz, lang)


def date_text(value, tz: str, lang: str) -> str:
    """The day of a stored time in `lang` ("05.12.2026")."""
    return dates.day_text(value, tz, lang)


# --------------------------------------------------------------- value widgets
def read_value(widget: QWidget):
    """What a form widget holds, in the document's terms."""
    if hasattr(widget, "value"):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    raise TypeError(f"no value in {type(widget).__name__}")


def write_value(widget: QWidget, value) -> None:
    if hasattr(widget, "set_value"):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setEditText("" if value is None else str(value))
    else:
        raise TypeError(f"cannot show a value in {type(widget).__name__}")


def change_signal(widget: QWidget):
    for name in ("changed", "textChanged", "toggled", "editTextChanged",
                 "currentIndexChanged"):
        if hasattr(widget, name):
            return getattr(widget, name)
    raise TypeError(f"no change signal on {type(widget).__name__}")


class PlainText(QPlainTextEdit):
    """Multi-line text kept exactly: non-breaking spaces and line separators survive
    (QPlainTextEdit.toPlainText would turn them into plain spaces and newlines)."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form, as everywhere else
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(max(height, self.fontMetrics().lineSpacing() * 12))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._height = height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().minimumSizeHint().width(), self._height)

    def value(self) -> str:
        return self.document().toRawText().replace("\u2029", "\n")

    def set_value(self, value) -> None:
        if self.value() != (value or ""):
            self.setPlainText(value or "")


class CodeCombo(QComboBox):
    """A choice from a list, showing labels and holding codes.

    An unknown code (an entry retired since the case was logged, or one from an
    import) is shown as it is rather than silently replaced by the first entry.
    """

    changed = Signal()

    def __init__(self, items: list[tuple[str, str]], *, empty: str | None = None,
                 empty_value=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_value = empty_value
        # Long labels ("Explanation (complaint not upheld)") must not widen the form.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.set_items(items, empty=empty)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_items(self, items: list[tuple[str, str]], *, empty: str | None = None) -> None:
        current = self.value() if self.count() else None
        self.empty_text = empty
        self.blockSignals(True)
        self.clear()
        if empty is not None:
            self.addItem(empty, self.empty_value)
        for code, text in items:
            self.addItem(text, code)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self):
        return self.currentData() if self.currentIndex() >= 0 else self.empty_value

    def set_value(self, value) -> None:
        index = self.findData(value)
        if index < 0 and value in (None, "") and self.count():
            index = self.findData(self.empty_value)
        if index < 0 and value not in (None, ""):
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


# ------------------------------------------------------------------- status marks
def status_icon(kind: str, size: int = 16) -> QIcon:
    """A drawn mark (no font needed): a tick when done, a dot when something is
    missing, an exclamation when a major case waits for its report, a dash when the
    part does not apply."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS[kind])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour if kind != "na" else QColor("#d5d5d5"))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), size / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    s = size / 16
    if kind == "done":
        path = QPainterPath(QPointF(4.5 * s, 8.5 * s))
        path.lineTo(7 * s, 11 * s)
        path.lineTo(11.5 * s, 5.5 * s)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif kind == "major":
        painter.drawLine(QPointF(8 * s, 4.5 * s), QPointF(8 * s, 8.5 * s))
        painter.drawPoint(QPointF(8 * s, 11.5 * s))
    elif kind == "todo":
        painter.setBrush(QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(8 * s, 8 * s), 2.5 * s, 2.5 * s)
    else:
        painter.drawLine(QPointF(5 * s, 8 * s), QPointF(11 * s, 8 * s))
    painter.end()
    return QIcon(pixmap)


class PartSection(QFrame):
    """One part of a case on screen: a header that says whether it is done and what
    is missing, the good-practice prompts beside the form, and the form itself.
    The header folds the part away; prompts move above the form when space is short."""

    def __init__(self, number: int, title: str, prompts: list[str], body: QWidget,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("casePart", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 10)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.toggle = QToolButton()
        self.toggle.setObjectName("partToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setText(f"{number}  {title}")
        self.toggle.setStyleSheet("QToolButton { font-weight: 600; font-size: 14px; border: none;"
                                  " background: transparent; }")
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+number reaches a part
        self.toggle.toggled.connect(self.set_expanded)
        self.mark = QLabel()
        self.mark.setObjectName("partMark")
        self.state = QLabel()
        self.state.setObjectName("partState")
        head.addWidget(self.toggle)
        head.addStretch(1)
        head.addWidget(self.mark)
        head.addWidget(self.state)
        outer.addLayout(head)
        self.why = QLabel()
        self.why.setObjectName("partWhy")
        self.why.setWordWrap(True)
        outer.addWidget(self.why)
        self.content = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(6)
        self.prompts = QLabel("\n".join(prompts))
        self.prompts.setObjectName("partPrompts")
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)
        self.prompts.setWordWrap(True)
        self.prompts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.prompts.setStyleSheet("color: #6b6b6b; font-style: italic;")
        self.body = body
        self.columns.addWidget(self.prompts)
        self.columns.addWidget(body, 1)
        outer.addWidget(self.content)
        self.kind = "todo"

    def set_status(self, kind: str, state: str, why: str = "") -> None:
        if kind != self.kind or self.mark.pixmap().isNull():  # restyling costs: only on change
            self.mark.setPixmap(status_icon(kind).pixmap(16, 16))
            self.state.setStyleSheet(f"color: {COLOURS[kind]}; font-weight: 600;")
            self.why.setStyleSheet(f"color: {COLOURS[kind]};")
        self.kind = kind
        self.state.setText(state)
        self.why.setText(why)
        self.why.setVisible(bool(why))

    def set_expanded(self, expanded: bool) -> None:
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else
                                 Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_wide(self, wide: bool) -> None:
        """Prompts beside the form on a wide screen, above it on a narrow one."""
        if wide:
            self.columns.setDirection(QBoxLayout.Direction.RightToLeft)
            self.prompts.setFixedWidth(230)
        else:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            self.prompts.setMinimumWidth(0)
            self.prompts.setMaximumWidth(16777215)


# ------------------------------------------------------------------ asking why
class ReasonDialog(QDialog):
    """Asks why something the customer was told (or signed) is changing.

    OK stays disabled until a reason is written: the core refuses a change
    without one, and a clerk should learn that here, not from an error.
    """

    def __init__(self, parent: QWidget | None, question: str, *, agreed_choice: bool = False):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(self.tr("Why does this change?"))
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QLineEdit()
        self.text.setObjectName("reasonText")
        self.text.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.text)
        layout.addWidget(self.text)
        self.agreed = QCheckBox(self.tr("The customer agreed to the new time"))
        self.agreed.setObjectName("customerAgreed")
        self.agreed.setVisible(agreed_choice)
        self._agreed_choice = agreed_choice
        layout.addWidget(self.agreed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.resize(420, self.sizeHint().height())

    def reason(self) -> str:
        text = self.text.text().strip()
        if self._agreed_choice and self.agreed.isChecked():
            text += " " + self.tr("(agreed with the customer)")
        return text


def ask_reason(parent: QWidget | None, question: str, *, agreed_choice: bool = False) -> str | None:
    dialog = ReasonDialog(parent, question, agreed_choice=agreed_choice)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason()
        return None
    finally:
        dialog.deleteLater()
