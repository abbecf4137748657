"""`audit.Chain` without the writer's digests: a create entry reads its case's state back
from the tables, as the entry the app wrote when the case was opened recorded it; an
entry of any other action records no state."""

from casebook.db import audit
from casebook.db.models import AuditEntry
from tests.conftest import new_case


def test_a_chained_create_entry_records_its_case_as_read_back_and_nothing_else_does(book,
                                                                                 clock):
    ref = book.open_case(new_case(), by="Anna")
    other = book.open_case(new_case(), by="Anna")
    opened = AuditEntry.select().where((AuditEntry.case_ref == ref)
                                       & (AuditEntry.action == "create")).get()
    with book.change():
        chain = audit.Chain.resume()
        chain.add(at=clock.now(), actor="Anna", case_ref=ref, action="create", changes={})
        chain.add(at=clock.now(), actor="Anna", case_ref=other, action="note", changes={})
        chain.add(at=clock.now(), actor="Anna", case_ref="", action="create", changes={})
        chain.flush()
    created, noted, no_case = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(3)[::-1]
    assert created.replay == {"cases": {ref: opened.replay["cases"][ref]}}
    assert opened.replay["cases"][ref] is not None
    assert (noted.action, noted.replay) == ("note", None)
    assert (no_case.action, no_case.replay) == ("create", None)
    assert [noted.prev_hash, no_case.prev_hash] == [created.hash, noted.hash]
