"""Recusal, authority limits and amounts."""

from decimal import Decimal

import pytest

from casebook.core.cases import rules
from casebook.errors import InvalidInput, RuleViolation


def test_recusal_names_the_person():
    with pytest.raises(RuleViolation) as err:
        rules.check_recusal("Bert", "Bert", doing="own")
    assert "Bert" in str(err.value)
    rules.check_recusal("Bert", "Anna")
    rules.check_recusal(None, "Anna")


@pytest.mark.parametrize("text,value", [("12.50", "12.50"), ("12,5", "12.5"), ("1 200", "1200"),
                                        (" 7 ", "7"), ("", None), (None, None)])
def test_amounts_as_people_type_them(text, value):
    assert rules.parse_amount(text) == (None if value is None else Decimal(value))


@pytest.mark.parametrize("text", ["abc", "-5", "1e12", "NaN", "Infinity", "1.234"])
def test_absurd_amounts_are_refused(text):
    with pytest.raises(InvalidInput):
        rules.parse_amount(text)


def test_authority_limits():
    limits = rules.DEFAULT_LIMITS
    rules.check_authority(Decimal("50"), role="desk", limits=limits, approver_role=None)
    with pytest.raises(RuleViolation):
        rules.check_authority(Decimal("50.01"), role="desk", limits=limits, approver_role=None)
    rules.check_authority(Decimal("500"), role="desk", limits=limits, approver_role="manager")
    with pytest.raises(RuleViolation):
        rules.check_authority(Decimal("500"), role="desk", limits=limits, approver_role="handler")
    rules.check_authority(Decimal("99999"), role="manager", limits=limits, approver_role=None)


# ---------------------------------------------------------------- the exact words
def message(call, *args, **kwargs) -> str:
    with pytest.raises((InvalidInput, RuleViolation)) as caught:
        call(*args, **kwargs)
    return str(caught.value)


def test_recusal_says_what_the_person_may_not_do():
    assert message(rules.check_recusal, "Bert", "Bert", doing="own") == (
        "Bert is named in this complaint and cannot own the case. "
        "Choose another member of staff.")
    assert message(rules.check_recusal, "Bert", "Bert") == (
        "Bert is named in this complaint and cannot handle the case. Ask the owner to log this.")
    assert rules.check_recusal("Bert", None, doing="own") is None
    assert rules.check_recusal("", "", doing="own") is None


@pytest.mark.parametrize("text,words", [
    ("abc", "abc is not an amount of money."),
    ("1,2.3", "1,2.3 is not an amount of money."),
    ("-0.01", "-0.01 is not a plausible amount."),
    ("100000000", "100000000 is not a plausible amount."),
    ("NaN", "NaN is not a plausible amount."),
    ("1.234", "1.234 has more than two decimals."),
])
def test_a_refused_amount_is_named_with_the_reason(text, words):
    assert message(rules.parse_amount, text) == words


@pytest.mark.parametrize("text,value", [
    ("99999999.99", "99999999.99"), ("0", "0"), ("1\u00a0200,50", "1200.50"), (12, "12"),
    ("  ", None), ("0.10", "0.10"),
])
def test_amounts_at_the_edges(text, value):
    assert rules.parse_amount(text) == (None if value is None else Decimal(value))


def test_limits_come_from_the_settings_then_the_defaults():
    assert rules.limit_for("desk", {}) == Decimal("50")
    assert rules.limit_for("handler", {}) == Decimal("250")
    assert rules.limit_for("desk", {"desk": "75.5"}) == Decimal("75.5")
    assert rules.limit_for("desk", {"desk": 80}) == Decimal("80")
    assert rules.limit_for("manager", {}) is None
    assert rules.limit_for("handler", {"handler": None}) is None
    assert rules.limit_for("cleaner", {}) is None


def test_an_amount_over_the_limit_names_both():
    assert message(rules.check_authority, Decimal("50.01"), role="desk",
                   limits={"desk": "50"}, approver_role=None) == (
        "An amount of 50.01 is above the 50 limit for this role: a manager must approve it.")
    assert message(rules.check_authority, Decimal("251"), role="handler", limits={},
                   approver_role="desk") == (
        "An amount of 251 is above the 250 limit for this role: a manager must approve it.")
    assert rules.check_authority(None, role="desk", limits={}, approver_role=None) is None
    assert rules.check_authority(Decimal("10"), role="desk", limits={"desk": None},
                                 approver_role=None) is None
