"""The statistics report as PDF: the figures of `core.stats`, in the reader's language."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from casebook.core.reports import stats
from casebook.pdf.report import render
from tests.core.reports.test_stats import NOW, march

# list labels from the casebook's lists, babel dates and decimals, per language
EXPECTED = {
    "en": ["Repairs in the unit", "Noise", "Cleaning and grounds", "Messenger", "Claim",
           "Systemic", "1 Mar 2026 – 31 Mar 2026", "19.5", "57.3", "20%", "Page 1 of"],
    "ru": ["Ремонт в квартире", "Шум", "Уборка и содержание территории", "Мессенджер",
           "Претензия", "Системная проблема", "1 мар. 2026 г. – 31 мар. 2026 г.", "19,5",
           "57,3", "20 %", "Страница 1 из"],
    "zh_CN": ["室内维修", "噪音", "清洁与绿化", "即时通讯", "索赔", "系统性问题",
              "2026年3月1日 – 2026年3月31日", "19.5", "57.3", "20%", "第 1 页"],
}


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def figures(book, clock):
    refs = march(book, clock)
    return refs, stats.statistics(book, "2026-03-01", "2026-04-01", now=NOW)


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_the_report_speaks_the_readers_language(book, figures, lang):
    refs, report = figures
    out = io.BytesIO()
    render(book, report, out, lang=lang)
    text = squash(text_of(out.getvalue()))
    for expected in EXPECTED[lang]:
        assert squash(expected) in text, expected
    # the systemic case with its root cause and preventive action, the repeat customers
    for expected in (refs["C"], "Bins emptied too late on Saturdays",
                     "Second round on Saturday evenings", "Ivan Petrov", "Emily Walker"):
        assert squash(expected) in text, expected
    assert len(out.getvalue()) < 200_000


class _Rows:
    """`row in rows`: a table row's cells, in order, in the squashed text of the PDF."""

    def __init__(self, text: str):
        self.text = text

    def __contains__(self, row: str) -> bool:
        return squash(row) in self.text


def test_every_figure_is_printed(book, figures):
    _, report = figures
    out = io.BytesIO()
    render(book, report, out, lang="en")
    text = squash(text_of(out.getvalue()))
    lines = _Rows(text)
    assert "Cases received 5 2 +3" in lines  # this period, previous, change
    assert "Resolved 3 1 +2" in lines
    assert "Open 2 1 +1" in lines
    assert "Overdue 3 1 +2" in lines
    # the change of a share, in percentage points
    assert "Agreed reply times kept 20% (1 of 5) 0% (0 of 1) +20 pts" in lines
    assert "Average satisfaction (1–5) 4.0 2.0 +2" in lines
    assert "To first contact 4 19.5 57.3 1.5 2.0" in lines
    assert "To resolution 3 25.0 34.6 6.0 8.4" in lines
    assert "Repairs in the unit 3 1 2 1" in lines  # received, open, resolved, overdue
    assert "Bert 1 1 0 1" in lines
    assert "Due by the date of the report 1 1 3 20%" in lines


def test_the_report_says_which_period_it_compares_with_and_in_plain_words(book, figures):
    _, report = figures
    out = io.BytesIO()
    render(book, report, out, lang="en")
    text = text_of(out.getvalue())
    flat = " ".join(text.split())
    # March against February, 1–28 (by hand: the calendar month before)
    assert "Previous period 1 Feb 2026 – 28 Feb 2026" in flat
    # overdue (3) exceeds open (2): a sentence says why
    assert "That is why it can be higher than Open." in flat
    assert "waiting for the customer's signature" in flat
    # words a shop owner reads, not statistics jargon
    assert "Half within" in flat and "Nine in ten within" in flat
    assert "percentile" not in flat and "90%" not in flat and "Median" not in flat


def test_a_chinese_report_uses_full_width_punctuation_and_bold_headings(book, figures):
    _, report = figures
    out = io.BytesIO()
    render(book, report, out, lang="zh_CN")
    pdf = out.getvalue()
    text = text_of(pdf)
    assert "上期" in text or "上一期" in text
    for line in text.splitlines():
        assert not line.startswith(("，", "。", "：", "、")), line
    # headings in Han are stroked as well as filled: WenQuanYi has no bold face
    content = b"".join(page.get_contents().get_data()
                       for page in PdfReader(io.BytesIO(pdf)).pages)
    assert b"2 Tr" in content


def test_an_empty_period_still_makes_a_report(book):
    report = stats.statistics(book, "2020-01-01", "2020-01-08", now=NOW)
    out = io.BytesIO()
    render(book, report, out, lang="ka")
    text = text_of(out.getvalue())
    assert "2020" in text and "\ufffd" not in text  # Georgian dates, no missing glyph
    assert 1 <= len(PdfReader(io.BytesIO(out.getvalue())).pages) <= 2
