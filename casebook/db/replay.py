"""The resulting state of what an action changed, as the audit log records it.

Each user action ends with a seal (`audit.seal`): the last audit entry it wrote
records, in its `replay` column (covered by the entry's hash), the state the
action left behind for every case, member of staff and setting it touched:

- a case: three digests, of its columns (all but the edit counter), of its
  deadlines (kind, rule, due time, state, owner, pause, snooze, done time) and of
  its log (actions, questions and answers, amendments); None once it is deleted
  (attachments are not in it: their own hashes cover them);
- a member of staff: role, active, whether a PIN is set, wrong PINs in a row;
- a setting: its stored value (None: not stored, the default applies).

`casebook verify` computes the same states from the tables as they are and
compares each with the last entry that recorded it (`core.trust.verify`), so an
edit behind the app's back is named. The functions here are the one way both
sides compute a state.
"""

from __future__ import annotations

import hashlib
import json
import operator
from collections.abc import Iterator
from functools import reduce

from casebook.db import streaming, written
from casebook.db.models import Action, Amendment, Case, Deadline, Question, Setting, Staff

# Bookkeeping, not meaning: counters every intake bumps, the server's schema number.
UNCHECKED_SETTINGS = {"ref_counter", "incident_counter", "schema_version"}
BATCH = 500

_DEADLINE_FIELDS = ("case", "id", "kind", "rule", "due_at", "state", "owner", "paused_at",
                    "snoozed_until", "done_at")
# the case's log: what was done, asked and amended (a row each, in the order written)
_LOG = ((Action, ("case", "id", "at", "by", "note", "internal", "kind")),
        (Question, ("case", "id", "position", "q", "a")),
        (Amendment, ("case", "id", "at", "by", "field", "before", "after", "reason")))


# The one JSON spelling of everything that is hashed (the audit chain's entries too:
# audit.canonical); one encoder, made once — json.dumps would make a new one per call.
_SPELLING = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                             default=str)


def _canonical():
    """`_SPELLING.encode`, its C encoder made once: `encode` makes one per call, which cost
    as much as encoding a short row (a bulk intake encodes ten rows a case)."""
    make = json.encoder.c_make_encoder
    if make is None:  # a Python without the C accelerator
        return _SPELLING.encode
    spelling = _SPELLING
    run = make(None, spelling.default, json.encoder.encode_basestring, None,
               spelling.key_separator, spelling.item_separator, spelling.sort_keys,
               spelling.skipkeys, spelling.allow_nan)
    return lambda value: "".join(run(value, 0))


canonical = _canonical()


def _digest(value) -> str:
    return _hashed(canonical(value))


def _case_fields():
    return [f for f in Case._meta.sorted_fields if f.name != "version"]


def case_states(refs=None, ids=()) -> dict[str, list[str]]:
    """{ref: [digests of the columns, the deadlines, the log]} of the cases named (by
    reference or id), or of every case (refs None)."""
    fields = _case_fields()
    rows: dict[int, tuple] = {}
    if refs is None:
        for row in Case.select(*fields).tuples().iterator():
            rows[row[0]] = row
    else:
        refs, ids = list(refs), list(ids)
        for start in range(0, max(len(refs), len(ids)), BATCH):
            # only the lists that name some: an empty one is "0 = 1" to peewee, which
            # SQLite cannot look up by index, so the OR would read every case
            chunks = [(column, values[start:start + BATCH])
                      for column, values in ((Case.ref, refs), (Case.id, ids))
                      if values[start:start + BATCH]]

            def query(*probes, chunks=chunks):  # written once a shape (db/written.py)
                named, at = [], 0
                for column, chunk in chunks:
                    named.append(column << list(probes[at:at + len(chunk)]))
                    at += len(chunk)
                return Case.select(*fields).where(reduce(operator.or_, named)).tuples()

            for row in written.run("case states", query,
                                   [v for _column, chunk in chunks for v in chunk]):
                rows[row[0]] = row
    deadlines = _children(Deadline, _DEADLINE_FIELDS, rows, whole=refs is None)
    logs = {i: [] for i in rows}
    for model, names in _LOG:
        for i, found in _children(model, names, rows, whole=refs is None).items():
            logs[i].append(found)
    ref_at = [f.name for f in fields].index("ref")
    return {row[ref_at]: digests(row, deadlines[i], logs[i]) for i, row in rows.items()}


def case_states_by_ref(*, size: int = BATCH) -> Iterator[tuple[str, list[str]]]:
    """(ref, digests) of every case, in order of reference as Python sorts text, `size`
    cases read at a time: `casebook verify` holds one such bundle, however many cases
    there are (issue #16). The digests are `case_states`' own."""
    db = Case._meta.database.obj
    table = Case._meta.table_name
    order = streaming.by_ref(db)
    bundle: list[tuple[int, str]] = []
    for case_id, ref in streaming.rows(
            db, f'SELECT "id", "ref" FROM "{table}" ORDER BY "ref"{order}', size=size):
        bundle.append((case_id, ref))
        if len(bundle) >= size:
            yield from _states_of(bundle)
            bundle = []
    if bundle:
        yield from _states_of(bundle)


