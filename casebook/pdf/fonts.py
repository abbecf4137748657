"""Bundled fonts for PDFs (and for Qt), and setting any text in a font that has its glyphs.

reportlab has no font fallback, so text is split into runs by script: Latin,
Cyrillic and Greek in Noto Sans, Georgian in Noto Sans Georgian, Han, kana,
CJK punctuation and full-width forms in WenQuanYi Micro Hei, emoji pasted
from messengers in Noto Emoji (monochrome outlines: reportlab cannot embed
colour bitmap fonts) and other symbols (check boxes, stars, dingbats) in
Noto Sans Symbols 2. Spaces, digits and punctuation stay in the run around
them when its font has them.

reportlab does no shaping, so an emoji sequence prints as its parts: a ZWJ
family as its members, a flag as its two letters; skin-tone modifiers and
variation selectors are dropped (printed alone they would be colour swatches).

Replacement: a character no bundled font covers (rare symbols, private-use
or unassigned code points) prints as U+FFFD "�" from Noto Sans — visible and
always the same, never an empty box; a sequence of such characters joined
by ZWJ becomes one "�". Invisible format characters (zero-width joiners,
bidi marks, soft hyphens) and control characters are dropped, so NUL never
reaches reportlab; a tab becomes four spaces; CR LF, CR, U+2028 and U+2029
become line breaks.

Faces are registered on first use: loading the 5 MB CJK face costs about
110 ms (about 20 ms once `font_cache` has its metrics), and a form with
no Chinese on it should not pay for it; the emoji and symbol faces load only
when a text has such a character. Nothing here
imports Qt; `qt_font_files()` hands the same files to the UI.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from casebook import assets

FONT_DIR = assets.resource("fonts")
REPLACEMENT = "\ufffd"  # Noto Sans has it; a test keeps that true
TAB = "    "
FACES = {  # name → (file, subfont index within a .ttc)
    "CB-Latin": ("NotoSans-Regular.ttf", None),
    "CB-Latin-Bold": ("NotoSans-Bold.ttf", None),
    "CB-Georgian": ("NotoSansGeorgian-Regular.ttf", None),
    "CB-Georgian-Bold": ("NotoSansGeorgian-Bold.ttf", None),
    "CB-CJK": ("wqy-microhei.ttc", 0),
    "CB-Emoji": ("NotoEmoji-Regular.ttf", None),
    "CB-Symbols": ("NotoSansSymbols2-Regular.ttf", None),
}
# WenQuanYi Micro Hei has no bold face: the regular face stands in under its
# own name, so the 5 MB file is loaded and embedded once, not twice, and bold
# Han is drawn stroked as well as filled (`FAUX_BOLD`). Emoji and symbols are
# the same in a heading as in the text.
ALIASES = {"CB-CJK-Bold": "CB-CJK", "CB-Emoji-Bold": "CB-Emoji",
           "CB-Symbols-Bold": "CB-Symbols"}
FAUX_BOLD = {"CB-CJK"}  # faces printed bold by stroking their outlines
CACHED = set(FACES)  # faces whose parsed metrics are kept between runs (`font_cache`)
SCRIPTS = ("Latin", "Georgian", "CJK", "Emoji", "Symbols")
# Which faces to ask, in order, for a character of no script of its own:
# the small symbol faces before the 5 MB CJK face, which has arrows too.
_OTHER = ("Latin", "Emoji", "Symbols", "CJK", "Georgian")

_ZWJ = "\u200d"
_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
# By hand rather than xml.sax.saxutils.escape, whose import pulls in
# urllib.request (~35 ms of every start-up).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})


def _to_unicode_cmap(fontname, subset, _reportlab=ttfonts.makeToUnicodeCMap):
    """reportlab's ToUnicode map, with code points beyond U+FFFF as UTF-16 pairs.

    reportlab writes an emoji as "<1F600>", which is no valid UTF-16 and makes
    copied or extracted text lose it; the PDF reference wants "<D83DDE00>".
    Everything below U+10000 stays exactly as reportlab writes it.
    """
    text = _reportlab(fontname, subset)
    for code in {v for v in subset if v > 0xFFFF}:
        pair = chr(code).encode("utf-16-be").hex().upper()
        text = text.replace(f"> <{code:04X}>", f"> <{pair}>")
    return text


if getattr(ttfonts.makeToUnicodeCMap, "__name__", "") != "_to_unicode_cmap":
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FontMissing(Exception):
    """A bundled font file is missing or unreadable (a broken installation)."""


def face(name: str) -> TTFont:
    """The reportlab font `name`, loaded and registered the first time it is asked for."""
    return _load(ALIASES.get(name, name))


@functools.cache
def _load(name: str) -> TTFont:
    filename, index = FACES[name]
    path = FONT_DIR / filename
    try:
        if name in CACHED:
            from casebook.pdf import font_cache

            font = font_cache.load(name, path, index or 0)
        else:
            font = TTFont(name, str(path), subfontIndex=index or 0)
    except Exception as exc:  # reportlab raises several kinds for a bad file
        raise FontMissing(f"{path}: {exc}") from exc
    pdfmetrics.registerFont(font)
    # A caller's <b> or <i> around our runs must not make reportlab look for a
    # family member that does not exist; the face itself serves for all four.
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    return font


def register_fonts() -> list[str]:
    """Register every bundled face now (idempotent) and return their names.

    Only needed by code that names a face directly, e.g. canvas.setFont("CB-CJK").
    `runs`, `markup` and `paragraph_style` register what they use on their own,
    which keeps a form without Chinese ~160 ms faster.
    """
    return [face(name).fontName for name in FACES]


def font_name(script: str, bold: bool = False) -> str:
    """The registered face for `script` (one of `SCRIPTS`)."""
    name = f"CB-{script}" + ("-Bold" if bold and script in ("Latin", "Georgian") else "")
    face(name)
    return name


def covers(name: str, ch: str) -> bool:
    """Whether face `name` has a glyph for the single character `ch` (from its cmap)."""
    return ord(ch) in face(name).face.charToGlyph


def _is_georgian(code: int) -> bool:
    return 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F


def _is_cjk(code: int) -> bool:
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFE30 <= code <= 0xFE4F or 0xFF00 <= code <= 0xFFEF
            or 0x20000 <= code <= 0x3FFFF)


@functools.lru_cache(maxsize=8192)
def script_of(ch: str) -> str | None:
    """Which bundled font sets `ch`, or None when none of them has it."""
    code = ord(ch)
    if 0x1F000 <= code <= 0x1FBFF:
        # Emoji and pictographs: asking the CJK cmap would load 5 MB for nothing
        candidates = ("Emoji", "Symbols")
    elif _is_georgian(code):
        candidates = ("Georgian", "Latin")
    elif _is_cjk(code):
        candidates = ("CJK", "Latin")
    else:
        candidates = _OTHER
    for script in candidates:
        if covers(f"CB-{script}", ch):
            return script
    return None


def _invisible(ch: str, category: str) -> bool:
    code = ord(ch)
    return (category in ("Cc", "Cf") or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF)  # skin tones: a swatch without shaping


def clean(text: str) -> str:
    """User text made printable: tabs to spaces, controls dropped, unknown glyphs marked."""
    text = str(text)
    if text.isascii() and text.isprintable():  # most labels: nothing to do
        return text
    out: list[str] = []
    replaced = joined = pair_open = False  # state of the emoji sequence being swallowed
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKS)
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\n" or ch == "\t":
            out.append(TAB if ch == "\t" else ch)
            replaced = False
        elif ch == _ZWJ:
            joined = replaced  # a ZWJ glues the next symbol to the one just replaced
        elif _invisible(ch, category):
            continue
        elif script_of(ch) is not None:
            out.append(ch)
            replaced = joined = False
        else:
            code = ord(ch)
            flag = 0x1F1E6 <= code <= 0x1F1FF
            same_symbol = replaced and (joined or category.startswith("M")
                                        or (flag and pair_open))
            if not same_symbol:
                out.append(REPLACEMENT)
            pair_open = flag and not (same_symbol and pair_open)
            replaced, joined = True, False
    return "".join(out)


def _neutral(ch: str) -> bool:
    """Spaces, digits, punctuation and marks: they belong to whatever run they are in."""
    return ch == "\n" or unicodedata.category(ch)[0] in "ZPSNM"


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """(font name, text) runs covering `text`, each character in a face that has it."""
    return _runs(clean(text), bold)


def _runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """`runs` of text that is `clean` already."""
    result: list[list[str]] = []
    for ch in text:
        if result and _neutral(ch) and (ch == "\n" or covers(result[-1][0], ch)):
            result[-1][1] += ch
            continue
        # clean() left only covered characters; a line break may open the text
        name = font_name(script_of(ch) or "Latin", bold)
        if result and result[-1][0] == name:
            result[-1][1] += ch
        else:
            result.append([name, ch])
    return [(name, chunk) for name, chunk in result]


_REPEATED_SPACE = re.compile(r"(?<=[ \n\u00a0]) |^ ")


def markup(text: str, bold: bool = False, *, size: float | None = None) -> str:
    """Paragraph markup for user text: escaped, fonts switched per run, breaks kept.

    Everything the user typed prints literally, `<b>` and `&amp;` included.
    Repeated and leading spaces become no-break spaces, which a Paragraph does
    not collapse, so indentation and tabs survive.
    """
    text = _REPEATED_SPACE.sub("\u00a0", clean(text))
    sized = f' size="{size:g}"' if size else ""
    parts = []
    for name, chunk in _runs(text, bold):
        body = chunk.translate(_ESCAPES).replace("\n", "<br/>")
        parts.append(f'<font face="{name}"{sized}>{body}</font>')
    return "".join(parts)


def needs_cjk_wrap(text: str) -> bool:
    """Whether a paragraph must be allowed to break between characters (Han has no spaces)."""
    return any(_is_cjk(ord(ch)) for ch in str(text))


def paragraph_style(name: str, size: float = 9.5, *, bold: bool = False, cjk: bool = False,
                    **kw) -> ParagraphStyle:
    """A style whose base font is bundled; `cjk` breaks lines between Han characters.

    Choose `cjk=needs_cjk_wrap(text)`. reportlab's CJK wrapping still keeps
    Latin words whole, so mixed text is safe with it; without it a line of Han
    (no spaces) could only break where splitLongWords cuts it.
    """
    kw.setdefault("leading", size * 1.35)
    if cjk:
        kw["wordWrap"] = "CJK"
    return ParagraphStyle(name, fontName=font_name("Latin", bold), fontSize=size, **kw)


def qt_font_files() -> list[Path]:
    """The font files for QFontDatabase.addApplicationFont (no Qt imported here)."""
    return sorted({FONT_DIR / filename for filename, _ in FACES.values()})
