"""Who may do what: PINs for staff, and the manager's approval of manager-only actions.

A PIN is optional for every member of staff. It is kept as a salted scrypt hash
(`scrypt$n$r$p$salt$hash`): the cost parameters travel with the hash, so they can
be raised later and old PINs still check (and are re-hashed at the next right
PIN). The PIN itself is never stored or logged.

The rule a shop owner has to remember: **PINs are on as soon as a manager has
a PIN.** From then on the manager-only actions (delete a case, erase a
customer's personal data, reopen a signed case, merge, change the authority
limits, change anyone's role or active flag, approve an amount above the
operator's limit, and the commands import, export, backup to a file and
restore) need a manager's name *and* PIN at the moment of the act; before that
they only need the operator to be a manager (an amount: a manager named as
its approver). Nobody changes their own role. Anyone with a PIN is asked for it
at start-up.

A PIN guards against the people at the desk, not against someone who copies the
casebook file: a copy can be searched for PINs offline at leisure. The scrypt cost
(`COST`, about a second per try on a 2-core desk PC) makes that slow, and
manager PINs have at least `MANAGER_PIN_DIGITS` digits, but it is a delay, not a
lock (README, "What PINs protect").

Wrong PINs are logged in the audit log and slow the next try down: after
`FREE_TRIES` wrong PINs in a row, each further try waits twice as long as the
last (30 s, 1 min, 2 min, … up to 15 min). The wait is computed from the time of
the last wrong PIN, stored on the member, and the casebook's clock; nothing
here sleeps. A right PIN clears the count.

Approval is a small token (`Approval`) made by `approve()` in its own
transaction, before the action's transaction starts, so a wrong PIN is
recorded even though the action itself is refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from casebook.core import settings
from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.errors import InvalidInput, NotFound, RuleViolation
from casebook.core.time.times import iso
from casebook.db import audit
from casebook.db.models import Attachment, Staff
from casebook.i18n.translate import N_


@dataclass(frozen=True)
class PinCost:
    """scrypt's cost parameters; they are stored with each hash."""

    n: int
    r: int
    p: int


# scrypt cost of a new PIN hash: 256 MB and 0.92 s of processor time per try on this
# project's 2-core machine (n = 2^17 took 0.46 s: below SPEC §7's 0.5 s; measured by
# tests/perf/test_pin_cost.py, README "What PINs protect"), so that an offline search of
# a copied file for a 6-digit manager PIN takes weeks of a core, not minutes. The tests
# hash with cheaper parameters by replacing COST in their own process
# (tests/conftest.py); the app has no setting, variable or option that lowers it.
APP_COST = PinCost(2 ** 18, 8, 1)
COST = APP_COST
PIN_LENGTH = (4, 12)
MANAGER_PIN_DIGITS = 6  # a manager's PIN guards every manager-only action
FREE_TRIES = 3
FIRST_WAIT = 30  # seconds, after FREE_TRIES wrong PINs; doubles with each further one
LONGEST_WAIT = 15 * 60

# The manager-only actions (codes stored in the audit log).
DELETE, ERASE, REOPEN, EXPORT, LIMITS, PIN, MANAGERS = \
    "delete case", "erase customer", "reopen signed", "export", "authority limits", "pin", \
    "managers"
# An amount above the operator's authority limit, approved by the manager named on the case.
AMOUNT = "approve amount"
# The commands that move or replace the whole casebook (casebook.cli).
IMPORT, RESTORE, BACKUP = "import", "restore", "backup to a file"
# Taking a rule set by law (or a sector code) out of force (casebook.core.config).
LAW = "law rules"
MERGE = "merge cases"  # two cases of one customer become one (casebook.core.incidents)
ACTIONS = (DELETE, ERASE, REOPEN, EXPORT, LIMITS, PIN, MANAGERS, LAW, MERGE, AMOUNT, IMPORT,
           RESTORE, BACKUP)
MANAGER_SETTINGS = {"authority_limits"}


class PinWait(RuleViolation):
    """Too many wrong PINs: `seconds` to wait before the next try."""

    def __init__(self, msgid: str, *, seconds: int, **params):
        super().__init__(msgid, seconds=seconds, **params)
        self.seconds = seconds


@dataclass(frozen=True)
class Approval:
    """A manager's yes to one manager-only action, made by `approve()`."""

    action: str
    by: str  # the operator at the desk
    approver: str  # the manager who approved (the operator, or a manager called over)
    pin_checked: bool