def _states_of(bundle: list[tuple[int, str]]) -> Iterator[tuple[str, list[str]]]:
    """The states of these cases ((id, ref) in order of reference), in that order."""
    found = case_states((), [case_id for case_id, _ref in bundle])
    for _id, ref in bundle:
        if ref in found:  # deleted between the two reads of a live casebook: gone
            yield ref, found[ref]


def digests(row, deadlines: list, log: list) -> list[str]:
    """A case's state as recorded: its columns as read (the `case_fields` in order, each
    value as the model hands it out), its deadlines (`DEADLINE_FIELDS` but the case, in
    order written) and its log (`LOG`: the rows of each table, likewise)."""
    return [_digest(row), _digest(deadlines), _digest(log)]


def encoded(values) -> str:
    """Values as they stand in the JSON text of a digest (`canonical`), without the
    brackets of their list: a bulk intake writes a new row's text before the database
    gives its ids (`digests_encoded`)."""
    return canonical(list(values))[1:-1]


def digests_encoded(row: tuple[int, str, int | None, str], deadlines: list, log: list
                    ) -> list[str]:
    """`digests` of a case whose values are given as `encoded` text around its ids — the
    same digests, since a JSON array is its items' text joined by commas: the case row as
    (id, values before the customer's id, that id, values after), each deadline and row of
    the log as (id, its other values)."""
    case_id, before, customer, after = row
    case_text = _joined([str(case_id), before, canonical(customer), after])
    return [_hashed(case_text), _hashed(_rows(deadlines)),
            _hashed("[" + ",".join(_rows(rows) for rows in log) + "]")]


def _rows(rows: list[tuple[int, str]]) -> str:
    return "[" + ",".join([_joined([str(row_id), text]) for row_id, text in rows]) + "]"


def _joined(parts: list[str]) -> str:
    return "[" + ",".join([part for part in parts if part]) + "]"


def _hashed(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def case_fields():
    """The columns a case's first digest covers, in order (all but the edit counter)."""
    return _case_fields()


DEADLINE_FIELDS = _DEADLINE_FIELDS
LOG = _LOG


def _children(model, names, rows: dict, *, whole: bool) -> dict[int, list]:
    """{case id: [row, …]} of a table of the cases' parts, each row without its case id."""
    found: dict[int, list] = {i: [] for i in rows}
    columns = [getattr(model, name) for name in names]
    if whole:
        for row in model.select(*columns).order_by(model.id).tuples().iterator():
            if row[0] in found:
                found[row[0]].append(row[1:])
        return found
    ids = list(rows)
    def query(*probes):  # written once a number of cases (db/written.py)
        return (model.select(*columns).where(model.case << list(probes))
                .order_by(model.id).tuples())

    for start in range(0, len(ids), BATCH):
        for row in written.run(f"{model.__name__} {names} of cases", query,
                               ids[start:start + BATCH]):
            found[row[0]].append(row[1:])
    return found


def staff_state(member: Staff) -> dict:
    return {"role": member.role, "active": bool(member.active),
            "pin": bool(member.pin_hash), "failures": member.pin_failures or 0}


def staff_states(names=None) -> dict[str, dict]:
    query = Staff.select()
    if names is not None:
        query = query.where(Staff.name << list(names))
    return {m.name: staff_state(m) for m in query}


def setting_values(keys=None) -> dict:
    query = Setting.select()
    if keys is not None:
        query = query.where(Setting.key << list(keys))
    return {row.key: row.value for row in query if row.key not in UNCHECKED_SETTINGS}


def resulting(case_ids, case_refs, staff, settings) -> dict:
    """The `replay` record of an action that touched these (empty: nothing to record)."""
    record = {}
    if case_refs or case_ids:
        found = case_states(case_refs, case_ids)
        record["cases"] = {ref: found.get(ref) for ref in sorted(set(case_refs) | set(found))}
    if staff:
        found = staff_states(staff)
        record["staff"] = {name: found.get(name) for name in sorted(staff)}
    keys = set(settings) - UNCHECKED_SETTINGS
    if keys:
        found = setting_values(keys)
        record["settings"] = {key: found.get(key) for key in sorted(keys)}
    return record


def merge(first: dict | None, then: dict) -> dict:
    """Two records of one action: the later state of each thing wins."""
    out = {section: dict(values) for section, values in (first or {}).items()}
    for section, values in then.items():
        out.setdefault(section, {}).update(values)
    return out
