"""The append-only audit log, chained by hashes so tampering shows.

Every entry stores the hash of the entry before it and its own hash over its
content and that link. Changing, deleting or inserting an entry behind the
app's back breaks the chain at that entry, and `verify_chain` names it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from casebook.db.connection import lock_writes
from casebook.db.models import AuditEntry, bulk_insert

GENESIS = "0" * 64
# An erasure of personal data (casebook.core.trust.privacy) rewrites entries' values and
# appends an entry of this action whose changes["redacted"][1] maps each rewritten
# entry's id to the hash of its new content; the entries keep their old hash as link.
REDACTION = "erase"


def canonical(value) -> str:
    """The one JSON spelling used for everything that is hashed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def entry_hash(prev_hash: str, at: dt.datetime, actor: str, case_ref: str, action: str,
               changes: dict) -> str:
    at_text = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
    body = canonical([prev_hash, at_text, actor, case_ref, action, changes])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def last_hash() -> str:
    last = AuditEntry.select(AuditEntry.hash).order_by(AuditEntry.id.desc()).first()
    return last.hash if last else GENESIS


def append(*, at: dt.datetime, actor: str, case_ref: str, action: str, changes: dict,
           prev_hash: str | None = None) -> str:
    """Write one entry (inside the caller's transaction); returns its hash."""
    at = at.replace(microsecond=0)
    # desks on one server append in turn, each after the head the one before committed
    lock_writes(AuditEntry._meta.database.obj)
    prev = last_hash() if prev_hash is None else prev_hash
    digest = entry_hash(prev, at, actor, case_ref, action, changes)
    AuditEntry.create(at=at, actor=actor, case_ref=case_ref, action=action, changes=changes,
                      prev_hash=prev, hash=digest)
    return digest


class Chain:
    """Many entries in one go (imports, the demo): hashed in order, written in batches."""

    def __init__(self, prev_hash: str):
        self.prev = prev_hash
        self.rows: list[dict] = []

    @classmethod
    def resume(cls) -> Chain:
        lock_writes(AuditEntry._meta.database.obj)  # held until the caller commits
        return cls(last_hash())

    def add(self, *, at: dt.datetime, actor: str, case_ref: str, action: str,
            changes: dict) -> None:
        at = at.replace(microsecond=0)
        digest = entry_hash(self.prev, at, actor, case_ref, action, changes)
        self.rows.append({"at": at, "actor": actor, "case_ref": case_ref, "action": action,
                          "changes": changes, "prev_hash": self.prev, "hash": digest})
        self.prev = digest

    def flush(self) -> None:
        if self.rows:
            bulk_insert(AuditEntry, self.rows)
            self.rows = []


def verify_chain() -> list[str]:
    """Problems found in the chain, one line each; empty when it is intact."""
    problems = []
    prev = GENESIS
    vouched: dict[str, str] = {}  # entry id -> hash of its content after an erasure
    edited = []
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        if entry.prev_hash != prev:
            problems.append(f"audit entry {entry.id}: link to the previous entry is broken "
                            "(an entry was removed or inserted)")
        expected = entry_hash(entry.prev_hash, entry.at, entry.actor, entry.case_ref,
                              entry.action, entry.changes)
        if expected != entry.hash:
            edited.append((entry, expected))
        elif entry.action == REDACTION:
            redacted = (entry.changes.get("redacted") or [None, {}])[1] or {}
            vouched.update({k: v for k, v in redacted.items() if int(k) < entry.id})
        prev = entry.hash
    for entry, expected in edited:
        if vouched.get(str(entry.id)) != expected:
            problems.append(f"audit entry {entry.id} ({entry.case_ref or '-'}, {entry.action}): "
                            "content does not match its hash (it was edited)")
    return problems
