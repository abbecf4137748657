"""`casebook due`, `show`, `config` and `form --document receipt` with deadlines set by law."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.trust import access
from casebook.db.models import AuditEntry
from casebook.core.time.clock import FixedClock
from tests.core.law.conftest import CLAIM_DAY, claim, open_book


@pytest.fixture
def ru_file(tmp_path):
    path = tmp_path / "ru.sqlite3"
    with open_book(path, FixedClock(CLAIM_DAY), country="RU", tz="Europe/Moscow",
                   currency="RUB") as book:
        ref = book.open_case(claim(), by="Ivan")
    return path, ref


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_due_lists_the_statutory_deadline_with_its_basis(capsys, ru_file):
    db, ref = ru_file
    code, out, _ = run(capsys, "due", "--db", db, "--at", "2026-11-20T09:00+03:00", "--json",
                       "--lang", "ru")
    [item] = [d for d in json.loads(out) if d["kind"] == "statutory"]
    assert code == 0 and item["ref"] == ref
    assert (item["rule"], item["last_day"], item["basis"]) == ("ru.zozpp.22", "2026-11-20",
                                                               "ст. 22 ЗоЗПП")
    assert item["text"] == "по закону до 20.11.2026, ст. 22 ЗоЗПП"
    code, out, _ = run(capsys, "due", "--db", db, "--at", "2026-11-20T09:00+03:00",
                       "--lang", "ru")
    [line] = [x for x in out.splitlines() if "\tstatutory\t" in x]
    assert line.endswith("\tпо закону до 20.11.2026, ст. 22 ЗоЗПП")
    code, out, _ = run(capsys, "due", "--db", db, "--at", "2026-11-19T23:59+03:00", "--json")
    assert [d for d in json.loads(out) if d["kind"] == "statutory"] == []


def test_show_carries_the_law_of_the_case(capsys, ru_file):
    db, ref = ru_file
    code, out, _ = run(capsys, "show", "--db", db, ref, "--json", "--lang", "en")
    [term] = json.loads(out)["law"]["terms"]
    assert (term["rule"], term["last_day"], term["nature"]) == ("ru.zozpp.22", "2026-11-20",
                                                                "law")
    code, out, _ = run(capsys, "show", "--db", db, ref, "--lang", "ru")
    assert "По закону:" in out and "по закону до 20.11.2026, ст. 22 ЗоЗПП" in out


def test_config_reads_and_changes_settings_from_scripts(capsys, ru_file):
    db, _ = ru_file
    code, out, _ = run(capsys, "config", "--db", db, "--json")
    values = json.loads(out)
    assert code == 0 and values["country"] == "RU" and values["receipt_page"] == "A4"
    assert "ref_counter" not in values  # the program's own
    assert run(capsys, "config", "--db", db, "country")[1] == "RU\n"
    code, out, _ = run(capsys, "config", "--db", db, "receipt_page", "80mm")
    assert code == 0 and out == "receipt_page is now 80mm.\n"
    code, out, _ = run(capsys, "config", "--db", db, "timezone", "Asia/Tbilisi")
    assert code == 0 and run(capsys, "config", "--db", db, "timezone")[1] == "Asia/Tbilisi\n"


@pytest.mark.parametrize("args, message", [
    (["country", "Россия"], "Россия — не код страны (ISO 3166"),
    (["receipt_page", "A3"], "A3 — не формат бумаги для подтверждения (A4, A5, 80mm)."),
    (["ref_counter", "{}"], "Параметр ref_counter здесь изменить нельзя"),
    (["colour", "red"], "colour"),
])
def test_a_bad_value_is_one_line_in_the_users_language(capsys, ru_file, args, message):
    db, _ = ru_file
    code, out, err = run(capsys, "config", "--db", db, *args, "--lang", "ru")
    assert code == 1 and out == "" and err.count("\n") == 1 and message in err


def test_a_manager_only_change_needs_the_managers_pin_and_is_logged(capsys, ru_file,
                                                                    monkeypatch):
    db, _ = ru_file
    with Casebook.open(db) as book:
        access.set_pin(book, "Olga", "246810", by="Olga")
    monkeypatch.setenv("CASEBOOK_OPERATOR", "Olga")
    monkeypatch.delenv("CASEBOOK_PIN", raising=False)
    code, _, err = run(capsys, "config", "--db", db, "law_off", "ru.zozpp.22")
    assert code == 1 and "PIN" in err
    monkeypatch.setenv("CASEBOOK_PIN", "111111")
    code, _, err = run(capsys, "config", "--db", db, "law_off", "ru.zozpp.22")
    assert code == 1 and "Wrong PIN for Olga" in err
    monkeypatch.setenv("CASEBOOK_PIN", "246810")
    code, out, _ = run(capsys, "config", "--db", db, "law_off", "ru.zozpp.22")
    assert code == 0 and out == 'law_off is now ["ru.zozpp.22"].\n'
    with Casebook.open(db) as book:
        book.bind()
        entry = AuditEntry.select().where(AuditEntry.action == "setting").order_by(
            AuditEntry.id.desc()).first()
        assert entry.actor == "Olga" and entry.changes["approved_by"] == [None, "Olga"]
        assert entry.changes["law_off"] == [[], ["ru.zozpp.22"]]
    # putting a rule back in force needs nobody's PIN
    monkeypatch.delenv("CASEBOOK_PIN")
    assert run(capsys, "config", "--db", db, "law_off", "")[0] == 0


def test_form_prints_the_receipt_on_the_paper_of_the_settings(capsys, ru_file, tmp_path):
    db, ref = ru_file
    out = tmp_path / "receipt.pdf"
    code, said, _ = run(capsys, "form", "--db", db, ref, "-o", out, "--document", "receipt")
    assert code == 0 and "(verification code " in said
    reader = PdfReader(out)
    text = reader.pages[0].extract_text()
    assert ref in text and "ст. 22 ЗоЗПП" in text and "20.11.2026" in text
    assert round(float(reader.pages[0].mediabox.width)) == round(210 * mm)
    assert run(capsys, "config", "--db", db, "receipt_page", "80mm")[0] == 0
    run(capsys, "form", "--db", db, ref, "-o", out, "--document", "receipt")
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and round(float(reader.pages[0].mediabox.width)) == round(
        80 * mm)
