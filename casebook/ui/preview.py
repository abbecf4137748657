"""Preview a case's documents inside the app, print them, or save them as PDF.

What the screen shows and what the printer gets are the very PDF the customer
signs: the form (or the reply letter, or the case summary) is generated once
by `casebook.pdf` and its pages are rasterised with PDFium (pypdfium2) — Qt
has no PDF renderer of its own in PySide6-Essentials. The preview renders a
page when it is shown, so a long summary opens at once; printing draws each
page at 300 dpi with a progress dialog, and a failing printer or an
unwritable folder gives a message while the document stays open.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QEvent, QRect, QSize, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPageSize, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFileDialog, QHBoxLayout,
                               QLabel, QProgressDialog, QPushButton, QScrollArea, QVBoxLayout)

from casebook.errors import KnownError
from casebook.core.files import atomic_write
from casebook.i18n.defaults import LANGUAGES
from casebook.ui import places
from casebook.ui.editor_parts import LANG_NAMES
from casebook.ui.operations import show_error

log = logging.getLogger("casebook.ui.preview")

DOCUMENTS = ("form", "letter", "summary", "receipt")
PRINT_DPI = 300
SCREEN_DPI = 110  # sharp on an ordinary screen at 100 %, and a page stays small in memory


def render_pdf(book, ref: str, document: str, *, lang: str,
               second_lang: str | None = None) -> bytes:
    """The PDF bytes of one of the case's documents, in memory."""
    import io

    from casebook.pdf import form, letter, receipt, summary

    out = io.BytesIO()
    if document == "receipt":  # on the page size of the settings (A4, A5, an 80 mm roll)
        receipt.render(book, ref, out, lang=lang)
    elif document == "summary":
        summary.render(book, ref, out, lang=lang)
    elif document == "letter":
        letter.render(book, ref, out, lang=lang)
    else:
        form.render(book, ref, out, lang=lang, second_lang=second_lang)
    return out.getvalue()


def default_language(book, ref: str, document: str, ui_lang: str) -> str:
    """The customer reads the form and the letter in their language; staff read the
    summary in the interface language."""
    if document == "summary":
        return ui_lang
    lang = book.case(ref)["customer"].get("language") or book.setting("form_language")
    return lang if lang in LANGUAGES else "en"


def safe_file_name(text: str) -> str:
    """A file name from user text (the reference prefix is the business's own): only
    letters, digits, dot, dash and underscore, never hidden, never empty."""
    name = re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._")
    return name[:80] or "case"


