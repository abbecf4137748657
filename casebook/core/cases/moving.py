"""What a casebook needs on a new PC besides its cases: the `casebook` object of an export.

The first line of a JSON Lines export carries, beside its case, a `casebook` object
(a file of a casebook without cases has it on a line of its own):

    {"format": 2,
     "staff": [{"name": "Marta", "role": "manager", "active": true}, …],
     "lists": {"category": [{"code": "noise", "labels": {"en": "Noise", …},
                             "extra": {}, "position": 3, "active": true}, …], …},
     "settings": {"timezone": "Europe/Amsterdam", "ref_prefix": "", "business_hours": …,
                  "authority_limits": {"desk": "50", …}, "targets": …, …}}

Format 1 is a file of cases only (every export before this object existed); it still
imports. PINs and PIN hashes are never written: a member of staff arrives without a
PIN and sets one on the new PC. The settings are the casebook's own (those that give
its cases their meaning: timezone, references, office hours, limits, targets, the law,
the business's name); what belongs to one desk (its language, how many automatic backups
it keeps, when it locks) stays behind.

On import the staff list is a recorded fact: its members the casebook does not know are
created with their roles and active flags (audited); members it knows keep their role
here. Into a casebook without cases (a move) the file's settings and list entries
replace the defaults; into one that has cases, only missing list entries are added
and the casebook's settings stay, the summary naming those that differ. Reference
counters are merged either way, so a number issued on the old PC (a deleted case's
included) is never issued again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from casebook.core import config, settings
from casebook.core.cases import document, rules
from casebook.db import audit
from casebook.db.models import ListEntry, Staff
from casebook.errors import InvalidInput, KnownError
from casebook.i18n.translate import N_

KEY = "casebook"
FORMAT = 2  # 1: cases only
ROLES = ("desk", "handler", "manager")
LOCAL_SETTINGS = ("language", "backups_keep", "lock_after_minutes")  # one desk's own
COUNTERS = ("ref_counter", "incident_counter")
TOO_NEW = N_("Line {line}: this file was written by a newer Casebook (format {format}); "
             "this one reads formats up to {known}.")
BAD = N_("Line {line}: the casebook's description in the file is damaged ({what}).")


@dataclass
class Moved:
    """What the description in a file changed."""

    created_staff: list[str] = field(default_factory=list)
    created_entries: list[str] = field(default_factory=list)
    settings_applied: bool = False
    settings_kept: list[str] = field(default_factory=list)  # differ; this casebook's stay


# -------------------------------------------------------------------- export
def describe() -> dict:
    """The `casebook` object of an export (no PINs)."""
    staff = sorted(({"name": s.name, "role": s.role, "active": bool(s.active)}
                    for s in Staff.select(Staff.name, Staff.role, Staff.active)),
                   key=lambda s: s["name"])
    lists: dict[str, list] = {}
    for entry in ListEntry.select():
        lists.setdefault(entry.list_name, []).append(
            {"code": entry.code, "labels": entry.labels, "extra": entry.extra or {},
             "position": entry.position, "active": bool(entry.active)})
    for entries in lists.values():
        entries.sort(key=lambda e: (e["position"], e["code"]))
    # the declared settings only: a server keeps the schema's version among them too
    moved = {k: v for k, v in settings.all_settings().items()
             if k in settings.DEFAULTS and k not in LOCAL_SETTINGS}
    return {"format": FORMAT, "staff": staff, "lists": dict(sorted(lists.items())),
            "settings": dict(sorted(moved.items()))}


# -------------------------------------------------------------------- import
def read(line: int, value) -> dict:
    """The description of a file, every part checked: {"staff", "lists", "settings"}."""
    if not isinstance(value, dict):
        raise InvalidInput(BAD, line=line, what=KEY)
    version = value.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidInput(BAD, line=line, what="format")
    if version > FORMAT:
        raise InvalidInput(TOO_NEW, line=line, format=version, known=FORMAT)
    try:
        return {"staff": _staff(value.get("staff") or []),
                "lists": _lists(value.get("lists") or {}),
                "settings": _settings(value.get("settings") or {})}
    except _Damaged as exc:
        raise InvalidInput(BAD, line=line, what=str(exc.args[0])) from None
    except KnownError as exc:  # a setting's own check says what is wrong with it
        raise InvalidInput("Line {line}: {reason}", line=line, reason=str(exc)) from exc


class _Damaged(Exception):
    """A part of the description that is not of its shape; the argument names it."""


def _staff(value) -> list[dict]:
    if not isinstance(value, list):
        raise _Damaged("staff")
    out, seen = [], set()
    for member in value:
        if not isinstance(member, dict):
            raise _Damaged("staff")
        name = member.get("name")
        name = document.text(name).strip() if isinstance(name, str) else ""
        if not name or len(name) > 200 or name in seen:
            raise _Damaged("staff.name")
        if member.get("role") not in ROLES:
            raise _Damaged(f"staff {name}: role")
        if not isinstance(member.get("active", True), bool):
            raise _Damaged(f"staff {name}: active")
        seen.add(name)
        out.append({"name": name, "role": member["role"],
                    "active": member.get("active", True)})
    return out


def _lists(value) -> dict[str, list[dict]]:
    if not isinstance(value, dict):
        raise _Damaged("lists")
    out = {}
    for list_name, entries in value.items():
        list_name = document.text(list_name).strip()
        if not list_name or len(list_name) > 40 or not isinstance(entries, list):
            raise _Damaged("lists")
        checked = []
        for entry in entries:
            code = entry.get("code") if isinstance(entry, dict) else None
            code = document.text(code).strip() if isinstance(code, str) else ""
            if not code or len(code) > 80:
                raise _Damaged(f"lists.{list_name}")
            labels = entry.get("labels")
            if not (isinstance(labels, dict) and labels
                    and all(isinstance(v, str) for v in labels.values())):
                raise _Damaged(f"lists.{list_name}.{code}")
            extra, position = entry.get("extra") or {}, entry.get("position", 0)
            if (not isinstance(extra, dict) or not isinstance(position, int)
                    or isinstance(position, bool)
                    or not isinstance(entry.get("active", True), bool)):
                raise _Damaged(f"lists.{list_name}.{code}")
            checked.append({"code": code, "labels": document.without_nul(labels),
                            "extra": document.without_nul(extra), "position": position,
                            "active": entry.get("active", True)})
        out[list_name] = checked
    return out


def _settings(value) -> dict:
    if not isinstance(value, dict):
        raise _Damaged("settings")
    out = {}
    for key, item in value.items():
        if key not in settings.DEFAULTS or key in LOCAL_SETTINGS:
            continue  # a newer casebook's setting, or one desk's own: not this casebook's
        item = document.without_nul(item)
        try:
            if key in COUNTERS:
                if not (isinstance(item, dict) and all(
                        isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 10**9
                        for n in item.values())):
                    raise _Damaged(f"settings.{key}")
            elif key == "targets":
                _check_targets(item)
            elif key == "authority_limits":
                _check_limits(item)
            else:
                if key in config.SCRIPTABLE:
                    item = config.clean(key, item)
                default = settings.DEFAULTS[key]
                if (type(item) is not type(default) if default is not None
                        else not (item is None or isinstance(item, dict))):
                    raise _Damaged(f"settings.{key}")
        except (TypeError, ValueError, AttributeError, KeyError, IndexError):
            raise _Damaged(f"settings.{key}") from None  # a value of no sensible shape
        out[key] = item
    return out


def _check_targets(value) -> None:
    """Hours as the defaults have them: whole or decimal, above 0, under a year."""
    default = settings.DEFAULTS["targets"]

    def hours(x) -> bool:
        return isinstance(x, (int, float)) and not isinstance(x, bool) and 0 < x <= 24 * 366

    if not (isinstance(value, dict) and set(value) == set(default)
            and isinstance(value["resolution"], dict)
            and set(value["resolution"]) == set(default["resolution"])
            and all(hours(value[k]) for k in default if k != "resolution")
            and all(hours(v) for v in value["resolution"].values())):
        raise _Damaged("settings.targets")


def _check_limits(value) -> None:
    if not (isinstance(value, dict) and set(value) <= set(ROLES)):
        raise _Damaged("settings.authority_limits")
    for limit in value.values():
        if limit is None:
            continue
        try:
            if isinstance(limit, bool) or rules.parse_amount(limit) is None:
                raise _Damaged("settings.authority_limits")
        except KnownError:
            raise _Damaged("settings.authority_limits") from None


def apply(book, described: dict, *, by: str, fresh: bool) -> Moved:
    """Take a file's description into the casebook (inside the import's transaction);
    `fresh`: the casebook had no cases before this import."""
    moved = Moved()
    now = book.now()
    known = {s.name for s in Staff.select(Staff.name)}
    for member in described["staff"]:
        if member["name"] in known:
            continue  # a member known here keeps the role they have here
        Staff.create(name=member["name"], role=member["role"], active=member["active"])
        audit.append(at=now, actor=by, case_ref="", action="staff",
                     changes={"name": [None, member["name"]], "role": [None, member["role"]],
                              "active": [None, member["active"]]})
        moved.created_staff.append(member["name"])
    for list_name, entries in described["lists"].items():
        _take_list(list_name, entries, by=by, now=now, fresh=fresh, moved=moved)
    for key in COUNTERS:  # issued numbers are never issued again, whoever issued them
        given = described["settings"].get(key)
        if given:
            counters = dict(settings.get(key) or {})
            for year, number in given.items():
                counters[year] = max(number, int(counters.get(year, 0)))
            settings.put(key, counters)
    for key, value in described["settings"].items():
        if key in COUNTERS:
            continue
        before = settings.get(key)
        if before == value:
            continue
        if not fresh:
            moved.settings_kept.append(key)
            continue
        settings.put(key, copy.deepcopy(value))
        audit.append(at=now, actor=by, case_ref="", action="setting",
                     changes={key: [before, value]})
    moved.settings_applied = fresh and bool(described["settings"])
    return moved


def _take_list(list_name: str, entries: list[dict], *, by: str, now, fresh: bool,
               moved: Moved) -> None:
    here = {e.code: e for e in ListEntry.select().where(ListEntry.list_name == list_name)}
    count = len(here)
    for entry in entries:
        found = here.get(entry["code"])
        if found is not None and not fresh:
            continue  # this casebook's own entry, as its cases use it
        before = ({"labels": found.labels, "active": found.active} if found else None)
        if found is None:
            position = entry["position"] if fresh else count
            ListEntry.create(list_name=list_name, code=entry["code"], labels=entry["labels"],
                             extra=entry["extra"], position=position, active=entry["active"])
            count += 1
            label = entry["labels"].get("en") or next(iter(entry["labels"].values()))
            moved.created_entries.append(f"{list_name}: {label}")
        elif (found.labels, found.extra or {}, found.position, bool(found.active)) == (
                entry["labels"], entry["extra"], entry["position"], entry["active"]):
            continue
        else:
            (ListEntry.update(labels=entry["labels"], extra=entry["extra"],
                              position=entry["position"], active=entry["active"])
             .where(ListEntry.id == found.id).execute())
        audit.append(at=now, actor=by, case_ref="", action="list",
                     changes={f"{list_name}.{entry['code']}": [before, {
                         "labels": entry["labels"], "active": entry["active"]}]})


def record_names(book, names: list[str], *, by: str) -> None:
    """Audit the members of staff an import created from names its cases carry (inactive
    desk staff: a name is a record of who did something, never an account)."""
    now = book.now()
    for name in names:
        audit.append(at=now, actor=by, case_ref="", action="staff",
                     changes={"name": [None, name], "role": [None, "desk"],
                              "active": [None, False]})
