"""Taking cases in: one path for a new case at the desk, an import and the demo.

`prepare` turns a submitted document into a checked, normalised one (rules
applied, staff and lists resolved); `insert` writes any number of prepared
documents with batched statements, so logging one case at the desk and
importing 100,000 share every line of logic and differ only in batch size.
Both run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from casebook.core import collector
from casebook.core import settings
from casebook.core.cases import ahead
from casebook.core.cases import document
from casebook.core.cases import parts
from casebook.core.cases import remedy
from casebook.core.cases import rules
from casebook.core.cases.rows import CaseRows
from casebook.core.law import rulebook as law_rules
from casebook.core.law import statutory
from casebook.core.time.calendar import BusinessCalendar
from casebook.errors import InvalidInput, KnownError, NotFound
from casebook.core.time.times import iso, iso_text, parse_time, zone
from casebook.db import audit, search
from casebook.db.connection import is_sqlite
from casebook.db.models import Action, Amendment, Case, Customer, Deadline, Question, Staff

BATCH = 500
STATISTICS_AFTER = 1000  # cases taken in at once, after which the planner's are refreshed
LIST_FIELDS = (("channel", "channel"), ("category", "category"),
               ("reply.channel", "channel"), ("reply.resolution.type", "resolution_type"))


@dataclass
class Intake:
    """One intake's lookups, read once, and what it created besides cases."""

    staff: dict[str, int]
    roles: dict[str, str]
    tz: str
    limits: dict
    create_missing: bool = False
    # an import: the file's cases are history, so today's authority limits refuse none of
    # them (the importer names the ones above a limit with no recorded approval)
    history: bool = False
    created_staff: list[str] = field(default_factory=list)
    created_entries: list[str] = field(default_factory=list)
    codes: dict[tuple[str, str], str] = field(default_factory=dict)  # (list, text) → code
    customers: _CustomerIndex | None = None  # every customer, once a large intake read them
    rows: CaseRows | None = None  # the tables' column plans, made once

    @classmethod
    def start(cls, book, *, create_missing: bool = False, history: bool = False) -> Intake:
        people = list(Staff.select(Staff.id, Staff.name, Staff.role))
        return cls(staff={s.name: s.id for s in people}, roles={s.name: s.role for s in people},
                   tz=book.tz, limits=settings.get("authority_limits"),
                   create_missing=create_missing, history=history)


def prepare(book, doc: dict, *, by: str, intake: Intake) -> dict:
    """A checked copy of a submitted case document, every field normalised."""
    if not isinstance(doc, dict):
        raise InvalidInput("A case must be a JSON object.")
    tz = intake.tz
    base = doc  # read only: the submitted document is never changed
    new: dict = {"ref": document.text(doc.get("ref")).strip(), "tz": tz,
                 **document.coerced(base, tz)}
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
    # a case without the remedy's code gets it from the customer's words (imports, scripts)
    new["hear"]["remedy_type"] = (new["hear"]["remedy_type"]
                                  or remedy.from_words(new["hear"]["remedy_sought"]))
    new["follow"]["owner"] = new["follow"]["owner"] or new["hear"]["received_by"]  # first contact owns it
    new["customer"] = document.customer_fields(base.get("customer") or {})
    new["customer"]["id"] = (base.get("customer") or {}).get("id")
    if (base.get("customer") or {}).get("erased") is True:  # an export of an erased one
        new["customer"]["erased"] = True
    new["ask"]["qa"] = [{"q": document.text(x.get("q")), "a": document.text(x.get("a"))}
                        for x in _part(base, "ask").get("qa") or [] if isinstance(x, dict)]
    new["follow"]["actions"] = [
        {"at": iso_text(a.get("at"), tz) or iso(now, tz),
         "by": document.text(a.get("by")) or by,
         "note": document.text(a.get("note")), "internal": bool(a.get("internal")),
         "kind": a.get("kind") or "action"}
        for a in _part(base, "follow").get("actions") or [] if isinstance(a, dict)]
    new["follow"]["next_reply_at"] = iso_text(_part(base, "follow").get("next_reply_at"), tz)
    given = _part(base, "follow").get("deadlines")
    if given is not None:  # an export's deadlines, kept as they were (see `_deadlines`)
        new["deadlines"] = _deadlines(given, tz)
    new["signed_content"] = doc.get("signed_content") or ""
    new["amendments"] = list(doc.get("amendments") or [])
    _resolve_names(book, new, intake)
    rules.check_recusal(new.get("subject_staff"), new["follow"]["owner"], doing="own")
    if not intake.history:
        rules.check_authority(document.money(new), role=intake.roles.get(by, "desk"),
                              limits=intake.limits,
                              approver_role=intake.roles.get(new["reply"]["approved_by"] or ""))
    if new["record"]["signed_at"] and not parts.reply(new).done:
        raise InvalidInput("A signed case needs its reply and resolution.")
    return new


