"""Cases prepared ahead, in a second process, while this one writes.

A bulk intake (the demo; 100,000 cases) spends half its time in Python that needs no
database — making each document (the demo's stories), checking and normalising it
(`intake.prepare`), reading its drawn signatures, planning its deadlines and finding its
search words — and half writing rows. On a machine with two cores the first half runs in
a forked child, a batch at a time, and reaches this process through a pipe, in order:

    child:  document → prepare → drawings, rows, deadline plan (, search words…) ─┐
    parent:               refs, customers (, what the child left), index, audit ◀┘

The child never touches the casebook: it works from a copy of the intake's lookups
(staff, list codes) taken before the fork, and its copy of the database connection is
put out of reach (any use raises). A document the child cannot prepare from those
lookups alone — a name or list value the casebook does not hold yet, which the parent
may create, or one that is simply wrong — comes back as it was and is prepared here, in
its place: so the casebook written, its references, error messages and their order are
the same as preparing every document in this process (tests/core/cases/test_bulk_intake.py).

Batches travel as `marshal` data (plain dicts, lists, text, numbers: a third of pickle's
cost to read). A reader thread drains the pipe into a bounded
queue so the child keeps working while the parent writes a batch. How much of each case
the child does is not fixed: it follows whichever process waits for the other (`_Share`),
so a demo and an import, whose writers have different work per case, both keep the two
processes busy.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
import pickle
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from casebook.errors import KnownError

WORTH_IT = 5000  # cases; below this a second process costs more than it saves
SEND_EVERY = 250  # cases per message through the pipe
QUEUED = 12  # messages held at most between the pipe and the writer (3,000 cases: more than
# a batch the writer writes at once, little memory for an import whose cases carry drawings)
HELD = QUEUED * SEND_EVERY  # cases: a writer's batch must be smaller to keep both busy


_forbidden: list[str] = []  # why this process must never fork (a window runs in it)


def forbid(why: str) -> None:
    """No second process from now on in this process: forking one that runs a window (Qt's
    threads, the display connection) is not safe. The desktop app says so at its start."""
    _forbidden.append(why)


def worth_it(count: int) -> bool:
    """Whether `count` cases are prepared faster in a second process here: on Linux (a
    fork is cheap and safe there; macOS's system libraries are not fork-safe, Windows has
    none), with a second core, in a process without a window (`forbid`)."""
    if count < WORTH_IT or not sys.platform.startswith("linux") or _forbidden:
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) >= 2


class TakenInHere(KnownError):
    """Raised in the second process for a document only the writer can take in (one that
    needs the casebook): the document goes back to it. Never shown to anyone."""

    def __init__(self, why: str):
        super().__init__(why)


@dataclass
class Ready:
    """One case as the child leaves it: `doc` alone, to be prepared here, or prepared and
    finished as rows under the reference it will most likely be given (`intake.finish`)."""

    doc: dict | None = None  # the submitted document, when the parent must prepare it
    prepared: dict | None = None
    drawn: dict | None = None
    ref: str | None = None  # the reference the rows were made under
    # the case's row (stored, read back — its digest's text once `completed`) without its
    # customer, and its parts' rows per table likewise, without the case's id
    case: tuple | None = None
    parts: list | None = None
    words: list[str] | None = None  # the search words of its own texts (document.case_words)
    texts: list[str] | None = None  # or those texts, for the writer to find their words
    completed: bool = False  # the rest done too (`intake.completed`)
    # the whole prepared document, packed, when `prepared` is only what the writer reads of
    # a finished case: unpacked (`whole`) only if it must finish the case again itself
    packed: bytes | None = None

    def whole(self) -> dict:
        """The prepared document, whole."""
        return self.prepared if self.packed is None else _loads(self.packed)

    def sent(self) -> tuple:
        if self.case is None:
            return ("prepared", self.prepared, self.drawn)
        return ("ok", self.prepared, self.drawn, self.ref, self.case, self.parts, self.words,
                self.texts, self.completed, self.packed)


def prepared_ahead(db, docs: Iterable[dict], work: Callable[[dict, int], Ready]
                   ) -> Iterator[Ready]:
    """`work(doc, effort)` → a `Ready` for each document, done in a forked child; yields
    them here, in order. `effort` (0, 1 or 2) says how much of a case the child does and
    leaves to this process: it grows while this process is the slower and shrinks while
    it waits for the child (`_Share`), so each intake balances itself — an import's
    writer has more to do per case than the demo's. A `KnownError` raised by `work`
    sends the document back as it was (`Ready.doc`), for the caller to prepare itself; one
    raised while reading `docs` (a line of a file that is not JSON) is raised here, after
    the documents before it."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    _widen(writer)
    # what the child sees of this process (`_Share`): the seconds it waited for messages,
    # all told, and since when it waits for the next (0: it does not)
    waited = context.RawArray("d", 2)
    child = context.Process(target=_child, args=(db, docs, work, writer, waited),
                            daemon=True)
    child.start()
    writer.close()
    received: queue.Queue = queue.Queue(QUEUED)
    drain = threading.Thread(target=_drain, args=(reader, received), daemon=True)
    drain.start()
    finished = False
    try:
        while True:
            if received.empty():
                waited[1] = start = time.monotonic()
                message = received.get()
                waited[0] += time.monotonic() - start
                waited[1] = 0.0
            else:
                message = received.get()
            if message is None:
                break
            if message is _LOST:
                child.join()
                raise RuntimeError("The second process preparing cases ended before it "
                                   f"finished (exit code {child.exitcode}).")
            items = _loads(message)
            if items and items[0] == "failed":
                raise RuntimeError("Preparing cases in the second process failed:\n" + items[1])
            for item in items:
                yield _ready(item)
        finished = True
    finally:
        if not finished and child.is_alive():
            child.kill()  # the parent stopped early (an error while writing): stop with it
        while drain.is_alive():  # it may wait to hand over a message nobody will read
            try:
                received.get(timeout=0.05)
            except queue.Empty:
                pass
        reader.close()
        child.join()


