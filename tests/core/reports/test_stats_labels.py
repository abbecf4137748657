"""A report's labels: a list entry in the reader's language, else English, else its code;
a code of no known list, or of none, is shown as it is; a member of staff by name."""

from casebook.core.reports import stats


def test_a_code_is_labelled_in_the_readers_language_else_english_else_as_it_is(book):
    code = book.save_list_entry("category", None, {"en": "Lift", "nl": "Lift (NL)"},
                                by="Marta")
    english_only = book.save_list_entry("category", None, {"en": "Stairs"}, by="Marta")
    dutch = stats.Labels(book, "nl")
    assert dutch("category", code) == "Lift (NL)"
    assert dutch("category", english_only) == "Stairs"
    assert dutch("category", "no-such-code") == "no-such-code"
    assert dutch("no-such-list", code) == code  # a list the report does not know
    assert dutch(None, "Anna") == "Anna"  # no list: a name stays as it is
    assert dutch("category", "") == "" and dutch("category", None) == ""
    assert stats.Labels(book, "ru")("category", code) == "Lift"
    from casebook.db.models import Staff

    anna = Staff.get(Staff.name == "Anna").id
    assert dutch.staff(anna) == "Anna" and dutch.staff(None) == "" and dutch.staff(-1) == ""
