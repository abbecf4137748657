"""Signing on screen: the drawing is kept, the form prints it, the case is frozen."""

import io

from PySide6.QtCore import QPoint, Qt
from pypdf import PdfReader

from casebook.pdf.form import render
from casebook.ui.signature import SignDialog
from tests.conftest import new_case

REPLY = {"at": "2026-03-02T15:00", "channel": "phone", "text": "Fixed",
         "resolution": {"type": "repair"}, "accepted": True}


def draw(qtbot, pad, points):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def test_the_customer_signs_on_screen_and_the_form_carries_it(qtbot, session, book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    dialog = SignDialog(session, ref)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save()  # nothing signed yet: refused with a message
    assert book.case(ref)["record"]["signed_at"] is None
    draw(qtbot, dialog.customer, [(20, 80), (80, 40), (140, 90), (200, 50)])
    dialog.customer.undo()
    assert dialog.customer.is_empty()
    draw(qtbot, dialog.customer, [(20, 80), (80, 40), (140, 90), (200, 50)])
    draw(qtbot, dialog.staff, [(30, 60), (120, 70)])
    dialog.satisfaction.group.button(4).click()
    assert dialog.save()
    doc = book.case(ref)
    assert doc["record"]["signed_at"] and doc["record"]["satisfaction"] == 4
    kinds = sorted(a.kind for a in book.attachments(ref))
    assert kinds == ["signature_customer", "signature_staff"]
    out = io.BytesIO()
    render(book, ref, out, lang="en")
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    images = page.images
    assert len(images) >= 2  # the two signatures (the QR code is drawn as squares)


def test_a_scan_of_the_paper_form_can_be_attached_instead(qtbot, session, book, tmp_path):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    scan = tmp_path / "signed form.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned paper form")
    dialog = SignDialog(session, ref)
    qtbot.addWidget(dialog)
    dialog.set_scan(scan)
    assert dialog.save()
    attached = book.attachments(ref, "signed_scan")
    assert [(a.filename, a.mime, bytes(a.data)) for a in attached] == [
        ("signed form.pdf", "application/pdf", b"%PDF-1.4 scanned paper form")]


def test_the_toolbar_opens_the_pad_for_the_open_case(qtbot, window, book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    window.open_ref(ref)
    dialog = window.sign_form()
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.customer), "signaturePad") is dialog.customer
    draw(qtbot, dialog.customer, [(20, 80), (90, 30), (160, 90)])
    assert dialog.save()
    assert book.case(ref)["record"]["signed_at"] is not None
