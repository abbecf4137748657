"""Killed mid-write on every write path, nothing acknowledged is lost and verify passes.

test_kill.py kills a writer that opens cases and adds actions. Here a writer
(path_writer.py) does each other kind of change — edits, signing, imports,
erasures, backups, restores, and the schema migration of an old casebook — and
is SIGKILLed at a random moment, again and again. After every kill the casebook
must open, pass `verify` (integrity, audit chain, signed hashes), and hold every
change the writer reported as committed; a restore or an import is all or nothing.

CI kills each path CASEBOOK_KILL_PATH_ROUNDS times (default 5); on demand, e.g.
CASEBOOK_KILL_PATH_ROUNDS=300, it is 2,100 kills (with test_kill.py's, more).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebook.core.casebook import Casebook
from casebook.core.trust import backup, privacy
from casebook.core.trust.verify import verify
from casebook.db import migrations
from casebook.db.models import Action, Case, Customer
from tests.conftest import new_case

ROUNDS = int(os.environ.get("CASEBOOK_KILL_PATH_ROUNDS", "5"))
WRITER = Path(__file__).with_name("path_writer.py")
ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "data" / "casebook-v1.sqlite3"
# how long after `ready` the kill may come: long enough to land in any part of a change
WINDOW = {"edit": 0.4, "sign": 0.6, "import": 0.6, "erase": 0.8, "backup": 0.4,
          "restore": 0.5, "migrate": 0.12}


def run_and_kill(mode: str, db: Path, work: Path, start: int, rng: random.Random,
                 env: dict | None = None) -> list[list[str]]:
    """Start the writer, kill it at a random moment once it is ready; its acknowledgements."""
    proc = subprocess.Popen([sys.executable, str(WRITER), mode, str(db), str(work), str(start)],
                            stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    first = proc.stdout.readline()
    assert first == "ready\n", first
    time.sleep(rng.uniform(0, WINDOW.get(mode, 0.5)))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    # an acknowledgement counts once its whole line is out: a kill can cut the last one
    return [line.split()[1:] for line in out.split("\n")[:-1] if line.startswith("saved ")]


def setup_casebook(db: Path, clock, work: Path) -> None:
    with Casebook.open(db, clock=clock) as book:
        book.add_staff("Anna", "desk")
        book.add_staff("Marta", "manager")
        book.open_case(new_case(hear={"account": "editanchor restoreanchor",
                                      "remedy_sought": "x"}), by="Anna")
    backup.backup(db, clock.now(), work / "base.sqlite3")


def check_edit(book, acked, _state) -> None:
    place = book.case(book.search("editanchor")[0])["ask"]["place"]
    if acked:
        last = int(acked[-1][1])
        assert place in (f"Place {last}", f"Place {last + 1}")  # the next may have committed


def check_sign(book, acked, _state) -> None:
    for _, _n, ref, digest in acked:
        case = Case.get(Case.ref == ref)
        assert case.signed_at is not None and case.signed_hash == digest


def check_import(book, acked, _state) -> None:
    for _, _n, *refs in acked:
        assert {c.ref for c in Case.select().where(Case.ref << refs)} == set(refs)
    names = [c.name for c in Customer.select(Customer.name)
             if c.name.startswith("Klant ")]
    groups: dict[int, int] = {}
    for name in names:
        groups[int(name.split()[1]) // 10] = groups.get(int(name.split()[1]) // 10, 0) + 1
    assert set(groups.values()) <= {3}, groups  # an import is all or nothing


def check_erase(book, acked, _state) -> None:
    erased = {ref for kind, _n, ref, *_ in acked if kind == "erase"}
    for kind, n, ref, *name in acked:
        assert Case.get_or_none(Case.ref == ref) is not None
        if kind == "erase":
            name = " ".join(name)
            assert Customer.get_or_none(Customer.name == name) is None
            assert book.case(ref)["customer"]["name"] == privacy.MARKER
            # Search matches word prefixes: "Erasable 11" also finds "Erasable 118", a case
            # the writer made and was killed before erasing. The erased case itself must be
            # found neither by the name nor by the phone; what is found is someone else.
            found = book.search(name)
            assert ref not in found, (name, found)
            assert ref not in book.search(f"+31 20 {int(n):07d}")
            for other in found:
                assert other not in erased
                assert book.case(other)["customer"]["name"] != name, (name, other)


def check_backup(book, acked, _state) -> None:
    for _, _n, path in acked:
        backup.check_backup(Path(path))
        with Casebook.open(path, create=False) as copy:
            assert verify(copy.db) == []


def check_restore(book, acked, state) -> None:
    since = []  # actions acknowledged after the last acknowledged restore
    for kind, n in acked:
        since = [] if kind == "restore" else since + [f"Actie {n}"]
    notes = {a.note for a in Action.select(Action.note)}
    restored = not any(note.startswith("Actie ") for note in notes)
    # killed mid-restore: the casebook is the one before it (every action there) or the backup
    assert restored or set(since) <= notes, (since, sorted(notes))
    state["restored"] = state.get("restored", 0) + restored


def check_migrate(book, acked, _state) -> None:
    assert migrations.current_version(book.db) == migrations.SCHEMA_VERSION
    assert Case.select().count() == 2  # the old file's two cases


CHECKS = {"edit": check_edit, "sign": check_sign, "import": check_import,
          "erase": check_erase, "backup": check_backup, "restore": check_restore,
          "migrate": check_migrate}


# an on-demand run outlasts the suite's 900 s per test (verify reads a growing casebook)
@pytest.mark.timeout(max(900, 12 * ROUNDS))
@pytest.mark.parametrize("mode", list(CHECKS))
def test_a_killed_writer_loses_nothing_it_acknowledged(mode, tmp_path, clock):
    db, work = tmp_path / "casebook.sqlite3", tmp_path / "work"
    work.mkdir()
    if mode == "migrate":
        shutil.copyfile(OLD, work / "old.sqlite3")
    else:
        setup_casebook(db, clock, work)
    rng = random.Random(f"kill-{mode}")
    acknowledged, state, start = 0, {}, 1
    for _ in range(ROUNDS):
        acked = run_and_kill(mode, db, work, start, rng)
        acknowledged += len(acked)
        with Casebook.open(db, clock=clock) as book:
            assert verify(book.db) == []
            CHECKS[mode](book, acked, state)
        start += 1000
    print(f"kill test, {mode}: {ROUNDS} kills, {acknowledged} acknowledged changes all kept")
