"""Merging duplicates: two cases of one customer about one matter become one.

The most requested feature of small help desks' trackers. A customer who
phones in the morning and writes in the afternoon about the same leak has
two cases; a manager merges the second into the first (the *survivor*):

- both accounts stay, the other's after the survivor's, marked with its
  reference; empty facts of the survivor (what was asked for, the summary,
  the place, …) are filled from the other; questions are added; major
  triggers are joined; a report already made stands;
- the other's actions, attachments (its signatures kept as `merged_…`, so the
  survivor's form never prints them as its own) and agreed reply times (a
  promise to the customer) move to the survivor;
- the other's history stays in the audit log under its reference, and
  `show` tells it with the survivor's;
- the other reference redirects: `MergedCase` maps it to the survivor, the
  search finds the survivor by it, and it is never issued again.

The survivor's changes go through `Casebook.update_case`, so a signed
survivor gets amendments. A signed case is never merged silently: the merge
needs a reason, and it is a manager-only action (with a PIN when PINs are on).
"""

from __future__ import annotations

from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.trust import access
from casebook.db import audit, search
from casebook.db.models import (Action, Amendment, Attachment, Case, Deadline, MergedCase,
                                Question, SearchTerm, drop_orphan_blobs)
from casebook.errors import NotFound, RuleViolation
from casebook.i18n.translate import _

# Facts of the survivor filled from the other case when the survivor has none.
FILLED = ("hear.remedy_sought", "hear.mood", "ask.event_at", "ask.place", "ask.item",
          "ask.summary", "root_cause", "preventive_action")
REPORT = ("report.to", "report.at", "report.means", "report.acknowledged_at")
SIGNATURES = ("signature_customer", "signature_staff", "signed_scan")
PROMISES = ("reply", "callback")  # deadlines that are promises to the customer


def resolve(ref: str) -> str:
    """A case's reference now: a merged one gives its survivor's, others stay."""
    ref = (ref or "").strip()
    if Case.select().where(Case.ref == ref).exists():
        return ref
    row = (MergedCase.select(MergedCase.ref, Case.ref.alias("survivor"))
           .join(Case, on=(MergedCase.survivor == Case.id))
           .where(MergedCase.ref == ref).dicts().first())
    if row is None:
        raise NotFound("No case with reference {ref}.", ref=ref)
    return row["survivor"]


def merge(book, survivor_ref: str, other_ref: str, *, approval, reason: str = "") -> str:
    """Merge `other_ref` into `survivor_ref`; returns the survivor's reference."""
    approval = access.require(approval, access.MERGE)
    reason = document.text(reason).strip()
    with book.change():
        survivor, other = book.get(survivor_ref), book.get(other_ref)
        _check(survivor, other, reason)
        now = book.now()
        by = approval.by
        kept = reason or _("Merged with case {ref}.", ref=other.ref)
        other_terms = document.case_terms(other)  # what unindexes it (db/search.py)
        changes = _survivor_changes(document.to_doc(survivor), document.to_doc(other))
        if changes:
            book.update_case(survivor.ref, changes, by=by, reason=kept)
        survivor_terms = document.case_terms(book.get(survivor.ref))
        moved = _move_children(survivor, other)
        Action.create(case=survivor, at=now, by=book._staff_id(by), kind="merge", internal=True,
                      note=f"{other.ref} → {survivor.ref}" + (f": {reason}" if reason else ""))
        MergedCase.update(survivor=survivor.id).where(MergedCase.survivor == other.id).execute()
        MergedCase.create(ref=other.ref, survivor=survivor, at=now, by=by, reason=reason)
        incident = other.incident_id if not survivor.incident_id else None
        _delete(book, other, other_terms)
        approved = access.approval_changes(approval)
        audit.append(at=now, actor=by, case_ref=other.ref, action="merge",
                     changes={"merged_into": [None, survivor.ref],
                              **({"reason": [None, reason]} if reason else {}), **approved})
        survivor = book.get(survivor.ref)
        audit.append(at=now, actor=by, case_ref=survivor.ref, action="merge",
                     changes={"merged": [None, other.ref], "moved": [None, moved],
                              **({"reason": [None, reason]} if reason else {}), **approved})
        if incident:  # the other's incident is the survivor's now (the rule follows)
            from casebook.core.incidents import service
            from casebook.db.models import Incident

            service.Incidents(book)._link(survivor, Incident.get_by_id(incident), by=by,
                                          now=now)
        survivor = book.get(survivor.ref)
        fresh = document.to_doc(survivor)
        book._sync_deadlines(survivor, fresh, now)
        book._reindex(survivor, fresh, survivor_terms)
        return survivor.ref


