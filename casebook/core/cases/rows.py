"""New cases as finished rows: what bulk intake writes, without a model instance per row.

A prepared case document (`intake.prepare`) becomes, in one pass, the row tuples of its
case, questions, actions, deadlines and amendments, each value already in the form the
database stores, in the column order of the peewee models (`models.insert_columns`: a
column added or retyped there flows through), written by one `executemany` (SQLite) or
COPY (PostgreSQL) per table and batch.

The same pass keeps each value as the database hands it back, so the three digests of
the state a new case starts in (`replay.digests`, recorded in its audit entry) come from
the rows being written instead of being read back: the same bytes, since a value's
read-back form is a function of the stored value alone (`_read_back`). Only the ids the
database gives the rows are read back, one small query per table and batch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from peewee import (AutoField, BooleanField, CharField, ForeignKeyField, IntegerField,
                    TextField)

from casebook.db import replay
from casebook.db.models import (Action, Amendment, Case, Deadline, JSONField,
                                PackedTextField, Question, UTCDateTimeField, database,
                                insert_columns, insert_tuples)

_SAME = {CharField: str, TextField: str, IntegerField: int, AutoField: int}


def _read_back(field) -> Callable:
    """(value given, value stored) → the value a select of `field` hands out."""
    if isinstance(field, UTCDateTimeField):
        # stored as naive UTC ISO text (`_converter`); read as that time in UTC, whose
        # str() (what a digest writes) is the same text with its offset
        return lambda given, stored: None if stored is None else stored + "+00:00"
    if isinstance(field, BooleanField):
        return lambda given, stored: None if stored is None else bool(stored)
    if isinstance(field, ForeignKeyField):
        return lambda given, stored: stored
    if isinstance(field, PackedTextField):
        return lambda given, stored: (given if given.__class__ is str
                                      else field.python_value(stored))
    if isinstance(field, JSONField):
        return lambda given, stored: None if stored is None else json.loads(stored)
    kind = next((t for base, t in _SAME.items() if type(field) is base), None)
    if kind is not None:
        return lambda given, stored: (stored if stored is None or stored.__class__ is kind
                                      else field.python_value(stored))
    return lambda given, stored: field.python_value(stored)


_UTC = dt.timezone.utc
_PLAIN, _TIME, _OTHER, _LATER = 0, 1, 2, 3


def _kind(field, conv) -> int:
    """How `Table.row` treats a field: _PLAIN values are stored and read as given (text,
    whole numbers and ids, when they are of the field's own type), _TIME ones are aware
    times stored as UTC text, the rest go through the field's converters."""
    if isinstance(field, UTCDateTimeField):
        return _TIME
    if isinstance(field, ForeignKeyField) or type(field) in _SAME:
        return _PLAIN
    return _OTHER


class Table:
    """One model's insert: a row (a dict of Python values by field name) → its stored
    tuple and, of the `digested` fields, the values as they will be read back."""

    def __init__(self, model, digested: tuple[str, ...], later: tuple[str, ...] = ()):
        """`later`: fields whose text is stored as given here and converted later, by
        whichever process has the time (`CaseRows.completed`): compressing signed content
        is a sixth of preparing a case (cases/ahead.py)."""
        self.model = model
        columns = insert_columns(model)
        self.plan = [(f.name, default, conv, _LATER if f.name in later else _kind(f, conv),
                      _SAME.get(type(f), int), _read_back(f), f.name in digested)
                     for f, default, conv in columns]
        self.digested_names = digested
        self.row = self._compiled()

    def _compiled(self) -> Callable[[dict], tuple[list, tuple]]:
        """`row` as one function written for this table's columns: a bulk load turns
        millions of values, and a loop over the plan costs more than the values.

        For each column: the value given (or the default); stored as it is when it is of
        the column's own type (_PLAIN), as UTC text when an aware time (_TIME), otherwise
        through the field's converter; read back likewise (`_read_back`)."""
        lines = ["def row(values):", "    get = values.get"]
        read = {}
        for i, (name, _default, conv, kind, _same, _back, digested) in enumerate(self.plan):
            g, v = f"g{i}", f"v{i}"
            lines.append(f"    {g} = get({name!r}, D[{i}])")
            slow = f"C[{i}]({g})" if conv is not None else g
            if kind == _LATER:  # text, as given: converted by the writer
                lines.append(f"    {v} = {g}")
                if digested:
                    lines.append(f"    r{i} = {g}")
            elif kind == _TIME:
                lines.append(f"    {v} = None if {g} is None else ({g}.isoformat(' ')[:-6] "
                             f"if {g}.__class__ is datetime and {g}.tzinfo is UTC else {slow})")
                if digested:
                    lines.append(f"    r{i} = None if {v} is None else {v} + '+00:00'")
            elif kind == _PLAIN:
                lines.append(f"    {v} = {g} if {g} is None or {g}.__class__ is T[{i}] "
                             f"else {slow}")
                if digested:
                    lines.append(f"    r{i} = {v} if {v} is None or {v}.__class__ is T[{i}] "
                                 f"else B[{i}]({g}, {v})")
            else:
                lines.append(f"    {v} = None if {g} is None else {slow}")
                if digested:
                    lines.append(f"    r{i} = None if {g} is None else B[{i}]({g}, {v})")
            if digested:
                read[name] = f"r{i}"
        order = [read[name] for name in self.digested_names]
        lines.append(f"    return [{', '.join(f'v{i}' for i in range(len(self.plan)))}], "
                     f"({''.join(r + ', ' for r in order)})")
        scope = {"D": [p[1] for p in self.plan], "C": [p[2] for p in self.plan],
                 "T": [p[4] for p in self.plan], "B": [p[5] for p in self.plan],
                 "datetime": dt.datetime, "UTC": _UTC}
        exec(compile("\n".join(lines), f"<row of {self.model.__name__}>", "exec"), scope)
        return scope["row"]

    def write(self, rows: list) -> None:
        insert_tuples(self.model, rows)

    def last_id(self) -> int:
        db = database.obj
        cursor = db.execute_sql(f'SELECT max("{self.model.id.column_name}") FROM '
                                f'"{self.model._meta.table_name}"')
        return cursor.fetchone()[0] or 0

    def ids(self, case_ids: list[int], after: int) -> dict[int, list[int]]:
        """The ids the database gave this table's rows of these new cases, in order: those
        past `after` (the last id before they were written; no index needed, so a new file
        can build its indexes at the end)."""
        model = self.model
        found: dict[int, list[int]] = {i: [] for i in case_ids}
        if not case_ids:
            return found
        db = database.obj
        marks = ", ".join([db.param] * len(case_ids))
        row_id, case = model.id.column_name, model.case.column_name
        cursor = db.execute_sql(
            f'SELECT "{case}", "{row_id}" FROM "{model._meta.table_name}" WHERE "{row_id}" > '
            f'{db.param} AND "{case}" IN ({marks}) ORDER BY "{row_id}"', [after, *case_ids])
        for case_id, row_id in cursor.fetchall():
            found[case_id].append(row_id)
        return found


def _case_values() -> Callable[[dict, dict, str], dict]:
    """`document.columns` for a prepared document (every part present, as `prepare`
    leaves it), written out as one function from `document.FIELDS`: the same values."""
    from casebook.core.cases import document

    lines = ["def values(d, staff, tz):", "    return {"]
    for path, column, kind in document.FIELDS:
        get = "d" + "".join(f"[{key!r}]" for key in path.split("."))
        if kind == "staff":
            lines.append(f"        {column!r}: staff[{get}] if {get} else None,")
        elif kind == "time":
            lines.append(f"        {column!r}: parse_time({get}, tz),")
        elif kind == "amount":
            lines.append(f"        {column!r}: {get} or '',")
        else:
            lines.append(f"        {column!r}: {get},")
    lines.append("        'severity': 'major' if is_major(d) else (d.get('severity') "
                 "or 'general'),")
    lines.append("        'state': derive_state(d)}")
    from casebook.core.cases import parts
    from casebook.core.time.times import parse_time
    scope = {"parse_time": parse_time, "is_major": parts.is_major,
             "derive_state": parts.derive_state}
    exec(compile("\n".join(lines), "<case values>", "exec"), scope)
    return scope["values"]


class CaseRows:
    """The tables of new cases, set up once per intake (the column plans).

    A case's rows are made before the database gives them their ids (`intake.finish`,
    perhaps in a second process: cases/ahead.py): the case row without its customer's id,
    its parts' rows without the case's; `with_customer`, `read_with_customer` and
    `write_children` fill them in."""

    def __init__(self):
        fields = replay.case_fields()
        assert fields[0].name == "id"
        self.case = Table(Case, tuple(f.name for f in fields[1:]), later=("signed_content",))
        self.deadline = Table(Deadline, replay.DEADLINE_FIELDS[2:])
        self.log = [Table(model, names[2:]) for model, names in replay.LOG]
        self.children = [self.deadline, *self.log]
        self.values = _case_values()
        names = [p[0] for p in self.case.plan]
        self._customer = (names.index("customer"), self.case.digested_names.index("customer"))
        at = names.index("signed_content")
        self._packed = (at, self.case.plan[at][2])
        self._case_of = [[p[0] for p in table.plan].index("case") for table in self.children]

    def case_row(self, values: dict) -> tuple[list, tuple]:
        """A case's row as stored (without its customer's id) and as read back."""
        return self.case.row(values)

    def parts_rows(self, parts: list[list[dict]]) -> list[list[tuple[list, tuple]]]:
        """A case's parts ({field: value} rows per table, in the order of `children`) as
        (stored, read back) rows."""
        return [[table.row(values) for values in rows]
                for table, rows in zip(self.children, parts)]

    def completed(self, case: tuple[list, tuple], parts: list[list[tuple[list, tuple]]]):
        """A case's rows (`case_row`, `parts_rows`) with the rest of the work done, which
        either process may do (cases/ahead.py): its signed content packed, and the values
        as read back written as the JSON text of its digests (`digests`) — the case's
        before and after its customer's id, each part's but its id."""
        stored, read = case
        at, pack = self._packed
        stored[at] = pack(stored[at])
        c = self._customer[1]
        return ((stored, (replay.encoded(read[:c]), replay.encoded(read[c + 1:]))),
                [[(row, replay.encoded(values)) for row, values in rows] for rows in parts])

    def with_customer(self, case: tuple[list, tuple], customer: int | None) -> list:
        """A completed case row as stored, with its customer's id."""
        stored = case[0]
        stored[self._customer[0]] = customer
        return stored

    def write_children(self, cases: list[tuple[int, list]]) -> dict[int, list[list]]:
        """Write the parts of these cases, [(case id, `completed` parts)], table by table, and
        return each case's rows per table for its digests: {case id: [deadlines, actions,
        questions, amendments]}, each row (its id, the JSON text of its other values)."""
        case_ids = [case_id for case_id, _ in cases]
        out: dict[int, list[list]] = {i: [[] for _ in self.children] for i in case_ids}
        for n, (table, case_at) in enumerate(zip(self.children, self._case_of)):
            stored, read = [], []
            for case_id, parts in cases:
                for row, encoded in parts[n]:
                    row[case_at] = case_id
                    stored.append(row)
                    read.append((case_id, encoded))
            if not read:
                continue
            after = table.last_id()
            table.write(stored)
            ids = table.ids(case_ids, after)
            taken = {i: iter(found) for i, found in ids.items()}
            for case_id, encoded in read:
                out[case_id][n].append((next(taken[case_id]), encoded))
        return out

    @staticmethod
    def digests(case_id: int, case: tuple[list, tuple[str, str]], customer: int | None,
                children: list[list]) -> list[str]:
        """The three digests of a new case's state (`replay.digests`), from its ids and
        the JSON text its rows were finished with."""
        before, after = case[1]
        deadlines, *log = children
        return replay.digests_encoded((case_id, before, customer, after), deadlines, log)


__all__ = ["CaseRows", "Table", "Action", "Amendment", "Question"]
