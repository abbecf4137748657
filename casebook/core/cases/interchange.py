"""Import and export: JSON Lines (one case per line, round-trips) and CSV.

A JSON Lines export moves a casebook: its first line carries, beside its case, the
`casebook` object (staff with roles, lists, settings; see `moving`), and importing
it into a fresh casebook gives one that exports to the same bytes.

An import is all or nothing: every line is read and checked first, and a
malformed one stops the import with its line number before anything is
written. Its cases are history: a decision the file records is imported as it
was, whatever today's authority limits say; an amount above the limit of its
owner's role with no manager's approval on record is named in the summary.
A name the file gives but neither the casebook nor the file's staff list
knows becomes an inactive desk member of staff (never a manager), and the
summary says which; so do list entries created. Customers are matched by
what they are (name with phone, email or account), never by a customer id
from another casebook. Drawn signatures travel as `record.signatures` (see
`signatures`).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN

from casebook.core import collector
from casebook.core.cases import ahead
from casebook.core.cases import document
from casebook.core.cases import intake as intake_path
from casebook.core.cases import moving
from casebook.core.cases import rules
from casebook.core.cases import signatures
from casebook.core.incidents import exchange as incident_exchange
from casebook.errors import InvalidInput, KnownError
from casebook.core.files import atomic_write
from casebook.db.connection import is_sqlite
from casebook.db.models import Amendment, Case, Customer, Deadline

# CSV carries the flat part of a case: the customer and what was heard and asked.
CSV_COLUMNS = [
    "ref", "received_at", "channel", "kind", "severity", "category", "nature", "about", "sale",
    "customer.name", "customer.phone", "customer.email", "customer.address", "customer.unit",
    "customer.account", "customer.language", "hear.account", "hear.remedy_sought",
    "hear.remedy_type", "hear.amount", "hear.received_by", "ask.event_at", "ask.place",
    "ask.summary", "ask.summary_confirmed",
]
EXPORT_DROP = ("state", "tz")


@dataclass
class ImportResult:
    refs: list[str]
    created_staff: list[str]  # every member of staff created, from the staff list or names
    created_entries: list[str]
    inactive_staff: list[str] = field(default_factory=list)  # created from names alone
    unapproved: list[dict] = field(default_factory=list)  # {"ref", "amount", "limit"}
    settings_applied: bool = False  # the file's settings became this casebook's
    settings_kept: list[str] = field(default_factory=list)  # differ; this casebook's stay


def export_doc(case: Case, names: dict[int, str], drawn: dict[str, str] | None = None,
               amendments: list | None = None, deadlines: list | None = None) -> dict:
    """A case as one line of the interchange format (`drawn`: its signatures in base64,
    see `signatures`; `amendments`: its rows when the caller read them in bulk;
    `deadlines`: its deadline rows, written as `follow.deadlines`)."""
    doc = document.to_doc(case, names=names)
    for key in EXPORT_DROP:
        doc.pop(key, None)
    doc["customer"].pop("id", None)
    if case.customer_id and case.customer.erased:  # never matched to anyone on import
        doc["customer"]["erased"] = True
    if drawn:
        doc["record"]["signatures"] = drawn
    if case.signed_content:
        doc["signed_content"] = case.signed_content
    if amendments is None:
        amendments = list(case.amendments.order_by(Amendment.id))
    if amendments:
        doc["amendments"] = [
            {"at": document.iso(a.at, case.tz), "by": names.get(a.by_id, ""),
             "field": a.field, "before": a.before, "after": a.after, "reason": a.reason}
            for a in amendments]
    if deadlines is not None:  # as they are, done, snoozed or missed: a move keeps them
        doc["follow"]["deadlines"] = [
            {"kind": kind, "due_at": document.iso(due_at, case.tz), "state": state,
             "done_at": document.iso(done_at, case.tz),
             "snoozed_until": document.iso(snoozed, case.tz),
             "paused_at": document.iso(paused, case.tz), "note": note, "rule": rule,
             "owner": names.get(owner)}
            for kind, due_at, state, done_at, snoozed, paused, note, rule, owner in deadlines]
    incident_exchange.export_extra(case, doc, names)  # its incident, merged references
    return doc


_DEADLINE_COLUMNS = (Deadline.kind, Deadline.due_at, Deadline.state, Deadline.done_at,
                     Deadline.snoozed_until, Deadline.paused_at, Deadline.note, Deadline.rule,
                     Deadline.owner)


def _deadlines_by_case() -> Iterator[tuple[int, list]]:
    """(case id, its deadline rows), in case id order: one read for the whole export."""
    rows = (Deadline.select(Deadline.case, *_DEADLINE_COLUMNS)
            .order_by(Deadline.case, Deadline.id).tuples().iterator())
    for case_id, group in itertools.groupby(rows, key=lambda row: row[0]):
        yield case_id, [row[1:] for row in group]


def export(book, out: Path, fmt: str) -> int:
    """Write every case to `out`; returns how many."""
    book.bind()  # this casebook's cases, whichever another window or the demo used last
    names = document.staff_names()
    # the customer in the same read, and every amendment (few) in one: not a query per case
    cases = (Case.select(Case, Customer).join(Customer, JOIN.LEFT_OUTER)
             .order_by(Case.id))
    amended: dict[int, list] = {}
    for row in Amendment.select().order_by(Amendment.case, Amendment.id).iterator():
        amended.setdefault(row.case_id, []).append(row)

    def write(fh) -> int:
        count = 0
        writer = csv.writer(fh) if fmt == "csv" else None
        if writer:
            writer.writerow(CSV_COLUMNS)
        drawings = signatures.by_case() if not writer else iter(())
        drawn = next(drawings, None)
        due = _deadlines_by_case() if not writer else iter(())
        deadlines = next(due, None)
        described = None if writer else moving.describe()  # on the first line
        for case in cases.iterator():
            while drawn is not None and drawn[0] < case.id:
                drawn = next(drawings, None)
            while deadlines is not None and deadlines[0] < case.id:
                deadlines = next(due, None)
            doc = export_doc(case, names, drawn[1] if drawn and drawn[0] == case.id else None,
                             amended.get(case.id, []),
                             None if writer else (deadlines[1] if deadlines
                                                  and deadlines[0] == case.id else []))
            if writer:
                writer.writerow([_csv_value(document.get_path(doc, c)) for c in CSV_COLUMNS])
            else:
                if described is not None:
                    doc[moving.KEY], described = described, None
                fh.write(json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
        if described is not None:  # a casebook without cases still moves
            fh.write(json.dumps({moving.KEY: described}, ensure_ascii=False,
                                sort_keys=True) + "\n")
        return count

    return atomic_write(Path(out), write, binary=False,
                        encoding="utf-8-sig" if fmt == "csv" else "utf-8")


def _csv_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def read_file(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, document) pairs; a malformed line raises with its number.

    JSON Lines are read a line at a time (a 100,000-case export is half a gigabyte):
    only what a line holds is in memory besides what the import keeps of it."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        yield from _read_csv(_decoded(path, _read(path)))
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    with fh:
        # split at b"\n" only: str.splitlines() would also cut at U+2028, U+0085 and the
        # like, which JSON leaves unescaped inside a string someone typed
        for number, raw in enumerate(_lines(path, fh), start=1):
            line = _decoded(path, raw)  # utf-8-sig: a BOM before the first line goes
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInput("Line {line}: not valid JSON ({reason}).", line=number,
                                   reason=exc.msg) from exc
            except RecursionError:  # "[[[[…" a thousand deep: Python's parser gives up
                raise InvalidInput("Line {line}: nested too deeply to be a case (a case is a "
                                   "JSON object a few levels deep).", line=number) from None
            if not isinstance(doc, dict):
                raise InvalidInput("Line {line}: a case must be a JSON object.", line=number)
            yield number, doc


def _lines(path: Path, fh) -> Iterator[bytes]:
    try:
        yield from fh
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def _unreadable(path: Path, exc: OSError) -> InvalidInput:
    return InvalidInput("Cannot read {path}: {reason}.", path=str(path),
                        reason=exc.strerror or str(exc))


def _decoded(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("{path} is not UTF-8 text.", path=str(path)) from exc


def _read_csv(text: str) -> Iterator[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    unknown = set(reader.fieldnames or []) - set(CSV_COLUMNS)
    if unknown:
        raise InvalidInput("Line 1: unknown column {name}.", name=", ".join(sorted(unknown)))
    for row in reader:
        doc: dict = {}
        for column, value in row.items():
            if column is None:
                raise InvalidInput("Line {line}: more values than columns.",
                                   line=reader.line_num)
            if value not in (None, ""):
                if column == "ask.summary_confirmed":
                    value = value.strip().lower() in ("yes", "true", "1", "y")
                document.set_path(doc, column, value)
        yield reader.line_num, doc


def import_file(book, path: Path, *, by: str) -> ImportResult:
    """Read, check and import every case of a file in one transaction (all or nothing).

    A large file's cases are prepared in a second process while this one writes
    (cases/ahead.py); a line it cannot take in alone (an incident, merged cases, anything
    wrong) is taken in here, in its place, so what is written and what is said is the same."""
    with book.change():
        fresh = not Case.select().exists()
        lines = read_file(path)
        moved: moving.Moved | None = None
        first = next(lines, None)
        if first is not None and moving.KEY in first[1]:
            number, doc = first
            moved = moving.apply(book, moving.read(number, doc[moving.KEY]), by=by, fresh=fresh)
            doc = {k: v for k, v in doc.items() if k != moving.KEY}
            first = (number, doc) if doc else None
        # after the description: its settings and staff count
        loader = _Loader(book, by=by, source=Path(path).name)
        extras = {}
        items = itertools.chain([first] if first is not None else [], lines)
        with collector.paused():  # cases streaming through hold no cycles
            refs = _load(book, loader, items, extras, count=_cases_about(path))
        intake = loader.intake
        names = list(intake.created_staff)
        names += incident_exchange.after_import(book, refs, extras, by=by)
        moving.record_names(book, names, by=by)
        moved = moved or moving.Moved()
    return ImportResult(refs, moved.created_staff + names,
                        moved.created_entries + intake.created_entries, inactive_staff=names,
                        unapproved=[item for _, item in sorted(loader.unapproved,
                                                               key=lambda x: x[0])],
                        settings_applied=moved.settings_applied,
                        settings_kept=moved.settings_kept)


def _load(book, loader: _Loader, items, extras: dict, *, count: int) -> list[str]:
    """Take in every case of the file, prepared in a second process when that pays
    (`extras`: the incidents and merged cases of lines, by position); the references in
    the file's order."""
    by = loader.by
    for ready in intake_path.ready_ahead(book, items, by=by, intake=loader.intake,
                                         now=loader.now, count=count, document_of=_alone):
        if ready.doc is None:
            loader.add(ready.prepared, ready.drawn, ready)
            continue
        number, doc = ready.doc
        if moving.KEY in doc:
            raise InvalidInput("Line {line}: the casebook's description (casebook) "
                               "belongs on the first line, once.", line=number)
        try:
            prepared = intake_path.prepare(book, _local(doc), by=by, intake=loader.intake)
            drawn = signatures.read(doc)
        except KnownError as exc:
            raise InvalidInput("Line {line}: {reason}", line=number,
                               reason=str(exc)) from exc
        extra = incident_exchange.read_extras(number, doc)
        if extra:  # only the few lines with an incident or merged cases are kept
            extras[loader.count] = extra
        loader.add(prepared, drawn)
    return loader.finish()

