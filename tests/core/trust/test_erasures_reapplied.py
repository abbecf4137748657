"""A restore of an older backup applies every later erasure again, each as its manager
approved it; erasures the backup already holds, and cases it does not hold, are passed
over without stopping the rest (SPEC §7, issue #19)."""

import pytest

from casebook.core.casebook import Casebook
from casebook.core.trust import access, backup, privacy
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry
from tests.conftest import new_case

PIN = "24681357"

pytestmark = pytest.mark.sqlite_only("a restore replaces a casebook file")


def test_a_restore_erases_again_each_customer_erased_since_the_backup(book, db_path, clock,
                                                                      tmp_path):
    def erase(ref, **include):
        # Anna at the desk, Marta called over to type her PIN
        return privacy.erase_customer(book, ref, approval=access.approve(
            book, access.ERASE, by="Anna", approver="Marta", pin=PIN), **include)

    access.set_pin(book, "Marta", PIN, by="Marta")
    olga = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": ""}), by="Anna")
    grace = book.open_case(new_case(customer={"name": "Grace Jones",
                                              "phone": "020 7946 0958"}), by="Anna")
    twin = book.open_case(new_case(customer={"name": "G. Jones", "phone": "02079460958"}),
                          by="Anna")
    peter = book.open_case(new_case(customer={"name": "Peter Brown", "phone": ""}), by="Anna")
    erase(olga)
    older = backup.backup(db_path, clock.now(), tmp_path / "older.sqlite3")
    book.bind()
    later = book.open_case(new_case(customer={"name": "Ivan Petrov", "phone": ""}), by="Anna")
    twin_id = book.get(twin).customer_id
    assert erase(grace, include=[twin_id]) == [grace, twin]
    assert erase(later) == [later]
    assert erase(peter) == [peter]
    book.close()

    kept, again = backup.restore_keeping_erasures(db_path, older, clock.now(), by="restore")
    # Olga's erasure is in the backup already, Ivan's case is not in it: both passed over
    assert again == [grace, twin, peter]
    with Casebook.open(db_path, clock=clock) as restored:
        assert [restored.case(ref)["customer"]["name"] for ref in (olga, grace, twin, peter)] \
            == [privacy.MARKER] * 4
        entries = [(e.actor, e.case_ref, e.changes["approved_by"])
                   for e in AuditEntry.select().where(AuditEntry.action == "erase")
                   .order_by(AuditEntry.id)]
        assert entries == [("Anna", olga, [None, "Marta"]),
                           ("restore", grace, [None, "Marta"]),
                           ("restore", peter, [None, "Marta"])]
        assert verify(restored.db) == []
