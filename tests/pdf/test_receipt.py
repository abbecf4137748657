"""The receipt at the counter: every field in the customer's language, on A4, A5 and a roll."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageOps
from pypdf import PdfReader
from reportlab.lib.units import mm

from casebook.core.time.clock import FixedClock
from casebook.pdf import receipt
from tests.core.law.conftest import CLAIM_DAY, claim, open_book
from tests.pdf.documents import squash

ACCOUNT = "Купил чайник 1 ноября. Через неделю он перестал включаться. Чек у меня с собой. "
# What each language must print, by hand: the title, the remedy, the term set by law and
# where it stands, and a label of the block that says how to reach the business.
EXPECTED = {
    "en": ("Receipt", "Refund", "by law until 20/11/2026, Art. 22, Russian Consumer "
           "Protection Law", "How to reach us", "We will get back to you by", "12 Nov 2026"),
    "ru": ("Подтверждение приёма обращения", "Возврат денег",
           "по закону до 20.11.2026, ст. 22 ЗоЗПП", "Как с нами связаться",
           "Мы ответим вам до", "12 нояб. 2026 г."),
    "zh_CN": ("受理回执", "退款", "法定期限至 2026年11月20日，俄罗斯《消费者权益保护法》第22条",
              "联系方式", "我们将在此时间前答复您", "2026年11月12日"),
    "nl": ("Ontvangstbevestiging", "Terugbetaling", "volgens de wet uiterlijk 20-11-2026, "
           "art. 22 Russische Wet consumentenbescherming", "Zo bereikt u ons",
           "Wij laten u uiterlijk iets weten op", "12 nov 2026"),
    "ka": ("მიღების დადასტურება", "თანხის დაბრუნება", "კანონით 20.11.2026-მდე, რუსეთის კანონი "
           "„მომხმარებელთა უფლებების დაცვის შესახებ“, მუხლი 22", "როგორ დაგვიკავშირდეთ",
           "გიპასუხებთ არაუგვიანეს", "12 ნოე. 2026"),
}


@pytest.fixture
def shop(tmp_path):
    with open_book(tmp_path / "shop.sqlite3", FixedClock(CLAIM_DAY), country="RU",
                   tz="Europe/Moscow", currency="RUB") as book:
        for key, value in (("business_name", "Магазин «Чайник & Co»"),
                           ("business_address", "ул. Ленина, 12, Москва"),
                           ("business_phone", "+7 495 123-45-67"),
                           ("business_email", "help@chainik.example")):
            book.set_setting(key, value, by="Olga")
        yield book


def receipt_of(book, ref, **kw) -> tuple[str, PdfReader, str]:
    out = io.BytesIO()
    code = receipt.render(book, ref, out, **kw)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return "\n".join(p.extract_text() for p in reader.pages), reader, code


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_the_receipt_holds_every_field_in_the_customers_language(shop, lang):
    ref = shop.open_case(claim(customer={"name": "Пётр Смирнов", "language": lang},
                               hear={"account": ACCOUNT}), by="Ivan")
    text, reader, code = receipt_of(shop, ref)  # the customer's language, no lang given
    flat = squash(text)
    title, remedy, law, reach, reply_label, reply_day = EXPECTED[lang]
    for expected in (title, ref, "Магазин «Чайник & Co»", "10", "Пётр Смирнов",
                     squash(ACCOUNT), remedy, "Верните деньги", "Ivan", reply_label,
                     reply_day, "12:00", law, reach, "+7 495 123-45-67",
                     "help@chainik.example", "ул. Ленина, 12, Москва", code):
        assert squash(expected) in flat, (lang, expected)
    assert code.count("-") == 2 and len(code) == 14
    assert len(reader.pages) == 1


def test_the_customers_words_are_shortened_at_a_sentence(shop):
    long = ACCOUNT * 25  # about 2,000 characters
    ref = shop.open_case(claim(hear={"account": long}), by="Ivan")
    text, _, _ = receipt_of(shop, ref, lang="ru")
    flat = squash(text)
    assert squash(ACCOUNT) in flat and squash(long) not in flat
    assert "…" in text


@pytest.mark.parametrize("text, limit, expected", [
    ("Short.", 40, "Short."),
    ("One sentence here. Another sentence that is long.", 30, "One sentence here. …"),
    ("words without any full stop at all in them", 20, "words without any …"),
    ("楼上漏水已经三天了。物业一直没有派人来处理，我们很着急。", 20, "楼上漏水已经三天了。 …"),
    ("楼上漏水已经三天了物业一直没有派人来处理我们很着急", 10, "楼上漏水已经三天了物…"),
])
def test_shorten_cuts_sensibly(text, limit, expected):
    assert receipt.shorten(text, limit) == expected


def test_a5_is_a5(shop):
    ref = shop.open_case(claim(), by="Ivan")
    _, reader, _ = receipt_of(shop, ref, lang="ru", page_size="A5")
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / mm), round(float(box.height) / mm)) == (148, 210)


def ink_box(pdf: bytes, dpi: int = 100) -> tuple[Image.Image, tuple]:
    """The page as PDFium (the preview's and the print's renderer) draws it, and the box
    around everything printed on it."""
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    return image, ImageOps.invert(image).point(lambda v: 255 if v > 40 else 0).getbbox()


@pytest.mark.parametrize("lang", ["ru", "zh_CN", "ka", "en"])
def test_the_roll_is_one_column_of_any_length_with_nothing_cut(shop, lang):
    words = ACCOUNT if lang != "zh_CN" else "楼上漏水已经三天了，物业一直没有派人来处理。"
    ref = shop.open_case(claim(customer={"name": "Анна-Мария Константинопольская-"
                                                "Преображенская", "language": lang},
                               hear={"account": words * 4,
                                     "remedy_sought": "Верните деньги " * 8}), by="Ivan")
    out = io.BytesIO()
    receipt.render(shop, ref, out, page_size="80mm")
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == 1  # one strip, as long as it needs
    width = float(reader.pages[0].mediabox.width)
    height = float(reader.pages[0].mediabox.height)
    assert round(width / mm) == 80 and height > 150 * mm
    text = squash(reader.pages[0].extract_text())
    assert squash(EXPECTED[lang][2]) in text and "help@chainik.example" in text
    image, (left, top, right, bottom) = ink_box(out.getvalue())
    margin = 4 * mm / 72 * 100  # the roll's 4 mm margin, in pixels at 100 dpi
    assert left >= margin - 2 and right <= image.width - margin + 2, (left, right)
    assert bottom < image.height - margin  # the last line is on the strip, not past it


def test_a_receipt_of_a_case_without_the_law_leaves_the_law_out(tmp_path):
    with open_book(tmp_path / "none.sqlite3", FixedClock(CLAIM_DAY), country="",
                   tz="Europe/Moscow") as book:
        ref = book.open_case(claim(), by="Ivan")
        text, _, _ = receipt_of(book, ref, lang="en")
    assert "Deadline set by law" not in text and "Your rights" not in text
    assert ref in text and "Refund" in text
