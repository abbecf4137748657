"""Incidents as records: references never reused, the incident as a document, the
households behind its cases, and the rows the incident view lists.

An incident's reference has its own prefix and yearly counter (`INC-2026-001`),
kept in the settings beside the cases' counter, so it can never be mistaken for
a case reference nor issued twice. Incidents are never deleted.

Plain functions over the models, run inside the caller's transaction (changes)
or outside any (reads).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import JOIN, fn

from casebook.core import settings
from casebook.core.cases import document
from casebook.core.time.times import iso, parse_time, zone
from casebook.db.models import Case, Customer, Deadline, Incident, IncidentAction, Staff
from casebook.db.search import fold
from casebook.errors import InvalidInput, NotFound

STATES = ("open", "resolved", "closed")
# document path → (column, kind); the same idea as `document.FIELDS` for cases
FIELDS = {
    "title": ("title", "text"), "category": ("category", "text"),
    "place": ("place", "text"), "units": ("units", "text"),
    "started_at": ("started_at", "time"), "owner": ("owner", "staff"),
    "state": ("state", "text"), "severity": ("severity", "text"),
    "major_reason": ("major_reason", "text"), "root_cause": ("root_cause", "text"),
    "preventive_action": ("preventive_action", "text"),
    "report.to": ("report_to", "text"), "report.at": ("report_at", "time"),
    "report.means": ("report_means", "text"),
    "report.acknowledged_at": ("report_ack_at", "time"),
    "reply.at": ("reply_at", "time"), "reply.channel": ("reply_channel", "text"),
    "reply.text": ("reply_text", "text"), "reply.resolution.type": ("resolution_type", "text"),
    "reply.resolution.text": ("resolution_text", "text"),
}
# What the owner edits directly; severity follows the collective rule, the report and the
# reply have methods of their own.
EDITABLE = ("title", "category", "place", "units", "started_at", "owner", "state",
            "root_cause", "preventive_action")
REFERENCE_DIGITS = 3


# --------------------------------------------------------------- references
def next_ref(year: int) -> str:
    """A fresh reference for an incident of `year`; the counter only ever goes up."""
    prefix = settings.get("incident_prefix") or ""
    counters = dict(settings.get("incident_counter") or {})
    number = int(counters.get(str(year), 0)) + 1
    while Incident.select().where(Incident.ref == _ref(prefix, year, number)).exists():
        number += 1  # a reference made by hand, or imported: never issue it again
    counters[str(year)] = number
    settings.put("incident_counter", counters)
    return _ref(prefix, year, number)


def _ref(prefix: str, year: int, number: int) -> str:
    return f"{prefix}{year}-{number:0{REFERENCE_DIGITS}d}"


def bump(ref: str) -> None:
    """After an import: the counter passes a reference that came with the file."""
    match = re.search(r"(\d{4})-(\d+)$", ref)
    if not match:
        return
    counters = dict(settings.get("incident_counter") or {})
    if int(match.group(2)) > int(counters.get(match.group(1), 0)):
        counters[match.group(1)] = int(match.group(2))
        settings.put("incident_counter", counters)


def get(ref: str) -> Incident:
    found = Incident.get_or_none(Incident.ref == (ref or "").strip())
    if found is None:
        raise NotFound("No incident with reference {ref}.", ref=ref)
    return found


# ---------------------------------------------------------------- documents
def to_doc(incident: Incident, *, names: dict[int, str] | None = None,
           actions: bool = True) -> dict:
    """The whole incident as a JSON-ready document (the view, `show`, the export)."""
    names = names if names is not None else document.staff_names()
    tz = incident.tz
    doc: dict = {"ref": incident.ref, "tz": tz}
    for path, (column, kind) in FIELDS.items():
        if kind == "staff":
            value = names.get(getattr(incident, column + "_id"))
        elif kind == "time":
            value = iso(getattr(incident, column), tz)
        else:
            value = getattr(incident, column)
        document.set_path(doc, path, value)
    if actions:
        doc["actions"] = [{"at": iso(a.at, tz), "by": names.get(a.by_id, ""), "note": a.note,
                           "kind": a.kind}
                          for a in incident.actions.order_by(IncidentAction.at, IncidentAction.id)]
    return doc


def coerce(path: str, value, tz: str, staff: dict[str, int]):
    """A submitted value as the column stores it; unknown staff and states refused."""
    column, kind = FIELDS[path]
    if kind == "time":
        return parse_time(value, tz)
    if kind == "staff":
        name = document.text(value).strip()
        if not name:
            return None
        if name not in staff:
            raise NotFound("No member of staff called {name}.", name=name)
        return staff[name]
    value = document.text(value).strip() if path != "root_cause" else document.text(value)
    if path == "state" and value not in STATES:
        raise InvalidInput("{value} is not a state of an incident (open, resolved or "
                           "closed).", value=value)
    if path == "title" and not value:
        raise InvalidInput("An incident needs a title (what happened).")
    return value


def is_reported(incident: Incident) -> bool:
    return bool(incident.report_to.strip() and incident.report_at and
                incident.report_means.strip())


def report_changes(incident: Incident) -> dict:
    """The incident's report as the changes that record it on a linked case."""
    tz = incident.tz
    return {"report": {"to": incident.report_to, "at": iso(incident.report_at, tz),
                       "means": incident.report_means,
                       "acknowledged_at": iso(incident.report_ack_at, tz)}}


