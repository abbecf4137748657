"""A large intake prepares its cases in a second process while this one writes
(`cases/ahead.py`): the casebook it writes is the one preparing every case here would,
row for row — references, customers, deadlines, signatures, search words and the
audit chain — and what goes wrong is said in its place."""

import multiprocessing

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases import ahead, intake
from casebook.core.demo import generator
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry, Case, Deadline, ListEntry, Staff
from casebook.errors import InvalidInput

TZ = "Europe/Amsterdam"


@pytest.fixture
def always_ahead(monkeypatch):
    """Every intake that knows its size prepares ahead (the real rule waits for 5,000
    cases and a second core); counts what came back finished and what came back as it was."""
    seen = {"finished": 0, "returned": 0}
    real = ahead.prepared_ahead

    def counted(db, docs, work):
        for ready in real(db, docs, work):
            seen["finished" if ready.case is not None else "returned"] += 1
            yield ready
    monkeypatch.setattr(ahead, "worth_it", lambda count: True)
    monkeypatch.setattr(ahead, "prepared_ahead", counted)
    return seen


def _documents(clock):
    docs = list(generator.generate(240, seed=13, now=clock.now(), tz=TZ))
    # the casebook does not know this owner nor this category yet: prepared here, in place
    docs[100] = {**docs[100], "follow": {**docs[100]["follow"], "owner": "Zoë Nieuwkoop"}}
    docs[150] = {**docs[150], "category": "Lekkage dak"}
    # a reference given in the file, and a later case that names the new owner again
    docs[170] = {**docs[170], "ref": "OUD-2024-00007"}
    docs[200] = {**docs[200], "follow": {**docs[200]["follow"], "owner": "Zoë Nieuwkoop"}}
    return docs


def _take_in(book, docs):
    known = {s.name for s in book.staff(active_only=False)}
    for name, role in generator.STAFF:  # the stories' people, known before the intake
        if name not in known:
            book.add_staff(name, role)
    with book.change():
        return intake.write_many(book, docs, by="Marta", source="test", batch=64,
                                 count=len(docs),
                                 intake=intake.Intake.start(book, create_missing=True))


def _casebook(book):
    """What a reader checks of the casebook written: each case's row as the history
    records it (the digests of its columns, deadlines and log), its deadlines, and who
    and which list entries it created."""
    recorded = {e.case_ref: e.replay["cases"][e.case_ref]
                for e in AuditEntry.select().where(AuditEntry.action == "create")}
    cases = [(c.ref, c.customer.name if c.customer else None, c.owner.name if c.owner else None,
              c.category, c.state, c.signed_hash,
              [(d.kind, d.state, str(d.due_at), str(d.done_at)) for d in
               c.deadlines.order_by(Deadline.id)], recorded[c.ref])
             for c in Case.select().order_by(Case.id)]
    staff = [(s.name, s.role, s.active) for s in Staff.select().order_by(Staff.id)]
    entries = [(e.list_name, e.code) for e in ListEntry.select().order_by(ListEntry.id)]
    return cases, staff, entries


def _prepared_here(tmp_path, clock, docs):
    with Casebook.open(tmp_path / "here.sqlite3", clock=clock) as here:
        here.set_setting("timezone", TZ, by="setup")
        for name, role in (("Anna", "desk"), ("Bert", "handler"), ("Marta", "manager")):
            here.add_staff(name, role)
        refs = _take_in(here, docs)
        assert verify(here.db) == []
        return refs, _casebook(here), here.search("nieuwkoop")


def test_cases_prepared_ahead_are_the_casebook_prepared_here(book, tmp_path, clock,
                                                             always_ahead):
    docs = _documents(clock)
    expected = _prepared_here(tmp_path, clock, docs)
    always_ahead.update(finished=0, returned=0)

    refs = _take_in(book, docs)

    assert (refs, _casebook(book), book.search("nieuwkoop")) == expected
    assert refs[170] == "OUD-2024-00007" and len(set(refs)) == 240
    # 237 came finished from the second process; the three that need the casebook (a new
    # owner twice, a new category) came back as they were and were prepared here
    assert always_ahead == {"finished": 237, "returned": 3}
    assert Staff.get(Staff.name == "Zoë Nieuwkoop").active is False
    assert verify(book.db) == []
    assert multiprocessing.active_children() == []


def test_a_wrong_case_stops_the_intake_in_its_place_with_its_own_words(book, clock,
                                                                       always_ahead):
    docs = list(generator.generate(120, seed=5, now=clock.now(), tz=TZ))
    docs[77] = {**docs[77], "kind": "praise"}

    with pytest.raises(InvalidInput) as caught:
        _take_in(book, docs)

    assert str(caught.value) == "praise is not a kind of case (complaint or claim)."
    assert Case.select().count() == 0  # the intake is one transaction: nothing half-taken
    assert multiprocessing.active_children() == []
    # the casebook's own connection is untouched by the child that ended
    assert book.open_case({"customer": {"name": "Next"}, "hear": {"account": "Still here"}},
                          by="Anna")


def test_a_fault_in_the_second_process_is_raised_here_with_its_trace(book, clock,
                                                                     always_ahead,
                                                                     monkeypatch):
    real = intake.finish

    def faulty(tables, d, **kwargs):
        if d["ref"].endswith("-00042"):
            raise ZeroDivisionError("a bug in the second process")
        return real(tables, d, **kwargs)
    monkeypatch.setattr(intake, "finish", faulty)
    docs = list(generator.generate(90, seed=5, now=clock.now(), tz=TZ))

    with pytest.raises(RuntimeError) as caught:
        _take_in(book, docs)

    assert "ZeroDivisionError: a bug in the second process" in str(caught.value)
    assert Case.select().count() == 0
    assert multiprocessing.active_children() == []


def test_only_a_large_intake_with_a_second_core_and_no_window_goes_ahead(monkeypatch):
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.delitem(ahead.sys.modules, "PySide6.QtCore", raising=False)
    assert ahead.worth_it(5000) is True
    assert ahead.worth_it(4999) is False
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0})
    assert ahead.worth_it(100_000) is False
