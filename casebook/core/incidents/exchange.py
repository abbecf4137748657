"""Incidents and merges in the JSON Lines interchange (they round-trip).

A case's line carries its incident as `incident` — `ref`, `title` and `place`,
and the rest of the incident beside them (owner, state, report, actions, …) so
that an export read into a fresh casebook reproduces it — and the references
merged into it as `merged` (`ref`, `at`, `by`, `reason`).

On import an incident the casebook does not know is created from the first
line that names it, each case is linked to it (audited), and the
collective-complaint rule is applied to what was linked, once per incident.
Merged references redirect to the case that carries them and are never
issued again; one already in use stops the import with its line number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.core import settings
from casebook.core.cases import document
from casebook.core.incidents import collective, records
from casebook.core.time.times import iso, parse_time
from casebook.db import audit
from casebook.db.models import Case, Incident, IncidentAction, MergedCase, Staff
from casebook.errors import InvalidInput
from casebook.i18n.translate import N_

ALREADY_USED = N_("Line {line}: reference {ref} is already in use.")


# -------------------------------------------------------------------- export
def export_extra(case: Case, doc: dict, names: dict[int, str]) -> None:
    """Give an exported case document its whole incident and its merged references."""
    if case.incident_id:
        incident = records.to_doc(Incident.get_by_id(case.incident_id), names=names)
        incident.pop("tz", None)
        doc["incident"] = incident
    else:
        doc.pop("incident", None)
    if doc.get("merged"):
        doc["merged"] = [{"ref": m.ref, "at": iso(m.at, case.tz), "by": m.by, "reason": m.reason}
                         for m in MergedCase.select().where(MergedCase.survivor == case.id)
                         .order_by(MergedCase.id)]
    else:
        doc.pop("merged", None)


# -------------------------------------------------------------------- import
@dataclass
class Extras:
    """What a line says beyond the case itself."""

    line: int
    incident: dict | None = None
    merged: list[dict] = field(default_factory=list)


def read_extras(line: int, doc: dict) -> Extras | None:
    """The incident and merged references of one line, their shape checked; None for a
    line that has neither (most)."""
    incident = doc.get("incident")
    if incident is not None and not (isinstance(incident, dict)
                                     and document.text(incident.get("ref")).strip()):
        raise InvalidInput("Line {line}: an incident needs its reference (incident.ref).",
                           line=line)
    merged = doc.get("merged") or []
    if not isinstance(merged, list) or not all(
            isinstance(m, dict) and document.text(m.get("ref")).strip() for m in merged):
        raise InvalidInput("Line {line}: merged cases are listed with their references "
                           "(merged[].ref).", line=line)
    return Extras(line, incident, merged) if incident or merged else None


def after_import(book, refs: list[str], extras: dict[int, Extras], *, by: str) -> list[str]:
    """Link the imported cases to their incidents and record their merged references
    (`extras` by the case's position in `refs`); returns the members of staff created
    for incidents' owners."""
    created: list[str] = []
    taken_merged = {ref for (ref,) in MergedCase.select(MergedCase.ref).tuples()}
    for ref in (set(refs) & taken_merged if taken_merged else ()):  # redirects: few
        raise InvalidInput("Reference {ref} is already in use.", ref=ref)
    touched: dict[int, Incident] = {}
    now = book.now()
    for position, extra in sorted(extras.items()):
        ref = refs[position]
        case = before = None
        for m in extra.merged:
            merged_ref = document.text(m["ref"]).strip()
            if merged_ref in taken_merged or Case.select().where(Case.ref == merged_ref).exists():
                raise InvalidInput(ALREADY_USED, line=extra.line, ref=merged_ref)
            taken_merged.add(merged_ref)
            if case is None:
                case = Case.get(Case.ref == ref)
                before = document.case_terms(case)
            MergedCase.create(ref=merged_ref, survivor=case, by=document.text(m.get("by")),
                              at=parse_time(m.get("at"), case.tz) or now,
                              reason=document.text(m.get("reason")))
            _bump_case_counter(merged_ref)
        if extra.merged:
            book._reindex(case, document.to_doc(case), before)  # found by the merged references
        if extra.incident:
            incident = _incident(book, extra.incident, ref, by=by, created=created, now=now)
            case = case or Case.get(Case.ref == ref)
            case.incident = incident.id
            case.save()
            audit.append(at=now, actor=by, case_ref=ref, action="link incident",
                         changes={"incident": [None, incident.ref]})
            touched[incident.id] = incident
    for incident in touched.values():
        collective.apply(book, incident, by=by, now=now)
    return created


def _incident(book, data: dict, case_ref: str, *, by: str, created: list[str],
              now) -> Incident:
    ref = document.text(data["ref"]).strip()
    found = Incident.get_or_none(Incident.ref == ref)
    if found is not None:
        return found
    tz = book.tz
    case = Case.get(Case.ref == case_ref)
    owner = document.text(data.get("owner")).strip()
    if owner and not Staff.select().where(Staff.name == owner).exists():
        Staff.create(name=owner, role="desk", active=False)  # a name, not an account
        created.append(owner)
    staff = book._staff_ids()
    values = {}
    for path in records.FIELDS:
        value = document.get_path(data, path)
        if value in (None, "") or path == "owner":
            continue
        column, kind = records.FIELDS[path]
        values[column] = parse_time(value, tz) if kind == "time" else document.text(value)
    if values.get("state", "open") not in records.STATES:
        values["state"] = "open"
    incident = Incident.create(**{"title": ref, "started_at": case.received_at, **values},
                               ref=ref, tz=tz, owner=staff.get(owner), created_at=now,
                               updated_at=now)
    for action in data.get("actions") or []:
        if isinstance(action, dict) and document.text(action.get("note")).strip():
            IncidentAction.create(incident=incident, note=document.text(action["note"]),
                                  at=parse_time(action.get("at"), tz) or now,
                                  by=staff.get(document.text(action.get("by"))),
                                  kind=document.text(action.get("kind")) or "action")
    records.bump(ref)
    audit.append(at=now, actor=by, case_ref=ref, action="incident open",
                 changes={"source": [None, "import"], "title": [None, incident.title]})
    return incident


def _bump_case_counter(ref: str) -> None:
    """A merged reference came with the file: the case counter passes it too."""
    import re

    match = re.search(r"(\d{4})-(\d+)$", ref)
    if not match:
        return
    counters = dict(settings.get("ref_counter") or {})
    if int(match.group(2)) > int(counters.get(match.group(1), 0)):
        counters[match.group(1)] = int(match.group(2))
        settings.put("ref_counter", counters)
