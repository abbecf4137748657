"""The rule sets are reviewed data: complete, sourced, dated, honest about what they are."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from casebook.core.datafiles import read_json
from casebook.core.law import rulebook, terms
from casebook.core.law.rulebook import RuleFileError, _rule
from casebook.core.time.calendar import BusinessCalendar
from casebook.i18n.defaults import LANGUAGES

FILES = ("RU", "CN", "NL", "EU", "GE")


def test_every_country_of_the_issue_has_a_rule_set():
    assert set(rulebook.rule_files()) == set(FILES)
    assert set(rulebook.countries()) == {"RU", "CN", "NL", "GE"}


@pytest.mark.parametrize("code", FILES)
def test_each_rule_has_its_basis_in_five_languages_a_source_and_a_date(code):
    rules = rulebook.rule_set(code)
    assert rules
    for rule in rules:
        for what in ("basis", "duty", "missed"):
            assert set(rule.texts[what]) >= set(LANGUAGES), (rule.id, what)
        assert rule.source["law"] and rule.source["article"]
        assert all(url.startswith(("http://", "https://")) for url in rule.source["urls"])
        assert dt.date.fromisoformat(rule.checked) <= dt.date(2026, 12, 31)
        assert rule.verified["status"] in ("verified", "partly verified", "not verified")
        assert len(rule.verified["how"]) > 40  # says how, not just "yes"


def test_a_sector_code_is_marked_as_a_code_and_its_deadlines_are_of_kind_code():
    codes = [r for code in FILES for r in rulebook.rule_set(code) if r.nature == "code"]
    assert [r.id for r in codes] == ["nl.thuiswinkel.16"]
    assert codes[0].kind == "code"
    assert "(branchecode)" in codes[0].text("basis", "nl")
    assert "sector code" in codes[0].text("basis", "en")


def test_the_russian_rules_say_what_the_issue_quotes():
    by_id = {r.id: r for r in rulebook.rule_set("RU")}
    assert (by_id["ru.zozpp.22"].days, str(by_id["ru.zozpp.22"].penalty.percent_per_day)) == (
        10, "1")
    assert by_id["ru.zozpp.21"].days == 7 and by_id["ru.zozpp.20"].days == 45
    assert by_id["ru.zozpp.31"].days == 10
    assert by_id["ru.zozpp.22"].text("basis", "ru") == "ст. 22 ЗоЗПП"


def test_the_eu_rule_set_comes_with_member_states_and_gdpr_is_one_month():
    assert {"NL", "DE", "FR"} <= rulebook.eu_members() and "GE" not in rulebook.eu_members()
    [gdpr] = rulebook.rule_set("EU")
    assert (gdpr.months, gdpr.applies) == (1, {"about": ("personal_data",)})
    assert [r.id for r in rulebook.rulebook("NL").rules][-1] == "eu.gdpr.12.3"
    assert "eu.gdpr.12.3" not in [r.id for r in rulebook.rulebook("RU").rules]
    assert "eu.gdpr.12.3" in [r.id for r in rulebook.rulebook("GE", eu_member=True).rules]
    assert rulebook.rulebook("").rules == () and not rulebook.rulebook("")


def test_a_rule_switched_off_is_out_of_force_but_still_listed():
    book = rulebook.rulebook("NL", off={"nl.thuiswinkel.16"})
    assert "nl.thuiswinkel.16" in [r.id for r in book.available]
    assert "nl.thuiswinkel.16" not in [r.id for r in book.rules]


def raw(**over):
    rule = json.loads(json.dumps(read_json("law", "RU.json")["rules"][0]))
    rule.update(over)
    return rule


@pytest.mark.parametrize("broken", [
    {"basis": {"en": "Art. 22"}},  # four languages missing
    {"term": {"days": 0, "from": "received"}},
    {"term": {"days": 10, "from": "tomorrow"}},
    {"term": {"days": 10, "months": 1, "from": "received"}},
    {"applies": {"remedy": ["money"]}},
    {"nature": "guess"},
    {"penalty": {"percent_per_day": "-1", "of": "amount"}},
    {"source": {"law": "ЗоЗПП"}},
    {"verified": {}},
])
def test_a_broken_rule_file_is_refused_naming_the_rule(broken):
    with pytest.raises(RuleFileError, match="ru.zozpp.22"):
        _rule("RU", raw(**broken))


def test_business_days_skip_weekends_and_holidays():
    rule = _rule("RU", raw(term={"days": 5, "count": "business", "from": "received"}))
    calendar = BusinessCalendar("Europe/Moscow", holidays=frozenset({dt.date(2026, 11, 13)}))
    # from Tuesday 10 November: 11, 12, (13 holiday), 16, 17, 18
    assert terms.last_day(rule, dt.date(2026, 11, 10), calendar) == dt.date(2026, 11, 18)


def test_a_month_ends_on_the_same_date_or_the_months_last_day():
    assert terms.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert terms.add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert terms.add_months(dt.date(2026, 11, 10), 2) == dt.date(2027, 1, 10)
