"""Which customer records look like one person, before an erasure (SPEC §7, issue #19):
one typing slip in a name, the phone's last seven digits, and the records offered."""

import pytest

from casebook.core.trust import privacy
from tests.conftest import new_case

GRACE = {"name": "Grace Jones", "phone": "", "email": ""}


@pytest.mark.parametrize("other, why", [
    ("Grace Jonex", ["name"]),        # one letter changed
    ("Grace Joness", ["name"]),       # one letter added at the end
    ("Grace Ajones", ["name"]),       # one letter added inside
    ("Grace Jnes", ["name"]),         # one letter dropped
    ("Grace Joens", ["name"]),        # two neighbours swapped
    ("Grace Jonesss", []),            # two letters added
    ("Grace Bonex", []),              # two letters changed apart
    ("Grace Jonsx", []),              # two neighbours changed, not swapped
    ("Grace Sonej", []),              # two letters swapped apart
    ("Rgace Jonex", []),              # a swap and a change
    ("Grace Jonxyz", []),             # one letter longer, but not by one added
])
def test_one_typing_slip_in_a_name_is_the_same_person_two_are_not(other, why):
    assert privacy.same_person(GRACE, {"name": other, "phone": "", "email": ""}) == why


def test_the_records_offered_are_whole_and_in_the_order_they_were_made(book):
    from casebook.db.models import Case, Customer

    def customer_of(ref):
        return Case.get(Case.ref == ref).customer_id

    stranger = book.open_case(new_case(customer={"name": "Peter Brown",
                                                 "phone": "946-0958"}), by="Anna")
    mine = book.open_case(new_case(customer={"name": "Anna Maria de la Cruz",
                                             "phone": "+44 20 7946 0958",
                                             "email": "anna@example.org"}), by="Anna")
    nobody = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "555 1234"}),
                            by="Anna")
    reordered = book.open_case(new_case(customer={"name": "Cruz, Anna Maria De La",
                                                  "phone": ""}), by="Anna")
    dotted = book.open_case(new_case(customer={"name": "Anna Maria de la Cruz.",
                                               "phone": ""}), by="Anna")
    assert Customer.select().count() == 5
    # "Peter Brown" shares the last seven digits, "Cruz, Anna…" the words in another order
    # (14 letters and spaces longer than it squeezes to), "…Cruz." one stop more
    assert privacy.lookalikes(book, mine) == [
        {"id": customer_of(stranger), "name": "Peter Brown", "phone": "946-0958",
         "email": "", "why": ["phone"], "cases": [stranger]},
        {"id": customer_of(reordered), "name": "Cruz, Anna Maria De La", "phone": "",
         "email": "", "why": ["name"], "cases": [reordered]},
        {"id": customer_of(dotted), "name": "Anna Maria de la Cruz.", "phone": "",
         "email": "", "why": ["name"], "cases": [dotted]}]
    # a phone of exactly seven digits is looked up too
    assert privacy.lookalikes(book, stranger) == [
        {"id": customer_of(mine), "name": "Anna Maria de la Cruz",
         "phone": "+44 20 7946 0958", "email": "anna@example.org", "why": ["phone"],
         "cases": [mine]}]
    assert privacy.lookalikes(book, nobody) == []


def test_a_slip_next_to_a_full_stop_is_still_offered(book):
    mine = book.open_case(new_case(customer={"name": "Grace Jones", "phone": ""}), by="Anna")
    # three letters differ between the squeezed names ("s", "x", "."): the most let through
    slip = book.open_case(new_case(customer={"name": "Grace Jonex.", "phone": ""}), by="Anna")
    assert [(f["name"], f["cases"], f["why"]) for f in privacy.lookalikes(book, mine)] == [
        ("Grace Jonex.", [slip], ["name"])]
