"""A casebook moves to a new PC: export → import into a fresh casebook → export gives the
same bytes (staff with roles, lists and settings travel on the first line; PINs never);
the file's decisions are history; names in a file never become managers; customers are
matched by what they are, never by another casebook's ids."""

from __future__ import annotations

import json

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases.interchange import export, import_file
from casebook.core.demo.book import create_demo
from casebook.core.trust import access, privacy
from casebook.core.trust.verify import verify
from casebook.core.time.clock import FixedClock
from casebook.core.time.times import zone
from casebook.db.models import Case, Customer, Deadline, ListEntry, Staff
from casebook.errors import InvalidInput
from tests.conftest import START, TZ, new_case, new_pg_database
from tests.drawings import png

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone", "text": "Refunded",
         "resolution": {"type": "refund", "amount": "120.00", "currency": "EUR", "text": ""},
         "accepted": True, "approved_by": "Marta"}


@pytest.fixture
def other_db(backend, tmp_path, request):
    """A second, fresh casebook on the same backend: the new PC."""
    if backend == "postgresql":
        return new_pg_database(request.getfixturevalue("pg_server"),
                               request.getfixturevalue("pg_template"))
    return tmp_path / "new-pc.sqlite3"


def move(source_book, other_db, clock, tmp_path, *, check=True):
    """Export, import into the new PC's casebook, export again: (first, second, result,
    what `verify` finds in the new casebook, or None unchecked)."""
    first, second = tmp_path / "old-pc.jsonl", tmp_path / "new-pc.jsonl"
    export(source_book, first, "jsonl")
    with Casebook.open(other_db, clock=clock) as other:
        result = import_file(other, first, by="Marta")
        export(other, second, "jsonl")
        problems = verify(other.db) if check else None
    return first.read_bytes(), second.read_bytes(), result, problems


def deadlines() -> dict[str, list[tuple]]:
    """Every deadline of the bound casebook by case: what the due list and reports use."""
    out: dict[str, list[tuple]] = {}
    for d in Deadline.select().order_by(Deadline.id):
        def local(t):
            return None if t is None else str(t.astimezone(zone(TZ)))
        out.setdefault(d.case.ref, []).append(
            (d.kind, local(d.due_at), d.state, local(d.done_at), local(d.snoozed_until), d.note,
             d.owner.name if d.owner else None))
    return out


def lines(raw: bytes) -> list[dict]:
    return [json.loads(x) for x in raw.decode("utf-8").splitlines()]


