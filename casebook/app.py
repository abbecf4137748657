"""Start-up: paths, crash log, fonts, translators, the casebook and the main window."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFormLayout,
                               QInputDialog, QLineEdit, QMessageBox)

from casebook import crash
from casebook.core import paths
from casebook.core.casebook import Casebook
from casebook.core.clock import Clock
from casebook.core.errors import KnownError
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import set_language
from casebook.pdf.fonts import qt_font_files
from casebook.ui.main_window import MainWindow
from casebook.ui.operations import Session

log = logging.getLogger("casebook.app")
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
_keep: list = []  # translators and fonts must outlive the calls that install them


def register_fonts() -> None:
    for path in qt_font_files():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)


def qm_file(lang: str) -> Path | None:
    """Our compiled catalogue, compiled from the .ts on first use if the build did not."""
    ts = TRANSLATIONS / f"casebook_{lang}.ts"
    for qm in (TRANSLATIONS / f"casebook_{lang}.qm", paths.data_dir() / f"casebook_{lang}.qm"):
        if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
    if not ts.exists():
        return None
    qm = paths.data_dir() / f"casebook_{lang}.qm"
    try:
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", ts, exc)
        return None
    return qm


def install_translators(app: QCoreApplication, lang: str) -> None:
    for translator in _keep:
        if isinstance(translator, QTranslator):
            app.removeTranslator(translator)
    _keep[:] = []
    if lang == "en":
        return
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _keep.append(qt)
    ours = QTranslator(app)
    qm = qm_file(lang)
    if qm and ours.load(str(qm)):
        app.installTranslator(ours)
        _keep.append(ours)


def apply_language(lang: str) -> None:
    """Switch Qt's and our catalogues (the core's messages follow too)."""
    set_language(lang)
    install_translators(QApplication.instance(), lang)


def choose_language(book: Casebook, requested: str | None) -> str:
    if requested in LANGUAGES:
        return requested
    saved = book.setting("language")
    if saved in LANGUAGES:
        return saved
    name = QLocale.system().name()
    for candidate in (name, name.split("_")[0]):
        if candidate in LANGUAGES:
            return candidate
    return "zh_CN" if name.startswith("zh") else "en"


def make_window(db_path, lang: str = "en", *, clock: Clock | None = None,
                operator: str | None = None) -> MainWindow:
    """Build and show the main window on an existing QApplication (tests, scripts)."""
    app = QApplication.instance()
    register_fonts()
    set_language(lang)
    install_translators(app, lang)
    book = Casebook.open(db_path, clock=clock)
    staff = [s.name for s in book.staff()]
    session = Session(book, operator or (staff[0] if staff else ""))
    window = MainWindow(session, lang=lang)
    window.show()
    return window


def offer_draft(window: MainWindow) -> bool:
    """Unsaved edits autosaved before a crash are offered back, never dropped silently."""
    import json

    path = paths.data_dir() / "draft.json"
    if not path.exists():
        return False
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    answer = QMessageBox.question(window, "Casebook", QCoreApplication.translate(
        "App", "Casebook found edits that were not saved last time. Restore them?"))
    if answer != QMessageBox.StandardButton.Yes:
        path.unlink(missing_ok=True)
        return False
    if saved.get("ref"):
        window.editor.load(saved["ref"])
    window.editor.restore_draft(saved["draft"])
    return True


class FirstStart(QDialog):
    """A new casebook: the business name and the first member of staff."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Welcome to Casebook"))
        form = QFormLayout(self)
        self.business = QLineEdit()
        self.person = QLineEdit()
        form.addRow(self.tr("Business name"), self.business)
        form.addRow(self.tr("Your name (manager)"), self.person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def run(db: str | None = None, lang: str | None = None, demo: bool = False) -> int:
    """`casebook` and `casebook --demo`: the desktop app until its window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casebook")
    crash.enable_fault_log()
    sys.excepthook = lambda *info: log.error("unexpected error, see %s",
                                             crash.write_crash_log(*info))
    target = Path(db) if db else (paths.demo_db() if demo else paths.default_db())
    try:
        if demo and not target.exists():
            from casebook.core.demo_book import create_demo

            create_demo(target, cases=2000)
        with Casebook.open(target) as book:
            language = choose_language(book, lang)
            staff = [s.name for s in book.staff()]
            if not staff:
                set_language(language)
                install_translators(app, language)
                dialog = FirstStart()
                if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.person.text():
                    return 0
                book.set_setting("business_name", dialog.business.text(), by=dialog.person.text())
                book.add_staff(dialog.person.text(), "manager")
                staff = [dialog.person.text()]
    except KnownError as exc:
        QMessageBox.critical(None, "Casebook", str(exc))
        return 1
    settings = QSettings("Casebook", "Casebook")
    operator = settings.value("operator", "")
    if operator not in staff:
        operator = staff[0]
        if len(staff) > 1:
            operator, ok = QInputDialog.getItem(None, "Casebook", QCoreApplication.translate(
                "App", "Who is at the desk?"), staff, 0, False)
            if not ok:
                return 0
    settings.setValue("operator", operator)
    try:
        window = make_window(target, language, operator=operator)
    except KnownError as exc:
        QMessageBox.critical(None, "Casebook", str(exc))
        return 1
    offer_draft(window)
    for log_file in crash.unseen_crash_logs():
        QMessageBox.information(window, "Casebook", QCoreApplication.translate(
            "App", "Casebook stopped unexpectedly last time. The details are in {path}; "
            "please send them to your support contact.").format(path=log_file))
        crash.mark_seen(log_file)
    return app.exec()
