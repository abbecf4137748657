"""The faces' metrics cache: the same face as a parse, and never in the way."""

import io
from array import array

import pytest
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from casebook.pdf import font_cache, fonts

CJK = fonts.FONT_DIR / "wqy-microhei.ttc"


def pdf_with(font) -> bytes:
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    old, rl_config.invariant = rl_config.invariant, 1  # no dates or random ids in the file
    try:
        c = canvas.Canvas(out)
        c.setFont(font.fontName, 12)
        c.drawString(72, 720, "楼上漏水，已经投诉三次了。Ivan 王芳 → 12号房")
        c.save()
    finally:
        rl_config.invariant = old
    return out.getvalue()


def as_read(value):
    """A table as reportlab reads it: the packed glyph offsets and advance widths of a
    cached face index like the lists a parse makes."""
    return list(value) if isinstance(value, (array, font_cache.HMetrics)) else value


def test_a_cached_face_is_the_parsed_face(home):
    first = font_cache.load("CB-Test-Parsed", CJK, 0)  # parses and writes the cache
    cached_file = font_cache.cache_file(CJK, 0)
    assert cached_file.is_file() and home in cached_file.parents
    cached = font_cache.load("CB-Test-Cached", CJK, 0)
    parsed = TTFont("CB-Test-Fresh", str(CJK), subfontIndex=0)
    a, b = cached.face, vars(parsed.face)
    assert {k for k in b if k != "_pdfScale"
            and as_read(getattr(a, k)) != as_read(b[k])} == set()
    assert a._pdfScale(2048) == b["_pdfScale"](2048)
    assert {k for k in vars(a) if not k.startswith("_")} <= b.keys()
    assert vars(cached).keys() == vars(parsed).keys()
    assert cached.shapable == parsed.shapable and cached._asciiReadable == parsed._asciiReadable
    # the same glyphs, widths and subset in the PDF (names aside)
    assert pdf_with(cached).replace(b"CB-Test-Cached", b"X") == \
        pdf_with(parsed).replace(b"CB-Test-Fresh", b"X")
    assert first.face.charToGlyph == parsed.face.charToGlyph


@pytest.mark.parametrize("name", sorted(set(fonts.FACES) - {"CB-CJK"}))
def test_every_bundled_face_prints_the_same_from_the_cache(home, name):
    filename, index = fonts.FACES[name]
    path = fonts.FONT_DIR / filename
    font_cache.load(f"{name}-Parsed", path, index or 0)  # writes the cache
    cached = font_cache.load(f"{name}-Cached", path, index or 0)
    assert isinstance(cached.face, font_cache.CachedFace)
    parsed = TTFont(f"{name}-Fresh", str(path), subfontIndex=index or 0)
    b = vars(parsed.face)
    assert {k for k in b if k != "_pdfScale"
            and as_read(getattr(cached.face, k)) != as_read(b[k])} == set()
    assert pdf_with(cached).replace(f"{name}-Cached".encode(), b"X") == \
        pdf_with(parsed).replace(f"{name}-Fresh".encode(), b"X")


def test_a_damaged_cache_file_means_a_parse(home):
    target = font_cache.cache_file(CJK, 0)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"not a cache")
    font = font_cache.load("CB-Test-Damaged", CJK, 0)
    assert font.face.charToGlyph[ord("王")]
    assert pdf_with(font)
