"""The one-folder app (`python3 build/freeze.py` → dist/casebook) on a PC without Python.

Run after freezing: `python -m pytest -m frozen tests/install/test_frozen.py` (.ci/run
does). PATH holds nothing, so neither a Python nor any tool can be borrowed from it.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebook import __version__

pytestmark = pytest.mark.frozen

BUDGET_MB = 250  # the aim for the Linux folder


@pytest.fixture(scope="module")
def app(pytestconfig) -> Path:
    folder = pytestconfig.rootpath / "dist" / "casebook"
    program = folder / ("casebook.exe" if os.name == "nt" else "casebook")
    if not program.is_file():
        pytest.fail(f"no frozen app at {program}: run python3 build/freeze.py first")
    return program


@pytest.fixture
def run(app, tmp_path):
    empty = tmp_path / "empty-path"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path / "home"), "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "SYSTEMROOT": os.environ.get("SYSTEMROOT", "")}

    def run(*args) -> subprocess.CompletedProcess:
        result = subprocess.run([str(app), *map(str, args)], env=env, cwd=tmp_path,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-800:]
        return result

    return run


def test_version_and_start_time(run):
    took = []
    for _ in range(5):
        started = time.perf_counter()
        assert run("--version").stdout.strip() == f"casebook {__version__}"
        took.append(time.perf_counter() - started)
    print(f"\nfrozen `casebook --version`: median {statistics.median(took) * 1000:.0f} ms")


def test_selftest_passes(run):
    lines = run("selftest").stdout.strip().splitlines()
    print("\n" + "\n".join(lines))
    assert lines[-1].startswith("All ") and all(line.startswith("ok") for line in lines[:-1])


def test_every_command_runs(run, tmp_path):
    db = tmp_path / "f.sqlite3"
    run("demo", "--db", db, "--cases", 20, "--seed", 5)
    ref = run("--db", db, "list").stdout.split("\t", 1)[0]
    run("form", ref, "--db", db, "-o", tmp_path / "f.pdf", "--lang", "ka")
    assert "\u10d0" in "".join(p.extract_text() for p in PdfReader(tmp_path / "f.pdf").pages)
    run("report", "--db", db, "--from", "2020-01-01", "--to", "2030-01-01", "-o",
        tmp_path / "r.pdf")
    run("export", "--db", db, "--format", "jsonl", "-o", tmp_path / "f.jsonl")
    assert run("search", "--db", db, ref, "--json").stdout.count(ref) == 1
    assert run("due", "--db", db, "--json").stdout.startswith("[")
    run("backup", "--db", db, "-o", tmp_path / "f.bak")
    assert "All checks passed" in run("verify", "--db", db).stdout


def test_the_folder_holds_what_it_needs_and_not_more(app):
    folder = app.parent
    size = sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6  # links to Qt's libraries
    print(f"\ndist/casebook: {size:.0f} MB (aim: under {BUDGET_MB} MB)")
    assert size < BUDGET_MB
    names = [p.name for p in folder.rglob("*")]
    for unwanted in ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Pdf", "tkinter", "pytest"):
        assert not [n for n in names if unwanted in n], unwanted
    internal = next(p for p in folder.iterdir() if p.is_dir() and p.name != "share")
    assert (internal / "casebook" / "resources" / "fonts" / "LICENSE-Noto-OFL.txt").is_file()
    assert len(list((internal / "casebook" / "translations").glob("casebook_*.qm"))) == 5
    if sys.platform.startswith("linux"):
        share = folder / "share"
        assert (share / "applications" / "org.casebook.Casebook.desktop").is_file()
        assert (share / "metainfo" / "org.casebook.Casebook.metainfo.xml").is_file()
        assert (share / "icons" / "hicolor" / "256x256" / "apps" /
                "org.casebook.Casebook.png").is_file()
