"""Merging duplicates: one customer, one matter, one case; the other reference redirects."""

import datetime as dt

import pytest

from casebook.core.cases import listing
from casebook.core.trust import access
from casebook.db.models import Attachment, Case, MergedCase
from casebook.errors import NotFound, RuleViolation
from tests.conftest import START, new_case
from tests.drawings import png

PNG = png("merge")


@pytest.fixture
def pair(book, clock):
    """Ivan phones at 10:00 and writes again at 14:00 about the same heating."""
    first = book.open_case(new_case(), by="Anna")
    book.add_action(first, "Called the heating contractor", by="Anna")
    clock.set(START + dt.timedelta(hours=4))
    second = book.open_case(new_case(
        hear={"account": "I am writing again: still no heating, the radiators are cold.",
              "remedy_sought": "Compensation for the electric heater"},
        ask={"summary": "", "summary_confirmed": False, "qa": [
            {"q": "Which rooms?", "a": "All of them"}]},
        follow={"next_reply_at": "2026-03-02T17:00:00+01:00"}), by="Bert")
    book.add_action(second, "Promised a call back at 17:00", by="Bert")
    return first, second


def merge(book, survivor, other, reason=""):
    return book.incidents.merge(survivor, other, reason=reason,
                                approval=access.approve(book, access.MERGE, by="Marta"))


def test_a_merge_keeps_both_accounts_actions_and_histories(book, pair):
    first, second = pair
    assert merge(book, first, second) == first
    case = book.case(first)
    assert case["hear"]["account"].startswith("Отопление в квартире не работает")
    assert f"[{second}] I am writing again: still no heating" in case["hear"]["account"]
    notes = [a["note"] for a in case["follow"]["actions"]]
    assert "Called the heating contractor" in notes
    assert "Promised a call back at 17:00" in notes
    assert f"{second} → {first}" in notes
    assert case["ask"]["qa"] == [{"q": "Since when?", "a": "Monday"},
                                 {"q": "Which rooms?", "a": "All of them"}]
    assert case["merged"] == [second]
    # the promise made on the other case stands: its agreed reply time moved here
    replies = sorted(d["due_at"] for d in listing.show(book, first)["deadlines"]
                     if d["kind"] == "reply" and d["state"] == "pending")
    assert replies == ["2026-03-02T17:00:00+01:00", "2026-03-03T09:00:00+01:00"]
    history = listing.show(book, first)["history"]
    refs_told = {(e["action"], e["by"]) for e in history}
    assert ("create", "Bert") in refs_told and ("create", "Anna") in refs_told
    assert ("merge", "Marta") in refs_told
    assert not Case.select().where(Case.ref == second).exists()


def test_the_old_reference_finds_the_survivor(book, pair):
    first, second = pair
    merge(book, first, second)
    assert book.search(second)[0] == first
    assert book.incidents.resolve(second) == first
    shown = listing.show(book, second)
    assert shown["merged_from"] == second and shown["case"]["ref"] == first
    lines = listing.show_lines(data=shown)
    assert lines[0] == f"{second} was merged into {first}."
    # never issued again
    third = book.open_case(new_case(), by="Anna")
    assert third not in (first, second)
    with pytest.raises(NotFound):
        book.incidents.resolve("2026-99999")


def test_merging_again_keeps_every_old_reference_pointing_at_the_survivor(book, pair):
    first, second = pair
    third = book.open_case(new_case(), by="Anna")
    merge(book, second, third)
    merge(book, first, second)
    assert {m.ref: m.survivor.ref for m in MergedCase.select()} == {second: first,
                                                                    third: first}
    assert book.search(third)[0] == first


def test_only_the_same_customer_and_signed_cases_only_with_a_reason(book, pair):
    first, second = pair
    stranger = book.open_case(new_case(customer={"name": "Someone Else", "phone": "1"}),
                              by="Anna")
    with pytest.raises(RuleViolation, match="same customer"):
        merge(book, first, stranger)
    with pytest.raises(RuleViolation, match="itself"):
        merge(book, first, first)
    book.update_case(first, {"reply": {"at": "2026-03-02T13:00:00+01:00", "channel": "phone",
                                       "text": "Fixed", "resolution": {"type": "repair"},
                                       "accepted": True}}, by="Anna")
    book.sign(first, by="Anna", signatures={"customer": PNG})
    with pytest.raises(RuleViolation, match="is signed: say why"):
        merge(book, second, first)
    assert Case.select().where(Case.ref == first).exists()  # nothing happened
    merge(book, second, first, reason="The same radiator complaint, signed by mistake")
    kinds = [a.kind for a in Attachment.select().where(Attachment.case == book.get(second))]
    assert kinds == ["merged_signature_customer"]  # never printed as the survivor's own


def test_a_merge_is_a_managers_act(book, pair):
    first, second = pair
    with pytest.raises(RuleViolation, match="Only a manager"):
        access.approve(book, access.MERGE, by="Anna")
    with pytest.raises(RuleViolation, match="manager's approval"):
        book.incidents.merge(first, second, approval=None)
    access.set_pin(book, "Marta", "135790", by="Marta")
    with pytest.raises(RuleViolation, match="Wrong PIN"):
        access.approve(book, access.MERGE, by="Anna", approver="Marta", pin="000000")
    approval = access.approve(book, access.MERGE, by="Anna", approver="Marta", pin="135790")
    assert book.incidents.merge(first, second, approval=approval) == first


def test_the_other_cases_incident_comes_along(book, pair):
    first, second = pair
    lift = book.incidents.open(title="Heating failure", place="Building 3", by="Bert")
    book.incidents.link(second, lift, by="Anna")
    merge(book, first, second)
    assert book.case(first)["incident"] == {"ref": lift, "title": "Heating failure",
                                            "place": "Building 3"}


def test_the_history_tells_merges_and_links_in_words(book, pair):
    from casebook.core.cases import history

    first, second = pair
    lift = book.incidents.open(title="Heating failure", by="Bert")
    book.incidents.link(second, lift, by="Anna")
    merge(book, first, second)
    told = history.for_book(book, lang="en")
    lines = [line for entry in listing.show(book, first)["history"]
             for line in told.lines(entry)]
    assert f"Linked to incident {lift} by Anna" in lines
    assert f"Merged into case {first} by Marta" in lines
    assert f"Case {second} merged into this one by Marta" in lines
