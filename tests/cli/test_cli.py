"""The command line as scripts use it: exit codes, one-line errors, JSON output."""

import json
import sqlite3
import subprocess
import sys

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from tests.conftest import new_case


@pytest.fixture
def filled(book, db_path):
    refs = [book.open_case(new_case(), by="Anna"),
            book.open_case(new_case(customer={"name": "王芳", "phone": "13800138000"},
                                    hear={"account": "楼上漏水"}), by="Anna")]
    book.close()
    return db_path, refs


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_search_and_show_json(capsys, filled):
    db, refs = filled
    code, out, _ = run(capsys, "search", "--db", db, "漏水", "--json")
    assert code == 0 and json.loads(out) == [refs[1]]
    code, out, _ = run(capsys, "show", "--db", db, refs[0], "--json")
    data = json.loads(out)
    assert data["case"]["customer"]["name"] == "Ivan Petrov"
    assert data["parts"]["hear"]["done"] is True
    assert data["history"][0]["action"] == "create"


def test_show_for_people(capsys, filled):
    db, refs = filled
    code, out, _ = run(capsys, "show", "--db", db, refs[0])
    assert code == 0
    assert refs[0] in out and "Ivan Petrov" in out and "Отопление" in out


def test_list_and_due(capsys, filled):
    db, refs = filled
    code, out, _ = run(capsys, "list", "--db", db, "--status", "open", "--json")
    assert {r["ref"] for r in json.loads(out)} == set(refs)
    code, out, _ = run(capsys, "due", "--db", db, "--at", "2026-03-03T09:00+01:00", "--json")
    assert code == 0
    assert sorted(d["ref"] for d in json.loads(out) if d["kind"] == "reply") == sorted(refs)
    code, out, _ = run(capsys, "due", "--db", db, "--at", "2026-03-03T08:59+01:00", "--json")
    assert [d for d in json.loads(out) if d["kind"] == "reply"] == []


@pytest.mark.parametrize("args,message", [
    (["show", "2026-99999"], "No case with reference 2026-99999"),
    (["due", "--at", "yesterday"], "is not a date and time"),
    (["import", "/nonexistent/file.jsonl"], "Cannot read"),
    (["report", "--from", "2026-01-01", "--to", "2026-02-01", "-o", "x.txt"], "not x.txt"),
    (["report", "--from", "1 March", "--to", "2026-02-01", "-o", "x.pdf"], "is not a date"),
    (["report", "--from", "2026-02-01", "--to", "2026-01-01", "-o", "x.csv"], "must end after"),
    (["form", "2026-99999", "-o", "x.pdf"], "No case with reference 2026-99999"),
])
def test_user_errors_are_one_line_and_non_zero(capsys, filled, args, message):
    db, _ = filled
    code, out, err = run(capsys, *args[:1], "--db", db, *args[1:])
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("lang,message", [
    ("ru", "casebook: Обращения с номером 2026-99999 нет.\n"),
    ("zh_CN", "casebook: 没有编号为 2026-99999 的案件。\n"),
    ("nl", "casebook: Er is geen zaak met nummer 2026-99999.\n"),
    ("ka", "casebook: საქმე ნომრით 2026-99999 არ არსებობს.\n"),
    ("en", "casebook: No case with reference 2026-99999.\n"),
])
def test_errors_speak_the_chosen_language(capsys, filled, lang, message):
    db, _ = filled
    code, _, err = run(capsys, "show", "--db", db, "2026-99999", "--lang", lang)
    assert code != 0 and err == message


def test_a_damaged_casebook_is_not_touched(capsys, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "list", "--db", bad)
    assert code != 0 and "damaged" in err
    assert bad.read_bytes() == b"garbage" * 1000


def test_a_newer_casebook_is_refused(capsys, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "verify", "--db", newer)
    assert code != 0 and "newer version" in err


@pytest.mark.sqlite_only  # replaces the file; a server's restore: tests/cli/test_desks_cli.py
def test_backup_restore_and_verify(capsys, filled, tmp_path, clock):
    db, refs = filled
    copy = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "backup", "--db", db, "-o", copy)
    assert code == 0 and copy.exists()
    with Casebook.open(db, clock=clock) as book:
        book.update_case(refs[0], {"ask": {"place": "Basement"}}, by="Anna")
    code, out, _ = run(capsys, "restore", "--db", db, copy)
    assert code == 0 and "kept as" in out
    with Casebook.open(db, clock=clock) as book:
        assert book.case(refs[0])["ask"]["place"] == ""
    code, out, _ = run(capsys, "verify", "--db", db)
    assert code == 0 and "All checks passed" in out


@pytest.mark.sqlite_only  # the file's bytes stay as they were
def test_restore_refuses_a_file_that_is_not_a_backup(capsys, filled, tmp_path):
    db, _ = filled
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    before = db.read_bytes()
    code, _, err = run(capsys, "restore", "--db", db, junk)
    assert code != 0 and "not a casebook" in err
    assert db.read_bytes() == before


def test_the_installed_command_runs_without_a_traceback(tmp_path):
    out = subprocess.run([sys.executable, "-m", "casebook", "show", "--db",
                          str(tmp_path / "none.sqlite3"), "X"], capture_output=True, text=True)
    assert out.returncode != 0
    assert out.stderr.startswith("casebook: ") and "Traceback" not in out.stderr
