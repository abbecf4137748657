"""`casebook demo` and `casebook --demo`: a realistic multilingual casebook to try.

The demo goes through the same intake path as an import, drawn signatures included
(`record.signatures`), so what you try is what you get; it refuses to write into a
casebook that already holds cases. Its settings (timezone, currency, office hours and
holidays) are the ones its stories are told in.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from casebook.core import settings
from casebook.core.demo import generator
from casebook.core.cases import intake as intake_path
from casebook.core.casebook import Casebook
from casebook.core.time.clock import Clock
from casebook.errors import InvalidInput, StorageError
from casebook.db import search
from casebook.db.models import Case, Staff

DEMO_BUSINESS = {
    "business_name": "Casebook Demo — Parkzicht Residences & Shop",
    "business_address": "Parkweg 12, 1012 AB Amsterdam",
    "business_phone": "+31 20 123 4567",
    "timezone": "Europe/Amsterdam",
}


def create_demo(target: Path, *, cases: int = 500, seed: int = 1,
                clock: Clock | None = None,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Write a demo casebook of `cases` cases; `progress(done, total)` is called after each
    `PROGRESS_EVERY` cases written (a long demo shows it is moving)."""
    if cases < 0 or cases > 1_000_000:
        raise InvalidInput("The number of demo cases must be between 0 and 1,000,000.")
    new_file = not str(target).startswith(("postgres://", "postgresql://")) \
        and not Path(target).exists()
    if not new_file:  # a server's database, or a casebook file that holds no cases yet
        return _fill(target, cases=cases, seed=seed, clock=clock, new_file=False,
                     progress=progress)
    # A new file is built beside its place and moved there only when complete: a demo
    # killed half-way (a closed terminal, a power cut) leaves no casebook that looks whole.
    target = Path(target)
    partial = target.with_name(target.name + PARTIAL)
    _remove_partial(partial)  # what a killed demo left: never a casebook anyone used
    try:
        _fill(partial, cases=cases, seed=seed, clock=clock, new_file=True, progress=progress)
        try:
            os.link(partial, target)  # never over a casebook that appeared meanwhile
        except FileExistsError:
            raise InvalidInput("{path} already exists; the demo only writes into a new "
                               "casebook.", path=str(target)) from None
        except OSError as exc:
            raise StorageError("Cannot create a casebook at {path}: {reason}.",
                               path=str(target), reason=exc.strerror or str(exc)) from exc
        _sync_folder(target.parent)
    finally:
        _remove_partial(partial)
    return cases


PARTIAL = ".demo-partial"


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError("Cannot remove the unfinished demo {path}: {reason}.",
                               path=f"{partial}{suffix}",
                               reason=exc.strerror or str(exc)) from exc


def _sync_folder(folder: Path) -> None:
    """The new name on disk too: after a power cut the demo is there or not, never half."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a system that cannot open folders (not POSIX): the rename is all we have
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


PROGRESS_EVERY = 10_000


def _fill(target, *, cases: int, seed: int, clock: Clock | None, new_file: bool,
          progress: Callable[[int, int], None] | None = None) -> int:
    with Casebook.open(target, clock=clock) as book, _bulk_load(book, new_file):
        if Case.select().exists():
            raise InvalidInput("{path} already holds cases; the demo only writes into a new "
                               "casebook.", path=str(target))
        with book.change():
            business = {**DEMO_BUSINESS, **generator.business_settings(
                book.now(), DEMO_BUSINESS["timezone"])}
            for key, value in business.items():
                settings.put(key, value)
            for name, role in generator.STAFF:
                if not Staff.select().where(Staff.name == name).exists():
                    Staff.create(name=name, role=role)
        operator = next(name for name, role in generator.STAFF if role == "manager")
        docs = generator.generate(cases, seed=seed, now=book.now(), tz=book.tz)
        each = None
        if progress is not None:
            def each(i: int) -> None:
                # case i is about to be taken in: the batch before it is written
                if i and i % PROGRESS_EVERY == 0:
                    progress(i, cases)
        large = new_file and cases >= intake_path.STATISTICS_AFTER
        with book.change(), search.bulk_load(book.db), _indexes_at_the_end(book, large):
            # streamed: a batch of cases at a time, generated, prepared and written
            intake_path.write_many(book, docs, by=operator, statistics=not large,
                                   keep_refs=False, each=each, count=cases,
                                   intake=intake_path.Intake.start(book), source="demo")
        if large:
            intake_path.refresh_statistics(book)
    return cases


# The tables a demo fills. Their secondary indexes are built once at the end of a new
# file's load, each in one sorted pass, instead of being kept up row by row (measured:
# see tests/perf). Unique indexes stay: they check what is written (and find references).
_LOADED = ("case", "customer", "deadline", "action", "question", "amendment", "attachment",
           "audit_entry")


@contextlib.contextmanager
def _indexes_at_the_end(book: Casebook, new_file: bool):
    if not new_file:
        yield
        return
    tables = ", ".join(f"'{name}'" for name in _LOADED)
    later = book.db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({tables}) ORDER BY name"
    ).fetchall()
    for name, _sql in later:
        book.db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in later:
        book.db.execute_sql(sql)


@contextlib.contextmanager
def _bulk_load(book: Casebook, new_file: bool):
    """Write a file this call has just created without the safety a live casebook needs.

    Until the demo returns, nobody else has opened the file and it holds nothing but the
    demo, so a power cut can lose nothing anyone saved: the rollback journal stays in
    memory and SQLite does not wait for the disk (instead of writing every page to the
    WAL and then again into the file). A failure still rolls back in memory. Before
    returning the casebook is set back to WAL and synchronous=FULL; that switch is a
    transaction committed with a full sync, which puts the whole file on disk.
    """
    if not new_file:
        yield
        return
    book.db.execute_sql("PRAGMA journal_mode=MEMORY")
    book.db.execute_sql("PRAGMA synchronous=OFF")
    try:
        yield
    finally:
        book.db.execute_sql("PRAGMA synchronous=FULL")
        book.db.execute_sql("PRAGMA journal_mode=WAL")
