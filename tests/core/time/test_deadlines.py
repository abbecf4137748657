"""Deadlines at the agreed times: DST, business hours, pauses, snoozes, missed ones."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from casebook.core.time.calendar import BusinessCalendar
from casebook.core.casebook import Casebook
from casebook.core.time import deadlines
from casebook.core.time.deadlines import Deadline, quick_times
from casebook.errors import InvalidInput, RuleViolation
from casebook.db import migrations
from tests.conftest import new_case

UTC = dt.timezone.utc
AMS = "Europe/Amsterdam"


def at(*args):
    return dt.datetime(*args, tzinfo=UTC)


def test_tomorrow_0900_across_the_spring_change_is_0900_local():
    # Saturday 28 March 2026, 15:00 in Amsterdam; clocks go forward that night
    quick = quick_times(at(2026, 3, 28, 14, 0), AMS)
    assert quick["tomorrow"] == at(2026, 3, 29, 7, 0)  # 09:00 CEST


def test_an_agreed_reply_fires_at_0900_local_after_the_autumn_change(book, clock):
    clock.set(at(2026, 10, 24, 13, 0))  # Saturday, 15:00 CEST
    ref = book.open_case(new_case(follow={"next_reply_at": "2026-10-25T09:00"}), by="Anna")
    assert book.case(ref)["follow"]["next_reply_at"] == "2026-10-25T09:00:00+01:00"
    assert [d for d in book.due(at(2026, 10, 25, 7, 59)) if d.kind == "reply"] == []
    assert [d.ref for d in book.due(at(2026, 10, 25, 8, 0)) if d.kind == "reply"] == [ref]


def test_business_hours_skip_the_weekend_and_holidays():
    cal = BusinessCalendar(AMS)
    friday_4pm = at(2026, 3, 6, 15, 0)  # 16:00 local
    assert cal.add_business_hours(friday_4pm, 24) == at(2026, 3, 11, 15, 0)  # Wed 16:00
    with_holiday = BusinessCalendar(AMS, holidays=frozenset({dt.date(2026, 3, 9)}))
    assert with_holiday.add_business_hours(friday_4pm, 24) == at(2026, 3, 12, 15, 0)
    saturday = at(2026, 3, 7, 10, 0)
    assert cal.add_business_hours(saturday, 1) == at(2026, 3, 9, 9, 0)  # Monday 10:00
    # over the spring change working days are still 09:00–17:00 local
    assert cal.add_business_hours(at(2026, 3, 27, 15, 0), 2) == at(2026, 3, 30, 8, 0)
    assert cal.business_hours_between(friday_4pm, at(2026, 3, 11, 15, 0)) == 24


def test_calendar_settings_round_trip_and_refuse_nonsense():
    cal = BusinessCalendar(AMS, holidays=frozenset({dt.date(2026, 12, 25)}))
    assert BusinessCalendar.from_settings(cal.to_settings(), AMS) == cal
    with pytest.raises(InvalidInput):
        BusinessCalendar.from_settings({"hours": {"0": ["17:00", "09:00"]}}, AMS)


def test_the_resolution_target_counts_business_hours(book):
    ref = book.open_case(new_case(), by="Anna")  # Monday 10:00
    target = Deadline.get((Deadline.kind == "resolution"))
    assert target.case.ref == ref
    assert target.due_at == at(2026, 3, 9, 9, 0)  # 40 business hours: next Monday 10:00


def test_waiting_on_the_customer_pauses_the_resolution_target_only(book, clock):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"waiting_on_customer": True}, by="Anna")
    clock.advance(days=1)  # Tuesday 10:00: eight business hours on hold
    assert {d.kind for d in book.due(at(2026, 3, 20, 9, 0))} >= {"reply"}
    assert "resolution" not in {d.kind for d in book.due(at(2026, 3, 20, 9, 0))}
    book.update_case(ref, {"waiting_on_customer": False}, by="Anna")
    target = Deadline.get(Deadline.kind == "resolution")
    assert target.paused_at is None
    assert target.due_at == at(2026, 3, 10, 9, 0)  # one working day later
    reply = Deadline.get(Deadline.kind == "reply")
    assert reply.due_at == at(2026, 3, 3, 8, 0)  # the agreed time never moved


def test_snooze_hides_a_prompt_for_a_while_and_is_logged(book, clock):
    ref = book.open_case(new_case(), by="Anna")
    clock.set(at(2026, 3, 3, 8, 0))
    reply = next(d for d in book.due() if d.kind == "reply")
    book.snooze(reply.id, 15, by="Anna")
    assert reply.id not in {d.id for d in book.due(at(2026, 3, 3, 8, 14))}
    assert reply.id in {d.id for d in book.due(at(2026, 3, 3, 8, 15))}
    from casebook.core.cases.listing import show

    assert show(book, ref)["history"][-1]["action"] == "snooze"
    with pytest.raises(InvalidInput):
        book.snooze(reply.id, 0, by="Anna")


def test_a_missed_reply_stays_due_until_done_or_rescheduled_with_a_reason(book, clock):
    ref = book.open_case(new_case(), by="Anna")
    much_later = at(2026, 3, 20, 9, 0)
    assert ref in {d.ref for d in book.due(much_later) if d.kind == "reply"}
    with pytest.raises(RuleViolation):
        book.update_case(ref, {"follow": {"next_reply_at": "2026-03-21T10:00"}}, by="Anna")
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-21T10:00"}}, by="Anna",
                     reason="Called, customer agreed Saturday")
    assert ref not in {d.ref for d in book.due(much_later) if d.kind == "reply"}
    reply = next(d for d in book.due(at(2026, 3, 21, 9, 0)) if d.kind == "reply")
    book.complete_deadline(reply.id, by="Anna")
    assert reply.id not in {d.id for d in book.due(at(2026, 4, 1, 9, 0))}


def test_a_version_1_casebook_is_upgraded(tmp_path, clock):
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[2] / "data" / "casebook-v1.sqlite3", copy)
    import sqlite3

    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Casebook.open(copy, clock=clock) as book:
        assert book.db.execute_sql("PRAGMA user_version").fetchone()[0] == \
            migrations.SCHEMA_VERSION
        assert book.search("漏水") == ["2026-00002"]
        assert book.case("2026-00001")["state"] == "closed"
        book.update_case("2026-00002", {"waiting_on_customer": False}, by="Anna")
        from casebook.core.trust.verify import verify

        assert verify(book.db) == []


def test_a_handover_moves_only_this_cases_open_deadlines(book, clock):
    from casebook.db.models import Staff

    first = book.open_case(new_case(), by="Anna")
    other = book.open_case(new_case(customer={"name": "Other", "phone": "1"}), by="Anna")
    book.add_action(first, "Called the customer back", by="Anna")  # acknowledgement done
    case = book.get(first)
    missed = Deadline.get((Deadline.case == case) & (Deadline.kind == "resolution"))
    missed.state = "missed"
    missed.save()
    book.handover(first, "Bert", by="Anna")
    anna, bert = (Staff.get(Staff.name == n).id for n in ("Anna", "Bert"))
    owners = {(d.case.ref, d.kind, d.state): d.owner_id for d in Deadline.select()}
    assert owners == {
        (first, "acknowledge", "done"): anna,  # done before the handover: stays Anna's
        (first, "resolution", "missed"): bert,
        (first, "reply", "pending"): bert,
        (other, "acknowledge", "pending"): anna,
        (other, "resolution", "pending"): anna,
        (other, "reply", "pending"): anna,
    }


def test_due_lists_each_deadline_once_oldest_first_for_its_own_owner(book, clock):
    from casebook.core.time.deadlines import Due
    from casebook.db.models import Staff

    late = book.open_case(new_case(follow={"next_reply_at": "2026-03-05T09:00+01:00"}),
                          by="Anna")
    early = book.open_case(new_case(customer={"name": "Olga", "phone": "2"},
                                    follow={"next_reply_at": "2026-03-04T09:00+01:00"}),
                           by="Anna")
    reply = Deadline.get((Deadline.case == book.get(late)) & (Deadline.kind == "reply"))
    reply.owner = Staff.get(Staff.name == "Bert").id  # this one is Bert's, the case Anna's
    reply.save()
    orphan = Deadline.get((Deadline.case == book.get(early)) & (Deadline.kind == "reply"))
    now = at(2026, 3, 6, 12, 0)
    listed = book.due(now)
    assert [(d.ref, d.kind) for d in listed] == [
        (late, "acknowledge"), (early, "acknowledge"), (early, "reply"), (late, "reply")]
    assert listed[2] == Due(id=orphan.id, ref=early, kind="reply",
                            due_at="2026-03-04T09:00:00+01:00", owner="Anna",
                            state="pending", customer="")
    assert [(d.ref, d.kind) for d in book.due(now, owner="Bert")] == [(late, "reply")]
    assert [d.owner for d in book.due(now, owner="Anna")] == ["Anna"] * 3
    assert len(deadlines.due(now, limit=2)) == 2
    orphan.owner = None
    orphan.save()
    assert [d.owner for d in book.due(now) if d.id == orphan.id] == [""]  # still listed


def test_a_rescheduled_reply_is_a_new_deadline_and_the_old_one_is_cancelled(book, clock):
    from casebook.db.models import Staff

    ref = book.open_case(new_case(), by="Anna")
    old = Deadline.get((Deadline.kind == "reply"))
    old.state = "missed"
    old.save()
    clock.set(at(2026, 3, 3, 10, 0))
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-04T09:00+01:00"}}, by="Anna",
                     reason="Customer asked for Wednesday")
    rows = [(d.state, d.note, d.done_at, d.owner_id, d.created_at)
            for d in Deadline.select().where(Deadline.kind == "reply").order_by(Deadline.id)]
    anna = Staff.get(Staff.name == "Anna").id
    assert rows == [
        ("cancelled", "Customer asked for Wednesday", at(2026, 3, 3, 10, 0), anna,
         at(2026, 3, 2, 9, 0)),
        ("pending", "Customer asked for Wednesday", None, anna, at(2026, 3, 3, 10, 0))]
    assert {d.note for d in Deadline.select().where(Deadline.kind != "reply")} == {""}
    book.add_action(ref, "Called", by="Anna")  # closes the acknowledgement, done now
    ack = Deadline.get(Deadline.kind == "acknowledge")
    assert (ack.state, ack.done_at) == ("done", at(2026, 3, 3, 10, 0))


def test_a_missed_reply_is_closed_with_the_case_and_a_new_report_deadline_has_no_note(book,
                                                                                       clock):
    ref = book.open_case(new_case(major_triggers=["flooding"]), by="Anna")
    report = Deadline.get(Deadline.kind == "report")
    assert (report.state, report.note) == ("pending", "")
    reply = Deadline.get(Deadline.kind == "reply")
    reply.state = "missed"
    reply.save()
    clock.set(at(2026, 3, 2, 15, 0))
    book.update_case(ref, {"reply": {"at": "2026-03-02T16:00+01:00", "channel": "phone",
                                     "text": "Fixed", "accepted": True,
                                     "resolution": {"type": "repair", "text": "Fixed"}}},
                     by="Anna")
    reply = Deadline.get(Deadline.kind == "reply")
    assert (reply.state, reply.done_at) == ("done", at(2026, 3, 2, 15, 0))


def test_a_long_due_list_is_counted_whole_and_read_a_page_at_a_time(book, clock):
    """250 callbacks due on one case, 100 of them done and 20 snoozed past the moment: the
    list holds 130, oldest first, beyond the first page read, and the count says so."""
    from casebook.db.models import Staff, bulk_insert

    ref = book.open_case(new_case(follow={"next_reply_at": None}), by="Anna")
    case = book.get(ref)
    bert = Staff.get(Staff.name == "Bert").id
    start = at(2026, 3, 2, 9, 0)
    bulk_insert(Deadline, [
        {"case": case.id, "kind": "callback", "due_at": start + dt.timedelta(minutes=n),
         "tz": AMS, "owner": bert if n % 2 else None, "created_at": start,
         "state": "done" if n % 5 in (1, 3) else "pending",
         "snoozed_until": at(2026, 3, 9, 9, 0) if n % 5 == 4 and n < 100 else None}
        for n in range(250)])
    now = at(2026, 3, 6, 12, 0)
    listed = [d for d in book.due(now) if d.kind == "callback"]
    # 150 pending, 20 of them snoozed until a later day: 130 due
    assert len(listed) == 130
    assert [d.due_at for d in listed[:3]] == [
        "2026-03-02T10:00:00+01:00", "2026-03-02T10:02:00+01:00", "2026-03-02T10:05:00+01:00"]
    assert listed[-1].due_at == "2026-03-02T14:09:00+01:00"  # n = 249
    rows = deadlines.due(now)
    callbacks = len(listed)
    assert len(rows) == callbacks + 1  # and the case's acknowledgement target
    assert [(d.kind, d.due_at) for d in rows[129:]] == [
        ("callback", "2026-03-02T14:09:00+01:00"), ("acknowledge", "2026-03-03T10:00:00+01:00")]
    assert [d.id for d in rows[200:203]] == [d.id for d in list(rows)[200:203]]
    assert [d.due_at for d in deadlines.due(now, owner="Bert")[:2]] == [
        "2026-03-02T10:05:00+01:00", "2026-03-02T10:07:00+01:00"]  # n = 5, 7
    assert len(deadlines.due(now, owner="Bert")) == 65  # odd n: 75 pending, 10 snoozed
    assert len(deadlines.due(now, owner="Nobody")) == 0
    assert len(deadlines.due(now, limit=7)) == 7
    assert len(list(deadlines.due(now, limit=7))) == 7


def test_the_first_page_of_a_long_due_list_reads_only_that_page(book, clock):
    """The due panel asks for the count and the first 50 of 250 due callbacks: the rows
    read are those 50, not the whole list a page at a time (each of the 50 looked at read
    another page ahead, so the panel cost what reading the whole list did)."""
    from casebook.db.models import bulk_insert

    ref = book.open_case(new_case(follow={"next_reply_at": None}), by="Anna")
    start = at(2026, 3, 2, 9, 0)
    bulk_insert(Deadline, [
        {"case": book.get(ref).id, "kind": "callback", "due_at": start + dt.timedelta(minutes=n),
         "tz": AMS, "owner": None, "created_at": start, "state": "pending"}
        for n in range(250)])
    rows = deadlines.due(at(2026, 3, 6, 12, 0))
    assert len(rows) == 251  # and the case's acknowledgement target
    first = rows[:50]
    assert [d.due_at for d in first[:2]] == ["2026-03-02T10:00:00+01:00",
                                               "2026-03-02T10:01:00+01:00"]
    assert len(rows._rows) == 50  # noqa: SLF001 (what was read is the point)
    assert rows[50].due_at == "2026-03-02T10:50:00+01:00"  # the next page, read now
    assert len(rows._rows) == 250  # noqa: SLF001 (50 + a page of 200)
    assert [d.due_at for d in rows[248:]] == ["2026-03-02T14:08:00+01:00",
                                             "2026-03-02T14:09:00+01:00",
                                             "2026-03-03T10:00:00+01:00"]
    assert len(rows._rows) == 251  # noqa: SLF001