def _alone(item: tuple[int, dict]) -> dict:
    """The case of a line, as a second process takes it in: only a plain case — a line
    with the casebook's description, an incident or merged cases needs the writer."""
    _number, doc = item
    if moving.KEY in doc or doc.get("incident") is not None or doc.get("merged"):
        raise ahead.TakenInHere("a line with the casebook's description, an incident or "
                                "merged cases")
    return _local(doc)


def _cases_about(path: Path) -> int:
    """About how many cases a file holds, from its size (an exported case is 1-4 KB):
    enough to tell whether a second process pays."""
    try:
        return Path(path).stat().st_size // 4096
    except OSError:
        return 0


class _Loader:
    """Writes checked cases in parts of `CHUNK` inside the import's one transaction, so a
    100,000-case file never holds all its cases in memory at once; a failure later in the
    file still rolls everything back. Cases without a reference wait to the end: they are
    numbered after every reference the file gives, as if the file had been read whole."""

    # fewer than the cases held between the two processes (ahead.HELD), so the second
    # keeps preparing while a part is written here (5,000 left it idle a third of the time)
    CHUNK = 2000

    def __init__(self, book, *, by: str, source: str):
        self.book, self.by, self.source = book, by, source
        self.intake = intake_path.Intake.start(book, create_missing=True, history=True)
        self.now = book.now()  # the import's one time: its rows' created_at
        self.count = 0  # cases read so far: the next one's position in the file
        self.refs: dict[int, str] = {}  # position → reference
        self.unapproved: list[tuple[int, dict]] = []
        self.seen: set[str] = set()
        # (position, prepared, drawings, what a second process finished of it)
        self.given: list[tuple[int, dict, dict, object]] = []
        self.refless: list[tuple[int, dict, dict, object]] = []

    def add(self, prepared: dict, drawn: dict, ready=None) -> None:
        """One prepared case; `ready`, what a second process finished of it."""
        ref = prepared["ref"]
        item = (self.count, prepared, drawn, ready)
        self.count += 1
        if not ref:
            self.refless.append(item)
            return
        if ref in self.seen:
            raise InvalidInput("Reference {ref} appears twice in the file.", ref=ref)
        self.seen.add(ref)
        self.given.append(item)
        if len(self.given) >= (self.CHUNK if self.refs else self.CHUNK // 4):  # first sooner
            self._write(self.given)
            self.given = []

    def finish(self) -> list[str]:
        """Write what is left; the references in the file's order."""
        self._write(self.given)
        self._write(self.refless)
        self.given, self.refless = [], []
        if self.count >= 1000 and is_sqlite(self.book.db):
            self.book.db.execute_sql("ANALYZE")  # once, for the whole load (see `insert`)
        return [self.refs[i] for i in range(self.count)]

    def _write(self, items: list[tuple[int, dict, dict, object]]) -> None:
        if not items:
            return
        docs = [p for _, p, _, _ in items]
        refs = intake_path.insert(self.book, docs, by=self.by, intake=self.intake,
                                  source=self.source, analyze=False, now=self.now,
                                  found=[ready for *_, ready in items])
        signatures.attach(self.book, ((ref, d, p["record"]["signed_at"], p["follow"]["owner"])
                                      for ref, (_, p, d, _) in zip(refs, items)),
                          self.intake.staff)
        for ref, (position, *_) in zip(refs, items):
            self.refs[position] = ref
        self.unapproved += [(position, item) for position, item in zip(
            (i[0] for i in items), _unapproved(docs, refs, self.intake)) if item]


def _local(doc: dict) -> dict:
    """The case without its customer's id: an id of another casebook names nobody here."""
    customer = doc.get("customer")
    if isinstance(customer, dict) and "id" in customer:
        return {**doc, "customer": {k: v for k, v in customer.items() if k != "id"}}
    return doc


def _unapproved(prepared: list[dict], refs: list[str], intake) -> list[dict | None]:
    """Per imported case, {"ref", "amount", "limit"} when its amount is above the limit of
    its owner's role with no manager's approval on record, else None (such cases are
    imported as they were: they are history)."""
    out: list[dict | None] = []
    for ref, d in zip(refs, prepared):
        amount = document.money(d)
        limit = None if amount is None else rules.limit_for(
            intake.roles.get(d["follow"]["owner"] or "", "desk"), intake.limits)
        if (limit is not None and amount > limit
                and intake.roles.get(d["reply"]["approved_by"] or "") != "manager"):
            out.append({"ref": ref, "amount": str(amount), "limit": str(limit)})
        else:
            out.append(None)
    return out
