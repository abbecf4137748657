"""Rules from good complaint-handling practice that the app enforces.

- Recusal: a staff member named as the subject of a complaint can neither
  own nor handle that case.
- Authority limits: compensation above the limit of the operator's role needs
  a manager's approval, recorded on the case.
- First contact owns it: whoever receives a case owns it until an explicit,
  logged handover.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from casebook.errors import InvalidInput, RuleViolation

DEFAULT_LIMITS = {"desk": "50", "handler": "250", "manager": None}  # None: no limit
MAX_AMOUNT = Decimal("100000000")


def check_recusal(subject: str | None, staff: str | None, *, doing: str = "handle") -> None:
    """`doing` is "own" (owner, handover) or "handle" (actions on the case)."""
    if not (subject and staff and subject == staff):
        return
    if doing == "own":
        raise RuleViolation("{staff} is named in this complaint and cannot own the case. "
                            "Choose another member of staff.", staff=staff)
    raise RuleViolation("{staff} is named in this complaint and cannot handle the case. "
                        "Ask the owner to log this.", staff=staff)


def parse_amount(text) -> Decimal | None:
    """An amount typed by a user: '12.50', '12,50', '1 200'; absurd values refused."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInput("{value} is not an amount of money.", value=str(text)) from None
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        raise InvalidInput("{value} is not a plausible amount.", value=str(text))
    if amount.as_tuple().exponent < -2:
        raise InvalidInput("{value} has more than two decimals.", value=str(text))
    return amount


def limit_for(role: str, limits: dict) -> Decimal | None:
    value = limits.get(role, DEFAULT_LIMITS.get(role))
    return None if value is None else Decimal(str(value))


def check_authority(amount: Decimal | None, *, role: str, limits: dict,
                    approver_role: str | None) -> None:
    """Raise unless the amount is within the role's limit or a manager approved it."""
    if amount is None:
        return
    limit = limit_for(role, limits)
    if limit is None or amount <= limit:
        return
    if approver_role == "manager":
        return
    raise RuleViolation("An amount of {amount} is above the {limit} limit for this role: "
                        "a manager must approve it.", amount=str(amount), limit=str(limit))
