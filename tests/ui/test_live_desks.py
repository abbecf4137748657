"""Several desks on one casebook, each in its own process, as an office runs them.

What one desk saves shows in the other's open window within 2 s without anyone
touching it; when both edit one case the second save is refused, names who
changed what and when, and keeps its edits to merge; a follow-up done at one
desk leaves the other's due list; a reminder prompts its owner's desk only.
On PostgreSQL (NOTIFY) and on SQLite (the app and a script on one file).
"""

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from casebook.app import make_window
from tests.conftest import new_case
from tests.ui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]  # the other desk runs the tests' own module


def other_desk(db_path, *args) -> tuple[list[str], float]:
    """Run a change at another desk; its output and when it had committed."""
    out = subprocess.run([sys.executable, "-m", "tests.ui.other_desk", str(db_path), *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1] == "committed"
    return out.stdout.splitlines(), time.monotonic()


def listed(win) -> set[str]:
    return {win.model.ref_at(row) for row in range(win.model.rowCount())}


def test_a_case_saved_at_another_desk_shows_within_two_seconds(qtbot, window, db_path):
    assert listed(window) == set()
    lines, committed = other_desk(db_path, "open", "Нино Беридзе")
    ref = lines[0]
    qtbot.waitUntil(lambda: ref in listed(window), timeout=2000)
    print(f"shown {1000 * (time.monotonic() - committed):.0f} ms after the commit")
    lines, committed = other_desk(db_path, "place", ref, "Kelder 地下室")
    window.open_ref(ref)
    assert window.editor.fields["ask.place"].text() == "Kelder 地下室"


def test_the_second_save_of_one_case_is_refused_and_keeps_its_edits(qtbot, window, book,
                                                                    db_path):
    ref = book.open_case(new_case(), by="Anna")
    window.model.refresh()
    window.open_ref(ref)
    editor = window.editor
    type_text(qtbot, editor.fields["ask.item"], "Boiler 7")
    type_text(qtbot, editor.fields["ask.place"], "Basement")
    other_desk(db_path, "place", ref, "Boiler room")  # Bert saves first, at his desk
    qtbot.waitUntil(editor.stale.isVisible, timeout=2000)  # told before saving
    assert not editor.save()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "Bert changed case" in box.text() and "ask.place" in box.text()
    box.close()
    # nothing written over; Anna's edits still on screen, over the case as it is now
    book.bind()
    assert book.case(ref)["ask"]["place"] == "Boiler room"
    assert editor.fields["ask.place"].text() == "Basement"
    assert editor.fields["ask.item"].text() == "Boiler 7"
    assert editor.is_dirty()
    # she merges and saves again: her place wins, her item is kept
    editor.fields["ask.place"].setText("Basement, boiler room")
    assert editor.save()
    book.bind()
    saved = book.case(ref)["ask"]
    assert (saved["place"], saved["item"]) == ("Basement, boiler room", "Boiler 7")


def test_a_follow_up_done_at_one_desk_leaves_the_other_desks_list(qtbot, book, db_path,
                                                                   clock):
    ref = book.open_case(new_case(), by="Anna")
    anna = make_window(db_path, "en", clock=clock, operator="Anna")
    bert = make_window(db_path, "en", clock=clock, operator="Bert")
    qtbot.addWidget(anna)
    qtbot.addWidget(bert)
    clock.set(clock.now().replace(day=3, hour=9))  # the agreed reply time has come
    anna.check_due()
    bert.check_due()

    def replies(items):
        return [(d.ref, d.kind) for d in items if d.kind == "reply"]

    assert replies(anna.due.items) == [(ref, "reply")] == replies(anna.banner.items)
    assert anna.banner.isVisibleTo(anna)
    assert bert.due.items == [] and not bert.banner.isVisibleTo(bert)  # the owner's desk only
    other_desk(db_path, "done", ref, "reply")
    qtbot.waitUntil(lambda: replies(anna.due.items) == [], timeout=2000)
    assert replies(anna.banner.items) == []


def test_a_desk_saves_the_office_connection_without_a_password(qtbot, window, home):
    from casebook.core import paths
    from casebook.ui.dialogs import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.office.setText("postgresql://anna:geheim@office:5432/casebook")
    dialog.save()
    box = dialog.findChild(QMessageBox, "errorBox")
    assert box is not None and ".pgpass" in box.text()
    assert paths.saved_connection() is None and "geheim" not in str(list(home.rglob("*")))
    box.close()
    dialog.office.setText("postgresql://anna@office:5432/casebook")
    dialog.save()
    assert paths.saved_connection() == "postgresql://anna@office:5432/casebook"
    assert paths.default_target() == "postgresql://anna@office:5432/casebook"
