"""The smaller faults of issue #13 as a user meets them on the command line: each is one
line in the user's language, exit status 1, and nothing saved before is lost."""

from __future__ import annotations

import base64
import io
import json

import pytest
from pypdf import PdfReader

from casebook.cli import main
from casebook.core import settings
from casebook.core.casebook import Casebook
from casebook.core.cases.listing import show
from casebook.db.models import Attachment, AttachmentBlob, Case
from casebook.errors import InvalidInput, RuleViolation
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
    json.dumps(new_case())[:-1] + ', "zzz": ' + nested(5000) + "}",  # inside a case
], ids=["the-whole-line", "inside-a-case"])
def test_a_deeply_nested_line_is_named_and_nothing_is_imported(capsys, book, db_path, tmp_path,
                                                                line):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(new_case(), ensure_ascii=False) + "\n" + line + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", db_path, path)
    assert (code, out) == (1, "")
    assert err == ("casebook: Line 2: nested too deeply to be a case (a case is a JSON "
                   "object a few levels deep).\n")
    with Casebook.open(db_path) as again:
        assert Case.select().count() == 0


def test_a_deeply_nested_line_speaks_russian(capsys, book, db_path, tmp_path):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(nested(5000) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, path, "--lang", "ru")
    assert code == 1
    assert err == ("casebook: Строка 1: вложенность слишком глубокая для обращения (обращение "
                   "— это JSON-объект глубиной в несколько уровней).\n")


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
    damaged = Attachment.get(Attachment.kind == "signature_customer").blob_id
    AttachmentBlob.update(data=DAMAGED).where(AttachmentBlob.id == damaged).execute()
    book.close()
    out = tmp_path / "form.pdf"
    code, stdout, err = run(capsys, "form", "--db", db_path, ref, "-o", out)
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Resolution form written to {out}")
    text = " ".join(pdf_text(out.read_bytes()).split())
    assert words[0] in text and words[1] in text and "Ivan Petrov" in text
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    assert sum(len(page.images) for page in pages) == 1  # the staff member's drawing


# ------------------------------------------------------------ absurd settings
@pytest.mark.parametrize("key,value,message", [
    ("authority_limits", '{"desk": "lots"}', "lots is not an amount of money."),
    ("authority_limits", '{"desk": "-5", "handler": "250"}', "-5 is not a plausible amount."),
    ("authority_limits", '"lots"', "The authority limits give desk, handler and manager an "
                                   "amount each (empty for no limit)."),
    ("targets", '{"resolution": {"general": 1000000}}', "The resolution.general target is "
     "1000000; a target is a whole number of hours from 1 to 8760."),
    ("targets", '{"acknowledge": "lots"}', "The acknowledge target is lots; a target is a "
                                           "whole number of hours from 1 to 8760."),
    ("targets", '{"callback": -48}', "The callback target is -48; a target is a whole number "
                                     "of hours from 1 to 8760."),
])
def test_an_absurd_setting_is_refused_where_it_is_set(capsys, book, db_path, key, value,
                                                      message):
    before = book.setting(key)
    book.close()
    code, out, err = run(capsys, "config", "--db", db_path, key, value)
    assert (code, out, err) == (1, "", f"casebook: {message}\n")
    with Casebook.open(db_path) as again:
        assert again.setting(key) == before


def test_sensible_targets_are_kept_whole(capsys, book, db_path):
    book.close()
    code, out, err = run(capsys, "config", "--db", db_path, "targets", '{"acknowledge": "12"}')
    assert (code, err) == (0, "")
    assert out == ('targets is now {"acknowledge": 12, "callback": 48, "report": 1, '
                   '"resolution": {"general": 40, "major": 16}}.\n')


BAD = {"authority_limits": {"desk": "lots", "handler": "-5", "manager": None},
       "targets": {"acknowledge": 1_000_000, "report": "soon",
                   "resolution": {"general": 1_000_000, "major": 16}, "callback": 48}}


def test_a_casebook_holding_absurd_settings_still_opens_cases_with_the_defaults(book, clock):
    for key, value in BAD.items():  # written behind the app's back (or by an older version)
        settings.put(key, value)
    ref = book.open_case(new_case(severity="major"), by="Anna")
    due = {d["kind"]: d["due_at"] for d in show(book, ref)["deadlines"]}
    # received 10:00 Monday 2 March (Amsterdam): acknowledge 24 h, report 1 h, resolution of
    # a major case 16 business hours (Monday 7, Tuesday 8, Wednesday 1) — the defaults
    assert due == {"report": "2026-03-02T11:00:00+01:00",
                   "acknowledge": "2026-03-03T10:00:00+01:00",
                   "reply": "2026-03-03T09:00:00+01:00",
                   "resolution": "2026-03-04T10:00:00+01:00"}
    refund = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Refunded.",
              "resolution": {"type": "refund", "amount": "60.00", "currency": "EUR",
                             "text": "Refund"}, "accepted": True}
    with pytest.raises(RuleViolation) as caught:  # the default desk limit, 50
        book.update_case(ref, {"reply": refund}, by="Anna")
    assert str(caught.value) == ("An amount of 60.00 is above the 50 limit for this role: a "
                                 "manager must approve it.")
    book.update_case(ref, {"reply": {**refund, "resolution": {
        **refund["resolution"], "amount": "40.00"}}}, by="Anna")
    assert book.case(ref)["reply"]["resolution"]["amount"] == "40.00"


def test_the_command_line_reports_an_absurd_stored_setting_and_goes_on(capsys, book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    settings.put("targets", BAD["targets"])
    book.close()
    code, out, err = run(capsys, "list", "--db", db_path)
    assert code == 0 and out.startswith(ref)
    assert err == ("casebook: The setting targets holds a value Casebook cannot use (The "
                   "acknowledge target is 1000000; a target is a whole number of hours from 1 "
                   "to 8760); the default is used until a manager sets it again.\n")
    code, out, err = run(capsys, "config", "--db", db_path, "targets",
                         '{"acknowledge": 24, "report": 1, "callback": 48, '
                         '"resolution": {"general": 40, "major": 16}}')
    assert code == 0
    assert run(capsys, "list", "--db", db_path)[2] == ""  # set again: nothing to report
