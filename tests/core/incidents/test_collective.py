"""The collective-complaint rule: three households on one incident make it major."""

import datetime as dt

import pytest

from casebook.core.cases import listing
from casebook.db.models import Amendment, AuditEntry, Deadline
from casebook.errors import NotFound, RuleViolation
from tests.conftest import START
from tests.core.incidents.conftest import household_case


def report_deadlines(book, ref):
    return [(d["due_at"], d["state"]) for d in listing.show(book, ref)["deadlines"]
            if d["kind"] == "report"]


def test_three_households_make_the_incident_and_its_cases_major_with_an_hour_to_report(
        book, clock, lift, calls):
    first = book.incidents.link(calls[0], lift, by="Anna")
    book.incidents.link(calls[1], lift, by="Anna")
    assert not first.major and book.case(calls[0])["severity"] == "general"
    assert report_deadlines(book, calls[0]) == []

    clock.set(START + dt.timedelta(minutes=30))  # the third household calls at 10:30
    third = book.incidents.link(calls[2], lift, by="Anna")

    assert third.households == 3 and third.became_major and third.report_now
    assert third.upgraded == calls[:3]
    incident = book.incidents.get(lift)
    assert incident["severity"] == "major"
    assert "3 households" in incident["major_reason"]
    for ref in calls[:3]:
        case = book.case(ref)
        assert case["severity"] == "major" and "collective" in case["major_triggers"]
        # the report deadline starts when the rule fires: 10:30 + 1 h, Amsterdam time
        assert report_deadlines(book, ref) == [("2026-03-02T11:30:00+01:00", "pending")]
        history = listing.show(book, ref)["history"]
        assert any("Collective complaint" in (e["changes"].get("reason") or [None, ""])[1]
                   for e in history)
    assert third.report_due == "2026-03-02T11:30:00+01:00"
    # the desk's due list prompts the owner once the hour has passed
    due = book.due(START + dt.timedelta(minutes=91))
    assert sorted(d.ref for d in due if d.kind == "report") == calls[:3]


def test_a_fourth_linked_later_is_major_at_once(book, clock, lift, calls):
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    clock.set(START + dt.timedelta(hours=2))
    fourth = book.incidents.link(calls[3], lift, by="Anna")
    assert fourth.upgraded == [calls[3]] and not fourth.became_major
    case = book.case(calls[3])
    assert case["severity"] == "major" and case["major_triggers"] == ["collective"]
    assert report_deadlines(book, calls[3]) == [("2026-03-02T13:00:00+01:00", "pending")]


def test_a_reported_incident_reports_its_cases_and_a_later_one_with_it(book, clock, lift,
                                                                         calls):
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    clock.set(START + dt.timedelta(minutes=20))
    reported = book.incidents.report(lift, to="Marta", means="phone", by="Bert")
    assert reported == calls[:3]
    for ref in calls[:3]:
        case = book.case(ref)
        assert case["report"]["to"] == "Marta" and case["report"]["means"] == "phone"
        assert report_deadlines(book, ref) == [("2026-03-02T11:00:00+01:00", "done")]
    clock.set(START + dt.timedelta(hours=3))
    later = book.incidents.link(calls[3], lift, by="Anna")
    assert not later.report_now
    case = book.case(calls[3])
    assert case["severity"] == "major" and case["report"]["to"] == "Marta"
    assert [state for _due, state in report_deadlines(book, calls[3])] == ["done"]


def test_unlinking_below_the_threshold_never_downgrades_a_reported_case(book, clock, lift,
                                                                          calls):
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    # the first case was reported on its own; the others were not
    book.update_case(calls[0], {"report": {"to": "Marta", "at": "2026-03-02T10:10:00+01:00",
                                           "means": "phone"}}, by="Anna")
    clock.set(START + dt.timedelta(minutes=40))
    out = book.incidents.unlink(calls[2], by="Anna", reason="Linked by mistake: flat 21 is "
                                                            "in building 5")
    assert out.households == 2 and not out.major
    assert book.case(calls[0])["severity"] == "major"  # reported: stays major
    for ref in calls[1:3]:
        case = book.case(ref)
        assert case["severity"] == "general" and case["major_triggers"] == []
        assert report_deadlines(book, ref) == [("2026-03-02T11:00:00+01:00", "cancelled")]
    # not silent: the downgrade says why
    entry = (AuditEntry.select().where((AuditEntry.case_ref == calls[1])
                                       & (AuditEntry.action == "update"))
             .order_by(AuditEntry.id.desc()).first())
    assert entry.changes["severity"] == ["major", "general"]
    assert "No longer a collective complaint" in entry.changes["reason"][1]
    assert book.case(calls[2])["incident"] is None
    assert book.incidents.get(lift)["severity"] == "general"


