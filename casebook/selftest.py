"""`casebook selftest`: does this installation work on this PC?

A wheel without its fonts, a frozen app without its Qt plugins or a checkout
whose catalogues cannot be compiled all start and then fail in front of a
customer. The self-test walks the same paths the app takes, on a temporary
casebook in a temporary data folder (the user's own casebook and settings are
never touched), and prints one line per check:

- fonts: every bundled face loads in reportlab and in Qt;
- translations: each language's Qt and gettext catalogues load and translate
  a plural message ("3 cases" in that language, never "3 case(s)"), Qt's own
  dialogs speak it too, and a date and an amount are written in it;
- form: a resolution form with Latin, Cyrillic, Chinese and Georgian text is
  rendered and its text read back;
- PDFium: the form's first page is drawn as the print preview draws it;
- window: the main window is drawn offscreen in Georgian.

The exit status is non-zero when any check fails.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, _, current_language, set_language, translator

# User text in four scripts; the form must give each back as typed.
SAMPLES = {
    "Latin": "Ünïcode café, Parkweg 12",
    "Cyrillic": "Отопление не работает",
    "Chinese": "楼上漏水",
    "Georgian": "გათბობა არ მუშაობს",
}
SCRIPT_OF = {"ru": "CYRILLIC", "zh_CN": "CJK", "ka": "GEORGIAN"}


class CheckFailed(Exception):
    """What a check found wrong, in a few words."""


def run(say: Callable[[str], object] = print) -> int:
    """Run every check, say one line each; 0 when all passed."""
    ui_lang = current_language()
    failed = 0
    with _scratch() as folder, _quiet_qt():
        app = _application()
        checks = [(N_("fonts"), {}, _fonts),
                  *((N_("translations ({lang})"), {"lang": lang},
                     (lambda lang=lang: _catalogues(lang))) for lang in LANGUAGES),
                  (N_("form with Latin, Cyrillic, Chinese and Georgian text"), {},
                   lambda: _form(folder)),
                  (N_("page drawn by PDFium"), {}, lambda: _pdfium(folder)),
                  (N_("main window drawn offscreen"), {}, lambda: _window(folder))]
        for label, params, check in checks:
            started = time.perf_counter()
            try:
                detail = check()
                ok = True
            except Exception as exc:  # noqa: BLE001 (a failed check is a line, not a crash)
                detail, ok = f"{type(exc).__name__}: {exc}", False
            finally:
                _reset_language(app, ui_lang)
            failed += not ok
            took = (time.perf_counter() - started) * 1000
            say(f"{'ok  ' if ok else 'FAIL'}  {_(label, **params)}: {detail} ({took:.0f} ms)")
    if failed:
        say(_("{failed} of {total} checks failed.", failed=failed, total=len(checks)))
        return 1
    say(_("All {total} checks passed.", total=len(checks)))
    return 0


@contextmanager
def _quiet_qt():
    """Qt's offscreen platform remarks on every window it shows; that is not a finding."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _scratch():
    """A temporary data folder: backups, settings and compiled catalogues go there."""
    before = os.environ.get("CASEBOOK_HOME")
    with tempfile.TemporaryDirectory(prefix="casebook-selftest-") as folder:
        os.environ["CASEBOOK_HOME"] = str(Path(folder) / "home")
        try:
            yield Path(folder)
        finally:
            if before is None:
                os.environ.pop("CASEBOOK_HOME", None)
            else:
                os.environ["CASEBOOK_HOME"] = before


