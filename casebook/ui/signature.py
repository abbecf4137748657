"""Signing on screen: a pad for mouse, pen or touch, and the dialog that records it.

The customer signs (and the member of staff), the core freezes the signed
content and keeps both drawings; the printed form then carries them. The
other path — print, sign on paper, attach a scan — goes through the same
dialog's "Attach a scan…" button.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)


class SignaturePad(QWidget):
    """Strokes drawn with the mouse, a pen or a finger; undo, clear, PNG out."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(420, 140)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.strokes: list[list[QPointF]] = []

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    # Mouse, pen (tablet events arrive as mouse events when not accepted) and touch.
    def mousePressEvent(self, event):  # noqa: N802
        self.strokes.append([event.position()])
        self.update()

    def mouseMoveEvent(self, event):  # noqa: N802
        if self.strokes and event.buttons():
            self.strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event):  # noqa: N802
        self.changed.emit()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(Qt.GlobalColor.lightGray, 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 28
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        self._draw(painter)

    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(Qt.GlobalColor.black, 2.2, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for stroke in self.strokes:
            if len(stroke) > 1:
                path = QPainterPath(stroke[0])
                for point in stroke[1:]:
                    path.lineTo(point)
                painter.drawPath(path)

    def png(self) -> bytes:
        """The drawing on a transparent background, as the form prints it."""
        image = QImage(self.size(), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())


class SignDialog(QDialog):
    """The customer and the member of staff sign; or a scan of the paper form is attached."""

    def __init__(self, session, ref: str, parent=None):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign the resolution form"))
        self.session, self.ref = session, ref
        self.scan: tuple[str, str, bytes] | None = None
        layout = QVBoxLayout(self)
        self.customer = SignaturePad()
        self.staff = SignaturePad()
        self.staff.setObjectName("staffSignaturePad")
        for title, pad in ((self.tr("Customer signature"), self.customer),
                           (self.tr("Staff member ({name})").format(name=session.operator),
                            self.staff)):
            layout.addWidget(QLabel(title))
            layout.addWidget(pad)
            row = QHBoxLayout()
            for text, slot in ((self.tr("Undo"), pad.undo), (self.tr("Clear"), pad.clear)):
                button = QPushButton(text)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        form = QFormLayout()
        self.satisfaction = QComboBox()
        self.satisfaction.setObjectName("signSatisfaction")
        self.satisfaction.addItem("—", None)
        for score in range(1, 6):
            self.satisfaction.addItem(str(score), score)
        form.addRow(self.tr("Satisfaction (1–5)"), self.satisfaction)
        self.scan_label = QLabel()
        attach = QPushButton(self.tr("Attach a scan of the signed paper form…"))
        attach.setObjectName("attachScanButton")
        attach.clicked.connect(self.choose_scan)
        form.addRow(attach, self.scan_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_scan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Signed form"), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"))
        if name:
            self.set_scan(Path(name))

    def set_scan(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            from casebook.ui.operations import show_error

            show_error(self, self.tr("Cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.scan = (path.name, mime, data)
        self.scan_label.setText(path.name)

    def save(self) -> bool:
        if self.customer.is_empty() and self.scan is None:
            from casebook.ui.operations import show_error

            show_error(self, self.tr("The customer has not signed yet: sign on the pad or "
                                     "attach a scan of the signed paper form."))
            return False
        signatures = {"customer": self.customer.png()} if not self.customer.is_empty() else {}
        if not self.staff.is_empty():
            signatures["staff"] = self.staff.png()
        ref, operator, scan = self.ref, self.session.operator, self.scan
        score = self.satisfaction.currentData()
        ok, _ = self.session.run(self, lambda book: book.sign(
            ref, by=operator, satisfaction=score, signatures=signatures, scan=scan), ref=ref)
        if ok:
            self.accept()
        return ok
