"""Deadlines set by law (or a sector code) on the cases they apply to.

They are deadlines like the others — an owner, a state, a reminder in the
due list and `casebook due`, handed over with the case — of kind `statutory`
(law) or `code` (a sector code), each naming its rule. They are made when a
case is taken in and kept in step whenever it changes: a claim that turns
from a refund into a repair loses the 10-day term and gains the 45-day one,
both changes logged with the case's change. A term's dates are never edited:
when its event moves, the old deadline is cancelled with the reason and a new
one made, so nothing is ever shortened silently.

A statutory deadline is met when the reply is recorded (or it is marked
done) by the end of its last day; it is missed once that day is over, shows
red, and goes to every manager's due list as well as its owner's. Customers'
own terms (a right to withdraw within 14 days) are shown, never made into
deadlines: they are not the desk's to keep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN, SQL

from casebook.core import settings
from casebook.core.cases import rules as case_rules
from casebook.core.law import penalty as penalties
from casebook.core.law import rulebook as rulebooks
from casebook.core.law import terms
from casebook.core.law.rulebook import Rule, Rulebook
from casebook.core.time.calendar import BusinessCalendar
from casebook.core.time.deadlines import Due
from casebook.core.time.times import iso, parse_time
from casebook.db import tracking
from casebook.db.models import Case, Deadline, Staff

KINDS = ("statutory", "code")
OPEN = ("pending", "missed")


def by_law():
    """A deadline set by law or a code, with the kinds as literals, never parameters: only
    then may SQLite use the index of these deadlines alone (schema 10)."""
    return Deadline.kind.in_([SQL(f"'{kind}'") for kind in KINDS])


def _calendar(tz: str) -> BusinessCalendar:
    return BusinessCalendar.from_settings(settings.get("business_hours"), tz)


def wanted(doc: dict, tz: str, book_rules: Rulebook,
           calendar: BusinessCalendar) -> dict[str, tuple[Rule, dt.date]]:
    """The business's terms the case should carry now: rule id → (rule, last day).

    A rule whose event the case does not record yet ("the goods came back")
    has no term until it does."""
    out = {}
    for rule in book_rules.duties:
        if terms.applies(rule, doc):
            start = terms.start_day(rule, doc, tz)
            if start is not None:
                out[rule.id] = (rule, terms.last_day(rule, start, calendar))
    return out


def _replied(doc: dict, tz: str, now: dt.datetime) -> dt.datetime | None:
    at = parse_time((doc.get("reply") or {}).get("at"), tz)
    return min(at, now) if at else None


def plan(doc: dict, book_rules: Rulebook, calendar: BusinessCalendar,
         now: dt.datetime) -> list[dict]:
    """The statutory deadlines a new case starts with (rows for the intake's batch insert)."""
    if not book_rules:
        return []
    tz = doc["tz"]
    replied = _replied(doc, tz, now)
    return [{"kind": rule.kind, "rule": rule.id, "due_at": terms.due_at(day, tz),
             "state": "done" if replied else "pending", "done_at": replied}
            for rule, day in wanted(doc, tz, book_rules, calendar).values()]


def sync(case: Case, doc: dict, now: dt.datetime,
         book_rules: Rulebook | None = None) -> dict:
    """Bring the case's statutory deadlines in step with it (inside the caller's
    transaction); returns what changed, for the case's audit entry."""
    book_rules = rulebooks.current() if book_rules is None else book_rules
    if not book_rules:
        return {}
    tz = case.tz
    want = wanted(doc, tz, book_rules, _calendar(tz))
    existing = list(case.deadlines.where(Deadline.kind << KINDS))
    changes: dict[str, list] = {}
    for old in existing:
        if old.state not in OPEN:
            continue
        target = want.get(old.rule)
        if target is None or terms.due_at(target[1], tz) != old.due_at:
            old.state, old.done_at = "cancelled", now
            old.note = ("no longer applies to the case" if target is None
                        else "its event changed: a new term replaces it")
            old.save()
            changes[f"law.{old.rule}"] = [_day(old), None]
    for rule_id, (rule, day) in want.items():
        due = terms.due_at(day, tz)
        if any(d.rule == rule_id and d.due_at == due and d.state != "cancelled"
               for d in existing):
            continue
        Deadline.create(case=case, kind=rule.kind, rule=rule_id, due_at=due, tz=tz,
                        owner=case.owner_id, state="pending", created_at=now)
        changes[f"law.{rule_id}"] = [changes.get(f"law.{rule_id}", [None])[0], day.isoformat()]
    replied = _replied(doc, tz, now)
    if replied:
        tracking.case(case.id)  # the case's resulting state goes into the audit log
        (Deadline.update(state="done", done_at=replied)
         .where((Deadline.case == case) & (Deadline.kind << KINDS) & (Deadline.state << OPEN))
         .execute())
    return changes


def _day(deadline: Deadline) -> str:
    return terms.local_day(deadline.due_at, deadline.tz).isoformat()


def cancel_rules(rule_ids, now: dt.datetime, reason: str) -> int:
    """Cancel the open deadlines of rules no longer in force (switched off, another
    country); returns how many."""
    rule_ids = list(rule_ids)
    if not rule_ids:
        return 0
    which = by_law() & (Deadline.state << OPEN) & (Deadline.rule << rule_ids)
    for (case_id,) in Deadline.select(Deadline.case).where(which).distinct().tuples():
        tracking.case(case_id)  # each case's resulting state goes into the audit log
    return Deadline.update(state="cancelled", done_at=now, note=reason).where(which).execute()


# ------------------------------------------------------------------ reading
@dataclass(frozen=True)
class Term:
    """One rule as it stands on a case, for the editor, `casebook show` and the receipt."""

    rule: Rule
    last_day: dt.date | None  # None: the rule's event is not recorded yet
    state: str  # waiting | pending | today | missed | done | late (done after the last day)
    days_late: int = 0
    penalty: penalties.Accrued | None = None
    deadline_id: int | None = None

    @property
    def red(self) -> bool:
        return self.state in ("missed", "late")


def state_of(last: dt.date, tz: str, state: str, done_at: dt.datetime | None,
             now: dt.datetime) -> tuple[str, int]:
    """(state, days late) of a term that ends with `last`, as of `now`."""
    end = terms.ends_at(last, tz)
    if state == "done" and done_at is not None:
        late = done_at >= end
        return ("late" if late else "done"), penalties.days_late(
            last, terms.local_day(done_at, tz)) if late else 0
    if now >= end:
        return "missed", penalties.days_late(last, terms.local_day(now, tz))
    return ("today" if now >= terms.due_at(last, tz) else "pending"), 0


def case_terms(case: Case, doc: dict, now: dt.datetime,
               book_rules: Rulebook | None = None) -> list[Term]:
    """The business's terms on a case: its statutory deadlines (open and settled, the
    cancelled left out), then rules that apply but wait for their event."""
    book_rules = rulebooks.current() if book_rules is None else book_rules
    tz = case.tz
    every = rulebooks.every_rule()
    amount = case_rules.parse_amount((doc.get("hear") or {}).get("amount"))
    out, seen = [], set()
    for d in (case.deadlines.where((Deadline.kind << KINDS) & (Deadline.state != "cancelled"))
              .order_by(Deadline.due_at)):
        rule = every.get(d.rule)
        if rule is None:  # a rule file that no longer has it: still a deadline, unnamed
            continue
        seen.add(rule.id)
        last = terms.local_day(d.due_at, tz)
        state, late = state_of(last, tz, d.state, d.done_at, now)
        accrued = None
        if rule.penalty is not None and late:
            until = last + dt.timedelta(days=late)
            accrued = penalties.accrued(rule.penalty, amount, last, until)
        out.append(Term(rule, last, state, late, accrued, d.id))
    for rule in book_rules.duties:
        if rule.id not in seen and terms.applies(rule, doc) and \
                terms.start_day(rule, doc, tz) is None:
            out.append(Term(rule, None, "waiting"))
    return out


@dataclass(frozen=True)
class Right:
    """A term the customer has (to withdraw, to return, to report a defect)."""

    rule: Rule
    last_day: dt.date | None  # None: the case does not say when the term started
    in_time: bool | None  # for a notice: was the case received by the last day?


def customer_rights(doc: dict, tz: str, book_rules: Rulebook | None = None) -> list[Right]:
    book_rules = rulebooks.current() if book_rules is None else book_rules
    calendar = _calendar(tz) if book_rules else None
    received = terms.local_day(parse_time(doc["received_at"], tz), tz) \
        if doc.get("received_at") else None
    out = []
    for rule in book_rules.rules:
        if rule.party != "customer" or not terms.applies(rule, doc):
            continue
        start = terms.start_day(rule, doc, tz)
        last = terms.last_day(rule, start, calendar) if start else None
        in_time = (received <= last) if (last and received and rule.start == "event") else None
        out.append(Right(rule, last, in_time))
    return out


def amount_of(doc: dict) -> Decimal | None:
    return case_rules.parse_amount((doc.get("hear") or {}).get("amount"))


# -------------------------------------------------------------- escalation
def escalated(at: dt.datetime, manager: str) -> list[Due]:
    """Missed statutory deadlines of other owners, for a manager's due list (SPEC §3:
    escalated when missed). Empty for anyone who is not an active manager."""
    person = Staff.get_or_none((Staff.name == manager) & Staff.active)
    if person is None or person.role != "manager":
        return []
    # the last day began at least ~a day ago; the exact end is checked per row below
    query = (Deadline.select(Deadline.id, Case.ref, Deadline.kind, Deadline.due_at,
                             Deadline.tz, Staff.name)
             .join(Case).switch(Deadline).join(Staff, JOIN.LEFT_OUTER,
                                               on=(Deadline.owner == Staff.id))
             .where(by_law() & (Deadline.state << OPEN)
                    & (Deadline.due_at <= at - dt.timedelta(hours=22))
                    & ((Deadline.owner.is_null()) | (Deadline.owner != person.id)))
             .order_by(Deadline.due_at))
    return [Due(id=i, ref=ref, kind=kind, due_at=iso(due, tz), owner=name or "",
                state="missed", customer="")
            for i, ref, kind, due, tz, name in query.tuples()
            if at >= terms.ends_at(terms.local_day(due, tz), tz)]


def due_details(ids: list[int]) -> dict[int, tuple[Rule, dt.date, str]]:
    """The rule, last day and timezone of each statutory deadline among `ids`."""
    if not ids:
        return {}
    every = rulebooks.every_rule()
    out = {}
    for i, rule_id, due, tz in (Deadline.select(Deadline.id, Deadline.rule, Deadline.due_at,
                                                Deadline.tz)
                                .where((Deadline.id << ids) & (Deadline.kind << KINDS))
                                .tuples()):
        if rule_id in every:
            out[i] = (every[rule_id], terms.local_day(due, tz), tz)
    return out