# ---------------------------------------------------------------- households
def household(case_id: int, customer_id: int | None, address: str, unit: str) -> tuple:
    """Who a complaint comes from, for the collective rule: a flat (address and unit)
    when the unit is known, so two people of one flat count once; else the customer;
    else the case itself (a caller who gave no name is still one household)."""
    if (unit or "").strip():
        return ("unit", _plain(address), _plain(unit))
    if customer_id:
        return ("customer", customer_id)
    return ("case", case_id)


def _plain(text: str) -> str:
    return " ".join(fold(text or "").split())


def linked_households(incident_id: int, *, without: int | None = None) -> dict[tuple, list]:
    """The households of an incident's cases: key → [(case id, ref, received_at)]."""
    query = (Case.select(Case.id, Case.ref, Case.received_at, Case.customer, Customer.address,
                         Customer.unit)
             .join(Customer, on=(Case.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
             .where(Case.incident == incident_id).order_by(Case.received_at, Case.id))
    found: dict[tuple, list] = {}
    for cid, ref, received, customer_id, address, unit in query.tuples():
        if cid == without:
            continue
        key = household(cid, customer_id, address or "", unit or "")
        found.setdefault(key, []).append((cid, ref, received))
    return found


def household_of(case: Case) -> tuple:
    customer = case.customer if case.customer_id else None
    return household(case.id, case.customer_id, customer.address if customer else "",
                     customer.unit if customer else "")


# -------------------------------------------------------------------- reads
@dataclass(frozen=True)
class IncidentRow:
    """One incident as the incident list shows it."""

    ref: str
    title: str
    place: str
    started_at: str
    state: str
    severity: str
    reported: bool
    cases: int
    owner: str


def listing(*, state: str | None = None) -> list[IncidentRow]:
    """Incidents, the newest first, with how many cases each has."""
    count = fn.COUNT(Case.id)
    query = (Incident.select(Incident, count.alias("linked"), Staff.name.alias("owner_name"))
             .join(Case, JOIN.LEFT_OUTER, on=(Case.incident == Incident.id))
             .switch(Incident).join(Staff, JOIN.LEFT_OUTER, on=(Incident.owner == Staff.id))
             .group_by(Incident.id, Staff.name)
             .order_by(Incident.started_at.desc(), Incident.id.desc()))
    if state:
        query = query.where(Incident.state == state)
    return [IncidentRow(i.ref, i.title, i.place, iso(i.started_at, i.tz), i.state, i.severity,
                        is_reported(i), i.linked, i.owner_name or "")
            for i in query.objects()]


@dataclass(frozen=True)
class LinkedCase:
    """A case of an incident, as the incident view shows it: replied, signed, overdue."""

    ref: str
    customer: str
    unit: str
    language: str
    received_at: str
    state: str
    severity: str
    reported: bool
    replied_at: str | None
    signed_at: str | None
    late: tuple[str, ...]  # kinds of its open deadlines past due (the case list's overdue)
    next_due: str | None  # the earliest open deadline still to come
    next_kind: str

    @property
    def overdue(self) -> bool:
        return bool(self.late)


def linked_cases(incident: Incident, now: dt.datetime) -> list[LinkedCase]:
    """Every case of the incident, the earliest received first."""
    rows = list(Case.select(Case, Customer)
                .join(Customer, on=(Case.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
                .where(Case.incident == incident.id).order_by(Case.received_at, Case.id))
    due: dict[int, list] = {}
    if rows:
        query = (Deadline.select(Deadline.case, Deadline.kind, Deadline.due_at)
                 .where((Deadline.case << [c.id for c in rows])
                        & (Deadline.state << ("pending", "missed")))
                 .order_by(Deadline.due_at))
        for case_id, kind, due_at in query.tuples():
            due.setdefault(case_id, []).append((kind, due_at))
    out = []
    for c in rows:
        customer = c.customer if c.customer_id else None
        mine = due.get(c.id, [])
        # the case list's "overdue": not closed, an open deadline past due
        late = tuple(dict.fromkeys(k for k, at in mine if at < now)) if c.state != "closed" \
            else ()
        coming = next(((k, at) for k, at in mine if at >= now), (None, None))
        out.append(LinkedCase(
            ref=c.ref, customer=customer.name if customer else "",
            unit=customer.unit if customer else "",
            language=customer.language if customer else "",
            received_at=iso(c.received_at, c.tz), state=c.state, severity=c.severity,
            reported=bool(c.report_to.strip() and c.report_at and c.report_means.strip()),
            replied_at=iso(c.reply_at, c.tz), signed_at=iso(c.signed_at, c.tz),
            late=late, next_due=iso(coming[1], c.tz), next_kind=coming[0] or ""))
    return out


def local_year(at: dt.datetime, tz: str) -> int:
    return at.astimezone(zone(tz)).year
