"""Translation pipeline: extract, update and compile every catalogue.

    python build/i18n.py update    # after adding strings: refresh .pot/.po and .ts
    python build/i18n.py compile   # .ts → .qm (also done by the app on first start)
    python build/i18n.py check     # what is unfinished, per language

Two kinds of catalogue, one per side of the Qt line:
- core, CLI and PDF strings (`_()`, `ngettext()`, `N_()` and the messages of
  `KnownError` and its subclasses) → `translations/po/casebook_<lang>.po`,
  read at run time by `casebook.i18n.translate`;
- widget strings (`self.tr()`, `QCoreApplication.translate()`) →
  `translations/casebook_<lang>.ts` via PySide6's `lupdate`, compiled to `.qm`
  by its `lrelease` (both found in the PySide6 package, not on PATH). Compiled
  files are never committed; the wheel's build compiles them (setup.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casebook import assets  # noqa: E402
from casebook.i18n.defaults import LANGUAGES  # noqa: E402

PO_DIR = ROOT / "translations" / "po"
TS_DIR = ROOT / "translations"
TARGETS = [lang for lang in LANGUAGES if lang != "en"]
# English is the source, but "%n case(s)" still needs its two forms: casebook_en.ts holds
# only the plural messages (lupdate -pluralonly), as Qt's documentation advises.
QT_CATALOGUES = ["en", *TARGETS]
KEYWORDS = {
    "_": None, "N_": None, "ngettext": (1, 2),
    "KnownError": None, "NotFound": None, "RuleViolation": None, "InvalidInput": None,
    "StorageError": None, "Conflict": None,
}
CORE_DIRS = ["casebook/core", "casebook/db", "casebook/pdf", "casebook/i18n", "casebook/errors.py",
             "casebook/cli.py", "casebook/selftest.py"]


def extract_core():
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="Casebook", charset="utf-8")
    files = []
    for entry in CORE_DIRS:
        path = ROOT / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    for path in files:
        for lineno, message, comments, _context in extract_from_file(
                "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)):
            catalog.add(message, None, [(str(path.relative_to(ROOT)), lineno)],
                        auto_comments=comments)
    return catalog


def update() -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract_core()
    PO_DIR.mkdir(parents=True, exist_ok=True)
    with open(PO_DIR / "casebook.pot", "wb") as fh:
        write_po(fh, template, omit_header=False, sort_output=True, width=100)
    for lang in TARGETS:
        path = PO_DIR / f"casebook_{lang}.po"
        if path.exists():
            with open(path, "rb") as fh:
                catalog = read_po(fh, locale=lang)
        else:
            catalog = Catalog(locale=lang, project="Casebook", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        with open(path, "wb") as fh:
            write_po(fh, catalog, sort_output=True, ignore_obsolete=True, width=100)
    ui_files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casebook").rglob("*.py")
                      if "ui" in p.parts or p.name == "app.py")
    for lang in QT_CATALOGUES:
        plural_only = ["-pluralonly"] if lang == "en" else []
        subprocess.run([str(assets.qt_tool("lupdate")), *ui_files, "-no-obsolete",
                        "-locations", "none", *plural_only, "-target-language", lang,
                        "-ts", str(TS_DIR / f"casebook_{lang}.ts")], cwd=ROOT, check=True)


def compile_qm(out_dir: Path = TS_DIR) -> list[Path]:
    out = []
    for lang in QT_CATALOGUES:
        ts = TS_DIR / f"casebook_{lang}.ts"
        if ts.exists():
            out.append(assets.compile_qm(ts, out_dir / f"casebook_{lang}.qm"))
    return out


def check() -> int:
    from babel.messages.pofile import read_po
    import xml.etree.ElementTree as ET

    bad = 0
    for lang in TARGETS:
        path = PO_DIR / f"casebook_{lang}.po"
        with open(path, "rb") as fh:
            catalog = read_po(fh, locale=lang)
        missing = [m.id for m in catalog if m.id and (m.fuzzy or not (
            all(m.string) if isinstance(m.string, tuple) else m.string))]
        ts = ET.parse(TS_DIR / f"casebook_{lang}.ts").getroot()
        unfinished = [m.findtext("source") for m in ts.iter("message")
                      if (t := m.find("translation")) is None or t.get("type") == "unfinished"]
        print(f"{lang}: core {len(missing)} untranslated, ui {len(unfinished)} unfinished")
        bad += len(missing) + len(unfinished)
    ts = ET.parse(TS_DIR / "casebook_en.ts").getroot()
    unfinished = [m.findtext("source") for m in ts.iter("message")
                  if (t := m.find("translation")) is None or t.get("type") == "unfinished"]
    print(f"en: ui plurals {len(unfinished)} unfinished")
    bad += len(unfinished)
    return 1 if bad else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "compile":
        compile_qm()
    elif command == "check":
        sys.exit(check())
    else:
        sys.exit(__doc__)
