"""Erasing a customer's personal data and deleting a case: gone from every copy in the
file, statistics kept, the audit chain still verifiable and still catching tampering."""

import re
import sqlite3

import pytest

from casebook.core.trust import access
from casebook.core.trust import privacy
from casebook.errors import RuleViolation
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry, Case, Customer
from tests.conftest import new_case, raw_connect
from tests.drawings import png

NAME, PHONE, EMAIL = "Ivan Petrov", "+7 912 345-67-89", "ivan.petrov@example.ru"
STATS = ("received_at", "channel", "kind", "severity", "category", "nature", "state",
         "follow.owner", "reply.resolution.type", "reply.resolution.amount",
         "record.satisfaction", "record.signed_at", "hear.received_by")
REPLY = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone",
         "text": "Dear Mr Petrov, the boiler was repaired.",
         "resolution": {"type": "compensation", "amount": "20", "currency": "EUR",
                        "text": "20 EUR off the next invoice for Ivan Petrov"},
         "accepted": True}


def erase_approval(book, by="Marta"):
    return access.approve(book, access.ERASE, by=by)


@pytest.fixture
def two_cases(book):
    """Ivan's signed case (with an amendment and signatures) and his open one; and
    another customer's case that must stay as it was."""
    customer = {"name": NAME, "phone": PHONE, "email": EMAIL, "unit": "Flat 12",
                "address": "Lenina 5", "account": "ACC-7781", "language": "ru"}
    first = book.open_case(new_case(customer=customer, hear={
        "account": "Ivan Petrov says: heating off. Call him on +7 912 345 67 89."},
        reply=REPLY), by="Anna")
    book.add_action(first, "Called Ivan back on 89123456789", by="Anna")
    book.sign(first, by="Anna", satisfaction=4,
              signatures={"customer": png("customer"), "staff": png("staff")})
    book.update_case(first, {"ask": {"place": "Boiler room of Petrov's block"}}, by="Anna",
                     reason="Ivan Petrov corrected the place")
    second = book.open_case(new_case(customer={**customer},
                                     hear={"account": "Ещё раз звонил Petrov: нет воды"}),
                            by="Anna")
    other = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "+7 900 1"}),
                           by="Bert")
    assert book.case(second)["customer"]["id"] == book.case(first)["customer"]["id"]
    return first, second, other


def dump(db_path) -> str:
    """What `sqlite3 casebook.sqlite3 .dump` prints, with blobs (the search index's
    segments, attachments) decoded too, so a name hidden in hex is found."""
    conn = sqlite3.connect(db_path)
    try:
        lines = list(conn.iterdump())
    finally:
        conn.close()
    text = "\n".join(lines)
    blobs = [bytes.fromhex(h).decode("utf-8", "replace")
             for h in re.findall(r"X'([0-9A-Fa-f]+)'", text)]
    return "\n".join([text, *blobs])


def traces(text: str) -> list[str]:
    found = [t for t in ("Petrov", "Петров", "ivan.petrov", "ACC-7781", "Lenina",
                         "912 345", "9123456789", "345-67") if t.lower() in text.lower()]
    return found


# where a customer's details are written (settings and staff never hold them)
PERSONAL_TABLES = ("customer", "case", "question", "action", "deadline", "amendment",
                   "attachment", "audit_entry", "search_term")


