"""Erasure, word by word: what the scrubber takes out of free text and what it leaves,
and the exact record an erasure or a deletion leaves behind. Expectations by hand."""

import pytest

from casebook.core.trust import access, privacy
from casebook.core.trust.privacy import Scrubber
from casebook.db.models import Action, Attachment, AuditEntry, Case, Deadline, Question
from casebook.errors import RuleViolation
from tests.conftest import new_case

IVAN = {"name": "Ivan Petrov", "phone": "+7 912 345-67-89", "email": "ivan@example.org",
        "address": "Lenina 5", "unit": "кв. 12", "account": "ACC-7781"}


@pytest.mark.parametrize("text,scrubbed", [
    ("Ivan Petrov called", "[erased] called"),
    ("petrov and IVAN", "[erased] and [erased]"),
    ("Ivanov is someone else", "Ivanov is someone else"),  # whole words only
    ("call 912 345 67 89 or 8 (912) 345-67-89", "call [erased] or [erased]"),
    ("ref 2026-345678 kept", "ref 2026-345678 kept"),  # a code is not his phone
    ("mail ivan@example.org now", "mail [erased] now"),
    ("at Lenina 5, кв. 12", "at [erased], [erased]"),
    ("account ACC-7781.", "account [erased]."),
    ("Anna called Ivan", "Anna called [erased]"),
    ("", ""),
])
def test_the_scrubber_takes_out_his_details_and_nothing_else(text, scrubbed):
    assert Scrubber(IVAN, {"Anna"}).text(text) == scrubbed


def test_russian_name_forms_go_with_the_name_but_staff_names_stay():
    scrub = Scrubber({"name": "Ольга Смирнова"}, {"Ольга Ким"})
    assert scrub.text("Звонили Смирновой, Смирнову; Ольга Ким приняла") == \
        "Звонили [erased], [erased]; Ольга Ким приняла"
    assert Scrubber({"name": "Al Bo"}, set()).text("Al Bo met Al") == "[erased] met Al"


def test_a_short_phone_is_not_matched_as_a_tail_and_chinese_needs_no_spaces():
    assert Scrubber({"phone": "1234"}, set()).text("room 1234 and 91234") == \
        "room [erased] and 91234"
    assert Scrubber({"phone": "12345"}, set()).text("dial 0012345") == "dial [erased]"
    assert Scrubber({"name": "王芳"}, set()).text("客户王芳说") == "客户[erased]说"
    assert Scrubber({}, set()).pattern is None


def test_documents_and_audit_changes_are_scrubbed_only_where_text_is_free():
    scrub = Scrubber(IVAN, set())
    assert scrub.tree({"hear": {"account": "Ivan says", "channel": "Ivan"},
                       "customer": {"name": "Ivan Petrov"}}) == {
        "hear": {"account": "[erased] says", "channel": "Ivan"},
        "customer": {"name": "[erased]"}}
    assert scrub.changes({"note": [None, "rang Ivan"], "ref": ["Ivan", "Ivan"],
                          "ask.qa": [[], [{"q": "Ivan?", "a": "yes"}]]}) == {
        "note": [None, "rang [erased]"], "ref": ["Ivan", "Ivan"],
        "ask.qa": [[], [{"q": "[erased]?", "a": "yes"}]]}


def erase(book, ref):
    return privacy.erase_customer(book, ref, approval=access.approve(book, access.ERASE,
                                                                     by="Marta"))


def test_an_erasure_scrubs_every_part_and_records_exactly_what_it_did(book):
    ref = book.open_case(new_case(customer=IVAN, hear={"account": "Ivan Petrov is angry",
                                                       "remedy_sought": "Call Ivan"},
                                  ask={"qa": [{"q": "Is this Ivan?", "a": "Ivan, yes"}]}),
                         by="Anna")
    second = book.open_case(new_case(customer=IVAN), by="Anna")
    other = book.open_case(new_case(customer={"name": "Olga", "phone": "+31 6 1"}), by="Anna")
    book.add_action(ref, "Rang Ivan back", by="Anna")
    case = book.get(ref)
    deadline = Deadline.get((Deadline.case == case) & (Deadline.kind == "reply"))
    deadline.note = "Ivan asked for 9 o'clock"
    deadline.save()
    for kind, name in (("signed_scan", "scan.png"), ("other", "photo.png"),
                       ("signature_staff", "staff.png")):
        Attachment.create(case=case, kind=kind, filename=name, mime="image/png",
                          data=b"\x89PNG x", sha256="0" * 64, added_at=book.now())
    Attachment.create(case=book.get(other), kind="other", filename="olga.png",
                      mime="image/png", data=b"\x89PNG o", sha256="0" * 64,
                      added_at=book.now())
    assert erase(book, ref) == [ref, second]
    doc = book.case(ref)
    assert doc["hear"]["account"] == "[erased] is angry"
    assert doc["ask"]["qa"] == [{"q": "Is this [erased]?", "a": "[erased], yes"}]
    assert [a.note for a in Action.select().where(Action.case == case)
            if a.kind == "action"] == ["Rang [erased] back"]
    assert Deadline.get_by_id(deadline.id).note == "[erased] asked for 9 o'clock"
    assert sorted(a.filename for a in Attachment.select()) == ["olga.png", "staff.png"]
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.actor, entry.case_ref) == ("erase", "Marta", ref)
    assert {k: v for k, v in entry.changes.items() if k != "redacted"} == {
        "customer": [None, "[erased]"], "cases": [None, [ref, second]],
        "attachments removed": [None, 2], "signed_hash": [{}, {}],
        "approved_by": [None, "Marta"]}
    with pytest.raises(RuleViolation) as caught:
        erase(book, second)
    assert str(caught.value) == "This customer's personal data was already erased."
    bare = book.open_case(new_case(customer={"name": "", "phone": "", "unit": ""}), by="Anna")
    with pytest.raises(RuleViolation) as caught:
        erase(book, bare)
    assert str(caught.value) == f"Case {bare} has no customer details to erase."


def test_deleting_a_case_takes_its_rows_and_no_other_cases(book):
    gone = book.open_case(new_case(), by="Anna")
    kept = book.open_case(new_case(customer={"name": "Olga", "phone": "1"}), by="Anna")
    for ref in (gone, kept):
        book.add_action(ref, f"Called about {ref}", by="Anna")
    approval = access.approve(book, access.DELETE, by="Marta")
    with pytest.raises(RuleViolation) as caught:
        privacy.delete_case(book, gone, reason="  ", approval=approval)
    assert str(caught.value) == "Say why the case is deleted."
    privacy.delete_case(book, gone, reason="Logged twice", approval=approval)
    keep = book.get(kept)
    assert Case.select().count() == 1
    assert {a.case_id for a in Action.select()} == {keep.id}
    assert {d.case_id for d in Deadline.select()} == {keep.id}
    assert {q.case_id for q in Question.select()} == {keep.id}
    assert book.search("Olga") == [kept] and book.search("Ivan") == []
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.actor, entry.case_ref, entry.changes) == (
        "delete", "Marta", gone, {"case": [gone, None], "reason": [None, "Logged twice"],
                                  "approved_by": [None, "Marta"]})
