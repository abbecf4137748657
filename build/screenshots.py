"""Screenshots of the main window with a case open, in every language.

    QT_QPA_PLATFORM=offscreen python build/screenshots.py [out-dir]

Builds a small demo casebook in a temp dir and saves
`main-`, `editor-`, `settings-`, `staff-`, `first-start-` and `reports-<lang>.png` for en, ru, zh_CN, nl and ka (default: build/out/screenshots).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from casebook.app import make_window  # noqa: E402
from casebook.core.time.clock import FixedClock  # noqa: E402
from casebook.core.demo.book import create_demo  # noqa: E402
from casebook.i18n.defaults import LANGUAGES  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "out" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEBOOK_HOME"] = tmp
        db = Path(tmp) / "demo.sqlite3"
        create_demo(db, cases=1500, seed=3, clock=FixedClock(NOW))  # a month has ~80
        for lang in LANGUAGES:
            window = make_window(db, lang, clock=FixedClock(NOW))
            window.set_filter("open")
            window.table.selectRow(0)  # selecting a row opens its case, as a click does
            app.processEvents()
            window.grab().save(str(out / f"main-{lang}.png"))
            window.editor.grab().save(str(out / f"editor-{lang}.png"))
            from casebook.ui.dialogs import SettingsDialog

            settings = SettingsDialog(window.session, window, lang=lang)
            settings.show()
            app.processEvents()
            settings.grab().save(str(out / f"settings-{lang}.png"))
            settings.close()
            from casebook.ui.dialogs import FirstStartDialog, StaffDialog

            for name, dialog in (("staff", StaffDialog(window.session, window, lang=lang)),
                                 ("first-start", FirstStartDialog(window, lang=lang))):
                dialog.show()
                app.processEvents()
                dialog.grab().save(str(out / f"{name}-{lang}.png"))
                dialog.close()
            reports = window.open_reports()
            reports.preset.setCurrentIndex(reports.preset.findData("last_month"))
            app.processEvents()
            reports.grab().save(str(out / f"reports-{lang}.png"))
            reports.close()
            window.editor.loaded = window.editor.draft()  # nothing to ask on close
            window.close()
            window.session.book.close()
            print(out / f"main-{lang}.png")


if __name__ == "__main__":
    main()
