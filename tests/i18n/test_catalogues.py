"""Translations are complete: every message, every placeholder, every plural form."""

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

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
    subprocess.run(["pyside6-lupdate", *ui_files, *plural_only, "-ts", str(fresh)], cwd=ROOT,
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
        "Серьёзная жалоба", "重大投诉", "Ernstige klacht", "მნიშვნელოვანი საჩივარი"]
    assert label("deadline_kind", "callback", "zh_CN") == "回访"
