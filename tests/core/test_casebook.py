"""The case service on a real casebook file: the whole life of a case."""

import datetime as dt
import sqlite3

import peewee
import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases import listing
from casebook.core.trust import access
from casebook.errors import InvalidInput, NotFound, RuleViolation
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry, Deadline
from tests.conftest import new_case, raw_connect

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone",
         "text": "The plumber fixed the boiler this morning.",
         "resolution": {"type": "repair", "text": "Boiler valve replaced"}, "accepted": True}


def test_a_new_case_gets_a_reference_and_its_receiver_owns_it(book):
    ref = book.open_case(new_case(), by="Anna")
    assert ref == "2026-00001"
    doc = book.case(ref)
    assert doc["hear"]["received_by"] == "Anna"
    assert doc["follow"]["owner"] == "Anna"
    assert doc["follow"]["next_reply_at"] == "2026-03-03T09:00:00+01:00"
    assert doc["customer"]["name"] == "Ivan Petrov"
    assert doc["ask"]["qa"] == [{"q": "Since when?", "a": "Monday"}]
    assert book.open_case(new_case(), by="Anna") == "2026-00002"


def test_references_are_never_reused_and_take_the_prefix(book):
    book.set_setting("ref_prefix", "PZ-", by="Marta")
    first = book.open_case(new_case(), by="Anna")
    assert first == "PZ-2026-00001"
    book.open_case(new_case(ref="PZ-2026-00007"), by="Anna")
    assert book.open_case(new_case(), by="Anna") == "PZ-2026-00008"
    with pytest.raises(InvalidInput):
        book.open_case(new_case(ref="PZ-2026-00007"), by="Anna")


def test_editing_writes_an_audit_entry_with_before_and_after(book, clock):
    ref = book.open_case(new_case(), by="Anna")
    clock.advance(minutes=5)
    book.update_case(ref, {"ask": {"place": "Boiler room"}}, by="Bert")
    entry = AuditEntry.select().where(AuditEntry.case_ref == ref).order_by(AuditEntry.id.desc()).get()
    assert entry.actor == "Bert"
    assert entry.action == "update"
    assert entry.changes == {"ask.place": ["", "Boiler room"]}
    assert entry.at == dt.datetime(2026, 3, 2, 9, 5, tzinfo=dt.timezone.utc)


def test_a_customer_with_the_same_name_and_phone_is_one_record(book):
    first = book.open_case(new_case(), by="Anna")
    second = book.open_case(new_case(), by="Anna")
    assert book.case(first)["customer"]["id"] == book.case(second)["customer"]["id"]


def test_recusal_a_subject_cannot_own_the_case(book):
    with pytest.raises(RuleViolation, match="Anna"):
        book.open_case(new_case(subject_staff="Anna"), by="Anna")
    ref = book.open_case(new_case(subject_staff="Anna", follow={"owner": "Bert"}), by="Anna")
    with pytest.raises(RuleViolation):
        book.handover(ref, "Anna", by="Bert")
    with pytest.raises(RuleViolation):
        book.add_action(ref, "I called her back", by="Anna")


def test_handover_is_explicit_and_logged(book):
    ref = book.open_case(new_case(), by="Anna")
    book.handover(ref, "Bert", by="Anna", note="Evening shift takes over")
    doc = book.case(ref)
    assert doc["follow"]["owner"] == "Bert"
    handover = [a for a in doc["follow"]["actions"] if a["kind"] == "handover"]
    assert handover and handover[0]["note"] == "Anna → Bert: Evening shift takes over"
    owners = {d.owner.name for d in Deadline.select().where(Deadline.state == "pending")}
    assert owners == {"Bert"}


def test_compensation_above_the_desk_limit_needs_a_manager(book):
    ref = book.open_case(new_case(), by="Anna")
    big = {**REPLY, "resolution": {"type": "compensation", "amount": "120", "currency": "EUR"}}
    with pytest.raises(RuleViolation, match="manager"):
        book.update_case(ref, {"reply": big}, by="Anna")
    book.update_case(ref, {"reply": {**big, "approved_by": "Marta"}}, by="Anna")
    assert book.case(ref)["reply"]["resolution"]["amount"] == "120"
    assert book.case(ref)["state"] == "resolved"


def test_a_case_cannot_be_signed_without_a_reply(book):
    ref = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation):
        book.sign(ref, by="Anna")


