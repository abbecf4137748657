"""A case as a document: the stored rows to and from the interchange shape.

`FIELDS` is the single map between document paths ("hear.account") and
columns; reading, writing, diffing for the audit log and the JSONL export
all go through it, so a new field is added in one place.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal

from casebook.core.cases import parts
from casebook.core.cases import remedy
from casebook.core.cases import rules
from casebook.core.time.times import iso, iso_text, parse_time
from casebook.db import search
from casebook.errors import InvalidInput
from casebook.i18n.translate import N_
from casebook.db.models import (Action, Case, Customer, Deadline, Incident, MergedCase,
                                Question, Staff)

# (document path, column, kind)
FIELDS = [
    ("received_at", "received_at", "time"),
    ("channel", "channel", "text"),
    ("kind", "kind", "text"),
    ("severity", "severity", "text"),
    ("major_triggers", "major_triggers", "list"),
    ("category", "category", "text"),
    ("nature", "nature", "text"),
    ("about", "about", "about"),
    ("sale", "sale", "sale"),
    ("subject_staff", "subject_staff", "staff"),
    ("waiting_on_customer", "waiting_on_customer", "bool"),
    ("root_cause", "root_cause", "text"),
    ("preventive_action", "preventive_action", "text"),
    ("hear.account", "hear_account", "text"),
    ("hear.remedy_sought", "hear_remedy", "text"),
    ("hear.remedy_type", "hear_remedy_type", "remedy"),
    ("hear.amount", "hear_amount", "amount"),
    ("hear.received_by", "hear_received_by", "staff"),
    ("hear.mood", "hear_mood", "text"),
    ("ask.event_at", "ask_event_at", "time"),
    ("ask.place", "ask_place", "text"),
    ("ask.item", "ask_item", "text"),
    ("ask.delivered_at", "ask_delivered_at", "time"),
    ("ask.returned_at", "ask_returned_at", "time"),
    ("ask.summary", "ask_summary", "text"),
    ("ask.summary_confirmed", "ask_summary_confirmed", "bool"),
    ("follow.owner", "owner", "staff"),
    ("reply.at", "reply_at", "time"),
    ("reply.channel", "reply_channel", "text"),
    ("reply.text", "reply_text", "text"),
    ("reply.resolution.type", "resolution_type", "text"),
    ("reply.resolution.amount", "resolution_amount", "amount"),
    ("reply.resolution.currency", "resolution_currency", "currency"),
    ("reply.resolution.text", "resolution_text", "text"),
    ("reply.accepted", "reply_accepted", "optbool"),
    ("reply.approved_by", "approved_by", "staff"),
    ("record.signed_at", "signed_at", "time"),
    ("record.satisfaction", "satisfaction", "int"),
    ("report.to", "report_to", "text"),
    ("report.at", "report_at", "time"),
    ("report.means", "report_means", "text"),
    ("report.acknowledged_at", "report_ack_at", "time"),
]
FIELD_PATHS = {path for path, _, _ in FIELDS}
KINDS = {path: kind for path, _, kind in FIELDS}
CUSTOMER_FIELDS = ("name", "phone", "email", "address", "unit", "account", "language")
# Fields that hold one code of a fixed set (the interchange format names them).
CHOICES = {"remedy": remedy.REMEDIES, "about": ("goods", "service", "personal_data"),
           "sale": ("premises", "distance", "off_premises")}
CHOICE_ERRORS = {"remedy": N_("{value} is not a remedy ({codes})."),
                 "about": N_("{value} is not what a case can be about ({codes})."),
                 "sale": N_("{value} is not a way of selling ({codes}).")}
# Fields added after forms were first signed (schema 5, the law): content signed before
# them has no such keys, so `signable` leaves them out while they are empty.
LATER_FIELDS = ("about", "sale", "hear.remedy_type", "hear.amount", "ask.delivered_at",
                "ask.returned_at")
SIGNED_EXCLUDE = ("state", "customer", "follow.next_reply_at", "follow.actions", "record",
                  "waiting_on_customer", "signed_content", "amendments", "incident", "merged",
                  "deadlines")


@functools.cache
def _keys(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


# FIELDS with each path split once: the loops below run per field of every case.
_PLAN = [(_keys(path), kind) for path, _, kind in FIELDS]


def get_path(doc: dict, path: str):
    return _get(doc, _keys(path))


def _get(doc: dict, keys: tuple[str, ...]):
    value = doc
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def set_path(doc: dict, path: str, value) -> None:
    _set(doc, _keys(path), value)


def _set(doc: dict, keys: tuple[str, ...], value) -> None:
    for key in keys[:-1]:
        doc = doc.setdefault(key, {})
    doc[keys[-1]] = value


GROUPS = {path.rsplit(".", i)[0] for path in FIELD_PATHS for i in (1, 2) if "." in path}


def flatten(changes: dict, prefix: str = "") -> dict:
    """{"hear": {"account": x}} → {"hear.account": x}; lists and the customer stay whole."""
    out = {}
    for key, value in changes.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and path in GROUPS:
            out.update(flatten(value, path + "."))
        else:
            out[path] = value
    return out


def flatten_all(doc: dict, prefix: str = "") -> dict:
    """Every leaf of a document by path; the customer and lists stay whole."""
    out = {}
    for key, value in doc.items():
        if isinstance(value, dict) and key != "customer":
            out.update(flatten_all(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def staff_names() -> dict[int, str]:
    return dict(_rows("staff", None))


# The fixed reads behind `to_doc`, each (fields, query for a case id). Saving an edit
# reads the whole case up to three times, and peewee writing one of these statements
# costs twenty times what SQLite takes to run it; so each is written once per kind of
# database (`_statement`) and its rows converted by the same fields as a model would.
_READS = {
    "staff": ((Staff.id, Staff.name), lambda _: Staff.select(Staff.id, Staff.name)),
    "qa": ((Question.q, Question.a),
           lambda cid: Question.select(Question.q, Question.a).where(Question.case == cid)
           .order_by(Question.position)),
    "actions": ((Action.at, Action.by, Action.note, Action.internal, Action.kind),
                lambda cid: Action.select(Action.at, Action.by, Action.note, Action.internal,
                                          Action.kind).where(Action.case == cid)
                .order_by(Action.at, Action.id)),
    "reply": ((Deadline.due_at, Deadline.tz),
              lambda cid: Deadline.select(Deadline.due_at, Deadline.tz)
              .where((Deadline.case == cid) & (Deadline.kind == "reply")
                     & (Deadline.state << ("pending", "missed")))
              .order_by(Deadline.due_at.desc()).limit(1)),
    # the event the case is about, and the references merged into it (they redirect here)
    "incident": ((Incident.ref, Incident.title, Incident.place),
                 lambda iid: Incident.select(Incident.ref, Incident.title, Incident.place)
                 .where(Incident.id == iid)),
    "merged": ((MergedCase.ref,), lambda cid: MergedCase.select(MergedCase.ref)
               .where(MergedCase.survivor == cid).order_by(MergedCase.id)),
}
_PROBE = -987_654_321  # no row has this id: it marks the parameter that takes the case's id


@functools.lru_cache(maxsize=None)
def _statement(kind: type, name: str) -> tuple[str, tuple]:
    sql, params = _READS[name][1](_PROBE).sql()
    return sql, tuple(params)


def _rows(name: str, case_id: int | None) -> list[list]:
    """The rows of a fixed read for one case (or, for "incident", one incident) id."""
    db = Case._meta.database
    sql, params = _statement(type(db.obj), name)
    fields = _READS[name][0]
    cursor = db.execute_sql(sql, [case_id if p == _PROBE else p for p in params])
    return [[f.python_value(v) for f, v in zip(fields, row)] for row in cursor]


# The parts of a document read from tables of their own, not from the case's row.
PARTS = ("qa", "actions", "reply", "incident", "merged")


def to_doc(case: Case, *, names: dict[int, str] | None = None, since: dict | None = None,
           changed: Iterable[str] = PARTS) -> dict:
    """The whole case as a JSON-ready document.

    `since`: this case's document as read earlier in the same transaction; its `PARTS`
    not named in `changed` are taken from it rather than read again (a save reads the
    case before and after its change, and most saves change its row alone)."""
    names = names if names is not None else staff_names()
    doc: dict = {"ref": case.ref, "state": case.state, "tz": case.tz}
    for path, column, kind in FIELDS:
        set_path(doc, path, _out(case, column, kind, names))
    customer = case.customer
    doc["customer"] = {f: getattr(customer, f) if customer else "" for f in CUSTOMER_FIELDS}
    doc["customer"]["id"] = customer.id if customer else None
    reread = set(PARTS) if since is None else set(changed)
    doc["ask"]["qa"] = ([{"q": q, "a": a} for q, a in _rows("qa", case.id)]
                        if "qa" in reread else copy.deepcopy(since["ask"]["qa"]))
    doc["follow"]["actions"] = ([
        {"at": iso(at, case.tz), "by": names.get(by_id, ""), "note": note,
         "internal": internal, "kind": kind}
        for at, by_id, note, internal, kind in _rows("actions", case.id)]
        if "actions" in reread else copy.deepcopy(since["follow"]["actions"]))
    doc["follow"]["next_reply_at"] = (next_reply_at(case) if "reply" in reread
                                      else since["follow"]["next_reply_at"])
    doc["record"]["signed_hash"] = case.signed_hash
    if "incident" in reread:
        incident = _rows("incident", case.incident_id) if case.incident_id else []
        doc["incident"] = (dict(zip(("ref", "title", "place"), incident[0])) if incident
                           else None)
    else:
        doc["incident"] = copy.deepcopy(since["incident"])
    doc["merged"] = ([ref for (ref,) in _rows("merged", case.id)] if "merged" in reread
                     else list(since["merged"]))
    return doc


def next_reply_at(case: Case) -> str | None:
    """The reply time agreed with the customer: the latest open reply deadline's."""
    reply = _rows("reply", case.id)
    return iso(*reply[0]) if reply else None