def test_a_case_made_major_by_the_desk_stays_major_when_the_rule_lets_go(book, lift, calls):
    book.update_case(calls[1], {"severity": "major"}, by="Anna")
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    book.incidents.unlink(calls[0], by="Anna")
    case = book.case(calls[1])
    assert case["severity"] == "major" and "collective" not in case["major_triggers"]


def test_two_people_of_one_flat_are_one_household_and_a_repeat_complaint(book, clock, lift,
                                                                          calls):
    book.incidents.link(calls[0], lift, by="Anna")
    book.incidents.link(calls[1], lift, by="Anna")
    neighbour = household_case(0, customer={"name": "Olga Petrova", "phone": "+7 900",
                                            "unit": "flat  12", "language": "ru",
                                            "address": "building 3, Lenina 5"})
    clock.set(START + dt.timedelta(minutes=5))
    ref = book.open_case(neighbour, by="Anna")
    out = book.incidents.link(ref, lift, by="Anna")
    assert out.households == 2 and not out.major  # still two households
    assert out.repeats == [ref]
    case = book.case(ref)
    assert case["major_triggers"] == ["repeat_complaint"] and case["severity"] == "major"
    assert report_deadlines(book, ref) == [("2026-03-02T11:05:00+01:00", "pending")]


def test_the_threshold_is_a_setting(book, lift, calls):
    from casebook.errors import InvalidInput

    with pytest.raises(InvalidInput, match="2 to 100 households"):
        book.set_setting("collective_threshold", "1", by="Marta")
    book.set_setting("collective_threshold", "2", by="Marta")
    assert book.setting("collective_threshold") == 2
    book.incidents.link(calls[0], lift, by="Anna")
    assert book.incidents.link(calls[1], lift, by="Anna").became_major


def test_a_signed_case_becomes_major_as_an_amendment_with_the_reason(book, lift, calls):
    book.update_case(calls[0], {"reply": {"at": "2026-03-02T10:00:00+01:00",
                                          "channel": "phone", "text": "Fixed.",
                                          "resolution": {"type": "repair"},
                                          "accepted": True}}, by="Anna")
    book.sign(calls[0], by="Anna")
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    amended = {a.field for a in Amendment.select().where(
        Amendment.case == book.get(calls[0]).id)}
    assert {"severity", "major_triggers"} <= amended


def test_a_case_belongs_to_one_incident(book, lift, calls):
    other = book.incidents.open(title="Flooded basement", place="Building 5", by="Anna")
    book.incidents.link(calls[0], lift, by="Anna")
    with pytest.raises(RuleViolation, match="Unlink it first"):
        book.incidents.link(calls[0], other, by="Anna")
    with pytest.raises(RuleViolation, match="already linked"):
        book.incidents.link(calls[0], lift, by="Anna")
    with pytest.raises(NotFound):
        book.incidents.link(calls[1], "INC-1999-404", by="Anna")
    with pytest.raises(RuleViolation, match="not linked"):
        book.incidents.unlink(calls[1], by="Anna")


def test_references_have_their_own_counter_and_are_never_reused(book):
    first = book.incidents.open(title="Power cut", by="Anna")
    second = book.incidents.open(title="Burst pipe", by="Anna",
                                 started_at="2027-01-05T08:00:00+01:00")
    third = book.incidents.open(title="Lift", by="Anna")
    assert (first, second, third) == ("INC-2026-001", "INC-2027-001", "INC-2026-002")
    book.set_setting("incident_prefix", "B3/", by="Marta")
    assert book.incidents.open(title="Gate", by="Anna") == "B3/2026-003"


def test_link_and_unlink_are_audited_and_counted_in_the_deadlines_table(book, lift, calls):
    book.incidents.link(calls[0], lift, by="Anna")
    book.incidents.unlink(calls[0], by="Bert", reason="wrong building")
    entries = [(e.action, e.actor, e.changes["incident"]) for e in AuditEntry.select().where(
        (AuditEntry.case_ref == calls[0]) & (AuditEntry.action.contains("incident")))]
    assert entries == [("link incident", "Anna", [None, lift]),
                       ("unlink incident", "Bert", [lift, None])]
    assert not Deadline.select().where(Deadline.kind == "report").exists()
