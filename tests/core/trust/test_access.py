"""PINs and manager-only actions: hashed never plain, slowed after wrong tries, audited."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from casebook.core.trust import access
from casebook.core.casebook import Casebook
from casebook.errors import InvalidInput, NotFound, RuleViolation
from casebook.core.trust.verify import verify
from casebook.db import migrations
from casebook.db.models import AuditEntry, Staff
from tests.conftest import new_case
from tests.drawings import png


def audit_actions(action):
    return [e for e in AuditEntry.select().order_by(AuditEntry.id) if e.action == action]


def test_a_pin_is_stored_as_a_salted_scrypt_hash_with_its_parameters(book, db_path):
    access.set_pin(book, "Anna", "2468", by="Anna")
    stored = Staff.get(Staff.name == "Anna").pin_hash
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2 ** 10, 8, 1)  # tests' cost
    assert len(bytes.fromhex(salt)) == 16 and len(digest) == 64
    access.set_pin(book, "Bert", "2468", by="Bert")
    assert Staff.get(Staff.name == "Bert").pin_hash.split("$")[4] != salt  # own salt each
    entries = [e.changes for e in audit_actions("pin")]
    book.close()
    if not isinstance(db_path, str):  # the file's bytes (a server's are not ours to read)
        assert b"2468" not in db_path.read_bytes()
    assert entries[0] == {"name": ["Anna", "Anna"], "pin": [None, "set"]}


def test_pins_of_older_strength_still_check_and_are_rehashed(book):
    weak = access.hash_pin("1357", n=2 ** 8)
    Staff.update(pin_hash=weak).where(Staff.name == "Anna").execute()
    access.check_pin(book, "Anna", "1357")
    assert Staff.get(Staff.name == "Anna").pin_hash.split("$")[1:4] == ["1024", "8", "1"]


def test_the_app_hashes_with_a_cost_of_about_a_second_and_old_hashes_still_check(
        book, monkeypatch):
    """The app's own parameters (the tests hash with cheaper ones: tests/conftest.py);
    the time per try is measured by tests/perf/test_pin_cost.py."""
    assert access.APP_COST == access.PinCost(2 ** 18, 8, 1)
    old = access.hash_pin("246810", n=2 ** 14, r=8, p=1)  # what Casebook stored until now
    Staff.update(pin_hash=old).where(Staff.name == "Marta").execute()
    monkeypatch.setattr(access, "COST", access.APP_COST)
    access.check_pin(book, "Marta", "246810")  # still checks, and is hashed anew
    assert Staff.get(Staff.name == "Marta").pin_hash.startswith("scrypt$262144$8$1$")
    with pytest.raises(RuleViolation):
        access.check_pin(book, "Marta", "246811")


def test_a_pin_is_four_to_twelve_digits(book):
    for bad in ("123", "12a4", "1234567890123", "１２３４"):
        with pytest.raises(InvalidInput, match="4 to 12 digits"):
            access.set_pin(book, "Anna", bad, by="Anna")


def test_a_managers_pin_is_six_to_twelve_digits(book):
    for bad in ("1234", "12345", "12345a", "1234567890123"):
        with pytest.raises(InvalidInput) as caught:
            access.set_pin(book, "Marta", bad, by="Marta")
        assert str(caught.value) == "A manager's PIN is 6 to 12 digits."
    assert not access.has_pin(book, "Marta")
    access.set_pin(book, "Marta", "123456", by="Marta")
    access.set_pin(book, "Anna", "1234", by="Anna")  # the desk keeps its rule
    assert access.members_with_pin(book) == {"Anna", "Marta"}


def test_a_member_made_manager_sets_a_managers_pin_anew(book):
    access.set_pin(book, "Bert", "1234", by="Bert")
    access.set_pin(book, "Marta", "909090", by="Marta")
    book.update_staff("Bert", by="Anna", role="manager",
                      approval=access.approve(book, access.MANAGERS, by="Anna",
                                              approver="Marta", pin="909090"))
    assert not access.has_pin(book, "Bert")
    entry = audit_actions("pin")[-1]
    assert (entry.actor, entry.changes) == ("Marta", {
        "name": ["Bert", "Bert"], "pin": ["set", None], "approved_by": [None, "Marta"]})


def test_changing_or_clearing_ones_own_pin_needs_the_old_one(book):
    access.set_pin(book, "Anna", "1111", by="Anna")
    with pytest.raises(RuleViolation, match="Wrong PIN for Anna"):
        access.set_pin(book, "Anna", "2222", by="Anna", old_pin="9999")
    access.set_pin(book, "Anna", "2222", by="Anna", old_pin="1111")
    access.check_pin(book, "Anna", "2222")
    access.set_pin(book, "Anna", None, by="Anna", old_pin="2222")
    assert not access.has_pin(book, "Anna")


def test_someone_elses_pin_needs_a_managers_approval(book):
    access.set_pin(book, "Anna", "1111", by="Anna")
    with pytest.raises(RuleViolation, match="manager's approval"):
        access.set_pin(book, "Anna", "2222", by="Bert")
    with pytest.raises(RuleViolation, match="Bert is not a manager"):
        access.approve(book, access.PIN, by="Bert")
    approval = access.approve(book, access.PIN, by="Marta")
    access.set_pin(book, "Anna", "2222", by="Marta", approval=approval)  # she forgot it
    access.check_pin(book, "Anna", "2222")
    assert audit_actions("pin")[-1].changes["approved_by"] == [None, "Marta"]


def test_pins_are_on_once_a_manager_has_one(book):
    assert not access.pins_on(book)
    access.set_pin(book, "Anna", "1111", by="Anna")
    assert not access.pins_on(book)  # a desk clerk's PIN guards only her own name
    access.set_pin(book, "Marta", "909090", by="Marta")
    assert access.pins_on(book)
    book.update_staff("Marta", by="Marta", active=False,
                      approval=access.approve(book, access.MANAGERS, by="Marta", pin="909090"))
    assert not access.pins_on(book)


def test_once_pins_are_on_managers_are_made_and_unmade_with_approval(book):
    access.set_pin(book, "Anna", "1111", by="Anna")
    access.set_pin(book, "Marta", "909090", by="Marta")
    with pytest.raises(RuleViolation, match="manager's approval"):
        book.update_staff("Marta", by="Anna", active=False)  # PINs off by retiring her
    with pytest.raises(RuleViolation, match="manager's approval"):
        book.add_staff("Olga", "manager", by="Anna")
    with pytest.raises(RuleViolation, match="manager's approval"):
        book.update_staff("Bert", by="Anna", role="desk")  # no manager involved: still
    book.add_staff("Ivan", "desk", by="Anna")  # a new clerk has no authority to approve
    approval = access.approve(book, access.MANAGERS, by="Anna", approver="Marta", pin="909090")
    book.add_staff("Olga", "manager", by="Anna", approval=approval)
    entry = audit_actions("staff")[-1]
    assert entry.actor == "Marta"  # the manager's act, made at Anna's desk
    assert entry.changes == {"name": [None, "Olga"], "role": [None, "manager"],
                             "approved_by": [None, "Marta"]}


def test_every_change_of_role_or_active_flag_takes_a_managers_pin(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    for change in ({"role": "handler"}, {"role": "manager"}, {"active": False}):
        with pytest.raises(RuleViolation) as caught:
            book.update_staff("Anna", by="Bert", **change)
        assert str(caught.value) == "This needs a manager's approval."
    with pytest.raises(RuleViolation, match="Wrong PIN for Marta"):
        access.approve(book, access.MANAGERS, by="Bert", approver="Marta", pin="111111")
    book.update_staff("Anna", by="Bert", role="handler", approval=access.approve(
        book, access.MANAGERS, by="Bert", approver="Marta", pin="909090"))
    assert book.staff_member("Anna").role == "handler"
    entry = audit_actions("staff")[-1]
    assert (entry.actor, entry.changes) == ("Marta", {
        "name": ["Anna", "Anna"], "approved_by": [None, "Marta"],
        "role": ["desk", "handler"]})


def test_without_pins_a_role_is_changed_by_a_manager(book):
    with pytest.raises(RuleViolation) as caught:
        book.update_staff("Anna", by="Bert", role="handler")
    assert str(caught.value) == "This needs a manager's approval."
    with pytest.raises(RuleViolation, match="Bert is not a manager"):
        access.approve(book, access.MANAGERS, by="Bert")
    book.update_staff("Anna", by="Marta", role="handler",
                      approval=access.approve(book, access.MANAGERS, by="Marta"))
    assert book.staff_member("Anna").role == "handler"


def test_nobody_changes_their_own_role(book):
    """A clerk cannot make herself a handler (limit 50 → 250), nor a manager approve her
    own promotion or demotion."""
    access.set_pin(book, "Marta", "909090", by="Marta")
    for by, name, role, approver in (("Anna", "Anna", "handler", "Marta"),
                                     ("Anna", "Marta", "desk", "Marta"),
                                     ("Marta", "Marta", "handler", "Marta")):
        approval = access.approve(book, access.MANAGERS, by=by, approver=approver,
                                  pin="909090")
        with pytest.raises(RuleViolation) as caught:
            book.update_staff(name, by=by, role=role, approval=approval)
        assert str(caught.value) == "Nobody changes their own role: another manager does it."
    assert {s.name: s.role for s in book.staff()} == {"Anna": "desk", "Bert": "handler",
                                                      "Marta": "manager"}


def test_a_manager_without_a_pin_gets_one_from_a_manager_who_has_one(book):
    """Else anyone could choose her name at the desk and give "her" a PIN."""
    access.set_pin(book, "Marta", "909090", by="Marta")
    approval = access.approve(book, access.MANAGERS, by="Marta", pin="909090")
    book.add_staff("Olga", "manager", by="Marta", approval=approval)
    with pytest.raises(RuleViolation, match="manager's approval"):
        access.set_pin(book, "Olga", "444444", by="Olga")
    access.set_pin(book, "Olga", "444444", by="Olga",
                   approval=access.approve(book, access.PIN, by="Olga", approver="Marta",
                                           pin="909090"))
    assert access.approve(book, access.DELETE, by="Olga", pin="444444").pin_checked


def test_wrong_pins_are_logged_and_each_try_waits_longer(book, clock):
    access.set_pin(book, "Marta", "909090", by="Marta")
    for _ in range(access.FREE_TRIES - 1):
        with pytest.raises(RuleViolation, match="Wrong PIN") as wrong:
            access.check_pin(book, "Marta", "0000")
        assert not isinstance(wrong.value, access.PinWait)
    with pytest.raises(access.PinWait) as third:
        access.check_pin(book, "Marta", "0000")
    assert third.value.seconds == access.FIRST_WAIT
    assert "Try again in 30 s" in str(third.value)
    with pytest.raises(access.PinWait, match="Too many wrong PINs"):  # even the right one
        access.check_pin(book, "Marta", "909090")
    clock.advance(seconds=access.FIRST_WAIT - 1)
    with pytest.raises(access.PinWait) as early:
        access.check_pin(book, "Marta", "909090")
    assert early.value.seconds == 1
    clock.advance(seconds=1)
    with pytest.raises(access.PinWait) as fourth:
        access.check_pin(book, "Marta", "0000")
    assert fourth.value.seconds == 2 * access.FIRST_WAIT
    clock.advance(seconds=2 * access.FIRST_WAIT)
    access.check_pin(book, "Marta", "909090")  # right: the count starts again
    assert Staff.get(Staff.name == "Marta").pin_failures == 0
    failures = audit_actions("wrong pin")
    assert [e.changes["failures"][1] for e in failures] == [1, 2, 3, 4]
    assert all("0000" not in str(e.changes) for e in failures)
    assert verify(book.db) == []


def test_the_wait_never_exceeds_fifteen_minutes(book, clock):
    member = Staff.get(Staff.name == "Anna")
    member.pin_failures, member.pin_failed_at = 60, clock.now()
    assert access.wait_seconds(member, clock.now()) == access.LONGEST_WAIT


def test_someone_without_a_pin_is_not_asked(book):
    access.check_operator(book, "Bert", None)
    with pytest.raises(NotFound):
        access.check_operator(book, "Nobody", "1234")


def test_manager_only_actions_need_a_manager_then_her_pin(book):
    with pytest.raises(RuleViolation, match="Anna is not a manager"):
        access.approve(book, access.DELETE, by="Anna")
    assert access.approve(book, access.DELETE, by="Marta").pin_checked is False
    access.set_pin(book, "Marta", "909090", by="Marta")
    with pytest.raises(RuleViolation, match="Wrong PIN"):
        access.approve(book, access.DELETE, by="Marta", pin="1111")
    with pytest.raises(RuleViolation, match="Wrong PIN"):
        access.approve(book, access.DELETE, by="Anna", approver="Marta")
    ok = access.approve(book, access.DELETE, by="Anna", approver="Marta", pin="909090")
    assert (ok.by, ok.approver, ok.pin_checked) == ("Anna", "Marta", True)
    book.add_staff("Olga", "manager", by="Marta", approval=access.approve(
        book, access.MANAGERS, by="Marta", pin="909090"))
    with pytest.raises(RuleViolation, match="Olga has no PIN yet"):
        access.approve(book, access.DELETE, by="Olga")


def test_an_approval_is_for_one_action(book):
    approval = access.approve(book, access.EXPORT, by="Marta")
    with pytest.raises(RuleViolation, match="manager's approval"):
        access.set_authority_limits(book, {"desk": "80"}, approval=approval)


def test_authority_limits_change_only_with_approval(book):
    with pytest.raises(RuleViolation, match="manager's approval"):
        book.set_setting("authority_limits", {"desk": "1000000"}, by="Anna")
    access.set_authority_limits(book, {"desk": "80", "handler": "300,50"},
                                approval=access.approve(book, access.LIMITS, by="Marta"))
    assert book.setting("authority_limits") == {"desk": "80", "handler": "300.50",
                                                "manager": None}
    entry = audit_actions("setting")[-1]
    assert entry.changes["approved_by"] == [None, "Marta"] and entry.actor == "Marta"


def test_reopening_a_signed_case(book):
    ref = book.open_case(new_case(reply={
        "at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "Fixed today",
        "resolution": {"type": "repair", "text": "Boiler repaired"}, "accepted": True}),
        by="Anna")
    old_hash = book.sign(ref, by="Anna", signatures={"customer": png("fake")})
    with pytest.raises(RuleViolation, match="Only a manager"):
        access.reopen_signed(book, ref, reason="Typo",
                             approval=access.approve(book, access.REOPEN, by="Anna"))
    approval = access.approve(book, access.REOPEN, by="Marta")
    with pytest.raises(RuleViolation, match="Say why"):
        access.reopen_signed(book, ref, reason=" ", approval=approval)
    access.reopen_signed(book, ref, reason="Wrong amount on the form", approval=approval)
    doc = book.case(ref)
    assert doc["record"]["signed_at"] is None and doc["state"] != "closed"
    assert [a.kind for a in book.attachments(ref)] == ["previous_signature_customer"]
    entry = audit_actions("reopen")[-1]
    assert entry.changes["record.signed_hash"] == [old_hash, None]
    assert entry.changes["approved_by"] == [None, "Marta"]
    book.update_case(ref, {"reply": {"text": "Fixed today, 14:00"}}, by="Anna")  # no reason
    book.sign(ref, by="Anna")
    assert verify(book.db) == []
    with pytest.raises(RuleViolation, match="not signed"):
        access.reopen_signed(book, book.open_case(new_case(), by="Anna"), reason="x",
                             approval=approval)


def test_export_everything_is_logged(book, tmp_path):
    book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation, match="manager's approval"):
        access.export_all(book, tmp_path / "all.jsonl", "jsonl", approval=None)
    count = access.export_all(book, tmp_path / "all.jsonl", "jsonl",
                              approval=access.approve(book, access.EXPORT, by="Marta"))
    assert count == 1 and (tmp_path / "all.jsonl").exists()
    assert audit_actions("export")[-1].changes["cases"] == [None, 1]


def test_a_version_2_casebook_gets_pin_attempts(tmp_path, clock):
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[2] / "data" / "casebook-v2.sqlite3", copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    conn.close()
    with Casebook.open(copy, clock=clock) as book:
        assert book.db.execute_sql("PRAGMA user_version").fetchone()[0] == \
            migrations.SCHEMA_VERSION
        columns = {c.name for c in book.db.get_columns("staff")}
        assert {"pin_failures", "pin_failed_at"} <= columns
        manager = next(s.name for s in book.staff() if s.role == "manager")
        access.set_pin(book, manager, "432100", by=manager)
        with pytest.raises(RuleViolation):
            access.check_pin(book, manager, "0000")
        assert verify(book.db) == []


# ------------------------------------------------------ the exact record of each act
def test_reopening_is_recorded_whole_and_keeps_every_signature(book, db_path, clock):
    from casebook.db.models import Case

    ref = book.open_case(new_case(reply={
        "at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "Fixed today",
        "resolution": {"type": "repair", "text": "Boiler repaired"}, "accepted": True}),
        by="Anna")
    old_hash = book.sign(ref, by="Anna", signatures={"customer": png("c"),
                                                     "staff": png("s")},
                         scan=("form.pdf", "application/pdf", b"%PDF-1.4 scan"))
    approval = access.approve(book, access.REOPEN, by="Marta")
    with pytest.raises(RuleViolation) as caught:
        access.reopen_signed(book, ref, reason=None, approval=approval)
    assert str(caught.value) == "Say why the signed case is reopened."
    access.reopen_signed(book, ref, reason="Wrong amount", approval=approval)
    case = Case.get(Case.ref == ref)
    assert (case.signed_at, case.signed_hash, case.signed_content) == (None, "", "")
    assert sorted(a.kind for a in book.attachments(ref)) == [
        "previous_signature_customer", "previous_signature_staff", "previous_signed_scan"]
    entry = audit_actions("reopen")[-1]
    assert (entry.actor, entry.case_ref) == ("Marta", ref)
    assert entry.changes == {
        "record.signed_at": ["2026-03-02T10:00:00+01:00", None],
        "record.signed_hash": [old_hash, None], "state": ["closed", "resolved"],
        "reason": [None, "Wrong amount"], "approved_by": [None, "Marta"]}
    other = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation) as caught:
        access.reopen_signed(book, other, reason="x", approval=approval)
    assert str(caught.value) == f"Case {other} is not signed."


def test_the_export_entry_says_how_many_in_which_format_and_who_approved(book, tmp_path):
    book.open_case(new_case(), by="Anna")
    book.open_case(new_case(customer={"name": "Second", "phone": "2"}), by="Anna")
    count = access.export_all(book, tmp_path / "all.csv", "csv",
                              approval=access.approve(book, access.EXPORT, by="Marta"))
    assert count == 2
    assert (tmp_path / "all.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # csv, not jsonl
    entry = audit_actions("export")[-1]
    assert (entry.actor, entry.case_ref) == ("Marta", "")
    assert entry.changes == {"cases": [None, 2], "format": [None, "csv"],
                             "approved_by": [None, "Marta"]}


def test_limits_not_given_keep_their_defaults(book):
    access.set_authority_limits(book, {"desk": "60"},
                                approval=access.approve(book, access.LIMITS, by="Marta"))
    assert book.setting("authority_limits") == {"desk": "60", "handler": "250",
                                                "manager": None}


def test_who_has_a_pin(book):
    access.set_pin(book, "Anna", "2468", by="Anna")
    access.set_pin(book, "Marta", "135790", by="Marta")
    assert access.members_with_pin(book) == {"Anna", "Marta"}
    assert [access.has_pin(book, n) for n in ("Anna", "Bert", "Marta", "Nobody")] == [
        True, False, True, False]
    access.check_operator(book, "Anna", "2468")  # the right PIN opens the desk
    access.check_operator(book, "Bert", None)  # no PIN, nothing asked
    with pytest.raises(RuleViolation) as caught:
        access.check_operator(book, "Anna", None)
    assert str(caught.value) == "Wrong PIN for Anna."


# ------------------------------------------------- amounts above a role's limit
BIG = {"at": "2026-03-02T11:00:00+01:00", "channel": "phone", "text": "We pay it back",
       "resolution": {"type": "compensation", "amount": "80", "currency": "EUR"}}


def test_an_amount_above_the_limit_takes_the_named_managers_pin(book):
    """A clerk picking a manager in "Approved by" is no approval: her PIN is."""
    access.set_pin(book, "Marta", "909090", by="Marta")
    ref = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, {"reply": BIG}, by="Anna")
    assert str(caught.value) == ("An amount of 80 is above the 50 limit for this role: a "
                                 "manager must approve it.")
    named = {"reply": {**BIG, "approved_by": "Marta"}}
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, named, by="Anna")
    assert str(caught.value) == "Marta approves this amount with their PIN."
    with pytest.raises(RuleViolation, match="Wrong PIN for Marta"):
        access.approve(book, access.AMOUNT, by="Anna", approver="Marta", pin="111111")
    approval = access.approve(book, access.AMOUNT, by="Anna", approver="Marta", pin="909090")
    book.update_case(ref, named, by="Anna", approval=approval)
    assert (book.case(ref)["reply"]["resolution"]["amount"],
            book.case(ref)["reply"]["approved_by"]) == ("80", "Marta")
    entry = audit_actions("approve amount")[-1]
    assert (entry.actor, entry.case_ref, entry.changes) == ("Marta", ref, {
        "amount": [None, "80"], "operator": [None, "Anna"], "approved_by": [None, "Marta"]})
    assert verify(book.db) == []


def test_another_managers_pin_or_a_raised_amount_is_not_her_approval(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    book.add_staff("Olga", "manager", by="Marta", approval=access.approve(
        book, access.MANAGERS, by="Marta", pin="909090"))
    access.set_pin(book, "Olga", "135790", by="Olga", approval=access.approve(
        book, access.PIN, by="Olga", approver="Marta", pin="909090"))
    ref = book.open_case(new_case(), by="Anna")
    olga = access.approve(book, access.AMOUNT, by="Anna", approver="Olga", pin="135790")
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, {"reply": {**BIG, "approved_by": "Marta"}}, by="Anna",
                         approval=olga)
    assert str(caught.value) == "Marta approves this amount with their PIN."
    delete = access.approve(book, access.DELETE, by="Anna", approver="Marta", pin="909090")
    with pytest.raises(RuleViolation, match="Marta approves this amount"):
        book.update_case(ref, {"reply": {**BIG, "approved_by": "Marta"}}, by="Anna",
                         approval=delete)
    book.update_case(ref, {"reply": {**BIG, "approved_by": "Marta"}}, by="Anna",
                     approval=access.approve(book, access.AMOUNT, by="Anna",
                                             approver="Marta", pin="909090"))
    with pytest.raises(RuleViolation, match="Marta approves this amount"):  # 80 → 800
        book.update_case(ref, {"reply": {"resolution": {"amount": "800"}}}, by="Anna")
    book.update_case(ref, {"reply": {"text": "We pay it back today"}}, by="Anna")  # no amount
    assert book.case(ref)["reply"]["resolution"]["amount"] == "80"


def test_a_manager_without_a_pin_cannot_approve_once_pins_are_on(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    book.add_staff("Olga", "manager", by="Marta", approval=access.approve(
        book, access.MANAGERS, by="Marta", pin="909090"))
    ref = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, {"reply": {**BIG, "approved_by": "Olga"}}, by="Anna")
    assert str(caught.value) == ("Olga has no PIN yet. Manager-only actions need a "
                                 "manager's PIN: set one under Staff.")


def test_naming_a_manager_within_the_limit_also_takes_her_pin(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    small = {**BIG, "resolution": {**BIG["resolution"], "amount": "20"}}
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": small}, by="Anna")
    with pytest.raises(RuleViolation, match="Marta approves this amount"):
        book.update_case(ref, {"reply": {"approved_by": "Marta"}}, by="Anna")
    assert book.case(ref)["reply"]["approved_by"] is None


def test_a_new_case_with_an_approved_amount(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    doc = new_case(reply={**BIG, "approved_by": "Marta"})
    with pytest.raises(RuleViolation, match="Marta approves this amount"):
        book.open_case(doc, by="Anna")
    ref = book.open_case(doc, by="Anna", approval=access.approve(
        book, access.AMOUNT, by="Anna", approver="Marta", pin="909090"))
    assert book.case(ref)["reply"]["approved_by"] == "Marta"
    assert [(e.actor, e.case_ref) for e in audit_actions("approve amount")] == [("Marta", ref)]


def test_without_pins_the_name_of_a_manager_approves(book):
    ref = book.open_case(new_case(), by="Anna")
    with pytest.raises(RuleViolation) as caught:
        book.update_case(ref, {"reply": {**BIG, "approved_by": "Bert"}}, by="Anna")
    assert str(caught.value) == ("An amount of 80 is above the 50 limit for this role: a "
                                 "manager must approve it.")  # Bert is a handler
    book.update_case(ref, {"reply": {**BIG, "approved_by": "Marta"}}, by="Anna")
    entry = audit_actions("approve amount")[-1]
    assert (entry.actor, entry.changes["approved_by"]) == ("Marta", [None, "Marta"])


def test_a_name_in_an_imported_file_never_becomes_a_manager(book, tmp_path):
    from casebook.core.cases.interchange import import_file

    line = {"customer": {"name": "Jan Smit"}, "hear": {"account": "Lift broken"},
            "reply": {"at": "2026-03-02T11:00:00+01:00", "text": "Repaired",
                      "resolution": {"type": "repair"}, "approved_by": "Mr Boss"}}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(line) + "\n", encoding="utf-8")
    import_file(book, source, by="Marta")
    assert book.staff_member("Mr Boss").role == "desk"
    assert not access.pins_on(book)


def test_a_casebook_without_a_manager_is_set_up_freely(db_path, clock):
    """Its first people, and its first manager, need nobody's approval: there is nobody."""
    with Casebook.open(db_path, clock=clock) as book:
        book.add_staff("Anna", "desk")
        book.add_staff("Bert", "desk", by="Anna")
        book.update_staff("Bert", by="Anna", role="manager")
        assert book.staff_member("Bert").role == "manager"
        with pytest.raises(RuleViolation, match="manager's approval"):  # now there is one
            book.update_staff("Anna", by="Bert", role="handler")
        with pytest.raises(RuleViolation, match="Nobody changes their own role"):
            book.update_staff("Anna", by="Anna", role="manager")


def test_limits_changed_at_a_clerks_desk_are_the_managers_act(book):
    access.set_pin(book, "Marta", "909090", by="Marta")
    with pytest.raises(RuleViolation, match="Wrong PIN for Marta"):
        access.approve(book, access.LIMITS, by="Anna", approver="Marta", pin="090909")
    access.set_authority_limits(book, {"desk": "70"}, approval=access.approve(
        book, access.LIMITS, by="Anna", approver="Marta", pin="909090"))
    entry = audit_actions("setting")[-1]
    assert (entry.actor, entry.changes["approved_by"]) == ("Marta", [None, "Marta"])
    assert book.setting("authority_limits")["desk"] == "70"