def test_a_casebook_with_signed_amended_erased_deleted_and_major_cases_moves(
        book, other_db, clock, tmp_path):
    book.set_setting("ref_prefix", "PZ-", by="Marta")
    book.set_setting("business_hours", {"hours": {"0": ["08:00", "18:00"]}}, by="Marta")
    book.set_setting("authority_limits", {"desk": "40", "handler": "300", "manager": None},
                     by="Marta", approval=access.approve(book, access.LIMITS, by="Marta"))
    book.save_list_entry("category", "unit_repairs", {"en": "Repairs in the flat"}, by="Marta")
    parking = book.save_list_entry("category", None, {"en": "Parking", "nl": "Parkeren"},
                                   by="Marta")
    book.add_staff("Lena", "desk", by="Marta")
    book.update_staff("Lena", by="Marta", active=False,
                      approval=access.approve(book, access.MANAGERS, by="Marta"))
    access.set_pin(book, "Anna", "2468", by="Anna")
    signed = book.open_case(new_case(category=parking), by="Anna")
    book.update_case(signed, {"reply": REPLY}, by="Marta")
    book.sign(signed, by="Anna", satisfaction=4,
              signatures={"customer": png("customer"), "staff": png("staff")})
    book.update_case(signed, {"reply": {"text": "Refunded on Tuesday"}}, by="Marta",
                     reason="Day added")
    major = book.open_case(new_case(major_triggers=["flooding"], kind="claim",
                                    customer={"name": "ნინო", "phone": "+995 555 1"}), by="Bert")
    book.add_action(major, "Called the plumber", by="Bert", internal=True)
    acknowledge, reply = (Deadline.get((Deadline.case == book.get(major).id)
                                       & (Deadline.kind == kind)).id
                          for kind in ("acknowledge", "reply"))
    book.complete_deadline(acknowledge, by="Bert", note="Texted the customer")
    book.snooze(reply, 90, by="Bert")
    erased = book.open_case(new_case(customer={"name": "Grace Jones", "phone": "+44 20 1"}),
                            by="Anna")
    privacy.erase_customer(book, erased, approval=access.approve(book, access.ERASE,
                                                                 by="Marta"))
    deleted = book.open_case(new_case(), by="Anna")
    privacy.delete_case(book, deleted, reason="logged twice",
                        approval=access.approve(book, access.DELETE, by="Marta"))

    before = deadlines()
    assert ("acknowledge", "2026-03-03 10:00:00+01:00", "done", "2026-03-02 10:00:00+01:00",
            None, "Texted the customer", "Bert") in before[major]
    assert ("reply", "2026-03-03 09:00:00+01:00", "pending", None,
            "2026-03-02 11:30:00+01:00", "", "Bert") in before[major]

    first, second, result, problems = move(book, other_db, clock, tmp_path)

    assert first == second
    assert problems == []
    assert result.refs == [signed, major, erased] == ["PZ-2026-00001", "PZ-2026-00002",
                                                      "PZ-2026-00003"]
    assert result.unapproved == []  # 120.00 above Anna's 40, approved by Marta on record
    assert b"scrypt" not in first and b"pin" not in first.lower()
    described = lines(first)[0]["casebook"]
    assert described["format"] == 2
    assert described["staff"] == [
        {"name": "Anna", "role": "desk", "active": True},
        {"name": "Bert", "role": "handler", "active": True},
        {"name": "Lena", "role": "desk", "active": False},
        {"name": "Marta", "role": "manager", "active": True}]
    assert described["settings"]["authority_limits"] == {"desk": "40", "handler": "300",
                                                         "manager": None}
    assert described["settings"]["ref_counter"] == {"2026": 4}
    assert "casebook" not in lines(first)[1]
    with Casebook.open(other_db, clock=clock) as other:
        assert [(s.name, s.role, s.active, s.pin_hash) for s in other.staff(active_only=False)] \
            == [("Anna", "desk", True, None), ("Bert", "handler", True, None),
                ("Lena", "desk", False, None), ("Marta", "manager", True, None)]
        assert other.tz == TZ
        assert other.label("category", "unit_repairs", "en") == "Repairs in the flat"
        assert other.label("category", parking, "nl") == "Parkeren"
        assert Customer.get(Customer.name == privacy.MARKER).erased is True
        assert other.case(signed)["record"]["signed_hash"] == book.case(signed)["record"][
            "signed_hash"]
        assert len(other.attachments(signed)) == 2
        assert deadlines() == before  # done, snoozed and planned ones as they were
        # the deleted case's number stays used on the new PC
        assert other.open_case(new_case(), by="Anna") == "PZ-2026-00005"


def test_the_demo_at_1500_cases_moves_to_the_same_bytes(db_path, other_db, tmp_path):
    create_demo(db_path, cases=1500, seed=7, clock=FixedClock(START))
    with Casebook.open(db_path, clock=FixedClock(START)) as book:
        # `verify` of what was imported is checked on the smaller casebooks above (a few
        # seconds more here)
        first, second, result, _ = move(book, other_db, FixedClock(START), tmp_path,
                                        check=False)
    assert len(result.refs) == 1500
    assert first == second
    assert result.unapproved == [] and result.inactive_staff == []


