"""Bulk indexing on a server (PostgreSQL's COPY): every term found, each once, cut to
200 characters, and more than one block of cases written. (Terms are tokens, runs of
letters and digits: never a tab, line break or backslash COPY would read otherwise, and
every case has some, its reference among them: db/search.py.)"""

import pytest

from casebook.db import search
from casebook.db.models import SearchTerm
from tests.conftest import new_case


@pytest.fixture
def server_book(book):
    from peewee import SqliteDatabase

    if isinstance(book.db, SqliteDatabase):
        pytest.skip("COPY is the server's bulk path; SQLite's is tested in test_search.py")
    return book


def terms_of(case_id):
    return sorted(t for (t,) in SearchTerm.select(SearchTerm.term)
                  .where(SearchTerm.case_id == case_id).tuples())


def test_cases_indexed_in_bulk_on_a_server_are_found_by_every_term(server_book):
    book = server_book
    first = book.get(book.open_case(new_case(), by="Anna")).id
    second = book.get(book.open_case(new_case(customer={"name": "Olga", "phone": "1"}),
                                     by="Anna")).id
    SearchTerm.delete().execute()  # as a new casebook's index before an import
    long = "k" * 250
    search.index_many(book.db, [
        (first, ["fietsenstalling", "monteur", "fietsenstalling", long]),
        (second, ["kladovka"]),
    ] + [(second, [f"blok{n}"]) for n in range(600)])  # more than one block of 500
    assert terms_of(first) == ["fietsenstalling", "k" * 200, "monteur"]
    assert len(terms_of(second)) == 601
    assert {"kladovka", "blok0", "blok499", "blok500", "blok599"} <= set(terms_of(second))
    assert search.search(book.db, "monteur") == [first]
    assert search.search(book.db, "blok599") == [second]
    assert search.search(book.db, "kladovka") == [second]
