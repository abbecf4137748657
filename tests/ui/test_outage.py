"""The server goes away in the middle of a save and comes back.

The save is reported as not saved, the edits stay in the editor, the window
says the connection is lost and keeps trying; once the server is back the
window says nothing any more, the same save succeeds, and nothing is lost.
"""

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from casebook.app import make_window
from casebook.core.casebook import Casebook
from casebook.db import audit
from tests import pgserver
from tests.conftest import new_case
from tests.ui.conftest import type_text


@pytest.fixture
def own_server():
    """A server of this test's own, to stop and start at will."""
    if pgserver.server_bin() is None:
        if os.environ.get("CASEBOOK_TEST_PG"):
            pytest.fail("CASEBOOK_TEST_PG is set but the server binaries are missing")
        pytest.skip("needs PostgreSQL's server binaries (Debian's postgresql package)")
    server = pgserver.Server().start()
    server.wait_ready()
    yield server
    server.remove()


def test_a_save_cut_off_by_a_server_restart_is_reported_then_succeeds(
        qtbot, own_server, clock, monkeypatch):
    import psycopg

    with psycopg.connect(own_server.url(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE office")
    url = own_server.url("office")
    with Casebook.open(url, clock=clock) as book:
        book.add_staff("Anna", "desk")
        earlier = book.open_case(new_case(), by="Anna")
        ref = book.open_case(new_case(customer={"name": "Нино Беридзе"}), by="Anna")
    win = make_window(url, "en", clock=clock, operator="Anna")
    qtbot.addWidget(win)
    win.open_ref(ref)
    editor = win.editor
    type_text(qtbot, editor.fields["ask.place"], "Kelder 地下室")

    real_append = audit.append

    def pull_the_plug(**entry):  # the server stops half-way through the save's transaction
        own_server.stop(mode="immediate")
        return real_append(**entry)

    monkeypatch.setattr(audit, "append", pull_the_plug)
    assert not editor.save()
    monkeypatch.setattr(audit, "append", real_append)
    box = win.findChild(QMessageBox, "errorBox")
    assert box is not None and "connection to the casebook server" in box.text()
    assert "was not saved" in box.text()
    box.close()
    assert editor.fields["ask.place"].text() == "Kelder 地下室" and editor.is_dirty()
    assert editor.unsaved.isVisibleTo(win)  # never shown as saved
    win.live.poll()
    assert win.offline.isVisibleTo(win)  # the window says so

    own_server.start()
    own_server.wait_ready()  # a loaded machine: the server may still be recovering its log
    qtbot.waitUntil(lambda: not win.offline.isVisibleTo(win), timeout=15_000)  # retried

    said = []

    def saved_again() -> bool:  # the clerk presses Save again until the server takes it
        for box in win.findChildren(QMessageBox, "errorBox"):
            said.append(box.text())
            box.close()
        return editor.save()

    try:
        qtbot.waitUntil(saved_again, timeout=15_000)  # the same save, again: through
    except qtbot.TimeoutError:
        pytest.fail(f"the save never went through; the window said: {said[-2:]}")
    assert not editor.unsaved.isVisibleTo(win)
    with Casebook.open(url, clock=clock) as book:
        assert book.case(ref)["ask"]["place"] == "Kelder 地下室"
        assert book.case(earlier)["customer"]["name"] == "Ivan Petrov"  # nothing lost
        from casebook.core.trust.verify import verify

        assert verify(book.db) == []