def test_a_past_amount_above_todays_limit_is_imported_and_named(book, tmp_path):
    path = tmp_path / "old.jsonl"
    over = {**new_case(ref="2025-00007"), "follow": {"owner": "Anna"},
            "reply": {**REPLY, "approved_by": None,
                      "resolution": {**REPLY["resolution"], "amount": "189.00"}}}
    approved = {**new_case(ref="2025-00008"), "follow": {"owner": "Anna"}, "reply": REPLY}
    within = {**new_case(ref="2025-00009"), "follow": {"owner": "Bert"},
              "reply": {**REPLY, "approved_by": None}}
    path.write_text("".join(json.dumps(d) + "\n" for d in (over, approved, within)),
                    encoding="utf-8")
    result = import_file(book, path, by="Anna")
    assert result.refs == ["2025-00007", "2025-00008", "2025-00009"]
    assert result.unapproved == [{"ref": "2025-00007", "amount": "189.00", "limit": "50"}]
    assert book.case("2025-00007")["reply"]["resolution"]["amount"] == "189.00"
    assert book.case("2025-00008")["reply"]["approved_by"] == "Marta"


def test_names_in_a_file_never_become_managers(book, tmp_path):
    path = tmp_path / "old.jsonl"
    doc = {**new_case(ref="2025-00001"), "follow": {"owner": "Olaf"},
           "reply": {**REPLY, "approved_by": "Boss"}}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    result = import_file(book, path, by="Marta")
    assert sorted(result.inactive_staff) == ["Boss", "Olaf"]
    assert [(s.name, s.role, s.active) for s in Staff.select().where(
        Staff.name << ["Boss", "Olaf"]).order_by(Staff.name)] == [("Boss", "desk", False),
                                                                   ("Olaf", "desk", False)]
    assert result.unapproved == [{"ref": "2025-00001", "amount": "120.00", "limit": "50"}]


def test_managers_come_from_the_files_staff_list_and_known_staff_keep_their_role(
        book, tmp_path):
    described = {"format": 2, "staff": [{"name": "Boss", "role": "manager", "active": True},
                                        {"name": "Anna", "role": "manager", "active": True}]}
    doc = {**new_case(ref="2025-00001"), "follow": {"owner": "Anna"},
           "reply": {**REPLY, "approved_by": "Boss"}, "casebook": described}
    path = tmp_path / "file.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    result = import_file(book, path, by="Marta")
    assert result.created_staff == ["Boss"] and result.inactive_staff == []
    assert Staff.get(Staff.name == "Boss").role == "manager"
    assert Staff.get(Staff.name == "Anna").role == "desk"
    assert result.unapproved == []


def test_a_customer_id_from_another_casebook_attaches_nothing(book, tmp_path):
    local = book.open_case(new_case(customer={"name": "Grace Jones", "phone": "+44 20 1"}),
                           by="Anna")
    grace = book.case(local)["customer"]["id"]
    stranger = {**new_case(ref="2025-00001"),
                "customer": {"id": grace, "name": "Olaf Berg", "phone": "+47 22 1"}}
    same_person = {**new_case(ref="2025-00002"),
                   "customer": {"id": 999, "name": "Grace Jones", "phone": "+44 20 1"}}
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps(stranger) + "\n" + json.dumps(same_person) + "\n",
                    encoding="utf-8")
    import_file(book, path, by="Marta")
    olaf = book.case("2025-00001")["customer"]
    assert olaf["name"] == "Olaf Berg" and olaf["id"] != grace
    assert book.case("2025-00002")["customer"]["id"] == grace
    assert book.case(local)["customer"]["name"] == "Grace Jones"
    assert sorted(c.ref for c in Case.select().where(Case.customer == grace)) == [
        "2025-00002", local]


def test_into_a_casebook_with_cases_its_own_settings_stay_and_are_named(book, tmp_path,
                                                                         clock):
    book.open_case(new_case(), by="Anna")
    described = {"format": 2, "settings": {"timezone": "Asia/Tbilisi", "ref_prefix": "",
                                           "ref_counter": {"2026": 40}},
                 "lists": {"category": [{"code": "parking", "labels": {"en": "Parking"},
                                         "position": 0}]}}
    path = tmp_path / "file.jsonl"
    path.write_text(json.dumps({"casebook": described}) + "\n", encoding="utf-8")
    result = import_file(book, path, by="Marta")
    assert result.refs == [] and result.settings_applied is False
    assert result.settings_kept == ["timezone"]
    assert book.tz == TZ
    assert result.created_entries == ["category: Parking"]
    assert ListEntry.get(ListEntry.code == "parking").position == 14  # after the 14 defaults
    assert book.open_case(new_case(), by="Anna") == "2026-00041"


