"""Shared page layout for every printed document: form, reply letter, summary, report.

A4 (or Letter) with the business header repeated on every page and
"page N of M" with the verification code in the footer. Page totals need a
second pass, so documents are built with `NumberedCanvas`, which holds the
pages until it knows how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from casebook.pdf import fonts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm
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
        title_width = _width(self, head.title, 11, bold=True)
        room = width - MARGIN - x - title_width - 6 * mm
        _text(self, x, top - 4 * mm, _fit(self, head.name, 12, room), 12, bold=True)
        _text(self, x, top - 8.5 * mm, " · ".join(p for p in (head.address, head.phone) if p),
              8)
        _text(self, width - MARGIN, top - 4 * mm, head.title, 11, bold=True, right=True)
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


def _fit(c: canvas.Canvas, text: str, size: float, room: float) -> str:
    """Shorten a header line with an ellipsis rather than let it run into the title."""
    if _width(c, text, size, bold=True) <= room:
        return text
    while text and _width(c, text + "…", size, bold=True) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _text(c: canvas.Canvas, x: float, y: float, text: str, size: float, *, bold=False,
          right=False) -> None:
    """A line of mixed-script text on the canvas, switching fonts per run."""
    chunks = fonts.runs(text.replace("\n", " "), bold)
    width = sum(c.stringWidth(chunk, name, size) for name, chunk in chunks)
    x = x - width if right else x
    c.setFillColor(INK)
    for name, chunk in chunks:
        c.setFont(name, size)
        c.drawString(x, y, chunk)
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


def para(text: str, size: float = 9, *, bold: bool = False, color=None) -> Paragraph:
    """User or label text as a paragraph: escaped, fonts per script, CJK wrapping."""
    style = fonts.paragraph_style(f"p{size}{bold}", size, bold=bold,
                                  cjk=fonts.needs_cjk_wrap(text), textColor=color or INK)
    return Paragraph(fonts.markup(text, bold), style)


def fields_table(rows: list[tuple[str, str]], width: float, *, label_share: float = 0.3
                 ) -> Table:
    """Label | value rows; empty values are left out."""
    data = []
    for label, value in rows:
        if value in (None, ""):
            continue
        for i, chunk in enumerate(_chunks(str(value))):
            data.append([para(label if i == 0 else "", 8, color=colors.HexColor("#52606d")),
                         para(chunk)])
    if not data:
        data = [[para("—", 8.5), para("")]]
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
