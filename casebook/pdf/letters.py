"""Reply letters in a batch: after a reply to all, one letter per case.

Each letter is the one `letter.render` writes for a single case — in that
customer's language, with that customer's name, address and account of the
matter, signed by the case's owner — so a batch says nothing a single letter
would not. They print as one PDF (each letter starting on a new page and
numbering its own pages) or as one file per case.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdfium2 as pdfium

from casebook.core.files import atomic_write
from casebook.core.paths import private_dir
from casebook.pdf import letter


def render_batch(book, refs: list[str], out, *, page_size: str = "A4") -> list[tuple[str, str]]:
    """Write the letters of `refs` into one PDF at `out` (path or binary file);
    returns (reference, language) of each, in order."""
    batch = pdfium.PdfDocument.new()
    written = []
    try:
        for ref in refs:
            single = io.BytesIO()
            lang = letter.render(book, ref, single, page_size=page_size)
            source = pdfium.PdfDocument(single.getvalue())
            try:
                batch.import_pages(source)
            finally:
                source.close()
            written.append((ref, lang))
        batch.save(out)
    finally:
        batch.close()
    return written


def render_each(book, refs: list[str], folder: Path, *, page_size: str = "A4") -> list[Path]:
    """One PDF per case in `folder`, named after its reference; returns the files."""
    folder = Path(folder)
    private_dir(folder)
    paths = []
    for ref in refs:
        path = folder / f"{file_name(ref)}-letter.pdf"
        atomic_write(path, lambda fh, ref=ref: letter.render(book, ref, fh,
                                                             page_size=page_size))
        paths.append(path)
    return paths


def file_name(ref: str) -> str:
    """A reference as a file name on any system (a prefix may hold anything)."""
    return re.sub(r"[^\w.-]+", "_", ref).strip("._") or "case"
