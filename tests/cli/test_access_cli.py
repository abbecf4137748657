"""`casebook export` is a manager-only command: a manager's PIN once PINs are on."""

import pytest

from casebook.cli import main
from casebook.core.trust import access
from casebook.db.models import AuditEntry
from tests.conftest import new_case


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def guarded(book, db_path):
    book.open_case(new_case(), by="Anna")
    access.set_pin(book, "Marta", "9090", by="Marta")
    book.close()
    return db_path


def test_export_without_pins_acts_as_the_first_manager(capsys, book, db_path, tmp_path):
    book.open_case(new_case(), by="Anna")
    book.close()
    code, _, err = run(capsys, "export", "--db", db_path, "--format", "jsonl", "-o",
                       tmp_path / "all.jsonl")
    assert code == 0 and "Exported 1 case" in err


def test_export_asks_for_the_managers_pin(capsys, guarded, tmp_path, monkeypatch):
    out = tmp_path / "all.jsonl"
    monkeypatch.delenv("CASEBOOK_PIN", raising=False)
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o", out)
    assert code == 1 and "manager's PIN" in err and not out.exists()
    monkeypatch.setenv("CASEBOOK_PIN", "1111")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o", out)
    assert code == 1 and "Wrong PIN for Marta" in err and not out.exists()
    monkeypatch.setenv("CASEBOOK_PIN", "9090")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "csv", "-o", out)
    assert code == 0 and out.exists()


def test_a_desk_clerk_cannot_export(capsys, guarded, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBOOK_OPERATOR", "Anna")
    monkeypatch.setenv("CASEBOOK_PIN", "9090")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o",
                       tmp_path / "x.jsonl")
    assert code == 1 and "Anna is not a manager" in err
    from casebook.core.casebook import Casebook

    with Casebook.open(guarded):
        assert [e.action for e in AuditEntry.select()].count("export") == 0
