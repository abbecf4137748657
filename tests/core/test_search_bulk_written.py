"""Cases written in bulk (an import, the demo, a casebook moved onto a server) are indexed
in one go: on SQLite into the FTS5 index, on a server by COPY into its token table, in
blocks of 500 cases. Either way each case is found by its own words, a word longer than a
token's 200 characters included, and nothing else."""

import json

from casebook.core.cases.interchange import import_file
from tests.conftest import new_case

LONG = "a" * 200 + "b" * 40  # 240 letters: a server keeps a token's first 200
LONGER = "a" * 200 + "c" * 60  # the same first 200 letters: one token there


def imported(book, tmp_path, docs) -> list[str]:
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return import_file(book, path, by="Marta").refs


def test_bulk_imported_cases_are_found_each_by_its_own_words(book, tmp_path):
    refs = imported(book, tmp_path, [
        new_case(customer={"name": "Olga Smirnova", "phone": "+31 20 555 0101"},
                 hear={"account": f"Het woord {LONG} en {LONGER}", "remedy_sought": "x"}),
        new_case(customer={"name": "Piet de Vries", "phone": "+31 20 555 0202"},
                 hear={"account": "Boiler lekt", "remedy_sought": "x"}),
        new_case(customer={"name": "Sanne Bakker", "phone": "+31 20 555 0303"},
                 hear={"account": "Deur klemt", "remedy_sought": "x"})])
    first, second, third = refs
    assert book.search(LONG) == [first] and book.search(LONGER) == [first]
    assert book.search("smirnova") == [first]
    assert book.search("boiler") == [second] and book.search("vries") == [second]
    assert book.search("klemt") == [third] and book.search("bakker") == [third]
    assert book.search("555 0202") == [second]
    for ref in refs:
        assert book.search(ref) == [ref]


def test_bulk_import_of_501_cases_finds_each_across_the_blocks(book, tmp_path):
    """500 cases are one block of the server's COPY and one batch of the import; the
    501st starts the next."""
    # case n's own word: its digits as the letters a-j, between "zaak" and "z"
    words = ["zaak" + "".join(chr(ord("a") + int(d)) for d in str(n)) + "z"
             for n in range(1, 502)]
    assert words[0] == "zaakbz" and words[499] == "zaakfaaz" and words[500] == "zaakfabz"
    refs = imported(book, tmp_path, [
        new_case(customer={"name": "Klant", "phone": "+31 20 555 0101"},
                 hear={"account": f"Lekkage {word}", "remedy_sought": "x"})
        for word in words])
    assert len(refs) == 501
    for n in (1, 2, 250, 499, 500, 501):
        assert book.search(words[n - 1]) == [refs[n - 1]]
        assert book.search(refs[n - 1]) == [refs[n - 1]]
