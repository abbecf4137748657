"""The wheel, built and installed as a user would, works from any folder without PATH help.

A `pip install .` used to print no form ("FontMissing: …/site-packages/resources/
fonts/…"), speak English in every language (no catalogues in the wheel) and
compile nothing without the venv on PATH. Here the wheel is built from a copy
of the checkout (the checkout stays as it was), installed into a fresh virtual
environment, and run from another folder with a PATH that does not hold it.
Slow (a wheel build and an install of PySide6): about a minute or two.
"""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebook import __version__
from casebook.i18n.defaults import LANGUAGES

pytestmark = pytest.mark.slow

BIN = "Scripts" if os.name == "nt" else "bin"
SCRATCH = {".git", ".venv", ".build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}
LETTER = {"ka": "\u10d0", "zh_CN": "\u5ba2", "ru": "\u0430"}  # ა, 客 (客户), а


def _scratch(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in SCRATCH or n.endswith(".egg-info")
            or (n == "out" and Path(folder).name == "build")}


@pytest.fixture(scope="module")
def wheel(pytestconfig, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(pytestconfig.rootpath, source, ignore=_scratch)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--wheel-dir", str(work / "dist"), str(source)],
                   check=True, capture_output=True, timeout=900)
    return next((work / "dist").glob("casebook-*.whl"))


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=300)
    subprocess.run([str(folder / BIN / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, capture_output=True, timeout=1200)
    return folder


@pytest.fixture(scope="module")
def elsewhere(venv, tmp_path_factory):
    """Run the installed `casebook` from a far-away folder; PATH without the venv."""
    folder = tmp_path_factory.mktemp("elsewhere")
    env = {"PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
           "HOME": str(folder / "home"), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
           "TZ": "Europe/Amsterdam", "SYSTEMROOT": os.environ.get("SYSTEMROOT", "")}

    def run(program: str, *args, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([str(venv / BIN / program), *map(str, args)], cwd=folder,
                                env=env, capture_output=True, text=True, timeout=300)
        if check and result.returncode != 0:
            pytest.fail(f"{program} {args} exited {result.returncode}: {result.stderr[-800:]}")
        return result

    run.folder = folder
    return run


@pytest.fixture(scope="module")
def demo(elsewhere) -> tuple[Path, str]:
    """A demo casebook made by the installed command, and its newest case."""
    db = elsewhere.folder / "w.sqlite3"
    elsewhere("casebook", "demo", "--db", db, "--cases", 30, "--seed", 2)
    rows = json.loads(elsewhere("casebook", "list", "--db", db, "--json").stdout)
    return db, rows[0]["ref"]


def test_the_wheel_carries_what_the_app_needs(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in LANGUAGES:
        assert f"casebook/translations/casebook_{lang}.qm" in names
        if lang != "en":
            assert f"casebook/translations/po/casebook_{lang}.po" in names
    for font in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansGeorgian-Regular.ttf",
                 "wqy-microhei.ttc", "LICENSE-Noto-OFL.txt", "LICENSE-WenQuanYi.txt",
                 "LICENSE-Apache-2.0.txt"):
        assert f"casebook/resources/fonts/{font}" in names
    assert {"casebook/resources/icons/casebook-256.png", "casebook/resources/icons/casebook.ico",
            "casebook/resources/icons/casebook.svg"} <= names
    assert f"casebook-{__version__}.dist-info/licenses/LICENSE" in names
    strays = sorted(n for n in names if not n.startswith(("casebook/", "casebook-")))
    assert strays == []  # nothing lands in site-packages beside the package
    # sources stay in the repository: an installed app never compiles a catalogue
    assert not [n for n in names if n.endswith((".ts", ".pot")) or "GLOSSARY" in n]


def test_forms_print_in_every_script_from_another_folder(elsewhere, demo):
    db, ref = demo
    for lang, letter in LETTER.items():
        out = elsewhere.folder / f"form-{lang}.pdf"
        elsewhere("casebook", "form", "--db", db, ref, "-o", out, "--lang", lang)
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert letter in text, f"the {lang} form has no {lang} text: {text[:200]!r}"
    assert not list(elsewhere.folder.glob("*.partial"))
    assert not list(elsewhere.folder.rglob("*.qm"))  # the wheel's own were used


def test_errors_speak_russian(elsewhere, demo):
    result = elsewhere("casebook", "show", "--lang", "ru", "--db", demo[0], "NO-REF",
                       check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "NO-REF" in result.stderr
    assert any("\u0400" <= ch <= "\u04ff" for ch in result.stderr), result.stderr


def test_the_window_speaks_georgian_without_the_venv_on_path(elsewhere, demo):
    code = ("import sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtWidgets import QApplication, QAbstractButton\n"
            "app = QApplication([])\n"
            "from casebook.app import make_window\n"
            "win = make_window(sys.argv[1], lang='ka')\n"
            "app.processEvents()\n"
            "print(win.findChild(QAbstractButton, 'newCaseButton').text())\n"
            "print(QCoreApplication.translate('MainWindow', '%n case(s)', None, 12))\n")
    result = elsewhere("python", "-c", code, demo[0])
    button, plural = result.stdout.strip().splitlines()[-2:]
    assert all("\u10d0" <= ch <= "\u10ff" or ch == " " for ch in button), button
    assert plural == "12 საქმე", plural  # never "12 case(s)"


def test_the_selftest_passes_installed(elsewhere):
    result = elsewhere("casebook", "selftest")
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("All ") and all(line.startswith("ok") for line in lines[:-1])
    assert elsewhere("casebook", "--version").stdout.strip() == f"casebook {__version__}"
