"""Global options (--db, --lang, --json) before or after the subcommand, and what --db takes.

Before, `casebook --db X list` read the default casebook and `--lang ru show …`
answered in English: an option in the wrong place was dropped without a word.
Now either place works, or the option is refused with a message.
"""

import json
import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from casebook import __version__
from casebook.cli import main
from casebook.core import paths
from casebook.core.casebook import Casebook
from tests.conftest import new_case


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def made(folder) -> list[str]:
    """What a command left in the current folder (the data folder aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "home")


def cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@pytest.fixture
def filled(book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    book.close()
    return db_path, ref


def test_db_before_the_subcommand_reads_that_casebook(capsys, filled):
    db, ref = filled
    _, after, _ = run(capsys, "list", "--db", db, "--json")
    code, before, _ = run(capsys, "--db", db, "--json", "list")
    assert code == 0 and [r["ref"] for r in json.loads(before)] == [ref]
    assert before == after
    assert not paths.default_db().exists()  # the default casebook was never opened


def test_db_before_demo_writes_there_and_nowhere_else(capsys, tmp_path):
    target = tmp_path / "z.sqlite3"
    code, out, _ = run(capsys, "--db", target, "demo", "--cases", 3, "--seed", 4)
    assert code == 0 and str(target) in out
    conn = sqlite3.connect(target)
    try:
        assert conn.execute('SELECT count(*) FROM "case"').fetchone()[0] == 3
    finally:
        conn.close()
    assert not paths.demo_db().exists() and not paths.default_db().exists()


@pytest.mark.parametrize("args", [
    ["--lang", "ru", "show", "--db", "{db}", "NO-REF"],
    ["show", "--db", "{db}", "NO-REF", "--lang", "ru"],
    ["--lang", "ru", "--db", "{db}", "show", "NO-REF"],
])
def test_lang_in_either_place_speaks_russian(capsys, filled, args):
    db, _ = filled
    code, _, err = run(capsys, *(a.format(db=db) for a in args))
    assert code != 0 and "NO-REF" in err and cyrillic(err), err


def test_the_same_option_twice_with_the_same_value_is_fine(capsys, filled):
    db, ref = filled
    code, out, _ = run(capsys, "--db", db, "show", ref, "--db", db, "--json")
    assert code == 0 and json.loads(out)["case"]["ref"] == ref


@pytest.mark.parametrize("args,message", [
    (["--lang", "en", "show", "X", "--lang", "ka"], "--lang is given twice (en, ka)"),
    (["--db", "a.sqlite3", "list", "--db", "b.sqlite3"], "--db is given twice"),
    (["--json", "demo"], "--json is not an option of “casebook demo”"),
    (["--json", "form", "X", "-o", "x.pdf"], "--json is not an option of “casebook form”"),
    (["--db", "a.sqlite3", "selftest"], "--db is not an option of “casebook selftest”"),
    (["--json"], "--json goes with a command that prints data"),
    (["--demo", "list"], "--demo opens the desktop app"),
])
def test_an_option_that_would_be_ignored_is_refused(capsys, tmp_path, monkeypatch, args,
                                                    message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code != 0 and out == ""
    assert message in err and err.count("\n") == 1, err
    assert made(tmp_path) == []


def test_an_option_refused_after_the_subcommand_says_so(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["selftest", "--db", "x.sqlite3"])
    assert stop.value.code == 2
    assert "unrecognized arguments: --db" in capsys.readouterr().err


def test_refusals_speak_the_chosen_language(capsys):
    code, _, err = run(capsys, "--lang", "ru", "--json", "demo")
    assert code != 0 and "--json" in err and cyrillic(err), err


def test_help_shows_the_global_options_in_both_places(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    sub = capsys.readouterr().out
    for option in ("--db", "--lang", "--json"):
        assert option in top and option in sub
    assert "selftest" in top


def test_version():
    out = subprocess.run([sys.executable, "-m", "casebook", "--version"], capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == f"casebook {__version__}"


# ------------------------------------------------------------------ what --db takes
@pytest.mark.parametrize("value", ["file:x.sqlite3", "file:///tmp/x.sqlite3?mode=rwc",
                                   "sqlite:///x.sqlite3", "https://example.org/x", ""])
def test_db_refuses_anything_but_a_file_or_a_postgresql_url(capsys, tmp_path, monkeypatch,
                                                            value):
    monkeypatch.chdir(tmp_path)
    for args in (["demo", "--db", value, "--cases", "1"], ["--db", value, "list"]):
        code, _, err = run(capsys, *args)
        assert code != 0 and "--db takes a casebook file or a postgresql:// URL" in err, err
        assert err.count("\n") == 1
    assert made(tmp_path) == []


def test_a_file_named_like_a_uri_is_that_file(capsys, tmp_path, monkeypatch):
    """SQLite reads "file:x.sqlite3" as a URI: the cases went to x.sqlite3, the named
    file stayed empty. Now the casebook is the file the user named, and private."""
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "demo", "--db", "./file:x.sqlite3", "--cases", 4, "--seed", 1)
    assert code == 0
    named = tmp_path / "file:x.sqlite3"
    assert not (tmp_path / "x.sqlite3").exists()
    assert stat.S_IMODE(named.stat().st_mode) == 0o600
    conn = sqlite3.connect(named)  # a Path: never a URI
    try:
        assert conn.execute('SELECT count(*) FROM "case"').fetchone()[0] == 4
    finally:
        conn.close()
    code, out, _ = run(capsys, "list", "--db", "./file:x.sqlite3", "--json")
    assert code == 0 and len(json.loads(out)) == 4


def test_a_backup_named_like_a_uri_is_that_file(capsys, filled, tmp_path, monkeypatch):
    db, ref = filled
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "backup", "--db", db, "-o", "./file:x.bak")
    assert code == 0, err
    made = tmp_path / "file:x.bak"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert not any(p.name.startswith("x.bak") for p in tmp_path.iterdir())
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())
    with Casebook.open(made) as copy:
        assert copy.get(ref).ref == ref


def test_a_postgresql_url_is_never_a_local_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = "postgresql://casebook@127.0.0.1:9/nowhere"  # nothing listens on port 9
    code, _, err = run(capsys, "demo", "--db", url, "--cases", 1)
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    assert made(tmp_path) == []  # no "postgresql:" folder holding an SQLite file


@pytest.mark.parametrize("command", [["backup"], ["restore", "x.bak"]])
def test_backup_and_restore_of_an_unreachable_server_fail_in_one_line(capsys, tmp_path,
                                                                      monkeypatch, command):
    """A server casebook's backup is a portable file (tests/cli/test_desks_cli.py); with
    no server there, nothing is written here and the reason is one line."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, command[0], "--db", "postgresql://u@127.0.0.1:9/db",
                       *command[1:])
    assert code != 0 and err.count("\n") == 1 and "Traceback" not in err
    assert made(tmp_path) == []


def test_the_desktop_refuses_a_bad_db_before_any_window(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = subprocess.run([sys.executable, "-m", "casebook", "--db", "file:x.sqlite3"],
                            capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen",
                                     CASEBOOK_HOME=str(tmp_path / "home")))
    assert result.returncode != 0
    assert "--db takes a casebook file" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()
