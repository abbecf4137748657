"""Reading cases back: the case list with its quick filters, and one case in full.

The list query is shared by `casebook list`, the desktop's case list and the
reports, so "overdue" means the same thing everywhere: an open deadline
whose time has passed.
"""

from __future__ import annotations

import datetime as dt

from peewee import JOIN, fn

from casebook.core import settings
from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.time import deadlines
from casebook.core.time.times import iso, zone
from casebook.db.models import Amendment, AuditEntry, Case, Customer, Deadline, Staff, database
from casebook.i18n.translate import _

STATUSES = ("open", "overdue", "major", "unsigned", "closed")
# Quick filters of the desktop list, on top of the CLI's statuses.
FILTERS = ("all", "open", "due_today", "overdue", "major_unreported", "unsigned", "closed")
SORTS = {
    "ref": Case.ref, "received_at": Case.received_at, "customer": Customer.name,
    "category": Case.category, "severity": Case.severity, "state": Case.state,
    "owner": Staff.name,
}


def open_deadlines():
    return deadlines.open_states()  # literals: the partial index of open deadlines serves


def where_status(query, status: str | None, now: dt.datetime):
    if status == "open":
        return query.where(Case.state == "open")
    if status == "overdue":
        late = (Deadline.select(Deadline.case)
                .where(open_deadlines() & (Deadline.due_at < now)))
        return query.where(Case.state != "closed", Case.id << late)
    if status == "major":
        return query.where(Case.severity == "major")
    if status == "unsigned":
        return query.where(Case.state == "resolved")
    if status == "closed":
        return query.where(Case.state == "closed")
    if status == "due_today":
        local = now.astimezone(zone(settings.get("timezone")))
        end = (local.replace(hour=0, minute=0, second=0, microsecond=0)
               + dt.timedelta(days=1))
        due = Deadline.select(Deadline.case).where(open_deadlines() & (Deadline.due_at < end))
        return query.where(Case.state != "closed", Case.id << due)
    if status == "major_unreported":
        query = query.where(Case.severity == "major", Case.report_at.is_null(),
                            Case.state != "closed")
        if database.param == "?":
            # SQLite would read every major case's row (8,500 of 100,000 demo cases: 100 ms
            # and more) to find the few not closed; a server starts from its partial index
            # of cases not closed (schema 7). Here the state index gives the cases not
            # closed, its two ranges read alone, and only their rows are read.
            not_closed = (Case.select(Case.id).where(Case.state < "closed")
                          + Case.select(Case.id).where(Case.state > "closed"))  # UNION ALL
            query = query.where(Case.id << not_closed)
        return query
    return query


def case_query(*, status: str | None = None, now: dt.datetime, ids: list[int] | None = None,
               sort: str = "received_at", descending: bool = True):
    """Rows for the case list: one query, joined, no per-row lookups."""
    next_reply = (Deadline.select(fn.MIN(Deadline.due_at))
                  .where((Deadline.case == Case.id) & (Deadline.kind == "reply")
                         & open_deadlines()))
    query = (Case.select(Case.id, Case.ref, Case.state, Case.received_at, Case.tz,
                         Case.category, Case.severity, Case.kind, Case.report_at,
                         Customer.name.alias("customer"),
                         Staff.name.alias("owner"), next_reply.alias("next_reply_at"))
             .join(Customer, JOIN.LEFT_OUTER, on=(Case.customer == Customer.id))
             .switch(Case).join(Staff, JOIN.LEFT_OUTER, on=(Case.owner == Staff.id)))
    query = where_status(query, status, now)
    if ids is not None:
        query = query.where(Case.id << ids)
    column = SORTS.get(sort, Case.received_at)
    return query.order_by(column.desc() if descending else column.asc(), Case.id.desc())


def count_cases(*, status: str | None = None, now: dt.datetime,
                ids: list[int] | None = None) -> int:
    """How many cases a filter shows: the bare table, no joins, no per-row subqueries."""
    query = where_status(Case.select(Case.id), status, now)
    if ids is not None:
        query = query.where(Case.id << ids)
    return query.count()


def page_ids(*, status: str | None = None, now: dt.datetime, ids: list[int] | None = None,
             sort: str = "received_at", descending: bool = True, offset: int = 0,
             limit: int = 200, total: int | None = None) -> list[int]:
    """One page of case ids in list order; only the sort column's table is joined, so
    SQLite walks an index and stops after the page. Pages past the middle are read
    from the other end (with `total`), so the last page costs what the first does."""
    if total is not None and offset > total // 2:
        tail = max(0, total - offset - limit)
        count = min(limit, total - offset)
        ids = page_ids(status=status, now=now, ids=ids, sort=sort, descending=not descending,
                       offset=tail, limit=count)
        return ids[::-1]
    query = Case.select(Case.id)
    if sort == "customer":
        query = query.join(Customer, JOIN.LEFT_OUTER, on=(Case.customer == Customer.id))
    elif sort == "owner":
        query = query.join(Staff, JOIN.LEFT_OUTER, on=(Case.owner == Staff.id))
    query = where_status(query, status, now)
    if ids is not None:
        query = query.where(Case.id << ids)
    column = SORTS.get(sort, Case.received_at)
    query = query.order_by(column.desc() if descending else column.asc(),
                           Case.id.desc() if descending else Case.id.asc())
    return [i for (i,) in query.offset(offset).limit(limit).tuples()]


