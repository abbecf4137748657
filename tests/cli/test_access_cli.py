"""The commands that take the whole casebook out, bring cases in, replace it or erase a
customer (`export`, `import`, `backup -o`, `restore`, `erase-customer`) need a manager and,
once PINs are on, that manager's PIN: $CASEBOOK_OPERATOR alone is never enough."""

import json

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.trust import access
from casebook.core.trust.backup import backup
from casebook.db.models import AuditEntry, Case
from tests.conftest import START, new_case

CASE_LINE = json.dumps({"channel": "phone", "customer": {"name": "Jan Smit"},
                        "hear": {"account": "The lift is broken again"}})


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def guarded(book, db_path, monkeypatch):
    book.open_case(new_case(), by="Anna")
    access.set_pin(book, "Marta", "909090", by="Marta")
    book.close()
    monkeypatch.delenv("CASEBOOK_PIN", raising=False)
    monkeypatch.delenv("CASEBOOK_OPERATOR", raising=False)
    return db_path


def entries(db_path, action):
    with Casebook.open(db_path, create=False):
        return [(e.actor, e.changes) for e in AuditEntry.select().order_by(AuditEntry.id)
                if e.action == action]


def case_count(db_path):
    with Casebook.open(db_path, create=False):
        return Case.select().count()


def test_export_without_pins_acts_as_the_first_manager(capsys, book, db_path, tmp_path):
    book.open_case(new_case(), by="Anna")
    book.close()
    code, _, err = run(capsys, "export", "--db", db_path, "--format", "jsonl", "-o",
                       tmp_path / "all.jsonl")
    assert code == 0 and "Exported 1 case" in err


def test_export_asks_for_the_managers_pin(capsys, guarded, tmp_path, monkeypatch):
    out = tmp_path / "all.jsonl"
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o", out)
    assert (code, err) == (1, "casebook: This needs a manager's PIN: run it in a terminal, "
                              "or set CASEBOOK_PIN.\n")
    assert not out.exists()
    monkeypatch.setenv("CASEBOOK_PIN", "111111")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o", out)
    assert (code, err) == (1, "casebook: Wrong PIN for Marta.\n") and not out.exists()
    monkeypatch.setenv("CASEBOOK_PIN", "909090")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "csv", "-o", out)
    assert code == 0 and out.exists()


def test_a_desk_clerk_cannot_export(capsys, guarded, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBOOK_OPERATOR", "Anna")
    monkeypatch.setenv("CASEBOOK_PIN", "909090")
    code, _, err = run(capsys, "export", "--db", guarded, "--format", "jsonl", "-o",
                       tmp_path / "x.jsonl")
    assert code == 1 and "Anna is not a manager" in err
    assert entries(guarded, "export") == []


@pytest.mark.parametrize("command", ["export", "import", "backup", "restore",
                                     "erase-customer"])
def test_the_managers_name_alone_is_never_enough(capsys, guarded, tmp_path, monkeypatch,
                                                 command):
    monkeypatch.setenv("CASEBOOK_OPERATOR", "Marta")
    (tmp_path / "in.jsonl").write_text(CASE_LINE + "\n", encoding="utf-8")
    with Casebook.open(guarded, create=False):
        ref = Case.select().first().ref
    if command == "restore":
        backup(guarded, START, tmp_path / "old.sqlite3")
    args = {"export": ["export", "--db", guarded, "--format", "jsonl", "-o",
                       tmp_path / "out.jsonl"],
            "import": ["import", "--db", guarded, tmp_path / "in.jsonl"],
            "backup": ["backup", "--db", guarded, "-o", tmp_path / "copy.sqlite3"],
            "restore": ["restore", "--db", guarded, tmp_path / "old.sqlite3"],
            "erase-customer": ["erase-customer", "--db", guarded, ref]}[command]
    code, out, err = run(capsys, *args)
    assert (code, out, err) == (1, "", "casebook: This needs a manager's PIN: run it in a "
                                       "terminal, or set CASEBOOK_PIN.\n")
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "copy.sqlite3").exists()
    assert case_count(guarded) == 1
    with Casebook.open(guarded, create=False) as book:
        assert book.case(ref)["customer"]["name"] == "Ivan Petrov"


