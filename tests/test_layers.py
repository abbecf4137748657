"""The core stays free of Qt: scripts and the CLI must run without a display."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import casebook

QT_FREE = ("core", "db", "pdf", "i18n")


def test_no_qt_below_the_ui():
    root = Path(casebook.__file__).parent
    modules = ["casebook.cli", "casebook.errors"] + [
        m.name for pkg in QT_FREE
        for m in pkgutil.walk_packages([str(root / pkg)], prefix=f"casebook.{pkg}.")]
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "", f"Qt imported below the UI: {out.stdout}"
    assert len(modules) > 40  # the subpackages' modules too


def test_no_qt_import_statements_below_the_ui():
    root = Path(casebook.__file__).parent
    offenders = [str(p) for pkg in QT_FREE for p in (root / pkg).rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
