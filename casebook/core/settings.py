"""Business settings, declared once with their defaults.

Settings live in the casebook itself (the `setting` table), so a casebook
copied to another PC keeps its business name, reference prefix, timezone,
limits and targets.
"""

from __future__ import annotations

import copy
import json
import logging
import os
from pathlib import Path

from casebook.core.time.deadlines import DEFAULT_TARGETS
from casebook.core.cases.rules import DEFAULT_LIMITS
from casebook.db import tracking
from casebook.db.models import Setting
from casebook.errors import InvalidInput

log = logging.getLogger("casebook.settings")

DEFAULTS = {
    "business_name": "",
    "business_address": "",
    "business_phone": "",
    "business_email": "",
    "logo": "",
    "ref_prefix": "",
    "timezone": "UTC",
    "currency": "EUR",
    "language": "",  # UI language; empty: the system's when we speak it
    "form_language": "en",
    "authority_limits": DEFAULT_LIMITS,
    "targets": DEFAULT_TARGETS,
    "business_hours": None,  # None: Mon–Fri 09:00–17:00 in the casebook's timezone
    "ref_counter": {},
    "backups_keep": 10,
    "lock_after_minutes": 10,  # a desk left alone this long locks (when PINs are on)
    # the law the business works under (casebook.core.law): an ISO 3166 code, "" for none
    "country": "",
    "eu_member": False,  # EU rules apply although the country is not a member state
    "law_off": [],  # rules a manager switched off, by id
    "receipt_page": "A4",  # A4, A5 or 80mm (a receipt-printer roll)
    # incidents (casebook.core.incidents): this many households on one incident make it a
    # collective complaint; a new case is matched to incidents started this many hours
    # before it; incident references have their own prefix and counter
    "collective_threshold": 3,
    "incident_window_hours": 24,
    "incident_prefix": "INC-",
    "incident_counter": {},
}


# Settings every new case is computed from: a stored value Casebook cannot use (written
# behind its back, or by a version that did not check) would make every new case fail, so
# it is set aside for the default and reported (`problems`) until a manager sets it again.
CHECKED = ("authority_limits", "targets", "business_hours")
_checked: dict[tuple[str, str], Exception | None] = {}  # (key, stored JSON) → why not


def get(key: str):
    return _value(key, Setting.get_or_none(Setting.key == key))


def values(*keys: str) -> list:
    """Several settings in one read (a save asks for three), each as `get` gives it."""
    rows = {row.key: row for row in Setting.select().where(Setting.key << list(keys))}
    return [_value(key, rows.get(key)) for key in keys]


def _value(key: str, row: Setting | None):
    if row is not None and key in CHECKED and _unusable(key, row.value):
        return copy.deepcopy(DEFAULTS[key])
    # a copy of a default: a caller that changes what it was given must not change it
    return row.value if row else copy.deepcopy(DEFAULTS.get(key))


def stored(key: str):
    """The value as stored, usable or not (what an audit entry's "before" must say)."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else copy.deepcopy(DEFAULTS.get(key))


def _unusable(key: str, value) -> Exception | None:
    """Why a stored value cannot be used (an error saying so); None when it can."""
    from casebook.core import config
    from casebook.errors import KnownError

    memo = (key, json.dumps(value, sort_keys=True, default=str))
    if memo not in _checked:
        try:
            config.clean(key, value)
            why = None
        except KnownError as exc:
            why = exc
        except (ValueError, TypeError, AttributeError, RecursionError) as exc:
            why = InvalidInput("{value} is not a value for {key}.", value=str(value)[:80],
                               key=key)
            log.debug("unusable %s: %r", key, exc)
        if len(_checked) > 256:
            _checked.clear()
        _checked[memo] = why
        if why is not None:
            log.warning("setting %s holds an unusable value %r: %s; the default is used",
                        key, value, why)
    return _checked[memo]


def problems() -> list[InvalidInput]:
    """The stored settings set aside for their defaults, as messages for the user."""
    found = []
    for row in Setting.select().where(Setting.key << list(CHECKED)):
        why = _unusable(row.key, row.value)
        if why is not None:
            found.append(InvalidInput("The setting {key} holds a value Casebook cannot use "
                                      "({reason}); the default is used until a manager sets "
                                      "it again.", key=row.key, reason=str(why).rstrip(".")))
    return found


def put(key: str, value) -> None:
    # an upsert both backends speak (PostgreSQL has no REPLACE)
    (Setting.insert(key=key, value=value)
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: value}).execute())
    tracking.setting(key)  # its resulting value goes into the audit log (db/replay.py)


def all_settings() -> dict:
    """Every setting, stored or default (`casebook config` and the law's rule checks)."""
    stored = {row.key: row.value for row in Setting.select()}
    return {**copy.deepcopy(DEFAULTS), **stored}  # a copy: callers may change what they get


def system_timezone() -> str:
    """The IANA name of this PC's timezone, for a new casebook's default."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name and "/" in name:
        return name
    try:
        target = Path("/etc/localtime").resolve()
        marker = "zoneinfo/"
        text = str(target)
        if marker in text:
            return text.split(marker, 1)[1]
    except OSError:
        pass
    return "UTC"