def _out(case: Case, column: str, kind: str, names: dict[int, str]):
    if kind == "staff":
        sid = getattr(case, column + "_id")
        return names.get(sid) if sid else None
    value = getattr(case, column)
    if kind == "time":
        return iso(value, case.tz)
    if kind == "amount":
        return value or None
    return value


def text(value) -> str:
    """User text as it is stored: NUL characters dropped, the same at every way in.

    A NUL means nothing to a reader, cannot be typed, and is a trap in storage:
    PostgreSQL refuses it, SQLite's own text functions and tools stop at it.
    It arrives only inside pasted or imported junk, so it is dropped rather
    than refused (a refusal would name a character nobody can see).
    """
    if value is None:
        return ""
    value = str(value).replace("\x00", "")
    if value.isascii():  # most text, known at once (Python keeps the flag): nothing to do
        return value
    # A lone surrogate (only a JSON "\\ud800" escape can make one) cannot be stored as UTF-8:
    # it becomes the replacement character, as an undecodable byte would.
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_nul(value):
    """`text()` applied to every string inside a JSON-like value (settings, labels)."""
    if isinstance(value, str):
        return text(value)
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_nul(v) for v in value]
    return value


def coerce(path: str, value, tz: str):
    """A document value as stored: times parsed, amounts checked, text stripped of NULs."""
    return _coerce(KINDS.get(path, "text"), value, tz)


