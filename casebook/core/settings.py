"""Business settings, declared once with their defaults.

Settings live in the casebook itself (the `setting` table), so a casebook
copied to another PC keeps its business name, reference prefix, timezone,
limits and targets.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

from casebook.core.time.deadlines import DEFAULT_TARGETS
from casebook.core.cases.rules import DEFAULT_LIMITS
from casebook.db import tracking
from casebook.db.models import Setting

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


def get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    # a copy of a default: a caller that changes what it was given must not change it
    return row.value if row else copy.deepcopy(DEFAULTS.get(key))


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
