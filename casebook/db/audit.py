"""The append-only audit log, chained by hashes so tampering shows.

Every entry stores the hash of the entry before it and its own hash over its
content and that link. Changing, deleting or inserting an entry behind the
app's back breaks the chain at that entry, and `verify_chain` names it.

Since schema 8 the last entry of each user action also records the state the
action left behind (`replay`, see replay.py), hashed with the rest: `seal`
writes it when the action's transaction ends. Entries without it hash as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from peewee import fn

from casebook.db import replay as replaying
from casebook.db import streaming, tracking, written
from casebook.db.connection import lock_writes
from casebook.db.models import AuditEntry, bulk_insert
from casebook.i18n.translate import _

GENESIS = "0" * 64
# An erasure of personal data (casebook.core.trust.privacy) rewrites entries' values and
# appends an entry of this action whose changes["redacted"][1] maps each rewritten
# entry's id to the hash of its new content; the entries keep their old hash as link.
REDACTION = "erase"


canonical = replaying.canonical  # the one JSON spelling used for everything that is hashed


def entry_hash(prev_hash: str, at: dt.datetime, actor: str, case_ref: str, action: str,
               changes: dict, replay: dict | None = None) -> str:
    at_text = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")
    body = [prev_hash, at_text, actor, case_ref, action, changes]
    if replay is not None:  # schema 8; an entry without it hashes as it always did
        body.append(replay)
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def hash_of(entry: AuditEntry, changes: dict | None = None) -> str:
    """The hash `entry` should carry (with `changes` in place of its own, if given)."""
    return entry_hash(entry.prev_hash, entry.at, entry.actor, entry.case_ref, entry.action,
                      entry.changes if changes is None else changes, entry.replay)


def last_hash() -> str:
    last = written.run("audit last hash", lambda: AuditEntry.select(AuditEntry.hash)
                       .order_by(AuditEntry.id.desc()).limit(1), [])
    return last[0].hash if last else GENESIS


def append(*, at: dt.datetime, actor: str, case_ref: str, action: str, changes: dict,
           prev_hash: str | None = None, replay: dict | None = None) -> str:
    """Write one entry (inside the caller's transaction); returns its hash (the seal at
    the end of the action may still add the state it left behind: `seal`)."""
    at = at.replace(microsecond=0)
    db = AuditEntry._meta.database.obj
    # desks on one server append in turn, each after the head the one before committed
    lock_writes(db)
    prev = last_hash() if prev_hash is None else prev_hash
    digest = entry_hash(prev, at, actor, case_ref, action, changes, replay)
    entry = AuditEntry.create(at=at, actor=actor, case_ref=case_ref, action=action,
                              changes=changes, prev_hash=prev, hash=digest, replay=replay)
    marks = tracking.marks(db)
    marks.head = digest
    marks.entry = entry  # as written: the seal re-hashes it without reading it back
    if case_ref:
        marks.case_refs.add(case_ref)
    for ref in _listed_cases(changes):
        marks.case_refs.add(ref)
    return digest


def _listed_cases(changes: dict) -> list[str]:
    """The other cases an entry says it changed (an erasure: every case of the customer)."""
    listed = (changes.get("cases") or [None, None])[1] if isinstance(changes, dict) else None
    return [r for r in listed if isinstance(r, str)] if isinstance(listed, list) else []


STATE = "state"  # an action that wrote no entry of its own records what it changed in one


def seal(db, *, at: dt.datetime, actor: str = "") -> None:
    """The end of one user action, inside its transaction: the last entry it wrote now
    also records the state it left behind for every case, member of staff and setting it
    touched (re-hashed: it is the head, nothing links to it yet). An action that wrote no
    entry, yet changed something that is checked, gets one entry of its own."""
    marks = tracking.take(db)
    if not marks:
        return
    record = replaying.resulting(marks.case_ids, marks.case_refs, marks.staff, marks.settings)
    if not record:
        return
    lock_writes(db)
    if marks.head and _reseal(marks.entry, marks.head, record):
        return
    head = next(iter(written.run("audit head", lambda: AuditEntry.select()
                                 .order_by(AuditEntry.id.desc()).limit(1), [])), None)
    if marks.head and head is not None and head.hash == marks.head:
        merged = replaying.merge(head.replay, record)
        head.replay = merged
        (AuditEntry.update(replay=merged, hash=hash_of(head))
         .where(AuditEntry.id == head.id).execute())
    else:
        if not actor and len(marks.staff) == 1 and set(record) == {"staff"}:
            actor = next(iter(marks.staff))  # e.g. a right PIN forgiving the wrong ones
        append(at=at, actor=actor, case_ref="", action=STATE, changes={}, replay=record)
        tracking.take(db)  # what that entry itself marked is in it already


def _reseal(entry: AuditEntry | None, head: str, record: dict) -> bool:
    """The seal of the entry this action appended last, as `append` wrote it (a save's
    round trip less than reading the head back): done in one statement when that entry
    is still the head and still as written, else left to the reading path (False)."""
    if entry is None or entry.hash != head:
        return False
    merged = replaying.merge(entry.replay, record)
    digest = entry_hash(entry.prev_hash, entry.at, entry.actor, entry.case_ref, entry.action,
                        entry.changes, merged)
    last = AuditEntry.select(fn.MAX(AuditEntry.id))
    return bool(AuditEntry.update(replay=merged, hash=digest).where(
        (AuditEntry.id == entry.id) & (AuditEntry.id == last) & (AuditEntry.hash == head)
        & (AuditEntry.changes == entry.changes) & (AuditEntry.replay == entry.replay))
        .execute())


def begin(db) -> None:
    """A user action starts: an entry written before it (outside any action) is never
    re-hashed by its seal, whatever else is still marked."""
    tracking.marks(db).head = None


def forget(db) -> None:
    """An action rolled back: what it touched was not written."""
    tracking.take(db)


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
            changes: dict, state: list[str] | None = None) -> None:
        """Queue one entry; it is hashed when flushed (a new case's entry then records the
        state it was written in, so flush after the batch's rows are written). `state`:
        that state's digests when the writer made them from the rows it wrote
        (`replay.digests`); otherwise they are read back from the tables."""
        self.rows.append({"at": at.replace(microsecond=0), "actor": actor,
                          "case_ref": case_ref, "action": action, "changes": changes,
                          "state": state})

    def flush(self) -> None:
        if not self.rows:
            return
        created = replaying.case_states(
            {r["case_ref"] for r in self.rows
             if r["action"] == "create" and r["case_ref"] and r["state"] is None})
        for row in self.rows:
            state = row.pop("state")
            if state is None:
                state = created.get(row["case_ref"])
            replay = ({"cases": {row["case_ref"]: state}}
                      if row["action"] == "create" and row["case_ref"] else None)
            row.update(replay=replay, prev_hash=self.prev,
                       hash=entry_hash(self.prev, row["at"], row["actor"], row["case_ref"],
                                       row["action"], row["changes"], replay))
            self.prev = row["hash"]
        bulk_insert(AuditEntry, self.rows)
        tracking.marks(AuditEntry._meta.database.obj).head = self.prev
        self.rows = []


def entries(size: int = 2000):
    """Every entry in order, `size` at a time (a client's cursor on PostgreSQL would fetch
    the whole log at once)."""
    return streaming.in_bundles(AuditEntry.select().order_by(AuditEntry.id), AuditEntry.id,
                                size=size)


def verify_chain() -> list[str]:
    """Problems found in the chain, one line each; empty when it is intact."""
    return check_chain()[0]


def check_chain() -> tuple[list[str], set[int]]:
    """The chain's problems, and the ids of entries rewritten by an erasure that vouches
    for their new content (compared with older backups by `core.trust.verify`)."""
    problems = []
    accepted: set[int] = set()
    prev = GENESIS
    vouched: dict[str, str] = {}  # entry id -> hash of its content after an erasure
    edited = []
    for entry in entries():
        if entry.prev_hash != prev:
            problems.append(_("audit entry {entry}: link to the previous entry is broken "
                              "(an entry was removed or inserted)", entry=entry.id))
        expected = hash_of(entry)
        if expected != entry.hash:
            edited.append((entry, expected))
        elif entry.action == REDACTION:
            redacted = (entry.changes.get("redacted") or [None, {}])[1] or {}
            vouched.update({k: v for k, v in redacted.items() if int(k) < entry.id})
        prev = entry.hash
    for entry, expected in edited:
        if vouched.get(str(entry.id)) != expected:
            problems.append(_("audit entry {entry} ({ref}, {action}): content does not "
                              "match its hash (it was edited)", entry=entry.id,
                              ref=entry.case_ref or "-", action=entry.action))
        else:
            accepted.add(entry.id)
    return problems, accepted