def _coerced_function():
    """`coerced` written out as one function from `FIELDS`: each part of the document read
    once (a part that is not an object reads as empty, as `get_path` does), each value
    coerced by its kind, the result built as nested literals in the order of `FIELDS`.
    Taking in 100,000 cases spent a sixth of preparing them in the loop this replaces."""
    tree: dict = {}  # the nested shape of FIELDS, in order: {key: kind or subtree}
    for keys, kind in _PLAN:
        node = tree
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = kind
    lines = ["def coerced(doc, tz):"]

    def read(node: dict, source: str, depth: int) -> str:
        items = []
        for key, kind in node.items():
            value = f"{source}.get({key!r})"
            if isinstance(kind, dict):
                part = f"p{depth}_{len(lines)}"
                lines.append(f"    {part} = {value}")
                lines.append(f"    {part} = {part} if isinstance({part}, dict) else EMPTY")
                items.append(f"{key!r}: {read(kind, part, depth + 1)}")
            elif kind == "text":
                items.append(f"{key!r}: text({value})")
            elif kind == "time":
                items.append(f"{key!r}: iso_text({value}, tz)")
            else:
                items.append(f"{key!r}: coerce_kind({kind!r}, {value}, tz)")
        return "{" + ", ".join(items) + "}"

    body = read(tree, "doc", 0)
    lines.append(f"    return {body}")
    scope = {"text": text, "iso_text": iso_text, "coerce_kind": _coerce, "EMPTY": {}}
    exec(compile("\n".join(lines), "<coerced>", "exec"), scope)
    return scope["coerced"]


def coerced(doc: dict, tz: str) -> dict:
    """Every field of `FIELDS` read from a submitted document and coerced, nested as in
    the document: the one loop behind taking a case in (100,000 times for the demo)."""
    return _coerced(doc, tz)


def _coerce(kind: str, value, tz: str):
    if kind == "text":  # the commonest kind first
        return text(value)
    if kind == "time":
        return iso_text(value, tz)
    if kind == "amount":
        amount = rules.parse_amount(value)
        return None if amount is None else str(amount)
    if kind == "currency":
        return text(value).strip().upper()[:3]
    if kind in CHOICES:
        code = text(value).strip()
        if code and code not in CHOICES[kind]:
            raise InvalidInput(CHOICE_ERRORS[kind], value=code, codes=", ".join(CHOICES[kind]))
        return code
    if kind in ("bool",):
        return bool(value)
    if kind == "optbool":
        return None if value is None else bool(value)
    if kind == "int":
        return None if value in (None, "") else int(value)
    if kind == "list":
        return sorted(set(value or []))
    if kind == "staff":
        return text(value) or None
    return text(value)


_coerced = _coerced_function()


