"""Cases taken in at once (bulk intake, an import) are logged like cases opened one by one:
one create entry each, chained in order, each recording the state the case was written in,
and the action's last entry also recording what else it changed (staff taken on) — no
entry of its own after them."""

from casebook.core.cases import intake
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry
from tests.conftest import new_case


def test_cases_taken_in_are_logged_one_create_entry_each_and_nothing_after(book):
    before = AuditEntry.select().count()
    docs = [new_case(customer={"name": f"Customer {n}", "phone": f"+31 6 000 000 {n}"})
            for n in range(3)]
    with book.change():
        refs = intake.write_many(book, docs, by="Anna", source="import.csv", batch=2,
                                 intake=intake.Intake.start(book))
    assert refs == ["2026-00001", "2026-00002", "2026-00003"]
    added = list(AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id))
    assert [(e.action, e.case_ref, e.actor, e.changes) for e in added] == [
        ("create", ref, "Anna", {"source": [None, "import.csv"]}) for ref in refs]
    # each create entry records its own case's state; the last also the reference counter
    assert [e.replay["cases"][ref] is not None for e, ref in zip(added, refs)] == [True] * 3
    assert [list(e.replay) for e in added] == [["cases"]] * 3
    assert [e.prev_hash for e in added[1:]] == [e.hash for e in added[:-1]]
    assert verify(book.db) == []


def test_staff_taken_on_by_an_intake_are_recorded_in_its_last_entry(book):
    before = AuditEntry.select().count()
    docs = [new_case(follow={"owner": "Dirk Bakker"}),
            new_case(customer={"name": "Olga", "phone": "+7 900 1"},
                     follow={"owner": "Eva Smit"})]
    with book.change():
        refs = intake.write_many(book, docs, by="Anna", source="import.csv",
                                 intake=intake.Intake.start(book, create_missing=True))
    added = list(AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id))
    assert [(e.action, e.case_ref) for e in added] == [("create", refs[0]), ("create", refs[1])]
    assert list(added[0].replay) == ["cases"]
    assert sorted(added[1].replay) == ["cases", "staff"]
    assert sorted(added[1].replay["staff"]) == ["Dirk Bakker", "Eva Smit"]
    assert verify(book.db) == []
