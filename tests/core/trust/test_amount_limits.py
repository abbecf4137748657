"""An approved amount changed later: whose limit applies and when the manager's PIN is
asked again (SPEC §6, issue #19). Limits by default: desk 50, handler 250, manager none;
Anna is at the desk, Bert a handler, Marta the manager (PIN 909090)."""

import pytest

from casebook.core.trust import access
from casebook.errors import RuleViolation
from tests.conftest import new_case

BIG = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "We pay it back",
       "resolution": {"type": "compensation", "amount": "80", "currency": "EUR"},
       "approved_by": "Marta"}
AGAIN = "Marta approves this amount with their PIN."


def approved_case(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    return book.open_case(new_case(reply=BIG), by="Anna", approval=access.approve(
        book, access.AMOUNT, by="Anna", approver="Marta", pin="909090"))


def amount(value):
    return {"reply": {"resolution": {"amount": value}}}


@pytest.mark.parametrize("who, limit, above", [
    ("Anna", "50", "50.01"),  # an amount lowered to the desk limit needs no new approval
    ("Bert", "250", "251"),  # a handler changes an amount within her own limit
])
def test_an_approved_amount_is_changed_up_to_the_person_s_own_limit(book, who, limit, above):
    ref = approved_case(book)
    book.update_case(ref, amount(limit), by=who)
    assert book.case(ref)["reply"]["resolution"]["amount"] == limit
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, amount(above), by=who)
    assert str(caught.value) == AGAIN


def test_a_manager_changes_an_amount_without_a_limit(book):
    ref = approved_case(book)
    book.update_case(ref, amount("5000"), by="Marta")
    assert book.case(ref)["reply"]["resolution"]["amount"] == "5000"


def test_the_limits_set_are_the_limits_applied(book):
    ref = approved_case(book)
    access.set_authority_limits(book, {"desk": "100"}, approval=access.approve(
        book, access.LIMITS, by="Marta", pin="909090"))
    book.update_case(ref, amount("100"), by="Anna")
    assert book.case(ref)["reply"]["resolution"]["amount"] == "100"
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, amount("100.50"), by="Anna")
    assert str(caught.value) == AGAIN


def test_only_an_active_manager_can_be_named_for_an_amount(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    book.add_staff("Olga", "manager", by="Marta", approval=access.approve(
        book, access.MANAGERS, by="Marta", pin="909090"))
    book.update_staff("Olga", by="Marta", active=False, approval=access.approve(
        book, access.MANAGERS, by="Marta", pin="909090"))
    ref = book.open_case(new_case(), by="Anna")
    small = {**BIG, "resolution": {**BIG["resolution"], "amount": "20"}}  # within the limit
    for name in ("Bert", "Olga"):
        with pytest.raises(RuleViolation) as caught:
            book.update_case(ref, {"reply": {**small, "approved_by": name}}, by="Anna")
        assert str(caught.value) == f"Only a manager can do this; {name} is not a manager."
    assert book.case(ref)["reply"]["approved_by"] is None
