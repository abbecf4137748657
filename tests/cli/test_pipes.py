"""The command line in a pipeline: a reader that stops early is not an error."""

import subprocess
import sys

from casebook.core.demo.book import create_demo


def test_a_closed_pipe_ends_quietly(tmp_path, clock, home):
    db = tmp_path / "big.sqlite3"
    create_demo(db, cases=3000, seed=2, clock=clock)  # more than a pipe buffer holds
    with subprocess.Popen([sys.executable, "-m", "casebook.cli", "list", "--db", str(db)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as writer:
        first = writer.stdout.readline()
        writer.stdout.close()  # as `| head -1` does
        errors = writer.stderr.read()
        assert writer.wait(timeout=60) == 0
    assert first[:2] == b"20"  # a reference, e.g. 2026-01234
    assert errors == b""
    assert not list(home.glob("**/crash*"))
