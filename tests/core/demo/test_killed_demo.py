"""A `casebook demo` killed half-way (a closed terminal, a power cut) leaves no casebook that
looks whole: the demo is built beside its place and moved there only when complete, and the
next demo clears what the killed one left and builds it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from casebook.cli import main

pytestmark = pytest.mark.sqlite_only  # about the file on disk


def test_a_killed_demo_leaves_no_casebook_and_the_next_one_builds(tmp_path, capsys):
    target = tmp_path / "demo.sqlite3"
    partial = tmp_path / "demo.sqlite3.demo-partial"
    env = {**os.environ, "CASEBOOK_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen([sys.executable, "-m", "casebook.cli", "demo", "--db", str(target),
                             "--cases", "4000"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        # killed while the cases are being written: the file on disk has grown past 1 MB
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if max((p.stat().st_size for p in (target, partial) if p.exists()), default=0) \
                    > 1_000_000:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL  # it was killed mid-way, not finished
    assert not target.exists()

    code = main(["demo", "--db", str(target), "--cases", "12"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out == f"Created a demo casebook with 12 cases at {target}.\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("demo")) == [
        "demo.sqlite3"]
    assert main(["list", "--db", str(target), "--json"]) == 0
    assert len(json.loads(capsys.readouterr()[0])) == 12
    assert main(["verify", "--db", str(target)]) == 0
    assert capsys.readouterr()[0].startswith("All checks passed")


def test_a_demo_into_an_existing_casebook_with_cases_is_refused_untouched(tmp_path, capsys):
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--cases", "3"]) == 0
    capsys.readouterr()
    before = target.read_bytes()
    assert main(["demo", "--db", str(target), "--cases", "3"]) == 1
    assert capsys.readouterr()[1] == (f"casebook: {target} already holds cases; the demo only "
                                      f"writes into a new casebook.\n")
    assert target.read_bytes() == before
