"""Nothing saved is lost when the process is killed mid-write (SIGKILL).

A writer process commits cases and actions and reports each commit on
stdout; we kill it at random moments, many times, then check that the
database passes `integrity_check`, the audit chain holds, and every action
the writer reported as saved is there. CI runs a short round; set
CASEBOOK_KILL_ROUNDS for a longer one.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from casebook.core.casebook import Casebook
from casebook.core.trust.verify import verify
from casebook.db.models import Action, Case

ROUNDS = int(os.environ.get("CASEBOOK_KILL_ROUNDS", "25"))
WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def test_killed_writers_lose_nothing_they_reported(tmp_path, clock):
    db = tmp_path / "kill.sqlite3"
    rng = random.Random(20261123)
    saved: list[tuple[str, str, int]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    next_n = 1
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(db), str(next_n), "100000"],
                                stdout=subprocess.PIPE, text=True, env=env)
        first = proc.stdout.readline()  # started and writing, however busy the machine is
        time.sleep(rng.uniform(0, 0.5))  # then a random point mid-write
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        out = first + out
        for line in out.split("\n")[:-1]:  # whole lines only: a kill can cut the last one
            if line.startswith("saved "):
                _, kind, ref, n = line.split()
                saved.append((kind, ref, int(n)))
        next_n = (saved[-1][2] if saved else next_n) + 1000
    assert len(saved) > ROUNDS, "the writer hardly wrote anything"
    with Casebook.open(db, clock=clock) as book:
        assert verify(book.db) == []
        cases = {c.ref for c in Case.select(Case.ref)}
        notes = {a.note for a in Action.select(Action.note)}
        for kind, ref, n in saved:
            assert ref in cases
            if kind == "action":
                assert f"Actie {n}" in notes
    print(f"kill test: {ROUNDS} kills survived, {len(saved)} reported actions all present")
