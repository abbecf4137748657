"""A case's history in words: "Amount changed from 40 to 60 by Anna".

The audit log keeps every change as machine data — an action and a map of
document paths to [before, after] — which is right for `casebook verify` and
wrong for a person. This module tells each entry as sentences in a language,
with the field's name, the values as a reader writes them (list labels, local
times, yes/no) and who did it. The editor's history and the printed case
summary both read it; no Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

from casebook.core.cases import document
from casebook.i18n import dates
from casebook.i18n.translate import N_, translator

# The fields a person names, as the editor's labels name them.
FIELD_NAMES = {
    "received_at": N_("Received at"), "channel": N_("Received via"), "kind": N_("Kind"),
    "severity": N_("Severity"), "major_triggers": N_("Major triggers"),
    "category": N_("Category"), "nature": N_("Nature"),
    "subject_staff": N_("About a member of staff"),
    "waiting_on_customer": N_("Waiting on the customer"), "root_cause": N_("Root cause"),
    "preventive_action": N_("Preventive action"),
    "hear.account": N_("In the customer's words"),
    "hear.remedy_sought": N_("What the customer wants"),
    "hear.received_by": N_("Received by"), "hear.mood": N_("Mood"),
    "ask.event_at": N_("When it happened"), "ask.place": N_("Where"),
    "ask.item": N_("Product, order or unit"), "ask.summary": N_("Summary to confirm"),
    "ask.summary_confirmed": N_("The customer confirmed the summary"),
    "ask.qa": N_("Questions and answers"),
    "follow.owner": N_("Owner"), "follow.next_reply_at": N_("Agreed next reply"),
    "reply.at": N_("Replied at"), "reply.channel": N_("Replied via"),
    "reply.text": N_("What we said"), "reply.resolution.type": N_("Resolution"),
    "reply.resolution.amount": N_("Amount"), "reply.resolution.currency": N_("Currency"),
    "reply.resolution.text": N_("Resolution details"),
    "reply.accepted": N_("Customer accepts"), "reply.approved_by": N_("Approved by"),
    "record.signed_at": N_("Signed on"), "record.satisfaction": N_("Satisfaction (1–5)"),
    "report.to": N_("Reported to"), "report.at": N_("Reported at"), "report.means": N_("How"),
    "report.acknowledged_at": N_("Manager acknowledged at"),
    "customer.name": N_("Customer"), "customer.phone": N_("Phone"),
    "customer.email": N_("Email"), "customer.address": N_("Address"),
    "customer.unit": N_("Unit / room"), "customer.account": N_("Account / order no."),
    "customer.language": N_("Customer's language"),
}
# Fields whose value is a code of an editable list
LISTS = {"channel": "channel", "reply.channel": "channel", "kind": "kind",
         "severity": "severity", "category": "category", "nature": "nature",
         "reply.resolution.type": "resolution_type", "hear.mood": "mood",
         "major_triggers": "major_trigger"}
TIMES = {path for path, kind in document.KINDS.items() if kind == "time"} | {
    "follow.next_reply_at"}
# Long text is named, not quoted: the case itself shows it
QUOTED_UP_TO = 60
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文", "nl": "Nederlands",
                  "ka": "ქართული"}
HIDDEN = {"reason", "approved_by", "approval", "redacted", "record.signed_hash"}

Label = Callable[[str, str], str]  # (list name, code) -> the label in the reader's language


class History:
    """Tells audit entries in one language; `label` names list codes (book.label),
    `moment` writes a stored time (the screen's short style unless told otherwise)."""

    def __init__(self, *, lang: str, tz: str, label: Label | None = None,
                 moment: Callable[[str], str] | None = None):
        self.lang, self.tz = lang, tz
        self.t = translator(lang).gettext
        self.label = label or (lambda _list, code: code)
        self.moment = moment or (lambda value: dates.moment_text(value, tz, lang))

    # ------------------------------------------------------------------ entries
    def lines(self, entry: dict) -> list[str]:
        """One entry as sentences (an entry of several changes says each)."""
        action, name = entry.get("action") or "", entry.get("by") or "—"
        changes = entry.get("changes") or {}
        t = self.t
        if action == "create":
            if "source" in changes:
                return [t(N_("Case imported by {name}"), name=name)]
            return [t(N_("Case opened by {name}"), name=name)]
        if action in ("action", "handover") and "note" in changes:
            note = self._quote((changes.get("note") or [None, ""])[1], width=200)
            internal = bool((changes.get("internal") or [None, False])[1])
            message = (N_("Staff-only note added by {name}: {note}") if internal
                       else N_("Note added by {name}: {note}"))
            return [t(message, name=name, note=note)]
        if action == "sign":
            return [t(N_("The customer signed; recorded by {name}"), name=name)]
        if action == "snooze":
            return [t(N_("{kind} snoozed until {time} by {name}"), kind=kind,
                      time=self.value("follow.next_reply_at", after), name=name)
                    for kind, after in self._deadlines(changes)]
        if action == "deadline done":
            return [t(N_("{kind} marked done by {name}"), kind=kind, name=name)
                    for kind, _after in self._deadlines(changes)]
        if action == "reopen":
            lines = [t(N_("Signed case reopened by {name}"), name=name)]
        elif action == "erase":
            return [t(N_("The customer's personal data was erased by {name}"), name=name)]
        elif action == "delete":
            return [t(N_("Case deleted by {name}"), name=name)]
        elif action == "approve amount":
            return [t(N_("Amount of {amount} approved by {name}"),
                      amount=(changes.get("amount") or [None, ""])[1], name=name)]
        elif action == "link incident":
            return [t(N_("Linked to incident {ref} by {name}"),
                      ref=(changes.get("incident") or [None, ""])[1], name=name)]
        elif action == "unlink incident":
            lines = [t(N_("Unlinked from incident {ref} by {name}"),
                       ref=(changes.get("incident") or [""])[0], name=name)]
        elif action == "merge" and "merged_into" in changes:
            lines = [t(N_("Merged into case {ref} by {name}"),
                       ref=changes["merged_into"][1], name=name)]
        elif action == "merge":
            lines = [t(N_("Case {ref} merged into this one by {name}"),
                       ref=(changes.get("merged") or [None, ""])[1], name=name)]
        elif action in ("update", "amend"):
            lines = [self.change(path, before, after, name)
                     for path, (before, after) in self._changes(changes)]
            if action == "amend":
                lines.insert(0, t(N_("Amended after signing by {name}:"), name=name))
        else:
            lines = [t(N_("{action} by {name}"), action=action, name=name)]
        reason = (changes.get("reason") or [None, None])[1]
        if reason and "follow.owner" in changes:  # a handover's note for the new owner
            lines.append(t(N_("Note: {note}"), note=reason))
        elif reason:
            lines.append(t(N_("Reason: {reason}"), reason=reason))
        return lines

    def text(self, entry: dict) -> str:
        return "\n".join(self.lines(entry))

    def change(self, path: str, before, after, name: str) -> str:
        """One field's change as a sentence."""
        t = self.t
        field = t(FIELD_NAMES.get(path, path))
        if path == "follow.owner":
            return t(N_("Handed over from {before} to {after} by {name}"),
                     before=before or "—", after=after or "—", name=name)
        if path == "ask.qa" or self._long(before) or self._long(after):
            return t(N_("{field} changed by {name}"), field=field, name=name)
        old, new = self.value(path, before), self.value(path, after)
        if not old:
            return t(N_("{field} set to {after} by {name}"), field=field, after=new,
                     name=name)
        if not new:
            return t(N_("{field} cleared by {name}"), field=field, name=name)
        return t(N_("{field} changed from {before} to {after} by {name}"), field=field,
                 before=old, after=new, name=name)

    # ------------------------------------------------------------------ values
    def value(self, path: str, value) -> str:
        """A stored value as the reader writes it ("" for nothing)."""
        if value in (None, "", [], {}):
            return ""
        if path in TIMES:
            try:
                return self.moment(value) or str(value)
            except (ValueError, KeyError):
                return str(value)
        if path in LISTS:
            codes = value if isinstance(value, list) else [value]
            return ", ".join(self.label(LISTS[path], str(code)) for code in codes)
        if path == "customer.language":
            return LANGUAGE_NAMES.get(value, str(value))
        if isinstance(value, bool):
            return self.t(N_("yes")) if value else self.t(N_("no"))
        return self._quote(value)

    def _quote(self, value, width: int = QUOTED_UP_TO) -> str:
        text = " ".join(str(value).split())
        return text if len(text) <= width else text[:width - 1] + "…"

    @staticmethod
    def _long(value) -> bool:
        return isinstance(value, str) and (len(value) > QUOTED_UP_TO or "\n" in value)

    def _changes(self, changes: dict):
        """(path, (before, after)) of what a person changed; a customer is told field
        by field."""
        for path, pair in changes.items():
            if path in HIDDEN or not isinstance(pair, (list, tuple)) or len(pair) != 2:
                continue
            if path == "customer":
                before, after = (p if isinstance(p, dict) else {} for p in pair)
                for key in document.CUSTOMER_FIELDS:
                    if (before.get(key) or "") != (after.get(key) or ""):
                        yield f"customer.{key}", (before.get(key), after.get(key))
                continue
            yield path, tuple(pair)

    def _deadlines(self, changes: dict):
        for path, pair in changes.items():
            if path.startswith("deadline."):
                kind = path.split(".", 1)[1]
                yield self.label("deadline_kind", kind), (pair or [None, None])[1]


def for_book(book, *, lang: str, tz: str | None = None,
             moment: Callable[[str], str] | None = None) -> History:
    """Entries of `book` told in `lang`, with the casebook's own list labels."""
    return History(lang=lang, tz=tz or book.tz, moment=moment,
                   label=lambda list_name, code: book.label(list_name, code, lang))
