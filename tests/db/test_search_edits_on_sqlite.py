"""On SQLite (the FTS5 index): an edit takes the case's old words out of the index and
puts the new ones in; a case taken out of the index is found by none of its words,
while another case with the same words still is."""

from casebook.db import search
from tests.conftest import new_case


def opened(book, account: str, name: str, phone: str) -> str:
    return book.open_case(new_case(customer={"name": name, "phone": phone},
                                   hear={"account": account, "remedy_sought": "x"}), by="Anna")


def test_an_edit_takes_the_old_words_out_and_puts_the_new_ones_in(book):
    a = opened(book, "boiler broken", "Aart", "1")
    b = opened(book, "boiler leaking", "Bram", "2")
    assert book.search("boiler") == [b, a]
    book.update_case(a, {"hear": {"account": "heater broken"}}, by="Anna")
    assert book.search("boiler") == [b]
    assert book.search("heater") == [a]
    assert book.search("broken") == [a]
    book.update_case(a, {"hear": {"account": "radiator cold"}}, by="Anna")
    assert book.search("heater") == [] and book.search("broken") == []
    assert book.search("radiator cold") == [a]
    assert book.search("leaking") == [b]


def test_a_case_taken_out_of_the_index_is_found_by_none_of_its_words(book):
    a = opened(book, "boiler broken", "Aart", "1")
    b = opened(book, "boiler leaking", "Bram", "2")
    search.unindex(book.db, book.get(a).id)
    assert book.search("boiler") == [b]
    assert book.search("broken") == [] and book.search("Aart") == []
    search.unindex(book.db, book.get(a).id)  # twice is no harm
    assert book.search("boiler") == [b]
    # indexed again later (an edit), it is found by its new words only
    search.index_case(book.db, book.get(a).id, ["heater"])
    assert book.search("heater") == [a] and book.search("broken") == []
    assert book.search("boiler") == [b]


def test_todays_index_is_told_from_an_older_one_and_from_none(book, tmp_path):
    """Schema 8 rebuilt the index contentless; the upgrade asks which kind a file has."""
    import sqlite3

    from peewee import SqliteDatabase

    assert search.is_contentless(book.db) is True
    older = tmp_path / "older.sqlite3"
    conn = sqlite3.connect(older)
    conn.execute(f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5(body)")
    conn.close()
    none = tmp_path / "none.sqlite3"
    sqlite3.connect(none).close()
    for path in (older, none):
        db = SqliteDatabase(str(path))
        try:
            assert search.is_contentless(db) is False, path.name
        finally:
            db.close()
