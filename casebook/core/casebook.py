"""The casebook: every change a user makes goes through this one object.

The desktop and the command line are two faces of these services. Each
public method that changes data is one transaction that validates the rules,
writes the rows, updates the search index, keeps the deadlines in step and
appends to the audit log — or, on any error, changes nothing.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import logging
import re

from peewee import Database, DatabaseError, IntegrityError

from casebook.core import config
from casebook.core import settings
from casebook.core.law import statutory
from casebook.core.trust import access
from casebook.core.time import deadlines
from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.cases import rules
from casebook.core.cases import intake as intake_path
from casebook.core.cases.intake import Intake
from casebook.core.time.calendar import BusinessCalendar
from casebook.core.time.clock import Clock, SystemClock
from casebook.errors import Conflict, InvalidInput, KnownError, NotFound, RuleViolation
from casebook.core.time.times import iso, parse_time
from casebook.db import audit, search, written
from casebook.db.connection import (describe_sqlite_error, display_location, is_server_url,
                                    is_sqlite, lock_writes, open_database)
from casebook.db.models import database
from casebook.db.models import (Action, Amendment, Attachment, AttachmentBlob, AuditEntry,
                                Case, Customer, ListEntry, Question, Staff, store_blob)
from casebook.i18n.defaults import DEFAULT_LISTS

log = logging.getLogger("casebook.core")

ROLES = ("desk", "handler", "manager")
EDITABLE = document.FIELD_PATHS | {"customer", "ask.qa", "follow.next_reply_at"}
# Paths that may change after signing without an amendment: bookkeeping, not content.
UNSIGNED_PATHS = {"follow.next_reply_at", "waiting_on_customer", "record.satisfaction"}


class Casebook:
    """An open casebook. Use `Casebook.open(path)`; close it when done."""

    def __init__(self, db: Database, clock: Clock, location: str):
        self.db = db
        self.clock = clock
        self.location = location

    @classmethod
    def open(cls, target, *, clock: Clock | None = None, create: bool = True,
             read_only: bool = False) -> Casebook:
        """`read_only`: the caller only reads, so a casebook on read-only media opens."""
        db = open_database(target, create=create, read_only=read_only)
        shown = display_location(target) if is_server_url(target) else str(target)
        book = cls(db, clock or SystemClock(), shown)  # a password in a URL is never shown
        if not getattr(db, "read_only", False):
            book._seed()
        return book

    closed = False  # set by close(): a late timer of a window must not open it again

    def close(self) -> None:
        self.closed = True
        self.db.autoconnect = False  # closed stays closed: a late query fails, never reconnects
        if not self.db.is_closed():
            if is_sqlite(self.db):
                try:  # keep the planner's statistics fresh, as SQLite advises on close
                    self.db.execute_sql("PRAGMA optimize")
                except DatabaseError:
                    pass
            if getattr(self, "checkpoint_due", False):  # an erasure met a reader (privacy)
                from casebook.core.trust.privacy import finish_checkpoint

                finish_checkpoint(self)
            self.db.close()

    def __enter__(self) -> Casebook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----------------------------------------------------------- plumbing
    def bind(self) -> None:
        """Point the models at this casebook (a process may hold more than one open)."""
        if self.closed:  # a caller that outlived the casebook: a bug to see, not to hide
            raise RuntimeError(f"the casebook {self.location} is closed")
        if database.obj is not self.db:
            database.initialize(self.db)

    @contextlib.contextmanager
    def change(self):
        """One user action: one transaction; storage errors become messages."""
        self.bind()
        outermost = not self.db.in_transaction()
        if outermost:  # only an entry this action writes may take the state it leaves
            audit.begin(self.db)
        try:
            with self.db.atomic():
                lock_writes(self.db)  # desks on one server change the casebook in turn
                yield
                if outermost:  # the log records the state the action left behind
                    audit.seal(self.db, at=self.now())
        except BaseException as exc:
            if outermost:  # rolled back: what it touched was not written
                audit.forget(self.db)
            if isinstance(exc, KnownError):
                raise
            if isinstance(exc, IntegrityError):
                raise InvalidInput("This change conflicts with existing data: {reason}.",
                                   reason=str(exc)) from exc
            if isinstance(exc, DatabaseError):
                raise describe_sqlite_error(exc, self.location) from exc
            raise

    def now(self) -> dt.datetime:
        return self.clock.now().replace(microsecond=0)

    def _seed(self) -> None:
        if ListEntry.select().exists():
            return
        with self.change():
            rows = [{"list_name": name, "code": entry["code"], "labels": entry["labels"],
                     "extra": {k: v for k, v in entry.items() if k not in ("code", "labels")},
                     "position": i}
                    for name, entries in DEFAULT_LISTS.items() for i, entry in enumerate(entries)]
            ListEntry.insert_many(rows).execute()
            if settings.get("timezone") == settings.DEFAULTS["timezone"]:
                settings.put("timezone", settings.system_timezone())

    @property
    def tz(self) -> str:
        self.bind()
        return settings.get("timezone")

    def setting(self, key: str):
        self.bind()  # this casebook's, not whichever another window bound last
        return settings.get(key)

    def setting_problems(self) -> list[InvalidInput]:
        """Stored settings that cannot be used and were set aside for their defaults."""
        self.bind()
        return settings.problems()

    def set_setting(self, key: str, value, *, by: str, approval=None) -> None:
        """Change a setting: checked (`config.clean`), approved by a manager where it is
        manager-only (the authority limits; taking a rule of law out of force), logged."""
        if key not in settings.DEFAULTS:
            raise InvalidInput("{key} is not a setting.", key=key)
        value = config.clean(key, document.without_nul(value))
        with self.change():
            before = settings.stored(key)  # as stored, even a value set aside
            action = config.approval_needed(key, before, value, settings.all_settings())
            approved = access.approval_changes(access.require(approval, action)) \
                if action else {}
            lost = config.lost_rules(key, before, value, settings.all_settings()) \
                if key in config.LAW_KEYS else set()
            settings.put(key, value)
            if lost:  # their open deadlines go with them, counted in the same entry
                approved["law_cancelled"] = [None, statutory.cancel_rules(
                    lost, self.now(), f"rule out of force ({key} changed by {by})")]
            audit.append(at=self.now(), actor=by, case_ref="", action="setting",
                         changes={key: [before, value], **approved})

    # -------------------------------------------------------------- staff
    def add_staff(self, name: str, role: str = "desk", *, by: str = "",
                  approval=None) -> Staff:
        name = document.text(name).strip()
        if not name:
            raise InvalidInput("A member of staff needs a name.")
        if role not in ROLES:
            raise InvalidInput("{role} is not a role (desk, handler or manager).", role=role)
        with self.change():
            if Staff.select().where(Staff.name == name).exists():
                raise InvalidInput("There is already a member of staff called {name}.",
                                   name=name)
            approved = access.check_staff_change(self, None, by=by, role=role,
                                                 approval=approval)
            staff = Staff.create(name=name, role=role)
            audit.append(at=self.now(), actor=access.staff_actor(by or name, approval, approved),
                         case_ref="", action="staff",
                         changes={"name": [None, name], "role": [None, role], **approved})
        return staff

    def update_staff(self, name: str, *, by: str, role: str | None = None,
                     active: bool | None = None, approval=None) -> None:
        """Change a member of staff's role, or retire them (their history stays)."""
        if role is not None and role not in ROLES:
            raise InvalidInput("{role} is not a role (desk, handler or manager).", role=role)
        with self.change():
            staff = self.staff_member(name)
            changes = access.check_staff_change(self, name, by=by, role=role, active=active,
                                                approval=approval)
            actor = access.staff_actor(by, approval, changes)
            if role is not None and role != staff.role:
                changes["role"] = [staff.role, role]
                staff.role = role
                if role == "manager" and staff.pin_hash:  # a manager's PIN is longer: anew
                    staff.pin_hash, staff.pin_failures, staff.pin_failed_at = None, 0, None
                    audit.append(at=self.now(), actor=actor, case_ref="", action="pin",
                                 changes={"name": [name, name], "pin": ["set", None],
                                          **access.approval_changes(approval)})
            if active is not None and active != staff.active:
                changes["active"] = [staff.active, active]
                staff.active = active
            if set(changes) - {"approved_by"}:
                staff.save()
                audit.append(at=self.now(), actor=actor, case_ref="", action="staff",
                             changes={"name": [name, name], **changes})

    def save_list_entry(self, list_name: str, code: str | None, labels: dict[str, str], *,
                        by: str, active: bool = True) -> str:
        """Add or rename an entry of an editable list; returns its code."""
        labels = {lang: document.text(text).strip() for lang, text in labels.items()
                  if document.text(text).strip()}
        if not labels:
            raise InvalidInput("An entry needs a name in at least one language.")
        with self.change():
            entry = ListEntry.get_or_none((ListEntry.list_name == list_name)
                                          & (ListEntry.code == code)) if code else None
            before = {"labels": entry.labels, "active": entry.active} if entry else None
            if entry is None:
                code, _ = self.ensure_list_entry(list_name, next(iter(labels.values())))
                entry = ListEntry.get((ListEntry.list_name == list_name)
                                      & (ListEntry.code == code))
            entry.labels = {**entry.labels, **labels}
            entry.active = active
            entry.save()
            audit.append(at=self.now(), actor=by, case_ref="", action="list",
                         changes={f"{list_name}.{entry.code}": [before, {
                             "labels": entry.labels, "active": active}]})
            return entry.code

    def staff(self, *, active_only: bool = True) -> list[Staff]:
        self.bind()
        query = Staff.select().order_by(Staff.name)
        return list(query.where(Staff.active) if active_only else query)

    def staff_member(self, name: str) -> Staff:
        self.bind()
        found = Staff.get_or_none(Staff.name == name)
        if found is None:
            raise NotFound("No member of staff called {name}.", name=name)
        return found

    # -------------------------------------------------------------- lists
    def list_entries(self, list_name: str, *, active_only: bool = True) -> list[ListEntry]:
        self.bind()
        query = (ListEntry.select().where(ListEntry.list_name == list_name)
                 .order_by(ListEntry.position, ListEntry.id))
        return list(query.where(ListEntry.active) if active_only else query)

    def label(self, list_name: str, code: str, lang: str) -> str:
        self.bind()
        entry = ListEntry.get_or_none((ListEntry.list_name == list_name)
                                      & (ListEntry.code == code))
        if entry is None:
            return code
        return entry.labels.get(lang) or entry.labels.get("en") or code

    def ensure_list_entry(self, list_name: str, text: str) -> tuple[str, bool]:
        """The code for `text` in a list (by code or any label); create it if unknown."""
        text = document.text(text).strip()
        for entry in self.list_entries(list_name, active_only=False):
            if text == entry.code or text in entry.labels.values():
                return entry.code, False
        code = re.sub(r"\W+", "_", text.casefold()).strip("_")[:60] or "entry"
        if ListEntry.select().where((ListEntry.list_name == list_name)
                                    & (ListEntry.code == code)).exists():
            code = f"{code}_{hashlib.sha1(text.encode()).hexdigest()[:6]}"
        position = ListEntry.select().where(ListEntry.list_name == list_name).count()
        ListEntry.create(list_name=list_name, code=code, labels={"en": text},
                         position=position)
        return code, True

    # -------------------------------------------------------------- cases
    def get(self, ref: str) -> Case:
        self.bind()
        if isinstance(ref, str):  # every save reads its case: a statement written once
            found = written.run("case by ref", lambda r: Case.select().where(Case.ref == r)
                                .limit(1), [ref])
            case = found[0] if found else None
        else:
            case = Case.get_or_none(Case.ref == ref)
        if case is None:
            raise NotFound("No case with reference {ref}.", ref=ref)
        return case

    def case(self, ref: str) -> dict:
        return document.to_doc(self.get(ref))

    def case_to_edit(self, ref: str) -> dict:
        """The case as `case()` gives it, with the `version` an edit of it is based on."""
        case = self.get(ref)
        return {**document.to_doc(case), "version": case.version}

    def open_case(self, doc: dict, *, by: str, approval=None) -> str:
        """Log a new case (linked to `doc["incident"]["ref"]` when given); returns its
        reference. An amount above `by`'s limit, or a manager named as its approver,
        needs that manager's `approval` (access.check_amount)."""
        with self.change():
            intake = Intake.start(self)
            prepared = intake_path.prepare(self, doc, by=by, intake=intake)
            approved = access.check_amount(self, prepared, by=by, approval=approval,
                                           changed={"reply.resolution.amount",
                                                    "reply.approved_by"})
            ref = intake_path.insert(self, [prepared], by=by, intake=intake)[0]
            # indexed as written; a customer found on file may hold other details than
            # those typed: then the case is indexed as it is (db/search.py digests)
            self._reindex(self.get(ref), document.to_doc(self.get(ref)),
                          document.search_terms(prepared))
            if approved:
                audit.append(at=self.now(), actor=approved["approved_by"][1], case_ref=ref,
                             action="approve amount", changes={
                                 "amount": [None, str(document.money(prepared))],
                                 "operator": [None, by], **approved})
            incident = (doc.get("incident") or {}) if isinstance(doc, dict) else {}
            if isinstance(incident, dict) and incident.get("ref"):
                self.incidents.link(ref, incident["ref"], by=by)
            return ref

    @property
    def incidents(self):
        """Incidents, the collective rule, reply to all and merges (`core.incidents`)."""
        from casebook.core.incidents.service import Incidents

        return Incidents(self)

    def update_case(self, ref: str, changes: dict, *, by: str, reason: str = "",
                    version: int | None = None, approval=None) -> dict:
        """Apply a partial document; amendments after signing need a reason.

        With `version` (from `case_to_edit`), a case changed since then by anyone
        else is refused with who changed what and when, and nothing is written.
        """
        reason = document.text(reason)
        with self.change():
            case = self.get(ref)
            if version is not None and case.version != version:
                raise self._conflict(case)
            names = document.staff_names()  # read once: a save changes no member of staff
            before = document.to_doc(case, names=names)
            flat = document.flatten(changes)
            unknown = set(flat) - EDITABLE
            if unknown:
                raise InvalidInput("Unknown field: {name}.", name=", ".join(sorted(unknown)))
            after = copy.deepcopy(before)
            for path, value in flat.items():
                if path in document.FIELD_PATHS:
                    value = document.coerce(path, value, case.tz)
                elif path == "follow.next_reply_at":
                    value = iso(parse_time(value, case.tz), case.tz)
                elif path == "ask.qa":
                    value = [{"q": document.text(x.get("q")), "a": document.text(x.get("a"))}
                             for x in value]
                elif path == "customer":
                    value = {**before["customer"], **document.customer_fields(value),
                             **({"id": value["id"]} if value.get("id") else {})}
                document.set_path(after, path, value)
            diff = {p: [document.get_path(before, p), document.get_path(after, p)]
                    for p in flat if document.get_path(before, p) != document.get_path(after, p)}
            if not diff:
                return before
            return self._apply(case, before, after, diff, by=by, reason=reason,
                               approval=approval, names=names)

    def _conflict(self, case: Case) -> Conflict:
        """The refusal of a save based on an older version, naming the latest change."""
        last = (AuditEntry.select().where(AuditEntry.case_ref == case.ref)
                .order_by(AuditEntry.id.desc()).first())
        fields = ", ".join(k for k in (last.changes if last else {}) if k != "reason")
        return Conflict("{who} changed case {ref} at {when} ({what}) after you opened it; "
                        "your save was refused so that nothing is written over. Your edits "
                        "are still in the editor: check them against the case as it is now "
                        "and save again.", ref=case.ref, who=last.actor if last else "?",
                        when=iso(last.at, case.tz)[:16].replace("T", " ") if last else "?",
                        what=fields or (last.action if last else "?"))

    def _apply(self, case: Case, before: dict, after: dict, diff: dict, *, by: str,
               reason: str, approval=None, names: dict[int, str]) -> dict:
        """Write an edit (`diff` takes `before` to `after`) with all that goes with it;
        returns the case's document as the edit left it. `names`: the staff's names by
        id, as read for `before`."""
        now = self.now()
        ids = {name: sid for sid, name in names.items()}
        signed = bool(before["record"]["signed_at"])
        amended = [p for p in diff if p not in UNSIGNED_PATHS and not p.startswith("record.")]
        if signed and amended and not reason.strip():
            raise RuleViolation("This case is signed: say why it is being amended.")
        self._check_staff(after, ids)
        if "follow.owner" in diff:
            rules.check_recusal(after.get("subject_staff"), after["follow"]["owner"], doing="own")
        if "subject_staff" in diff:
            rules.check_recusal(after.get("subject_staff"), after["follow"]["owner"], doing="own")
        if {"reply.resolution.amount", "reply.approved_by"} & diff.keys():
            self._check_authority(after, by)
        approved = access.check_amount(self, after, by=by, changed=set(diff),
                                       approval=approval)
        if "reply.accepted" in diff or "reply.at" in diff:
            if after["reply"]["at"] is None and after["reply"]["accepted"] is not None:
                raise RuleViolation("Record the reply before the customer's acceptance.")
        if "record.signed_at" in diff and after["record"]["signed_at"]:
            raise RuleViolation("Use signing to record the customer's signature.")
        was = dict(case.__data__)
        document.write(case, after, ids)
        if "customer" in diff:
            self._update_customer(case, after["customer"])
        case.updated_at = now
        # the columns this edit changed, not all fifty of the row again (peewee writes
        # each of them into the statement, and the server rewrites them)
        case.save(only=[name for name, value in case.__data__.items()
                        if name in ("updated_at", "version") or value != was.get(name)])
        if "ask.qa" in diff:
            Question.delete().where(Question.case == case).execute()
            for i, qa in enumerate(after["ask"]["qa"]):
                Question.create(case=case, position=i, q=qa["q"], a=qa["a"])
        if "follow.owner" in diff:
            old, new = diff["follow.owner"]
            deadlines.reassign(case, case.owner_id)
            Action.create(case=case, at=now, by=ids.get(by), kind="handover",
                          internal=True, note=f"{old or '—'} → {new or '—'}"
                          + (f": {reason}" if reason.strip() else ""))
        if "follow.next_reply_at" in diff:
            self._reschedule(case, diff["follow.next_reply_at"], reason, now)
        if "waiting_on_customer" in diff:
            self._pause(case, bool(diff["waiting_on_customer"][1]), now)
        if signed and amended:
            for path in amended:
                Amendment.create(case=case, at=now, by=ids.get(by), field=path,
                                 before=diff[path][0], after=diff[path][1], reason=reason)
        # read again only what this edit can have changed besides the row: its questions,
        # a handover's action, the agreed reply time (the rest is as read for `before`)
        fresh = document.to_doc(case, names=names, since=before, changed=[
            part for part, path in (("qa", "ask.qa"), ("actions", "follow.owner"),
                                    ("reply", "follow.next_reply_at")) if path in diff])
        law = self._sync_deadlines(case, fresh, now)
        if case.state != "open":  # _sync_deadlines closed its reply deadline
            fresh["follow"]["next_reply_at"] = document.next_reply_at(case)
        self._reindex(case, fresh, before)
        audit.append(at=now, actor=by, case_ref=case.ref,
                     action="amend" if signed and amended else "update",
                     changes={**diff, **law, **({"reason": [None, reason]} if reason else {})})
        if approved:  # the manager's own act, beside the clerk's save
            audit.append(at=now, actor=approved["approved_by"][1], case_ref=case.ref,
                         action="approve amount", changes={
                             "amount": [None, str(document.money(after))],
                             "operator": [None, by], **approved})
        return fresh

    def _reschedule(self, case: Case, change: list, reason: str, now: dt.datetime) -> None:
        old, new = change
        if old and not reason.strip():
            raise RuleViolation("Say why the agreed reply time changes (and whether the "
                                "customer agreed to the new time).")
        if old:
            for d in deadlines.pending(case, "reply"):
                d.state, d.done_at, d.note = "cancelled", now, reason
                d.save()
        if new:
            deadlines.add(case, "reply", parse_time(new, case.tz), case.owner_id, now,
                          note=reason)

    def calendar(self) -> BusinessCalendar:
        self.bind()
        return BusinessCalendar.from_settings(settings.get("business_hours"), self.tz)

    def _pause(self, case: Case, waiting: bool, now: dt.datetime) -> None:
        """Waiting on the customer stops the resolution clock, never an agreed reply time."""
        for target in deadlines.pending(case, "resolution"):
            if waiting and target.paused_at is None:
                target.paused_at = now
            elif not waiting and target.paused_at is not None:
                lost = self.calendar().business_hours_between(target.paused_at, now)
                target.due_at = self.calendar().add_business_hours(target.due_at, lost) \
                    if lost else target.due_at
                target.paused_at = None
            target.save()

    def snooze(self, deadline_id: int, minutes: int, *, by: str) -> None:
        """Put a prompt off for a while; the deadline itself does not move (logged)."""
        if not 1 <= minutes <= 24 * 60:
            raise InvalidInput("Snooze for 1 minute to 24 hours.")
        with self.change():
            target = self._deadline(deadline_id)
            now = self.now()
            target.snoozed_until = now + dt.timedelta(minutes=minutes)
            target.save()
            audit.append(at=now, actor=by, case_ref=target.case.ref, action="snooze",
                         changes={f"deadline.{target.kind}": [None, iso(target.snoozed_until,
                                                                        target.tz)]})

    def complete_deadline(self, deadline_id: int, *, by: str, note: str = "") -> None:
        """Mark a follow-up done (a callback made, a report sent)."""
        with self.change():
            target = self._deadline(deadline_id)
            now = self.now()
            before = target.state
            target.state, target.done_at, target.note = "done", now, note or target.note
            target.save()
            audit.append(at=now, actor=by, case_ref=target.case.ref, action="deadline done",
                         changes={f"deadline.{target.kind}": [before, "done"]})

    def _deadline(self, deadline_id: int) -> deadlines.Deadline:
        target = deadlines.Deadline.get_or_none(deadlines.Deadline.id == deadline_id)
        if target is None:
            raise NotFound("No such deadline: {id}.", id=deadline_id)
        return target

    def add_action(self, ref: str, note: str, *, by: str, internal: bool = False,
                   kind: str = "action", at: dt.datetime | None = None) -> None:
        """Log an action or a contact with the customer (Follow through)."""
        note = document.text(note)
        if not note.strip():
            raise InvalidInput("Write what was done.")
        with self.change():
            case = self.get(ref)
            subject = case.subject_staff.name if case.subject_staff_id else None
            rules.check_recusal(subject, by)
            now = self.now()
            before = document.case_terms(case)
            Action.create(case=case, at=at or now, by=self.staff_member(by).id, note=note,
                          internal=internal, kind=kind)
            if not internal:
                deadlines.close(case, "acknowledge", "done", now)
            case.updated_at = now
            case.save()
            self._reindex(case, document.to_doc(case), before)
            audit.append(at=now, actor=by, case_ref=ref, action=kind,
                         changes={"note": [None, note], "internal": [None, internal]})

    def handover(self, ref: str, to: str, *, by: str, note: str = "") -> None:
        """Hand the case explicitly to another member of staff (logged)."""
        self.update_case(ref, {"follow": {"owner": to}}, by=by, reason=note)

    def sign(self, ref: str, *, by: str, at: dt.datetime | None = None,
             satisfaction: int | None = None, signatures: dict[str, bytes] | None = None,
             scan: tuple[str, str, bytes] | None = None) -> str:
        """Record the customer's signature and freeze the signed content; returns its hash.

        `signatures` are PNG images drawn on screen ({"customer": …, "staff": …});
        `scan` is (file name, MIME type, bytes) of the signed paper form.
        """
        from casebook.core.cases import signatures as drawings

        drawings.check(signatures or {})  # a damaged image would make the form unprintable
        with self.change():
            case = self.get(ref)
            doc = document.to_doc(case)
            if doc["record"]["signed_at"]:
                raise RuleViolation("Case {ref} is already signed.", ref=ref)
            if not parts.reply(doc).done:
                raise RuleViolation("Record the reply and the resolution before the customer "
                                    "signs.")
            if satisfaction is not None and not 1 <= int(satisfaction) <= 5:
                raise InvalidInput("Satisfaction is from 1 to 5.")
            now = self.now()
            case.signed_at = (at or now).replace(microsecond=0)
            case.satisfaction = satisfaction
            doc = document.to_doc(case)
            content = audit.canonical(document.signable(doc))
            case.signed_content = content
            case.signed_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
            case.state = "closed"
            case.updated_at = now
            case.save()
            staff_id = self._staff_id(by)
            for who, png in (signatures or {}).items():
                self._attach(case, f"signature_{who}", f"{who}-signature.png", "image/png",
                             png, staff_id, now)
            if scan:
                self._attach(case, "signed_scan", *scan, staff_id, now)
            law = self._sync_deadlines(case, document.to_doc(case), now)
            audit.append(at=now, actor=by, case_ref=ref, action="sign",
                         changes={"record.signed_at": [None, iso(case.signed_at,
                                                                          case.tz)],
                                  "record.signed_hash": [None, case.signed_hash], **law})
            return case.signed_hash

    def _attach(self, case: Case, kind: str, filename: str, mime: str, data: bytes,
                staff_id: int | None, now: dt.datetime) -> None:
        if not data:
            raise InvalidInput("The attachment {name} is empty.", name=filename)
        if len(data) > 20 * 1024 * 1024:
            raise InvalidInput("The attachment {name} is larger than 20 MB.", name=filename)
        if kind.startswith("signature_") and not data.startswith(b"\x89PNG"):
            raise InvalidInput("The signature is not a PNG image.")
        Attachment.create(case=case, kind=kind, filename=filename, mime=mime,
                          blob=store_blob(data), added_at=now, by=staff_id)

    def attachments(self, ref: str, kind: str | None = None) -> list[Attachment]:
        query = (Attachment.select(Attachment, AttachmentBlob).join(AttachmentBlob)
                 .where(Attachment.case == self.get(ref)))
        if kind:
            query = query.where(Attachment.kind == kind)
        return list(query.order_by(Attachment.id))

    # ------------------------------------------------------------ helpers
    def _staff_ids(self) -> dict[str, int]:
        # names are unique; staff_names() runs a statement written once (a save asks twice)
        return {name: sid for sid, name in document.staff_names().items()}

    def _staff_id(self, name: str | None) -> int | None:
        return self._staff_ids().get(name) if name else None

    def _check_staff(self, doc: dict, known: dict[str, int]) -> None:
        """Every member of staff the document names is one (`known`: ids by name)."""
        for path in ("subject_staff", "hear.received_by", "follow.owner", "reply.approved_by"):
            name = document.get_path(doc, path)
            if name and name not in known:
                raise NotFound("No member of staff called {name}.", name=name)

    def _check_authority(self, doc: dict, by: str) -> None:
        amount = document.money(doc)
        if amount is None:
            return
        operator = Staff.get_or_none(Staff.name == by)
        approver = Staff.get_or_none(Staff.name == (doc["reply"].get("approved_by") or ""))
        rules.check_authority(amount, role=operator.role if operator else "desk",
                              limits=settings.get("authority_limits"),
                              approver_role=approver.role if approver else None)

    def _update_customer(self, case: Case, values: dict) -> None:
        """Edit the case's customer, or move the case to another known customer (by id)."""
        fields = document.customer_fields(values)
        other = values.get("id")
        if other and other != case.customer_id and Customer.get_or_none(Customer.id == other):
            case.customer = other  # a different person: relink, never rewrite the first one
            case.save()
            return
        if case.customer_id is None:
            found = document.find_customer(fields)
            case.customer = found.id if found else Customer.insert(**fields).execute()
            case.save()
        else:
            # the customer's other cases show the new details too: found by them, and
            # taken out of the index by what they showed before (db/search.py)
            others = [(c, document.case_terms(c)) for c in Case.select().where(
                (Case.customer == case.customer_id) & (Case.id != case.id))]
            Customer.update(**fields).where(Customer.id == case.customer_id).execute()
            case.customer = Customer.get_by_id(case.customer_id)  # not the one read before
            for other_case, before in others:
                self._reindex(other_case, document.to_doc(other_case), before)

    def _sync_deadlines(self, case: Case, doc: dict, now: dt.datetime) -> dict:
        """Keep deadlines in step with the case: report, reply, callbacks, and those set by
        law (whose changes are returned for the audit entry)."""
        if parts.is_major(doc) and not case.deadlines.where(
                deadlines.Deadline.kind == "report").exists():
            hours = settings.get("targets")["report"]
            deadlines.add(case, "report", case.received_at + dt.timedelta(hours=hours),
                          case.owner_id, now)
        if parts.is_reported(doc):
            deadlines.close(case, "report", "done", now)
        if doc["reply"]["at"]:
            deadlines.close(case, "acknowledge", "done", now)
        if case.state != "open":
            deadlines.close(case, "reply", "done", now)
            deadlines.close(case, "resolution", "done", now)
            if not case.deadlines.where(deadlines.Deadline.kind == "callback").exists():
                hours = settings.get("targets")["callback"]
                deadlines.add(case, "callback", case.reply_at + dt.timedelta(hours=hours),
                              case.owner_id, now)
        return statutory.sync(case, doc, now)

    def _reindex(self, case: Case, doc: dict, before: dict | list[str] | None = None) -> None:
        """The case's search tokens from its document now; `before`: its document (or
        tokens) before this change, which take it out of the index first (db/search.py)."""
        if isinstance(before, dict):
            before = document.search_terms(before)
        search.index_case(self.db, case.id, document.search_terms(doc), before)

    # ------------------------------------------------------------ queries
    def search(self, query: str, *, limit: int = 200) -> list[str]:
        self.bind()
        # NUL is dropped from the query as from what was saved, or "a\0b" would miss "ab"
        ids = search.search(self.db, document.text(query), limit=limit)
        if not ids:
            return []
        # the ids (integers from the index) written inline and read raw: peewee builds a
        # node per bound value and converts every row, a millisecond of a ranked search
        refs = dict(self.db.execute_sql(
            'SELECT "id", "ref" FROM "case" WHERE "id" IN (%s)'
            % ",".join(str(int(i)) for i in ids)).fetchall())
        return [refs[i] for i in ids if i in refs]

    def due(self, at: dt.datetime | None = None, *, owner: str | None = None):
        """What is due at `at`; a manager's list also holds every statutory deadline
        missed by someone else (escalated, SPEC §3)."""
        self.bind()
        at = at or self.now()
        items = deadlines.due(at, owner=owner)
        return items + statutory.escalated(at, owner) if owner else items

