"""The case summary: everything, internal notes included, in the interface language."""

import pytest

from casebook.i18n.defaults import label
from casebook.pdf import summary
from casebook.pdf.form import verification_code
from tests.conftest import new_case
from tests.pdf.documents import SECRET, TEXTS, filled_case, pdf_text, render_bytes, squash


@pytest.mark.parametrize("lang", list(TEXTS))
def test_the_summary_holds_every_field_and_the_internal_notes(book, lang):
    ref, texts = filled_case(book, lang)
    text = squash(pdf_text(render_bytes(summary.render, book, ref, lang=lang)))
    for key, expected in texts.items():
        assert squash(expected) in text, key
    assert squash(SECRET) in text
    for part in ("hear", "ask", "follow", "reply", "record"):
        assert squash(label("case_part", part, lang)) in text, part
    assert squash(label("deadline_kind", "reply", lang)) in text


def test_the_summary_is_in_the_interface_language_not_the_customers(book):
    ref, _ = filled_case(book, "zh_CN")
    text = pdf_text(render_bytes(summary.render, book, ref, lang="en"))
    assert "Case summary" in text and "Internal: not for the customer" in text
    assert "pending" in text  # a deadline's state
    assert "Case opened by Anna" in text  # the audit trail, in words


def test_amendments_after_signing_are_listed(book):
    ref, _ = filled_case(book, "en")
    code = book.sign(ref, by="Anna")
    book.update_case(ref, {"reply": {"text": "Amended <reply> & more"}}, by="Marta",
                     reason="Typo & <fix>")
    text = squash(pdf_text(render_bytes(summary.render, book, ref, lang="en")))
    assert squash("Amended <reply> & more") in text
    assert squash("Typo & <fix>") in text
    assert squash(verification_code(code)) in text


def test_endless_text_without_spaces_flows_over_pages_in_the_summary_and_the_letter(book):
    from casebook.pdf import letter

    account, address = "0" * 12000, "漏" * 6000
    ref = book.open_case(new_case(customer={"name": "Ivan", "phone": "1", "address": address},
                                  hear={"account": account, "remedy_sought": "x"}), by="Anna")
    for render in (summary.render, letter.render):
        text = squash(pdf_text(render_bytes(render, book, ref, lang="en")))
        # every character is there; page headers and footers fall in between
        assert text.count("漏") == len(address) and text.count("0") >= len(account)
        assert "0" * 500 in text
