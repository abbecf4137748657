"""The audit chain names an entry deleted, inserted or moved behind the app's back.

Each tamper is done with plain SQL on the casebook file, the way someone with the
file and a SQLite shell would; `verify_chain` must name the first entry whose link
no longer holds, and nothing else. The entries are the setup's: 1 the new
casebook's state (its timezone), 2 the timezone setting, 3–5 the three members of staff,
then five actions on one case (6 create, 7–11 actions).
"""

import sqlite3

import pytest

from casebook.core.trust.verify import verify
from casebook.db import audit
from casebook.db.models import AuditEntry
from tests.conftest import new_case

LINK = "audit entry {id}: link to the previous entry is broken (an entry was removed or inserted)"


@pytest.fixture
def chain(book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    for n in range(5):
        book.add_action(ref, f"Called back, try {n}", by="Anna")
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [(r.id, r.action) for r in rows] == [
        (1, "state"), (2, "setting"), (3, "staff"), (4, "staff"), (5, "staff"),
        (6, "create"), (7, "action"), (8, "action"), (9, "action"), (10, "action"),
        (11, "action")]
    assert audit.verify_chain() == [] and verify(book.db) == []
    return book, db_path


def tamper(db_path, *statements):
    conn = sqlite3.connect(db_path)
    for sql, args in statements:
        conn.execute(sql, args)
    conn.commit()
    conn.close()


def test_an_intact_chain_links_each_entry_to_the_one_before():
    prev = audit.GENESIS
    assert prev == "0" * 64
    # by hand: sha256 of the canonical JSON of [prev, at, actor, ref, action, changes]
    import datetime as dt
    import hashlib

    at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    body = '["' + "0" * 64 + '","2026-03-02T09:00:00","Anna","2026-00001","create",{"a":[null,1]}]'
    assert audit.entry_hash(prev, at, "Anna", "2026-00001", "create", {"a": [None, 1]}) == \
        hashlib.sha256(body.encode()).hexdigest()


def test_a_deleted_entry_breaks_the_link_of_the_next(chain):
    book, db_path = chain
    tamper(db_path, ("DELETE FROM audit_entry WHERE id = ?", (8,)))
    assert audit.verify_chain() == [LINK.format(id=9)]
    assert LINK.format(id=9) in verify(book.db)


def test_deleting_the_first_entry_is_named_too(chain):
    book, db_path = chain
    tamper(db_path, ("DELETE FROM audit_entry WHERE id = ?", (1,)))
    assert audit.verify_chain() == [LINK.format(id=2)]


def test_an_inserted_entry_with_a_correct_hash_of_its_own_breaks_the_next_link(chain):
    book, db_path = chain
    six = AuditEntry.get_by_id(7)
    forged_changes = {"note": [None, "Customer withdrew the complaint"], "internal": [None, False]}
    forged_hash = audit.entry_hash(six.hash, six.at, "Anna", six.case_ref, "action",
                                   forged_changes)
    import json

    tamper(db_path,
           # make room after entry 7, as an inserted row must sit between two others
           ("UPDATE audit_entry SET id = id + 100 WHERE id > ?", (7,)),
           ("UPDATE audit_entry SET id = id - 99 WHERE id > ?", (100,)),
           ("INSERT INTO audit_entry (id, at, actor, case_ref, action, changes, prev_hash, hash)"
            " SELECT 8, at, 'Anna', case_ref, 'action', ?, ?, ? FROM audit_entry WHERE id = 7",
            (json.dumps(forged_changes), six.hash, forged_hash)))
    assert [e.id for e in AuditEntry.select().order_by(AuditEntry.id)] == list(range(1, 13))
    assert audit.verify_chain() == [LINK.format(id=9)]


def test_two_entries_swapped_break_the_chain_where_the_order_changes(chain):
    book, db_path = chain
    tamper(db_path,
           ("UPDATE audit_entry SET id = 100 WHERE id = ?", (9,)),
           ("UPDATE audit_entry SET id = 9 WHERE id = ?", (10,)),
           ("UPDATE audit_entry SET id = 10 WHERE id = ?", (100,)))
    # now 8 → (old 10) → (old 9) → 11: each of the three links after 8 is wrong
    assert audit.verify_chain() == [LINK.format(id=9), LINK.format(id=10), LINK.format(id=11)]


def test_an_entry_moved_to_the_end_breaks_two_links(chain):
    book, db_path = chain
    tamper(db_path, ("UPDATE audit_entry SET id = 12 WHERE id = ?", (7,)))
    assert audit.verify_chain() == [LINK.format(id=8), LINK.format(id=12)]


def test_an_edited_entry_is_named_by_its_content(chain):
    book, db_path = chain
    tamper(db_path, ("UPDATE audit_entry SET actor = 'Mallory' WHERE id = ?", (10,)))
    assert audit.verify_chain() == [
        "audit entry 10 (2026-00001, action): content does not match its hash (it was edited)"]
