"""Live desks: what other desks (or a script) change shows in this window by itself.

Every change appends to the audit log, so the log is the change feed: the
window remembers the last entry it has seen and asks for the ones after it.
On PostgreSQL a listener thread with a connection of its own waits for the
server's NOTIFY (sent on commit by the audit log's trigger) and nudges the
window at once; a slow poll of the same log catches anything a lost notice
missed. On SQLite (a script writing the same file) the poll alone, every
seconds, is the feed. A poll that finds the server gone reports the lost
connection and keeps trying; the first one that succeeds again reloads
everything, since notices sent meanwhile are lost.

Only reads happen here; the window decides what to refresh.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from casebook.db.connection import connection_lost, is_sqlite
from casebook.db.models import AuditEntry

log = logging.getLogger("casebook.ui")

FILE_POLL_MS = 1_000  # SQLite: the poll is the only feed, and it costs a fraction of a ms
SERVER_POLL_MS = 10_000  # PostgreSQL: a fallback; notices arrive within milliseconds
RETRY_MS = 2_000  # while the connection is lost
CHANNEL = "casebook"
EVERYTHING = "*"


class LiveFeed(QObject):
    """Emits `changed(refs)` for entries other desks appended; `lost(message)` and
    `restored()` when the connection to the casebook goes and comes back."""

    changed = Signal(list)  # case references; "" for staff, lists, settings; "*": reload all
    lost = Signal(str)
    restored = Signal()
    _nudge = Signal()  # from the listener thread: look now

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.book = session.book
        self.is_lost = False
        self.last_id = self._head()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        server = not is_sqlite(self.book.db)
        self.interval = SERVER_POLL_MS if server else FILE_POLL_MS
        self.timer.start(self.interval)
        self._nudge.connect(self.poll)
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        if server:
            self._listener = threading.Thread(target=self._listen, name="casebook-listen",
                                              daemon=True)
            self._listener.start()

    def _head(self) -> int:
        self.book.bind()
        head = AuditEntry.select(AuditEntry.id).order_by(AuditEntry.id.desc()).first()
        return head.id if head else 0

    def poll(self) -> list[str]:
        """Read the entries after the last one seen; returns the references they name."""
        if self._stop.is_set():
            return []
        try:
            self.book.bind()
            rows = list(AuditEntry.select(AuditEntry.id, AuditEntry.case_ref)
                        .where(AuditEntry.id > self.last_id).order_by(AuditEntry.id)
                        .limit(1001).tuples())
        except Exception as exc:  # noqa: BLE001 (a poll must never take the window down)
            if connection_lost(exc) or "connect" in str(exc).lower():
                self._set_lost(str(exc))
            else:
                log.exception("reading other desks' changes failed")
            return []
        if self.is_lost:
            self.is_lost = False
            self.timer.setInterval(self.interval)
            self.last_id = rows[-1][0] if rows else self.last_id
            self.restored.emit()
            self.changed.emit([EVERYTHING])  # notices sent while we were away are gone
            return [EVERYTHING]
        if not rows:
            return []
        self.last_id = rows[-1][0]
        refs = [EVERYTHING] if len(rows) > 1000 else sorted({ref for _, ref in rows})
        self.changed.emit(refs)
        return refs

    def _set_lost(self, reason: str) -> None:
        if not self.is_lost:
            log.warning("connection to the casebook lost: %s", reason)
            self.is_lost = True
            self.timer.setInterval(RETRY_MS)
            self.lost.emit(reason)

    def stop(self) -> None:
        self._stop.set()
        self.timer.stop()
        if self._listener is not None:
            self._listener.join(timeout=3)

    # ------------------------------------------------------------ listener thread
    def _listen(self) -> None:
        """LISTEN on a connection of its own; reconnect with a pause when it breaks."""
        import psycopg

        url = self.book.db.database
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True, connect_timeout=5,
                                     application_name="casebook-listen") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._nudge.emit()  # anything committed before LISTEN took hold
                    while not self._stop.is_set():
                        for _notice in conn.notifies(timeout=1.0, stop_after=1):
                            self._nudge.emit()
            except psycopg.Error as exc:
                log.info("listener lost its connection: %s", exc)
                self._nudge.emit()  # the poll sees the loss (or that all is well) and says so
                self._stop.wait(RETRY_MS / 1000)
