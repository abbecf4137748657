"""Start-up: paths, crash log, fonts, translators, the casebook and the main window."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from casebook import assets, crash
from casebook.core import drafts, paths
from casebook.core.casebook import Casebook
from casebook.core.time.clock import Clock
from casebook.errors import KnownError, NotFound
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import current_language, set_language
from casebook.ui.main_window import MainWindow
from casebook.ui.operations import Session, show_error

log = logging.getLogger("casebook.app")
DEMO_CASES = 2000
DESKTOP_ID = "org.casebook.Casebook"  # the .desktop and AppStream files in build/ carry it
_keep: list = []  # translators and fonts must outlive the calls that install them
_fonts: set[Path] = set()  # registered once per process, however many windows open


def font_files() -> list[Path]:
    """The bundled fonts: the PDF layer's list, or whatever ships in resources/fonts."""
    try:
        from casebook.pdf.fonts import qt_font_files

        return list(qt_font_files())
    except (ImportError, AttributeError):
        folder = assets.resource("fonts")
        return sorted([*folder.glob("*.ttf"), *folder.glob("*.ttc")])


def register_fonts() -> None:
    """Every script of the five languages renders on any PC, not only where fonts exist."""
    for path in font_files():
        if path in _fonts:
            continue
        _fonts.add(path)
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)


def qm_file(lang: str) -> Path | None:
    """Our compiled catalogue: the build's, or compiled from the .ts on first use."""
    return assets.qm_file(lang)


def app_icon() -> QIcon:
    """The application's icon, every size that ships (window, taskbar, dialogs)."""
    icon = QIcon()
    for png in assets.icon_files():
        icon.addFile(str(png))
    return icon


def install_translators(app: QCoreApplication, lang: str) -> None:
    for translator in _keep:
        if isinstance(translator, QTranslator):
            app.removeTranslator(translator)
    _keep[:] = []
    qt = QTranslator(app)
    if lang != "en" and qt.load(QLocale(lang), "qtbase", "_",
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


def system_language() -> str:
    """The system's language when Casebook speaks it (any Chinese reads zh_CN), else en."""
    name = QLocale.system().name()
    for candidate in (name, name.split("_")[0]):
        if candidate in LANGUAGES:
            return candidate
    return "zh_CN" if name.startswith("zh") else "en"


def choose_language(book: Casebook | None, requested: str | None) -> str:
    """--lang, else the casebook's saved language, else the system's, else English."""
    if requested in LANGUAGES:
        return requested
    saved = book.setting("language") if book is not None else None
    if saved in LANGUAGES:
        return saved
    return system_language()


def make_window(db_path, lang: str = "en", *, clock: Clock | None = None,
                operator: str | None = None) -> MainWindow:
    """Build and show the main window on an existing QApplication (tests, scripts)."""
    app = QApplication.instance()
    register_fonts()
    app.setWindowIcon(app_icon())
    set_language(lang)
    install_translators(app, lang)
    book = Casebook.open(db_path, clock=clock)
    staff = [s.name for s in book.staff()]
    session = Session(book, operator or (staff[0] if staff else ""))
    window = MainWindow(session, lang=lang)
    window.show()
    return window


def offer_draft(window: MainWindow) -> bool:
    """Unsaved edits autosaved before a crash are offered back, never dropped silently.

    Only this casebook's draft is offered. A draft of a case deleted meanwhile
    holds nobody up: it is kept aside in the drafts folder and a one-line
    notice says where."""
    book = window.session.book
    saved = drafts.load(book.location)
    if saved is None:
        return False
    if saved.get("ref") and not _case_exists(book, saved["ref"]):
        try:
            kept = drafts.keep_aside(book.location, saved["ref"])
        except OSError as exc:
            log.warning("cannot keep aside the draft of a deleted case: %s", exc)
            return False
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "Case {ref} no longer exists; its unsaved edits were kept in {path}.")
            .format(ref=saved["ref"], path=kept))
        return False
    answer = QMessageBox.question(window, "Casebook", QCoreApplication.translate(
        "App", "Casebook found edits that were not saved last time. Restore them?"))
    if answer != QMessageBox.StandardButton.Yes:
        drafts.clear(book.location)
        return False
    if saved.get("ref"):
        window.editor.load(saved["ref"])
    window.editor.restore_draft(saved["draft"])
    return True


def _case_exists(book, ref: str) -> bool:
    try:
        book.get(ref)
    except NotFound:
        return False
    return True


def desk_settings() -> QSettings:
    """Per-PC choices (the last operator, when Casebook last closed), beside the data."""
    return QSettings(str(paths.desk_ini()), QSettings.Format.IniFormat)


def excepthook(exc_type, exc, tb) -> None:
    """A KnownError that escaped a slot is still the user's to read; anything else is a bug:
    write the crash log (shown at the next start) and keep the window alive."""
    if isinstance(exc, KnownError):
        show_error(QApplication.activeWindow(), str(exc))
        return
    path = crash.write_crash_log(exc_type, exc, tb)
    log.error("unexpected error, details in %s", path)