DEADLINE_STATES = ("pending", "done", "missed", "cancelled")


def _deadlines(given, tz: str) -> list[dict]:
    """`follow.deadlines` of an export, checked: a moved casebook keeps its deadlines as they
    were (done, snoozed, paused, missed) instead of planning new ones."""
    if not isinstance(given, list) or not all(isinstance(x, dict) for x in given):
        raise InvalidInput("follow.deadlines must be a list of deadlines.")
    out = []
    for x in given:
        kind, state = document.text(x.get("kind")).strip(), x.get("state", "pending")
        due_at = iso_text(x.get("due_at"), tz)
        if not kind or len(kind) > 20 or due_at is None or state not in DEADLINE_STATES:
            raise InvalidInput("A deadline needs its kind, its due time and its state "
                               "({states}).", states=", ".join(DEADLINE_STATES))
        out.append({"kind": kind, "due_at": due_at, "state": state,
                    **{k: iso_text(x.get(k), tz)
                       for k in ("done_at", "snoozed_until", "paused_at")},
                    "note": document.text(x.get("note")),
                    "rule": document.text(x.get("rule"))[:80],
                    "owner": document.text(x.get("owner")) or None})
    return out


def _part(doc: dict, key: str) -> dict:
    value = doc.get(key)
    return value if isinstance(value, dict) else {}


def _resolve_names(book, doc: dict, intake: Intake) -> None:
    names = [document.get_path(doc, p) for p in ("subject_staff", "hear.received_by",
                                                  "follow.owner", "reply.approved_by")]
    names += [a["by"] for a in doc["follow"]["actions"]]
    names += [a.get("by") for a in doc["amendments"] if isinstance(a, dict)]
    names += [x["owner"] for x in doc.get("deadlines") or ()]
    for name in names:
        if name and name not in intake.staff:
            if not intake.create_missing:
                raise NotFound("No member of staff called {name}.", name=name)
            # a name in a file is a record of who did something, never an account with
            # authority: it becomes inactive desk staff (roles come from a staff list)
            intake.staff[name] = Staff.create(name=name, role="desk", active=False).id
            intake.roles[name] = "desk"
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


