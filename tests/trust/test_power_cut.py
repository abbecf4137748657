"""A power cut loses only what was never made durable: nothing the desk was told is saved.

This machine cannot pull its own plug, so the test simulates the disk instead. The
writer runs with a small LD_PRELOAD shim (powercut.c) that, at every fsync/fdatasync of
a casebook file, remembers exactly what the file held. The writer is killed at a random
moment and every file is then put back to what it held at its last sync; files never
synced disappear, and the shared-memory index (-shm) goes as RAM does. That is a drive
that keeps what it was told to make durable and nothing more — harsher than most, which
keep some later writes too, and milder than one that lies about fsync (no simulation
helps there). The casebook must then open, pass `verify`, and hold every change the
writer acknowledged.

First the shim is shown to bite: SQLite with synchronous=OFF, under the same cut, loses
acknowledged rows. Rounds: CASEBOOK_POWER_CUTS (default 6 per writer).
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
from casebook.core.trust.verify import verify
from casebook.db.models import Action, Case
from tests.trust.test_kill_paths import WRITER, ROOT, setup_casebook

ROUNDS = int(os.environ.get("CASEBOOK_POWER_CUTS", "6"))
SHIM = Path(__file__).with_name("powercut.c")
FILES = ("", "-wal", "-journal", "-shm")


@pytest.fixture(scope="module")
def shim(tmp_path_factory) -> Path:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("NOT TESTED: power cuts — building the LD_PRELOAD shim needs a C compiler")
    out = tmp_path_factory.mktemp("shim") / "powercut.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(out), str(SHIM), "-ldl"],
                   check=True)
    return out


def durable_now(db: Path) -> None:
    """After a clean close everything on disk is durable: that is the starting image."""
    for suffix in FILES:
        path = Path(f"{db}{suffix}")
        Path(f"{path}.synced").unlink(missing_ok=True)
        if path.exists():
            shutil.copyfile(path, f"{path}.synced")


def cut_power(db: Path) -> int:
    """Put every file back to its last synced image; returns how many bytes were lost."""
    lost = 0
    for suffix in FILES:
        path, image = Path(f"{db}{suffix}"), Path(f"{db}{suffix}.synced")
        Path(f"{image}.tmp").unlink(missing_ok=True)
        now = path.read_bytes() if path.exists() else b""
        kept = image.read_bytes() if image.exists() and suffix != "-shm" else None
        if suffix != "-shm":  # memory, not disk: never counted as lost data
            lost += len(now) if kept is None else sum(a != b for a, b in zip(now, kept)) \
                + max(len(now) - len(kept), 0)
        if kept is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(kept)
        image.unlink(missing_ok=True)
    return lost


def writer(shim: Path, db: Path, args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LD_PRELOAD": str(shim),
           "POWERCUT_DIR": str(db.parent)}
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True, env=env)


def kill_after_ready(proc: subprocess.Popen, rng: random.Random, window: float) -> list[str]:
    """Kill at a random moment once the writer has saved something (a slow, busy machine
    must not turn the test into killing writers that never wrote)."""
    assert proc.stdout.readline() == "ready\n"
    first = proc.stdout.readline()
    time.sleep(rng.uniform(0, window))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    # an acknowledgement counts once its whole line is out: a kill can cut the last one
    return [line for line in (first + out).split("\n")[:-1] if line.startswith("saved ")]


def test_the_simulation_loses_what_sqlite_never_synced(shim, tmp_path):
    db = tmp_path / "plain.sqlite3"
    code = ("import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('PRAGMA journal_mode = wal')\n"
            "conn.execute('PRAGMA synchronous = OFF')\n"
            "conn.execute('CREATE TABLE IF NOT EXISTS t (n)')\n"
            "print('ready', flush=True)\n"
            "for n in range(10**9):\n"
            "    conn.execute('INSERT INTO t VALUES (?)', (n,))\n"
            "    print('saved', n, flush=True)\n")
    saved = kill_after_ready(writer(shim, db, ["-c", code, str(db)]), random.Random(1), 0.3)
    assert len(saved) > 10
    cut_power(db)
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT count(*) FROM t").fetchone()[0]
    except sqlite3.DatabaseError:
        rows = 0
    conn.close()
    assert rows < len(saved)  # without fsync, acknowledged rows are gone after the cut


@pytest.mark.parametrize("mode", ["actions", "edit", "sign"])
def test_a_power_cut_loses_nothing_acknowledged(shim, tmp_path, clock, mode):
    db, work = tmp_path / "casebook.sqlite3", tmp_path / "work"
    work.mkdir()
    setup_casebook(db, clock, work)
    rng = random.Random(f"power-{mode}")
    start, acknowledged, lost = 1, 0, 0
    for _ in range(ROUNDS):
        durable_now(db)
        saved = kill_after_ready(writer(shim, db, [str(WRITER), mode, str(db), str(work),
                                                   str(start)]), rng, 0.8)
        lost += cut_power(db)
        acknowledged += len(saved)
        with Casebook.open(db, clock=clock) as book:
            assert verify(book.db) == []
            for line in saved:
                kind, n, *rest = line.split()[1:]
                if kind == "case":
                    assert Case.get_or_none(Case.ref == rest[0]) is not None
                elif kind == "action":
                    assert Action.get_or_none(Action.note == f"Actie {n}") is not None
                elif kind == "edit":
                    place = book.case(book.search("editanchor")[0])["ask"]["place"]
                    assert int(place.split()[1]) >= int(n)
                elif kind == "sign":
                    assert Case.get(Case.ref == rest[0]).signed_hash == rest[1]
        start += 1000
    assert acknowledged > ROUNDS
    print(f"power cuts, {mode}: {ROUNDS} cuts, {acknowledged} acknowledged changes kept, "
          f"{lost} unsynced bytes thrown away")
