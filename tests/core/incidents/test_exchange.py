"""Export → import keeps incidents, their links and merges."""

import datetime as dt
import json

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases import listing
from casebook.core.cases.interchange import export, import_file
from casebook.core.trust import access
from casebook.db.models import AuditEntry
from casebook.errors import InvalidInput
from tests.conftest import START, TZ, new_case


@pytest.fixture
def moved(book, clock, lift, calls, tmp_path):
    """The casebook with a collective incident and a merge, exported and imported anew."""
    for ref in calls[:3]:
        book.incidents.link(ref, lift, by="Anna")
    book.incidents.add_action(lift, "Lift company called out", by="Bert")
    book.incidents.update(lift, {"root_cause": "Worn motor bearing",
                                 "preventive_action": "Quarterly motor checks"}, by="Bert")
    clock.set(START + dt.timedelta(minutes=30))
    book.incidents.report(lift, to="Marta", means="phone", by="Bert")
    again = book.open_case(new_case(hear={"account": "Still cold: calling again.",
                                          "remedy_sought": "Heating"}), by="Anna")
    first = book.open_case(new_case(), by="Anna")
    book.incidents.merge(first, again, reason="Same heating complaint",
                         approval=access.approve(book, access.MERGE, by="Marta"))
    path = tmp_path / "out.jsonl"
    export(book, path, "jsonl")
    fresh = Casebook.open(tmp_path / "fresh.sqlite3", clock=clock)
    fresh.set_setting("timezone", TZ, by="setup")
    result = import_file(fresh, path, by="import")
    yield fresh, path, result, first, again
    fresh.close()


def test_a_case_line_carries_its_incident_and_merges(moved, lift, calls):
    _fresh, path, _result, first, again = moved
    lines = {d["ref"]: d for d in map(json.loads, path.read_text("utf-8").splitlines())}
    incident = lines[calls[0]]["incident"]
    assert {k: incident[k] for k in ("ref", "title", "place")} == {
        "ref": lift, "title": "Lift outage", "place": "Building 3"}
    assert "incident" not in lines[calls[3]]
    assert [m["ref"] for m in lines[first]["merged"]] == [again]
    assert again not in lines


def test_import_recreates_the_incident_and_its_collective_cases(moved, lift, calls):
    fresh, _path, result, _first, _again = moved
    assert "Bert" in result.created_staff
    incident = fresh.incidents.get(lift)
    assert (incident["title"], incident["place"], incident["units"], incident["owner"]) == (
        "Lift outage", "Building 3", "1-40", "Bert")
    assert incident["severity"] == "major" and incident["report"]["to"] == "Marta"
    assert incident["root_cause"] == "Worn motor bearing"
    assert [a["note"] for a in incident["actions"]] == ["Lift company called out"]
    rows = fresh.incidents.cases(lift)
    assert [r.ref for r in rows] == calls[:3]
    assert all(r.severity == "major" and r.reported for r in rows)
    assert [r["ref"] for r in listing.list_cases(fresh, incident=lift)] == \
        sorted(calls[:3], reverse=True)
    # a new incident does not take the imported reference
    assert fresh.incidents.open(title="Gate stuck", by="Anna") == "INC-2026-002"


def test_import_keeps_merges(moved):
    fresh, _path, _result, first, again = moved
    assert fresh.search(again)[0] == first
    assert listing.show(fresh, again)["case"]["ref"] == first
    assert "[" + again + "]" in fresh.case(first)["hear"]["account"]
    assert fresh.open_case(new_case(), by="Anna") not in (first, again)


def test_import_applies_the_rule_to_what_it_links(book, tmp_path, clock):
    lines = []
    for n, name in enumerate(["Ann", "Ben", "Cas"]):
        doc = new_case(customer={"name": name, "phone": f"06-{n}", "unit": f"{n + 1}"},
                       ref=f"2026-0010{n}")
        doc["incident"] = {"ref": "INC-2026-050", "title": "Power cut", "place": "Block B"}
        lines.append(json.dumps(doc, ensure_ascii=False))
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    import_file(book, path, by="Marta")
    assert book.incidents.get("INC-2026-050")["severity"] == "major"
    assert all(book.case(f"2026-0010{n}")["major_triggers"] == ["collective"]
               for n in range(3))
    links = AuditEntry.select().where(AuditEntry.action == "link incident").count()
    assert links == 3


def test_a_merged_reference_already_in_use_stops_the_import(book, tmp_path):
    taken = book.open_case(new_case(), by="Anna")
    doc = new_case(ref="2026-00077")
    doc["merged"] = [{"ref": taken}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n" + json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput, match=f"Line 2: reference {taken} is already in use"):
        import_file(book, path, by="Marta")
    doc = new_case(ref="2026-00078", incident={"title": "no reference"})
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InvalidInput, match="Line 1: an incident needs its reference"):
        import_file(book, path, by="Marta")
