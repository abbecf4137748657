"""The command line in a pipeline: a reader that stops early is not an error."""

import subprocess
import sys

from casebook.core.demo_book import create_demo


def test_a_closed_pipe_ends_quietly(tmp_path, clock, home):
    db = tmp_path / "big.sqlite3"
    create_demo(db, cases=3000, seed=2, clock=clock)  # more than a pipe buffer holds
    writer = subprocess.Popen([sys.executable, "-m", "casebook.cli", "list", "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = writer.stdout.readline()
    writer.stdout.close()  # as `| head -1` does
    assert writer.wait(timeout=60) == 0
    assert first.startswith(b"2026-") or first.startswith(b"2025-")
    with writer.stderr:
        assert writer.stderr.read() == b""
    assert not list(home.glob("**/crash*"))
