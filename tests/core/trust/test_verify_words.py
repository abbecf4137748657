"""`verify` names each problem exactly, and only the real ones (expectations by hand)."""

import datetime as dt

import pytest

from casebook.core.casebook import Casebook
from casebook.core.trust.verify import integrity, signed_cases, verify
from casebook.db import audit
from casebook.db.models import AuditEntry, Case
from tests.conftest import new_case, raw_connect

REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}


def signed(book):
    ref = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(ref, by="Anna")
    return ref


def sql(db_path, statement, *args):
    conn = raw_connect(db_path)
    conn.execute(statement, args)
    conn.commit()
    conn.close()


def test_an_honest_casebook_has_nothing_to_report(book):
    signed(book)
    assert integrity(book.db) == [] and signed_cases() == [] and verify(book.db) == []


def test_signed_content_rewritten_is_named_once(book, db_path):
    ref = signed(book)
    # the file keeps it deflated (schema 8): rewritten as the tool of someone who knows how
    content = book.get(ref).signed_content
    assert "Fixed it" in content
    sql(db_path, "UPDATE \"case\" SET signed_content = ? WHERE ref = ?",
        Case.signed_content.db_value(content.replace("Fixed it", "Never fixed")), ref)
    assert signed_cases() == [f"case {ref}: the signed content does not match its hash"]


def test_each_field_changed_behind_the_apps_back_is_named(book, db_path):
    ref = signed(book)
    other = signed(book)
    sql(db_path, "UPDATE \"case\" SET reply_text = 'We never promised', "
                 "ask_place = 'Attic' WHERE ref = ?", ref)
    assert signed_cases() == [
        f"case {ref}: ask.place differs from what the customer signed and no amendment "
        "records it",
        f"case {ref}: reply.text differs from what the customer signed and no amendment "
        "records it"]
    assert other not in " ".join(signed_cases())


def test_an_amendment_covers_only_the_value_it_records(book, db_path):
    ref = signed(book)
    book.update_case(ref, {"reply": {"text": "Fixed at 08:30"}}, by="Marta", reason="time")
    book.update_case(ref, {"reply": {"text": "Fixed at 08:45"}}, by="Marta", reason="again")
    assert verify(book.db) == []  # the latest amendment says what the case holds
    sql(db_path, "UPDATE \"case\" SET reply_text = 'Fixed at 08:30' WHERE ref = ?", ref)
    assert signed_cases() == [
        f"case {ref}: reply.text differs from what the customer signed and no amendment "
        "records it"]


def test_the_chain_starts_at_genesis_and_a_batch_continues_it(book):
    AuditEntry.delete().execute()  # an empty log starts from the genesis link
    assert audit.last_hash() == audit.GENESIS
    at = dt.datetime(2026, 3, 2, 9, 0, 0, 700_000, tzinfo=dt.timezone.utc)
    first = audit.append(at=at, actor="Anna", case_ref="", action="setting",
                         changes={"x": [None, 1]})
    assert first == audit.entry_hash(audit.GENESIS, at.replace(microsecond=0), "Anna", "",
                                     "setting", {"x": [None, 1]})
    chain = audit.Chain.resume()
    assert chain.prev == first
    chain.add(at=at, actor="Anna", case_ref="2026-00001", action="create",
              changes={"a": [None, 2]})
    chain.add(at=at, actor="Anna", case_ref="2026-00002", action="create",
              changes={"a": [None, 3]})
    assert AuditEntry.select().count() == 1  # nothing written before the flush
    chain.flush()
    chain.flush()  # twice writes nothing twice
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert [r.prev_hash for r in rows] == [audit.GENESIS, first, rows[1].hash]
    assert [r.at for r in rows] == [at.replace(microsecond=0)] * 3
    assert audit.verify_chain() == [] and audit.last_hash() == rows[2].hash
    assert audit.canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'


def test_an_entry_given_its_own_link_is_written_with_it(book):
    forged = audit.append(at=dt.datetime(2026, 3, 2, tzinfo=dt.timezone.utc), actor="Anna",
                          case_ref="", action="setting", changes={}, prev_hash="f" * 64)
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (last.prev_hash, last.hash) == ("f" * 64, forged)
    assert audit.verify_chain() == [
        f"audit entry {last.id}: link to the previous entry is broken (an entry was removed "
        "or inserted)"]


def test_a_hash_mismatch_does_not_stop_the_next_case_being_checked(book, db_path):
    first, second = signed(book), signed(book)
    sql(db_path, "UPDATE \"case\" SET signed_hash = 'x' WHERE ref = ?", first)
    sql(db_path, "UPDATE \"case\" SET ask_place = 'Attic' WHERE ref = ?", second)
    assert signed_cases() == [
        f"case {first}: the signed content does not match its hash",
        f"case {second}: ask.place differs from what the customer signed and no amendment "
        "records it"]