def test_after_signing_changes_are_amendments_with_a_reason(book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    book.sign(ref, by="Anna", satisfaction=5)
    assert book.case(ref)["state"] == "closed"
    with pytest.raises(RuleViolation):
        book.update_case(ref, {"reply": {"text": "Changed quietly"}}, by="Anna")
    book.update_case(ref, {"reply": {"text": "Boiler fixed at 08:30."}}, by="Marta",
                     reason="Customer corrected the time")
    shown = listing.show(book, ref)
    assert shown["amendments"] == [{
        "at": "2026-03-02T10:00:00+01:00", "by": "Marta", "field": "reply.text",
        "before": REPLY["text"], "after": "Boiler fixed at 08:30.",
        "reason": "Customer corrected the time"}]
    assert shown["history"][-1]["action"] == "amend"
    assert verify(book.db) == []


def test_verify_names_a_signed_case_edited_behind_the_apps_back(book, db_path):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    book.sign(ref, by="Anna")
    conn = raw_connect(db_path)
    conn.execute("UPDATE \"case\" SET reply_text = 'We never promised anything' WHERE ref = ?",
                 (ref,))
    conn.commit()
    conn.close()
    problems = verify(book.db)
    assert any(ref in p and "reply.text" in p for p in problems)


def test_verify_names_an_edited_audit_entry(book, db_path):
    book.open_case(new_case(), by="Anna")
    conn = raw_connect(db_path)
    conn.execute("UPDATE audit_entry SET actor = 'Mallory' WHERE id = 2")
    conn.commit()
    conn.close()
    problems = verify(book.db)
    assert problems and "audit entry 2" in problems[0]


def test_major_case_gets_a_report_deadline_that_closes_when_reported(book):
    ref = book.open_case(new_case(major_triggers=["flooding"]), by="Anna")
    assert book.case(ref)["severity"] == "major"
    report = Deadline.get((Deadline.kind == "report"))
    assert report.state == "pending"
    assert report.due_at == dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone.utc)
    book.update_case(ref, {"report": {"to": "Marta (department manager)",
                                      "at": "2026-03-02T10:20:00+01:00", "means": "phone"}},
                     by="Anna")
    assert Deadline.get(Deadline.kind == "report").state == "done"


def test_rescheduling_an_agreed_reply_time_needs_a_reason(book):
    ref = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation):
        book.update_case(ref, {"follow": {"next_reply_at": "2026-03-04T09:00"}}, by="Anna")
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-04T09:00"}}, by="Anna",
                     reason="Customer asked for Wednesday")
    replies = list(Deadline.select().where(Deadline.kind == "reply").order_by(Deadline.id))
    assert [d.state for d in replies] == ["cancelled", "pending"]
    assert replies[1].due_at == dt.datetime(2026, 3, 4, 8, 0, tzinfo=dt.timezone.utc)


def test_unknown_reference_and_staff_are_clear_errors(book):
    with pytest.raises(NotFound, match="2026-99999"):
        book.case("2026-99999")
    with pytest.raises(NotFound, match="Zed"):
        book.open_case(new_case(follow={"owner": "Zed"}), by="Anna")


def test_bad_dates_are_refused_and_nothing_is_written(book):
    with pytest.raises(InvalidInput, match="31-02"):
        book.open_case(new_case(received_at="2026-31-02"), by="Anna")
    assert book.search("Petrov") == []


def test_due_lists_the_agreed_reply_when_its_time_comes(book, clock):
    ref = book.open_case(new_case(), by="Anna")
    before = dt.datetime(2026, 3, 3, 7, 59, tzinfo=dt.timezone.utc)
    assert [d.kind for d in book.due(before) if d.ref == ref] == []
    at = dt.datetime(2026, 3, 3, 8, 0, tzinfo=dt.timezone.utc)  # 09:00 in Amsterdam
    due = [d for d in book.due(at) if d.kind == "reply"]
    assert [(d.ref, d.owner, d.due_at) for d in due] == [
        (ref, "Anna", "2026-03-03T09:00:00+01:00")]


def test_list_filters(book, clock):
    open_ref = book.open_case(new_case(), by="Anna")
    major = book.open_case(new_case(major_triggers=["fire"]), by="Anna")
    done = book.open_case(new_case(), by="Anna")
    book.update_case(done, {"reply": REPLY}, by="Anna")
    clock.advance(days=2)
    refs = lambda status: {r["ref"] for r in listing.list_cases(book, status=status)}  # noqa: E731
    assert refs("open") == {open_ref, major}
    assert refs("major") == {major}
    assert refs("unsigned") == {done}
    assert refs("overdue") >= {open_ref, major}
    book.sign(done, by="Anna")
    assert refs("closed") == {done}


