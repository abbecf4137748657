"""The case list: a lazy table model over the shared list query.

Rows are fetched a page at a time as the view scrolls, sorted and filtered
by the database, so 100,000 cases cost what one screenful costs. `data()`
never raises: a row that cannot be read shows empty.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casebook.core import listing
from casebook.core.times import iso
from casebook.db import search

log = logging.getLogger("casebook.ui")

PAGE = 200
COLUMNS = ("ref", "received_at", "customer", "category", "severity", "state", "owner",
           "next_reply_at")
SORT_KEYS = {"ref": "ref", "received_at": "received_at", "customer": "customer",
             "category": "category", "severity": "severity", "state": "state", "owner": "owner"}
OVERDUE = QColor("#b3261e")
MAJOR_TINT = QColor("#fde7e7")


def _utc(value):
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


class CaseListModel(QAbstractTableModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.status = "all"
        self.query_text = ""
        self.sort_key = "received_at"
        self.descending = True
        self._ids: list[int] | None = None
        self._count = 0
        self._pages: dict[int, list[dict]] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self.lang = "en"
        self.headers = {
            "ref": self.tr("Reference"), "received_at": self.tr("Received"),
            "customer": self.tr("Customer"), "category": self.tr("Category"),
            "severity": self.tr("Severity"), "state": self.tr("State"),
            "owner": self.tr("Owner"), "next_reply_at": self.tr("Next reply")}
        self.states = {"open": self.tr("Open"), "resolved": self.tr("Awaiting signature"),
                       "closed": self.tr("Closed")}
        self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Re-read from the database (after a change, a filter or a sort)."""
        self.beginResetModel()
        book = self.session.book
        book.bind()
        self._ids = (search.search(book.db, self.query_text, limit=5000, ranked=False)
                     if self.query_text.strip() else None)
        self._pages.clear()
        self._labels = {(e.list_name, e.code): e.labels.get(self.lang) or e.labels.get("en")
                        or e.code for name in ("category",)
                        for e in book.list_entries(name, active_only=False)}
        try:
            status = None if self.status == "all" else self.status
            self._count = listing.count_cases(status=status, now=book.now(), ids=self._ids)
        except Exception:  # a broken query must not take the window down
            log.exception("case list count failed")
            self._count = 0
        self.endResetModel()

    def set_filter(self, status: str) -> None:
        self.status = status
        self.refresh()

    def set_search(self, text: str) -> None:
        self.query_text = text
        self.refresh()

    def _row(self, row: int) -> dict | None:
        page = row // PAGE
        if page not in self._pages:
            try:
                now = self.session.book.now()
                status = None if self.status == "all" else self.status
                ids = listing.page_ids(status=status, now=now, ids=self._ids,
                                       sort=self.sort_key, descending=self.descending,
                                       offset=page * PAGE, limit=PAGE, total=self._count)
                self._pages[page] = listing.rows_for(ids, now)
            except Exception:
                log.exception("case list page failed")
                self._pages[page] = []
        rows = self._pages[page]
        index = row - page * PAGE
        return rows[index] if 0 <= index < len(rows) else None

    def ref_at(self, row: int) -> str | None:
        data = self._row(row)
        return data["ref"] if data else None

    def row_of(self, ref: str) -> int | None:
        for page, rows in self._pages.items():
            for i, data in enumerate(rows):
                if data["ref"] == ref:
                    return page * PAGE + i
        return None

    # ------------------------------------------------------------ Qt model API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return self.headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        try:
            data = self._row(index.row())
            if data is None:
                return None
            column = COLUMNS[index.column()]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._text(data, column)
            if role == Qt.ItemDataRole.ForegroundRole and self._overdue(data):
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.FontRole and column == "next_reply_at" and \
                    self._overdue(data):
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole and data["severity"] == "major" and \
                    data["report_at"] is None and data["state"] != "closed":
                return QBrush(MAJOR_TINT)
            if role == Qt.ItemDataRole.UserRole:
                return data["ref"]
        except Exception:  # data() never raises into Qt
            log.exception("case list data failed")
        return None

    def _overdue(self, data: dict) -> bool:
        due = _utc(data.get("next_reply_at"))
        return bool(due and data["state"] == "open" and due < self.session.book.now())

    def _text(self, data: dict, column: str) -> str:
        if column in ("received_at", "next_reply_at"):
            value = _utc(data.get(column))
            return iso(value, data["tz"])[:16].replace("T", " ") if value else ""
        if column == "category":
            return self._labels.get(("category", data["category"]), data["category"] or "")
        if column == "state":
            return self.states.get(data["state"], data["state"])
        if column == "severity":
            return self.tr("Major") if data["severity"] == "major" else self.tr("General")
        return str(data.get(column) or "")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