def columns(doc: dict, staff_ids: dict[str, int], tz: str) -> dict:
    """The document's scalar fields as column values of its `case` row."""
    row = {}
    for (keys, kind), (_, column, _) in zip(_PLAN, FIELDS):
        value = _get(doc, keys)
        if kind == "staff":
            row[column] = staff_ids[value] if value else None
        elif kind == "time":
            row[column] = parse_time(value, tz)
        elif kind == "amount":
            row[column] = value or ""
        else:
            row[column] = value
    row["severity"] = "major" if parts.is_major(doc) else (doc.get("severity") or "general")
    row["state"] = parts.derive_state(doc)
    return row


def write(case: Case, doc: dict, staff_ids: dict[str, int]) -> None:
    """Copy the document's scalar fields onto the row (not saved here)."""
    for column, value in columns(doc, staff_ids, case.tz).items():
        setattr(case, column, value)


def signable(doc: dict) -> dict:
    """The part of a case the customer signs: everything but live bookkeeping."""
    frozen = {k: v for k, v in doc.items() if k not in _SIGNED_TOP}
    for head, keys in _SIGNED_SUB.items():
        if isinstance(frozen.get(head), dict):
            frozen[head] = {k: v for k, v in frozen[head].items() if k not in keys}
    for path in LATER_FIELDS:  # absent while empty, as in content signed before they existed
        keys = _keys(path)
        part = frozen if len(keys) == 1 else frozen.get(keys[0])
        if isinstance(part, dict) and part.get(keys[-1]) in (None, ""):
            if part is not frozen:
                part = frozen[keys[0]] = dict(part)
            part.pop(keys[-1], None)
    return frozen


_SIGNED_TOP = {p for p in SIGNED_EXCLUDE if "." not in p}
_SIGNED_SUB: dict[str, set] = {}
for _path in SIGNED_EXCLUDE:
    if "." in _path:
        _SIGNED_SUB.setdefault(_path.split(".")[0], set()).add(_path.split(".", 1)[1])


def customer_fields(values: dict) -> dict:
    return {f: text(values.get(f)) for f in CUSTOMER_FIELDS if f in values}


def find_customer(values: dict) -> Customer | None:
    """The same person, when name and phone (or email) agree: repeat complaints show."""
    name = (values.get("name") or "").strip()
    if not name:
        return None
    for key in ("phone", "email", "account"):
        other = (values.get(key) or "").strip()
        if other:
            found = (Customer.select().where((Customer.name == name)
                                             & (getattr(Customer, key) == other)).first())
            if found:
                return found
    return None


def money(doc: dict) -> Decimal | None:
    return rules.parse_amount(get_path(doc, "reply.resolution.amount"))


def search_terms(doc: dict) -> list[str]:
    """What the search finds a case by: its reference, customer and every free text."""
    return with_customer(doc, case_words(doc))


def case_words(doc: dict) -> list[str]:
    """The search words of a case's own texts: all but its reference's and its customer's
    (a bulk intake finds them before either is known: cases/ahead.py)."""
    return search.document(case_texts(doc))


def case_texts(doc: dict) -> list[str]:
    """A case's own texts, as `case_words` finds their words."""
    texts = [doc["hear"]["account"], doc["hear"]["remedy_sought"], doc["ask"]["place"],
             doc["ask"]["item"], doc["ask"]["summary"], doc["reply"]["text"],
             doc["reply"]["resolution"]["text"], doc["report"]["to"], doc["root_cause"],
             doc["preventive_action"]]
    texts += [qa["q"] + " " + qa["a"] for qa in doc["ask"]["qa"]]
    texts += [a["note"] for a in doc["follow"]["actions"]]
    texts += doc.get("merged") or []  # a merged case's reference finds the survivor
    return texts


def with_customer(doc: dict, words: list[str]) -> list[str]:
    """A case's search terms: its reference's and customer's words, then `case_words`,
    then its customer's phone — the same list as indexing all its texts at once, since a
    line break ends every token."""
    c = doc["customer"]
    return search.document([doc["ref"], c.get("name"), c.get("email"), c.get("address"),
                            c.get("unit"), c.get("account")], [c.get("phone") or ""],
                           words=words)


def case_terms(case: Case) -> list[str]:
    """What the search index holds for a case as it is now (its old tokens, read before
    a change, unindex it: db/search.py). Read from a fresh row: the caller's keeps no
    customer cached from before the change (an erasure scrubs the customer after)."""
    return search_terms(to_doc(Case.get_by_id(case.id)))


def _every_case_terms(db) -> Iterator[tuple[int, list[str]]]:
    """(id, search tokens) of every case as it is now, for rebuilding the search index."""
    names = staff_names()
    last = 0
    while True:
        cases = list(Case.select().where(Case.id > last).order_by(Case.id).limit(500))
        if not cases:
            return
        for case in cases:
            yield case.id, search_terms(to_doc(case, names=names))
        last = cases[-1].id


search.every_case = _every_case_terms
