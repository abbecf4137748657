"""The collective-complaint rule, automatic: no checkbox to remember.

SPEC §2 lists "a collective complaint from three or more households/customers"
among the default major triggers. Once cases from that many distinct
households (`settings.collective_threshold`) are linked to one incident, the
incident and every linked case become major, each case with the trigger
`collective` and the reason in its history, and each unreported case gets a
report deadline that starts now (`targets.report` hours, 1 h by default: the
manager hears of a major incident at once). A case linked later becomes major
at once. Should unlinking bring the incident below the threshold, the cases
the rule made major go back — with the reason recorded — unless they were
reported: a reported case is never downgraded behind anyone's back.

A second case from the same household about the same incident is a repeat
complaint about the same matter, another default trigger (`repeat_complaint`).

Every change to a case goes through `Casebook.update_case`, the path a clerk's
edit takes (rules, amendments of signed cases, deadlines, index, audit), inside
the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casebook.core import settings
from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.incidents import records
from casebook.core.time import deadlines
from casebook.core.time.times import iso
from casebook.db import audit
from casebook.db.models import AuditEntry, Case, Incident
from casebook.i18n.translate import N_, _, translator

COLLECTIVE = "collective"
REPEAT = "repeat_complaint"
LOWEST_THRESHOLD = 2  # one household is never "collective"


@dataclass
class Outcome:
    """What linking or unlinking did, so the desk can be prompted to report."""

    incident: str
    households: int
    threshold: int
    major: bool = False  # the incident is major now
    became_major: bool = False  # … and became so with this change
    reported: bool = False
    report_due: str | None = None  # the earliest open report deadline of its cases
    upgraded: list[str] = field(default_factory=list)  # cases made major now
    downgraded: list[str] = field(default_factory=list)
    repeats: list[str] = field(default_factory=list)  # cases found to be repeat complaints

    @property
    def report_now(self) -> bool:
        """The desk should report: the incident is major and nobody has reported it."""
        return self.major and not self.reported


COLLECTIVE_REASON = N_("Collective complaint: {count} households are linked to incident {ref}.")


def collective_reason(ref: str, households: int, lang: str | None = None) -> str:
    """Why the rule made an incident major, in `lang` (default: the current language)."""
    if lang is None:
        return _(COLLECTIVE_REASON, count=households, ref=ref)
    return translator(lang).gettext(COLLECTIVE_REASON, count=households, ref=ref)


def shown_reason(doc: dict, households: int, lang: str) -> str:
    """The reason to show for a major incident: the rule's, in the reader's language, while
    it holds; else the reason recorded when it became major."""
    if doc["severity"] == "major" and households >= threshold():
        return collective_reason(doc["ref"], households, lang)
    return doc["major_reason"]


def threshold() -> int:
    try:
        return max(LOWEST_THRESHOLD, int(settings.get("collective_threshold")))
    except (TypeError, ValueError):
        return settings.DEFAULTS["collective_threshold"]


def apply(book, incident: Incident, *, by: str, now: dt.datetime,
          outcome: Outcome | None = None) -> Outcome:
    """Bring the incident and its cases in line with the rule after a change."""
    homes = records.linked_households(incident.id)
    need = threshold()
    out = outcome or Outcome(incident.ref, len(homes), need)
    out.households, out.threshold = len(homes), need
    cases = [cid for members in homes.values() for cid, _ref, _at in members]
    if len(homes) >= need:
        reason = collective_reason(incident.ref, len(homes))
        if incident.severity != "major":
            _set_major(incident, True, reason, by=by, now=now)
            out.became_major = True
        for case in Case.select().where(Case.id << cases).order_by(Case.received_at, Case.id):
            if make_major(book, case, COLLECTIVE, reason, incident, by=by, now=now):
                out.upgraded.append(case.ref)
    else:
        reason = _("No longer a collective complaint: {count} of {need} households are "
                   "linked to incident {ref}.", count=len(homes), need=need, ref=incident.ref)
        for case in Case.select().where(Case.id << cases).order_by(Case.received_at, Case.id):
            if relax(book, case, reason, by=by, now=now):
                out.downgraded.append(case.ref)
        if incident.severity == "major" and not records.is_reported(incident):
            _set_major(incident, False, reason, by=by, now=now)
    out.major = incident.severity == "major"
    out.reported = records.is_reported(incident)
    out.report_due = report_due(incident)
    return out


def make_major(book, case: Case, trigger: str, reason: str, incident: Incident, *, by: str,
               now: dt.datetime) -> bool:
    """Add a major trigger to a case (with the reason) and start its report deadline;
    False when the case has the trigger already."""
    doc = document.to_doc(case)
    if trigger in doc["major_triggers"]:
        return False
    changes: dict = {"severity": "major",
                     "major_triggers": sorted({*doc["major_triggers"], trigger})}
    if not parts.is_reported(doc):
        if records.is_reported(incident):
            changes.update(records.report_changes(incident))  # the manager knows already
        elif not deadlines.pending(case, "report").exists():
            hours = settings.get("targets")["report"]
            deadlines.add(case, "report", now + dt.timedelta(hours=hours), case.owner_id, now,
                          note=reason)
    book.update_case(case.ref, changes, by=by, reason=reason)
    return True


def relax(book, case: Case, reason: str, *, by: str, now: dt.datetime) -> bool:
    """Take the collective trigger off a case that is not reported; its severity goes
    back only where the rule had raised it. False when nothing changed."""
    doc = document.to_doc(case)
    if COLLECTIVE not in doc["major_triggers"] or parts.is_reported(doc):
        return False
    rest = [t for t in doc["major_triggers"] if t != COLLECTIVE]
    changes: dict = {"major_triggers": rest}
    if not rest and raised_by_rule(case.ref):
        changes["severity"] = "general"
    after = book.update_case(case.ref, changes, by=by, reason=reason)
    if not parts.is_major(after):
        deadlines.close(case, "report", "cancelled", now)
    return True


def raised_by_rule(ref: str) -> bool:
    """Whether the collective trigger, when it was last added, also raised the severity
    (rather than finding a case the desk had already made major)."""
    entries = (AuditEntry.select(AuditEntry.changes)
               .where((AuditEntry.case_ref == ref) & (AuditEntry.action << ("update", "amend")))
               .order_by(AuditEntry.id.desc()))
    for (changes,) in entries.tuples():
        triggers = changes.get("major_triggers")
        if not triggers or COLLECTIVE not in (triggers[1] or []) \
                or COLLECTIVE in (triggers[0] or []):
            continue
        severity = changes.get("severity")
        return bool(severity) and severity[0] != "major" and severity[1] == "major"
    return False


def _set_major(incident: Incident, major: bool, reason: str, *, by: str,
               now: dt.datetime) -> None:
    before = (incident.severity, incident.major_reason)
    incident.severity = "major" if major else "general"
    incident.major_reason = reason if major else ""
    incident.updated_at = now
    incident.save()
    audit.append(at=now, actor=by, case_ref=incident.ref, action="incident major",
                 changes={"severity": [before[0], incident.severity],
                          "major_reason": [before[1], incident.major_reason],
                          "reason": [None, reason]})


def report_due(incident: Incident) -> str | None:
    """The earliest open report deadline among the incident's cases, in its timezone."""
    first = (deadlines.Deadline.select(deadlines.Deadline.due_at)
             .join(Case, on=(deadlines.Deadline.case == Case.id))
             .where((Case.incident == incident.id) & (deadlines.Deadline.kind == "report")
                    & (deadlines.Deadline.state << ("pending", "missed")))
             .order_by(deadlines.Deadline.due_at).first())
    return iso(first.due_at, incident.tz) if first else None