def test_an_empty_casebook_moves_its_staff_and_settings(book, other_db, clock, tmp_path):
    book.set_setting("ref_prefix", "PZ-", by="Marta")
    first, second, result, problems = move(book, other_db, clock, tmp_path)
    assert first == second and len(lines(first)) == 1
    assert result.refs == [] and result.settings_applied is True
    assert result.created_staff == ["Anna", "Bert", "Marta"]
    with Casebook.open(other_db, clock=clock) as other:
        assert other.setting("ref_prefix") == "PZ-"


@pytest.mark.parametrize("described, message", [
    ({"format": 3}, "Line 1: this file was written by a newer Casebook (format 3); this one "
                    "reads formats up to 2."),
    ({"format": 2, "staff": [{"name": "Boss", "role": "owner"}]},
     "Line 1: the casebook's description in the file is damaged (staff Boss: role)."),
    ({"format": 2, "settings": {"timezone": "Mars/Olympus"}},
     "Line 1: Mars/Olympus is not a known timezone."),
    ({"format": 2, "settings": {"authority_limits": {"desk": "lots"}}},
     "Line 1: the casebook's description in the file is damaged "
     "(settings.authority_limits)."),
    ({"format": 2, "settings": {"business_name": {"first": "Parkzicht"}}},
     "Line 1: the casebook's description in the file is damaged (settings.business_name)."),
])
def test_a_damaged_description_stops_the_import_and_writes_nothing(book, tmp_path,
                                                                    described, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({**new_case(), "casebook": described}) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_file(book, path, by="Marta")
    assert str(caught.value) == message
    assert Case.select().count() == 0 and not Staff.select().where(
        Staff.name == "Boss").exists()


def test_a_description_after_the_first_case_is_refused(book, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(new_case()) + "\n"
                    + json.dumps({**new_case(), "casebook": {"format": 2}}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InvalidInput, match="^Line 2: the casebook's description"):
        import_file(book, path, by="Marta")
    assert Case.select().count() == 0


def test_a_long_file_is_written_in_parts_numbered_and_rolled_back_as_one(book, tmp_path,
                                                                          monkeypatch):
    from casebook.core.cases import interchange

    monkeypatch.setattr(interchange._Loader, "CHUNK", 2)  # a part every two cases
    docs = [new_case(ref="2026-00005"), new_case(), new_case(ref="2026-00003"),
            new_case(ref="2026-00009"), new_case()]
    path = tmp_path / "long.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    result = import_file(book, path, by="Marta")
    # cases without a reference are numbered after every reference the file gives
    assert result.refs == ["2026-00005", "2026-00010", "2026-00003", "2026-00009",
                           "2026-00011"]
    broken = tmp_path / "broken.jsonl"
    broken.write_text("".join(json.dumps(new_case(ref=f"2027-0000{i}")) + "\n"
                              for i in range(1, 6)) + "{not json\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="^Line 6: not valid JSON"):
        import_file(book, broken, by="Marta")
    assert Case.select().where(Case.ref.startswith("2027-")).count() == 0
    assert Case.select().count() == 5


def test_deadlines_of_the_wrong_shape_name_their_line(book, tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {**new_case(), "follow": {"deadlines": [
        {"kind": "reply", "due_at": "2026-03-04T09:00:00+01:00", "state": "pending"}]}}
    path.write_text(json.dumps(good) + "\n" + json.dumps(
        {**new_case(), "follow": {"deadlines": [{"kind": "reply", "state": "late"}]}}) + "\n",
        encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_file(book, path, by="Marta")
    assert str(caught.value) == ("Line 2: A deadline needs its kind, its due time and its "
                                 "state (pending, done, missed, cancelled).")
    assert Case.select().count() == 0
    path.write_text(json.dumps(good) + "\n", encoding="utf-8")
    [ref] = import_file(book, path, by="Marta").refs
    assert [(d.kind, d.state) for d in Deadline.select().where(
        Deadline.case == book.get(ref).id)] == [("reply", "pending")]
