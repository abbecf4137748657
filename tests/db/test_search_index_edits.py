"""Editing one case's words on the portable index (PostgreSQL's) leaves every other case's
words alone; a prefix finds only the words it begins; a long word is found by itself;
a caller who does not say gets the best match first.

Mutation testing (build/mutation.py) showed these unchecked: an edit that deleted every
case's words, or the edited words from every case, or took another case's word as
already indexed; a prefix range one letter too wide; a 250-letter word not found.
The portable index is reached the way test_search.py does: the SQLite file behind
peewee's proxy, which is no SqliteDatabase.
"""

import pytest
from peewee import DatabaseProxy

from casebook.db import search
from tests.conftest import new_case


@pytest.fixture
def portable(book):
    other = DatabaseProxy()
    other.initialize(book.db)
    return other


def opened(book, account: str, name: str, phone: str) -> int:
    ref = book.open_case(new_case(customer={"name": name, "phone": phone},
                                  hear={"account": account, "remedy_sought": "x"}), by="Anna")
    return book.get(ref).id


def found(book, query: str) -> list[int]:
    return search.search(book.db, query, portable=True)


def test_an_edit_changes_the_words_of_its_own_case_only(book, portable):
    a = opened(book, "boiler broken", "A", "1")
    b = opened(book, "boiler and heater", "B", "2")
    search.index_case(portable, a, ["boiler", "broken"])
    search.index_case(portable, b, ["boiler", "and", "heater"])
    assert found(book, "boiler") == [b, a]  # newest first
    search.index_case(portable, a, ["heater", "broken"])  # the clerk corrected the word
    assert found(book, "boiler") == [b]
    assert found(book, "heater") == [b, a]
    assert found(book, "broken") == [a]
    assert found(book, "and") == [b]


def test_a_prefix_finds_the_words_it_begins_and_no_others(book, portable):
    bob = opened(book, "bob", "A", "1")
    boa = opened(book, "boa", "B", "2")
    search.index_case(portable, bob, ["bob"])
    search.index_case(portable, boa, ["boa", "constrictor"])
    assert found(book, "boa") == [boa]
    assert found(book, "bob") == [bob]
    assert found(book, "bo") == [boa, bob]
    assert found(book, "boc") == []


def test_a_word_longer_than_the_index_keeps_is_found_by_itself(book, portable):
    case = opened(book, "x", "A", "1")
    word = "q" * 250
    search.index_case(portable, case, [word, "zebra"])
    assert found(book, word) == [case]
    assert found(book, "q" * 200) == [case]
    assert found(book, "q" * 199 + "z") == []


def test_the_best_match_comes_first_unless_the_caller_sorts_itself(book):
    thrice = opened(book, "Lekkage, lekkage, lekkage!", "B", "2")  # the older case
    once = opened(book, "Lekkage in de hal, verder rustig, dank u voor het snelle antwoord "
                        "van gisteren", "A", "1")
    assert search.search(book.db, "lekkage") == [thrice, once]
    assert search.search(book.db, "lekkage", ranked=False) == [once, thrice]  # newest first