# ------------------------------------------------------------------ hashing
def hash_pin(pin: str, *, salt: bytes | None = None, n: int | None = None,
             r: int | None = None, p: int | None = None) -> str:
    """The stored form of a PIN; the cost is `COST` unless given (an older hash's)."""
    n, r, p = n or COST.n, r or COST.r, p or COST.p
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32,
                            maxmem=128 * r * (n + p + 2) + 1024 * 1024)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def pin_matches(stored: str, pin: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        fresh = hash_pin(pin, salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(fresh.rsplit("$", 1)[1], digest)


def _weaker_than_today(stored: str) -> bool:
    try:
        _scheme, n, r, p, _salt, _digest = stored.split("$")
        return (int(n), int(r), int(p)) < (COST.n, COST.r, COST.p)
    except ValueError:
        return True


def _check_new_pin(pin: str, *, manager: bool = False) -> str:
    pin = (pin or "").strip()
    low, high = PIN_LENGTH
    low = MANAGER_PIN_DIGITS if manager else low
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        if manager:
            raise InvalidInput("A manager's PIN is {low} to {high} digits.", low=low,
                               high=high)
        raise InvalidInput("A PIN is {low} to {high} digits.", low=low, high=high)
    return pin


# ------------------------------------------------------------------- state
def pins_on(book) -> bool:
    """PINs are on as soon as an active manager has one."""
    book.bind()
    return Staff.select().where(Staff.active & (Staff.role == "manager")
                                & Staff.pin_hash.is_null(False)).exists()


def has_pin(book, name: str) -> bool:
    book.bind()
    member = Staff.get_or_none(Staff.name == name)
    return bool(member and member.pin_hash)


def members_with_pin(book) -> set[str]:
    book.bind()
    return {s.name for s in Staff.select(Staff.name).where(Staff.pin_hash.is_null(False))}


def wait_seconds(member: Staff, now: dt.datetime) -> int:
    """How long `member` must still wait before the next PIN may be tried."""
    extra = member.pin_failures - FREE_TRIES
    if extra < 0 or member.pin_failed_at is None:
        return 0
    wait = min(FIRST_WAIT * 2 ** min(extra, 20), LONGEST_WAIT)
    left = (member.pin_failed_at + dt.timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(-(-left // 1)))  # whole seconds, rounded up


# ---------------------------------------------------------------- checking
def check_pin(book, name: str, pin: str) -> None:
    """Raise unless `pin` is `name`'s PIN; a wrong one is logged and slows the next try.

    Runs (and commits) in its own transaction: call it before the change it guards."""
    with book.change():
        member = _member(name)
        if not member.pin_hash:
            return
        now = book.now()
        wait = wait_seconds(member, now)
        if wait:
            raise PinWait(N_("Too many wrong PINs for {name}. Try again in {seconds} s."),
                          name=name, seconds=wait)
        if pin_matches(member.pin_hash, pin or ""):
            if member.pin_failures or _weaker_than_today(member.pin_hash):
                member.pin_failures, member.pin_failed_at = 0, None
                if _weaker_than_today(member.pin_hash):
                    member.pin_hash = hash_pin(pin)
                member.save()
            return
        member.pin_failures += 1
        member.pin_failed_at = now
        member.save()
        audit.append(at=now, actor=name, case_ref="", action="wrong pin",
                     changes={"name": [name, name],
                              "failures": [member.pin_failures - 1, member.pin_failures]})
        failures = member.pin_failures
    if failures >= FREE_TRIES:
        raise PinWait(N_("Wrong PIN for {name}. Try again in {seconds} s."), name=name,
                      seconds=wait_seconds(member, now))
    raise RuleViolation("Wrong PIN for {name}.", name=name)


def check_operator(book, name: str, pin: str | None) -> None:
    """At start-up: the member of staff at the desk types their PIN, if they have one."""
    check_pin(book, name, pin or "")


def approve(book, action: str, *, by: str, approver: str | None = None,
            pin: str | None = None) -> Approval:
    """A manager's approval of a manager-only action.

    With PINs off the operator must be a manager (an amount: the manager named as its
    approver). With PINs on, a manager (the operator or one called to the desk,
    `approver`) types their PIN."""
    if action not in ACTIONS:
        raise ValueError(f"not a manager-only action: {action}")
    book.bind()
    approver = approver or by
    member = Staff.get_or_none(Staff.name == approver)
    if member is None or not member.active:
        raise NotFound("No member of staff called {name}.", name=approver)
    if member.role != "manager":
        raise RuleViolation("Only a manager can do this; {name} is not a manager.",
                            name=approver)
    if not pins_on(book):
        # an amount is approved by the manager the case names; the rest by the operator
        if approver != by and action != AMOUNT:
            raise RuleViolation("Only a manager can do this; {name} is not a manager.",
                                name=by)
        return Approval(action, by, approver, pin_checked=False)
    if not member.pin_hash:
        raise RuleViolation("{name} has no PIN yet. Manager-only actions need a manager's "
                            "PIN: set one under Staff.", name=approver)
    check_pin(book, approver, pin or "")
    return Approval(action, by, approver, pin_checked=True)


def approve_command(book, action: str, *, by: str, pin: str | None) -> Approval:
    """A manager's approval of a command that moves or replaces the casebook
    (`casebook import`, `export`, `backup -o`, `restore`): `approve` with the operator
    as the manager. A casebook without an active manager (a new one, being filled or
    restored) has nobody to ask and no PIN to check: its first import or restore is free,
    as is adding its first manager."""
    if action not in (IMPORT, RESTORE, BACKUP, EXPORT):
        raise ValueError(f"not a command's action: {action}")
    book.bind()
    if not Staff.select().where(Staff.active & (Staff.role == "manager")).exists():
        return Approval(action, by, by, pin_checked=False)
    return approve(book, action, by=by, pin=pin)


def require(approval: Approval | None, action: str) -> Approval:
    """The approval a manager-only action was given, checked to be for this action."""
    if approval is None or approval.action != action:
        raise RuleViolation("This needs a manager's approval.")
    return approval


def approval_changes(approval: Approval) -> dict:
    return {"approved_by": [None, approval.approver]}


# -------------------------------------------------------------------- PINs
def set_pin(book, name: str, new_pin: str | None, *, by: str, old_pin: str | None = None,
            approval: Approval | None = None) -> None:
    """Set, change or (with an empty `new_pin`) clear `name`'s PIN.

    One's own PIN: the old one is needed when there is one. Someone else's: a
    manager's approval (`approve(book, PIN, …)`), e.g. when a colleague forgot it."""
    book.bind()
    member = _member(name)
    pin = _check_new_pin(new_pin, manager=member.role == "manager") if new_pin else None
    if by == name and member.pin_hash:
        check_pin(book, name, old_pin or "")
    elif by != name or (member.role == "manager" and pins_on(book)):
        # once PINs are on, a manager without one gets it from a manager who has one:
        # else anyone could pick that manager at the desk and give "her" a PIN
        require(approval, PIN)
    with book.change():
        member = _member(name)
        before = "set" if member.pin_hash else None
        member.pin_hash = hash_pin(pin) if pin else None
        member.pin_failures, member.pin_failed_at = 0, None
        member.save()
        changes = {"name": [name, name], "pin": [before, "set" if pin else None]}
        if by != name:
            changes.update(approval_changes(approval))
        audit.append(at=book.now(), actor=by, case_ref="", action="pin", changes=changes)


def staff_change_needs_approval(book, name: str | None, *, role: str | None = None,
                                active: bool | None = None) -> bool:
    """Whether a change of a member of staff needs a manager's approval (`name` None: a
    new member of staff).

    Every change of a role or of the active flag does, and with PINs on so does a new
    member above the desk's role (with PINs off anyone may pick any name at the desk,
    so a new member is only checked for their role). A casebook without an active
    manager (its first set-up) has nobody to ask: its changes are free."""
    book.bind()
    member = Staff.get_or_none(Staff.name == name) if name else None
    if member is None:
        changed = role not in (None, "desk") and pins_on(book)
    else:
        changed = ((role is not None and role != member.role)
                   or (active is not None and bool(active) != bool(member.active)))
    return changed and Staff.select().where(Staff.active & (Staff.role == "manager")).exists()


def check_staff_change(book, name: str | None, *, by: str, role: str | None = None,
                       active: bool | None = None, approval: Approval | None = None) -> dict:
    """The audit changes of an approval when the change needs one; raises without, and
    when someone would change their own role."""
    member = Staff.get_or_none(Staff.name == name) if name else None
    if member is not None and role is not None and role != member.role:
        if name == by or (approval is not None and approval.approver == name):
            raise RuleViolation("Nobody changes their own role: another manager does it.")
    if staff_change_needs_approval(book, name, role=role, active=active):
        return approval_changes(require(approval, MANAGERS))
    return {}


def staff_actor(by: str, approval: Approval | None, changes: dict) -> str:
    """Whose act a staff change is in the audit log: the approving manager's, if any."""
    return approval.approver if approval is not None and "approved_by" in changes else by


# ------------------------------------------------------- amounts above a limit
def amount_needs_approval(book, doc: dict, *, by: str, changed: set[str]) -> str | None:
    """The manager whose approval a case's amount needs, else None.

    It is needed when the amount is above the operator's authority limit and the amount
    or its approver changed, and whenever a manager is newly named as the approver (a
    name on a case is never an approval by itself). With PINs off the name suffices."""
    from casebook.core.cases import rules

    if not ({"reply.resolution.amount", "reply.approved_by"} & changed):
        return None
    book.bind()
    approver = (doc.get("reply") or {}).get("approved_by") or ""
    if not approver:
        return None  # above the limit without one: rules.check_authority refuses it
    amount = document.money(doc)
    operator = Staff.get_or_none(Staff.name == by)
    limit = rules.limit_for(operator.role if operator else "desk",
                            settings.get("authority_limits") or {})
    above = amount is not None and limit is not None and amount > limit
    return approver if above or "reply.approved_by" in changed else None


def check_amount(book, doc: dict, *, by: str, changed: set[str],
                 approval: Approval | None) -> dict:
    """The audit changes of an amount's approval; raises when it is needed and missing.

    With PINs on it is an `approve(book, AMOUNT, by=…, approver=<the named manager>,
    pin=…)` of that very manager; with PINs off the named manager must be an active
    manager."""
    approver = amount_needs_approval(book, doc, by=by, changed=changed)
    if approver is None:
        return {}
    member = Staff.get_or_none(Staff.name == approver)
    if member is None or not member.active or member.role != "manager":
        raise RuleViolation("Only a manager can do this; {name} is not a manager.",
                            name=approver)
    if not pins_on(book):
        return {"approved_by": [None, approver]}
    if not member.pin_hash:
        raise RuleViolation("{name} has no PIN yet. Manager-only actions need a manager's "
                            "PIN: set one under Staff.", name=approver)
    if approval is None or approval.action != AMOUNT or approval.approver != approver:
        raise RuleViolation("{name} approves this amount with their PIN.", name=approver)
    return approval_changes(approval)


def _member(name: str) -> Staff:
    member = Staff.get_or_none(Staff.name == name)
    if member is None:
        raise NotFound("No member of staff called {name}.", name=name)
    return member


# ----------------------------------------------------- manager-only actions
def reopen_signed(book, ref: str, *, reason: str, approval: Approval | None) -> None:
    """Unfreeze a signed case so it can be corrected and signed again.

    The signatures of the first signing are kept as `previous_…` attachments (the
    form prints only current ones); the old signed hash stays in the audit log."""
    approval = require(approval, REOPEN)
    if not (reason or "").strip():
        raise RuleViolation("Say why the signed case is reopened.")
    with book.change():
        case = book.get(ref)
        if case.signed_at is None:
            raise RuleViolation("Case {ref} is not signed.", ref=ref)
        before = {"record.signed_at": iso(case.signed_at, case.tz),
                  "record.signed_hash": case.signed_hash}
        case.signed_at, case.signed_hash, case.signed_content = None, "", ""
        case.state = parts.derive_state(document.to_doc(case))
        case.updated_at = book.now()
        case.save()
        for attachment in case.attachments.where(Attachment.kind.in_(
                ("signature_customer", "signature_staff", "signed_scan"))):
            attachment.kind = f"previous_{attachment.kind}"
            attachment.save()
        audit.append(at=book.now(), actor=approval.by, case_ref=ref, action="reopen",
                     changes={**{k: [v, None] for k, v in before.items()},
                              "state": ["closed", case.state], "reason": [None, reason],
                              **approval_changes(approval)})


def set_authority_limits(book, limits: dict, *, approval: Approval | None) -> None:
    """Change how much compensation each role may agree without a manager."""
    approval = require(approval, LIMITS)
    from casebook.core.cases import rules

    clean = {}
    for role in ("desk", "handler", "manager"):
        value = limits.get(role, settings.DEFAULTS["authority_limits"].get(role))
        amount = rules.parse_amount(value)
        clean[role] = None if amount is None else str(amount)
    book.set_setting("authority_limits", clean, by=approval.approver, approval=approval)


def export_all(book, out, fmt: str, *, approval: Approval | None) -> int:
    """Every case to a file (`casebook export`): personal data leaves the casebook, logged."""
    approval = require(approval, EXPORT)
    from casebook.core.cases.interchange import export

    count = export(book, out, fmt)
    with book.change():
        audit.append(at=book.now(), actor=approval.by, case_ref="", action="export",
                     changes={"cases": [None, count], "format": [None, fmt],
                              **approval_changes(approval)})
    return count
