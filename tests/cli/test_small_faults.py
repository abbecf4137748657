"""The smaller faults of issue #13 as a user meets them on the command line: each is one
line in the user's language, exit status 1, and nothing saved before is lost."""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.db.models import Attachment, Case
from casebook.errors import InvalidInput
from tests.conftest import new_case
from tests.drawings import png
from tests.pdf.documents import pdf_text


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------ deeply nested import lines
def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("line", [
    nested(100_000),  # deeper than Python's parser goes: it raised RecursionError
    # parsed, but deeper than any case: a walk of the document must not be what overflows
    json.dumps(new_case(hear={"account": "x", "remedy_sought": json.loads(nested(40))})),
], ids=["beyond-the-parser", "inside-a-field"])
def test_a_deeply_nested_line_is_named_and_nothing_is_imported(capsys, book, db_path, tmp_path,
                                                                line):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(new_case(), ensure_ascii=False) + "\n" + line + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", db_path, path)
    assert (code, out) == (1, "")
    assert err == ("casebook: Line 2: nested more than 32 levels deep; a case is a JSON "
                   "object a few levels deep.\n")
    with Casebook.open(db_path) as again:
        assert Case.select().count() == 0


def test_a_deeply_nested_line_speaks_russian(capsys, book, db_path, tmp_path):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(nested(5000) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, path, "--lang", "ru")
    assert code == 1
    assert err.startswith("casebook: Строка 1: ") and "32" in err and err.count("\n") == 1


# ------------------------------------------------------------ damaged signature images
REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Boiler repaired.",
         "resolution": {"type": "repair", "text": "Boiler valve replaced"}, "accepted": True}
DAMAGED = b"\x89PNG\r\n\x1a\n" + b"garbage after a PNG header " * 20


def replied(book) -> str:
    return book.open_case(new_case(reply=REPLY), by="Anna")


def test_a_damaged_signature_is_refused_when_signing_and_nothing_is_stored(book):
    ref = replied(book)
    with pytest.raises(InvalidInput) as caught:
        book.sign(ref, by="Anna", signatures={"customer": DAMAGED, "staff": png("staff")})
    assert str(caught.value) == "The signature is not a PNG image."
    assert book.case(ref)["record"]["signed_at"] is None
    assert book.attachments(ref) == []


def test_a_damaged_signature_in_an_import_names_its_line(capsys, book, db_path, tmp_path):
    book.close()
    doc = new_case(reply=REPLY, record={"signed_at": "2026-03-02T16:00:00+01:00",
                                        "signatures": {"customer": base64.b64encode(
                                            DAMAGED).decode("ascii")}})
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(new_case()) + "\n" + json.dumps(doc) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, path)
    assert (code, err) == (1, "casebook: Line 2: The signature is not a PNG image.\n")
    with Casebook.open(db_path):
        assert Case.select().count() == 0


@pytest.mark.parametrize("lang,words", [
    ("en", ("Customer signature", "Signature unreadable: the stored image is damaged.")),
    ("ru", ("Подпись клиента", "Подпись не читается: сохранённое изображение повреждено.")),
])
def test_a_damaged_stored_signature_prints_the_form_with_the_box_marked(capsys, book, db_path,
                                                                        tmp_path, lang, words):
    ref = book.open_case(new_case(reply=REPLY, customer={"language": lang}), by="Anna")
    book.sign(ref, by="Anna", signatures={"customer": png("customer"), "staff": png("staff")})
    # damaged behind the app's back (a disk error, an older version that took anything)
    Attachment.update(data=DAMAGED).where(Attachment.kind == "signature_customer").execute()
    book.close()
    out = tmp_path / "form.pdf"
    code, stdout, err = run(capsys, "form", "--db", db_path, ref, "-o", out)
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Resolution form written to {out}")
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert words[0] in text and words[1] in text and "Ivan Petrov" in text
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert sum(len(page.images) for page in pages) == 1  # the staff member's drawing
