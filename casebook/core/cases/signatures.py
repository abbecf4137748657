"""Drawn signatures in the interchange format: `record.signatures`.

A case signed on screen keeps two drawings, the customer's and the staff member's, as
PNG attachments (`Casebook.sign`), and the form prints them. The interchange format
carries them as base64 text, `"record": {"signatures": {"customer": "iVBOR…",
"staff": "iVBOR…"}}`, so that a casebook exported and imported into a fresh one prints
the same signed forms, and so that the demo, which goes through the import's intake,
can give its signed cases the signatures a signature pad would have drawn. Scans of
signed paper forms are not carried (yet).
"""

from __future__ import annotations

import base64
import binascii
import io
import warnings
from collections.abc import Iterable, Iterator

from casebook.core.time.times import parse_time
from casebook.db.models import Attachment, AttachmentBlob, Case, bulk_insert, store_blobs
from casebook.errors import InvalidInput

WHO = ("customer", "staff")  # record.signatures keys, as Casebook.sign names them
KINDS = {who: f"signature_{who}" for who in WHO}
PNG = b"\x89PNG\r\n\x1a\n"
BATCH = 500
# A signature pad draws well under a million pixels; a "PNG" that claims more is refused
# before it is decoded (an image bomb would take the memory of the desk's PC).
MAX_PIXELS = 4_000_000


def readable(data: bytes) -> bool:
    """Whether `data` is a PNG image that decodes completely: a PNG header with garbage
    after it is not, and must never reach the form, which could then never be printed."""
    from PIL import Image

    if not isinstance(data, (bytes, bytearray, memoryview)) or not bytes(data).startswith(PNG):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(data)), formats=["PNG"]) as image:
                width, height = image.size
                if not 0 < width * height <= MAX_PIXELS:
                    return False
                image.load()
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            Image.DecompressionBombError, Image.DecompressionBombWarning):
        return False
    return True


def check(drawn: dict[str, bytes]) -> None:
    """Refuse drawings that are not readable PNG images, before anything is stored."""
    for data in drawn.values():
        if not readable(data):
            raise InvalidInput("The signature is not a PNG image.")


def read(doc: dict) -> dict[str, bytes]:
    """The drawings a submitted case carries, checked: {"customer": png, …}; {} if none."""
    record = doc.get("record")
    drawn = record.get("signatures") if isinstance(record, dict) else None
    if not drawn:
        return {}
    if not isinstance(drawn, dict) or set(drawn) - set(WHO):
        raise InvalidInput("record.signatures must map customer and staff to PNG images "
                           "in base64.")
    if not record.get("signed_at"):
        raise InvalidInput("A drawn signature needs the date the case was signed.")
    out = {}
    for who, text in drawn.items():
        data = _DECODED.get(text) if isinstance(text, str) else None
        if data is None:
            try:
                data = base64.b64decode(text, validate=True) if isinstance(text, str) else b""
            except binascii.Error:
                data = b""
            if not readable(data):
                raise InvalidInput("The signature is not a PNG image.")
            if len(_DECODED) > 4096:
                _DECODED.clear()
            _DECODED[text] = data
        out[who] = data
    return out


# The demo reuses a few dozen drawings across thousands of cases: one bytes object each.
_DECODED: dict[str, bytes] = {}


def attach(book, drawn: Iterable[tuple[str, dict[str, bytes], str | None, str | None]],
           staff: dict[str, int]) -> int:
    """Store drawings of cases just taken in: (ref, drawings, signed at, owner) each.

    One batch of id look-ups and inserts per 500 cases; returns how many were stored.
    The attachment is dated when the case was signed and added by its owner, as a
    signature drawn at the desk is.
    """
    stored, batch = 0, []
    for item in drawn:
        if item[1]:
            batch.append(item)
        if len(batch) >= BATCH:
            stored += _insert(book, batch, staff)
            batch = []
    return stored + (_insert(book, batch, staff) if batch else 0)


def _insert(book, batch: list, staff: dict[str, int]) -> int:
    from casebook.core.cases.intake import case_ids

    ids = case_ids([b[0] for b in batch])
    tz, now = book.tz, book.now()  # read once: the timezone is a setting, read from the file
    rows = []
    for ref, drawings, signed_at, owner in batch:
        at = parse_time(signed_at, tz) if signed_at else now
        for who, data in drawings.items():
            rows.append({"case": ids[ref], "kind": KINDS[who], "filename": f"{who}-signature.png",
                         "mime": "image/png", "blob": data, "added_at": at,
                         "by": staff.get(owner or "")})
    blobs = store_blobs(row["blob"] for row in rows)  # each distinct drawing once
    for row in rows:
        row["blob"] = blobs[bytes(row["blob"])]
    bulk_insert(Attachment, rows)
    return len(rows)


def by_case() -> Iterator[tuple[int, dict[str, str]]]:
    """(case id, {"customer": base64, …}) for every case with drawings, by case id: the
    export walks it beside the cases, so it holds one case's drawings at a time."""
    query = (Attachment.select(Attachment.case, Attachment.kind, AttachmentBlob.data)
             .join(AttachmentBlob).where(Attachment.kind << list(KINDS.values()))
             .order_by(Attachment.case, Attachment.id).tuples())
    current, drawings = None, {}
    for case_id, kind, data in query.iterator():
        if case_id != current:
            if drawings:
                yield current, drawings
            current, drawings = case_id, {}
        drawings[kind.removeprefix("signature_")] = base64.b64encode(bytes(data)).decode("ascii")
    if drawings:
        yield current, drawings
