"""The parsed metrics of a font face, kept between runs so a new process need not parse it.

reportlab parses a TrueType file in pure Python: for the 5 MB CJK face
(≈35,000 characters, ≈50,000 glyphs) that is ~110 ms of the first Chinese
form a new process prints, every time. What the parse produces — the
character map, widths, metrics and glyph offsets — depends only on the file
and on reportlab's version, so it is written once to Casebook's data folder
(`cache/fonts`) as packed arrays and rebuilt from them in about half the
time (a pickle or marshal of the same dicts is slower than parsing). Of
those, only the two maps every line of text asks (character → glyph,
character → width) are built as dicts when the face is loaded: the glyph
offsets stay a packed array, the advance widths a read-only sequence over the
packed arrays (a subset reads only the glyphs it prints), and the glyph →
characters map (reportlab's shaping only) is built when it is first read.
That takes the CJK face from ~50 to ~20 ms; the small Latin and Georgian
faces load from the cache in ~1 ms instead of a 5 ms parse.

The cache is only a shortcut: a file that is missing, stale (other font
file size or time, other reportlab), damaged or not writable means the font
is parsed as before. Nothing here changes what is printed; a test holds
every attribute of a cached face equal to a parsed one's.
"""

from __future__ import annotations

import logging
import os
import pickle
import weakref
from array import array
from fnmatch import fnmatch
from pathlib import Path

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from casebook.core import paths

log = logging.getLogger("casebook.pdf")

# not kept: the file's bytes (read again), its path (this run's), a scaling lambda
_SKIP = ("_ttf_data", "filename", "_pdfScale")
_TABLES = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos")
FORMAT = 2


def cache_file(path: Path, index: int) -> Path:
    stat = path.stat()
    key = (f"{path.stem}-{index}-{stat.st_size}-{stat.st_mtime_ns}"
           f"-rl{reportlab.Version}-f{FORMAT}")
    return paths.data_dir() / "cache" / "fonts" / f"{key}.metrics"


def load(name: str, path: Path, index: int) -> TTFont:
    """The font `name` from `path`, its metrics from the cache when they are there."""
    cached = None
    try:
        cached = cache_file(path, index)
        if cached.is_file():
            return _from_cache(name, path, cached)
    except Exception as exc:  # a damaged or foreign cache file: parse instead
        log.info("font cache for %s not used: %s", path.name, exc)
    font = TTFont(name, str(path), subfontIndex=index)
    if cached is not None:
        try:
            _write(font.face, cached)
        except (OSError, ValueError, TypeError) as exc:  # only costs time next run
            log.info("font cache for %s not written: %s", path.name, exc)
    return font


def _pack(face) -> dict:
    chars = list(face.charToGlyph)
    glyph_chars = [(g, c) for g, cs in face.glyphToChar.items() for c in cs]
    return {
        "chars": array("I", chars).tobytes(),
        "glyphs": array("I", face.charToGlyph.values()).tobytes(),
        "width_chars": array("I", face.charWidths).tobytes(),
        "widths": array("d", face.charWidths.values()).tobytes(),
        "g2c_glyphs": array("I", (g for g, _ in glyph_chars)).tobytes(),
        "g2c_chars": array("I", (c for _, c in glyph_chars)).tobytes(),
        # advance widths are ints or (past numberOfHMetrics) scaled floats: keep which
        "advances": array("d", (a for a, _ in face.hmetrics)).tobytes(),
        "advance_is_int": bytes(isinstance(a, int) for a, _ in face.hmetrics),
        "bearings": array("i", (b for _, b in face.hmetrics)).tobytes(),
        "offsets": array("Q", face.glyphPos).tobytes(),
    }


def _values(packed: dict, code: str, key: str) -> array:
    result = array(code)
    result.frombytes(packed[key])
    return result


class HMetrics:
    """A face's advance width and left side bearing per glyph, as reportlab's list of
    pairs reads them (`hmetrics[glyph]`), unpacked only for the glyphs asked for."""

    __slots__ = ("_advances", "_is_int", "_bearings")

    def __init__(self, packed: dict):
        self._advances = _values(packed, "d", "advances")
        self._is_int = packed["advance_is_int"]
        self._bearings = _values(packed, "i", "bearings")

    def __len__(self) -> int:
        return len(self._advances)

    def __getitem__(self, glyph: int) -> tuple:
        if isinstance(glyph, slice):
            return [self[i] for i in range(*glyph.indices(len(self)))]
        advance = self._advances[glyph]
        return (int(advance) if self._is_int[glyph] else advance, self._bearings[glyph])

    def __iter__(self):
        return (self[i] for i in range(len(self)))


class CachedFace(ttfonts.TTFontFace):
    """A parsed face rebuilt from the cache; its glyph → characters map is built on
    first use (only reportlab's shaping reads it)."""

    def __getattr__(self, name: str):  # only for attributes not set
        if name != "glyphToChar" or "_glyph_chars" not in vars(self):
            raise AttributeError(name)
        packed = vars(self).pop("_glyph_chars")
        glyph_to_char: dict[int, list[int]] = {}
        for glyph, char in zip(_values(packed, "I", "g2c_glyphs"),
                               _values(packed, "I", "g2c_chars")):
            glyph_to_char.setdefault(glyph, []).append(char)
        self.glyphToChar = glyph_to_char
        return glyph_to_char


def _unpack(packed: dict) -> dict:
    return {
        "charToGlyph": dict(zip(_values(packed, "I", "chars"), _values(packed, "I", "glyphs"))),
        "charWidths": dict(zip(_values(packed, "I", "width_chars"),
                               _values(packed, "d", "widths"))),
        "_glyph_chars": {k: packed[k] for k in ("g2c_glyphs", "g2c_chars")},
        "hmetrics": HMetrics(packed),
        "glyphPos": _values(packed, "Q", "offsets"),  # indexed like the list it was
    }


def _write(face, target: Path) -> None:
    state = {k: v for k, v in vars(face).items() if k not in _SKIP and k not in _TABLES}
    # private like every file Casebook writes (core.paths owns that rule; pdf may not
    # import core, and a font's metrics hold nobody's data, so plain modes serve here)
    for folder in reversed([target.parent, *target.parent.parents]):
        if not folder.exists():
            folder.mkdir(mode=0o700, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with os.fdopen(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600), "wb") as fh:
        pickle.dump((state, _pack(face)), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, target)


def _from_cache(name: str, path: Path, cached: Path) -> TTFont:
    with cached.open("rb") as fh:
        state, packed = pickle.load(fh)
    face = CachedFace.__new__(CachedFace)
    vars(face).update(state)
    vars(face).update(_unpack(packed))
    face.filename = str(path)
    face._ttf_data = path.read_bytes()  # the glyphs a subset embeds are read from it
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    # what TTFont.__init__ sets besides the face (reportlab 4–5; a test compares)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = weakref.WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font
