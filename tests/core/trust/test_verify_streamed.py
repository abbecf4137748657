"""`verify` reads a big casebook a bundle at a time (issue #16) and still says the same.

The replay walks the cases in order of reference beside the log's records of them,
sorted by the database: the database must sort references as Python does (code points;
PostgreSQL's own collation may not), or a case would be taken for missing. The
casebook is test_anchor.py's `history` (cases A, B, C; 15 audit entries).
"""

from casebook.core.trust.verify import replay_problems
from casebook.db import audit, replay
from casebook.db.models import AuditEntry, Case
from tests.core.trust.test_anchor import history  # noqa: F401  (the fixture)

# in code-point order, which is neither a dictionary's nor a glibc locale's
SLIPPED_IN = ["2026-1", "2026-10", "2026-1a", "B-3", "a-2", "Ä-4", "ა-6", "投诉-5"]


def _slip_in(history, refs):  # noqa: F811
    columns = ", ".join(f'"{f.column_name}"' for f in Case._meta.sorted_fields
                        if f.name not in ("id", "ref"))
    history.sql(*[(f'INSERT INTO "case" (ref, {columns}) SELECT ?, {columns} '
                   'FROM "case" WHERE ref = ?', (ref, history.a))
                  for ref in reversed(refs)])


def test_cases_slipped_in_are_named_in_code_point_order(history):  # noqa: F811
    _slip_in(history, SLIPPED_IN)
    assert history.findings() == [
        f"case {ref}: no audit entry records it (it was added behind the app's back)"
        for ref in SLIPPED_IN]


def test_cases_between_recorded_ones_are_named_and_the_recorded_still_compared(
        history):  # noqa: F811
    """References the log records (A, B, C: "2026-0000n") and ones it does not, on both
    sides of them in order, each named once; a recorded case changed among them still
    named with its entry."""
    _slip_in(history, ["2026-00000", "2026-00001a", "2026-00002a", "2026-99999"])
    history.sql(('UPDATE "case" SET ask_place = ? WHERE ref = ?', ("Attic", history.a)))
    refs = sorted(r for (r,) in Case.select(Case.ref).tuples())
    assert refs == ["2026-00000", history.a, "2026-00001a", history.b, "2026-00002a",
                    history.c, "2026-99999"]
    assert history.findings() == [
        "case 2026-00000: no audit entry records it (it was added behind the app's back)",
        f"case {history.a}: its fields differ from what audit entry 14 recorded (changed "
        "behind the app's back)",
        "case 2026-00001a: no audit entry records it (it was added behind the app's back)",
        "case 2026-00002a: no audit entry records it (it was added behind the app's back)",
        "case 2026-99999: no audit entry records it (it was added behind the app's back)"]


def test_states_in_bundles_are_every_case_state_in_order(history):  # noqa: F811
    _slip_in(history, SLIPPED_IN)
    every = replay.case_states()
    assert len(every) == 3 + len(SLIPPED_IN)
    for size in (1, 2, 3, 500):
        assert list(replay.case_states_by_ref(size=size)) == sorted(every.items())


def test_entries_in_bundles_are_the_whole_log_in_order(history):  # noqa: F811
    whole = [(e.id, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert [i for i, _ in whole] == list(range(1, 16))
    for size in (1, 2, 7, 15, 16):
        assert [(e.id, e.hash) for e in audit.entries(size)] == whole


def test_an_entry_slipped_in_before_the_first_is_still_walked(history):  # noqa: F811
    """Bundles start from the lowest id there is, not from 1."""
    history.sql(('INSERT INTO audit_entry (id, at, actor, case_ref, action, changes, '
                 'prev_hash, hash, replay) SELECT 0, at, actor, case_ref, action, changes, '
                 'prev_hash, hash, replay FROM audit_entry WHERE id = 1', ()))
    assert [e.id for e in audit.entries(2)][:3] == [0, 1, 2]
    assert audit.verify_chain() == [
        "audit entry 1: link to the previous entry is broken (an entry was removed or "
        "inserted)"]
    assert replay_problems() == []


def test_a_server_collation_that_sorts_otherwise_changes_nothing(history, backend):  # noqa: F811
    """On PostgreSQL the references are sorted by code point whatever the column's own
    collation: under ICU's "a-2" comes before "B-3" and "Ä-4" before it too."""
    if backend != "postgresql":
        return  # SQLite compares text by its bytes only
    history.sql(('ALTER TABLE "case" ALTER COLUMN ref TYPE varchar(40) COLLATE "und-x-icu"',
                 ()))
    _slip_in(history, SLIPPED_IN)
    assert history.findings() == [
        f"case {ref}: no audit entry records it (it was added behind the app's back)"
        for ref in SLIPPED_IN]
