"""Signing on screen: a pad for mouse, pen or touch, and the dialog that records it.

The customer reads the resolution form beside the pad — the very pages that
will be printed — signs, and gives their satisfaction (1–5) on the same
screen; the member of staff signs too. The core freezes the signed content
and keeps both drawings; the printed form then carries them. The other path
— print, sign on paper, attach a scan — goes through the same dialog's
"Attach a scan…" button.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from casebook.errors import KnownError
from casebook.ui import places


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


class SatisfactionPicker(QWidget):
    """1 to 5, as big buttons the customer can press on a touch screen; none is fine."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("signSatisfaction")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second press takes the answer back
        tips = {1: self.tr("1 — very dissatisfied"), 5: self.tr("5 — very satisfied")}
        for score in range(1, 6):
            button = QPushButton(str(score))
            button.setObjectName(f"satisfaction_{score}")
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter after a score signs, it does not untick it
            button.setToolTip(tips.get(score, str(score)))
            button.setAccessibleName(tips.get(score, str(score)))
            button.setMinimumSize(40, 34)
            self.group.addButton(button, score)
            row.addWidget(button)
        self.group.idToggled.connect(self._toggled)
        row.addStretch(1)

    def _toggled(self, score: int, on: bool) -> None:
        if on:
            for other in self.group.buttons():
                if self.group.id(other) != score:
                    other.setChecked(False)
        self.changed.emit()

    def value(self) -> int | None:
        return next((self.group.id(b) for b in self.group.buttons() if b.isChecked()), None)

    def set_value(self, score: int | None) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == score)


class FormPages(QScrollArea):
    """The resolution form as the customer will sign it, page under page."""

    def __init__(self, session, ref: str, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("signFormPages")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QScrollArea { background: #6b7785; }")
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setSpacing(8)
        self.setWidget(body)
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []
        self.text = ""  # the form's words, for a reader (and a test) that cannot see pages
        from casebook.ui.preview import default_language, page_images, render_pdf

        book = session.book
        try:
            data = render_pdf(book, ref, "form", lang=default_language(book, ref, "form", lang))
            self.images, self.text = page_images(data)
        except KnownError as exc:
            self.column.addWidget(QLabel(str(exc)))
        for image in self.images:
            label = QLabel()
            label.setObjectName("signFormPage")
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.column.addWidget(label)
            self.labels.append(label)
        self.column.addStretch(1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        width = max(100, self.viewport().width() - 16)
        for label, image in zip(self.labels, self.images):
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation))


class SignDialog(QDialog):
    """The customer reads the form beside the pad, signs, and says how satisfied they are;
    the member of staff signs too. Or a scan of the signed paper form is attached."""

    def __init__(self, session, ref: str, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign the resolution form — {ref}").format(ref=ref))
        self.session, self.ref = session, ref
        self.scan: tuple[str, str, bytes] | None = None
        self.form = FormPages(session, ref, lang)
        side = QVBoxLayout()
        intro = QLabel(self.tr("Please read the form on the left. By signing you confirm "
                               "what it says was heard, done and replied."))
        intro.setWordWrap(True)
        side.addWidget(intro)
        self.customer = SignaturePad()
        self.staff = SignaturePad()
        self.staff.setObjectName("staffSignaturePad")
        for title, pad in ((self.tr("Customer signature"), self.customer),
                           (self.tr("Staff member ({name})").format(name=session.operator),
                            self.staff)):
            label = QLabel(title)
            label.setStyleSheet("font-weight: 600;")
            side.addWidget(label)
            side.addWidget(pad)
            row = QHBoxLayout()
            for text, slot in ((self.tr("Step back"), pad.undo), (self.tr("Clear"), pad.clear)):
                button = QPushButton(text)
                button.setAutoDefault(False)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            side.addLayout(row)
        self.satisfaction = SatisfactionPicker()
        asked = QLabel(self.tr("How satisfied are you with how we handled it? (1 = very "
                               "dissatisfied, 5 = very satisfied)"))
        asked.setToolTip(self.tr("The keys 1 to 5 choose the score"))
        asked.setWordWrap(True)
        side.addWidget(asked)
        side.addWidget(self.satisfaction)
        side.addStretch(1)
        scan_row = QHBoxLayout()
        attach = QPushButton(self.tr("Attach a scan of the signed paper form…"))
        attach.setObjectName("attachScanButton")
        attach.setAutoDefault(False)
        attach.clicked.connect(self.choose_scan)
        self.scan_label = QLabel()
        scan_row.addWidget(attach)
        scan_row.addWidget(self.scan_label, 1)
        side.addLayout(scan_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(self.tr("Sign"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("confirmSignButton")
        # Enter signs, wherever the focus is: no other button takes the default
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.sign_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        side.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addLayout(side)
        places.restore(self, "signDialog", QSize(1100, 760))

    def done(self, result: int) -> None:
        places.remember(self, "signDialog")
        super().done(result)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # 1 to 5 on the keyboard gives the score, wherever the focus is (nothing here is
        # typed into); Enter then signs
        if Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_5 and not event.modifiers():
            self.satisfaction.set_value(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)

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
        score = self.satisfaction.value()
        ok, _ = self.session.run(self, lambda book: book.sign(
            ref, by=operator, satisfaction=score, signatures=signatures, scan=scan), ref=ref)
        if ok:
            self.accept()
        return ok
