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
entries; on SQLite the checkpoint's result is checked, and when another program's
read snapshot kept the log, the erasure says so (`Erasure.notices`) and the
checkpoint is tried again when the casebook is closed (`finish_checkpoint`).
Cached forms of the customer's cases in the data folder are deleted.

Erased stays erased (issue #13). The audit entries of the customer's *deleted*
cases are rewritten too (found by the customer record they name, or the same
person's details). The drafts this PC keeps for the casebook are scrubbed
(`casebook.core.drafts`). Other customer records that look like the same person
(`lookalikes`: same phone or email however written, a near-identical name) are
shown to the manager, who may include them (`include=`). On request the
automatic backups are rewritten without the customer (`scrub_backups=`,
`backup.scrub_auto_backups`); other backups still hold the data, and a restore
of one re-applies every erasure the replaced casebook recorded
(`backup.restore_keeping_erasures`, `reapply_erasures`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import re
import unicodedata

from peewee import DatabaseError, InterfaceError

from casebook.core import paths
from casebook.core.trust import access
from casebook.core.cases import document
from casebook.errors import RuleViolation
from casebook.i18n.translate import _
from casebook.db import audit, search
from casebook.db.connection import is_sqlite
from casebook.db.models import (Action, Amendment, Attachment, AttachmentBlob, AuditEntry,
                                Case, Customer, Deadline, Question, SearchTerm, Staff,
                                drop_orphan_blobs)

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

    def __init__(self, values: dict[str, str] | list[dict[str, str]], staff_names: set[str]):
        patterns = []
        protected = {w.casefold() for n in staff_names for w in [n, *n.split()]}
        for one in ([values] if isinstance(values, dict) else values):
            patterns += self._patterns(one, protected)
        patterns.sort(key=len, reverse=True)  # the whole name before its words
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    @staticmethod
    def _patterns(values: dict[str, str], protected: set[str]) -> list[str]:
        patterns = []
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
        return patterns

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
class Erasure(list):
    """What `erase_customer` returns: the references of the cases it anonymised (a list,
    as it always was), and what else it did, for the person who asked.

    `notices`: lines to show (in the user's language), e.g. that another program's
    read kept the erased details in the write-ahead log until the casebook closes;
    `deleted`: references of deleted cases whose history was erased too; `drafts`:
    drafts on this PC that were scrubbed; `backups`: automatic backups scrubbed;
    `entry`: the hash of the erase entry appended to the log."""

    def __init__(self, refs=(), *, deleted=(), customers=()):
        super().__init__(refs)
        self.deleted = list(deleted)
        self.customers = list(customers)
        self.notices: list[str] = []
        self.drafts = 0
        self.backups: list = []
        self.entry = ""  # the hash of the erase entry it appended


def erase_customer(book, ref: str, *, approval: access.Approval | None,
                   include=(), scrub_backups: bool = False,
                   reapplied_from: str | None = None) -> Erasure:
    """Erase the personal data of case `ref`'s customer from all their cases.

    `include`: ids of other customer records of the same person (`lookalikes`),
    erased in the same act. `scrub_backups`: rewrite this casebook's automatic
    backups without them too. `reapplied_from`: the hash of the erase entry this
    erasure repeats (of a replaced casebook after a restore, or of the casebook itself
    in a scrubbed backup: recorded as "reapplied" in the new erase entry).

    Returns the references of the cases that were anonymised (an `Erasure`)."""
    approval = access.require(approval, access.ERASE)
    with _secure_delete(book) as notices:
        with book.change():
            case = book.get(ref)
            customer = Customer.get_or_none(Customer.id == case.customer_id)
            if customer is None or not any(getattr(customer, f) for f in PERSONAL):
                raise RuleViolation("Case {ref} has no customer details to erase.", ref=ref)
            if customer.erased:
                raise RuleViolation("This customer's personal data was already erased.")
            people = [customer] + [c for c in Customer.select().where(
                Customer.id.in_([int(i) for i in include if int(i) != customer.id])
                & ~Customer.erased).order_by(Customer.id)]
            values = [{f: getattr(c, f) for f in PERSONAL} for c in people]
            scrub = Scrubber(values, {s.name for s in Staff.select(Staff.name)})
            cases = list(Case.select().where(Case.customer.in_([c.id for c in people]))
                         .order_by(Case.id))
            # what takes each case's old words out of the search index (db/search.py)
            indexed = {c.id: document.case_terms(c) for c in cases}
            for each in people:
                for field in PERSONAL:
                    if getattr(each, field):
                        setattr(each, field, MARKER)
                each.erased = True
                each.save()
            hashes, removed = {}, 0
            for each in cases:
                old_hash = _erase_case(book, each, scrub, indexed[each.id])
                if old_hash:
                    hashes[each.ref] = [old_hash, each.signed_hash]
                removed += _drop_attachments(each)
            deleted = _deleted_cases({c.id for c in people}, values)
            redacted = _redact_audit([c.ref for c in cases] + deleted, scrub)
            if is_sqlite(book.db):  # merge the index: deleted words leave its old segments
                book.db.execute_sql(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                                    "VALUES ('optimize')")
            extra = {}
            if deleted:
                extra["deleted cases"] = [None, deleted]
            if len(people) > 1:
                extra["same person"] = [None, [c.id for c in people[1:]]]
            if reapplied_from:
                extra["reapplied"] = [None, reapplied_from]
            entry = audit.append(at=book.now(), actor=approval.by, case_ref=ref,
                                 action=ERASE_ACTION,
                                 changes={"customer": [None, MARKER],
                                          "cases": [None, [c.ref for c in cases]],
                                          "attachments removed": [None, removed],
                                          "signed_hash": [{r: h[0] for r, h in hashes.items()},
                                                          {r: h[1] for r, h in hashes.items()}],
                                          "redacted": [None, redacted], **extra,
                                          **access.approval_changes(approval)})
    result = Erasure([c.ref for c in cases], deleted=deleted, customers=[c.id for c in people])
    result.entry = entry  # the erase entry's hash
    result.notices += notices
    _forget_files([c.ref for c in cases] + deleted)
    result.drafts = _scrub_drafts(book, scrub, set(result) | set(deleted), result.customers)
    if scrub_backups and is_sqlite(book.db):
        from casebook.core.trust import backup

        result.backups = backup.scrub_auto_backups(book, result, approval)
    return result


def _deleted_cases(customer_ids: set[int], values: list[dict]) -> list[str]:
    """References of deleted cases that were these customers': their audit entries name
    the customer record, or hold the same phone or email, or the same name with no
    other phone (a namesake with another number is someone else). A case merged into
    another is deleted too (merging.merge): its own entries keep what it was logged with."""
    gone = set()
    for entry in AuditEntry.select(AuditEntry.case_ref).where(
            AuditEntry.action.in_(["delete", "merge"])):
        gone.add(entry.case_ref)
    gone -= {c.ref for c in Case.select(Case.ref).where(Case.ref.in_(list(gone)))}
    found = []
    for ref in sorted(gone):
        for entry in AuditEntry.select().where(AuditEntry.case_ref == ref):
            blocks = [v for v in (entry.changes.get("customer") or [None, None])
                      if isinstance(v, dict)]
            if any(b.get("id") in customer_ids or any(_same_customer(b, v) for v in values)
                   for b in blocks):
                found.append(ref)
                break
    return found


def _same_customer(block: dict, values: dict) -> bool:
    why = same_person(block, values)
    if "phone" in why or "email" in why:
        return True
    if "name" not in why or _plain_name(block.get("name")) != _plain_name(values.get("name")):
        return False
    return not (_digits(block.get("phone")) and _digits(values.get("phone")))


def _scrub_drafts(book, scrub: Scrubber, refs: set[str], customer_ids: list[int]) -> int:
    """The drafts this PC keeps for the casebook (a desk's unsaved edits) lose the details
    too. Drafts on other PCs of a shared casebook are theirs to scrub (README)."""
    from casebook.core import drafts

    try:
        return drafts.scrub(book.location, scrub, refs=refs, customer_ids=customer_ids)
    except OSError as exc:  # the erasure itself has committed; say what was left
        log.warning("could not scrub the drafts after an erasure: %s", exc)
        return 0


# ---------------------------------------------------------------- look-alikes
def _digits(phone) -> str:
    return re.sub(r"\D", "", phone or "")


def _plain_name(name) -> str:
    text = unicodedata.normalize("NFKC", name or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def _plain_email(email) -> str:
    return "".join((email or "").split()).casefold()


def same_person(a: dict, b: dict) -> list[str]:
    """Why two sets of customer details look like one person: "phone" (the same number
    however it is written: the last nine digits, or seven when one is shorter), "email"
    (the same address in any case or spacing), "name" (the same words in any case,
    spacing, punctuation or order, or one typing slip in a name of six letters or more).
    Empty when nothing matches."""
    why = []
    pa, pb = _digits(a.get("phone")), _digits(b.get("phone"))
    tail = min(len(pa), len(pb), 9)
    if tail >= 7 and pa[-tail:] == pb[-tail:]:
        why.append("phone")
    ea, eb = _plain_email(a.get("email")), _plain_email(b.get("email"))
    if ea and "@" in ea and ea == eb:
        why.append("email")
    na, nb = _plain_name(a.get("name")), _plain_name(b.get("name"))
    if na and nb and MARKER.strip("[]") not in (na, nb) and (
            na == nb or sorted(na.split()) == sorted(nb.split())
            or (min(len(na), len(nb)) >= 6 and _one_slip(na, nb))):
        why.append("name")
    return why


_SEPARATORS = str.maketrans("", "", " -().+/")


def _close_names(name: str, other: str) -> bool:
    """Whether a name may match the plain `name` (a quick look: about the same length and
    letters); `same_person` decides."""
    if not name or not other:
        return False
    squeezed = "".join(other.split()).casefold()
    mine = name.replace(" ", "")
    return abs(len(squeezed) - len(mine)) <= 2 and len(set(squeezed) ^ set(mine)) <= 3


def _one_slip(a: str, b: str) -> bool:
    """At most one letter added, dropped or changed, or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        wrong = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(wrong) <= 1 or (len(wrong) == 2 and wrong[1] == wrong[0] + 1
                                   and a[wrong[0]] == b[wrong[1]] and a[wrong[1]] == b[wrong[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def lookalikes(book, ref: str) -> list[dict]:
    """Other customer records that look like case `ref`'s customer, for the manager to
    include in an erasure: [{"id", "name", "phone", "email", "cases": [refs], "why":
    ["phone", "email", "name"]}], by customer id. Erased records are not offered."""
    book.bind()
    case = book.get(ref)
    customer = Customer.get_or_none(Customer.id == case.customer_id)
    if customer is None or customer.erased:
        return []
    mine = {f: getattr(customer, f) for f in PERSONAL}
    phone, email = _digits(mine["phone"]), _plain_email(mine["email"])
    name = _plain_name(mine["name"])
    found = []
    query = (Customer.select(Customer.id, Customer.name, Customer.phone, Customer.email)
             .where((Customer.id != customer.id) & ~Customer.erased).order_by(Customer.id))
    for cid, other_name, other_phone, other_email in book.db.execute_sql(*query.sql()):
        # a quick look first (100,000 records): most share nothing with this customer
        if not ((len(phone) >= 7 and other_phone
                 and phone[-7:] in other_phone.translate(_SEPARATORS))
                or (email and other_email and _plain_email(other_email) == email)
                or _close_names(name, other_name)):
            continue
        why = same_person(mine, {"name": other_name, "phone": other_phone,
                                 "email": other_email})
        if why:
            found.append({"id": cid, "name": other_name, "phone": other_phone,
                          "email": other_email, "why": why})
    for item in found:
        item["cases"] = [c.ref for c in Case.select(Case.ref).where(
            Case.customer == item["id"]).order_by(Case.id)]
    return found


# -------------------------------------------------------- erasures after a restore
def erasures_in_log() -> list[dict]:
    """The erasures the bound casebook's log records: [{"hash", "cases", "deleted",
    "approver"}], oldest first (what a restore must not undo)."""
    found = []
    for entry in (AuditEntry.select().where(AuditEntry.action == ERASE_ACTION)
                  .order_by(AuditEntry.id)):
        changes = entry.changes
        found.append({"hash": entry.hash, "cases": (changes.get("cases") or [None, []])[1],
                      "approver": (changes.get("approved_by") or [None, entry.actor])[1]
                      or entry.actor})
    return found


def reapply_erasures(book, erasures: list[dict], *, by: str) -> list[str]:
    """Erase again, in a casebook put back from a backup, every customer an erasure of
    the replaced casebook had erased (as its manager approved it then); returns the
    references of the cases anonymised again."""
    book.bind()
    known = {e.hash for e in AuditEntry.select(AuditEntry.hash)
             .where(AuditEntry.action == ERASE_ACTION)}
    done: list[str] = []
    for erasure in erasures:
        if erasure["hash"] in known:
            continue  # the backup was taken after this erasure
        approval = access.Approval(access.ERASE, by, erasure["approver"], pin_checked=False)
        customers = {c.customer_id: c.ref for c in Case.select(Case.ref, Case.customer)
                     .join(Customer).where(Case.ref.in_(list(erasure["cases"]))
                                            & ~Customer.erased).order_by(Case.id)}
        if not customers:
            continue
        first = next(iter(customers.values()))
        try:
            done += erase_customer(book, first, approval=approval, include=list(customers),
                                   reapplied_from=erasure["hash"])
        except RuleViolation:
            continue  # nothing left to erase there (no details)
    return done


def _erase_case(book, case: Case, scrub: Scrubber, indexed: list[str]) -> str:
    """Scrub one case's free text; returns the old signed hash if it changed. `indexed`:
    its search tokens before the erasure."""
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
    search.index_case(book.db, case.id, document.search_terms(document.to_doc(case)), indexed)
    return old_hash


def _drop_attachments(case: Case) -> int:
    which = (Attachment.case == case) & Attachment.kind.not_in(KEPT_ATTACHMENTS)
    blobs = [b for (b,) in Attachment.select(Attachment.blob).where(which).tuples()]
    removed = Attachment.delete().where(which).execute()
    drop_orphan_blobs(set(blobs))  # the file's bytes go with its last attachment
    return removed


def _redact_audit(refs: list[str], scrub: Scrubber) -> dict[str, str]:
    """Rewrite the audit entries of the cases; {entry id: hash of the rewritten entry}."""
    redacted = {}
    for entry in AuditEntry.select().where(AuditEntry.case_ref.in_(refs)).order_by(
            AuditEntry.id):
        changes = scrub.changes(entry.changes)
        if changes == entry.changes:
            continue
        AuditEntry.update(changes=changes).where(AuditEntry.id == entry.id).execute()
        redacted[str(entry.id)] = audit.hash_of(entry, changes)
    return redacted


@contextlib.contextmanager
def _secure_delete(book):
    """Deleted text is overwritten on disk, not left in free pages; the log is emptied.

    PostgreSQL keeps the row versions an erasure replaced (and their index entries)
    until VACUUM removes them, so once the erasure has committed the tables it touched
    are vacuumed, indexes included. What the server cannot promise (bytes left in its
    free space and write-ahead log until reused, its own backups) is in README."""
    notices: list[str] = []
    if not is_sqlite(book.db):
        yield notices
        _vacuum(book.db)
        return
    book.bind()
    before = book.db.execute_sql("PRAGMA secure_delete").fetchone()[0]
    book.db.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield notices
    finally:
        book.db.execute_sql(f"PRAGMA secure_delete = {int(before)}")
    if not checkpoint(book):
        book.checkpoint_due = True  # Casebook.close() tries again (`finish_checkpoint`)
        notices.append(_("Another program is reading this casebook, so the erased details "
                         "stay in its write-ahead log until Casebook closes it; the clean-up "
                         "is tried again then."))


def checkpoint(book) -> bool:
    """Copy the write-ahead log into the casebook and empty it (TRUNCATE); False when a
    reader's snapshot kept part of it (the log then still holds what was replaced)."""
    try:
        busy, frames, copied = book.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DatabaseError as exc:
        log.warning("checkpoint after an erasure failed: %s", exc)
        return False
    return busy == 0 and frames == copied


def finish_checkpoint(book) -> bool:
    """The checkpoint an erasure could not complete, tried again (on close)."""
    if checkpoint(book):
        book.checkpoint_due = False
        return True
    log.warning("%s: another program still reads it; the erased details stay in its "
                "write-ahead log until that program closes it", book.location)
    return False


# What an erasure or a deletion rewrites or deletes rows of (the search index included).
TOUCHED = (Customer, Case, Question, Action, Deadline, Amendment, Attachment, AttachmentBlob,
           AuditEntry, SearchTerm)


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
            search.unindex(book.db, case.id, document.case_terms(case))
            blobs = [b for (b,) in Attachment.select(Attachment.blob)
                     .where(Attachment.case == case).tuples()]
            for child in (Question, Action, Amendment, Attachment, Deadline, SearchTerm):
                child.delete().where(child.case == case).execute()
            drop_orphan_blobs(set(blobs))
            case.delete_instance()
            if customer_id and not Case.select().where(Case.customer == customer_id).exists():
                Customer.delete().where(Customer.id == customer_id).execute()
            audit.append(at=book.now(), actor=approval.by, case_ref=ref, action="delete",
                         changes={"case": [ref, None], "reason": [None, reason],
                                  **access.approval_changes(approval)})
    _forget_files([ref])
