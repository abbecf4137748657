"""What an erasure may change in an audit entry, and a backup whose log is empty.

An erasure writes its marker "[erased]" into text where personal data stood, and nothing
else: an entry rewritten in any other way (a number turned into text, a key added or
dropped, a list made longer) differs from the backup's copy by more than an erasure
writes, and `verify` names it.
"""

import sqlite3

from casebook.core.trust.backup import backup
from casebook.core.trust.verify import _only_erased, record_anchor, verify
from tests.conftest import new_case

E = "[erased]"


def test_an_erasure_writes_its_marker_into_text_and_nowhere_else():
    # what an erasure does: text where a name, phone or address stood becomes the marker
    assert _only_erased({"customer.name": [None, "Olga Smirnova"]},
                        {"customer.name": [None, E]})
    assert _only_erased({"note": ["Called Olga", "Called Olga on +7 900"]},
                        {"note": [f"Called {E}", f"Called {E} on {E}"]})
    assert _only_erased(["Olga", 3, None, {"a": "Olga"}], [E, 3, None, {"a": E}])
    assert _only_erased("same", "same") and _only_erased(120, 120) and _only_erased(None, None)
    # a value of another type is no erasure: a number, a flag, nothing, a list or a record
    # turned into the marker
    assert not _only_erased({"amount": [None, 120]}, {"amount": [None, E]})
    assert not _only_erased({"accepted": [None, True]}, {"accepted": [None, E]})
    assert not _only_erased({"phone": [None, None]}, {"phone": [None, E]})
    assert not _only_erased({"names": ["Olga"]}, {"names": E})
    assert not _only_erased(["Olga"], E)
    assert not _only_erased({"a": "Olga"}, E)
    assert not _only_erased("Olga", ["Olga"])
    assert not _only_erased("Olga", {"a": E})
    # text split into a list of its letters, or a list of letters joined into text
    assert not _only_erased("ab", ["a", "b"])
    assert not _only_erased(list(E), E)
    # text changed without the marker, or the marker where there was a number
    assert not _only_erased("Olga", "Anna")
    assert not _only_erased(7, f"7 {E}")
    # keys added or dropped, lists made longer or shorter
    assert not _only_erased({"a": "Olga"}, {"a": E, "b": E})
    assert not _only_erased({"a": "Olga", "b": "x"}, {"a": E})
    assert not _only_erased({"a": "Olga"}, {"b": E})
    assert not _only_erased(["Olga"], [E, E])
    assert not _only_erased(["Olga", "Anna"], [E])
    # every part must pass, not just one
    assert not _only_erased({"a": "Olga", "b": 1}, {"a": E, "b": 2})
    assert not _only_erased(["Olga", 1], [E, 2])
    assert not _only_erased(["Olga", 1], [E, E])


def test_a_backup_whose_log_is_empty_vouches_for_nothing_and_blames_nothing(book, db_path,
                                                                             clock, tmp_path):
    book.open_case(new_case(), by="Anna")
    saved = backup(db_path, clock.now(), tmp_path / "empty-log.sqlite3")
    conn = sqlite3.connect(saved)
    conn.execute('DELETE FROM "audit_entry"')
    conn.commit()
    assert record_anchor(conn) == (0, "0" * 64)  # no entries: the chain's start as head
    assert conn.execute('SELECT "entries", "head" FROM "backup_anchor"').fetchall() == [
        (0, "0" * 64)]
    conn.close()
    book.bind()
    assert verify(book.db, backups=[saved]) == []
    # the same empty log, with an anchor that says it held entries, was cut after
    conn = sqlite3.connect(saved)
    conn.execute('UPDATE "backup_anchor" SET "entries" = 3')
    conn.commit()
    conn.close()
    assert verify(book.db, backups=[saved]) == [
        "backup empty-log.sqlite3: its audit log was changed after it was taken (it recorded "
        "3 entries, it holds 0)"]
