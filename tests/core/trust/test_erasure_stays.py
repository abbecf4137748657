"""Erasure that stays erased (issue #13): drafts, deleted cases, the write-ahead log
while another program reads, automatic backups, a restore of an older backup, and the
same person typed differently."""

import sqlite3

import pytest

from casebook.core import drafts
from casebook.core.casebook import Casebook
from casebook.core.trust import access, backup, privacy
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry
from tests.conftest import new_case

NAME, PHONE, EMAIL = "Grace Jones", "+44 20 7946 0958", "grace.jones@example.org"
# the bytes searched for: the name, the phone as typed and as bare digits, the email
NEEDLES = (b"Grace", b"Jones", b"7946 0958", b"79460958", b"grace.jones@example.org")


def approval(book, action=access.ERASE):
    return access.approve(book, action, by="Marta")


def customer(**over):
    return {"name": NAME, "phone": PHONE, "email": EMAIL, "unit": "Flat 3", "language": "en",
            **over}


def found_in(path) -> list[bytes]:
    data = path.read_bytes()
    return [n for n in NEEDLES if n in data]


def files_under(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.mark.sqlite_only("the bytes of the casebook file, its write-ahead log and backups")
def test_an_erasure_leaves_no_byte_anywhere_even_while_a_reader_holds_a_snapshot(
        book, db_path, home, tmp_path, clock):
    kept = book.open_case(new_case(customer=customer(), hear={
        "account": "Grace Jones called from 020 7946 0958 about the lift"}), by="Anna")
    book.add_action(kept, "Rang Grace back on +44 20 7946 0958", by="Anna")
    dropped = book.open_case(new_case(customer=customer(), hear={
        "account": "Second call from Grace Jones, logged twice"}), by="Anna")
    other = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"}),
                           by="Bert")
    older = backup.backup(db_path, clock.now(), tmp_path / "older.sqlite3")  # backup -o
    auto = backup.auto_backup(db_path, clock.now())  # in the data folder
    privacy.delete_case(book, dropped, reason="Logged twice",
                        approval=approval(book, access.DELETE))
    doc = book.case_to_edit(kept)
    doc["ask"]["place"] = "Lift of Grace Jones's block"
    draft = drafts.save(book.location, kept, doc)  # the desk's autosave, then a crash
    assert found_in(draft) and found_in(auto)

    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM customer").fetchone() == (2,)  # a snapshot
    erasure = privacy.erase_customer(book, kept, approval=approval(book), scrub_backups=True)
    assert erasure == [kept] and erasure.deleted == [dropped]
    assert erasure.drafts == 1 and erasure.backups == [auto]
    assert erasure.notices == [
        "Another program is reading this casebook, so the erased details stay in its "
        "write-ahead log until Casebook closes it; the clean-up is tried again then."]
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0  # the reader's snapshot kept the log
    reader.rollback()
    book.close()  # the checkpoint is tried again, and now goes through
    assert not wal.exists() or wal.stat().st_size == 0
    reader.close()

    assert found_in(db_path) == []
    for path in files_under(home):  # the draft, the automatic backup, everything
        assert found_in(path) == [], path
    with Casebook.open(db_path, clock=clock) as again:
        history = AuditEntry.select().where(AuditEntry.case_ref == dropped).order_by(
            AuditEntry.id)
        assert [e.action for e in history] == ["create", "delete"]  # kept, and erased
        assert verify(again.db) == []
        assert again.case(other)["customer"]["name"] == "Olga Smirnova"
        saved = drafts.load(again.location)
        assert saved["draft"]["customer"]["name"] == privacy.MARKER
        assert saved["draft"]["ask"]["place"] == "Lift of [erased]'s block"
    with Casebook.open(auto, clock=clock) as copy:  # the scrubbed backup still verifies
        assert verify(copy.db) == []
        erase = AuditEntry.get(AuditEntry.action == "erase")  # and names the erasure
        assert erase.changes["reapplied"] == [None, erasure.entry]

    assert found_in(older)  # a backup the manager made elsewhere still holds them…
    before, erased = backup.restore_keeping_erasures(db_path, older, clock.now(), by="Marta")
    assert erased == [kept, dropped]  # …and a restore of it erases them again
    for path in (db_path, before, *files_under(home)):
        assert found_in(path) == [], path
    assert not db_path.with_name(db_path.name + "-wal").exists()
    with Casebook.open(db_path, clock=clock) as restored:
        assert verify(restored.db) == []
        assert restored.case(kept)["hear"]["account"] == (
            "[erased] called from [erased] about the lift")
        entry = AuditEntry.select().where(AuditEntry.action == "erase").get()
        assert entry.changes["approved_by"] == [None, "Marta"]
        assert entry.changes["reapplied"][1]  # the hash of the replaced casebook's erasure


