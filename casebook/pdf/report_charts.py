"""Bar and line charts for the statistics report, drawn with reportlab.graphics.

The charts are drawn from shapes rather than with reportlab's chart classes
because their labels are names from the casebook's lists in any of five
scripts — a Georgian category in a Russian report — and a reportlab String
has one font: every label here is split into runs by script (`fonts.runs`),
as all printed text is, so no glyph becomes an empty box.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from casebook.pdf import fonts
from casebook.pdf.layout import INK, RULE

BAR = colors.HexColor("#3e6fa8")
LATE = colors.HexColor("#c0392b")
PREVIOUS = colors.HexColor("#9aa5b1")
GRID = colors.HexColor("#dde3ea")
MUTED = colors.HexColor("#52606d")


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return sum(stringWidth(chunk, name, size) for name, chunk in fonts.runs(text, bold))


def label(x: float, y: float, text: str, size: float = 7.5, *, anchor: str = "start",
          color=INK, bold: bool = False) -> Group:
    """A line of mixed-script text at (x, y), each run in a face that has its glyphs."""
    chunks = fonts.runs(text.replace("\n", " "), bold)
    width = sum(stringWidth(chunk, name, size) for name, chunk in chunks)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    group = Group()
    for name, chunk in chunks:
        group.add(String(x, y, chunk, fontName=name, fontSize=size, fillColor=color))
        x += stringWidth(chunk, name, size)
    return group


def fit(text: str, size: float, room: float) -> str:
    """Shorten a label with an ellipsis to fit `room` points."""
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(rows: list[tuple[str, int, int, str]], width: float, *,
              legend: tuple[str, str] | None = None) -> Drawing:
    """Horizontal bars, one per row: (label, value, highlighted part, value text).

    The highlighted part (e.g. the overdue cases of a category) is drawn over
    the start of its bar in red, so the two read as "of which".
    """
    size, row_h, top = 7.5, 13.0, 4.0
    legend_h = 12.0 if legend else 0.0
    height = top + row_h * max(len(rows), 1) + legend_h + 2
    drawing = Drawing(width, height)
    label_w = min(max((text_width(r[0], size) for r in rows), default=0) + 8, width * 0.36)
    value_w = max((text_width(r[3], size) for r in rows), default=0) + 6
    room = max(width - label_w - value_w, 10)
    most = max((r[1] for r in rows), default=0) or 1
    y = height - top - row_h
    for text, value, part, value_text in rows:
        drawing.add(label(label_w - 5, y + 3, fit(text, size, label_w - 5), size, anchor="end"))
        length = room * value / most
        drawing.add(Rect(label_w, y + 1.5, max(length, 0.01), row_h - 4, fillColor=BAR,
                         strokeColor=None))
        if part:
            drawing.add(Rect(label_w, y + 1.5, room * part / most, row_h - 4, fillColor=LATE,
                             strokeColor=None))
        drawing.add(label(label_w + length + 3, y + 3, value_text, size, color=MUTED))
        y -= row_h
    drawing.add(Line(label_w, y + row_h - 1, label_w, height - top, strokeColor=RULE,
                     strokeWidth=0.6))
    if legend:
        _legend(drawing, label_w, 2, [(BAR, legend[0]), (LATE, legend[1])])
    return drawing


def bar_cell(value: int, part: int, most: int, width: float, height: float = 8.0) -> Drawing:
    """One bar of a chart laid along a table's rows: `value` of `most`, `part` in red.

    A breakdown's rows already carry their labels and figures; bars in the
    same rows read as a chart without printing every name twice.
    """
    drawing = Drawing(width, height)
    scale = width / (most or 1)
    drawing.add(Rect(0, 1, max(value * scale, 0.01), height - 2, fillColor=BAR,
                     strokeColor=None))
    if part:
        drawing.add(Rect(0, 1, part * scale, height - 2, fillColor=LATE, strokeColor=None))
    return drawing


def legend(items: list[tuple[object, str]], width: float) -> Drawing:
    """Coloured squares with their meaning, e.g. [(BAR, "Received"), (LATE, "overdue")];
    one under the other when a language's words do not fit side by side."""
    side_by_side = sum(10 + text_width(text, 7) + 14 for _, text in items) - 14 <= width
    if side_by_side:
        drawing = Drawing(width, 9)
        _legend(drawing, 0, 0.5, items)
        return drawing
    drawing = Drawing(width, 9 * len(items))
    for i, item in enumerate(items):
        _legend(drawing, 0, 9 * (len(items) - 1 - i) + 0.5,
                [(item[0], fit(item[1], 7, width - 10))])
    return drawing


def _legend(drawing: Drawing, x: float, y: float, items: list[tuple]) -> None:
    for color, text in items:
        drawing.add(Rect(x, y + 1, 7, 6, fillColor=color, strokeColor=None))
        drawing.add(label(x + 10, y + 1.5, text, 7, color=MUTED))
        x += 10 + text_width(text, 7) + 14


def line_chart(series: list[tuple[str, list[int], object]], ticks: list[tuple[int, str]],
               width: float, height: float = 120) -> Drawing:
    """Lines over the same points: (legend text, values, colour); `ticks` label x positions."""
    drawing = Drawing(width, height)
    size = 7.0
    most = max((v for _, values, _ in series for v in values), default=0)
    step = _nice_step(most)
    top_value = max(step * -(-most // step), step)
    left, bottom, right, top = text_width(f"{top_value}", size) + 8, 24, 6, 8
    plot_w, plot_h = width - left - right, height - bottom - top
    points = max((len(values) for _, values, _ in series), default=1)

    def at(i: int, v: float) -> tuple[float, float]:
        x = left + (plot_w * i / (points - 1) if points > 1 else plot_w / 2)
        return x, bottom + plot_h * v / top_value

    for v in range(0, top_value + 1, step):
        _, y = at(0, v)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(label(left - 4, y - 2.5, f"{v}", size, anchor="end", color=MUTED))
    for i, text in ticks:
        x, _ = at(i, 0)
        drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=RULE, strokeWidth=0.5))
        drawing.add(label(x, bottom - 11, text, size, anchor="middle", color=MUTED))
    for _, values, color in reversed(series):  # this period on top
        coords = [c for i, v in enumerate(values) for c in at(i, v)]
        if len(values) == 1:
            drawing.add(Rect(coords[0] - 1.5, coords[1] - 1.5, 3, 3, fillColor=color,
                             strokeColor=None))
        else:
            drawing.add(PolyLine(coords, strokeColor=color, strokeWidth=1.4))
    _legend(drawing, left, 0, [(color, text) for text, _, color in series])
    return drawing


def _nice_step(most: int) -> int:
    """A round gridline step giving at most five lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if most / step <= 5:
            return step
    return 10 ** len(str(most // 5))
