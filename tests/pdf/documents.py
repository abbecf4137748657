"""A case with every customer-typed field filled, for the letter and summary tests."""

import io
import re

from pypdf import PdfReader

from tests.conftest import new_case

TRICKY = "<b>x</b> & \"quoted\" \\ back; 'single'"
SECRET = "INTERNAL: the plumber was late again <b>&</b>"
TEXTS = {
    "en": ("Emily Walker", "The heating in Flat 12 has been off since Monday."),
    "ru": ("Ольга Смирнова", "В квартире нет отопления с понедельника, пишу жалобу."),
    "zh_CN": ("王芳", "楼上漏水，已经投诉三次了。"),
    "ka": ("ნინო ბერიძე", "ლიფტი არ მუშაობს, ეს ჩემი მეორე საჩივარია."),
}


def filled_case(book, lang: str) -> tuple[str, dict]:
    """A replied case in `lang`; returns its reference and the customer-facing texts."""
    name, account = TEXTS[lang]
    texts = {
        "name": f"{name} {TRICKY}",
        "address": f"Main street 1 {TRICKY}",
        "account": f"{account} {TRICKY}",
        "remedy": f"Fix it {TRICKY}",
        "action": f"Sent a technician {TRICKY}",
        "reply": f"We repaired it {TRICKY}",
        "details": f"Refund to card {TRICKY}",
        "change": f"Weekly boiler checks {TRICKY}",
    }
    ref = book.open_case(new_case(
        customer={"name": texts["name"], "address": texts["address"], "language": lang,
                  "phone": "+1 555"},
        hear={"account": texts["account"], "remedy_sought": texts["remedy"]},
        preventive_action=texts["change"]), by="Anna")
    book.add_action(ref, texts["action"], by="Anna")
    book.add_action(ref, SECRET, by="Anna", internal=True)
    book.update_case(ref, {"reply": {
        "at": "2026-03-02T15:00", "channel": "phone", "text": texts["reply"],
        "resolution": {"type": "refund", "amount": "20.50", "currency": "EUR",
                       "text": texts["details"]}, "accepted": True}}, by="Anna")
    return ref, texts


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    """Without whitespace: line breaks fall where the layout puts them."""
    return re.sub(r"\s+", "", text)


def render_bytes(render, book, ref, **kw) -> bytes:
    out = io.BytesIO()
    render(book, ref, out, **kw)
    return out.getvalue()