def test_the_deleted_cases_history_is_erased_with_the_customer(book, db_path):
    kept = book.open_case(new_case(customer=customer()), by="Anna")
    dropped = book.open_case(new_case(customer=customer(), hear={
        "account": "Grace Jones again"}), by="Anna")
    stranger = book.open_case(new_case(customer={"name": "Olga Smirnova"}), by="Anna")
    namesake = book.open_case(new_case(customer={"name": "Grace Jones", "phone": "0612 999 888",
                                                 "email": ""}), by="Anna")
    assert book.get(namesake).customer_id != book.get(kept).customer_id
    for ref in (dropped, stranger, namesake):
        privacy.delete_case(book, ref, reason="Test", approval=approval(book, access.DELETE))
    erasure = privacy.erase_customer(book, kept, approval=approval(book))
    assert erasure.deleted == [dropped]
    create = AuditEntry.get((AuditEntry.case_ref == dropped) & (AuditEntry.action == "create"))
    assert create.changes["customer"][1]["name"] == privacy.MARKER
    assert create.changes["hear.account"][1] == "[erased] again"
    for ref, name in ((stranger, "Olga Smirnova"), (namesake, "Grace Jones")):
        other = AuditEntry.get((AuditEntry.case_ref == ref) & (AuditEntry.action == "create"))
        assert other.changes["customer"][1]["name"] == name  # someone else: kept
    erase = AuditEntry.get(AuditEntry.action == "erase")
    assert erase.changes["deleted cases"] == [None, [dropped]]
    assert verify(book.db) == []


def test_the_same_person_typed_differently_is_offered_and_can_be_included(book):
    mine = book.open_case(new_case(customer=customer()), by="Anna")
    spaced = book.open_case(new_case(customer={"name": "Grace  Jones", "phone": ""}),
                            by="Anna")
    by_phone = book.open_case(new_case(customer={"name": "G. J.", "phone": "020-7946-0958"}),
                              by="Anna")
    by_mail = book.open_case(new_case(customer={"name": "GJ", "phone": "",
                                                "email": " Grace.Jones@Example.org"}),
                             by="Anna")
    slip = book.open_case(new_case(customer={"name": "Grace Jonse", "phone": ""}), by="Anna")
    book.open_case(new_case(customer={"name": "Grace Jonas-Smith", "phone": "020 7946 1111"}),
                   by="Anna")
    found = privacy.lookalikes(book, mine)
    assert [(f["cases"], f["why"]) for f in found] == [
        ([spaced], ["name"]), ([by_phone], ["phone"]), ([by_mail], ["email"]),
        ([slip], ["name"])]
    erasure = privacy.erase_customer(book, mine, approval=approval(book),
                                     include=[f["id"] for f in found[:3]])
    assert erasure == [mine, spaced, by_phone, by_mail]
    for ref in erasure:
        assert book.case(ref)["customer"]["name"] == privacy.MARKER
    assert book.case(slip)["customer"]["name"] == "Grace Jonse"  # not chosen: kept
    erase = AuditEntry.get(AuditEntry.action == "erase")
    assert erase.changes["same person"] == [None, [f["id"] for f in found[:3]]]
    assert privacy.lookalikes(book, slip) == []  # erased records are not offered
    assert verify(book.db) == []


def test_drafts_belong_to_their_casebook(book, db_path, tmp_path, home):
    ref = book.open_case(new_case(customer=customer()), by="Anna")
    drafts.save(book.location, ref, book.case_to_edit(ref))
    demo = tmp_path / "demo.sqlite3"
    assert drafts.load(demo) is None  # never offered in another casebook
    assert drafts.load(book.location)["ref"] == ref
    assert drafts.draft_path(demo) != drafts.draft_path(book.location)
    assert not (home / "draft.json").exists()