_LOST = b"lost"  # the pipe closed without the child's last word: it died (killed, no memory)


def _widen(connection) -> None:
    """The pipe's buffer made as large as the system lets anyone make it (1 MB on Linux;
    64 KB by default): a message of a few hundred cases then passes in a write or two.
    Through 64 KB it took dozens, each waiting for the reader thread here to get its turn
    at the interpreter from the thread writing rows: the child sat idle a quarter of the
    time."""
    try:
        import fcntl

        with open("/proc/sys/fs/pipe-max-size") as limit:
            size = int(limit.read())
        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, size)
    except (ImportError, AttributeError, OSError, ValueError):
        pass  # not Linux, or not allowed: the default buffer still works


def _drain(reader, received: queue.Queue) -> None:
    try:
        while True:
            message = reader.recv_bytes()
            if not message:  # the child's last word: all sent
                received.put(None)
                return
            received.put(message)
    except (EOFError, OSError):
        received.put(_LOST)  # after what it sent before, so that is written first


class _Share:
    """How much of each case the child does (`work`'s effort: 0 prepare only, 1 finish as
    rows, 2 the rest too), as a share of the work between 0 and 2, moved at each message
    sent by how much longer one process waited for the other since the last: lowered
    when the writer waited for messages (the child is the slower), raised when the child
    waited to send (the writer is). It settles where both are busy, whichever has more
    to do per case."""

    GAIN = 2.0  # share moved per second of waiting more than the other process
    STEP = 0.1  # moved at most at once

    def __init__(self, waited):
        # seconds the writer has waited for messages, all told, and when it began to
        # wait for the next (0: it is not waiting)
        self.waited = waited
        self.sent, self.writer_seen = 0, 0.0
        self.share, self.credit = 1.0, 0.0

    def effort(self) -> int:
        """The effort for the next case: the share's whole part, one more for its fraction
        of the cases."""
        whole = int(self.share)
        self.credit += self.share - whole
        if self.credit >= 1:
            self.credit -= 1
            return whole + 1
        return whole

    def message_sent(self, blocked: float) -> None:
        """A message sent, after waiting `blocked` seconds for the writer to make room."""
        self.sent += 1
        total, since = self.waited
        writer = total + (time.monotonic() - since if since else 0.0)
        writer_waited, self.writer_seen = writer - self.writer_seen, writer
        if self.sent <= QUEUED:  # at first the writer waits for a batch to write
            return
        step = max(-self.STEP, min(self.STEP, (blocked - writer_waited) * self.GAIN))
        self.share = max(0.0, min(2.0, self.share + step))


def _child(db, docs: Iterable[dict], work: Callable, writer, waited) -> None:
    _out_of_reach(db)
    try:
        batch: list = []
        share = _Share(waited)
        items = iter(docs)
        while True:
            try:
                doc = next(items)
            except StopIteration:
                break
            except KnownError as exc:  # the items themselves are wrong (a line not JSON):
                batch.append(("error", type(exc), exc.msgid, exc.params))  # said in place
                break
            try:
                batch.append(work(doc, share.effort()).sent())
            except KnownError:
                batch.append(("doc", doc))
            if len(batch) >= SEND_EVERY:
                message = _dumps(batch)
                start = time.monotonic()
                writer.send_bytes(message)
                share.message_sent(time.monotonic() - start)
                batch = []
        if batch:
            writer.send_bytes(_dumps(batch))
        writer.send_bytes(b"")
    except BaseException:  # noqa: BLE001 - a bug: the parent says what it was
        writer.send_bytes(_dumps(["failed", traceback.format_exc()]))
        writer.send_bytes(b"")


_KEPT: list = []


def _out_of_reach(db) -> None:
    """The child's copy of the casebook's connection: never used and never closed (closing
    a server connection would end the parent's session; a SQLite file must not be written
    by two processes through one handle). Any query in the child raises instead."""
    state = db._state
    _KEPT.append(state.conn)  # kept alive until the child exits (os._exit: no finaliser)
    state.reset()
    db.autoconnect = False


def _ready(item) -> Ready:
    if item[0] == "error":
        _, kind, msgid, params = item
        raise kind(msgid, **params)
    if item[0] == "doc":
        return Ready(doc=item[1])
    if item[0] == "prepared":
        return Ready(prepared=item[1], drawn=item[2])
    _, prepared, drawn, ref, case, parts, words, texts, completed, packed = item
    return Ready(prepared=prepared, drawn=drawn, ref=ref, case=case, parts=parts, words=words,
                 texts=texts, completed=completed, packed=packed)


def pack(value) -> bytes:
    """A value as the child sends it (`Ready.packed`): bytes travel as they are."""
    return _dumps(value)


def _dumps(value) -> bytes:
    try:
        return b"m" + marshal.dumps(value)
    except ValueError:  # a type marshal does not know (never in prepared documents)
        return b"p" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _loads(data: bytes):
    return marshal.loads(data[1:]) if data[:1] == b"m" else pickle.loads(data[1:])
