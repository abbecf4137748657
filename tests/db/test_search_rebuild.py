"""On SQLite (the FTS5 index, schema 10): an everyday edit takes the case's old words out
by the words it proved and never rebuilds the index; a change the index cannot prove (a
case changed behind the app's back, an edit that does not say how the case was) rebuilds
it from every case as it is, says so in the log, and every case is found by its own words
afterwards, however many batches the rebuild writes."""

import logging
import sqlite3

import pytest
from peewee import SqliteDatabase

from casebook.db import search
from tests.conftest import new_case

REBUILT = ("casebook.db", "WARNING", "rebuilding the search index")


def opened(book, account: str, name: str) -> str:
    return book.open_case(new_case(customer={"name": name, "phone": "+31 20 555 0101"},
                                   hear={"account": account, "remedy_sought": "x"}), by="Anna")


def rebuilds(caplog) -> list[tuple[str, str, str]]:
    return [(r.name, r.levelname, r.getMessage()) for r in caplog.records
            if r.levelno >= logging.WARNING]


def test_an_everyday_edit_does_not_rebuild_and_a_change_behind_the_back_does(book, caplog):
    caplog.set_level(logging.WARNING)
    boiler = opened(book, "Boiler lekt", "Aart")
    door = opened(book, "Deur klemt", "Bram")
    book.update_case(boiler, {"ask": {"place": "Zolder"}}, by="Anna")
    book.add_action(door, "Timmerman gebeld", by="Anna")
    assert rebuilds(caplog) == []
    assert book.search("zolder") == [boiler] and book.search("timmerman") == [door]
    # the boiler case changed by a path that did not tell the index how it was
    book.db.execute_sql('UPDATE "case" SET hear_account = ? WHERE ref = ?',
                        ("Kraan lekt", boiler))
    book.update_case(boiler, {"ask": {"place": "Kelder"}}, by="Anna")
    assert rebuilds(caplog) == [REBUILT]
    assert book.search("boiler") == [] and book.search("zolder") == []
    assert book.search("kraan") == [boiler] and book.search("kelder") == [boiler]
    assert book.search("lekt") == [boiler] and book.search("klemt") == [door]
    assert book.search("timmerman") == [door] and book.search("bram") == [door]
    # proved again: the next edit is an everyday one
    book.update_case(boiler, {"ask": {"place": "Schuur"}}, by="Anna")
    assert rebuilds(caplog) == [REBUILT]
    assert book.search("kelder") == [] and book.search("schuur") == [boiler]


def test_an_edit_that_does_not_say_how_the_case_was_rebuilds_from_the_cases_as_they_are(
        book, caplog):
    """index_case without the old words cannot unindex them: the index is rebuilt from
    the cases (so the case is found by its own words, not the ones passed)."""
    caplog.set_level(logging.WARNING)
    boiler = opened(book, "Boiler lekt", "Aart")
    door = opened(book, "Deur klemt", "Bram")
    search.index_case(book.db, book.get(boiler).id, ["radiator"])
    assert rebuilds(caplog) == [REBUILT]
    assert book.search("radiator") == []
    assert book.search("boiler") == [boiler] and book.search("klemt") == [door]


def test_a_rebuild_of_more_cases_than_one_batch_indexes_every_one(book, monkeypatch):
    """The rebuild writes 2,000 cases at a time: 2,001 cases are two batches, each case
    found by its own word and by the word every case shares, in the right number."""
    # case n's own word: its digits as the letters a-j, between "zaak" and "z"
    words = {n: "zaak" + "".join(chr(ord("a") + int(d)) for d in str(n)) + "z"
             for n in range(1, 2002)}

    def every_case(_db):
        for n, word in words.items():
            yield n, [word, "gedeeld"]

    monkeypatch.setattr(search, "every_case", every_case)
    search.rebuild(book.db)
    found = search.search(book.db, "gedeeld", limit=5000, ranked=False)
    assert found == list(range(2001, 0, -1))  # every case, the newest first
    for n, word in [(1, "zaakbz"), (1999, "zaakbjjjz"), (2000, "zaakcaaaz"),
                    (2001, "zaakcaabz")]:
        assert words[n] == word
        assert search.search(book.db, word) == [n]
    assert book.db.execute_sql(f'SELECT count(*) FROM "{search.SUMS_TABLE}"').fetchone() == (
        2001,)
    # rebuilt for one case: its words as they are now, to unindex it with
    assert search.rebuild(book.db, 2001) == "zaakcaabz gedeeld"
    assert search.rebuild(book.db, 3000) is None  # a case that is not there


def test_a_rebuild_without_a_source_of_the_cases_is_refused(book, monkeypatch):
    monkeypatch.setattr(search, "every_case", None)
    with pytest.raises(RuntimeError) as refused:
        search.rebuild(book.db)
    assert str(refused.value) == "the search index cannot be rebuilt: no source of the cases"


def test_a_positionless_index_is_told_from_an_older_one_and_from_none(book, tmp_path):
    """Schema 10 rebuilds the index without positions; the upgrade asks which kind a file
    has (a schema-8 index is contentless and keeps positions)."""
    assert search.is_positionless(book.db) is True
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(older)
    conn.execute(f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5(body, content = '', "
                 "tokenize = 'unicode61 remove_diacritics 0')")
    conn.close()
    none = tmp_path / "none.sqlite3"
    sqlite3.connect(none).close()
    for path, contentless in ((older, True), (none, False)):
        db = SqliteDatabase(str(path))
        try:
            assert search.is_positionless(db) is False, path.name
            assert search.is_contentless(db) is contentless, path.name
        finally:
            db.close()
