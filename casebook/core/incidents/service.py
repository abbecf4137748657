"""The changes a user makes to incidents, each one transaction: `book.incidents.…`.

Like every method of `Casebook`, each public method here validates, writes,
keeps the cases' deadlines in step through the collective rule, and appends
to the audit log — or, on any error, changes nothing. Changes to cases go
through `Casebook.update_case`, the same path a clerk's edit takes.

The audit log records an incident's own changes under its reference
("INC-2026-001"), and a link or unlink under the case's reference, as the
change of its `incident` (before → after).
"""

from __future__ import annotations

import datetime as dt

from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.incidents import collective, records
from casebook.core.incidents.collective import Outcome
from casebook.core.time.times import iso, parse_time
from casebook.db import audit
from casebook.db.models import Case, Incident, IncidentAction
from casebook.errors import InvalidInput, RuleViolation
from casebook.i18n.translate import _


class Incidents:
    """The incident services of one open casebook (`Casebook.incidents`)."""

    def __init__(self, book):
        self.book = book

    # ------------------------------------------------------------- reads
    def get(self, ref: str) -> dict:
        self.book.bind()
        return records.to_doc(records.get(ref))

    def list(self, *, state: str | None = None) -> list[records.IncidentRow]:
        self.book.bind()
        return records.listing(state=state)

    def cases(self, ref: str) -> list[records.LinkedCase]:
        self.book.bind()
        return records.linked_cases(records.get(ref), self.book.now())

    def households(self, ref: str) -> int:
        """How many households the incident's cases come from (the collective rule's count)."""
        self.book.bind()
        return len(records.linked_households(records.get(ref).id))

    def major_reason(self, ref: str, lang: str) -> str:
        """Why the incident is major, for a reader of `lang`."""
        self.book.bind()
        incident = records.get(ref)
        return collective.shown_reason(records.to_doc(incident, actions=False),
                                       len(records.linked_households(incident.id)), lang)

    def report_due(self, ref: str) -> str | None:
        self.book.bind()
        return collective.report_due(records.get(ref))

    def suggest(self, draft: dict, *, limit: int = 3):
        """The open incidents a case being typed is probably about (see `matching`)."""
        from casebook.core.incidents import matching

        self.book.bind()
        return matching.suggest(self.book, draft, limit=limit)

    def resolve(self, ref: str) -> str:
        """The reference a case has now: a merged case's redirects to its survivor."""
        from casebook.core.incidents import merging

        self.book.bind()
        return merging.resolve(ref)

    # ----------------------------------------------------------- changes
    def open(self, *, title: str, by: str, place: str = "", units: str = "",
             category: str = "", started_at=None, owner: str | None = None,
             cases: tuple[str, ...] | list[str] = ()) -> str:
        """Open an incident (and link cases to it); returns its reference."""
        book = self.book
        with book.change():
            now = book.now()
            tz = book.tz
            staff = book._staff_ids()
            values = {path: records.coerce(path, value, tz, staff) for path, value in (
                ("title", title), ("place", place), ("units", units), ("category", category),
                ("owner", owner or by))}
            started = parse_time(started_at, tz) if started_at else now
            ref = records.next_ref(records.local_year(started, tz))
            incident = Incident.create(
                ref=ref, title=values["title"], place=values["place"], units=values["units"],
                category=values["category"], owner=values["owner"], started_at=started, tz=tz,
                created_at=now, updated_at=now)
            audit.append(at=now, actor=by, case_ref=ref, action="incident open",
                         changes={path: [None, value] for path, value in
                                  records.to_doc(incident, actions=False).items()
                                  if path not in ("ref", "tz") and value not in (None, "")
                                  and not isinstance(value, dict)})
            for case_ref in cases:
                self._link(book.get(case_ref), incident, by=by, now=now)
            return ref

    def update(self, ref: str, changes: dict, *, by: str) -> dict:
        """Change what the owner edits: title, place, owner, state, root cause, …"""
        book = self.book
        with book.change():
            incident = records.get(ref)
            unknown = set(changes) - set(records.EDITABLE)
            if unknown:
                raise InvalidInput("Unknown field: {name}.", name=", ".join(sorted(unknown)))
            before = records.to_doc(incident, actions=False)
            staff = book._staff_ids()
            for path, value in changes.items():
                column = records.FIELDS[path][0]
                stored = records.coerce(path, value, incident.tz, staff)
                setattr(incident, column + ("_id" if path == "owner" else ""), stored)
            after = records.to_doc(incident, actions=False)
            diff = {p: [before.get(p), after.get(p)] for p in changes
                    if before.get(p) != after.get(p)}
            if diff:
                incident.updated_at = book.now()
                incident.save()
                audit.append(at=book.now(), actor=by, case_ref=ref, action="incident update",
                             changes=diff)
            return records.to_doc(incident)

    def add_action(self, ref: str, note: str, *, by: str, kind: str = "action") -> None:
        """Log what was done about the event (the incident's own follow-through)."""
        note = document.text(note)
        if not note.strip():
            raise InvalidInput("Write what was done.")
        book = self.book
        with book.change():
            incident = records.get(ref)
            now = book.now()
            IncidentAction.create(incident=incident, at=now, by=book.staff_member(by).id,
                                  note=note, kind=kind)
            incident.updated_at = now
            incident.save()
            audit.append(at=now, actor=by, case_ref=ref, action="incident action",
                         changes={"note": [None, note]})

    def link(self, case_ref: str, incident_ref: str, *, by: str) -> Outcome:
        """Link a case to an incident (a case has at most one); the rule follows."""
        book = self.book
        with book.change():
            return self._link(book.get(case_ref), records.get(incident_ref), by=by,
                              now=book.now())

    def unlink(self, case_ref: str, *, by: str, reason: str = "") -> Outcome:
        """Take a case off its incident; a reported case keeps its severity."""
        book = self.book
        with book.change():
            case = book.get(case_ref)
            if not case.incident_id:
                raise RuleViolation("Case {ref} is not linked to an incident.", ref=case_ref)
            incident = Incident.get_by_id(case.incident_id)
            now = book.now()
            case.incident = None
            case.updated_at = now
            case.save()
            audit.append(at=now, actor=by, case_ref=case.ref, action="unlink incident",
                         changes={"incident": [incident.ref, None],
                                  **({"reason": [None, reason]} if reason.strip() else {})})
            out = collective.apply(book, incident, by=by, now=now)
            message = reason.strip() or out.incident
            if collective.relax(book, case, message, by=by, now=now):
                out.downgraded.append(case.ref)
            return out

    def _link(self, case: Case, incident: Incident, *, by: str, now: dt.datetime) -> Outcome:
        if case.incident_id == incident.id:
            raise RuleViolation("Case {ref} is already linked to incident {incident}.",
                                ref=case.ref, incident=incident.ref)
        if case.incident_id:
            other = Incident.get_by_id(case.incident_id)
            raise RuleViolation("Case {ref} is linked to incident {incident} already: a case "
                                "belongs to one incident. Unlink it first.", ref=case.ref,
                                incident=other.ref)
        out = Outcome(incident.ref, 0, collective.threshold())
        earlier = records.linked_households(incident.id).get(records.household_of(case))
        case.incident = incident.id
        case.updated_at = now
        case.save()
        audit.append(at=now, actor=by, case_ref=case.ref, action="link incident",
                     changes={"incident": [None, incident.ref]})
        if earlier:
            reason = document.text(_repeat_reason(incident.ref, earlier[0][1]))
            if collective.make_major(self.book, case, collective.REPEAT, reason, incident,
                                     by=by, now=now):
                out.repeats.append(case.ref)
                out.upgraded.append(case.ref)
        return collective.apply(self.book, incident, by=by, now=now, outcome=out)

    def report(self, ref: str, *, to: str, means: str, by: str, at=None,
               acknowledged_at=None) -> list[str]:
        """Report the incident to management; every linked major case not yet reported
        records the same report. Returns the references of those cases."""
        book = self.book
        to, means = document.text(to).strip(), document.text(means).strip()
        if not to or not means:
            raise InvalidInput("Say to whom and how the incident was reported.")
        with book.change():
            incident = records.get(ref)
            now = book.now()
            before = records.to_doc(incident, actions=False)["report"]
            incident.report_to, incident.report_means = to, means
            incident.report_at = parse_time(at, incident.tz) if at else now
            if acknowledged_at:
                incident.report_ack_at = parse_time(acknowledged_at, incident.tz)
            if incident.report_at > now + dt.timedelta(minutes=5):
                raise InvalidInput("{value} is in the future.", value=iso(incident.report_at,
                                                                           incident.tz))
            incident.updated_at = now
            incident.save()
            after = records.to_doc(incident, actions=False)["report"]
            audit.append(at=now, actor=by, case_ref=ref, action="incident report",
                         changes={f"report.{k}": [before[k], after[k]] for k in after
                                  if before[k] != after[k]})
            reported = []
            changes = records.report_changes(incident)
            for case in Case.select().where(Case.incident == incident.id).order_by(Case.id):
                doc = document.to_doc(case)
                if parts.is_major(doc) and not parts.is_reported(doc):
                    book.update_case(case.ref, changes, by=by,
                                     reason=_reported_with(incident.ref))
                    reported.append(case.ref)
            return reported

    def reply_all(self, ref: str, *, by: str, **reply) -> list[str]:
        """Write the reply and resolution once, into every chosen linked case."""
        from casebook.core.incidents import replies

        with self.book.change():
            return replies.reply_all(self.book, records.get(ref), by=by, **reply)

    def merge(self, survivor: str, other: str, *, approval, reason: str = "") -> str:
        """Merge case `other` into `survivor` (a manager's act); returns the survivor."""
        from casebook.core.incidents import merging

        return merging.merge(self.book, survivor, other, approval=approval, reason=reason)


def _repeat_reason(incident_ref: str, earlier_ref: str) -> str:
    return _("Repeat complaint: this household complained about incident {incident} before "
             "(case {ref}).", incident=incident_ref, ref=earlier_ref)


def _reported_with(incident_ref: str) -> str:
    return _("Reported with incident {ref}.", ref=incident_ref)
