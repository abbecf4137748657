"""Translations are complete: every message, every placeholder, every plural form."""

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from casebook import assets
from casebook.i18n import defaults
from casebook.i18n.translate import Translator

ROOT = Path(__file__).resolve().parents[2]
TARGETS = ["ru", "zh_CN", "nl", "ka"]
QT_PLURALS = {"en": 2, "ru": 3, "zh_CN": 1, "nl": 2, "ka": 2}  # Qt counts two for Georgian
PO_PLURALS = {"ru": 3, "zh_CN": 1, "nl": 2, "ka": 1}  # by hand, not from the .po's own header
PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def build_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "build" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def source_messages():
    return {m.id if isinstance(m.id, str) else m.id[0]: m for m in build_tool().extract_core()
            if m.id}


@pytest.mark.parametrize("lang", TARGETS)
def test_core_catalogue_is_complete_with_matching_placeholders(lang, source_messages):
    with open(ROOT / "translations" / "po" / f"casebook_{lang}.po", "rb") as fh:
        catalog = read_po(fh, locale=lang)
    translated = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    missing = sorted(set(source_messages) - set(translated))
    assert missing == [], f"run build/i18n.py update and translate: {missing}"
    for key, message in translated.items():
        assert not message.fuzzy, key
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(f.strip() for f in forms), f"untranslated: {key}"
        if isinstance(message.string, tuple):
            assert len(forms) == PO_PLURALS[lang], key
        for form in forms:
            assert placeholders(form) == placeholders(key), (key, form)


@pytest.mark.parametrize("lang", ["en", *TARGETS])
def test_ui_catalogue_matches_the_source_and_is_finished(lang, tmp_path):
    """English holds only the plural messages: "%n case(s)" must read "1 case"."""
    fresh = tmp_path / f"fresh_{lang}.ts"
    ui_files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casebook").rglob("*.py")
                      if "ui" in p.parts or p.name == "app.py")
    plural_only = ["-pluralonly"] if lang == "en" else []
    lupdate = str(assets.qt_tool("lupdate"))  # PySide6's own: PATH may not hold the venv
    subprocess.run([lupdate, *ui_files, *plural_only, "-ts", str(fresh)], cwd=ROOT,
                   check=True, capture_output=True)
    in_source = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    root = ET.parse(ROOT / "translations" / f"casebook_{lang}.ts").getroot()
    done = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source")
            assert translation.get("type") != "unfinished", source
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                assert len(forms) == QT_PLURALS[lang], source
            else:
                forms = [translation.text or ""]
            assert all(f.strip() for f in forms), source
            for form in forms:
                assert placeholders(form) == placeholders(source), (source, form)
            done[(context.findtext("name"), source)] = forms
    assert sorted(in_source - set(done)) == []


def test_russian_plurals_pick_the_right_form():
    ru = Translator("ru")
    one, few, many = (ru.ngettext("Imported {n} case.", "Imported {n} cases.", n)
                      for n in (21, 3, 11))
    assert one == "Импортировано 21 обращение."
    assert few == "Импортировано 3 обращения."
    assert many == "Импортировано 11 обращений."


