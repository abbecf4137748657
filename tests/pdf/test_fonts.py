"""Bundled fonts: every script prints in a face that has it, user text prints literally.

The PDFs are built with real reportlab platypus and read back with pypdf, so
a missing glyph, a swallowed character or markup taken as markup shows up as
text that does not come back out.
"""

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from casebook.pdf import fonts

LONG = "\n".join(f"Line {i}: the tap in flat {i % 40} drips; кран течёт; 漏水 {i}."
                 for i in range(250))[:10_000]
SAMPLES = {
    "en": "The heating in Flat 12 has been off since Monday.",
    "nl": "Ik ben erg teleurgesteld: één ĳzeren hek, de financiële afrekening, ruïne.",
    "ru": "Отопление в квартире не работает с понедельника, пишу жалобу.",
    "zh": "楼上漏水，已经投诉三次了。投诉 漏水",
    "ka": "საჩივარი: გათბობა არ მუშაობს ორშაბათიდან.",
    "mixed": "Георгий ნინო 王芳 Jan",
    "markup": '<b>&amp; "x" \\ tab\t</para> \'single\' <font face="x">',
    "long": LONG,
}
EMOJI = "Thanks for the quick fix 😀 👨\u200d👩\u200d👧 🇳🇱 done"


def squash(text: str) -> str:
    """Whitespace differs between what we print and what pypdf reads back: ignore it."""
    return re.sub(r"\s+", "", text)


def build(texts, *, bold: bool = False) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    story = []
    for i, text in enumerate(texts):
        style = fonts.paragraph_style(f"s{i}", 10, bold=bold, cjk=fonts.needs_cjk_wrap(text))
        story.append(Paragraph(fonts.markup(text, bold), style))
    doc.build(story)
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def font_names(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/"))
    return names


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return build([*SAMPLES.values(), EMOJI])


@pytest.mark.parametrize("key", list(SAMPLES))
def test_every_user_string_comes_back_out_of_the_pdf(sample_pdf, key):
    expected = SAMPLES[key].replace("\t", fonts.TAB)
    assert squash(expected) in squash(text_of(sample_pdf))


def test_bold_text_in_every_script_prints_too():
    pdf = build(list(SAMPLES.values())[:6], bold=True)
    got = squash(text_of(pdf))
    for text in list(SAMPLES.values())[:6]:
        assert squash(text) in got


def emoji_runs(pdf: bytes) -> dict[str, str]:
    """Which embedded face each emoji of the text was drawn with: base font name → text
    that face's ToUnicode map gives back (a glyph, not a "�", and readable when copied)."""
    found: dict[str, str] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font, size):
            if text.strip() and font is not None:
                name = re.sub(r"^[A-Z]{6}\+", "", str(font["/BaseFont"]).lstrip("/"))
                found[name] = found.get(name, "") + text
        page.extract_text(visitor_text=visit)
    return found


def test_an_emoji_prints_as_a_glyph_of_the_bundled_emoji_face(sample_pdf):
    got = text_of(sample_pdf)
    # the family prints as its members (no shaping), the flag as its two letters
    assert squash("quick fix 😀 👨👩👧 🇳🇱 done") in squash(got)
    assert fonts.REPLACEMENT not in got
    runs = emoji_runs(sample_pdf)
    assert squash(runs["NotoEmoji-Regular"]) == "😀👨👩👧🇳🇱"


def test_a_skin_tone_is_dropped_and_symbols_come_from_the_symbols_face():
    pdf = build(["ok 👍🏽 ✓ ☐ ★ done"])
    runs = emoji_runs(pdf)
    assert squash(runs["NotoEmoji-Regular"]) == "👍"
    assert squash(runs["NotoSansSymbols2-Regular"]) == "✓☐★"
    assert fonts.REPLACEMENT not in text_of(pdf)


def test_only_a_character_no_bundled_face_has_prints_as_the_replacement():
    pdf = build(["private \ue000 joined \U0001faff\u200d\U0001faff end"])
    assert squash(f"private {fonts.REPLACEMENT} joined {fonts.REPLACEMENT} end") \
        in squash(text_of(pdf))


# each text and what must print of it, by hand: a tab is four spaces, a family emoji its
# members (the joiners dropped); everything else as typed
PRINTED = [*[(text, text) for key, text in SAMPLES.items() if key != "markup"],
           (SAMPLES["markup"], '<b>&amp; "x" \\ tab    </para> \'single\' <font face="x">'),
           (EMOJI, "Thanks for the quick fix 😀 👨👩👧 🇳🇱 done"),
           ("«ответ» “引号”（括号）ქ\u00a0—", "«ответ» “引号”（括号）ქ\u00a0—")]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text,printed", PRINTED)
def test_every_run_is_set_in_a_face_that_has_each_character(text, printed, bold):
    result = fonts.runs(text, bold)
    assert "".join(chunk for _, chunk in result) == printed
    for name, chunk in result:
        glyphs = fonts.face(name).face.charToGlyph  # the font file's own character map
        missing = [ch for ch in chunk if ch != "\n" and ord(ch) not in glyphs]
        assert missing == [], (name, missing)


def test_each_script_goes_to_its_own_face():
    assert fonts.runs("Георгий ნინო 王芳 Jan") == [
        ("CB-Latin", "Георгий "), ("CB-Georgian", "ნინო "), ("CB-CJK", "王芳 "),
        ("CB-Latin", "Jan")]
    # Punctuation and digits inside Chinese stay in the Chinese run.
    assert fonts.runs("已经投诉3次了。", bold=True) == [("CB-CJK", "已经投诉3次了。")]
    assert fonts.runs("ნინო", bold=True) == [("CB-Georgian-Bold", "ნინო")]


