"""The case summary: everything, internal notes included, in the interface language."""

import pytest

from casebook.i18n.defaults import label
from casebook.pdf import summary
from casebook.pdf.form import verification_code
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
    assert "Case opened" in text  # the audit trail


def test_amendments_after_signing_are_listed(book):
    ref, _ = filled_case(book, "en")
    code = book.sign(ref, by="Anna")
    book.update_case(ref, {"reply": {"text": "Amended <reply> & more"}}, by="Marta",
                     reason="Typo & <fix>")
    text = squash(pdf_text(render_bytes(summary.render, book, ref, lang="en")))
    assert squash("Amended <reply> & more") in text
    assert squash("Typo & <fix>") in text
    assert squash(verification_code(code)) in text