def test_staff_and_lists_are_edited_with_an_audit_trail(book):
    book.update_staff("Bert", role="manager", by="Marta",
                      approval=access.approve(book, access.MANAGERS, by="Marta"))
    book.update_staff("Anna", active=False, by="Marta",
                      approval=access.approve(book, access.MANAGERS, by="Marta"))
    assert {s.name: s.role for s in book.staff()} == {"Bert": "manager", "Marta": "manager"}
    code = book.save_list_entry("category", None, {"en": "Parking", "nl": "Parkeren"},
                                by="Marta")
    assert book.label("category", code, "nl") == "Parkeren"
    book.save_list_entry("category", code, {"ru": "Парковка"}, by="Marta", active=False)
    assert book.label("category", code, "ru") == "Парковка"
    assert code not in {e.code for e in book.list_entries("category")}
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)][-4:]
    assert actions == ["staff", "staff", "list", "list"]
    with pytest.raises(InvalidInput):
        book.save_list_entry("category", None, {"en": "  "}, by="Marta")


def test_list_pages_read_the_same_from_either_end(book, clock):
    from casebook.core.cases.listing import count_cases, page_ids

    for i in range(23):
        clock.advance(minutes=7)
        book.open_case(new_case(customer={"name": f"Klant {i % 5}", "phone": str(i)}), by="Anna")
    now = book.now()
    total = count_cases(now=now)
    for sort in ("received_at", "customer", "ref"):
        for descending in (True, False):
            whole = page_ids(now=now, sort=sort, descending=descending, limit=100)
            pages = [page_ids(now=now, sort=sort, descending=descending, offset=o, limit=5,
                              total=total) for o in range(0, total, 5)]
            assert [i for p in pages for i in p] == whole


def test_choosing_another_known_customer_relinks_the_case(book):
    first = book.open_case(new_case(), by="Anna")
    other = book.open_case(new_case(customer={"name": "Jan de Vries", "phone": "06 1"}),
                           by="Anna")
    jan = book.case(other)["customer"]["id"]
    book.update_case(first, {"customer": {"id": jan, "name": "Jan de Vries", "phone": "06 1"}},
                     by="Anna")
    assert book.case(first)["customer"]["id"] == jan
    ivan = book.open_case(new_case(), by="Anna")  # Ivan Petrov's record is untouched
    assert book.case(ivan)["customer"]["name"] == "Ivan Petrov"


def test_a_settings_default_is_never_shared_with_the_next_reader(book):
    limits = book.setting("authority_limits")
    assert limits["desk"] == "50"
    limits["desk"] = "1000000"  # a caller (the limits dialog) edits what it was given
    assert book.setting("authority_limits")["desk"] == "50"


def test_a_closed_casebook_stays_closed(book, db_path, clock):
    """A late timer of a closed window must not open the casebook again behind the user's
    back (a connection nobody closes; on a server, a session that holds locks)."""
    ref = book.open_case(new_case(), by="Anna")
    book.close()
    with pytest.raises(RuntimeError, match="is closed"):
        book.bind()
    with pytest.raises(peewee.InterfaceError):
        book.db.execute_sql("SELECT 1")
    assert book.db.is_closed()
    with Casebook.open(db_path, clock=clock) as again:  # opened anew, it is all there
        assert again.case(ref)["customer"]["name"] == new_case()["customer"]["name"]


def test_two_open_casebooks_each_answer_from_their_own_file(book, tmp_path, clock):
    """A process may hold two casebooks (the demo beside the real one, a window and its
    successor): a setting, a list or a member of staff is read from the one asked."""
    with Casebook.open(tmp_path / "other.sqlite3", clock=clock) as other:
        other.set_setting("business_name", "Other shop", by="setup")
        book.set_setting("business_name", "Parkzicht", by="setup")
        other.add_staff("Zoë", "desk")  # the other casebook was used last
        assert book.setting("business_name") == "Parkzicht"
        assert [s.name for s in book.staff()] == ["Anna", "Bert", "Marta"]
        with pytest.raises(NotFound):
            book.staff_member("Zoë")
        assert other.staff_member("Zoë").role == "desk"
        assert other.setting("business_name") == "Other shop"