def page_image(pdf: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    """One page as an image at `dpi` (white paper, RGB)."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888).copy()  # own the pixels
        bitmap.close()
    finally:
        page.close()
    return image


def page_images(data: bytes, dpi: float = SCREEN_DPI) -> tuple[list[QImage], str]:
    """Every page of a PDF as an image, and its text (for those who read it out)."""
    pdf = pdfium.PdfDocument(data)
    try:
        images, words = [], []
        for index in range(len(pdf)):
            images.append(page_image(pdf, index, dpi))
            page = pdf[index]
            text = page.get_textpage()
            words.append(text.get_text_range())
            text.close()
            page.close()
        return images, "\n".join(words)
    finally:
        pdf.close()


class PreviewDialog(QDialog):
    """The case's form, reply letter or summary, one page at a time."""

    def __init__(self, session, ref: str, parent=None, *, lang: str = "en",
                 document: str = "form"):
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.session = session
        self.ref = ref
        self.lang = lang
        self.document = document
        self.pdf_bytes = b""
        self.pdf: pdfium.PdfDocument | None = None
        self.page = 0
        self.zoom = 0.0  # 0: fit the width of the window
        self._images: dict[int, QImage] = {}
        self.setWindowTitle(self.tr("Preview — {ref}").format(ref=ref))
        self._build()
        places.restore(self, "preview", QSize(900, 1000))  # a page's width, a screen's height
        self.load(document)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        top = QHBoxLayout()
        self.document_box = QComboBox()
        self.document_box.setObjectName("documentBox")
        self.document_box.setAccessibleName(self.tr("Document"))
        names = {"form": self.tr("Resolution form"), "letter": self.tr("Reply letter"),
                 "summary": self.tr("Case summary (internal)"),
                 "receipt": self.tr("Receipt for the customer")}
        for key in DOCUMENTS:
            self.document_box.addItem(names[key], key)
        self.document_box.setCurrentIndex(DOCUMENTS.index(self.document))
        self.document_box.currentIndexChanged.connect(
            lambda i: self.load(self.document_box.itemData(i)))
        top.addWidget(self.document_box)
        self.language_box = QComboBox()
        self.language_box.setObjectName("documentLanguage")
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setToolTip(self.tr("Language"))
        self.second_box = QComboBox()
        self.second_box.setObjectName("secondLanguage")
        self.second_box.setAccessibleName(self.tr("Second language"))
        self.second_box.setToolTip(self.tr("Second language"))
        self.second_box.addItem(self.tr("No second language"), None)
        for code in LANGUAGES:
            self.language_box.addItem(LANG_NAMES[code], code)
            self.second_box.addItem(LANG_NAMES[code], code)
        for box in (self.language_box, self.second_box):
            box.activated.connect(lambda _=0: self.load(self.document, keep_language=True))
            top.addWidget(box)
        top.addStretch(1)
        self.back_button = self._button(top, "pageBack", self.tr("◀ Previous page"),
                                        lambda: self.show_page(self.page - 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        top.addWidget(self.page_label)
        self.next_button = self._button(top, "pageNext", self.tr("Next page ▶"),
                                        lambda: self.show_page(self.page + 1))
        top.addStretch(1)
        zoom_out = self._button(top, "zoomOut", "−", lambda: self.set_zoom(self._scale() / 1.25))
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.fit_button = self._button(top, "fitWidth", self.tr("Fit width"),
                                       lambda: self.set_zoom(0.0))
        self.fit_button.setEnabled(False)  # it fits already
        zoom_in = self._button(top, "zoomIn", "+", lambda: self.set_zoom(self._scale() * 1.25))
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        for button in (zoom_out, zoom_in):  # a sign, not a word: keep them square
            button.setFixedWidth(button.sizeHint().height() + 8)

        self.view = QLabel()
        self.view.setObjectName("pageView")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #6b7785; }")
        self.scroll.viewport().installEventFilter(self)

        bottom = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        bottom.addWidget(self.saved_label, 1)
        self.print_button = self._button(bottom, "printButton", self.tr("Print…"), self.ask_print)
        self.save_button = self._button(bottom, "savePdfButton", self.tr("Save as PDF…"),
                                        self.ask_save)
        close = self._button(bottom, "closeButton", self.tr("Close"), self.reject)
        close.setAutoDefault(False)
        self.print_button.setDefault(True)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.scroll, 1)
        column.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self,
                  activated=lambda: self.set_zoom(self._scale() * 1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self,
                  activated=lambda: self.set_zoom(self._scale() / 1.25))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self,
                  activated=lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self,
                  activated=lambda: self.show_page(self.page - 1))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.ask_print)

    def _button(self, layout, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # --------------------------------------------------------------- content
    @property
    def page_count(self) -> int:
        return len(self.pdf) if self.pdf is not None else 0

    def load(self, document: str, *, keep_language: bool = False) -> bool:
        """Generate `document` afresh and show its first page; a failure keeps what was shown.

        Another document starts in its own default language; `keep_language` keeps the
        languages chosen in the boxes."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if keep_language:
                lang, second = self.language_box.currentData(), self.second_box.currentData()
            else:
                lang = default_language(self.session.book, self.ref, document, self.lang)
                second = None
            second = second if document == "form" and second != lang else None
            data = render_pdf(self.session.book, self.ref, document, lang=lang,
                              second_lang=second)
            pdf = pdfium.PdfDocument(data)
        except KnownError as exc:
            show_error(self, str(exc))
            return False
        except Exception:  # a bug: logged; the dialog and the case stay usable
            log.exception("cannot build %s for %s", document, self.ref)
            show_error(self, self.tr("This document could not be made. Nothing was changed."))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._close_pdf()
        self.document, self.pdf_bytes, self.pdf = document, data, pdf
        self.language_box.setCurrentIndex(self.language_box.findData(lang))
        self.second_box.setCurrentIndex(max(0, self.second_box.findData(second)))
        self.second_box.setEnabled(document == "form")  # the letter and summary are in one
        self.show_page(0)
        return True

    def show_page(self, index: int) -> None:
        if not self.page_count:
            return
        self.page = max(0, min(index, self.page_count - 1))
        self._paint()
        self.page_label.setText(self.tr("Page {page} of {pages}").format(
            page=self.page + 1, pages=self.page_count))
        self.back_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.page_count - 1)
        self.scroll.verticalScrollBar().setValue(0)

    def image(self, index: int) -> QImage:
        """The page at screen resolution, rendered the first time it is shown."""
        if index not in self._images:
            self._images[index] = page_image(self.pdf, index, SCREEN_DPI)
        return self._images[index]

    def _scale(self) -> float:
        """Zoom as a factor of the page's screen rendering."""
        if self.zoom:
            return self.zoom
        image = self.image(self.page)
        room = self.scroll.viewport().width() - 24
        return max(0.1, room / max(1, image.width()))

    def set_zoom(self, factor: float) -> None:
        self.zoom = 0.0 if factor == 0 else max(0.25, min(factor, 4.0))
        self.fit_button.setEnabled(self.zoom != 0.0)
        self._paint()

    def _paint(self) -> None:
        if not self.page_count:
            return
        image = self.image(self.page)
        pixmap = QPixmap.fromImage(image)
        scale = self._scale()
        if abs(scale - 1.0) > 0.01:
            pixmap = pixmap.scaledToWidth(int(image.width() * scale),
                                          Qt.TransformationMode.SmoothTransformation)
        self.view.setPixmap(pixmap)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # the viewport, not the dialog: its width is known only after the layout has run
        if (watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize
                and self.zoom == 0.0):
            self._paint()
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- output
    def default_name(self) -> str:
        kinds = {"form": self.tr("form"), "letter": self.tr("letter"),
                 "summary": self.tr("summary"), "receipt": self.tr("receipt")}
        return safe_file_name(f"{self.ref}-{kinds[self.document]}") + ".pdf"

    def ask_save(self) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(Path(folder) / self.default_name()),
                                              self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path | None:
        """Write the document shown, byte for byte, without ever leaving half a file."""
        try:
            atomic_write(path, lambda fh: fh.write(self.pdf_bytes))
        except KnownError as exc:
            show_error(self, str(exc))
            return None
        self.saved_label.setText(self.tr("Saved as {path}").format(path=str(path)))
        return path

    def ask_print(self) -> bool:
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def new_printer(self) -> QPrinter:
        """A printer set to our paper size and 300 dpi; the PDF has its own margins."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)
        printer.setDocName(self.default_name())
        if self.page_count:
            width, height = self.pdf[0].get_size()
            printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
        return printer

    def print_to(self, printer: QPrinter) -> bool:
        """Draw every page (or the range chosen) as a 300 dpi image on `printer`."""
        first, last = 1, self.page_count
        if printer.fromPage() and printer.toPage():
            first, last = max(1, printer.fromPage()), min(self.page_count, printer.toPage())
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, self.tr("The printer could not be started. Nothing was printed; "
                                     "check the printer and try again."))
            return False
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0,
                                   last - first + 1, self)
        progress.setObjectName("printProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        dpi = min(printer.resolution(), PRINT_DPI) or PRINT_DPI
        ok = canceled = False
        try:
            for number in range(first, last + 1):
                if progress.wasCanceled():
                    printer.abort()
                    canceled = True
                    break
                if number > first and not printer.newPage():
                    break
                image = page_image(self.pdf, number - 1, dpi)
                paper = painter.viewport()
                size = image.size().scaled(paper.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # the device scales: a 1200 dpi printer gets the 300 dpi page, not a copy
                painter.drawImage(QRect(paper.x() + (paper.width() - size.width()) // 2,
                                        paper.y(), size.width(), size.height()), image)
                progress.setValue(number - first + 1)
                QApplication.processEvents()
            else:
                ok = True
        finally:
            ok = painter.end() and ok
            progress.close()  # (closing a progress dialog counts as cancelling it)
        if not ok and not canceled:
            show_error(self, self.tr("Printing failed. The document is still open: check the "
                                     "printer and try again."))
        return ok

    # ------------------------------------------------------------------ close
    def _close_pdf(self) -> None:
        self._images.clear()
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None

    def done(self, result: int) -> None:
        places.remember(self, "preview")
        self._close_pdf()
        super().done(result)
