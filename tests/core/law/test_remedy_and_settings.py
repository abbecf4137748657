"""The remedy as a code (imports, exports) and the law settings (checked, approved, logged)."""

from __future__ import annotations

import json

import pytest

from casebook.core.cases import interchange
from casebook.core.cases.remedy import REMEDIES, from_words
from casebook.core.trust import access
from casebook.db.models import AuditEntry, Deadline
from casebook.errors import InvalidInput, RuleViolation
from casebook.i18n.defaults import codes
from tests.core.law.conftest import claim


@pytest.mark.parametrize("words, code", [
    ("I want my money back", "refund"), ("Верните деньги за чайник", "refund"),
    ("请退款", "refund"), ("Graag mijn geld terug", "refund"), ("ფულის დაბრუნება", "refund"),
    ("Please replace it", "replacement"), ("Хочу обменять на новый", "replacement"),
    ("给我换货", "replacement"), ("Omruilen alstublieft", "replacement"),
    ("შემიცვალეთ", "replacement"),
    ("Fix the heating", "repair"), ("Починить отопление сегодня", "repair"),
    ("尽快维修", "repair"), ("Reparatie van de kraan", "repair"), ("ლიფტის შეკეთება", "repair"),
    ("A discount would do", "price_reduction"), ("Уменьшить цену", "price_reduction"),
    ("减价", "price_reduction"), ("Korting", "price_reduction"),
    ("ფასის შემცირება", "price_reduction"),
    ("Compensation for the damage", "compensation"), ("Компенсация ущерба", "compensation"),
    ("赔偿损失", "compensation"), ("Schadevergoeding", "compensation"),
    ("კომპენსაცია", "compensation"),
    ("An apology", "apology"), ("Извинитесь", "apology"), ("请道歉", "apology"),
    ("Excuses", "apology"), ("ბოდიშის მოხდა", "apology"),
    ("Sorry, but I want a refund", "refund"),  # money outranks the courtesy
    ("Поговорить с соседями", "other"), ("Creditnota", "other"), ("", ""),
])
def test_the_remedy_is_read_from_the_customers_words(words, code):
    assert from_words(words) == code


def test_the_codes_are_those_of_the_interchange_format_and_the_default_list():
    assert REMEDIES == ("refund", "replacement", "repair", "price_reduction", "compensation",
                        "apology", "other")
    assert tuple(codes("remedy_type")) == REMEDIES


def test_an_import_without_the_code_maps_the_words_and_keeps_a_given_code(book, tmp_path):
    lines = [
        {"hear": {"account": "Kettle", "remedy_sought": "Верните деньги"}},
        {"hear": {"account": "Lift", "remedy_sought": "Creditnota"}},
        {"hear": {"account": "Door", "remedy_sought": "Geld terug", "remedy_type": "repair"}},
        {"hear": {"account": "Nothing asked", "remedy_sought": ""}},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    refs = interchange.import_file(book, path, by="Marta").refs
    assert [book.case(r)["hear"]["remedy_type"] for r in refs] == ["refund", "other", "repair",
                                                                   ""]
    out = tmp_path / "out.jsonl"
    interchange.export(book, out, "jsonl")
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["hear"]["remedy_type"] for d in exported] == ["refund", "other", "repair", ""]
    csv_out = tmp_path / "out.csv"
    interchange.export(book, csv_out, "csv")
    header = csv_out.read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert {"hear.remedy_type", "hear.amount", "about", "sale"} <= set(header)


def test_an_unknown_remedy_code_is_refused_with_its_line(book, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"hear": {"remedy_type": "money"}}), encoding="utf-8")
    with pytest.raises(InvalidInput, match="Line 1: money is not a remedy"):
        interchange.import_file(book, path, by="Marta")


@pytest.mark.parametrize("key, value, message", [
    ("country", "XX", "XX is not a country code"), ("country", "EU", "not a country code"),
    ("receipt_page", "A3", r"A3 is not a receipt page size \(A4, A5, 80mm\)"),
    ("timezone", "Mars/Olympus", "Mars/Olympus is not a known timezone"),
    ("currency", "EURO", "EURO is not a currency code"),
    ("eu_member", "perhaps", "eu_member is yes or no"),
    ("law_off", "ru.zozpp.99", "No rule ru.zozpp.99"),
    ("backups_keep", 0, "Keep 1 to 365"),
])
def test_a_setting_that_makes_no_sense_is_refused_clearly(book, key, value, message):
    before = book.setting(key)
    with pytest.raises(InvalidInput, match=message):
        book.set_setting(key, value, by="Marta")
    assert book.setting(key) == before


def test_a_country_is_kept_as_its_iso_code(book):
    book.set_setting("country", "ru", by="Anna")  # adds rules: anyone at the desk
    assert book.setting("country") == "RU"


def test_taking_a_rule_out_of_force_needs_a_manager_and_cancels_its_deadlines(ru_book):
    ref = ru_book.open_case(claim(), by="Ivan")
    access.set_pin(ru_book, "Olga", "246810", by="Olga")  # PINs are on from now
    with pytest.raises(RuleViolation, match="manager's approval"):
        ru_book.set_setting("law_off", ["ru.zozpp.22"], by="Ivan")
    with pytest.raises(RuleViolation):
        access.approve(ru_book, access.LAW, by="Ivan", approver="Olga", pin="000000")
    approval = access.approve(ru_book, access.LAW, by="Ivan", approver="Olga", pin="246810")
    ru_book.set_setting("law_off", ["ru.zozpp.22"], by="Ivan", approval=approval)
    [deadline] = Deadline.select().where(Deadline.kind == "statutory")
    assert (deadline.state, deadline.note) == (
        "cancelled", "rule out of force (law_off changed by Ivan)")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "setting" and entry.changes["law_off"] == [[], ["ru.zozpp.22"]]
    assert entry.changes["approved_by"] == [None, "Olga"]
    assert entry.changes["law_cancelled"] == [None, 1]
    # a new claim no longer gets the term; switching it back on needs nobody
    assert not [d for d in ru_book.get(ru_book.open_case(claim(), by="Ivan")).deadlines
                if d.kind == "statutory"]
    ru_book.set_setting("law_off", [], by="Ivan")
    assert [d.rule for d in ru_book.get(ru_book.open_case(claim(), by="Ivan")).deadlines
            if d.kind == "statutory"] == ["ru.zozpp.22"]


def test_another_country_takes_the_old_rules_out_of_force_and_needs_a_manager(ru_book):
    with pytest.raises(RuleViolation):
        ru_book.set_setting("country", "NL", by="Ivan")
    assert ru_book.setting("country") == "RU"
    approval = access.approve(ru_book, access.LAW, by="Olga")
    ru_book.set_setting("country", "NL", by="Olga", approval=approval)
    assert ru_book.setting("country") == "NL"
