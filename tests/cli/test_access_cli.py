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


def test_the_erasure_choices_on_the_command_line(capsys, book, db_path, clock):
    """The options `erase-customer` takes (casebook.cli.add_erasure_options): the same
    person's other records are listed unless included; backups on request."""
    import argparse

    from casebook.cli import add_erasure_options, erasure_options, report_erasure
    from casebook.core.trust import access, backup, privacy
    from casebook.errors import InvalidInput

    ref = book.open_case(new_case(), by="Anna")  # Ivan Petrov, +7 912 345-67-89
    twin = book.open_case(new_case(customer={"name": "ivan petrov", "phone": ""}), by="Anna")
    phone = book.open_case(new_case(customer={"name": "I. P.", "phone": "8 912 345 67 89"}),
                           by="Anna")
    ids = {r: book.get(r).customer_id for r in (twin, phone)}
    parser = argparse.ArgumentParser()
    add_erasure_options(parser)
    with pytest.raises(InvalidInput, match="Customer 99 does not look like"):
        erasure_options(parser.parse_args(["--include", "99"]), book, ref)
    capsys.readouterr()
    options = erasure_options(parser.parse_args(["--include", str(ids[phone]),
                                                 "--scrub-backups"]), book, ref)
    assert options == {"include": [ids[phone]], "scrub_backups": True}
    assert capsys.readouterr().out == (
        f"Looks like the same person, not included (add --include {ids[twin]}): "
        f"ivan petrov; cases {twin}.\n")
    if isinstance(db_path, str):
        options["scrub_backups"] = False  # a server's casebook has no automatic backups
    else:
        backup.auto_backup(db_path, clock.now())
    result = privacy.erase_customer(book, ref, approval=access.approve(
        book, access.ERASE, by="Marta"), **options)
    assert result == [ref, phone]
    report_erasure(result)
    out = capsys.readouterr().out
    assert out == ("" if isinstance(db_path, str)
                   else "1 automatic backup was rewritten without the customer.\n")
    everyone = erasure_options(parser.parse_args(["--include-all"]), book, twin)
    assert everyone == {"include": [], "scrub_backups": False}  # erased: not offered again


@pytest.mark.sqlite_only("restore replaces a casebook file")
def test_restore_says_it_applied_the_erasures_again(capsys, book, db_path, clock, tmp_path):
    from casebook.core.trust import backup, privacy

    ref = book.open_case(new_case(), by="Anna")
    older = backup.backup(db_path, clock.now(), tmp_path / "older.sqlite3")
    privacy.erase_customer(book, ref, approval=access.approve(book, access.ERASE, by="Marta"))
    book.close()
    code, out, err = run(capsys, "restore", "--db", db_path, older)
    assert code == 0, err
    assert out.splitlines()[-1] == ("Erasures recorded in the replaced casebook were applied "
                                    "again: 1 case anonymised again.")
    code, out, _ = run(capsys, "search", "--db", db_path, "Petrov", "--json")
    assert code == 0 and out.strip() == "[]"
