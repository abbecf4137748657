"""The reply letter: the customer's words and our reply, in their language, nothing internal."""

import io
import itertools
import re

import pytest
from pypdf import PdfReader

from casebook.i18n.translate import translator
from casebook.pdf import form, letter
from tests.conftest import new_case
from tests.pdf.documents import (SECRET, TEXTS, filled_case, pdf_text, render_bytes,
                                 squash)


@pytest.mark.parametrize("lang", list(TEXTS))
def test_the_letter_carries_every_customer_field_in_their_language(book, lang):
    ref, texts = filled_case(book, lang)
    text = squash(pdf_text(render_bytes(letter.render, book, ref)))
    for key, expected in texts.items():
        if key == "action":  # the case file's notes stay in the case file (and the form)
            assert squash(expected) not in text
            continue
        assert squash(expected) in text, key
    assert ref in text
    assert "20,50" in text or "20.50" in text
    t = translator(lang).gettext
    assert squash(t("Page {page} of {pages}", page=1, pages=1)) in text


@pytest.mark.parametrize("lang", list(TEXTS))
def test_internal_notes_never_reach_the_letter_or_the_form(book, lang):
    ref, _ = filled_case(book, lang)
    for render in (letter.render, form.render):
        assert squash(SECRET) not in squash(pdf_text(render_bytes(render, book, ref)))
        assert "INTERNAL" not in pdf_text(render_bytes(render, book, ref))


# (the letter's own apology, its own thanks, a word any apology has, any thanks has)
COURTESY = {
    "en": ("We are sorry for the trouble this has caused you.", "Thank you for contacting us",
           "sorry", "thank"),
    "ru": ("Приносим Вам извинения за доставленные неудобства.", "мы благодарим Вас за это",
           "извин", "благодар"),
    "zh_CN": ("给您带来不便，我们深表歉意。", "感谢您于", "歉", "感谢"),
    "nl": ("Het spijt ons dat u hierdoor last hebt gehad.", "Dank u wel dat u", "spijt",
           "dank"),
    "ka": ("ბოდიშს გიხდით შექმნილი უხერხულობისთვის.", "გმადლობთ, რომ", "ბოდიშ", "მადლობ"),
}
# a reply as staff write it: apologises and thanks already
POLITE_REPLY = {
    "en": "We are very sorry. We fixed the heating today. Thank you for your patience.",
    "ru": "Приносим извинения. Мы починили отопление сегодня. Благодарим за терпение.",
    "zh_CN": "非常抱歉，暖气今天已经修好。感谢您的耐心。",
    "nl": "Het spijt ons zeer. De verwarming is vandaag gerepareerd. Bedankt voor uw geduld.",
    "ka": "ბოდიშს გიხდით. გათბობა დღეს შევაკეთეთ. მადლობა მოთმინებისთვის.",
}


PHONES = itertools.count(10_000_000)


def replied(book, lang: str, text: str, **over) -> str:
    # a customer of their own per case: the same name and phone would be the same customer
    ref = book.open_case(new_case(
        customer={"name": "Emily Walker", "language": lang, "phone": f"+31 6 {next(PHONES)}"},
        hear={"account": "The heating is off.", "remedy_sought": "Fix it today."},
        ask={"summary": "So the heating is off since Monday — is that right?",
             "summary_confirmed": True}, **over), by="Anna")
    book.add_action(ref, "Spoke to the customer at the desk and agreed a call back.",
                    by="Anna")
    book.update_case(ref, {"reply": {"at": "2026-03-02T15:00", "channel": "phone",
                                     "text": text, "resolution": {"type": "repair"},
                                     "accepted": True}}, by="Anna")
    return ref


