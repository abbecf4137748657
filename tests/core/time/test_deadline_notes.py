"""Deadlines made along the way carry no note of their own: the callback promised when a
case is closed, and the report deadline of a case that becomes major after it was opened
(a reschedule's reason is the only note a deadline gets)."""

from casebook.core.time.deadlines import Deadline
from tests.conftest import new_case

REPLY = {"at": "2026-03-02T16:00+01:00", "channel": "phone", "text": "Fixed",
         "accepted": True, "resolution": {"type": "repair", "text": "Fixed"}}


def test_the_callback_of_a_closed_case_has_no_note(book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"reply": REPLY}, by="Anna")
    callback = Deadline.get(Deadline.kind == "callback")
    assert (callback.state, callback.note) == ("pending", "")
    assert callback.case.ref == ref


def test_the_report_deadline_of_a_case_that_becomes_major_has_no_note(book):
    ref = book.open_case(new_case(), by="Anna")
    assert not Deadline.select().where(Deadline.kind == "report").exists()
    book.update_case(ref, {"major_triggers": ["flooding"]}, by="Anna")
    report = Deadline.get(Deadline.kind == "report")
    assert (report.state, report.note) == ("pending", "")
