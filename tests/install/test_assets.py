"""The app finds its own files through the package, with nothing from PATH or the folder.

In a checkout the Qt catalogues are compiled on first use; that used to call
`pyside6-lrelease` by bare name, so a casebook started as `venv/bin/casebook`
(a desktop shortcut, a scheduled task) without the venv on PATH stayed in
English. These tests run with an empty PATH.
"""

import importlib.resources

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage

from casebook import app, assets
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import Translator
from casebook.pdf import fonts


@pytest.fixture
def no_path(monkeypatch):
    monkeypatch.setenv("PATH", "")


def test_fonts_and_their_licences_come_from_the_package():
    folder = assets.resource("fonts")
    assert folder == importlib.resources.files("casebook.resources") / "fonts"
    assert fonts.FONT_DIR == folder
    names = {p.name for p in folder.iterdir()}
    assert {"NotoSans-Regular.ttf", "NotoSansGeorgian-Regular.ttf", "wqy-microhei.ttc",
            "LICENSE-Noto-OFL.txt", "LICENSE-WenQuanYi.txt", "LICENSE-Apache-2.0.txt"} <= names


def test_every_icon_size_ships_at_its_size():
    files = assets.icon_files()
    assert [int(p.stem.split("-")[1]) for p in files] == list(assets.ICON_SIZES)
    for path in files:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (int(path.stem.split("-")[1]),) * 2
        assert image.hasAlphaChannel()
    for other in ("casebook.svg", "casebook.ico", "casebook.icns"):
        assert (assets.resource("icons") / other).stat().st_size > 500


def test_the_window_has_the_icon(qapp):
    icon = app.app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_gettext_catalogues_come_from_the_package(lang):
    assert (assets.po_dir() / f"casebook_{lang}.po").is_file()
    messages = Translator(lang)
    assert messages.ngettext("Imported {n} case.", "Imported {n} cases.", 12) != \
        "Imported 12 cases."


def test_qt_tools_are_found_in_the_pyside6_package(no_path):
    for name in ("lrelease", "lupdate"):
        tool = assets.qt_tool(name)
        assert tool.is_file() and "PySide6" in tool.parts


def test_a_checkout_compiles_its_catalogue_without_path(qapp, no_path, home):
    """No build made the .qm: the first start compiles it, with PySide6's own lrelease."""
    built = importlib.resources.files("casebook.translations") / "casebook_ru.qm"
    if built.is_file():
        pytest.skip("this checkout has compiled catalogues (build/i18n.py compile)")
    qm = assets.qm_file("ru")
    assert qm is not None and qm.is_relative_to(home)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "%n case(s)", None, 5) == "%n обращений"
    made = qm.stat().st_mtime_ns
    assert assets.qm_file("ru") == qm and qm.stat().st_mtime_ns == made  # compiled once


def test_the_window_speaks_georgian_without_path(qapp, no_path, book, db_path):
    from PySide6.QtWidgets import QAbstractButton

    window = app.make_window(db_path, lang="ka", operator="Anna")
    try:
        labels = [b.text() for b in window.findChildren(QAbstractButton) if b.text()]
        assert any("\u10d0" <= ch <= "\u10ff" for text in labels for ch in text), labels[:5]
        plural = QCoreApplication.translate("MainWindow", "%n case(s)", None, 2)
        assert plural == "2 საქმე"
    finally:
        window.close()
        app.apply_language("en")
