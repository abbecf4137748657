"""Settings as scripts and dialogs change them: each value checked before it is kept.

`casebook config --db PATH KEY VALUE` and the Settings dialog both end in
`Casebook.set_setting`, which asks this module whether the value makes sense
(a known timezone, an ISO 3166 country, a receipt page size, …; a clear
one-line message otherwise) and whether a manager must approve it. Free text
(the business's name, the reference prefix) is kept as typed.

Manager-only: the authority limits, and any change to the law settings that
takes a rule out of force (another country, EU rules off, a rule switched
off). Putting rules in force — choosing a country for the first time — needs
nobody's approval: it only adds to what the customer is promised.
"""

from __future__ import annotations

import functools
import json
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casebook.errors import InvalidInput
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_

RECEIPT_PAGES = ("A4", "A5", "80mm")
LAW_KEYS = ("country", "eu_member", "law_off")
# What `casebook config` may change; the rest (counters, schema) is the program's own.
SCRIPTABLE = ("business_name", "business_address", "business_phone", "business_email", "logo",
              "ref_prefix", "timezone", "currency", "language", "form_language",
              "backups_keep", "country", "eu_member", "law_off", "receipt_page",
              "authority_limits", "business_hours", "collective_threshold",
              "incident_window_hours", "incident_prefix", "targets")
JSON_KEYS = ("authority_limits", "business_hours", "targets")
ROLES = ("desk", "handler", "manager")
# Deadline targets (casebook.core.time.deadlines): whole hours, at most a year
TARGET_KEYS = ("acknowledge", "report", "callback", "resolution.general", "resolution.major")
MAX_TARGET_HOURS = 8760
# Whole numbers within a range: (lowest, highest, the message when outside)
COUNTS = {
    "collective_threshold": (2, 100, N_("A collective complaint takes 2 to 100 households.")),
    "incident_window_hours": (1, 24 * 14, N_("Offer incidents that started 1 to 336 hours "
                                             "before a case.")),
}
YES, NO = ("yes", "true", "1", "on", "y"), ("no", "false", "0", "off", "n", "")


@functools.cache
def territories() -> frozenset[str]:
    from babel import Locale

    # two letters only: CLDR also names regions ("150") and groupings ("EU", "UN")
    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha()
                     and code not in ("EU", "EZ", "UN", "QO", "ZZ"))


@functools.cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def clean(key: str, value):
    """The value as it is kept, or InvalidInput saying what is wrong with it."""
    if key == "country":
        code = str(value or "").strip().upper()
        if code and code not in territories():
            raise InvalidInput(N_("{value} is not a country code (ISO 3166, e.g. RU, CN, NL, "
                                  "GE; empty for none)."), value=str(value))
        return code
    if key == "eu_member":
        return _flag(key, value)
    if key == "law_off":
        return _rule_ids(value)
    if key == "receipt_page":
        if value not in RECEIPT_PAGES:
            raise InvalidInput(N_("{value} is not a receipt page size ({sizes})."),
                               value=str(value), sizes=", ".join(RECEIPT_PAGES))
        return value
    if key == "timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(N_("{tz} is not a known timezone."), tz=str(value)) from None
        return str(value)
    if key == "currency":
        code = str(value or "").strip().upper()
        if code not in _currencies():
            raise InvalidInput(N_("{value} is not a currency code (ISO 4217, e.g. EUR, RUB, "
                                  "CNY, GEL)."), value=str(value))
        return code
    if key in ("language", "form_language"):
        if value not in LANGUAGES and not (key == "language" and value == ""):
            raise InvalidInput(N_("{value} is not a language of Casebook ({languages})."),
                               value=str(value), languages=", ".join(LANGUAGES))
        return value
    if key == "backups_keep":
        try:
            count = int(value)
        except (TypeError, ValueError):
            count = 0
        if not 1 <= count <= 365:
            raise InvalidInput(N_("Keep 1 to 365 automatic backups."))
        return count
    if key in COUNTS:  # the incidents' collective rule and the match offered at intake
        low, high, message = COUNTS[key]
        try:
            count = int(str(value).strip())
        except (TypeError, ValueError):
            count = low - 1
        if not low <= count <= high:
            raise InvalidInput(message)
        return count
    if key == "authority_limits":
        return _limits(value)
    if key == "targets":
        return _targets(value)
    if key == "business_hours" and value is not None:
        from casebook.core.time.calendar import BusinessCalendar

        BusinessCalendar.from_settings(value, "UTC")  # says what is wrong, in one line
    return value