def test_qt_loads_every_language(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    build_tool().compile_qm(tmp_path)
    expected = {"en": "10 cases", "ru": "10 обращений", "zh_CN": "10 个案件", "nl": "10 zaken",
                "ka": "10 საქმე"}
    for lang, text in expected.items():
        translator = QTranslator()
        assert translator.load(str(tmp_path / f"casebook_{lang}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate("MainWindow", "%n case(s)", "", 10) == text
            if lang != "en":
                assert QCoreApplication.translate("MainWindow", "Overdue") != "Overdue"
        finally:
            QCoreApplication.removeTranslator(translator)


def test_default_lists_exist_in_every_language():
    for name, entries in defaults.DEFAULT_LISTS.items():
        for entry in entries:
            for lang in defaults.LANGUAGES:
                label = entry["labels"][lang]
                assert label.strip(), (name, entry["code"], lang)
            assert re.search("[\u10d0-\u10ff]", entry["labels"]["ka"]), entry["code"]
            assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", entry["labels"]["zh_CN"])
    for part in ("hear", "ask", "follow", "reply", "record", "report"):
        for lang in defaults.LANGUAGES:
            assert defaults.prompts(part, lang)


def test_spec_vocabulary():
    label = defaults.label
    assert [label("kind", "complaint", x) for x in ("ru", "zh_CN", "nl", "ka")] == [
        "Жалоба", "投诉", "Klacht", "საჩივარი"]
    assert [label("kind", "claim", x) for x in ("ru", "zh_CN", "ka")] == [
        "Претензия", "索赔", "პრეტენზია"]
    assert [label("severity", "major", x) for x in ("ru", "zh_CN", "nl", "ka")] == [
        "Серьёзная жалоба", "重大投诉", "Ernstige klacht", "სერიოზული საჩივარი"]
    assert label("deadline_kind", "callback", "zh_CN") == "回访"


# ------------------------------------------------------------------ tr() found by parsing
def ui_sources() -> list[Path]:
    return sorted(p for p in (ROOT / "casebook").rglob("*.py")
                  if "ui" in p.parts or p.name == "app.py")


def tr_calls(path: Path) -> list[tuple[int, str | None, str | None, bool, bool]]:
    """Every `self.tr(…)`, `cls.tr(…)` and `QCoreApplication.translate(…)` in a file, found
    by parsing it as Python (not as lupdate reads it): (line, context, source text or None
    when it is not a literal, plural, inside an f-string)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def literal(node):
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    def visit(node, cls, in_fstring):
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, owner = node.func.attr, node.func.value
            if name == "tr" and isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                text = literal(node.args[0]) if node.args else None
                found.append((node.lineno, cls, text, len(node.args) >= 3, in_fstring))
            elif name == "translate" and isinstance(owner, ast.Name) \
                    and owner.id == "QCoreApplication":
                context = literal(node.args[0]) if node.args else None
                text = literal(node.args[1]) if len(node.args) > 1 else None
                found.append((node.lineno, context, text, len(node.args) >= 4, in_fstring))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_fstring)

    visit(tree, None, False)
    return found


def finished_messages(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(ROOT / "translations" / f"casebook_{lang}.ts").getroot()
    done = set()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished", "unfinished"):
                continue
            done.add((context.findtext("name"), message.findtext("source")))
    return done


def test_the_parser_finds_what_lupdate_cannot_see(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('class Box:\n'
                      '    def f(self, n, word):\n'
                      '        a = self.tr("Plain")\n'
                      '        b = f"<b>{self.tr(\'Earlier cases (%n):\', \'\', n)}</b>"\n'
                      '        c = self.tr(word)\n', encoding="utf-8")
    assert tr_calls(sample) == [(3, "Box", "Plain", False, False),
                                (4, "Box", "Earlier cases (%n):", True, True),
                                (5, "Box", None, False, False)]


@pytest.mark.parametrize("lang", ["en", *TARGETS])
def test_every_tr_call_in_the_source_is_translated(lang):
    """Each tr()/translate() call, found by parsing the source, has a literal text outside
    any f-string (else lupdate misses it) and a finished translation in the catalogue
    (English: the plural messages)."""
    done = finished_messages(lang)
    problems = []
    for path in ui_sources():
        where = path.relative_to(ROOT)
        for line, context, text, plural, in_fstring in tr_calls(path):
            if text is None or context is None:
                problems.append(f"{where}:{line}: not a literal text: lupdate cannot see it")
            elif in_fstring:
                problems.append(f"{where}:{line}: {text!r} inside an f-string: lupdate "
                                f"cannot see it")
            elif (lang != "en" or plural) and (context, text) not in done:
                problems.append(f"{where}:{line}: {context} {text!r} not translated")
    assert problems == []