def server_versions(url) -> str:
    """Every row version a PostgreSQL casebook keeps: the live rows as text, and how many
    dead versions (which could still hold erased text) each table and index keeps."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        tables = [t for (t,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        lines = [text for table in tables for (text,) in conn.execute(
            f'SELECT t::text FROM "{table}" AS t')]
        lines += [f"dead versions in {table}: {dead}" for table in PERSONAL_TABLES
                  for (dead,) in conn.execute(
                      "SELECT dead_tuple_count FROM pgstattuple(%s)", (table,)) if dead]
        # index entries of removed versions go with VACUUM too: the keys every index holds
        for (index,) in conn.execute("SELECT indexname FROM pg_indexes "
                                     "WHERE schemaname = 'public'"):
            pages = conn.execute("SELECT pg_relation_size(%s) / current_setting("
                                 "'block_size')::int", (index,)).fetchone()[0]
            for page in range(1, pages):
                for (data,) in conn.execute("SELECT data FROM bt_page_items(%s, %s)",
                                            (index, page)):
                    lines.append(bytes.fromhex(data.replace(" ", "") or "")
                                 .decode("utf-8", "replace"))
    return "\n".join(lines)


def test_erasure_leaves_no_trace_and_keeps_the_statistics(book, db_path, two_cases):
    first, second, other = two_cases
    before = {ref: book.case(ref) for ref in (first, second)}
    other_before = book.case(other)
    refs = privacy.erase_customer(book, second, approval=erase_approval(book))
    assert refs == [first, second]
    for ref in refs:
        doc = book.case(ref)
        for path in STATS:
            from casebook.core.cases.document import get_path

            assert get_path(doc, path) == get_path(before[ref], path), path
        assert doc["customer"]["name"] == privacy.MARKER
        assert doc["customer"]["language"] == "ru"
        assert not traces(str(doc)), traces(str(doc))
    doc = book.case(first)
    assert doc["hear"]["account"].startswith("[erased] says: heating off. Call him on [erased]")
    assert doc["reply"]["text"] == "Dear Mr [erased], the boiler was repaired."
    assert book.case(second)["hear"]["account"] == "Ещё раз звонил [erased]: нет воды"
    assert book.case(other) == other_before
    assert [a.kind for a in book.attachments(first)] == ["signature_staff"]
    for query in ("Petrov", "Ivan", "Петрова", "345-67", "ivan.petrov@example.ru", "ACC"):
        assert book.search(query) == [], query
    assert book.search("Smirnova") == [other]
    assert verify(book.db) == []
    erase = AuditEntry.select().where(AuditEntry.action == "erase").get()
    assert erase.changes["approved_by"] == [None, "Marta"]
    old, new = erase.changes["signed_hash"]
    assert old[first] != new[first] == Case.get(Case.ref == first).signed_hash
    book.close()
    if isinstance(db_path, str):  # a server: no dead row version or index entry holds them
        kept = server_versions(db_path)
        assert "dead versions" not in kept, [x for x in kept.splitlines() if "dead" in x]
        assert not traces(kept), traces(kept)
        return
    assert not traces(dump(db_path)), traces(dump(db_path))
    raw = db_path.read_bytes()  # free pages, the old index segments, the write-ahead log
    for needle in ("Petrov", "Петров", "ivan.petrov", "ACC-7781"):
        assert needle.encode("utf-8") not in raw, needle


def test_verify_still_catches_tampering_after_an_erasure(book, db_path, two_cases):
    first, _, _ = two_cases
    privacy.erase_customer(book, first, approval=erase_approval(book))
    assert verify(book.db) == []
    erased = (AuditEntry.select().where((AuditEntry.case_ref == first)
                                        & (AuditEntry.action == "create")).get())
    book.close()
    conn = raw_connect(db_path)
    conn.execute("UPDATE audit_entry SET changes = replace(changes, '[erased]', 'Someone') "
                 "WHERE id = ?", (erased.id,))
    conn.execute("UPDATE audit_entry SET changes = replace(changes, 'Marta', 'Anna') "
                 "WHERE action = 'erase'")
    conn.commit()
    conn.close()
    from casebook.core.casebook import Casebook

    with Casebook.open(db_path) as again:
        problems = verify(again.db)
    assert any(f"audit entry {erased.id} " in p for p in problems)
    assert any("erase" in p for p in problems)


def test_erasure_needs_a_managers_pin_once_pins_are_on(book, two_cases):
    first, _, _ = two_cases
    with pytest.raises(RuleViolation, match="manager's approval"):
        privacy.erase_customer(book, first, approval=None)
    with pytest.raises(RuleViolation, match="manager's approval"):
        privacy.erase_customer(book, first, approval=access.approve(book, access.DELETE,
                                                                    by="Marta"))
    access.set_pin(book, "Marta", "909090", by="Marta")
    with pytest.raises(RuleViolation, match="Wrong PIN"):
        access.approve(book, access.ERASE, by="Anna", approver="Marta", pin="1111")
    approval = access.approve(book, access.ERASE, by="Anna", approver="Marta", pin="909090")
    privacy.erase_customer(book, first, approval=approval)
    with pytest.raises(RuleViolation, match="already erased"):
        privacy.erase_customer(book, first, approval=approval)


def test_a_staff_members_name_in_the_customers_name_is_kept(book):
    ref = book.open_case(new_case(customer={"name": "Anna Berg", "phone": "0612345678"},
                                  hear={"account": "Anna Berg spoke to Anna at the desk"}),
                         by="Anna")
    privacy.erase_customer(book, ref, approval=erase_approval(book))
    doc = book.case(ref)
    assert doc["hear"]["account"] == "[erased] spoke to Anna at the desk"
    assert doc["hear"]["received_by"] == "Anna" and doc["follow"]["owner"] == "Anna"
    assert verify(book.db) == []


def test_russian_names_are_erased_with_their_case_endings(book):
    ref = book.open_case(new_case(customer={"name": "Иван Петров", "phone": ""},
                                  hear={"account": "У Петрова нет воды, Ивану обещали"}),
                         by="Anna")
    privacy.erase_customer(book, ref, approval=erase_approval(book))
    assert book.case(ref)["hear"]["account"] == "У [erased] нет воды, [erased] обещали"
    assert book.search("Петров") == [] and book.search("воды") == [ref]


def test_chinese_names_are_erased_inside_running_text(book):
    ref = book.open_case(new_case(customer={"name": "王芳", "phone": "13800138000"},
                                  hear={"account": "王芳说楼上漏水"}), by="Anna")
    privacy.erase_customer(book, ref, approval=erase_approval(book))
    assert book.case(ref)["hear"]["account"] == "[erased]说楼上漏水"
    assert book.search("王芳") == [] and book.search("漏水") == [ref]


def test_deleting_a_case(book, db_path, two_cases):
    first, second, other = two_cases
    approval = access.approve(book, access.DELETE, by="Marta")
    with pytest.raises(RuleViolation, match="Say why"):
        privacy.delete_case(book, other, reason="", approval=approval)
    privacy.delete_case(book, other, reason="Logged twice", approval=approval)
    assert not Case.select().where(Case.ref == other).exists()
    assert not Customer.select().where(Customer.name == "Olga Smirnova").exists()
    assert book.search("Smirnova") == []
    entry = AuditEntry.select().where(AuditEntry.action == "delete").get()
    assert entry.changes == {"case": [other, None], "reason": [None, "Logged twice"],
                             "approved_by": [None, "Marta"]}
    privacy.delete_case(book, first, reason="Test case", approval=approval)
    assert Customer.select().where(Customer.name == NAME).exists()  # still has a case
    assert verify(book.db) == []
    ref = book.open_case(new_case(), by="Anna")
    assert ref not in (first, second, other)  # references are never reused
