"""Shared page layout for every printed document: form, letter, summary, report, receipt.

A4 (or Letter, or A5) with the business header repeated on every page and
"page N of M" with the verification code in the footer. Page totals need a
second pass, so documents are built with `NumberedCanvas`, which holds the
pages until it knows how many there are. A receipt-printer roll (`build_roll`)
is one narrow column as long as what it holds: the story is measured first
and printed on one page of that height.

The business name is never cut: beside a long (bilingual) title both are
set smaller, and only a name wider than the whole header ends in "…".

Chinese typography: WenQuanYi has no bold face, so bold text with Han in it
is drawn stroked as well as filled (text render mode 2); and no line starts
with closing punctuation ("，", "。", "：" …, the 禁则 rules), which
reportlab's CJK line breaker only knows for a few of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                SimpleDocTemplate, Table, TableStyle)
from reportlab.lib import textsplit as _textsplit
from reportlab.platypus import paragraph as _paragraph

from casebook.pdf import fonts

# Punctuation that must not begin a line of Chinese. reportlab's breakers (one
# for a paragraph in one font, one for mixed fonts) hang one such character in
# the margin instead of carrying it over, but their list lacks the full-width
# comma, colon, semicolon, ! and ?.
_NO_LINE_START = "，、。：；！？）》」』】〉〕…·％"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(
        ch for ch in _NO_LINE_START if ch not in _module.ALL_CANNOT_START)
STROKE = 0.035  # faux bold: outline width as a share of the font size

PAGE_SIZES = {"A4": A4, "Letter": LETTER, "A5": A5}
MARGIN = 16 * mm
ROLL = "80mm"  # a receipt-printer roll: 80 mm paper, about 72 mm of it printable
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
# PDF viewers and printers stop at 200 inches a page; a longer roll continues on the next
ROLL_LONGEST = 14000
INK = colors.HexColor("#1f2933")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")


@dataclass
class Letterhead:
    name: str
    address: str = ""
    phone: str = ""
    logo: str = ""
    title: str = ""
    ref: str = ""
    footer: str = ""  # e.g. the verification code line
    page_label: str = "Page {page} of {pages}"


class NumberedCanvas(canvas.Canvas):
    """Draws header and footer once the page count is known."""

    letterhead: Letterhead

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        head = self.letterhead
        width, height = self._pagesize
        top = height - MARGIN + 4 * mm
        x = MARGIN
        if head.logo and Path(head.logo).is_file():
            try:
                self.drawImage(head.logo, x, top - 12 * mm, 12 * mm, 12 * mm,
                               preserveAspectRatio=True, mask="auto")
                x += 15 * mm
            except Exception:  # a broken logo file must not stop the form
                pass
        name_size, title_size, name = _header_sizes(self, head.name, head.title,
                                                    width - MARGIN - x - 6 * mm)
        _text(self, x, top - 4 * mm, name, name_size, bold=True)
        contact = " · ".join(p for p in (head.address, head.phone) if p)
        ref_width = _width(self, head.ref, 10)
        _text(self, x, top - 8.5 * mm,
              _fit(self, contact, 8, width - MARGIN - x - ref_width - 6 * mm, bold=False), 8)
        _text(self, width - MARGIN, top - 4 * mm, head.title, title_size, bold=True,
              right=True)
        _text(self, width - MARGIN, top - 8.5 * mm, head.ref, 10, right=True)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN, top - 11 * mm, width - MARGIN, top - 11 * mm)
        self.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
        _text(self, MARGIN, MARGIN - 8 * mm, head.footer, 7.5)
        page = self._pageNumber
        _text(self, width - MARGIN, MARGIN - 8 * mm,
              head.page_label.format(page=page, pages=total), 8, right=True)


def _width(c: canvas.Canvas, text: str, size: float, *, bold=False) -> float:
    return sum(c.stringWidth(chunk, name, size) for name, chunk in fonts.runs(text, bold))


def _header_sizes(c: canvas.Canvas, name: str, title: str, room: float
                  ) -> tuple[float, float, str]:
    """Sizes of the business name and the title sharing one line of `room` points.

    The name keeps its size while it can: the title (long when bilingual) is
    set smaller first, then both; the name is shortened only when it does
    not fit even beside the smallest title.
    """
    name_width = _width(c, name, 12, bold=True)
    for title_size in (11, 10, 9, 8):
        if name_width + _width(c, title, title_size, bold=True) <= room:
            return 12, title_size, name
    title_width = _width(c, title, 8, bold=True)
    for name_size in (11, 10, 9):
        if _width(c, name, name_size, bold=True) + title_width <= room:
            return name_size, 8, name
    return 9, 8, _fit(c, name, 9, room - title_width)


def _fit(c: canvas.Canvas, text: str, size: float, room: float, *, bold=True) -> str:
    """Shorten a header line with an ellipsis rather than let it run into the title."""
    if _width(c, text, size, bold=bold) <= room:
        return text
    # halve first: a pasted 20,000-character line would take as many steps one by one
    while len(text) > 400 and _width(c, text[:len(text) // 2] + "…", size, bold=bold) > room:
        text = text[:len(text) // 2]
    while text and _width(c, text + "…", size, bold=bold) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _text(c: canvas.Canvas, x: float, y: float, text: str, size: float, *, bold=False,
          right=False) -> None:
    """A line of mixed-script text on the canvas, switching fonts per run."""
    chunks = fonts.runs(text.replace("\n", " "), bold)
    width = sum(c.stringWidth(chunk, name, size) for name, chunk in chunks)
    x = x - width if right else x
    c.setFillColor(INK)
    c.setStrokeColor(INK)
    c.setLineWidth(size * STROKE)
    for name, chunk in chunks:
        c.setFont(name, size)
        c.drawString(x, y, chunk, mode=2 if bold and name in fonts.FAUX_BOLD else None)
        x += c.stringWidth(chunk, name, size)


def build(out, story: list, letterhead: Letterhead, *, page_size: str = "A4",
          title: str = "") -> None:
    """Lay out `story` on pages with the letterhead; `out` is a path or a file object."""
    size = PAGE_SIZES.get(page_size, A4)
    doc = SimpleDocTemplate(out, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 12 * mm, bottomMargin=MARGIN + 2 * mm,
                            title=title or letterhead.title, author=letterhead.name,
                            creator="Casebook")

    class _Canvas(NumberedCanvas):
        pass

    _Canvas.letterhead = letterhead
    doc.build(story, canvasmaker=_Canvas)


def roll_width() -> float:
    """The printable width of a roll, for the flowables that go on it."""
    return ROLL_WIDTH - 2 * ROLL_MARGIN


def build_roll(out, story: list, *, title: str = "", author: str = "") -> None:
    """Lay out `story` as one column on a receipt-printer roll, as long as it needs."""
    width = roll_width()
    height = 2 * ROLL_MARGIN + 12 * mm  # and room to tear off below the last line
    for flowable in story:
        height += (flowable.wrap(width, ROLL_LONGEST)[1] + flowable.getSpaceBefore()
                   + flowable.getSpaceAfter())
    size = (ROLL_WIDTH, min(height, ROLL_LONGEST))
    # no frame padding: the column is exactly the width the story was measured at
    frame = Frame(ROLL_MARGIN, ROLL_MARGIN, width, size[1] - 2 * ROLL_MARGIN, id="roll",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(out, pagesize=size, title=title, author=author, creator="Casebook",
                          pageTemplates=[PageTemplate("roll", [frame])])
    doc.build(story)


class StrokedParagraph(Paragraph):
    """Bold for text with Han in it: filled and stroked in the text colour.

    The whole paragraph is stroked, its Latin runs set in the regular face,
    so a mixed heading ("1. 我们听到的") has one weight throughout.
    """

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.style.textColor)
        c.setLineWidth(self.style.fontSize * STROKE)
        c._code.append("2 Tr")  # text render mode: fill, then stroke (reset by Q)
        super().draw()
        c.restoreState()


def para(text: str, size: float = 9, *, bold: bool = False, color=None, **style
         ) -> Paragraph:
    """User or label text as a paragraph: escaped, fonts per script, CJK wrapping."""
    cjk = fonts.needs_cjk_wrap(text)
    style = fonts.paragraph_style(f"p{size}{bold}", size, bold=bold and not cjk, cjk=cjk,
                                  textColor=color or INK, **style)
    if bold and cjk:
        return StrokedParagraph(fonts.markup(text), style)
    return Paragraph(fonts.markup(text, bold), style)


def fields_table(rows: list[tuple[str, str]], width: float, *, label_share: float = 0.3
                 ) -> Table:
    """Label | value rows; empty values are left out."""
    return fields_rows(field_cells(rows), width, label_share=label_share)


def field_cells(rows: list[tuple[str, str]]) -> list[list]:
    """The cells of label | value rows, a long value cut into pieces a page can hold."""
    data = []
    for label, value in rows:
        if value in (None, ""):
            continue
        for i, chunk in enumerate(_chunks(str(value))):
            data.append([para(label if i == 0 else "", 8, color=colors.HexColor("#52606d")),
                         para(chunk)])
    return data


def fields_rows(cells: list[list], width: float, *, label_share: float = 0.3) -> Table:
    """A label | value table of `field_cells`."""
    data = cells or [[para("—", 8.5), para("")]]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def _chunks(text: str, size: int = 1200, lines: int = 40) -> list[str]:
    """A long text as pieces a page can hold: a table splits between rows, not in a cell.

    A piece is at most `size` characters and `lines` lines: 1,200 characters of
    short lines would otherwise make one cell taller than a page.
    """
    # every line break the printed text will have (fonts.clean turns these into breaks too)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS)
    if len(text) <= size and text.count("\n") < lines:
        return [text]
    pieces, current, count = [], "", 0
    for line in text.split("\n"):
        while len(line) > size:  # one enormous line: cut it
            if current:
                pieces.append(current)
                current, count = "", 0
            pieces.append(line[:size])
            line = line[size:]
        if count and (len(current) + len(line) + 1 > size or count >= lines):
            pieces.append(current)
            current, count = line, 1
        else:
            current = f"{current}\n{line}" if count else line
            count += 1
    if current:
        pieces.append(current)
    return pieces


def two_columns(left, right, width: float) -> Table:
    # splitInRow: a column taller than a page (a pasted 20,000-character address) splits
    # across pages instead of failing the whole document
    table = Table([[left, right]], colWidths=[width / 2, width / 2], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def section_heading(text: str, width: float) -> Table:
    table = Table([[para(text, 10, bold=True)]], colWidths=[width])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table