@pytest.mark.parametrize("lang", list(COURTESY))
def test_the_letter_apologises_once_and_thanks_once(book, lang):
    own_apology, own_thanks, apology, thanks = COURTESY[lang]
    # a plain reply: the letter apologises and thanks, once each
    text = pdf_text(render_bytes(letter.render, book, replied(book, lang, "Repaired.")))
    assert text.lower().count(apology) == 1 and own_apology in text
    assert text.lower().count(thanks) == 1 and own_thanks in text
    # a reply that already does both: the letter adds neither
    text = pdf_text(render_bytes(letter.render, book, replied(book, lang, POLITE_REPLY[lang])))
    assert own_apology not in text and own_thanks not in text
    assert text.lower().count(apology) == 1 and text.lower().count(thanks) == 1


def test_the_letter_reads_as_a_person_writes_to_a_customer(book):
    ref = replied(book, "en", "We repaired the boiler.")
    text = " ".join(pdf_text(render_bytes(letter.render, book, ref)).split())
    # the day they contacted us, no clock time (received 2 March 2026, 10:00 in Amsterdam)
    assert "Thank you for contacting us on 2 March 2026." in text
    assert "10:00" not in text
    # what they asked for as a sentence; the clerk's check question and notes stay out
    assert "You asked us for “Fix it today”." in text
    assert "is that right?" not in text and "Spoke to the customer" not in text
    # nothing to say about what will change: no promise out of thin air
    assert "What will change" not in text and "We are changing" not in text
    assert "Resolution: Repair" in text and text.endswith("Page 1 of 1") or "Page 1 of 1" in text


def test_what_will_change_is_said_once_when_there_is_something_to_say(book):
    ref = replied(book, "en", "We repaired the boiler.",
                  preventive_action="Weekly boiler checks")
    text = " ".join(pdf_text(render_bytes(letter.render, book, ref)).split())
    assert text.count("Weekly boiler checks") == 1 and "What will change:" in text
    # a reply that already says it is not repeated
    ref = replied(book, "en", "We repaired the boiler and start weekly boiler checks.",
                  preventive_action="Weekly boiler checks")
    text = " ".join(pdf_text(render_bytes(letter.render, book, ref)).split())
    assert "What will change" not in text


def test_a_russian_letter_keeps_one_register_and_a_georgian_one_is_respectful(book):
    text = pdf_text(render_bytes(letter.render, book, replied(book, "ru", "Починили.")))
    assert "мы благодарим Вас за это" in text and "Вы просили" in text
    assert not re.search(r"\b(вы|вас|вам|ваш\w*)\b", text)  # the capital «Вы» throughout
    assert "Уважаемый(ая)" not in text
    text = pdf_text(render_bytes(letter.render, book, replied(book, "ka", "შევაკეთეთ.")))
    assert "პატივცემულო Emily Walker" in text and "ძვირფასო" not in text


def test_a_chinese_letter_uses_full_width_punctuation(book):
    ref = replied(book, "zh_CN", "暖气已经修好。")
    book.update_case(ref, {"reply": {"resolution": {"type": "refund", "amount": "20",
                                                    "currency": "CNY"}}}, by="Anna")
    text = pdf_text(render_bytes(letter.render, book, ref))
    assert "处理结果：" in text and "您的诉求是：“Fix it today”。" in text
    assert not re.search(r"[\u4e00-\u9fff][:,] ", text)


def test_the_letter_may_be_printed_in_another_language(book):
    ref, texts = filled_case(book, "ru")
    text = pdf_text(render_bytes(letter.render, book, ref, lang="en"))
    assert "Dear" in text and squash(texts["account"]) in squash(text)


def test_a_long_account_flows_over_pages(book):
    account = "\n".join(f"Line {i}: water through the ceiling & <more>." for i in range(600))
    ref = book.open_case(new_case(hear={"account": account, "remedy_sought": "x"}), by="Anna")
    pdf = render_bytes(letter.render, book, ref, lang="en")
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 2
    text = pdf_text(pdf)
    assert "Line 599: water through the ceiling & <more>." in text
    assert f"Page {pages} of {pages}" in text