def _check(survivor: Case, other: Case, reason: str) -> None:
    if survivor.id == other.id:
        raise RuleViolation("A case cannot be merged with itself.")
    if not survivor.customer_id or survivor.customer_id != other.customer_id:
        raise RuleViolation("Only two cases of the same customer can be merged: {a} and {b} "
                            "are about different customers.", a=survivor.ref, b=other.ref)
    for case in (survivor, other):
        if case.signed_at and not reason:
            raise RuleViolation("Case {ref} is signed: say why it is merged. The merge is "
                                "kept in its history.", ref=case.ref)
    if survivor.incident_id and other.incident_id and survivor.incident_id != other.incident_id:
        raise RuleViolation("{a} and {b} are linked to different incidents: unlink one of them "
                            "first.", a=survivor.ref, b=other.ref)


def _survivor_changes(kept: dict, other: dict) -> dict:
    """What the survivor takes from the other case, as the changes of an edit."""
    changes: dict = {}
    mine, theirs = kept["hear"]["account"] or "", other["hear"]["account"] or ""
    if theirs.strip() and theirs.strip() not in mine:
        addition = f"[{other['ref']}] {theirs}"
        document.set_path(changes, "hear.account", f"{mine}\n\n{addition}" if mine.strip()
                          else addition)
    for path in FILLED:
        if document.get_path(kept, path) in (None, "") and \
                document.get_path(other, path) not in (None, ""):
            document.set_path(changes, path, document.get_path(other, path))
    if other["ask"]["qa"]:
        changes.setdefault("ask", {})["qa"] = kept["ask"]["qa"] + other["ask"]["qa"]
    triggers = sorted(set(kept["major_triggers"]) | set(other["major_triggers"]))
    if triggers != sorted(kept["major_triggers"]):
        changes["major_triggers"] = triggers
    if parts.is_major(other) and not parts.is_major(kept):
        changes["severity"] = "major"
    if parts.is_reported(other) and not parts.is_reported(kept):
        for path in REPORT:
            document.set_path(changes, path, document.get_path(other, path))
    return changes


def _move_children(survivor: Case, other: Case) -> int:
    """Actions, attachments and open promises move to the survivor; returns how many."""
    moved = Action.update(case=survivor.id).where(Action.case == other.id).execute()
    for attachment in Attachment.select().where(Attachment.case == other.id):
        if attachment.kind in SIGNATURES:
            attachment.kind = f"merged_{attachment.kind}"
        attachment.case = survivor.id
        attachment.save()
        moved += 1
    moved += (Deadline.update(case=survivor.id, owner=survivor.owner_id)
              .where((Deadline.case == other.id) & (Deadline.kind << PROMISES)
                     & (Deadline.state << ("pending", "missed"))).execute())
    return moved


def _delete(book, case: Case, terms: list[str]) -> None:
    """The other case's row and what did not move (its history stays in the audit log);
    `terms`: its search tokens as it was indexed."""
    search.unindex(book.db, case.id, terms)
    blobs = [b for (b,) in Attachment.select(Attachment.blob)
             .where(Attachment.case == case.id).tuples()]
    for child in (Question, Amendment, Deadline, SearchTerm, Action, Attachment):
        child.delete().where(child.case == case.id).execute()
    drop_orphan_blobs(set(blobs))
    Case.delete().where(Case.id == case.id).execute()
