"""Bundled fonts for PDFs (and for Qt), and setting any text in a font that has its glyphs.

reportlab has no font fallback, so text is split into runs by script: Latin
and Cyrillic in Noto Sans, Georgian in Noto Sans Georgian, Han and CJK
punctuation in WenQuanYi Micro Hei. A character no bundled font covers
(emoji, rare symbols) is printed as U+FFFD "�" in Noto Sans — visibly and
always the same way, never an empty box. Control characters other than line
breaks are dropped; a tab becomes four spaces.

Faces are registered on first use: the CJK face is large, and a form with no
Chinese on it should not pay for loading it.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REPLACEMENT = "\ufffd"
FACES = {  # name → (file, subfont index)
    "CB-Latin": ("NotoSans-Regular.ttf", None),
    "CB-Latin-Bold": ("NotoSans-Bold.ttf", None),
    "CB-Georgian": ("NotoSansGeorgian-Regular.ttf", None),
    "CB-Georgian-Bold": ("NotoSansGeorgian-Bold.ttf", None),
    "CB-CJK": ("wqy-microhei.ttc", 0),
    "CB-CJK-Bold": ("wqy-microhei.ttc", 0),  # no bold face: regular stands in
}
SCRIPTS = ("Latin", "Georgian", "CJK")


class FontMissing(Exception):
    """A bundled font file is missing or unreadable (a broken installation)."""


@functools.cache
def face(name: str) -> TTFont:
    """Register a bundled face with reportlab on first use."""
    filename, index = FACES[name]
    path = FONT_DIR / filename
    try:
        font = TTFont(name, str(path), subfontIndex=index) if index is not None \
            else TTFont(name, str(path))
    except Exception as exc:  # reportlab raises several kinds for a bad file
        raise FontMissing(f"{path}: {exc}") from exc
    pdfmetrics.registerFont(font)
    return font


def font_name(script: str, bold: bool = False) -> str:
    name = f"CB-{script}" + ("-Bold" if bold else "")
    face(name)
    return name


@functools.cache
def _cmap(script: str) -> frozenset[int]:
    return frozenset(face(f"CB-{script}").face.charToGlyph)


def script_of(ch: str) -> str | None:
    """Which bundled font sets `ch`, or None when none of them has it."""
    code = ord(ch)
    if 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F:
        candidates = ("Georgian", "Latin")
    elif (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
          or 0x3000 <= code <= 0x303F or 0x20000 <= code <= 0x2FFFF):
        candidates = ("CJK", "Latin")
    else:
        candidates = ("Latin", "CJK", "Georgian")
    for script in candidates:
        if code in _cmap(script):
            return script
    return None


def clean(text: str) -> str:
    """User text made printable: tabs to spaces, controls dropped, unknown glyphs marked."""
    out = []
    for ch in str(text).replace("\r\n", "\n").replace("\r", "\n"):
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append("    ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        elif script_of(ch) is None:
            out.append(REPLACEMENT)
        else:
            out.append(ch)
    return "".join(out)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, text) runs covering `text`; neutral characters stay with their run."""
    result: list[list[str]] = []
    current = None
    for ch in clean(text):
        script = "Latin" if ch in " \n" else script_of(ch)
        if ch in " \n" and current is not None:
            script = current  # spaces and line breaks never start a new run
        if script != current or not result:
            result.append([script, ch])
            current = script
        else:
            result[-1][1] += ch
    return [(font_name(script, bold), chunk) for script, chunk in result]


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped, fonts switched per run, breaks kept."""
    parts = []
    for name, chunk in runs(text, bold):
        body = escape(chunk, {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")
        parts.append(f'<font face="{name}">{body}</font>')
    return "".join(parts)


def needs_cjk_wrap(text: str) -> bool:
    return any(script_of(ch) == "CJK" and ord(ch) > 0x2E80 for ch in str(text))


def paragraph_style(name: str, size: float = 9.5, *, bold: bool = False, cjk: bool = False,
                    **kw) -> ParagraphStyle:
    """A style whose base font is bundled; `cjk` breaks lines between Han characters."""
    return ParagraphStyle(name, fontName=font_name("Latin", bold), fontSize=size,
                          leading=size * 1.35, wordWrap="CJK" if cjk else None, **kw)


def qt_font_files() -> list[Path]:
    """The font files for QFontDatabase.addApplicationFont (no Qt imported here)."""
    return sorted({FONT_DIR / filename for filename, _ in FACES.values()})