def write_many(book, docs: Iterable[dict], *, by: str, intake: Intake, source: str = "",
               batch: int = 2000, each: Callable[[int], None] | None = None,
               statistics: bool = True, keep_refs: bool = True,
               count: int | None = None) -> list[str]:
    """Take in any number of submitted documents, streamed: prepared, written and their
    drawn signatures stored `batch` at a time, so memory stays flat however many there
    are (the demo's 1,000,000 cases; an import). Runs in the caller's transaction;
    returns the references in order. `each(i)` is called before the i-th document is
    taken in (progress). `count`, the number of documents if known, lets a large intake
    prepare them in a second process while this one writes (cases/ahead.py). `statistics`
    False: the caller refreshes the planner's statistics itself (after building indexes);
    `keep_refs` False: returns no references (a million of them would be 70 MB).

    The same rows as `prepare` and `insert` of the whole list at once: references,
    customers and the audit chain continue from one batch to the next."""
    from casebook.core.cases import signatures

    refs: list[str] = []
    prepared: list[dict] = []
    drawn: list[dict] = []
    found: list[ahead.Ready | None] = []  # what the second process finished of each
    written_count = 0
    now = book.now()  # one intake, one time: its rows' created_at and the plans' "now"

    def flush():
        nonlocal written_count
        written = insert(book, prepared, by=by, intake=intake, source=source, analyze=False,
                         now=now, found=found)
        signatures.attach(book, ((ref, d, p["record"]["signed_at"], p["follow"]["owner"])
                                 for ref, d, p in zip(written, drawn, prepared)), intake.staff)
        written_count += len(written)
        if keep_refs:
            refs.extend(written)
        prepared.clear()
        drawn.clear()
        found.clear()

    with collector.paused():  # cases streaming through hold no cycles
        for i, ready in enumerate(ready_ahead(book, docs, by=by, intake=intake, now=now,
                                              count=count)):
            if each is not None:
                each(i)
            if ready.doc is not None:  # prepared here: it may need the casebook
                prepared.append(prepare(book, ready.doc, by=by, intake=intake))
                drawn.append(signatures.read(ready.doc))
                found.append(None)
            else:
                prepared.append(ready.prepared)
                drawn.append(ready.drawn)
                found.append(ready)
            # the first batch a quarter: until it is written, this process only waits
            if len(prepared) >= (batch if written_count else batch // 4):
                flush()
        if prepared:
            flush()
    if statistics and written_count >= STATISTICS_AFTER:
        refresh_statistics(book)
    return refs


class _Planner:
    """A new case's first deadlines (`plan_deadlines` and the law's), from the casebook's
    targets, hours and rules read once."""

    def __init__(self, book, now: dt.datetime):
        self.now = now
        self.targets = settings.get("targets")
        self.calendar = BusinessCalendar.from_settings(settings.get("business_hours"),
                                                       book.tz)
        self.statutes = law_rules.current()

    def __call__(self, doc: dict) -> list[dict]:
        return (plan_deadlines(doc, self.targets, self.calendar, self.now)
                + statutory.plan(doc, self.statutes, self.calendar, self.now))


def ready_ahead(book, items: Iterable, *, by: str, intake: Intake, now: dt.datetime,
                count: int | None, document_of: Callable[[object], dict] = lambda doc: doc,
                ) -> Iterator[ahead.Ready]:
    """Each item (a submitted document, or what holds one: `document_of(item)`, which may
    raise a KnownError to have it taken in here), prepared and finished in a second
    process when that pays (`ahead`); otherwise, and for what the second process cannot
    do, `Ready.doc` is the item as it came, for this process to take in. Rows finished
    ahead are written by `insert` given the same `now`."""
    if count is None or not ahead.worth_it(count):
        return (ahead.Ready(doc=item) for item in items)
    # the child's lookups: every staff name and list value the casebook holds now; what
    # it does not know comes back to be prepared here (which may create it)
    known = Intake(staff=dict(intake.staff), roles=dict(intake.roles), tz=intake.tz,
                   limits=intake.limits, history=intake.history,
                   codes={**_list_codes(book), **intake.codes})
    looks_up = _LookupsOnly(book.now)
    plan = _Planner(book, now)  # read here: the child reads nothing of the casebook

    numbering = _Numbering.start(intake.tz)  # the references the parent will most likely give
    tables = CaseRows()

    def work(item, effort: int) -> ahead.Ready:
        """`item` prepared (effort 0), finished as rows under the reference guessed (1), and
        `completed` (2): the writer does the rest."""
        from casebook.core.cases import signatures

        if len(numbering.taken) >= 10_000:
            # a guess needs no memory of every reference (a million would hold 70 MB): the
            # writer numbers each case itself and uses these rows only if the guess was right
            numbering.taken.clear()
        try:
            doc = document_of(item)
            prepared = prepare(looks_up, doc, by=by, intake=known)
            drawn = signatures.read(doc)
        except KnownError:
            # taken in by the writer, which numbers it if it is right: so are the guesses
            _guess_number(numbering, item, document_of, intake.tz, book.now)
            raise
        try:
            ref = numbering.number(prepared)
        except KnownError:  # a reference given twice: the parent says so in its place
            return ahead.Ready(prepared=prepared, drawn=drawn)
        if effort == 0:  # the writer has the time: it finishes the case
            return ahead.Ready(prepared=prepared, drawn=drawn)
        ready = finish(tables, {**prepared, "ref": ref}, staff=known.staff, now=now,
                       planner=plan, words=effort == 2)
        if effort == 2:
            completed(tables, ready)
        ready.prepared, ready.drawn = _brief(prepared), drawn
        ready.packed = ahead.pack(prepared)
        return ready
    return ahead.prepared_ahead(book.db, items, work)


def _guess_number(numbering: _Numbering, item, document_of, tz: str, now) -> None:
    """The reference the writer will give a case the second process leaves to it, if it
    takes the case in: numbered as `prepare` and `_Numbering.number` would."""
    try:
        doc = document_of(item)
        numbering.number({"ref": document.text(doc.get("ref")).strip(),
                          "received_at": iso_text(doc.get("received_at"), tz) or iso(now(), tz)})
    except (KnownError, AttributeError):  # wrong either way: the intake stops there
        pass


def _brief(d: dict) -> dict:
    """What the writer reads of a case finished ahead (`insert`, `write_many`, an import's
    loader): its numbering, customer, owner, signature and approval. The whole document
    travels packed, read only if the writer must finish the case again (`Ready.whole`):
    unpacking every case cost the writer as much as writing its rows."""
    reply = d["reply"]
    return {"ref": d["ref"], "received_at": d["received_at"], "customer": d["customer"],
            "follow": {"owner": d["follow"]["owner"]},
            "record": {"signed_at": d["record"]["signed_at"]},
            "reply": {"approved_by": reply["approved_by"],
                      "resolution": {"amount": reply["resolution"]["amount"]}}}


class _LookupsOnly:
    """What `prepare` asks of a casebook, in the second process: the time, and list codes
    from the copy taken before it started (an unknown value is prepared by the parent)."""

    def __init__(self, now: Callable[[], dt.datetime]):
        self.now = now

    def ensure_list_entry(self, list_name: str, text: str):
        raise ahead.TakenInHere("a list value the casebook does not hold yet")


def _list_codes(book) -> dict[tuple[str, str], str]:
    """(list, code or any label) → code, for the lists a case names, as
    `Casebook.ensure_list_entry` finds them (the first entry that matches)."""
    codes: dict[tuple[str, str], str] = {}
    for list_name in {name for _, name in LIST_FIELDS}:
        for entry in book.list_entries(list_name, active_only=False):
            for text in (entry.code, *entry.labels.values()):
                codes.setdefault((list_name, text), entry.code)
    return codes


def refresh_statistics(book) -> None:
    """After a bulk load, which changes the shape of the tables: fresh statistics for the
    planner (a server's autovacuum gathers its own)."""
    if is_sqlite(book.db):
        book.db.execute_sql("ANALYZE")


def insert(book, docs: list[dict], *, by: str, intake: Intake, source: str = "",
           analyze: bool = True, now: dt.datetime | None = None,
           found: list[ahead.Ready | None] | None = None) -> list[str]:
    """Write prepared documents; returns their references in order. `found`, beside each
    document, what a second process finished of it already (cases/ahead.py), or None."""
    now = now or book.now()
    found = found or [None] * len(docs)
    numbering = _Numbering.start(intake.tz)
    given = [d["ref"] for d in docs if d["ref"]]
    for start in range(0, len(given), BATCH):
        numbering.taken.update(case_ids(given[start:start + BATCH]))
    fresh = []
    for i, d in enumerate(docs):
        if not d["ref"]:
            fresh.append(i)
        d["ref"] = numbering.number(d)
    _reissue_clashes(docs, fresh, numbering)
    refs = [d["ref"] for d in docs]
    settings.put("ref_counter", numbering.counters)
    customers = _customers(book.db, docs, intake)
    as_stored = _as_stored(docs, customers)
    planner = _Planner(book, now)
    chain = audit.Chain.resume()
    tables = intake.rows or CaseRows()
    intake.rows = tables
    for start in range(0, len(docs), BATCH):
        batch = docs[start:start + BATCH]
        finished = []
        for d, ready in zip(batch, found[start:start + BATCH]):
            if ready is None:
                ready = finish(tables, d, staff=intake.staff, now=now, planner=planner)
            elif ready.ref != d["ref"]:  # left to this process, or numbered otherwise
                ready = finish(tables, _whole(d, ready), staff=intake.staff, now=now,
                               planner=planner)
            finished.append(completed(tables, ready))
        tables.case.write([tables.with_customer(ready.case, customers[id(d)])
                           for d, ready in zip(batch, finished)])
        ids = case_ids([d["ref"] for d in batch])
        written = tables.write_children([(ids[d["ref"]], ready.parts)
                                         for d, ready in zip(batch, finished)])
        search.index_many(book.db, (
            (ids[d["ref"]], document.with_customer(as_stored(d), ready.words))
            for d, ready in zip(batch, finished)))
        for d, ready, ahead_of in zip(batch, finished, found[start:start + BATCH]):
            changes = ({"source": [None, source]} if source else
                       _created(_whole(d, ahead_of)))
            cid = ids[d["ref"]]
            chain.add(at=now, actor=by, case_ref=d["ref"], action="create", changes=changes,
                      state=tables.digests(cid, ready.case, customers[id(d)], written[cid]))
        chain.flush()
    if analyze and len(docs) >= 1000:
        refresh_statistics(book)
    return refs


def finish(tables: CaseRows, d: dict, *, staff: dict[str, int], now: dt.datetime,
           planner: _Planner, words: bool = True) -> ahead.Ready:
    """A prepared, numbered case as the rows it is written as, but for the ids the
    database gives (its own, its customer's, its parts'): the case's row (stored and
    read-back values), its parts' rows table by table, and the search words of its own
    texts (the writer adds its reference's and its customer's as the casebook holds them);
    `words` False leaves the texts' words to be found later (`Ready.texts`, `completed`)."""
    tz = d["tz"]
    row = tables.values(d, staff, tz)  # document.columns, written out
    row.update(ref=d["ref"], tz=tz, customer=None, created_at=now, updated_at=now)
    if d["record"]["signed_at"]:
        content = d["signed_content"] or audit.canonical(document.signable(d))
        row["signed_content"] = content
        row["signed_hash"] = hashlib.sha256(content.encode("utf-8")).hexdigest()
    return ahead.Ready(ref=d["ref"], case=tables.case_row(row),
                       parts=tables.parts_rows(_parts(d, staff, now, planner)),
                       words=document.case_words(d) if words else None,
                       texts=None if words else document.case_texts(d))


def completed(tables: CaseRows, ready: ahead.Ready) -> ahead.Ready:
    """A finished case with the work done that either process may do (the second does it
    while the writer is behind: cases/ahead.py): the search words of its texts found, its
    signed content packed, its values written as its digests' text (`CaseRows.completed`)."""
    if ready.words is None:
        ready.words, ready.texts = search.document(ready.texts), None
    if not ready.completed:
        ready.case, ready.parts = tables.completed(ready.case, ready.parts)
        ready.completed = True
    return ready


class _Numbering:
    """References for new cases: given ones checked, the others numbered per year."""

    def __init__(self, tz: str, counters: dict, prefix: str):
        self.tz, self.counters, self.prefix = tz, counters, prefix
        self.taken: set[str] = set()

    @classmethod
    def start(cls, tz: str) -> _Numbering:
        return cls(tz, dict(settings.get("ref_counter")), settings.get("ref_prefix"))

    def number(self, d: dict) -> str:
        ref = d["ref"]
        if ref:
            if ref in self.taken:
                raise InvalidInput("Reference {ref} is already in use.", ref=ref)
            self.taken.add(ref)
            _bump(self.counters, ref)
            return ref
        year = str(parse_time(d["received_at"], self.tz).astimezone(zone(self.tz)).year)
        return self.next_free(year)

    def next_free(self, year: str) -> str:
        number = self.counters.get(year, 0) + 1
        while f"{self.prefix}{year}-{number:05d}" in self.taken:
            number += 1
        self.counters[year] = number
        ref = f"{self.prefix}{year}-{number:05d}"
        self.taken.add(ref)
        return ref


def _whole(d: dict, ready: ahead.Ready | None) -> dict:
    """The whole prepared document of a case, under the reference given here: `d` itself,
    or, when `d` is what the writer reads of a case finished ahead, the whole one that
    travelled packed beside it."""
    if ready is None or ready.packed is None:
        return d
    return {**ready.whole(), "ref": d["ref"]}


def _created(doc: dict) -> dict:
    """A new case's audit changes: every field it was given, from nothing."""
    return {p: [None, v] for p, v in document.flatten_all(_public(doc)).items()
            if v not in (None, "", [], False)}


def _public(doc: dict) -> dict:
    return {k: v for k, v in doc.items()
            if k not in ("signed_content", "amendments", "tz", "deadlines")}


def _bump(counters: dict, ref: str) -> None:
    match = re.search(r"(\d{4})-(\d+)$", ref)
    if match and int(match.group(2)) > counters.get(match.group(1), 0):
        counters[match.group(1)] = int(match.group(2))


def _reissue_clashes(docs: list[dict], fresh: list[int], numbering: _Numbering) -> None:
    """The counter stays past every reference issued, so a clash means a reference made by
    hand; look them up in one query per batch and issue those cases new numbers."""
    prefix = numbering.prefix
    while fresh:
        refs = [docs[i]["ref"] for i in fresh]
        clash = set()
        for start in range(0, len(refs), BATCH):
            clash.update(case_ids(refs[start:start + BATCH]))
        numbering.taken.update(clash)
        fresh = [i for i in fresh if docs[i]["ref"] in clash]
        for i in fresh:
            year = docs[i]["ref"][len(prefix):len(prefix) + 4]
            docs[i]["ref"] = numbering.next_free(year)


SEARCHED_CUSTOMER_FIELDS = ("name", "phone", "email", "address", "unit", "account")


def _as_stored(docs: list[dict], customers: dict[int, int | None]):
    """A document as the casebook will hold it, for its search tokens: a customer found on
    file is indexed by their record's details, not by what this document typed (the index
    proves a case's old words by a digest of what was indexed: db/search.py)."""
    ids = list({cid for cid in customers.values() if cid is not None})
    stored: dict[int, dict] = {}
    for start in range(0, len(ids), BATCH):
        for row in (Customer.select(Customer.id, *(getattr(Customer, f)
                                                   for f in SEARCHED_CUSTOMER_FIELDS))
                    .where(Customer.id << ids[start:start + BATCH]).dicts()):
            stored[row.pop("id")] = row

    def as_stored(doc: dict) -> dict:
        record = stored.get(customers[id(doc)])
        typed = doc["customer"]
        if record is None or all((typed.get(f) or "") == record[f]
                                 for f in SEARCHED_CUSTOMER_FIELDS):
            return doc
        return {**doc, "customer": {**typed, **record}}
    return as_stored


def _customers(db, docs: list[dict], intake: Intake) -> dict[int, int | None]:
    """Customer ids per document: the same person is one record (repeat complaints)."""
    if intake.customers is None and len(docs) > BATCH:
        intake.customers = _CustomerIndex(db)  # read once, kept for the next batches
    known = intake.customers
    seen: dict[tuple, int] = {}
    out: dict[int, int | None] = {}
    for d in docs:
        c = d["customer"]
        if c.get("id") and Customer.get_or_none(Customer.id == c["id"]):
            out[id(d)] = c["id"]
            continue
        fields = {k: v for k, v in c.items() if k not in ("id", "erased")}
        if c.get("erased"):  # erased details identify nobody: never matched, stays erased
            out[id(d)] = Customer.insert(**fields, erased=True).execute()
            continue
        if not any(fields.get(f) for f in ("name", "phone", "email")):
            out[id(d)] = None
            continue
        key = (fields.get("name", ""), fields.get("phone", ""), fields.get("email", ""))
        if key not in seen:
            if known is not None:
                seen[key] = known.find(fields) or known.add(fields)
            else:
                found = document.find_customer(fields)
                seen[key] = found.id if found else Customer.insert(**fields).execute()
        out[id(d)] = seen[key]
    return out


class _CustomerIndex:
    """Every customer by (name, phone/email/account), for large imports: one read.

    Kept as a hash of each key, not the key: a million demo customers would otherwise
    hold some 300 MB of strings. A hash found is checked against the customer's row
    (one look-up by id), so two keys that share a hash never match the wrong person."""

    KEYS = ("phone", "email", "account")

    def __init__(self, db):
        self.db = db
        self.index: dict[int, int] = {}
        query = Customer.select(Customer.id, Customer.name, Customer.phone, Customer.email,
                                Customer.account).tuples()
        for cid, name, *others in query.iterator():
            for key, value in zip(self.KEYS, others):
                if value:
                    self.index.setdefault(hash((name, key, value)), cid)
        self.defaults = {"erased": False, **{f: "" for f in document.CUSTOMER_FIELDS}}
        self.sql, _ = Customer.insert(**self.defaults).sql()
        # the statement's columns, in the order peewee wrote them
        self.columns = [f.name for f in Customer._meta.sorted_fields if f.name in self.defaults]
        self.read = (f'SELECT "name", "phone", "email", "account" FROM '
                     f'"{Customer._meta.table_name}" WHERE "id" = {db.param}')

    def find(self, fields: dict) -> int | None:
        name = (fields.get("name") or "").strip()
        for n, key in enumerate(self.KEYS, 1):
            value = (fields.get(key) or "").strip()
            if name and value:
                cid = self.index.get(hash((name, key, value)))
                if cid is not None:
                    row = self.db.execute_sql(self.read, (cid,)).fetchone()
                    if row is not None and row[0] == name and row[n] == value:
                        return cid
                    # another key with the same hash: the slow look-up, exact
                    found = document.find_customer(fields)
                    return found.id if found else None
        return None

    def add(self, fields: dict) -> int:
        # One prepared statement, reused: building SQL per row would cost more than the row.
        row = {**self.defaults, **fields}
        cursor = self.db.execute_sql(self.sql, [row[c] for c in self.columns])
        # PostgreSQL hands the id back from the statement's RETURNING, SQLite as a rowid
        cid = cursor.fetchone()[0] if self.db.returning_clause else self.db.last_insert_id(cursor)
        for key in self.KEYS:
            if fields.get(key):
                self.index.setdefault(hash((fields.get("name", ""), key, fields[key])), cid)
        return cid


def case_ids(refs: list[str]) -> dict[str, int]:
    """{ref: id} of the cases of these references that exist (one statement written
    directly: peewee would build a node per reference)."""
    db = Case._meta.database.obj
    cursor = db.execute_sql(
        f'SELECT "{Case.ref.column_name}", "{Case.id.column_name}" FROM '
        f'"{Case._meta.table_name}" WHERE "{Case.ref.column_name}" IN '
        f'({", ".join([db.param] * len(refs))})', refs)
    return dict(cursor.fetchall())


def _parts(d: dict, staff: dict, now, planner: _Planner) -> list[list[dict]]:
    """The rows of a case's parts as values by field, in the order of `CaseRows.children`
    (deadlines, actions, questions, amendments); the case's id is filled in when known."""
    tz = d["tz"]
    questions = [{"position": i, "q": qa["q"], "a": qa["a"]}
                 for i, qa in enumerate(d["ask"]["qa"])]
    actions = [{"at": parse_time(a["at"], tz), "by": staff.get(a["by"]), "note": a["note"],
                "internal": a["internal"], "kind": a["kind"]} for a in d["follow"]["actions"]]
    amendments = [{"at": parse_time(a.get("at"), tz) or now, "by": staff.get(a.get("by")),
                   "field": str(a.get("field", "")), "before": a.get("before"),
                   "after": a.get("after"), "reason": str(a.get("reason", ""))}
                  for a in d["amendments"]]
    if d.get("deadlines") is not None:  # a moved casebook's, as they were
        due = [{"tz": tz, "owner": staff.get(x["owner"]), "created_at": now,
                "kind": x["kind"], "due_at": parse_time(x["due_at"], tz), "state": x["state"],
                "note": x["note"], "rule": x["rule"],
                **{k: parse_time(x[k], tz) for k in ("done_at", "snoozed_until", "paused_at")}}
               for x in d["deadlines"]]
    else:
        due = [{"tz": tz, "owner": staff.get(d["follow"]["owner"]), "created_at": now, **plan}
               for plan in planner(d)]
    return [due, actions, questions, amendments]


def plan_deadlines(doc: dict, targets: dict, calendar: BusinessCalendar,
                   now: dt.datetime) -> list[dict]:
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
        ("resolution", calendar.add_business_hours(
            received, targets["resolution"].get("major" if major else "general", 40)),
         reply_at if resolved else None),
    ]
    if major:
        reported = parse_time(doc["report"]["at"], tz) if parts.is_reported(doc) else None
        plans.append(("report", received + targets["report"] * hours, reported))
    if doc["follow"]["next_reply_at"]:
        plans.append(("reply", parse_time(doc["follow"]["next_reply_at"], tz),
                      reply_at if resolved else None))
    if resolved and reply_at:
        # the customer's signature closes the loop the follow-up call is for
        called = parse_time(doc["record"]["signed_at"], tz)
        plans.append(("callback", reply_at + targets["callback"] * hours, called))
    waiting = doc.get("waiting_on_customer") and not resolved
    return [{"kind": kind, "due_at": due_at, "state": "done" if done else "pending",
             "done_at": done, "paused_at": now if waiting and kind == "resolution" else None}
            for kind, due_at, done in plans]
