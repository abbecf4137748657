"""What a typed query is looked up as, by hand: Chinese characters alone and in bigrams,
whole-word prefixes, Russian endings from five letters on, phone digits from three on.

Mutation testing (build/mutation.py) showed these rules unchecked by the searches of
test_search.py, which type whole words and long phone fragments.
"""

from casebook.db import search


def test_one_chinese_character_is_looked_up_alone_and_a_run_as_exact_bigrams():
    assert search.query_terms("漏") == [("漏", False)]
    assert search.query_terms("漏水了") == [("漏水", False), ("水了", False)]


def test_a_word_is_looked_up_as_the_start_of_words():
    assert search.query_terms("Boil") == [("boil", True)]
    assert search.query_terms("één post") == [("een", True), ("post", True)]


def test_a_russian_word_of_five_letters_or_more_loses_its_ending():
    assert search.query_terms("книга") == [("книг", True)]  # five letters: stemmed
    assert search.query_terms("книгу") == [("книг", True)]
    assert search.query_terms("лифт") == [("лифт", True)]  # four: kept whole


def test_three_digits_are_a_phone_fragment_and_two_are_not():
    assert search.phone_query("345") == "tel345"
    assert search.phone_query("+7 (912)") == "tel7912"
    assert search.phone_query("34") is None
    assert search.phone_query("") is None and search.phone_query("flat 345") is None
    assert search.phone_tokens("+7 912") == ["tel7912", "tel912"]
    assert search.phone_tokens("912") == ["tel912"]
    assert search.phone_tokens("91") == []


def test_the_start_of_a_word_or_a_single_character_finds_the_case(book):
    from tests.conftest import new_case

    ref = book.open_case(new_case(customer={"name": "王芳", "phone": "+86 138 0013 8000"},
                                  hear={"account": "楼上漏水，financiële afrekening",
                                        "remedy_sought": "x"}), by="Anna")
    assert book.search("financ") == [ref]
    assert book.search("漏") == [ref]
    assert book.search("138") == [ref]
