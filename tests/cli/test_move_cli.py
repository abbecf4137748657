"""`casebook export` / `casebook import` move a casebook, and the import's summary names
what a user must know: staff created, names kept as inactive desk staff, past amounts above
a limit with no approval on record — in the user's language."""

from __future__ import annotations

import json

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from tests.conftest import new_case, new_pg_database

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone", "text": "Refunded",
         "resolution": {"type": "refund", "amount": "189.00", "currency": "EUR", "text": ""},
         "accepted": True, "approved_by": None}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def old_file(tmp_path):
    """A file of an older Casebook (cases only) from another office."""
    path = tmp_path / "old.jsonl"
    doc = {**new_case(ref="2025-00007"), "follow": {"owner": "Anna"},
           "reply": {**REPLY, "approved_by": "Boss"}}
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_the_summary_names_inactive_staff_and_unapproved_amounts(capsys, book, db_path,
                                                                 old_file):
    book.close()
    code, out, err = run(capsys, "import", "--db", db_path, old_file)
    assert code == 0, err
    assert out.splitlines() == [
        "Imported 1 case.",
        "Names the file does not list as staff, added as inactive desk staff: Boss.",
        "2025-00007: 189.00 is above the 50 limit of its owner's role and the file records "
        "no manager's approval; imported as it was."]


def test_the_summary_in_russian(capsys, book, db_path, old_file):
    book.close()
    code, out, err = run(capsys, "import", "--db", db_path, old_file, "--lang", "ru")
    assert code == 0, err
    assert out.splitlines()[-1] == (
        "2025-00007: сумма 189.00 превышает лимит 50 для роли ответственного, а одобрение "
        "руководителя в файле не записано; импортировано как есть.")


def test_export_then_import_on_a_new_pc(capsys, book, db_path, backend, tmp_path, request):
    book.set_setting("ref_prefix", "PZ-", by="Marta")
    ref = book.open_case(new_case(), by="Anna")
    book.close()
    new_pc = (new_pg_database(request.getfixturevalue("pg_server"),
                              request.getfixturevalue("pg_template"))
              if backend == "postgresql" else tmp_path / "new-pc.sqlite3")
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run(capsys, "export", "--db", db_path, "--format", "jsonl", "-o", first)[0] == 0
    code, out, err = run(capsys, "import", "--db", new_pc, first, "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "imported": 1, "created_staff": ["Anna", "Bert", "Marta"], "created_entries": [],
        "inactive_staff": [], "settings_applied": True, "settings_kept": [],
        "unapproved": []}
    assert run(capsys, "export", "--db", new_pc, "--format", "jsonl", "-o", second)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    with Casebook.open(new_pc) as other:
        assert other.case(ref)["ref"] == "PZ-2026-00001"
        assert [(s.name, s.role) for s in other.staff()] == [
            ("Anna", "desk"), ("Bert", "handler"), ("Marta", "manager")]