def test_import_takes_a_managers_pin_and_is_her_act(capsys, guarded, tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text(CASE_LINE + "\n", encoding="utf-8")
    monkeypatch.setenv("CASEBOOK_PIN", "123456")
    code, _, err = run(capsys, "import", "--db", guarded, source)
    assert (code, err) == (1, "casebook: Wrong PIN for Marta.\n")
    assert case_count(guarded) == 1
    monkeypatch.setenv("CASEBOOK_PIN", "909090")
    code, out, _ = run(capsys, "import", "--db", guarded, source)
    assert (code, out) == (0, "Imported 1 case.\n")
    assert case_count(guarded) == 2
    assert entries(guarded, "create")[-1][0] == "Marta"


@pytest.mark.sqlite_only("a new casebook file")
def test_import_into_a_new_casebook_needs_nobodys_pin(capsys, tmp_path, monkeypatch):
    """A new casebook has no manager yet: its first import is free (moving to a new PC)."""
    monkeypatch.delenv("CASEBOOK_PIN", raising=False)
    source = tmp_path / "in.jsonl"
    source.write_text(CASE_LINE + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", "--db", tmp_path / "new.sqlite3", source)
    assert (code, out) == (0, "Imported 1 case.\nNames the file does not list as staff, "
                              "added as inactive desk staff: import.\n")


def test_a_pin_is_asked_in_the_terminal_without_echo(capsys, guarded, tmp_path,
                                                     monkeypatch):
    import getpass
    import sys

    asked = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "909090")
    out = tmp_path / "copy.sqlite3"
    code, printed, _ = run(capsys, "backup", "--db", guarded, "-o", out)
    assert asked == ["PIN of Marta: "]
    assert (code, printed) == (0, f"Backup written to {out}.\n") and out.exists()
    with Casebook.open(out, create=False):
        assert Case.select().count() == 1


@pytest.mark.sqlite_only("replaces the file; a server's restore: tests/cli/test_desks_cli.py")
def test_restore_takes_a_managers_pin(capsys, guarded, tmp_path, monkeypatch):
    copy = tmp_path / "copy.sqlite3"
    monkeypatch.setenv("CASEBOOK_PIN", "909090")
    assert run(capsys, "backup", "--db", guarded, "-o", copy)[0] == 0
    with Casebook.open(guarded, create=False) as book:
        book.open_case(new_case(), by="Anna")
    monkeypatch.setenv("CASEBOOK_OPERATOR", "Anna")
    code, _, err = run(capsys, "restore", "--db", guarded, copy)
    assert (code, err) == (1, "casebook: Only a manager can do this; Anna is not a "
                              "manager.\n")
    assert case_count(guarded) == 2
    monkeypatch.delenv("CASEBOOK_OPERATOR")
    code, out, _ = run(capsys, "restore", "--db", guarded, copy)
    assert code == 0 and out.startswith(f"Restored {copy} into {guarded}.")
    assert case_count(guarded) == 1


def test_erase_customer_takes_a_managers_pin(capsys, guarded, monkeypatch):
    with Casebook.open(guarded, create=False):
        ref = Case.select().first().ref
    code, _, err = run(capsys, "erase-customer", "--db", guarded, "NOPE-1")
    assert (code, err) == (1, "casebook: No case with reference NOPE-1.\n")
    monkeypatch.setenv("CASEBOOK_PIN", "909090")
    code, out, _ = run(capsys, "erase-customer", "--db", guarded, ref)
    assert (code, out) == (0, f"The customer's personal data was erased from 1 case.\n"
                              f"{ref}\n")
    with Casebook.open(guarded, create=False) as book:
        assert "Ivan Petrov" not in json.dumps(book.case(ref), ensure_ascii=False)
    actor, changes = entries(guarded, "erase")[-1]
    assert changes["approved_by"] == [None, "Marta"]


def test_the_message_is_in_the_users_language(capsys, guarded, tmp_path):
    code, _, err = run(capsys, "export", "--db", guarded, "--lang", "ru", "--format",
                       "jsonl", "-o", tmp_path / "all.jsonl")
    assert code == 1
    assert err == ("casebook: Нужен PIN-код руководителя: запустите команду в терминале "
                   "или задайте CASEBOOK_PIN.\n")


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
