"""Two desks, one case: the second save is refused with who changed what and when.

Runs on SQLite and on PostgreSQL (the `backend` of tests/conftest.py): on one
file the second writer is a script beside the app, on a server another desk.
"""

import pytest

from casebook.core.casebook import Casebook
from casebook.errors import Conflict
from tests.conftest import new_case


def test_a_save_based_on_an_older_version_is_refused_naming_who_changed_what(
        book, db_path, clock):
    ref = book.open_case(new_case(), by="Anna")
    mine = book.case_to_edit(ref)  # Anna opens the case at her desk
    with Casebook.open(db_path, clock=clock) as other:  # Bert, at another desk
        theirs = other.case_to_edit(ref)
        other.update_case(ref, {"ask": {"place": "Boiler room"}}, by="Bert",
                          version=theirs["version"])
    book.bind()
    with pytest.raises(Conflict) as refused:
        book.update_case(ref, {"ask": {"place": "Basement"}}, by="Anna",
                         version=mine["version"])
    message = str(refused.value)
    assert "Bert" in message and "ask.place" in message and ref in message
    assert "2026-03-02 10:00" in message  # when, in the casebook's timezone
    assert book.case(ref)["ask"]["place"] == "Boiler room"  # nothing written over
    # Anna merges: based on the version she now sees, her save goes through
    fresh = book.case_to_edit(ref)
    book.update_case(ref, {"ask": {"place": "Basement, by the boiler"}}, by="Anna",
                     version=fresh["version"])
    assert book.case(ref)["ask"]["place"] == "Basement, by the boiler"


def test_every_change_raises_the_version_a_save_is_checked_against(book):
    ref = book.open_case(new_case(), by="Anna")
    first = book.case_to_edit(ref)["version"]
    book.add_action(ref, "Called the customer", by="Anna")
    second = book.case_to_edit(ref)["version"]
    book.handover(ref, "Bert", by="Anna", note="shift ends")
    third = book.case_to_edit(ref)["version"]
    assert first < second < third
    with pytest.raises(Conflict):
        book.update_case(ref, {"ask": {"place": "Hall"}}, by="Anna", version=first)


def test_a_script_without_a_version_still_saves(book):
    """Scripts and the command line that do not ask for a check are not refused."""
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"ask": {"place": "Hall"}}, by="Anna")
    assert book.case(ref)["ask"]["place"] == "Hall"
