"""Full-text search in the five languages, on SQLite FTS5 and on the portable index."""

import pytest

from casebook.db import search
from tests.conftest import new_case

CASES = {
    "zh": new_case(customer={"name": "王芳", "phone": "+86 138 0013 8000", "unit": "12号楼 502"},
                   hear={"account": "楼上漏水，已经投诉三次了。", "remedy_sought": "尽快维修"}),
    "ka": new_case(customer={"name": "ნინო ბერიძე", "phone": "+995 555 12 34 56",
                             "unit": "ბინა 14"},
                   hear={"account": "ლიფტი არ მუშაობს, ეს ჩემი მეორე საჩივარია.",
                         "remedy_sought": "ლიფტის შეკეთება"}),
    "ru": new_case(customer={"name": "Ольга Смирнова", "phone": "+7 912 345-67-89",
                             "unit": "кв. 45"},
                   hear={"account": "Пишу жалобу на шум от соседей по ночам.",
                         "remedy_sought": "Поговорить с соседями"}),
    "nl": new_case(customer={"name": "Jan de Vries", "phone": "+31 6 1234 5678",
                             "unit": "Appartement 7"},
                   hear={"account": "De financiële afrekening klopt niet, één post dubbel.",
                         "remedy_sought": "Creditnota"}),
}


@pytest.fixture
def refs(book):
    return {key: book.open_case(doc, by="Anna") for key, doc in CASES.items()}


@pytest.mark.parametrize("query,key", [
    ("漏水", "zh"), ("投诉", "zh"), ("维修", "zh"), ("王芳", "zh"),
    ("საჩივარია", "ka"), ("ლიფტი", "ka"), ("ბერიძე", "ka"),
    ("жалобу", "ru"), ("жалоба", "ru"), ("Смирнова", "ru"), ("соседей", "ru"),
    ("financiële", "nl"), ("financiele", "nl"), ("EEN post", "nl"), ("vries", "nl"),
    ("345-67-89", "ru"), ("555 12 34", "ka"), ("0013", "zh"),
    ("кв. 45", "ru"), ("Appartement 7", "nl"),
])
def test_search_finds_the_case_in_every_language(book, refs, query, key):
    assert book.search(query)[:1] == [refs[key]]


def test_search_needs_every_word(book, refs):
    assert book.search("жалобу шум") == [refs["ru"]]
    assert book.search("жалобу лифт") == []
    assert book.search("") == []
    assert book.search("!!! ???") == []


@pytest.mark.parametrize("hostile,found", [
    ('"', []), ('a" OR "b', []), ("NEAR(", []), ("*", []), ("AND", []), ("OR", []),
    ("'; DROP TABLE case; --", []), ("\x00", []), ("{body}: een", []),
    ('"post" OR "лифт"', []),  # FTS syntax would find two cases; as words, none has all
    ("post*", ["nl"]), ("^een", ["nl"]), ('"één"', ["nl"]), ("шум)", ["ru"]),
])
def test_search_text_is_data_not_syntax(book, refs, hostile, found):
    assert book.search(hostile) == [refs[key] for key in found]
    assert book.search("ბერიძე") == [refs["ka"]]  # the index is still whole


def test_edits_are_searchable_at_once(book, refs):
    book.update_case(refs["nl"], {"ask": {"place": "Fietsenstalling"}}, by="Anna")
    assert book.search("fietsenstalling") == [refs["nl"]]
    book.add_action(refs["nl"], "Monteur gebeld voor dinsdag", by="Anna")
    assert book.search("monteur") == [refs["nl"]]


@pytest.mark.parametrize("query,key", [("漏水", "zh"), ("жалоба", "ru"), ("345-67-89", "ru"),
                                       ("ლიფტი", "ka")])
def test_portable_index_matches_like_fts(book, refs, query, key):
    """The PostgreSQL path: same tokens in the plain `search_term` table."""
    for doc_key, ref in refs.items():
        case = book.get(ref)
        search._index_portable(book.db, case.id, search.document(
            [CASES[doc_key]["hear"]["account"], CASES[doc_key]["customer"]["name"]],
            [CASES[doc_key]["customer"]["phone"]]))
    ids = search.search(book.db, query, portable=True)
    assert ids == [book.get(refs[key]).id]


