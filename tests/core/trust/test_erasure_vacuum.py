"""On a server an erasure is followed by a VACUUM of the tables it touched (the row
versions it replaced go with it): quietly, once the erasure has committed; an erasure
inside a caller's transaction leaves it to the server's autovacuum and says so."""

import logging

import pytest

from casebook.core.trust import access, privacy
from tests.conftest import new_case


def warnings(caplog) -> list[tuple[str, str]]:
    return [(r.name, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]


def test_vacuum_follows_an_erasure_on_a_server_or_is_left_to_it_inside_a_transaction(
        book, backend, caplog):
    if backend != "postgresql":
        pytest.skip("a file's erased rows are overwritten (secure_delete), not vacuumed")
    caplog.set_level(logging.WARNING)
    first = book.open_case(new_case(customer={"name": "Grace Jones", "phone": "0611"}),
                           by="Anna")
    second = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"}),
                            by="Anna")
    privacy.erase_customer(book, first, approval=access.approve(book, access.ERASE, by="Marta"))
    assert warnings(caplog) == []
    assert book.case(first)["customer"]["name"] == privacy.MARKER
    with book.change():
        privacy.erase_customer(book, second,
                               approval=access.approve(book, access.ERASE, by="Marta"))
    assert warnings(caplog) == [
        ("casebook.privacy", "erasure inside a caller's transaction: VACUUM left to the server")]
    assert book.case(second)["customer"]["name"] == privacy.MARKER
