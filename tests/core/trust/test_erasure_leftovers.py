"""What an erasure leaves for later, and what it leaves alone: the write-ahead log a
reader kept (tried again, and said in the log while it cannot be done), the desk's
unsaved drafts (a new case's, a case's whose customer was retyped), the automatic
backups when not asked to scrub them, and the search index (never rebuilt for it)."""

import logging
import sqlite3

import pytest

from casebook.core import drafts
from casebook.core.trust import access, backup, privacy
from casebook.core.trust.verify import verify
from casebook.db.models import Amendment, AuditEntry
from tests.conftest import new_case

GRACE = {"name": "Grace Jones", "phone": "+44 20 7946 0958", "email": "grace.jones@example.org",
         "unit": "Flat 3", "language": "en"}


def approval(book, action=access.ERASE):
    return access.approve(book, action, by="Marta")


def warnings(caplog) -> list[tuple[str, str]]:
    return [(r.name, r.getMessage()) for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.sqlite_only("the write-ahead log of the casebook file")
def test_a_checkpoint_a_reader_blocks_is_logged_and_done_once_the_reader_is_gone(
        book, db_path, caplog):
    caplog.set_level(logging.WARNING)
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM customer").fetchone() == (1,)  # a snapshot
    privacy.erase_customer(book, ref, approval=approval(book))
    assert book.checkpoint_due is True
    assert warnings(caplog) == []
    assert privacy.finish_checkpoint(book) is False  # the reader still holds it
    assert book.checkpoint_due is True
    assert warnings(caplog) == [(
        "casebook.privacy",
        f"{db_path}: another program still reads it; the erased details stay in its "
        "write-ahead log until that program closes it")]
    reader.rollback()
    reader.close()
    assert privacy.finish_checkpoint(book) is True
    assert book.checkpoint_due is False
    assert len(warnings(caplog)) == 1  # nothing more to say
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_new_cases_draft_naming_the_customer_loses_every_detail(book):
    """The desk was logging a new case for Grace (picked from the list, so her record's
    id) and had typed her new mobile number: not a value on file, yet it goes too."""
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    customer_id = book.case(ref)["customer"]["id"]
    draft = new_case(customer={**GRACE, "id": customer_id, "phone": "+44 7700 900123"},
                     hear={"account": "Grace rang again", "remedy_sought": "x"})
    drafts.save(book.location, None, draft)
    erasure = privacy.erase_customer(book, ref, approval=approval(book))
    assert erasure.drafts == 1
    saved = drafts.load(book.location)
    assert saved["ref"] is None
    assert {f: saved["draft"]["customer"][f] for f in ("name", "phone", "email", "unit")} == {
        "name": "[erased]", "phone": "[erased]", "email": "[erased]", "unit": "[erased]"}
    assert saved["draft"]["customer"]["id"] == customer_id
    assert saved["draft"]["hear"]["account"] == "[erased] rang again"


def test_a_cases_draft_with_a_retyped_customer_loses_every_detail(book):
    """A draft of one of her cases whose customer block the desk had retyped (no record
    chosen, a new phone): it is her case, so the whole block goes."""
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    doc = book.case_to_edit(ref)
    doc["customer"] = {"name": "G. Jones-Baker", "phone": "+44 7700 900123"}
    drafts.save(book.location, ref, doc)
    erasure = privacy.erase_customer(book, ref, approval=approval(book))
    assert erasure.drafts == 1
    saved = drafts.load(book.location)
    assert saved["ref"] == ref
    assert saved["draft"]["customer"] == {"name": "[erased]", "phone": "[erased]"}


@pytest.mark.sqlite_only("automatic backups are files beside a casebook file")
def test_backups_are_scrubbed_only_when_asked(book, db_path, clock):
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    auto = backup.auto_backup(db_path, clock.now())
    erasure = privacy.erase_customer(book, ref, approval=approval(book))
    assert erasure.backups == []
    assert b"Grace Jones" in auto.read_bytes()  # left for the manager to decide


def test_two_records_of_one_person_are_erased_as_one_and_the_log_names_the_other(book):
    mine = book.open_case(new_case(customer=GRACE), by="Anna")
    spaced = book.open_case(new_case(customer={"name": "Grace  Jones", "phone": ""}),
                            by="Anna")
    found = privacy.lookalikes(book, mine)
    assert [f["cases"] for f in found] == [[spaced]]
    erasure = privacy.erase_customer(book, mine, approval=approval(book),
                                     include=[found[0]["id"]])
    assert erasure == [mine, spaced]
    assert erasure.customers == [book.case(mine)["customer"]["id"], found[0]["id"]]
    erase = AuditEntry.get(AuditEntry.action == "erase")
    assert erase.changes["same person"] == [None, [found[0]["id"]]]
    alone = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"}),
                           by="Anna")
    privacy.erase_customer(book, alone, approval=approval(book))
    last = AuditEntry.select().where(AuditEntry.action == "erase").order_by(
        AuditEntry.id.desc()).get()
    assert "same person" not in last.changes


def test_erasing_and_deleting_take_the_cases_words_out_without_a_rebuild(book, caplog):
    caplog.set_level(logging.WARNING)
    erased = book.open_case(new_case(customer=GRACE, hear={"account": "Boiler lekt",
                                                           "remedy_sought": "x"}), by="Anna")
    deleted = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"},
                                      hear={"account": "Deur klemt", "remedy_sought": "x"}),
                             by="Anna")
    kept = book.open_case(new_case(customer={"name": "Piet de Vries", "phone": "0613"},
                                   hear={"account": "Deur klemt ook", "remedy_sought": "x"}),
                          by="Anna")
    privacy.erase_customer(book, erased, approval=approval(book))
    privacy.delete_case(book, deleted, reason="logged twice",
                        approval=approval(book, access.DELETE))
    assert [w for w in warnings(caplog) if w[0] == "casebook.db"] == []  # no rebuild
    assert book.search("grace") == [] and book.search("boiler") == [erased]
    assert book.search("smirnova") == [] and book.search("klemt") == [kept]


REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}


def test_a_signed_cases_amendments_lose_her_details_before_and_after(book):
    """After signing, an edit is an amendment that keeps the text as it was: her name
    in the account before the edit, and in the new text too, are erased."""
    from tests.drawings import png

    ref = book.open_case(new_case(customer=GRACE, reply=REPLY,
                                  hear={"account": "Grace Jones belde over de lift",
                                        "remedy_sought": "x"}), by="Anna")
    book.sign(ref, by="Anna", signatures={"customer": png("Grace"), "staff": png("Anna")})
    book.update_case(ref, {"hear": {"account": "Mevrouw Jones belde over de lift in blok B"}},
                     by="Anna", reason="Grace Jones noemde het blok")
    privacy.erase_customer(book, ref, approval=approval(book))
    [amended] = Amendment.select().where((Amendment.case == book.get(ref).id)
                                         & (Amendment.field == "hear.account"))
    assert (amended.before, amended.after, amended.reason) == (
        "[erased] belde over de lift", "Mevrouw [erased] belde over de lift in blok B",
        "[erased] noemde het blok")


def test_the_forms_printed_from_her_cases_are_deleted_and_a_form_that_stays_is_logged(
        book, home, caplog):
    caplog.set_level(logging.WARNING)
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    other = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"}),
                           by="Anna")
    forms = home / "forms"
    forms.mkdir(parents=True)
    (forms / f"{ref}.pdf").write_bytes(b"%PDF-1.4 Grace Jones")
    (forms / f"{other}.pdf").write_bytes(b"%PDF-1.4 Olga Smirnova")
    privacy.erase_customer(book, ref, approval=approval(book))
    assert sorted(p.name for p in forms.iterdir()) == [f"{other}.pdf"]
    assert warnings(caplog) == []
    # a form that cannot be deleted (here a folder in its place) is named in the log
    (forms / f"{other}.pdf").unlink()
    (forms / f"{other}.pdf").mkdir()
    privacy.erase_customer(book, other, approval=approval(book))
    assert warnings(caplog) == [(
        "casebook.privacy", f"could not delete the form of {other}: [Errno 21] Is a "
        f"directory: '{forms / (other + '.pdf')}'")]


def test_drafts_that_cannot_be_rewritten_leave_the_erasure_done_and_say_so(book, monkeypatch,
                                                                            caplog):
    caplog.set_level(logging.WARNING)
    ref = book.open_case(new_case(customer=GRACE), by="Anna")
    drafts.save(book.location, ref, book.case_to_edit(ref))

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(drafts, "atomic_write", disk_full)
    erasure = privacy.erase_customer(book, ref, approval=approval(book))
    assert erasure == [ref] and erasure.drafts == 0
    assert book.case(ref)["customer"]["name"] == "[erased]"
    assert warnings(caplog) == [("casebook.privacy", "could not scrub the drafts after an "
                                 "erasure: [Errno 28] No space left on device")]


def test_a_deleted_case_of_her_record_is_hers_after_her_details_changed(book):
    """A case logged for her record (picked from the list: its log names the record) and
    deleted is erased too, although nothing she is called or reached by now matches
    what it says."""
    mine = book.open_case(new_case(customer=GRACE), by="Anna")
    record = book.case(mine)["customer"]["id"]
    deleted = book.open_case(new_case(customer={**GRACE, "id": record}), by="Anna")
    assert book.case(deleted)["customer"]["id"] == record
    privacy.delete_case(book, deleted, reason="logged twice",
                        approval=approval(book, access.DELETE))
    book.update_case(mine, {"customer": {"name": "Grace Baker", "phone": "+44 7700 900123",
                                         "email": "grace.baker@example.org"}}, by="Anna")
    erasure = privacy.erase_customer(book, mine, approval=approval(book))
    assert erasure == [mine] and erasure.deleted == [deleted]
    history = AuditEntry.select().where(AuditEntry.case_ref == deleted).order_by(AuditEntry.id)
    assert b"Grace Jones" not in repr([e.changes for e in history]).encode()


def test_a_case_merged_into_hers_loses_her_details_from_its_history(book):
    """A merge deletes the case merged away; its own log entries (opened with her name,
    phone and words) stay in the log and are erased like a deleted case's."""
    from casebook.core.incidents import merging

    mine = book.open_case(new_case(customer=GRACE), by="Anna")
    merged = book.open_case(new_case(customer=GRACE, hear={
        "account": "Grace Jones belt opnieuw over de lift", "remedy_sought": "x"}), by="Anna")
    other = book.open_case(new_case(customer={"name": "Olga Smirnova", "phone": "0612"}),
                           by="Anna")
    merging.merge(book, mine, merged, reason="the same complaint",
                  approval=approval(book, access.MERGE))
    erasure = privacy.erase_customer(book, mine, approval=approval(book))
    assert erasure == [mine] and erasure.deleted == [merged]
    [opened] = AuditEntry.select().where((AuditEntry.case_ref == merged)
                                         & (AuditEntry.action == "create"))
    assert opened.changes["customer"][1]["name"] == "[erased]"
    assert opened.changes["customer"][1]["phone"] == "[erased]"
    assert opened.changes["hear.account"] == [None, "[erased] belt opnieuw over de lift"]
    log = repr([e.changes for e in AuditEntry.select()])
    assert "Grace" not in log and "7946" not in log and "Olga Smirnova" in log
    assert book.case(other)["customer"]["name"] == "Olga Smirnova"
    assert verify(book.db) == []