def test_tokens():
    assert search.tokens("投诉漏水") == ["投", "诉", "漏", "水", "投诉", "诉漏", "漏水"]
    assert search.tokens("Één Post") == ["een", "post"]
    assert search.query_terms("жалоба") == [("жалоб", True)]
    assert search.phone_query("+7 (912) 345-67") == "tel791234567"
    assert search.phone_tokens("+7 912") == ["tel7912", "tel912"]
    assert search.phone_query("flat 12") is None


@pytest.mark.parametrize("typed,folded", [
    ("ОЛЬГА Смирнова", "ольга смирнова"),  # Cyrillic capitals
    ("ЁЛКА Ёж", "елка еж"),  # ё is е
    ("ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ", "ნინო ბერიძე"),  # Georgian Mtavruli capitals are Mkhedruli letters
    ("ÉÉN Financiële Cliënt", "een financiele client"),  # Dutch accents and capitals
    ("IJSSELMEER café", "ijsselmeer cafe"),
    ("Straße", "strasse"),
])
def test_fold_takes_case_and_accents_off_in_every_script(typed, folded):
    assert search.fold(typed) == folded


@pytest.mark.parametrize("query,key", [
    ("ОЛЬГА", "ru"), ("ЖАЛОБА", "ru"), ("смирнова", "ru"), ("Соседей", "ru"),
    ("ᲚᲘᲤᲢᲘ", "ka"), ("ᲡᲐᲩᲘᲕᲐᲠᲘᲐ", "ka"),
    ("FINANCIËLE", "nl"), ("Financiele", "nl"), ("ÉÉN", "nl"), ("een POST", "nl"),
])
def test_case_and_accents_never_matter_on_either_index(book, refs, query, key):
    assert book.search(query) == [refs[key]]
    for doc_key, ref in refs.items():  # the PostgreSQL path folds in Python alone
        case = book.get(ref)
        search._index_portable(book.db, case.id, search.document(
            [CASES[doc_key]["hear"]["account"], CASES[doc_key]["customer"]["name"]],
            [CASES[doc_key]["customer"]["phone"]]))
    assert search.search(book.db, query, portable=True) == [book.get(refs[key]).id]


def test_text_typed_in_capitals_is_found_in_small_letters(book):
    ref = book.open_case(new_case(customer={"name": "ГРИГОРИЙ ᲒᲘᲝᲠᲒᲘ", "phone": "+7 1"},
                                  hear={"account": "ЛИФТ СТОИТ. LEKKAGE IN DE KEUKEN.",
                                        "remedy_sought": "x"}), by="Anna")
    for query in ("григорий", "გიორგი", "лифт", "lekkage keuken"):
        assert book.search(query) == [ref], query


# ----------------------------------------------------------------- by hand, edge by edge
@pytest.mark.parametrize("word,stem", [
    ("жалобу", "жалоб"), ("лифтом", "лифт"), ("соседями", "сосед"), ("шумом", "шумом"),
    ("домами", "домам"), ("квартира", "квартир"), ("жалоб", "жалоб"),
])
def test_a_russian_ending_goes_only_when_four_letters_stay(word, stem):
    assert search._stem_ru(word) == stem


def test_the_better_match_comes_first_whatever_its_age(book, refs):
    once = book.open_case(new_case(customer={"name": "A", "phone": "1"},
                                   hear={"account": "Lekkage in de hal, verder rustig, dank u "
                                                    "voor het snelle antwoord van gisteren",
                                         "remedy_sought": "x"}), by="Anna")
    thrice = book.open_case(new_case(customer={"name": "B", "phone": "2"},
                                     hear={"account": "Lekkage, lekkage, lekkage!",
                                           "remedy_sought": "x"}), by="Anna")
    assert book.search("lekkage") == [thrice, once]
    ids = [book.get(r).id for r in (once, thrice)]
    assert sorted(search.search(book.db, "lekkage", ranked=False)) == sorted(ids)


@pytest.mark.sqlite_only("ranking is FTS5's bm25; a server's search lists the newest first")
def test_a_word_in_many_cases_is_ranked_among_its_newest_matches(book, monkeypatch):
    def opened(account: str) -> int:
        ref = book.open_case(new_case(customer={"name": "A", "phone": "1"},
                                      hear={"account": account, "remedy_sought": "x"}), by="Anna")
        return book.get(ref).id

    oldest_but_best = opened("Lekkage, lekkage, lekkage!")
    once = opened("Lekkage in de hal, verder rustig, dank u voor het snelle antwoord")
    twice = opened("Lekkage in de keuken en lekkage in de hal")
    assert search.search(book.db, "lekkage", limit=1) == [oldest_but_best]
    monkeypatch.setattr(search, "RANKED_AMONG", 2)  # as 1,000 of a word in 76,000 cases
    assert search.search(book.db, "lekkage", limit=1) == [twice]
    assert search.search(book.db, "lekkage") == [oldest_but_best, twice, once]  # 3 asked