def show_start_error(message: str) -> None:
    """A storage error before any window exists: one message box, no traceback."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Casebook", message)
    box.setObjectName("startErrorBox")
    box.exec()


def create_demo_with_progress(target: Path) -> None:
    """Build the demo casebook while a progress dialog keeps the desktop responsive."""
    from casebook.core.demo.book import create_demo

    dialog = QProgressDialog(QCoreApplication.translate(
        "App", "Creating the demo casebook ({count} cases)…").format(count=DEMO_CASES),
        "", 0, 0)
    dialog.setObjectName("demoProgress")
    dialog.setWindowTitle("Casebook")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    failure: list[BaseException] = []

    def work() -> None:  # its own connection in its own thread; the window waits for it
        try:
            create_demo(target, cases=DEMO_CASES)
        except BaseException as exc:  # noqa: BLE001 (handed back to the main thread)
            failure.append(exc)

    worker = threading.Thread(target=work, name="casebook-demo", daemon=True)
    worker.start()
    while worker.is_alive():
        QApplication.processEvents()
        worker.join(0.05)
    dialog.close()
    if failure:
        raise failure[0]


def first_start(book: Casebook, lang: str) -> list[str] | None:
    """An empty casebook: ask for the business and the first member of staff.

    Returns the staff names, `None` when the user gave up, or `[]` when they chose the
    demo casebook instead."""
    from casebook.ui.dialogs import FirstStartDialog

    dialog = FirstStartDialog(lang=lang)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        if dialog.wants_demo:
            return []
        business, person, role = dialog.values()
        try:
            with book.change():  # the business and its first person: one change
                book.add_staff(person, role, by=person)
                if business:
                    book.set_setting("business_name", business, by=person)
                country, eu = dialog.law_values()  # only adds rules: nobody's approval needed
                if country:
                    book.set_setting("country", country, by=person)
                if eu:
                    book.set_setting("eu_member", True, by=person)
        except KnownError as exc:  # e.g. an empty name: say so and ask again
            QMessageBox.warning(dialog, "Casebook", str(exc))
            continue
        return [person]
    return None


def choose_operator(staff: list[str], book: Casebook | None = None) -> str | None:
    """Who is at the desk; asked when there is a choice or a PIN, the last one preselected."""
    from casebook.core.trust import access
    from casebook.ui.access import PinOperatorDialog

    settings = desk_settings()
    last = str(settings.value("operator", "") or "")
    with_pin = access.members_with_pin(book) if book is not None else set()
    operator = staff[0] if len(staff) == 1 and staff[0] not in with_pin else None
    if operator is None:
        dialog = PinOperatorDialog(staff, last, lang=current_language(), with_pin=with_pin,
                                   check=lambda name, pin: access.check_operator(book, name, pin))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        operator = dialog.operator()
    settings.setValue("operator", operator)
    return operator


def show_crash_logs(window: MainWindow) -> None:
    """Crash logs of the previous run, shown once."""
    for log_file in crash.unseen_crash_logs():
        QMessageBox.information(window, "Casebook", QCoreApplication.translate(
            "App", "Casebook stopped unexpectedly last time. The details are in {path}; "
            "please send them to your support contact.").format(path=log_file))
        crash.mark_seen(log_file)


def show_setting_problems(window: MainWindow) -> None:
    """Stored settings Casebook cannot use (set aside for their defaults, so cases still
    open): said at start, so a manager knows to set them again."""
    problems = window.session.book.setting_problems()
    if problems:
        box = QMessageBox(QMessageBox.Icon.Warning, "Casebook",
                          "\n\n".join(str(p) for p in problems), parent=window)
        box.setObjectName("settingProblemsBox")
        box.exec()


def start(db: str | Path | None = None, lang: str | None = None,
          demo: bool = False) -> MainWindow | int:
    """Everything `run` does before the event loop: the window, or an exit code (0: the
    user gave up at a start-up question; 1: the casebook cannot be used)."""
    register_fonts()
    language = choose_language(None, lang)
    apply_language(language)  # storage errors below already speak the user's language
    try:
        while True:
            # a desk with a saved office connection starts on the office casebook
            target = (paths.casebook_location(db) if db
                      else paths.demo_db() if demo else paths.default_target())
            if demo and not paths.is_server(target) and not target.exists():
                create_demo_with_progress(target)
            with Casebook.open(target) as book:
                if choose_language(book, lang) != language:
                    language = choose_language(book, lang)
                    apply_language(language)
                staff = [s.name for s in book.staff()] or first_start(book, language)
            if staff == [] and not demo:  # "open the demo casebook instead"
                db, demo = None, True
                continue
            break
        with Casebook.open(target) as book:  # a PIN is checked against the casebook
            operator = choose_operator(staff, book) if staff else None
        if operator is None:
            return 0
        window = make_window(target, language, operator=operator)
    except KnownError as exc:
        show_start_error(str(exc))
        return 1
    offer_draft(window)
    show_crash_logs(window)
    show_setting_problems(window)
    return window


def run(db: str | Path | None = None, lang: str | None = None, demo: bool = False) -> int:
    """`casebook` and `casebook --demo`: the desktop app until its window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Casebook")
    # A window closed into the tray is still Casebook running, and a message box closed
    # meanwhile must not end it: the main window quits the app when it closes for good.
    app.setQuitOnLastWindowClosed(False)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland matches the window to build/*.desktop
    app.setWindowIcon(app_icon())
    crash.enable_fault_log()
    sys.excepthook = excepthook
    window = start(db, lang, demo)
    if isinstance(window, int):
        return window
    return app.exec()
