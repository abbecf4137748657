"""Bulk intake streamed in batches (`intake.write_many`): the same casebook as taking the
whole list in at once — references, repeat customers, deadlines, drawn signatures, the
search index and an audit chain that verifies."""

import datetime as dt

from casebook.core.cases import intake
from casebook.core.demo import generator
from casebook.core.trust.verify import verify
from casebook.db.models import Attachment, Case, Customer, Deadline


def _take_in(book, docs, **kwargs):
    with book.change():
        # the demo's staff are taken on as they first appear, in the same order each time
        return intake.write_many(book, docs, by="Marta", source="test", **kwargs,
                                 intake=intake.Intake.start(book, create_missing=True))


def test_cases_taken_in_three_at_a_time_continue_references_customers_and_history(book):
    now = book.now()
    docs = list(generator.generate(8, seed=3, now=now, tz=book.tz))
    seen = []
    refs = _take_in(book, docs, batch=3, each=seen.append)
    assert seen == list(range(8))
    assert refs == [f"{year}-{n:05d}" for year, n in zip(
        [d["received_at"][:4] for d in docs], _numbers(docs))]
    assert Case.select().count() == 8
    # the same customer twice is one record, whichever batch met them first
    people = {(d["customer"]["name"], d["customer"].get("phone", "")) for d in docs}
    assert Customer.select().count() == len(people)
    signed = [r for r, d in zip(refs, docs) if (d["record"] or {}).get("signatures")]
    assert Attachment.select().where(Attachment.kind == "signature_customer").count() == \
        len(signed)
    assert Deadline.select().count() >= 2 * 8  # acknowledgement and resolution each
    assert book.search(docs[7]["customer"]["name"])[0] == refs[7]
    assert verify(book.db) == []


def _numbers(docs):
    """The number each case gets within its year, in order of arrival."""
    counters: dict[str, int] = {}
    out = []
    for d in docs:
        year = d["received_at"][:4]
        counters[year] = counters.get(year, 0) + 1
        out.append(counters[year])
    return out


def test_batches_write_the_same_rows_as_one(tmp_path, clock):
    """Two casebooks of the same documents, in batches of 2 and of 500: row for row."""
    from casebook.core.casebook import Casebook

    docs = list(generator.generate(6, seed=5, now=clock.now(), tz="Europe/Amsterdam"))
    found = []
    for batch in (2, 500):
        with Casebook.open(tmp_path / f"by{batch}.sqlite3", clock=clock) as book:
            book.add_staff("Marta", "manager")
            found.append((_take_in(book, docs, batch=batch), _rows(book)))
            assert verify(book.db) == []
    assert found[0] == found[1]
    assert len(found[0][1]) == 6


def _rows(book):
    return [(c.ref, c.customer.name if c.customer else None, c.state, c.hear_account,
             c.signed_hash, [(d.kind, d.state, str(d.due_at)) for d in
                             c.deadlines.order_by(Deadline.kind, Deadline.due_at)])
            for c in Case.select().order_by(Case.ref)]


def test_recorded_state_of_new_cases_equals_the_tables_read_back(book):
    """A new case's audit entry records the digests of the rows as written (no read-back
    at intake): they are the ones `replay` reads from the tables afterwards, for a case
    with questions, actions, an amendment, kept deadlines, a signature and odd values."""
    from casebook.db import replay
    from casebook.db.models import Action, Amendment, AuditEntry, Question

    moved = {
        "ref": "2026-00077", "received_at": "2026-03-02T09:15:00+01:00",
        "customer": {"name": "Olga Ivanova", "phone": "+31 6 1234 5678"},
        "hear": {"account": "Het licht in de lift flikkert.", "received_by": "Anna"},
        "ask": {"qa": [{"q": "Sinds wanneer?", "a": "Maandag"}, {"q": "Welke lift?", "a": ""}],
                "event_at": "2026-03-01T22:00:00+01:00"},
        "follow": {"owner": "Bert",
                   "actions": [{"at": "2026-03-02T10:00:00+01:00", "by": "Bert",
                                "note": "Monteur gebeld", "internal": True},
                               {"at": "2026-03-02T11:30:00+01:00", "note": "Klant gebeld",
                                "kind": "contact"}],
                   "deadlines": [{"kind": "reply", "due_at": "2026-03-03T12:00:00+01:00",
                                  "state": "pending", "snoozed_until":
                                  "2026-03-03T09:00:00+01:00", "owner": "Bert"},
                                 {"kind": "acknowledge", "due_at": "2026-03-02T13:15:00+01:00",
                                  "state": "done", "done_at": "2026-03-02T11:30:00+01:00"}]},
        "reply": {"at": "2026-03-04T10:00:00+01:00", "text": "Gerepareerd.", "accepted": True,
                  "channel": "phone",
                  "resolution": {"type": "repair", "text": "Lamp vervangen"}},
        "record": {"signed_at": "2026-03-04T10:05:00+01:00", "satisfaction": 4},
        "major_triggers": ["safety", "injury"],
        "amendments": [{"at": "2026-03-05T08:00:00+01:00", "by": "Marta", "field": "root_cause",
                        "before": "", "after": {"b": 1, "a": [1, 2]}, "reason": "Typfout"}],
    }
    plain = {"customer": {"name": "Piet"}, "hear": {"account": "Geen warm water."}}
    refs = _take_in(book, [moved, plain, dict(plain)], batch=2)
    assert Question.select().count() == 2 and Action.select().count() == 2
    assert Amendment.select().count() == 1
    recorded = {e.case_ref: e.replay["cases"][e.case_ref]
                for e in AuditEntry.select().where(AuditEntry.action == "create")}
    assert set(recorded) == set(refs) and len(refs) == 3
    assert recorded == replay.case_states(refs)
    assert verify(book.db) == []


def test_case_columns_written_out_equal_the_documents_columns(book):
    """The writer's own `document.columns` (one function written from `FIELDS`) gives the
    same values for every prepared demo document."""
    from casebook.core.cases import document
    from casebook.core.cases.rows import CaseRows

    values = CaseRows().values
    take = intake.Intake.start(book, create_missing=True)
    with book.change():
        for doc in generator.generate(40, seed=9, now=book.now(), tz=book.tz):
            prepared = intake.prepare(book, doc, by="Marta", intake=take)
            assert values(prepared, take.staff, book.tz) == \
                document.columns(prepared, take.staff, book.tz)


def test_customers_found_by_hash_are_checked_against_their_row(tmp_path, clock, monkeypatch):
    """A large intake finds repeat customers by a hash of their name and phone (or email,
    account); were every hash the same, each find is checked and falls back to the exact
    look-up: the same customers as with real hashes."""
    from casebook.core.casebook import Casebook

    docs = list(generator.generate(700, seed=11, now=clock.now(), tz="Europe/Amsterdam"))
    found = []
    for colliding in (False, True):
        if colliding:
            monkeypatch.setattr(intake, "hash", lambda _key: 7, raising=False)
        with Casebook.open(tmp_path / f"c{colliding}.sqlite3", clock=clock) as book:
            book.add_staff("Marta", "manager")
            _take_in(book, docs, batch=700)
            found.append(([(c.ref, c.customer_id) for c in Case.select().order_by(Case.id)],
                          Customer.select().count()))
    assert found[0] == found[1]
    assert found[0][1] < 700  # repeat customers were found
