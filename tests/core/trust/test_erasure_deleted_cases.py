"""Which deleted cases an erasure counts as the customer's: the same phone or email on
another record, or the same name where no other phone says it is someone else; a name
with one slip is not enough (SPEC §7, issue #19)."""

from casebook.core.trust import access, privacy
from tests.conftest import new_case

GRACE = {"name": "Grace Jones", "phone": "+44 20 7946 0958", "email": "grace@example.org"}


def test_an_erasure_takes_the_deleted_cases_of_the_same_person_only(book):
    def approve(action):
        return access.approve(book, action, by="Marta")

    mine = book.open_case(new_case(customer=GRACE), by="Anna")
    others = {
        "phone": {"name": "G. J.", "phone": "020 7946 0958", "email": ""},
        "email": {"name": "GJ", "phone": "", "email": "Grace@Example.org"},
        "name": {"name": "grace  JONES", "phone": "", "email": ""},
        "slip": {"name": "Grace Jonse", "phone": "", "email": ""},
        "namesake": {"name": "Grace Jones", "phone": "0612 999 888", "email": ""},
        "stranger": {"name": "Olga Smirnova", "phone": "", "email": ""},
    }
    refs = {why: book.open_case(new_case(customer=who), by="Anna")
            for why, who in others.items()}
    for ref in refs.values():
        privacy.delete_case(book, ref, reason="Logged twice", approval=approve(access.DELETE))
    erasure = privacy.erase_customer(book, mine, approval=approve(access.ERASE))
    assert erasure.deleted == [refs["phone"], refs["email"], refs["name"]]