@pytest.mark.sqlite_only("a damaged page of the file, found by SQLite's own check")
def test_a_damaged_page_is_named_by_sqlites_own_check(book, db_path, clock):
    from casebook.core.casebook import Casebook

    for n in range(40):
        book.open_case(new_case(customer={"name": f"Klant {n}", "phone": str(n)}), by="Anna")
    book.close()
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the file's page size, from its header
    for n in range(5, len(data) // page, 3):  # part of every third page: a failing disk
        data[n * page + 50:n * page + 400] = b"\xa5" * 350
    db_path.write_bytes(bytes(data))
    with Casebook.open(db_path, clock=clock) as damaged:
        found = integrity(damaged.db)
        assert found and all(line.startswith("database: ") for line in found)
        assert verify(damaged.db)[:len(found)] == found


def test_a_log_that_cannot_be_read_is_a_finding_not_a_crash(book, db_path):
    sql(db_path, "DROP TABLE audit_entry")
    assert integrity(book.db) == []
    found = verify(book.db)
    if isinstance(db_path, str):  # the server says it in its own words
        assert len(found) == 1 and found[0].startswith("database: relation \"audit_entry\"")
    else:
        assert found == ["database: no such table: audit_entry"]


def test_hashes_are_of_the_text_as_written_whatever_the_pc_s_timezone(book, monkeypatch):
    import hashlib
    import time
    from decimal import Decimal

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()  # the C library now reads local time in Tokyo
    try:
        at = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        body = ('["' + "0" * 64 + '","2026-03-02T09:00:00","Ольга","2026-00001","update",'
                '{"amount":["1.50","2.00"],"place":[null,"Kelder é"]}]')
        assert audit.entry_hash(audit.GENESIS, at, "Ольга", "2026-00001", "update",
                                {"place": [None, "Kelder é"],
                                 "amount": [Decimal("1.50"), Decimal("2.00")]}) == \
            hashlib.sha256(body.encode("utf-8")).hexdigest()
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_batch_goes_on_after_a_flush(book):
    chain = audit.Chain.resume()
    at = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
    chain.add(at=at, actor="Anna", case_ref="", action="setting", changes={"a": [None, 1]})
    chain.flush()
    chain.add(at=at, actor="Anna", case_ref="", action="setting", changes={"a": [1, 2]})
    chain.flush()
    assert audit.verify_chain() == []


def test_an_edited_entry_without_a_case_is_named_with_a_dash(book, db_path):
    sql(db_path, "UPDATE audit_entry SET actor = 'Mallory' WHERE id = 2")
    assert audit.verify_chain() == [
        "audit entry 2 (-, setting): content does not match its hash (it was edited)"]


def test_an_erasure_vouches_only_for_what_it_rewrote(book, db_path):
    from casebook.core.trust import access, privacy

    ref = book.open_case(new_case(), by="Anna")
    privacy.erase_customer(book, ref, approval=access.approve(book, access.ERASE, by="Marta"))
    assert audit.verify_chain() == []  # the rewritten entries are vouched for
    erase = AuditEntry.select().where(AuditEntry.action == "erase").get()
    created = AuditEntry.select().where((AuditEntry.case_ref == ref)
                                        & (AuditEntry.action == "create")).get()
    assert str(created.id) in erase.changes["redacted"][1]
    sql(db_path, "UPDATE audit_entry SET actor = 'Mallory' WHERE id = ?", created.id)
    assert audit.verify_chain() == [
        f"audit entry {created.id} ({ref}, create): content does not match its hash "
        "(it was edited)"]


def test_a_field_after_an_amended_one_is_still_checked(book, db_path):
    ref = signed(book)
    book.update_case(ref, {"ask": {"place": "Kelder"}}, by="Marta", reason="the customer said")
    sql(db_path, "UPDATE \"case\" SET reply_text = 'We never promised' WHERE ref = ?", ref)
    assert signed_cases() == [
        f"case {ref}: reply.text differs from what the customer signed and no amendment "
        "records it"]


def test_a_question_added_behind_the_apps_back_is_named(book, db_path):
    ref = signed(book)
    sql(db_path, "INSERT INTO question (case_id, position, q, a) "
                 "SELECT id, 1, 'Did we promise a refund?', 'Yes' FROM \"case\" WHERE ref = ?", ref)
    found = signed_cases()
    assert found and all(line.startswith(f"case {ref}: ask.qa") for line in found)


@pytest.mark.sqlite_only("the pages of a file")
def test_a_damaged_page_is_named_as_sqlite_reports_it(book, db_path, clock):
    """Each line of SQLite's own integrity check, prefixed "database:" — read here with
    the sqlite3 module, not with the code under test."""
    import sqlite3

    for n in range(40):
        book.open_case(new_case(hear={"account": f"Lekkage {n} " + "x" * 400,
                                      "remedy_sought": "Reparatie"}), by="Anna")
    page = book.db.execute_sql("PRAGMA page_size").fetchone()[0]
    root = book.db.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'case_received_at'").fetchone()[0]
    book.close()  # everything in the file itself
    with open(db_path, "r+b") as fh:  # an index page overwritten: the table reads on
        fh.seek((root - 1) * page + 8)
        fh.write(b"\x07" * 64)
    conn = sqlite3.connect(db_path)
    expected = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    conn.close()
    assert expected != ["ok"]
    with Casebook.open(db_path, clock=clock, read_only=True) as damaged:
        assert integrity(damaged.db) == [f"database: {line}" for line in expected]
