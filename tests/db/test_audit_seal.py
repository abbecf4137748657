"""The state an action leaves behind is hashed with its last entry, and an action that
wrote no entry of its own gets one, named after the one person whose state alone it
changed, or after nobody."""

import json

from casebook.db import audit
from casebook.db.models import AuditEntry, Staff
from tests.conftest import new_case, raw_connect


def test_the_state_an_entry_records_is_covered_by_its_hash(book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.case_ref) == ("create", ref)
    assert entry.replay["cases"][ref] is not None
    assert audit.verify_chain() == []
    forged = {"cases": {ref: ["0" * 32] * 3}}
    conn = raw_connect(db_path)
    conn.execute("UPDATE audit_entry SET replay = ? WHERE id = ?", (json.dumps(forged), entry.id))
    conn.commit()
    conn.close()
    assert audit.verify_chain() == [
        f"audit entry {entry.id} ({ref}, create): content does not match its hash (it was "
        "edited)"]


def _saved_without_an_entry(book, *names):
    with book.change():
        for name in names:
            member = Staff.get(Staff.name == name)
            member.pin_failures = 0
            member.save()
    return AuditEntry.select().order_by(AuditEntry.id.desc()).get()


def test_one_persons_state_changed_alone_is_logged_under_their_name(book):
    last = _saved_without_an_entry(book, "Bert")
    assert (last.action, last.actor, last.case_ref, last.changes) == ("state", "Bert", "", {})
    assert sorted(last.replay) == ["staff"] and list(last.replay["staff"]) == ["Bert"]


def test_two_peoples_state_changed_without_an_entry_is_logged_under_nobodys_name(book):
    last = _saved_without_an_entry(book, "Anna", "Bert")
    assert (last.action, last.actor) == ("state", "")
    assert sorted(last.replay["staff"]) == ["Anna", "Bert"]


def test_a_person_and_a_case_changed_without_an_entry_are_logged_under_nobodys_name(book):
    ref = book.open_case(new_case(), by="Anna")
    with book.change():
        case = book.get(ref)
        case.updated_at = book.now()
        case.save()
        member = Staff.get(Staff.name == "Bert")
        member.save()
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (last.action, last.actor, last.case_ref) == ("state", "", "")
    assert sorted(last.replay) == ["cases", "staff"]
    assert audit.verify_chain() == []
