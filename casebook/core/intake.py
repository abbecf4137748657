"""Taking cases in: one path for a new case at the desk, an import and the demo.

`prepare` turns a submitted document into a checked, normalised one (rules
applied, staff and lists resolved); `insert` writes any number of prepared
documents with batched statements, so logging one case at the desk and
importing 100,000 share every line of logic and differ only in batch size.
Both run inside the caller's transaction.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field

from casebook.core import document, parts, rules, settings
from casebook.core.errors import InvalidInput, NotFound
from casebook.core.times import iso, parse_time, zone
from casebook.db import audit, search
from casebook.db.models import (Action, Amendment, Case, Customer, Deadline, Question, Staff)

BATCH = 500
SUBDOCS = ("hear", "ask", "follow", "reply", "reply.resolution", "record", "report")
LIST_FIELDS = (("channel", "channel"), ("category", "category"),
               ("reply.channel", "channel"), ("reply.resolution.type", "resolution_type"))


@dataclass
class Intake:
    """What an import or the demo created besides cases, for the summary line."""

    staff: dict[str, int]
    created_staff: list[str] = field(default_factory=list)
    created_entries: list[str] = field(default_factory=list)
    create_missing: bool = False
    codes: dict[tuple[str, str], str] = field(default_factory=dict)  # (list, text) → code


def prepare(book, doc: dict, *, by: str, intake: Intake) -> dict:
    """A checked copy of a submitted case document, every field normalised."""
    if not isinstance(doc, dict):
        raise InvalidInput("A case must be a JSON object.")
    tz = book.tz
    base = copy.deepcopy(doc)
    for path in SUBDOCS:
        if not isinstance(document.get_path(base, path), dict):
            document.set_path(base, path, {})
    new: dict = {"ref": (str(doc.get("ref") or "")).strip(), "tz": tz}
    for path, _, _ in document.FIELDS:
        document.set_path(new, path, document.coerce(path, document.get_path(base, path), tz))
    now = book.now()
    new["received_at"] = new["received_at"] or iso(now, tz)
    new["channel"] = new["channel"] or "walk_in"
    new["kind"] = new["kind"] or "complaint"
    new["nature"] = new["nature"] or "transactional"
    if new["kind"] not in ("complaint", "claim"):
        raise InvalidInput("{value} is not a kind of case (complaint or claim).",
                           value=new["kind"])
    new["severity"] = "major" if parts.is_major(new) else (new["severity"] or "general")
    new["hear"]["received_by"] = new["hear"]["received_by"] or by
    new["follow"]["owner"] = new["follow"]["owner"] or new["hear"]["received_by"]  # first contact owns it
    new["customer"] = document.customer_fields(base.get("customer") or {})
    new["customer"]["id"] = (base.get("customer") or {}).get("id")
    new["ask"]["qa"] = [{"q": str(x.get("q", "")), "a": str(x.get("a", ""))}
                        for x in base["ask"].get("qa") or [] if isinstance(x, dict)]
    new["follow"]["actions"] = [
        {"at": iso(parse_time(a.get("at"), tz) or now, tz), "by": a.get("by") or by,
         "note": str(a.get("note", "")), "internal": bool(a.get("internal")),
         "kind": a.get("kind") or "action"}
        for a in base["follow"].get("actions") or [] if isinstance(a, dict)]
    new["follow"]["next_reply_at"] = iso(parse_time(base["follow"].get("next_reply_at"), tz), tz)
    new["signed_content"] = doc.get("signed_content") or ""
    new["amendments"] = list(doc.get("amendments") or [])
    _resolve_names(book, new, intake)
    rules.check_recusal(new.get("subject_staff"), new["follow"]["owner"], doing="own")
    book._check_authority(new, by)
    if new["record"]["signed_at"] and not parts.reply(new).done:
        raise InvalidInput("A signed case needs its reply and resolution.")
    return new


def _resolve_names(book, doc: dict, intake: Intake) -> None:
    names = [document.get_path(doc, p) for p in ("subject_staff", "hear.received_by",
                                                  "follow.owner", "reply.approved_by")]
    names += [a["by"] for a in doc["follow"]["actions"]]
    names += [a.get("by") for a in doc["amendments"] if isinstance(a, dict)]
    for name in names:
        if name and name not in intake.staff:
            if not intake.create_missing:
                raise NotFound("No member of staff called {name}.", name=name)
            role = "manager" if name == document.get_path(doc, "reply.approved_by") else "desk"
            intake.staff[name] = Staff.create(name=name, role=role).id
            intake.created_staff.append(name)
    for path, list_name in LIST_FIELDS:
        value = document.get_path(doc, path)
        if value:
            code = intake.codes.get((list_name, value))
            if code is None:
                code, created = book.ensure_list_entry(list_name, value)
                intake.codes[(list_name, value)] = code
                if created:
                    intake.created_entries.append(f"{list_name}: {value}")
            document.set_path(doc, path, code)


def insert(book, docs: list[dict], *, by: str, intake: Intake, source: str = "") -> list[str]:
    """Write prepared documents; returns their references in order."""
    now = book.now()
    tz = book.tz
    counters = dict(settings.get("ref_counter"))
    prefix = settings.get("ref_prefix")
    taken = {r for (r,) in Case.select(Case.ref).where(
        Case.ref << [d["ref"] for d in docs if d["ref"]]).tuples()}
    refs = []
    for d in docs:
        if d["ref"]:
            if d["ref"] in taken:
                raise InvalidInput("Reference {ref} is already in use.", ref=d["ref"])
            taken.add(d["ref"])
            _bump(counters, d["ref"])
        else:
            year = str(parse_time(d["received_at"], tz).astimezone(zone(tz)).year)
            d["ref"] = _next_free(prefix, year, counters, taken)
        refs.append(d["ref"])
    settings.put("ref_counter", counters)
    customers = _customers(docs)
    targets = settings.get("targets")
    prev_hash = audit.last_hash()
    for start in range(0, len(docs), BATCH):
        batch = docs[start:start + BATCH]
        rows = []
        for d in batch:
            case = Case(ref=d["ref"], tz=tz, customer=customers[id(d)], created_at=now,
                        updated_at=now)
            document.write(case, d, intake.staff)
            if d["record"]["signed_at"]:
                content = d["signed_content"] or audit.canonical(document.signable(d))
                case.signed_content = content
                case.signed_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
            rows.append(case.__data__)
        Case.insert_many(rows).execute()
        ids = dict(Case.select(Case.ref, Case.id).where(
            Case.ref << [d["ref"] for d in batch]).tuples())
        _children(batch, ids, intake.staff, targets, now)
        search.index_many(book.db, ((ids[d["ref"]], document.search_terms(d)) for d in batch))
        for d in batch:
            changes = ({"source": [None, source]} if source else
                       {p: [None, v] for p, v in document.flatten_all(_public(d)).items()
                        if v not in (None, "", [], False)})
            prev_hash = audit.append(at=now, actor=by, case_ref=d["ref"], action="create",
                                     changes=changes, prev_hash=prev_hash)
    return refs


def _public(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in ("signed_content", "amendments", "tz")}


def _bump(counters: dict, ref: str) -> None:
    match = re.search(r"(\d{4})-(\d+)$", ref)
    if match and int(match.group(2)) > counters.get(match.group(1), 0):
        counters[match.group(1)] = int(match.group(2))


def _next_free(prefix: str, year: str, counters: dict, taken: set) -> str:
    number = counters.get(year, 0)
    while True:  # never reuse a reference, even one imported by hand
        number += 1
        ref = f"{prefix}{year}-{number:05d}"
        if ref not in taken and not Case.select().where(Case.ref == ref).exists():
            counters[year] = number
            taken.add(ref)
            return ref


def _customers(docs: list[dict]) -> dict[int, int | None]:
    """Customer ids per document: the same person is one record (repeat complaints)."""
    seen: dict[tuple, int] = {}
    out: dict[int, int | None] = {}
    for d in docs:
        c = d["customer"]
        if c.get("id") and Customer.get_or_none(Customer.id == c["id"]):
            out[id(d)] = c["id"]
            continue
        fields = {k: v for k, v in c.items() if k != "id"}
        if not any(fields.get(f) for f in ("name", "phone", "email")):
            out[id(d)] = None
            continue
        key = (fields.get("name", ""), fields.get("phone", ""), fields.get("email", ""))
        if key not in seen:
            found = document.find_customer(fields)
            seen[key] = found.id if found else Customer.insert(**fields).execute()
        out[id(d)] = seen[key]
    return out


def _children(batch: list[dict], ids: dict, staff: dict, targets: dict, now) -> None:
    questions, actions, due, amendments = [], [], [], []
    for d in batch:
        cid = ids[d["ref"]]
        tz = d["tz"]
        questions += [{"case": cid, "position": i, "q": qa["q"], "a": qa["a"]}
                      for i, qa in enumerate(d["ask"]["qa"])]
        actions += [{"case": cid, "at": parse_time(a["at"], tz), "by": staff.get(a["by"]),
                     "note": a["note"], "internal": a["internal"], "kind": a["kind"]}
                    for a in d["follow"]["actions"]]
        amendments += [{"case": cid, "at": parse_time(a.get("at"), tz) or now,
                        "by": staff.get(a.get("by")), "field": str(a.get("field", "")),
                        "before": a.get("before"), "after": a.get("after"),
                        "reason": str(a.get("reason", ""))} for a in d["amendments"]]
        due += [{"case": cid, "tz": tz, "owner": staff.get(d["follow"]["owner"]),
                 "created_at": now, **plan} for plan in plan_deadlines(d, targets)]
    for model, rows in ((Question, questions), (Action, actions), (Deadline, due),
                        (Amendment, amendments)):
        for start in range(0, len(rows), BATCH):
            model.insert_many(rows[start:start + BATCH]).execute()


def plan_deadlines(doc: dict, targets: dict) -> list[dict]:
    """The deadlines a new case starts with, done already where the case shows it."""
    tz = doc["tz"]
    received = parse_time(doc["received_at"], tz)
    reply_at = parse_time(doc["reply"]["at"], tz)
    first_contact = min([parse_time(a["at"], tz) for a in doc["follow"]["actions"]
                         if not a["internal"]] + ([reply_at] if reply_at else []), default=None)
    resolved = parts.reply(doc).done
    major = parts.is_major(doc)
    hours = dt.timedelta(hours=1)
    plans = [
        ("acknowledge", received + targets["acknowledge"] * hours, first_contact),
        ("resolution", received + targets["resolution"].get("major" if major else "general",
                                                            168) * hours,
         reply_at if resolved else None),
    ]
    if major:
        reported = parse_time(doc["report"]["at"], tz) if parts.is_reported(doc) else None
        plans.append(("report", received + targets["report"] * hours, reported))
    if doc["follow"]["next_reply_at"]:
        plans.append(("reply", parse_time(doc["follow"]["next_reply_at"], tz),
                      reply_at if resolved else None))
    if resolved and reply_at:
        called = parse_time(doc["record"]["signed_at"], tz) \
            if doc["record"]["satisfaction"] is not None else None
        plans.append(("callback", reply_at + targets["callback"] * hours, called))
    return [{"kind": kind, "due_at": due_at, "state": "done" if done else "pending",
             "done_at": done} for kind, due_at, done in plans]


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)
