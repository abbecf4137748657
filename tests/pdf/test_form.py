"""The resolution form: every field the customer typed is on it, in every script."""

import io
import re

import pytest
from pypdf import PdfReader

from casebook.pdf import fonts
from casebook.pdf.form import render
from tests.conftest import new_case

REPLY = {"at": "2026-03-02T15:00", "channel": "phone", "text": "Fixed <today> & \"done\" \\ ok",
         "resolution": {"type": "refund", "amount": "20.50", "currency": "EUR",
                        "text": "Refund to card"}, "accepted": True}
TEXTS = {
    "en": ("Emily Walker", "The heating in Flat 12 has been off since Monday."),
    "ru": ("Ольга Смирнова", "В квартире нет отопления с понедельника, пишу жалобу."),
    "zh_CN": ("王芳", "楼上漏水，已经投诉三次了。"),
    "nl": ("Jan de Vries", "De financiële afrekening klopt niet; één post staat er dubbel."),
    "ka": ("ნინო ბერიძე", "ლიფტი არ მუშაობს, ეს ჩემი მეორე საჩივარია."),
}


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def make(book, lang, **over):
    name, account = TEXTS[lang]
    ref = book.open_case(new_case(customer={"name": name, "language": lang, "phone": "+1 555"},
                                  hear={"account": account, "remedy_sought": "Fix"}, **over),
                         by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    return ref


@pytest.mark.parametrize("lang", list(TEXTS))
def test_the_form_carries_the_customers_words_in_their_language(book, lang):
    ref = make(book, lang)
    out = io.BytesIO()
    code = render(book, ref, out)
    text = squash(text_of(out.getvalue()))
    name, account = TEXTS[lang]
    for expected in (ref, name, account, "Fixed<today>&\"done\"\\ok", code):
        assert squash(expected) in text, expected
    assert PAGE_ONE_OF_ONE[lang] in text


# the page label of a one-page form in the customer's language, squashed, by hand
PAGE_ONE_OF_ONE = {"en": "Page1of1", "ru": "Страница1из1", "zh_CN": "第1页，共1页",
                   "nl": "Pagina1van1", "ka": "გვერდი1/1"}


def test_markup_in_user_text_prints_literally(book):
    ref = book.open_case(new_case(hear={"account": "<b>bold?</b> &amp; </para> <font size=40>",
                                        "remedy_sought": "x"}), by="Anna")
    out = io.BytesIO()
    render(book, ref, out, lang="en")
    assert "<b>bold?</b>&amp;</para><fontsize=40>" in squash(text_of(out.getvalue()))


def test_a_long_account_flows_onto_more_pages(book):
    account = "\n".join(f"Line {i}: the water kept coming through the ceiling." for i in range(400))
    ref = book.open_case(new_case(hear={"account": account, "remedy_sought": "x"}), by="Anna")
    out = io.BytesIO()
    render(book, ref, out, lang="en")
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) > 2
    text = text_of(out.getvalue())
    assert "Line 399: the water kept coming" in text
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_a_mixed_script_name_in_a_chinese_form(book):
    ref = make(book, "zh_CN", ask={"summary": "ნინო 和 Ольга 说 één", "summary_confirmed": True})
    out = io.BytesIO()
    render(book, ref, out)
    assert squash("ნინო 和 Ольга 说 één") in squash(text_of(out.getvalue()))


@pytest.mark.parametrize("lang", list(TEXTS))
def test_every_character_is_set_in_a_font_that_has_it(lang):
    name, account = TEXTS[lang]
    for text in (name, account, "Résumé — «ответ» “引号” ქ 😀 \t tab"):
        for font, chunk in fonts.runs(text):
            cmap = fonts.face(font).face.charToGlyph
            missing = [ch for ch in chunk if ch not in "\n" and ord(ch) not in cmap]
            assert missing == [], (font, missing)


def test_characters_no_font_has_are_replaced_visibly():
    assert fonts.clean("ok \ue000\x00\x07 😀") == "ok \ufffd 😀"


def test_a_chinese_one_page_form_is_small(book):
    ref = make(book, "zh_CN")
    out = io.BytesIO()
    render(book, ref, out)
    assert len(out.getvalue()) < 200_000
    assert len(PdfReader(io.BytesIO(out.getvalue())).pages) == 1


def test_bilingual_labels(book):
    ref = make(book, "ru")
    out = io.BytesIO()
    render(book, ref, out, lang="nl", second_lang="en")
    text = text_of(out.getvalue())
    assert "/" in text and "Customer" in text
