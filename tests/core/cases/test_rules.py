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
