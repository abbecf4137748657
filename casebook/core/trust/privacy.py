"""A customer's right to be forgotten, and deleting a case: manager-only, audited.

Erasing a customer's personal data (`erase_customer`) replaces their name,
phone, email, address, unit and account with `MARKER` wherever the casebook
holds them for that customer: the customer record, every free text of each of
their cases (the account in their words, questions, actions, replies,
amendments, deadline notes), the signed content, the search index, and the
before/after values of the audit log. The customer's signature, the scans of
signed forms and other files on those cases are deleted (the staff member's
signature stays). What the statistics count stays as it was: category, kind,
severity, nature, channel, dates, owner, amounts, satisfaction, state.

Free text is matched generously: the whole value of each field; each word of
the name (Russian words with their case endings, so "Петрова" goes with
"Петров"), unless the word is also a staff member's name; the phone's last seven
digits however they are spaced and whatever prefix comes before them. Codes,
times and staff names are never touched.

The audit chain. Each audit entry's hash covers its content and links to the
entry before it, so rewriting an entry's before/after values breaks its hash.
Erasure does not re-chain the log (that would let any rewrite pass as an
erasure). Instead the entries keep their original `hash` — so every link to
them still holds — and the erasure appends one "erase" entry, approved by a
manager, that records for each rewritten entry the hash of its rewritten
content (`redacted`: {entry id: hash}). `casebook verify` accepts an entry
whose content no longer matches its own hash only if a later, intact erase
entry vouches for exactly that content; any other change, including a change
to an erased entry or to the erase entry itself, is still reported. Signed
cases get their signed content re-hashed; the erase entry records each old and
new signed hash, so a verification code printed before the erasure is
explained.

SQLite keeps deleted text in free pages, the write-ahead log and old search
index segments; an erasure therefore runs with `secure_delete` on, merges the
search index (the bulk of its cost: seconds on 100,000 cases; SQLite 3.42's FTS5
`secure-delete` would avoid it, but cannot be relied on yet) and truncates the
write-ahead log. On PostgreSQL the erasure is followed by a VACUUM of the
tables it touched, which removes the replaced row versions and their index
entries. Backups made before the erasure still hold the data until they rotate
out. Cached forms of the customer's cases in the data folder are deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re

from peewee import DatabaseError, InterfaceError

from casebook.core import paths
from casebook.core.trust import access
from casebook.core.cases import document
from casebook.errors import RuleViolation
from casebook.db import audit, search
from casebook.db.connection import is_sqlite
from casebook.db.models import (Action, Amendment, Attachment, AuditEntry, Case, Customer,
                                Deadline, Question, SearchTerm, Staff)

log = logging.getLogger("casebook.privacy")

MARKER = "[erased]"
ERASE_ACTION = audit.REDACTION  # the audit entry that vouches for the rewritten entries
PERSONAL = ("name", "phone", "email", "address", "unit", "account")
# Attachments kept when the customer is erased: only the staff member's signature.
KEPT_ATTACHMENTS = ("signature_staff", "previous_signature_staff")
# Document paths of free text (where a customer's details may be written).
FREE_TEXT = {"hear.account", "hear.remedy_sought", "ask.place", "ask.item", "ask.summary",
             "reply.text", "reply.resolution.text", "report.to", "root_cause",
             "preventive_action", "ask.qa.q", "ask.qa.a", "follow.actions.note", "note",
             "reason"}
TEXT_COLUMNS = {column: path for path, column, _kind in document.FIELDS if path in FREE_TEXT}
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")


# ---------------------------------------------------------------- matching
class Scrubber:
    """Replaces one customer's details in text and in documents."""

    def __init__(self, values: dict[str, str], staff_names: set[str]):
        patterns = []
        protected = {w.casefold() for n in staff_names for w in [n, *n.split()]}
        for key in PERSONAL:
            value = (values.get(key) or "").strip()
            if key == "phone":
                digits = re.sub(r"\D", "", value)
                if len(digits) >= 5:  # the number's tail, whatever prefix or spacing
                    patterns.append(r"(?<![\d+])(?:\+?\d[\d\s\-().]*?)?"
                                    + r"[\s\-().]*".join(digits[-7:]) + r"(?!\d)")
            if len(value) >= 2 and value.casefold() not in protected:
                patterns.append(_bounded(r"\s+".join(re.escape(w) for w in value.split())))
        for word in (values.get("name") or "").split():
            if len(word) < 3 or word.casefold() in protected:
                continue
            if _CYRILLIC_WORD.match(word):
                patterns.append(_bounded(re.escape(search._stem_ru(word.casefold())) + r"\w*",
                                         end=False))
            else:
                patterns.append(_bounded(re.escape(word)))
        patterns.sort(key=len, reverse=True)  # the whole name before its words
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def text(self, text: str) -> str:
        if not self.pattern or not text:
            return text
        return self.pattern.sub(MARKER, text)

    def tree(self, value, path: str = ""):
        """A document (or part of one) with the free text at known paths scrubbed."""
        if isinstance(value, str):
            if path in FREE_TEXT or path.startswith("customer."):
                return self.text(value)
            return value
        if isinstance(value, dict):
            return {k: self.tree(v, f"{path}.{k}" if path else k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.tree(v, path) for v in value]
        return value

    def changes(self, changes: dict) -> dict:
        """An audit entry's {path: [before, after]} with the details scrubbed."""
        return {path: self.tree(value, path) for path, value in changes.items()}


def _bounded(pattern: str, *, end: bool = True) -> str:
    """Whole words only, except next to Chinese or Japanese text, which has no spaces."""
    plain = re.sub(r"\\(.)", r"\1", pattern)
    head = "" if _CJK.match(plain[:1]) else r"(?<!\w)"
    tail = "" if (not end or _CJK.match(plain[-1:])) else r"(?!\w)"
    return f"{head}(?:{pattern}){tail}"


# ------------------------------------------------------------------ erasing
def erase_customer(book, ref: str, *, approval: access.Approval | None) -> list[str]:
    """Erase the personal data of case `ref`'s customer from all their cases.

    Returns the references of the cases that were anonymised."""
    approval = access.require(approval, access.ERASE)
    with _secure_delete(book):
        with book.change():
            case = book.get(ref)
            customer = Customer.get_or_none(Customer.id == case.customer_id)
            if customer is None or not any(getattr(customer, f) for f in PERSONAL):
                raise RuleViolation("Case {ref} has no customer details to erase.", ref=ref)
            if customer.erased:
                raise RuleViolation("This customer's personal data was already erased.")
            scrub = Scrubber({f: getattr(customer, f) for f in PERSONAL},
                             {s.name for s in Staff.select(Staff.name)})
            cases = list(Case.select().where(Case.customer == customer).order_by(Case.id))
            for field in PERSONAL:
                if getattr(customer, field):
                    setattr(customer, field, MARKER)
            customer.erased = True
            customer.save()
            hashes, removed = {}, 0
            for each in cases:
                old_hash = _erase_case(book, each, scrub)
                if old_hash:
                    hashes[each.ref] = [old_hash, each.signed_hash]
                removed += _drop_attachments(each)
            redacted = _redact_audit([c.ref for c in cases], scrub)
            if is_sqlite(book.db):  # merge the index: deleted words leave its old segments
                book.db.execute_sql(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                                    "VALUES ('optimize')")
            audit.append(at=book.now(), actor=approval.by, case_ref=ref, action=ERASE_ACTION,
                         changes={"customer": [None, MARKER],
                                  "cases": [None, [c.ref for c in cases]],
                                  "attachments removed": [None, removed],
                                  "signed_hash": [{r: h[0] for r, h in hashes.items()},
                                                  {r: h[1] for r, h in hashes.items()}],
                                  "redacted": [None, redacted],
                                  **access.approval_changes(approval)})
    _forget_files([c.ref for c in cases])
    return [c.ref for c in cases]



def _erase_case(book, case: Case, scrub: Scrubber) -> str:
    """Scrub one case's free text; returns the old signed hash if it changed."""
    for column in TEXT_COLUMNS:
        setattr(case, column, scrub.text(getattr(case, column)))
    old_hash = ""
    if case.signed_content:
        content = audit.canonical(scrub.tree(json.loads(case.signed_content)))
        if content != case.signed_content:
            old_hash = case.signed_hash
            case.signed_content = content
            case.signed_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
    case.save()
    for q in case.questions:
        q.q, q.a = scrub.text(q.q), scrub.text(q.a)
        q.save()
    for a in case.actions:
        a.note = scrub.text(a.note)
        a.save()
    for d in case.deadlines:
        if d.note:
            d.note = scrub.text(d.note)
            d.save()
    for a in case.amendments:
        a.before, a.after = scrub.tree(a.before, a.field), scrub.tree(a.after, a.field)
        a.reason = scrub.text(a.reason)
        a.save()
    search.index_case(book.db, case.id, document.search_terms(document.to_doc(case)))
    return old_hash


def _drop_attachments(case: Case) -> int:
    return (Attachment.delete()
            .where((Attachment.case == case) & Attachment.kind.not_in(KEPT_ATTACHMENTS))
            .execute())


def _redact_audit(refs: list[str], scrub: Scrubber) -> dict[str, str]:
    """Rewrite the audit entries of the cases; {entry id: hash of the rewritten entry}."""
    redacted = {}
    for entry in AuditEntry.select().where(AuditEntry.case_ref.in_(refs)).order_by(
            AuditEntry.id):
        changes = scrub.changes(entry.changes)
        if changes == entry.changes:
            continue
        AuditEntry.update(changes=changes).where(AuditEntry.id == entry.id).execute()
        redacted[str(entry.id)] = audit.entry_hash(entry.prev_hash, entry.at, entry.actor,
                                                   entry.case_ref, entry.action, changes)
    return redacted


@contextlib.contextmanager
def _secure_delete(book):
    """Deleted text is overwritten on disk, not left in free pages; the log is emptied.

    PostgreSQL keeps the row versions an erasure replaced (and their index entries)
    until VACUUM removes them, so once the erasure has committed the tables it touched
    are vacuumed, indexes included. What the server cannot promise (bytes left in its
    free space and write-ahead log until reused, its own backups) is in README."""
    if not is_sqlite(book.db):
        yield
        _vacuum(book.db)
        return
    book.bind()
    before = book.db.execute_sql("PRAGMA secure_delete").fetchone()[0]
    book.db.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        book.db.execute_sql(f"PRAGMA secure_delete = {int(before)}")
    book.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# What an erasure or a deletion rewrites or deletes rows of (the search index included).
TOUCHED = (Customer, Case, Question, Action, Deadline, Amendment, Attachment, AuditEntry,
           SearchTerm)


def _vacuum(db) -> None:
    """VACUUM (outside any transaction) the tables an erasure touched, so no dead row
    version or index entry still holds what was erased; another desk reading at that
    very moment only delays it to the server's own autovacuum."""
    if db.in_transaction():
        log.warning("erasure inside a caller's transaction: VACUUM left to the server")
        return
    tables = ", ".join(f'"{model._meta.table_name}"' for model in TOUCHED)
    try:
        db.execute_sql(f"VACUUM (INDEX_CLEANUP ON) {tables}")
    except (DatabaseError, InterfaceError) as exc:  # the erasure itself has committed
        log.warning("VACUUM after an erasure failed (autovacuum will do it): %s", exc)


def _forget_files(refs: list[str]) -> None:
    """Forms printed from the cases (kept in the data folder for the PDF viewer)."""
    folder = paths.data_dir() / "forms"
    for ref in refs:
        try:
            (folder / f"{ref}.pdf").unlink(missing_ok=True)
        except OSError as exc:  # the viewer may hold it open; say so in the log
            log.warning("could not delete the form of %s: %s", ref, exc)


# ----------------------------------------------------------------- deleting
def delete_case(book, ref: str, *, reason: str, approval: access.Approval | None) -> None:
    """Delete a case and everything on it (a duplicate, a test, logged by mistake).

    The reference is never used again; the audit log keeps the case's history
    and records the deletion, who approved it and why."""
    approval = access.require(approval, access.DELETE)
    if not (reason or "").strip():
        raise RuleViolation("Say why the case is deleted.")
    with _secure_delete(book):
        with book.change():
            case = book.get(ref)
            customer_id = case.customer_id
            search.unindex(book.db, case.id)
            for child in (Question, Action, Amendment, Attachment, Deadline, SearchTerm):
                child.delete().where(child.case == case).execute()
            case.delete_instance()
            if customer_id and not Case.select().where(Case.customer == customer_id).exists():
                Customer.delete().where(Customer.id == customer_id).execute()
            audit.append(at=book.now(), actor=approval.by, case_ref=ref, action="delete",
                         changes={"case": [ref, None], "reason": [None, reason],
                                  **access.approval_changes(approval)})
    _forget_files([ref])
