"""JSONL export → import round-trips; CSV import; malformed lines stop with their number."""

import json

import pytest

from casebook.core.casebook import Casebook
from casebook.errors import InvalidInput
from casebook.core.cases.interchange import export, import_file
from casebook.db.models import Case, ListEntry, Staff
from tests.conftest import new_case

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone", "text": "Fixed <today> & \"done\"",
         "resolution": {"type": "refund", "amount": "20.00", "currency": "EUR", "text": ""},
         "accepted": True}


def fill(book):
    a = book.open_case(new_case(), by="Anna")
    b = book.open_case(new_case(major_triggers=["flooding"], kind="claim",
                                customer={"name": "ნინო", "phone": "+995 555 1"}), by="Bert")
    book.add_action(b, "Called the plumber\nline two", by="Bert", internal=True)
    book.update_case(a, {"reply": REPLY}, by="Anna")
    book.sign(a, by="Anna", satisfaction=4)
    book.update_case(a, {"reply": {"text": "Fixed at 08:30"}}, by="Marta", reason="Typo")
    return a, b


def test_jsonl_round_trip_gives_an_identical_casebook(book, tmp_path, clock):
    fill(book)
    first = tmp_path / "one.jsonl"
    export(book, first, "jsonl")
    with Casebook.open(tmp_path / "two.sqlite3", clock=clock) as other:
        other.set_setting("timezone", "Europe/Amsterdam", by="setup")
        result = import_file(other, first, by="Marta")
        assert sorted(result.created_staff) == ["Anna", "Bert", "Marta"]
        second = tmp_path / "two.jsonl"
        export(other, second, "jsonl")
        from casebook.core.trust.verify import verify

        assert verify(other.db) == []
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    lines = [json.loads(x) for x in first.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["reply"]["resolution"]["amount"] == "20.00"
    assert lines[0]["amendments"][0]["reason"] == "Typo"


def test_import_creates_unknown_staff_and_list_entries_and_says_so(book, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({**new_case(), "category": "Parking",
                                "hear": {**new_case()["hear"], "received_by": "Zoë"}},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    result = import_file(book, path, by="Marta")
    assert result.created_staff == ["Zoë"]
    assert result.created_entries == ["category: Parking"]
    assert Staff.get(Staff.name == "Zoë").role == "desk"
    assert ListEntry.get(ListEntry.code == "parking").labels == {"en": "Parking"}


def test_a_malformed_line_stops_the_import_with_its_number(book, tmp_path):
    path = tmp_path / "bad.jsonl"
    good = json.dumps(new_case(), ensure_ascii=False)
    path.write_text(f"{good}\n\n{good}\n{{not json\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Line 4"):
        import_file(book, path, by="Marta")
    assert Case.select().count() == 0


def test_a_bad_date_names_its_line(book, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(new_case()) + "\n" + json.dumps(new_case(received_at="32/13/2026"))
                    + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="Line 2: 32/13/2026 is not a date"):
        import_file(book, path, by="Marta")
    assert Case.select().count() == 0


@pytest.mark.parametrize("bom", [True, False])
def test_csv_import_with_or_without_bom(book, tmp_path, bom):
    path = tmp_path / "in.csv"
    text = ("customer.name,customer.phone,hear.account,hear.remedy_sought,ask.summary_confirmed\n"
            "Георгий,+7 900 1,\"Шум, ночью\",Тишина,yes\n"
            "王芳,138,楼上漏水,维修,no\n")
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    result = import_file(book, path, by="Marta")
    assert len(result.refs) == 2
    doc = book.case(result.refs[0])
    assert doc["customer"]["name"] == "Георгий"
    assert doc["hear"]["account"] == "Шум, ночью"
    assert doc["ask"]["summary_confirmed"] is True
    assert book.search("漏水") == [result.refs[1]]


def test_csv_export_has_a_bom_for_spreadsheets(book, tmp_path):
    fill(book)
    out = tmp_path / "out.csv"
    export(book, out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "ნინო" in raw.decode("utf-8-sig")