def _application():
    """The running QApplication, or one on the offscreen platform (no display needed)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["casebook", "-platform", "offscreen"])


def _reset_language(app, lang: str) -> None:
    from casebook.app import install_translators

    set_language(lang)
    install_translators(app, lang)


def _fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    from casebook.pdf import fonts

    faces = fonts.register_fonts()
    families = set()
    for path in fonts.qt_font_files():
        ident = QFontDatabase.addApplicationFont(str(path))
        if ident < 0:
            raise CheckFailed(f"Qt cannot load {path}")
        families.update(QFontDatabase.applicationFontFamilies(ident))
    return f"{len(faces)} faces in reportlab; Qt: {', '.join(sorted(families))}"


def _catalogues(lang: str) -> str:
    from PySide6.QtCore import QCoreApplication

    from casebook.app import install_translators, qm_file

    if qm_file(lang) is None:
        raise CheckFailed(f"no compiled Qt catalogue for {lang}")
    install_translators(QCoreApplication.instance(), lang)
    qt = QCoreApplication.translate("MainWindow", "%n case(s)", None, 3)
    if "(s)" in qt or "3" not in qt:
        raise CheckFailed(f"Qt catalogue not in use: {qt!r}")
    core = translator(lang).ngettext("Imported {n} case.", "Imported {n} cases.", 3)
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")  # Qt's own dialogs
    if lang != "en":
        if core == "Imported 3 cases." or qt == "3 cases":
            raise CheckFailed(f"still English: {qt!r}, {core!r}")
        if cancel == "Cancel":
            raise CheckFailed("Qt's own catalogue (qtbase) is not in use")
        script = SCRIPT_OF.get(lang)
        if script and not all(_has_script(text, script) for text in (qt, core, cancel)):
            raise CheckFailed(f"not in {script.title()} script: {qt!r}, {core!r}, {cancel!r}")
    return f"Qt «{qt}», «{cancel}», gettext «{core}», {_dates(lang)}"


def _dates(lang: str) -> str:
    """Dates and amounts as forms and the window write them (babel's CLDR data)."""
    import datetime as dt
    from decimal import Decimal

    from babel import Locale
    from babel.dates import format_skeleton
    from babel.numbers import format_currency

    from casebook.pdf.form import BABEL_LOCALES

    moment = dt.datetime(2026, 3, 2, 10, 0)
    locale = BABEL_LOCALES[lang]
    Locale.parse(lang).get_display_name(locale)  # the window's and the summary's locale
    return (f"«{format_skeleton('yMMMd', moment, locale=locale)}», "
            f"«{format_currency(Decimal('1234.5'), 'EUR', locale=locale)}»")


def _has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(script) for ch in text)


def _casebook(folder: Path):
    """The temporary casebook, with one case whose text is in four scripts."""
    from casebook.core.casebook import Casebook

    path = folder / "selftest.sqlite3"
    book = Casebook.open(path)
    if not book.staff():
        book.add_staff("Anna", "manager", by="selftest")
        book.open_case({
            "channel": "phone", "category": "unit_repairs",
            "customer": {"name": f"Nino {SAMPLES['Georgian'].split()[0]}", "language": "ka"},
            "hear": {"account": " — ".join(SAMPLES.values()),
                     "remedy_sought": SAMPLES["Chinese"]},
            "ask": {"summary": SAMPLES["Cyrillic"], "summary_confirmed": True},
        }, by="Anna")
    return book


def _form_pdf(folder: Path) -> bytes:
    """The form of the temporary case, rendered once and shared by two checks."""
    pdf = folder / "form.pdf"
    if not pdf.exists():
        from casebook.core.cases.listing import list_cases
        from casebook.pdf import form

        with _casebook(folder) as book:
            out = io.BytesIO()
            form.render(book, list_cases(book)[0]["ref"], out, lang="en")
        pdf.write_bytes(out.getvalue())
    return pdf.read_bytes()


def _form(folder: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(_form_pdf(folder))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    flat = "".join(text.split())
    missing = [script for script, sample in SAMPLES.items() if "".join(sample.split()) not in flat]
    if missing:
        raise CheckFailed(f"text not read back: {', '.join(missing)}")
    return f"{len(text)} characters read back, all four scripts"


def _pdfium(folder: Path) -> str:
    import pypdfium2 as pdfium

    from casebook.ui.preview import page_image

    document = pdfium.PdfDocument(_form_pdf(folder))
    try:
        image = page_image(document, 0, 72)
    finally:
        document.close()
    inked = _inked_share(image)
    if image.isNull() or inked < 0.005:
        raise CheckFailed(f"blank page ({inked:.1%} inked)")
    return f"{image.width()}×{image.height()} px, {inked:.1%} inked"


def _inked_share(image) -> float:
    """The share of pixels that are not (nearly) white, from a grid of ~20,000 samples."""
    from PySide6.QtGui import QColor

    step = max(2, round((image.width() * image.height() / 20_000) ** 0.5))
    samples = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            inked += QColor(image.pixel(x, y)).lightness() < 200
    return inked / max(samples, 1)


def _window(folder: Path) -> str:
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from casebook.app import make_window

    book = _casebook(folder)
    book.close()
    window = make_window(folder / "selftest.sqlite3", lang="ka")
    try:
        QApplication.processEvents()
        image = window.grab().toImage()
        # widget strings (Qt's catalogue), not list entries (gettext), must be Georgian
        labels = [button.text() for name in ("newCaseButton", "printFormButton", "saveButton")
                  if (button := window.findChild(QAbstractButton, name)) is not None]
        if image.isNull() or image.width() < 200 or _inked_share(image) < 0.005:
            raise CheckFailed("nothing drawn")
        if len(labels) < 3 or not all(_has_script(text, "GEORGIAN") for text in labels):
            raise CheckFailed(f"buttons not in Georgian: {labels}")
        if window.windowIcon().isNull():
            raise CheckFailed("no window icon")
        return f"{image.width()}×{image.height()} px, «{' · '.join(labels)}»"
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
