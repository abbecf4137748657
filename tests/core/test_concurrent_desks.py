"""Four desks writing at once: nothing reported is lost, references never repeat, and
the audit log stays one valid chain (`casebook verify` passes). On SQLite and on
PostgreSQL."""

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from casebook.core.casebook import Casebook
from casebook.core.trust.verify import verify
from casebook.db.models import Action, AuditEntry, Case

ROOT = Path(__file__).resolve().parents[2]  # each desk runs the tests' own module
DESKS = 4
ACTIONS = 200


def test_four_desks_writing_at_once_lose_nothing_and_keep_one_chain(book, db_path, clock):
    book.close()
    env_cmd = [sys.executable, "-m", "tests.core.desk_writer", str(db_path)]
    started = time.monotonic()
    desks = [subprocess.Popen([*env_cmd, f"desk{d}", str(ACTIONS)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for d in range(DESKS)]
    outputs = [desk.communicate(timeout=600) for desk in desks]
    for desk, (_, err) in zip(desks, outputs):
        assert desk.returncode == 0, err
    lines = [line.split() for out, _ in outputs for line in out.splitlines()]
    assert not [line for line in lines if line[0] != "saved"], "a desk gave up a write"
    notes = [(ref, note) for _, ref, note in lines if note != "case"]
    opened = [ref for _, ref, note in lines if note == "case"]
    assert len(notes) == DESKS * ACTIONS
    print(f"{DESKS} desks × {ACTIONS} actions in {time.monotonic() - started:.1f} s")

    with Casebook.open(db_path, clock=clock) as again:
        again.bind()
        stored = set(Action.select(Case.ref, Action.note).join(Case).tuples())
        assert set(notes) <= stored  # every action a desk saw committed is there
        refs = [r for (r,) in Case.select(Case.ref).tuples()]
        assert len(refs) == len(set(refs)) == len(opened)
        assert Counter(opened) == Counter(set(opened))  # no desk was handed a taken reference
        chain = list(AuditEntry.select(AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash)
                     .order_by(AuditEntry.id).tuples())
        assert len({prev for _, prev, _ in chain}) == len(chain)  # one chain, never a fork
        assert verify(again.db) == []