@pytest.mark.parametrize(("typed", "printed"), [
    ("ok 😀\x00\x07", "ok 😀"),
    ("a\tb", "a    b"),
    ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
    # no shaping: a family prints as its members, a flag as its letters, no skin swatch
    ("family 👨\u200d👩\u200d👧, thumbs 👍🏽, flags 🇳🇱🇬🇪, heart ❤\ufe0f",
     "family 👨👩👧, thumbs 👍, flags 🇳🇱🇬🇪, heart ❤"),
    ("unknown \U0001faff\u200d\U0001faff\U0001faff", "unknown \ufffd\ufffd"),
    ("soft\u00adhyphen\u200b and \u202bbidi\u202c", "softhyphen and bidi"),
    ("private \ue000 unassigned \U000e0000x", "private \ufffd unassigned \ufffdx"),
])
def test_clean_replaces_or_drops_what_no_face_can_print(typed, printed):
    assert fonts.clean(typed) == printed


def test_the_replacement_and_the_emoji_shortcut_hold_for_the_bundled_faces():
    assert fonts.REPLACEMENT == "\ufffd" and 0xFFFD in fonts.face("CB-Latin").face.charToGlyph
    # pictographs are looked up in the emoji and symbol faces only: the others have none
    for name in ("CB-Latin", "CB-Latin-Bold", "CB-Georgian", "CB-Georgian-Bold", "CB-CJK"):
        assert not [c for c in fonts.face(name).face.charToGlyph if 0x1F000 <= c <= 0x1FBFF]


def test_user_markup_prints_literally(sample_pdf):
    got = text_of(sample_pdf)
    for literal in ("<b>&amp;", '"x"', "</para>", "'single'", '<font face="x">', "\\"):
        assert literal in got


def test_spaces_and_indentation_survive_in_a_paragraph():
    text = "a\tb\n  indented"
    assert squash(text_of(build([text]))) == squash(text)
    assert "a\u00a0\u00a0\u00a0\u00a0b" not in fonts.markup(text)  # one real space to break at
    assert "\u00a0\u00a0indented" in fonts.markup(text)


def test_the_pdf_embeds_subsets_only(sample_pdf):
    # reportlab's canvas always declares Helvetica, its starting font; nothing
    # is set in it and it is not embedded. Every face we use is a subset:
    # "ABCDEF+Name" (PDF 32000 §9.6.4), reportlab numbering them AAAAAA, AAAAAB…
    names = font_names(sample_pdf) - {"Helvetica"}
    assert {re.sub(r"^[A-Z]{6}\+", "", n) for n in names} == {
        "NotoSans-Regular", "NotoSansGeorgian-Regular", "WenQuanYiMicroHei-0",
        "NotoEmoji-Regular"}
    assert all(re.match(r"^[A-Z]{6}\+", n) for n in names), names
    assert len(sample_pdf) < 150_000  # 10,000 characters in three scripts, fonts included


def test_a_one_page_chinese_pdf_is_small():
    pdf = build([SAMPLES["zh"] * 20, "客户签字 处理结果 回访 重大投诉"])
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert len(pdf) < 200_000


def test_long_chinese_text_wraps_inside_the_page():
    text = "楼上漏水已经投诉三次了" * 300
    assert fonts.needs_cjk_wrap(text) and not fonts.needs_cjk_wrap(SAMPLES["ka"])
    assert squash(text) in squash(text_of(build([text])))


def test_register_fonts_is_idempotent_and_size_goes_into_the_markup():
    assert fonts.register_fonts() == fonts.register_fonts()
    assert set(fonts.register_fonts()) == {"CB-Latin", "CB-Latin-Bold", "CB-Georgian",
                                           "CB-Georgian-Bold", "CB-CJK", "CB-Emoji",
                                           "CB-Symbols"}
    assert fonts.face("CB-CJK-Bold") is fonts.face("CB-CJK")
    assert 'size="9.5"' in fonts.markup("x", size=9.5)


def test_a_form_without_chinese_never_loads_the_cjk_face():
    code = ("import io, sys\n"
            "from reportlab.pdfbase import pdfmetrics\n"
            "from tests.pdf.test_fonts import SAMPLES, EMOJI, build\n"
            "build([SAMPLES['nl'], SAMPLES['ru'], SAMPLES['ka'], EMOJI])\n"
            "sys.exit('CB-CJK' in pdfmetrics.getRegisteredFontNames())\n")
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True, cwd=root)


def test_qt_gets_every_bundled_file_and_each_has_its_licence():
    files = fonts.qt_font_files()
    assert {f.name for f in files} == {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                                       "NotoSansGeorgian-Regular.ttf",
                                       "NotoSansGeorgian-Bold.ttf", "wqy-microhei.ttc",
                                       "NotoEmoji-Regular.ttf", "NotoSansSymbols2-Regular.ttf"}
    assert all(f.is_file() for f in files)
    for licence in ("LICENSE-Noto-OFL.txt", "LICENSE-NotoEmoji-OFL.txt",
                    "LICENSE-WenQuanYi.txt", "README.md"):
        assert (fonts.FONT_DIR / licence).is_file()
