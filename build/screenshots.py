"""Screenshots of Casebook on a laptop and a desktop screen, in every language.

    python build/screenshots.py [out-dir]

For each screen (1366×768 with its taskbar: a 1366×728 work area; and
1920×1080) a process of its own starts Qt's offscreen platform on a screen of
that size, builds a small demo casebook in a temp dir, and saves the whole
screen as the desk sees it — `main-`, `follow-` (the editor at part 3),
`record-`, `sign-`, `preview-`, `settings-`, `staff-`, `first-start-`, `reports-`,
`reports-tables-` and `incidents-<lang>.png` (a lift outage with four households)
— for en, ru, zh_CN, nl and ka under `<out-dir>/<width>x<height>/`
(default: build/out/screenshots).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
SCREENS = ((1366, 728), (1920, 1080))


def screen_config(width: int, height: int) -> dict:
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": True,
            "screens": [{"name": "screen", "x": 0, "y": 0, "width": width,
                         "height": height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "out" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp:
        for width, height in SCREENS:
            config = Path(tmp) / f"screen-{width}.json"
            config.write_text(json.dumps(screen_config(width, height)))
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
            target = out / f"{width}x{height if height != 728 else 768}"
            subprocess.run([sys.executable, __file__, "--shoot", str(target)], env=env,
                           check=True)


def grab_screen(app, path: Path) -> None:
    """Every visible window where it stands on the screen, as one picture."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    app.processEvents()
    area = app.primaryScreen().geometry()
    picture = QPixmap(area.size())
    picture.fill(QColor("#3a4250"))
    painter = QPainter(picture)
    tops = [w for w in app.topLevelWidgets() if w.isVisible()]
    tops.sort(key=lambda w: w.parent() is not None)  # the main window under its dialogs
    for window in tops:
        painter.drawPixmap(window.geometry().topLeft(), window.grab())
    painter.end()
    picture.save(str(path))


def shoot(out: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from casebook.app import make_window
    from casebook.core.demo.book import create_demo
    from casebook.core.time.clock import FixedClock
    from casebook.i18n.defaults import LANGUAGES

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEBOOK_HOME"] = tmp
        db = Path(tmp) / "demo.sqlite3"
        create_demo(db, cases=1500, seed=3, clock=FixedClock(NOW))  # a month has ~80
        lift = add_incident(db)
        for lang in LANGUAGES:
            window = make_window(db, lang, clock=FixedClock(NOW))
            window.set_filter("open")
            window.table.selectRow(0)  # selecting a row opens its case, as a click does
            QTest.qWait(50)
            grab_screen(app, out / f"main-{lang}.png")
            window.editor.go_to("follow")
            grab_screen(app, out / f"follow-{lang}.png")
            window.set_filter("unsigned")
            window.table.selectRow(0)
            QTest.qWait(50)
            window.editor.go_to("record")
            grab_screen(app, out / f"record-{lang}.png")
            sign = window.sign_form()
            if sign is not None:
                QTest.qWait(100)
                grab_screen(app, out / f"sign-{lang}.png")
                sign.close()
            preview = window.print_form()
            QTest.qWait(100)
            grab_screen(app, out / f"preview-{lang}.png")
            preview.close()
            from casebook.ui.dialogs import FirstStartDialog, SettingsDialog, StaffDialog

            for name, dialog in (("settings", SettingsDialog(window.session, window, lang=lang)),
                                 ("staff", StaffDialog(window.session, window, lang=lang)),
                                 ("first-start", FirstStartDialog(window, lang=lang))):
                dialog.show()
                QTest.qWait(30)
                grab_screen(app, out / f"{name}-{lang}.png")
                dialog.close()
            reports = window.open_reports()
            reports.preset.setCurrentIndex(reports.preset.findData("last_month"))
            QTest.qWait(50)
            grab_screen(app, out / f"reports-{lang}.png")
            from PySide6.QtWidgets import QScrollArea

            scroll = reports.findChild(QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            grab_screen(app, out / f"reports-tables-{lang}.png")
            reports.close()
            incidents = window.open_incidents(lift)
            QTest.qWait(50)
            grab_screen(app, out / f"incidents-{lang}.png")
            incidents.close()
            window.editor.loaded = window.editor.draft()  # nothing to ask on close
            window.close()
            window.session.book.close()
            print(out / f"main-{lang}.png")


def add_incident(db: Path) -> str:
    """The lift of building 3 stopped this morning: four households called; two have
    been replied to, one has signed, and the report to the manager is late."""
    from casebook.core.casebook import Casebook
    from casebook.core.time.clock import FixedClock

    clock = FixedClock(NOW - dt.timedelta(hours=3))
    people = (("Ivan Petrov", "ru", "Flat 12"), ("王芳", "zh_CN", "Flat 14"),
              ("Joost de Vries", "nl", "Flat 21"), ("ნინო ბერიძე", "ka", "Flat 30"))
    with Casebook.open(db, clock=clock) as book:
        owner = next(s.name for s in book.staff() if s.role != "manager")
        lift = book.incidents.open(title="Lift stopped between floors", place="Building 3",
                                   units="1-40", category="shared_facilities", by=owner)
        refs = []
        for n, (name, lang, flat) in enumerate(people):
            clock.set(NOW - dt.timedelta(hours=3, minutes=-10 * n))
            refs.append(book.open_case({
                "channel": "phone", "category": "shared_facilities",
                "customer": {"name": name, "phone": f"+31 6 5550 00{n}", "unit": flat,
                             "address": "Building 3", "language": lang},
                "hear": {"account": "The lift stopped between the 4th and 5th floor.",
                         "remedy_sought": "Repair the lift today"},
                "incident": {"ref": lift}}, by=owner))
        clock.set(NOW - dt.timedelta(minutes=30))
        book.incidents.reply_all(lift, by=owner, text="The lift runs again since 9:00; a "
                                 "technician replaced the door contact.",
                                 resolution_type="repair", refs=refs[:2])
        book.update_case(refs[0], {"reply": {"accepted": True}}, by=owner)
        book.sign(refs[0], by=owner)
    return lift


if __name__ == "__main__":
    if sys.argv[1:2] == ["--shoot"]:
        shoot(Path(sys.argv[2]))
    else:
        main()
