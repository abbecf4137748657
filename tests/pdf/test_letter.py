"""The reply letter: the customer's words and our reply, in their language, nothing internal."""

import io

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


def test_the_letter_closes_with_the_four_sentences_and_the_owner(book):
    ref, _ = filled_case(book, "en")
    text = squash(pdf_text(render_bytes(letter.render, book, ref)))
    for sentence in ("We apologise once again", "Thank you for the trust",
                     "Thank you for showing us what we can improve", "What will change:",
                     "Yours sincerely,", "Anna"):
        assert squash(sentence) in text, sentence


def test_without_a_preventive_action_the_letter_still_says_what_will_change(book):
    ref = book.open_case(new_case(customer={"name": "Emily", "language": "en", "phone": "1"}),
                         by="Anna")
    text = squash(pdf_text(render_bytes(letter.render, book, ref)))
    assert squash("We are changing how we work") in text


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