def test_digits_find_the_phone_or_the_words(book, refs):
    flat = book.open_case(new_case(customer={"name": "C", "phone": "+31 20 000 0000"},
                                   hear={"account": "Flat 345, floor 67", "remedy_sought": "x"}),
                          by="Anna")
    # +7 912 345-67-89, +31 6 1234 5678 (…345 678) and the flat's words 345 and 67
    assert sorted(book.search("345-67")) == sorted([refs["ru"], refs["nl"], flat])
    assert book.search("345 67 89") == [refs["ru"]]  # the words 89 are nowhere else
    for doc_key, ref in [*refs.items(), ("flat", flat)]:
        case = book.get(ref)
        source = CASES.get(doc_key) or {"hear": {"account": "Flat 345, floor 67"},
                                        "customer": {"name": "C", "phone": "+31 20 000 0000"}}
        search._index_portable(book.db, case.id, search.document(
            [source["hear"]["account"], source["customer"]["name"]],
            [source["customer"]["phone"]]))
    ids = {key: book.get(ref).id for key, ref in [*refs.items(), ("flat", flat)]}
    assert search.search(book.db, "345-67", portable=True) == sorted(
        [ids["ru"], ids["nl"], ids["flat"]], reverse=True)  # newest first
    assert search.search(book.db, "жалобу шум", portable=True) == [ids["ru"]]
    assert search.search(book.db, "жалобу лифт", portable=True) == []


def test_the_portable_index_is_its_own_and_keeps_long_words_to_200(book, refs):
    case = book.get(refs["nl"])
    search._index_portable(book.db, case.id, ["zebra", "x" * 250])
    assert search.search(book.db, "zebra", portable=True) == [case.id]
    assert search.search(book.db, "zebra") == []  # FTS5 never saw it
    from casebook.db.models import SearchTerm

    assert sorted(len(t.term) for t in SearchTerm.select().where(SearchTerm.case == case.id)) \
        == [5, 200]
    search._index_portable(book.db, case.id, [])
    assert SearchTerm.select().where(SearchTerm.case == case.id).count() == 0


def test_every_word_must_match_on_the_portable_index_too(book, refs):
    for doc_key, ref in refs.items():
        case = book.get(ref)
        search._index_portable(book.db, case.id, search.document(
            [CASES[doc_key]["hear"]["account"], CASES[doc_key]["customer"]["name"]],
            [CASES[doc_key]["customer"]["phone"]]))
    assert search.search(book.db, "жалобу post", portable=True) == []
    assert search.search(book.db, "post dubbel", portable=True) == [book.get(refs["nl"]).id]


def test_an_edit_indexes_a_case_the_index_had_lost(book, refs):
    case = book.get(refs["nl"])
    search.unindex(book.db, case.id)
    assert book.search("financiele") == []
    book.update_case(refs["nl"], {"ask": {"place": "Schuur"}}, by="Anna")
    assert book.search("financiele") == [refs["nl"]] and book.search("schuur") == [refs["nl"]]


def test_an_edit_on_a_casebook_that_is_not_sqlite_indexes_the_search_term_table(book, refs):
    """index_case on a database that is not SQLite (PostgreSQL) writes the portable
    table; here the same SQLite file behind peewee's proxy, which is no SqliteDatabase,
    takes that path (index_many's COPY there needs the server: tests/pgserver.py)."""
    from peewee import DatabaseProxy

    other = DatabaseProxy()
    other.initialize(book.db)
    nl, ru = book.get(refs["nl"]).id, book.get(refs["ru"]).id
    search.index_case(other, nl, ["fietsenstalling", "monteur"])
    search.index_case(other, ru, ["kladovka", "podval"])
    assert search.search(book.db, "fietsenstalling", portable=True) == [nl]
    assert search.search(book.db, "monteur", portable=True) == [nl]
    assert search.search(book.db, "kladovka podval", portable=True) == [ru]
    assert search.search(book.db, "fietsenstalling") == []  # FTS5 was not touched
    search.index_case(other, nl, ["schuur"])  # an edit replaces the case's terms
    assert search.search(book.db, "monteur", portable=True) == []
    assert search.search(book.db, "schuur", portable=True) == [nl]
