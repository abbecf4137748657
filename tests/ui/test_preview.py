"""The preview: Ctrl+P shows the case's documents, prints them and saves them as PDF."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casebook.ui.preview import PreviewDialog, safe_file_name
from tests.conftest import new_case
from tests.pdf.documents import SECRET, filled_case


def opened(window) -> PreviewDialog:
    return window.findChild(QDialog, "previewDialog")


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def preview(qtbot, window, book):
    ref, _ = filled_case(book, "ru")
    window.model.refresh()
    window.open_ref(ref)
    window.activateWindow()  # a shortcut reaches the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(window)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_p_previews_the_open_cases_form(preview, window):
    ref = window.editor.current_ref()
    assert preview.document == "form" and preview.ref == ref
    assert preview.page_count == len(PdfReader(io.BytesIO(preview.pdf_bytes)).pages) >= 1
    assert ref in pdf_text(preview.pdf_bytes)
    assert preview.view.pixmap().width() > 100
    assert preview.page_label.text() == f"Page 1 of {preview.page_count}"


def test_the_print_button_opens_the_same_preview(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    window.model.refresh()
    window.open_ref(ref)
    button = window.findChild(type(window.print_button), "printFormButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(window)
    assert dialog.isVisible() and "Ivan Petrov" in pdf_text(dialog.pdf_bytes)


def test_switching_to_the_letter_and_the_summary(preview):
    box = preview.document_box
    box.setCurrentIndex(box.findData("letter"))
    assert preview.document == "letter"
    letter = pdf_text(preview.pdf_bytes)
    assert "INTERNAL" not in letter
    box.setCurrentIndex(box.findData("summary"))
    assert preview.document == "summary"
    assert SECRET.split()[0] in pdf_text(preview.pdf_bytes)
    assert "Case summary" in pdf_text(preview.pdf_bytes)  # the interface language


def test_page_navigation_and_zoom(qtbot, window, book):
    account = "\n".join(f"Line {i}: the water kept coming through." for i in range(300))
    ref = book.open_case(new_case(hear={"account": account, "remedy_sought": "x"}), by="Anna")
    window.model.refresh()
    window.open_ref(ref)
    dialog = window.print_form()
    assert dialog.page_count > 1
    assert not dialog.back_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page == 1
    qtbot.keyClick(dialog, Qt.Key.Key_End)  # no crash on keys it does not use
    dialog.show_page(99)
    assert dialog.page == dialog.page_count - 1 and not dialog.next_button.isEnabled()
    fit = dialog.view.pixmap().width()
    qtbot.mouseClick(dialog.findChild(type(dialog.fit_button), "zoomIn"),
                     Qt.MouseButton.LeftButton)
    assert dialog.view.pixmap().width() > fit and dialog.fit_button.isEnabled()
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.view.pixmap().width() == fit


def test_save_as_pdf_writes_the_document_shown(preview, tmp_path):
    target = tmp_path / "out" / preview.default_name()
    target.parent.mkdir()
    assert preview.save_pdf(target) == target
    assert target.read_bytes() == preview.pdf_bytes
    assert len(PdfReader(target).pages) == preview.page_count
    assert not list(target.parent.glob("*.partial"))
    assert str(target) in preview.saved_label.text()


def test_a_folder_that_cannot_be_written_gives_a_message_and_keeps_the_preview(
        qtbot, preview, tmp_path):
    missing = tmp_path / "no such folder" / "form.pdf"
    assert preview.save_pdf(missing) is None
    box = preview.findChild(QMessageBox, "errorBox")
    assert box is not None and "no such folder" in box.text()
    assert preview.isVisible() and preview.pdf_bytes


def test_printing_to_a_pdf_printer_prints_every_page(preview, tmp_path):
    preview.document_box.setCurrentIndex(preview.document_box.findData("summary"))
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.resolution() == 300
    assert preview.print_to(printer) is True
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == preview.page_count
    width = float(printed.pages[0].mediabox.width)
    assert abs(width - 595.3) < 2  # A4, as the document


def ink(pdf_path_or_bytes, page: int) -> float:
    """How dark a page is, 0 (white) to 255, rendered at 20 dpi."""
    import pypdfium2
    from PIL import ImageStat

    document = pypdfium2.PdfDocument(pdf_path_or_bytes)
    try:
        image = document[page].render(scale=20 / 72, grayscale=True).to_pil()
        return 255 - ImageStat.Stat(image).mean[0]
    finally:
        document.close()


def test_ok_in_the_print_dialog_prints_every_page_of_the_document(qtbot, preview, tmp_path,
                                                                  monkeypatch):
    """Through the dialog a user sees: the printer is a PDF file, so the pages come back."""
    from PySide6.QtPrintSupport import QPrintDialog

    from tests.ui.test_main_window import when_shown

    account = "\n".join(f"Line {i}: the water kept coming through." for i in range(120))
    ok, _ = preview.parent().session.run(None, lambda book: book.update_case(
        preview.ref, {"hear": {"account": account}}, by="Anna", reason="longer account"))
    assert ok
    assert preview.load("summary")
    target = tmp_path / "printed.pdf"
    made = preview.new_printer

    def pdf_printer():
        printer = made()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(preview, "new_printer", pdf_printer)
    seen = when_shown(lambda w: isinstance(w, QPrintDialog), lambda d: d.accept())
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert seen and target.is_file()
    printed = PdfReader(target)
    assert preview.page_count >= 2 and len(printed.pages) == preview.page_count
    for number in range(preview.page_count):  # each printed page is that page, not blank
        shown = ink(preview.pdf_bytes, number)
        assert shown > 1 and abs(ink(str(target), number) - shown) < 0.25 * shown


def test_the_print_button_asks_the_system_print_dialog(qtbot, preview):
    from PySide6.QtPrintSupport import QPrintDialog

    from tests.ui.test_main_window import when_shown

    seen = when_shown(lambda w: isinstance(w, QPrintDialog), lambda d: d.reject())
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert seen and preview.isVisible()


def test_escape_closes_the_preview(qtbot, preview):
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(isinstance(w, PreviewDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


@pytest.mark.parametrize("ref, name", [("2026-00042", "2026-00042"),
                                       ("../../etc/passwd", "etc_passwd"),
                                       ("A/B:C*?\"<>|", "A_B_C"), ("...", "case"),
                                       ("Заявка 7", "Заявка_7")])
def test_file_names_from_references_are_safe(ref, name):
    assert safe_file_name(ref) == name


@pytest.mark.qt_log_ignore("QPainter::begin", "QPdfWriter", "QPrinter")
def test_a_printer_that_fails_gives_a_message_and_keeps_the_preview(preview, tmp_path):
    printer = preview.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
    assert preview.print_to(printer) is False
    box = preview.findChild(QMessageBox, "errorBox")
    assert box is not None and "printer" in box.text()
    assert preview.isVisible() and preview.page_count


def test_the_form_in_another_language_and_bilingual(preview):
    assert preview.language_box.currentData() == "ru"  # the customer's language
    assert "Клиент" in pdf_text(preview.pdf_bytes)
    preview.second_box.setCurrentIndex(preview.second_box.findData("en"))
    preview.second_box.activated.emit(preview.second_box.currentIndex())
    assert "Клиент / Customer" in pdf_text(preview.pdf_bytes)
    preview.document_box.setCurrentIndex(preview.document_box.findData("letter"))
    assert not preview.second_box.isEnabled() and preview.second_box.currentData() is None
    preview.language_box.setCurrentIndex(preview.language_box.findData("en"))
    preview.language_box.activated.emit(preview.language_box.currentIndex())
    assert "Dear" in pdf_text(preview.pdf_bytes)
    preview.document_box.setCurrentIndex(preview.document_box.findData("summary"))
    assert preview.language_box.currentData() == "en"  # the interface language
