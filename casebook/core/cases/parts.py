"""The six parts of a case — five clears and one report — and when each is done.

A case is handled as a *document*: a dict in the interchange shape (see
README, "Interchange format"). The rules here read that document only, so
the desktop, the command line, the form and the tests all judge a case the
same way, without a database.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebook.i18n.translate import N_

PARTS = ("hear", "ask", "follow", "reply", "record", "report")

MONEY_RESOLUTIONS = frozenset({"refund", "compensation", "discount"})

# Field paths named in "missing" lists, with a label for messages.
FIELD_LABELS = {
    "received_at": N_("when it was received"),
    "channel": N_("channel"),
    "hear.account": N_("the customer's account"),
    "hear.remedy_sought": N_("what the customer wants"),
    "hear.received_by": N_("who received it"),
    "ask.summary": N_("the confirmed summary"),
    "ask.summary_confirmed": N_("the customer's confirmation of the summary"),
    "follow.owner": N_("the owner"),
    "follow.next_reply_at": N_("the agreed next reply time"),
    "reply.at": N_("when we replied"),
    "reply.channel": N_("how we replied"),
    "reply.text": N_("what we said"),
    "reply.resolution.type": N_("the resolution"),
    "reply.resolution.amount": N_("the amount"),
    "reply.resolution.currency": N_("the currency"),
    "reply.accepted": N_("whether the customer accepts"),
    "record.signed_at": N_("the customer's signature"),
    "report.to": N_("to whom it was reported"),
    "report.at": N_("when it was reported"),
    "report.means": N_("how it was reported"),
    "report.acknowledged_at": N_("the manager's acknowledgement"),
}


@dataclass(frozen=True)
class PartStatus:
    part: str
    done: bool
    applicable: bool = True
    missing: tuple[str, ...] = field(default_factory=tuple)


def _get(doc: dict, path: str):
    value = doc
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _missing(doc: dict, paths) -> tuple[str, ...]:
    return tuple(p for p in paths if _blank(_get(doc, p)))


def is_major(doc: dict) -> bool:
    return doc.get("severity") == "major" or bool(doc.get("major_triggers"))


def is_money(doc: dict) -> bool:
    rtype = _get(doc, "reply.resolution.type")
    return rtype in MONEY_RESOLUTIONS or (doc.get("kind") == "claim" and rtype not in
                                          (None, "", "apology", "explanation"))


def hear(doc: dict) -> PartStatus:
    missing = _missing(doc, ("received_at", "channel", "hear.account", "hear.remedy_sought",
                             "hear.received_by"))
    return PartStatus("hear", not missing, missing=missing)


def ask(doc: dict) -> PartStatus:
    missing = list(_missing(doc, ("ask.summary",)))
    if not _get(doc, "ask.summary_confirmed"):
        missing.append("ask.summary_confirmed")
    return PartStatus("ask", not missing, missing=tuple(missing))


def follow(doc: dict) -> PartStatus:
    missing = list(_missing(doc, ("follow.owner",)))
    if not reply(doc).done and _blank(_get(doc, "follow.next_reply_at")):
        missing.append("follow.next_reply_at")  # an open case always has an agreed reply time
    return PartStatus("follow", not missing, missing=tuple(missing))


def reply(doc: dict) -> PartStatus:
    missing = list(_missing(doc, ("reply.at", "reply.channel", "reply.text",
                                  "reply.resolution.type")))
    if is_money(doc):
        missing += _missing(doc, ("reply.resolution.amount", "reply.resolution.currency"))
    if _get(doc, "reply.accepted") is None:
        missing.append("reply.accepted")
    return PartStatus("reply", not missing, missing=tuple(missing))


def record(doc: dict) -> PartStatus:
    missing = _missing(doc, ("record.signed_at",))
    return PartStatus("record", not missing, missing=missing)


def report(doc: dict) -> PartStatus:
    if not is_major(doc):
        return PartStatus("report", True, applicable=False)
    missing = _missing(doc, ("report.to", "report.at", "report.means",
                             "report.acknowledged_at"))
    return PartStatus("report", not missing, missing=missing)


def is_reported(doc: dict) -> bool:
    """A major case is red until it has been reported (acknowledgement may follow)."""
    return not _missing(doc, ("report.to", "report.at", "report.means"))


CHECKS = {"hear": hear, "ask": ask, "follow": follow, "reply": reply, "record": record,
          "report": report}


def statuses(doc: dict) -> dict[str, PartStatus]:
    return {part: CHECKS[part](doc) for part in PARTS}


def derive_state(doc: dict) -> str:
    """open → resolved (a reply is recorded) → closed (the form is signed)."""
    if not _blank(_get(doc, "record.signed_at")):
        return "closed"
    if reply(doc).done:
        return "resolved"
    return "open"
