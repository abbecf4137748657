"""A casebook on a PostgreSQL server: opened, migrated, refused, searched like a file."""

import os
import subprocess
import sys

import psycopg
import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.demo.book import create_demo
from casebook.db import migrations
from casebook.db.connection import display_location
from casebook.errors import InvalidInput, StorageError
from tests.conftest import new_case

# (what a clerk types, the customer's account it must find) in the five languages and
# the desk's favourite fragments: phone, unit, a two-character Chinese word
CASES = [
    {"customer": {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "unit": "Flat 12"},
     "hear": {"account": "Отопление в квартире не работает, жалобу подали вчера."}},
    {"customer": {"name": "王芳", "phone": "13800138000", "unit": "3号楼 1502"},
     "hear": {"account": "楼上漏水，天花板有水渍。投诉物业三次了。"}},
    {"customer": {"name": "Joke de Vries", "phone": "+31 6 12345678", "unit": "Unit B-7"},
     "hear": {"account": "Één week geen warm water; de cliënt is boos over de café-rekening."}},
    {"customer": {"name": "ნინო ბერიძე", "phone": "+995 555 12 34 56", "unit": "ბინა 5"},
     "hear": {"account": "ლიფტი გაჩერდა, მეზობლები საჩივარს წერენ."}},
    {"customer": {"name": "Zoë Müller", "phone": "+49 30 1234567", "unit": "Apt 4c"},
     "hear": {"account": "The lift stopped twice; heating noisy at night."}},
]
QUERIES = ["жалоба", "жалобу", "Отопление", "漏水", "投诉", "水渍", "楼", "een week", "één",
           "client", "cafe", "ბერიძე", "საჩივარს", "ლიფტ", "zoe", "MÜLLER", "heat",
           "345-67", "12345678", "1502", "B-7", "flat 12", "lift heating", "nothing-here"]


def _fill(target, clock):
    with Casebook.open(target, clock=clock) as book:
        book.add_staff("Anna", "desk")
        for case in CASES:
            book.open_case(new_case(**case), by="Anna")
        return {q: book.search(q) for q in QUERIES}


def test_search_on_the_server_finds_exactly_what_the_file_finds(tmp_path, pg_db, clock):
    on_file = _fill(tmp_path / "cb.sqlite3", clock)
    on_server = _fill(pg_db, clock)
    for query in QUERIES:
        assert set(on_server[query]) == set(on_file[query]), query
    assert on_file["nothing-here"] == []
    found = {q: len(refs) for q, refs in on_file.items()}
    assert [q for q in QUERIES if not found[q]] == ["nothing-here"], found


def test_a_newer_schema_on_the_server_is_refused_and_left_alone(pg_db, clock):
    with psycopg.connect(pg_db) as conn:
        conn.execute("UPDATE setting SET value = %s WHERE key = 'schema_version'",
                     (str(migrations.SCHEMA_VERSION + 1),))
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                              ).fetchone()
    with pytest.raises(StorageError, match="newer version of Casebook"):
        Casebook.open(pg_db, clock=clock)
    with psycopg.connect(pg_db) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'schema_version'"
                            ).fetchone() == (str(migrations.SCHEMA_VERSION + 1),)
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone() == tables


def test_an_older_schema_on_the_server_is_migrated_in_numbered_steps(pg_empty, clock):
    from casebook.db.connection import _open_postgres
    from casebook.db.models import database

    db = _open_postgres(pg_empty)
    database.initialize(db)
    with db.atomic():  # a casebook made by the first Casebook that spoke PostgreSQL
        migrations.MIGRATIONS[0](db)
        migrations._set_version(db, 1)
    db.execute_sql('ALTER TABLE "case" DROP COLUMN "version"')  # as schema 1 had it
    db.close()
    with Casebook.open(pg_empty, clock=clock) as book:
        assert migrations.current_version(book.db) == migrations.SCHEMA_VERSION
        book.add_staff("Anna", "desk")
        ref = book.open_case(new_case(), by="Anna")
        assert book.case_to_edit(ref)["version"] >= 0


def test_demo_fills_an_empty_server_database_and_refuses_one_with_cases(pg_empty, clock,
                                                                       capsys):
    assert main(["demo", "--db", pg_empty, "--cases", "30"]) == 0
    assert "30 cases" in capsys.readouterr().out
    assert main(["demo", "--db", pg_empty, "--cases", "30"]) == 1
    assert "already holds cases" in capsys.readouterr().err
    with Casebook.open(pg_empty, clock=clock) as book:
        assert len(book.search("")) == 0
        from casebook.db.models import Case

        assert Case.select().count() == 30
    with pytest.raises(InvalidInput):
        create_demo(pg_empty, cases=5)


def test_a_wrong_database_is_one_line_without_the_password(pg_server, capsys):
    head = pg_server.rsplit("/", 1)[0].replace("casebook@", "casebook:s3cret@")
    code = main(["list", "--db", f"{head}/no_such_casebook"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "Cannot connect to the casebook server" in err and "no_such_casebook" in err
    assert "s3cret" not in err
    assert display_location("postgresql://anna:pw@office:5432/cb") == \
        "postgresql://anna@office:5432/cb"


def test_without_the_driver_the_message_says_what_to_install(tmp_path):
    script = ("import sys; sys.modules['psycopg'] = None\n"
              "from casebook.cli import main\n"
              "sys.exit(main(['list', '--db', 'postgresql://anna@office/casebook']))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        'casebook: A shared casebook on PostgreSQL needs the psycopg package: '
        'pip install "casebook[postgres]".']


def test_a_prefix_of_several_words_in_one_case_finds_it_once(tmp_path, pg_db, clock):
    for target in (tmp_path / "cb.sqlite3", pg_db):
        with Casebook.open(target, clock=clock) as book:
            book.add_staff("Anna", "desk")
            ref = book.open_case(new_case(hear={"account": "Lekkage: het lekt, lek in de buis."}),
                                 by="Anna")
            assert book.search("lek") == [ref], target
            assert book.search("lek buis") == [ref], target


def test_a_casebook_file_never_loads_the_server_driver(tmp_path):
    """psycopg costs a tenth of a second to most of one at every start (the app, each
    command, a scheduled `casebook due`): only a server's casebook loads it."""
    path = str(tmp_path / "cb.sqlite3")
    script = ("import sys\nfrom casebook.cli import main\n"
              f"code = main(['demo', '--db', {path!r}, '--cases', '3'])"
              f" or main(['due', '--db', {path!r}])\n"
              "print('driver loaded:', 'psycopg' in sys.modules)\nsys.exit(code)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "CASEBOOK_HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "driver loaded: False"


def test_when_more_match_than_a_list_holds_file_and_server_keep_the_newest(
        tmp_path, pg_db, clock):
    from casebook.db import search

    kept = []
    for target in (tmp_path / "cb.sqlite3", pg_db):
        with Casebook.open(target, clock=clock) as book:
            book.add_staff("Anna", "desk")
            refs = [book.open_case(new_case(hear={"account": f"Lekkage {n}"}), by="Anna")
                    for n in range(5)]
            ids = search.search(book.db, "lekkage", limit=2, ranked=False)
            shown = {book.db.execute_sql('SELECT ref FROM "case" WHERE id = ' + book.db.param,
                                         (i,)).fetchone()[0] for i in ids}
            assert shown == set(refs[-2:]), target
            kept.append(shown)
    assert kept[0] == kept[1]
