"""Who is refused a manager-only action, and the exact words the desk reads.

Mutation testing (build/mutation.py) showed that a refusal with the wrong name in it,
or none at all, passed every other test: these pin each message down word for word.
"""

import pytest

from casebook.core.trust import access
from casebook.errors import InvalidInput, NotFound, RuleViolation


def refusal(error, call, *args, **kwargs) -> str:
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_an_approver_who_is_unknown_or_retired_is_not_found(book):
    assert refusal(NotFound, access.approve, book, access.DELETE, by="Marta",
                   approver="Nobody") == "No member of staff called Nobody."
    book.add_staff("Olga", "manager", by="Marta")
    book.update_staff("Olga", by="Marta", active=False,  # she left the company
                      approval=access.approve(book, access.MANAGERS, by="Marta"))
    assert refusal(NotFound, access.approve, book, access.DELETE,
                   by="Olga") == "No member of staff called Olga."
    assert refusal(NotFound, access.approve, book, access.DELETE, by="Anna",
                   approver="Olga") == "No member of staff called Olga."


def test_a_clerk_who_is_not_a_manager_is_named_in_the_refusal(book):
    assert refusal(RuleViolation, access.approve, book, access.DELETE,
                   by="Anna") == "Only a manager can do this; Anna is not a manager."
    assert refusal(RuleViolation, access.approve, book, access.REOPEN, by="Marta",
                   approver="Bert") == "Only a manager can do this; Bert is not a manager."


def test_without_pins_a_manager_cannot_approve_for_the_clerk_at_the_desk(book):
    """Before any manager has a PIN, nothing proves the manager is there: the operator
    herself must be the manager."""
    assert refusal(RuleViolation, access.approve, book, access.DELETE, by="Anna",
                   approver="Marta") == "Only a manager can do this; Anna is not a manager."
    approval = access.approve(book, access.DELETE, by="Marta", approver="Marta")
    assert (approval.action, approval.by, approval.approver, approval.pin_checked) == (
        "delete case", "Marta", "Marta", False)


def test_an_action_that_is_not_manager_only_is_a_programming_error(book):
    assert refusal(ValueError, access.approve, book, "print form",
                   by="Marta") == "not a manager-only action: print form"


def test_once_pins_are_on_a_manager_without_one_is_told_where_to_set_it(book):
    book.add_staff("Olga", "manager", by="Marta")
    access.set_pin(book, "Marta", "909090", by="Marta")
    assert refusal(RuleViolation, access.approve, book, access.EXPORT, by="Olga") == (
        "Olga has no PIN yet. Manager-only actions need a manager's PIN: set one under Staff.")
    assert refusal(RuleViolation, access.approve, book, access.EXPORT, by="Anna",
                   approver="Olga") == ("Olga has no PIN yet. Manager-only actions need a "
                                        "manager's PIN: set one under Staff.")


def test_a_pin_of_four_or_twelve_digits_is_taken_and_others_are_refused_in_words(book):
    access.set_pin(book, "Anna", "1234", by="Anna")
    access.set_pin(book, "Bert", "123456789012", by="Bert")
    access.check_pin(book, "Bert", "123456789012")
    access.check_pin(book, "Anna", "1234")
    for bad in ("123", "1234567890123", "12 34"):
        assert refusal(InvalidInput, access.set_pin, book, "Bert", bad, by="Bert",
                       old_pin="123456789012") == "A PIN is 4 to 12 digits."


def test_an_unknown_member_of_staff_is_named(book):
    assert refusal(NotFound, access.check_operator, book, "Nobody",
                   "1234") == "No member of staff called Nobody."
    assert refusal(NotFound, access.set_pin, book, "Nobody", "1234",
                   by="Nobody") == "No member of staff called Nobody."
