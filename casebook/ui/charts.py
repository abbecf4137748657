"""A horizontal bar chart to read at a glance, and to click through.

PySide6-Essentials has no QtCharts, and a complaint report needs one kind of
chart done well: labelled bars, longest first, the figure written at the
end of each bar. Bars are painted, not widgets, so a breakdown of forty
categories costs one paint. A click (or Enter on the bar chosen with the
arrow keys) emits the bar's key, which the reports view turns into the
matching cases in the case list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3b6ea8")
BAR_HOT = QColor("#1f4e85")
LATE = QColor("#b3261e")


@dataclass(frozen=True)
class Bar:
    key: object  # what a click reports: a list code, a staff name, a score
    label: str
    value: float
    text: str  # the figure as the reader sees it, e.g. "12" or "12 (3 overdue)"
    part: float = 0.0  # a share of `value` drawn in red (overdue cases)


class BarChart(QWidget):
    """Labelled horizontal bars; `picked(key)` when one is clicked or activated."""

    picked = Signal(object)
    ROW = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.current = -1
        self.updateGeometry()
        self.update()
        self.setToolTip("\n".join(f"{b.label}: {b.text}" for b in self.bars))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, max(1, len(self.bars)) * self.ROW + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    # ------------------------------------------------------------ geometry
    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 12, self.width() // 3)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar `index` is drawn (tests click its centre)."""
        metrics = self.fontMetrics()
        left = self._label_width()
        figures = max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0)
        room = self.width() - left - figures - 16
        top = 2 + index * self.ROW
        peak = max((b.value for b in self.bars), default=0) or 1
        return QRectF(left, top + 3, max(2.0, room * self.bars[index].value / peak),
                      self.ROW - 6)

    def index_at(self, y: float) -> int:
        index = int((y - 2) // self.ROW)
        return index if 0 <= index < len(self.bars) else -1

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        left = self._label_width()
        for i, bar in enumerate(self.bars):
            rect = self.bar_rect(i)
            row_top = 2 + i * self.ROW
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - 8)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, row_top, left - 8, self.ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.fillRect(rect, BAR_HOT if i == self.current else BAR)
            if bar.part and bar.value:
                late = QRectF(rect)
                late.setWidth(rect.width() * min(1.0, bar.part / bar.value))
                painter.fillRect(late, LATE)
            painter.setPen(text_colour)
            painter.drawText(QRectF(rect.right() + 6, row_top, self.width(), self.ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
        if self.hasFocus() and 0 <= self.current < len(self.bars):
            painter.setPen(text_colour)
            painter.drawRect(QRectF(0, 2 + self.current * self.ROW, self.width() - 1,
                                    self.ROW - 1))
        painter.end()

    # ------------------------------------------------------------ input
    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        index = self.index_at(event.position().y())
        cursor = Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        if index != self.current:
            self.current = index
            self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        index = self.index_at(event.position().y())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.current = index
            self.update()
            self.picked.emit(self.bars[index].key)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                and 0 <= self.current < len(self.bars):
            self.picked.emit(self.bars[self.current].key)
        else:
            super().keyPressEvent(event)
