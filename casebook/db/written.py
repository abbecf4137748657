"""Statements written once, run many times with other values.

peewee writes a statement anew each time a query runs, and writing one that names every
column of a case costs more than the database takes to run it (a third of a millisecond,
a save ran four such). The statements of a save are written here once per kind of
database, each with probe values where its values go (`run`), and run again with the
values swapped in; their rows come back through the query's own cursor wrapper, so as
model instances or tuples converted exactly as peewee converts them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from peewee import Query

from casebook.db.models import database

_INT_PROBE = -987_654_321  # no row has such an id: the probes of integer values count down
_TEXT_PROBE = "\x00probe "  # no text holds a NUL (document.text drops it)

FEW = 8  # statements of more values are written each time (one per shape would pile up)
_written: dict[tuple, tuple[Query, str, list, list[int | None]]] = {}


def _probe(value, i: int):
    return _INT_PROBE - i if type(value) is int else f"{_TEXT_PROBE}{i}"


def run(name: str, build: Callable[..., Query], values: Sequence) -> list:
    """The rows of `build(*values)`, as that query would give them. `build` is called once
    per kind of database and shape (`name` and the types of `values`) with probes in
    place of the values; so it must use each value as a parameter of the statement, and
    nothing but the values may change what it writes."""
    db = database.obj
    if len(values) > FEW or not all(type(v) in (int, str) for v in values):
        # a batch (writing its statement costs little beside its rows), or values a probe
        # cannot stand for: written as peewee writes any statement
        query = build(*values)
        return list(query._get_cursor_wrapper(db.execute_sql(*query.sql())))
    key = (type(db), name, tuple(type(v) for v in values))
    found = _written.get(key)
    if found is None:
        probes = [_probe(v, i) for i, v in enumerate(values)]
        query = build(*probes)
        sql, params = query.sql()
        at = {p: i for i, p in enumerate(probes)}
        slots = [at.get(p) if isinstance(p, (int, str)) else None for p in params]
        if sorted(s for s in slots if s is not None) != list(range(len(values))):
            raise ValueError(f"{name}: each value must be one parameter of the statement")
        found = _written[key] = (query, sql, params, slots)
    query, sql, params, slots = found
    cursor = db.execute_sql(sql, [p if s is None else values[s]
                                  for p, s in zip(params, slots)])
    return list(query._get_cursor_wrapper(cursor))