def _limits(value) -> dict:
    """{role: amount as text, or None for no limit} for every role; "lots", a negative or
    an absurd amount is refused with the amount's own message."""
    from casebook.core.cases.rules import DEFAULT_LIMITS, parse_amount

    if not isinstance(value, dict) or set(value) - set(ROLES):
        raise InvalidInput(N_("The authority limits give desk, handler and manager an amount "
                              "each (empty for no limit)."))
    limits = {}
    for role in ROLES:
        given = value.get(role, DEFAULT_LIMITS.get(role))
        if isinstance(given, bool) or not isinstance(given, (str, int, float, type(None))):
            raise InvalidInput(N_("{value} is not an amount of money."), value=str(given))
        amount = parse_amount(None if given is None else str(given))
        limits[role] = None if amount is None else str(amount)
    return limits


def _targets(value) -> dict:
    """Every deadline target as a whole number of hours from 1 to MAX_TARGET_HOURS."""
    from casebook.core.time.deadlines import DEFAULT_TARGETS

    resolution = value.get("resolution", {}) if isinstance(value, dict) else None
    if not isinstance(value, dict) or not isinstance(resolution, dict) \
            or set(value) - {"acknowledge", "report", "callback", "resolution"} \
            or set(resolution) - {"general", "major"}:
        raise InvalidInput(N_("The targets give acknowledge, report, callback and resolution "
                              "(general, major) in hours."))
    targets = {key: {} if key == "resolution" else None for key in DEFAULT_TARGETS}
    for name in TARGET_KEYS:
        first, _, second = name.partition(".")
        given = (resolution.get(second, DEFAULT_TARGETS["resolution"][second]) if second
                 else value.get(first, DEFAULT_TARGETS[first]))
        try:
            hours = int(str(given).strip()) if not isinstance(given, (bool, float)) else None
        except ValueError:
            hours = None
        if hours is None and isinstance(given, float) and given.is_integer():
            hours = int(given)
        if hours is None or not 1 <= hours <= MAX_TARGET_HOURS:
            raise InvalidInput(N_("The {name} target is {value}; a target is a whole number of "
                                  "hours from 1 to 8760."), name=name, value=str(given))
        if second:
            targets["resolution"][second] = hours
        else:
            targets[first] = hours
    return targets


def _flag(key: str, value) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in YES or text in NO:
        return text in YES
    raise InvalidInput(N_("{key} is yes or no, not {value}."), key=key, value=str(value))


def _rule_ids(value) -> list[str]:
    from casebook.core.law.rulebook import every_rule

    if isinstance(value, str):
        value = [part for part in value.replace(",", " ").split() if part]
    known = every_rule()
    ids = sorted(set(str(v) for v in value or ()))
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise InvalidInput(N_("No rule {rule} in Casebook's rule sets."),
                           rule=", ".join(unknown))
    return ids


def parse(key: str, text: str):
    """A value typed on the command line, as the setting keeps it."""
    if key not in SCRIPTABLE:
        raise InvalidInput(N_("{key} cannot be changed here (settings: {keys})."), key=key,
                           keys=", ".join(SCRIPTABLE))
    if key in JSON_KEYS:
        try:
            return json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise InvalidInput(N_("{key} is given as JSON, e.g. {example}."), key=key,
                               example=JSON_EXAMPLES[key]) from None
    return text


JSON_EXAMPLES = {
    "authority_limits": '{"desk": "50", "handler": "250"}',
    "business_hours": '{"hours": {"0": ["09:00", "17:00"]}}',
    "targets": '{"acknowledge": 24, "report": 1, "callback": 48, '
               '"resolution": {"general": 40, "major": 16}}',
}


def show(value) -> str:
    """A setting's value on one line, as `casebook config` prints it."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else str(value)


def approval_needed(key: str, before, after, current: dict) -> str | None:
    """The manager-only action a change is, or None when anyone at the desk may make it."""
    from casebook.core.trust import access

    if key in access.MANAGER_SETTINGS:
        return access.LIMITS
    if key in LAW_KEYS and lost_rules(key, before, after, current):
        return access.LAW
    return None


def lost_rules(key: str, before, after, current: dict) -> set[str]:
    """The rules in force before a change of a law setting that are not in force after it."""
    from casebook.core.law.rulebook import rulebook

    def force(value) -> set[str]:
        values = {k: current.get(k) for k in LAW_KEYS} | {key: value}
        book = rulebook(values["country"], values["eu_member"], values["law_off"] or ())
        return {r.id for r in book.rules}

    return force(before) - force(after)


def law_change_needs_approval(current: dict, changes: dict) -> bool:
    """Whether saving several settings at once (a dialog) takes a rule out of force."""
    from casebook.core.law.rulebook import rulebook

    def force(values: dict) -> set[str]:
        book = rulebook(values.get("country"), values.get("eu_member"),
                        values.get("law_off") or ())
        return {r.id for r in book.rules}

    return bool(force(current) - force({**current, **changes}))
