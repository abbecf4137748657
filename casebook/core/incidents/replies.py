"""Reply to all: the incident's owner writes the reply and the resolution once.

Twenty households about one burst pipe get one answer, but each case keeps
its own: the reply is recorded on every chosen case through
`Casebook.update_case` — the same checks (authority limits, acceptance after
the reply, amendments), the same deadlines (the acknowledgement met, the
agreed reply time rescheduled when a new one is given, the callback once a
case is resolved) and its own audit entry — all inside the caller's one
transaction, so a refusal on the tenth case leaves the first nine unchanged.
Signed cases are left alone: their reply is what the customer signed.

The letters then print in each customer's language (`casebook.pdf.letters`).
"""

from __future__ import annotations

from casebook.core.cases import document
from casebook.core.time.times import iso, parse_time
from casebook.db import audit
from casebook.db.models import Case, Incident, IncidentAction, ListEntry, Staff
from casebook.errors import InvalidInput, RuleViolation
from casebook.i18n.translate import _


def reply_all(book, incident: Incident, *, by: str, text: str, resolution_type: str,
              resolution_text: str = "", channel: str = "letter", at=None,
              amount=None, currency: str | None = None, accepted: bool | None = None,
              next_reply_at=None, refs: list[str] | None = None) -> list[str]:
    """Record one reply on the chosen linked cases (default: every unsigned one);
    returns their references, the earliest received first."""
    check_owner(incident, by)
    text, resolution_text = document.text(text).strip(), document.text(resolution_text).strip()
    if not text:
        raise InvalidInput("Write the reply before sending it to every case.")
    if not _known("resolution_type", resolution_type):
        raise InvalidInput("Choose the resolution from the list.")
    if not _known("channel", channel):
        raise InvalidInput("Choose how the reply goes to the customers.")
    now = book.now()
    moment = parse_time(at, incident.tz) if at else now
    linked = {c.ref: c for c in Case.select().where(Case.incident == incident.id)
              .order_by(Case.received_at, Case.id)}
    chosen = [r for r, c in linked.items() if not c.signed_at] if refs is None else list(refs)
    if not chosen:
        raise RuleViolation("No case of incident {ref} is waiting for a reply.",
                            ref=incident.ref)
    for ref in chosen:
        if ref not in linked:
            raise InvalidInput("Case {ref} is not linked to incident {incident}.", ref=ref,
                               incident=incident.ref)
        if linked[ref].signed_at:
            raise RuleViolation("Case {ref} is signed: its reply is what the customer signed "
                                "and is not replaced here.", ref=ref)
    chosen = [r for r in linked if r in set(chosen)]  # the earliest received first
    reason = _("Reply to all for incident {ref}.", ref=incident.ref)
    resolution = {"type": resolution_type, "text": resolution_text}
    if amount not in (None, ""):
        resolution.update(amount=amount, currency=currency or book.setting("currency"))
    for ref in chosen:
        changes: dict = {"reply": {"at": iso(moment, incident.tz), "channel": channel,
                                   "text": text, "resolution": resolution,
                                   "accepted": accepted}}
        if next_reply_at:
            changes["follow"] = {"next_reply_at": next_reply_at}
        book.update_case(ref, changes, by=by, reason=reason)
    before = {"reply.text": incident.reply_text, "reply.resolution.type": incident.resolution_type,
              "reply.resolution.text": incident.resolution_text}
    incident.reply_at, incident.reply_channel = moment, channel
    incident.reply_text, incident.resolution_type = text, resolution_type
    incident.resolution_text = resolution_text
    incident.updated_at = now
    incident.save()
    IncidentAction.create(incident=incident, at=now, by=book.staff_member(by).id, kind="reply",
                          note=", ".join(chosen))
    after = {"reply.text": text, "reply.resolution.type": resolution_type,
             "reply.resolution.text": resolution_text}
    audit.append(at=now, actor=by, case_ref=incident.ref, action="incident reply",
                 changes={**{k: [before[k], v] for k, v in after.items() if before[k] != v},
                          "cases": [None, chosen]})
    return chosen


def check_owner(incident: Incident, by: str) -> None:
    """Only the incident's owner or a manager answers for it."""
    member = Staff.get_or_none(Staff.name == by)
    if member is None or (member.id != incident.owner_id and member.role != "manager"):
        owner = Staff.get_or_none(Staff.id == incident.owner_id) if incident.owner_id else None
        raise RuleViolation("Only the owner of incident {ref} ({owner}) or a manager can "
                            "reply to all.", ref=incident.ref, owner=owner.name if owner else "—")


def _known(list_name: str, code: str) -> bool:
    return ListEntry.select().where((ListEntry.list_name == list_name)
                                    & (ListEntry.code == (code or ""))).exists()