def rows_for(case_ids: list[int], now: dt.datetime) -> list[dict]:
    """Full list rows for some cases, in the order given."""
    # no ORDER BY: it would make SQLite walk a sort index over every case
    rows = {r["id"]: r for r in case_query(now=now, ids=case_ids).order_by().dicts()}
    return [rows[i] for i in case_ids if i in rows]


def list_cases(book, *, status: str | None = None, limit: int | None = None,
               incident: str | None = None) -> list[dict]:
    """The case list (`casebook list`), or the cases of one incident."""
    query = case_query(status=status, now=book.now())
    if incident is not None:
        from casebook.core.incidents import records

        book.bind()
        query = query.where(Case.incident == records.get(incident).id)
    if limit:
        query = query.limit(limit)
    rows = []
    for r in query.dicts().iterator():
        next_reply = r["next_reply_at"]
        if isinstance(next_reply, str):  # an aggregate comes back as text on SQLite
            next_reply = dt.datetime.fromisoformat(next_reply).replace(tzinfo=dt.timezone.utc)
        elif next_reply is not None and next_reply.tzinfo is None:
            next_reply = next_reply.replace(tzinfo=dt.timezone.utc)
        rows.append({"ref": r["ref"], "state": r["state"],
                     "received_at": iso(r["received_at"], r["tz"]),
                     "customer": r["customer"] or "", "category": r["category"],
                     "severity": r["severity"], "kind": r["kind"], "owner": r["owner"] or "",
                     "next_reply_at": iso(next_reply, r["tz"])})
    return rows


def show(book, ref: str) -> dict:
    """One case with its parts, deadlines, amendments and history; a merged case's
    reference shows the case it was merged into (`merged_from` says so), whose history
    tells both."""
    found = book.incidents.resolve(ref)
    case = book.get(found)
    names = document.staff_names()
    doc = document.to_doc(case, names=names)
    refs = [case.ref, *doc["merged"]]
    return {
        **({"merged_from": ref.strip()} if found != ref.strip() else {}),
        "case": doc,
        "parts": {p: {"done": s.done, "applicable": s.applicable, "missing": list(s.missing)}
                  for p, s in parts.statuses(doc).items()},
        "deadlines": [{"kind": d.kind, "due_at": iso(d.due_at, d.tz), "state": d.state,
                       "owner": names.get(d.owner_id, ""), "note": d.note}
                      for d in case.deadlines.order_by(Deadline.due_at)],
        "amendments": [{"at": iso(a.at, case.tz), "by": names.get(a.by_id, ""),
                        "field": a.field, "before": a.before, "after": a.after,
                        "reason": a.reason}
                       for a in case.amendments.order_by(Amendment.id)],
        "history": history(refs, case.tz),
    }


def history(refs: list[str], tz: str) -> list[dict]:
    """The audit trail of a case (its reference and those merged into it), oldest first,
    as `show` gives it: the editor, which has the case already, reads only this."""
    return [{"at": iso(e.at, tz), "by": e.actor, "action": e.action, "changes": e.changes}
            for e in AuditEntry.select().where(AuditEntry.case_ref << refs)
            .order_by(AuditEntry.id)]


def show_lines(*, data: dict, book_lang: str | None = None) -> list[str]:
    """`casebook show` for a person: the parts, then deadlines and history."""
    doc = data["case"]
    c = doc["customer"]
    lines = [_("{ref} was merged into {survivor}.", ref=data["merged_from"],
               survivor=doc["ref"])] if data.get("merged_from") else []
    lines += [f"{doc['ref']}  {doc['state']}  {doc['kind']}  {doc['severity']}  "
              f"{doc['category']}",
              _("Customer: {name} {phone} {unit}", name=c["name"], phone=c["phone"],
                unit=c["unit"]).rstrip()]
    if doc.get("incident"):
        incident = doc["incident"]
        lines.append(_("Incident: {ref} {title}", ref=incident["ref"],
                       title=" — ".join(x for x in (incident["title"], incident["place"])
                                        if x)))
    if doc.get("merged"):
        lines.append(_("Merged into this case: {refs}", refs=", ".join(doc["merged"])))
    for part, status in data["parts"].items():
        mark = "✓" if status["done"] else "…"
        if not status["applicable"]:
            mark = "–"
        missing = ", ".join(_(parts.FIELD_LABELS.get(m, m)) for m in status["missing"])
        lines.append(f"[{mark}] {part}" + (f"  ({_('missing')}: {missing})" if missing else ""))
        for path, _col, _kind in document.FIELDS:
            if path.startswith(part + "."):
                value = document.get_path(doc, path)
                if value not in (None, "", False):
                    lines.append(f"      {path.split('.', 1)[1]}: {value}")
    for qa in doc["ask"]["qa"]:
        lines.append(f"      Q: {qa['q']}  A: {qa['a']}")
    for a in doc["follow"]["actions"]:
        lines.append(f"      {a['at']} {a['by']}: {a['note']}"
                     + (f" ({_('internal')})" if a["internal"] else ""))
    lines.append(_("Deadlines:"))
    lines += [f"  {d['due_at']}  {d['kind']}  {d['state']}  {d['owner']}"
              for d in data["deadlines"]]
    if data["amendments"]:
        lines.append(_("Amendments:"))
        lines += [f"  {a['at']} {a['by']}: {a['field']} {a['before']!r} → {a['after']!r} "
                  f"({a['reason']})" for a in data["amendments"]]
    lines.append(_("History:"))
    lines += [f"  {h['at']} {h['by']} {h['action']}" for h in data["history"]]
    return lines
