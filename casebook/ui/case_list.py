"""The case list: a lazy table model over the shared list query.

Rows are fetched a page at a time as the view scrolls, sorted and filtered
by the database, so 100,000 cases cost what one screenful costs; a small
result (a search, most quick filters) has its ids ordered once and its rows
fetched a page at a time the same way. `data()` never raises: a row that
cannot be read shows empty.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

from peewee import JOIN, SQL, SqliteDatabase

from casebook.core.cases import listing
from casebook.db import search
from casebook.i18n import dates
from casebook.db.models import Case, Customer, Staff

log = logging.getLogger("casebook.ui")

PAGE = 200
MAX_PAGES = 50  # formatted pages kept (10,000 rows); ids of pages read ahead are cheap
SMALL = 10_000  # a result this small is ordered once in memory (see _sorted_ids)
SEARCH_LIMIT = 5000
COLUMNS = ("ref", "received_at", "customer", "category", "severity", "state", "owner",
           "next_reply_at")
SORT_KEYS = {"ref": "ref", "received_at": "received_at", "customer": "customer",
             "category": "category", "severity": "severity", "state": "state", "owner": "owner"}
NEXT_REPLY = COLUMNS.index("next_reply_at")
OVERDUE = QColor("#b3261e")
NAMED = {"customer": (Case.customer, Customer), "owner": (Case.owner, Staff)}
MAJOR_TINT = QColor("#fde7e7")


def _utc(value):
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value


@dataclass(frozen=True, slots=True)
class ListRow:
    ref: str
    texts: tuple[str, ...]  # per column, as shown
    state: str
    next_reply: dt.datetime | None
    unreported_major: bool


class CaseListModel(QAbstractTableModel):
    def __init__(self, session, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.session = session
        self.status = "all"
        self.query_text = ""
        self.sort_key = "received_at"
        self.descending = True
        self._ids: list[int] | None = None  # search hits, or None for no search
        self.pinned: list[int] | None = None  # the cases behind a report figure, or None
        self._order: list[int] | None = None  # a small result's ids, in list order
        self._nulls: int | None = None  # cases without the sort's person (_named_page)
        self._large: set[str | None] = {None}  # filters last seen above SMALL ("all" is)
        self._page_ids: dict[int, list[int]] = {}  # ids of pages read ahead, by page
        self._count = 0
        self._pages: dict[int, list[ListRow]] = {}
        self._labels: dict[tuple[str, str], str] = {}
        self.lang = lang
        self.headers = {
            "ref": self.tr("Reference"), "received_at": self.tr("Received"),
            "customer": self.tr("Customer"), "category": self.tr("Category"),
            "severity": self.tr("Severity"), "state": self.tr("State"),
            "owner": self.tr("Owner"), "next_reply_at": self.tr("Next reply")}
        self.states = {"open": self.tr("Open"), "resolved": self.tr("Awaiting signature"),
                       "closed": self.tr("Closed")}
        self.severities = {"major": self.tr("Major"), "general": self.tr("General")}
        self._overdue_brush = QBrush(OVERDUE)
        self._major_brush = QBrush(MAJOR_TINT)
        self._bold = QFont()
        self._bold.setBold(True)
        self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Re-read from the database (after a change, a filter or a sort)."""
        self.beginResetModel()
        self._pages.clear()
        try:
            self._load()
        except Exception:  # a broken query must not take the window down
            log.exception("case list refresh failed")
            self._ids, self._order, self._count = None, [], 0
        finally:
            self.endResetModel()

    def _load(self) -> None:
        book = self.session.book
        book.bind()
        self._labels = {(e.list_name, e.code): e.labels.get(self.lang) or e.labels.get("en")
                        or e.code for name in ("category",)
                        for e in book.list_entries(name, active_only=False)}
        self._ids = (search.search(book.db, self.query_text, limit=SEARCH_LIMIT, ranked=False)
                     if self.query_text.strip() else None)
        if self.pinned is not None:  # a report's cases, searched within when both are set
            pinned = set(self.pinned)
            self._ids = (list(self.pinned) if self._ids is None
                         else [i for i in self._ids if i in pinned])
        status, now = self._status(), book.now()
        self._order, self._nulls = None, None
        self._page_ids.clear()
        if self._ids is None and status in self._large:  # known to be big: count it
            self._count = listing.count_cases(status=status, now=now)
            if self._count > SMALL:
                return  # pages come from the database as the view scrolls
            self._large.discard(status)
        # a search or a quick filter is usually small: fetch it whole, unless it is not
        order = self._sorted_ids(status, now, limit=None if self._ids is not None else SMALL + 1)
        if len(order) > SMALL:
            self._large.add(status)
            self._count = listing.count_cases(status=status, now=now)
        else:
            self._order, self._count = order, len(order)

    def _status(self) -> str | None:
        return None if self.status == "all" else self.status

    def _sorted_ids(self, status: str | None, now, *, limit: int | None = None) -> list[int]:
        """Every id a small result shows, in list order, from one unordered query.

        Walking the sort column's index (what paging does) is the fast plan for the
        whole casebook but the slow one for a few matches scattered through it (101
        major unreported cases among 100,000: 185 ms); fetched by their filter's own
        index and sorted here they cost a few ms. Same order as the database's: NULL
        first, ties by id in the sort's direction. With `limit`, more than `limit` - 1
        ids only says "too many" (they are unsorted then)."""
        column = listing.SORTS.get(self.sort_key, Case.received_at)
        query = Case.select(Case.id, column)
        if self.sort_key == "customer":
            query = query.join(Customer, JOIN.LEFT_OUTER, on=(Case.customer == Customer.id))
        elif self.sort_key == "owner":
            query = query.join(Staff, JOIN.LEFT_OUTER, on=(Case.owner == Staff.id))
        query = listing.where_status(query, status, now)
        if self._ids is not None:
            # integers from our own index, written inline: peewee builds one node per bound
            # value, which costs more than the query for a few thousand hits
            query = query.where(Case.id << SQL("(%s)" % ",".join(
                str(int(i)) for i in self._ids) if self._ids else "(NULL)"))
        # the raw cursor: stored values, sorted as the database sorts them, unconverted
        rows = self.session.book.db.execute(query.limit(limit) if limit else query).fetchall()
        rows.sort(key=lambda r: (r[1] is not None, r[1], r[0]), reverse=self.descending)
        return [r[0] for r in rows]

    def _named_page(self, now, offset: int, limit: int) -> list[int]:
        """A page of a large list sorted by customer or owner name.

        Joined from the person's side, SQLite walks the name index and the case's foreign
        key index and stops after the page (0.3 ms for the first page of 100,000, 46 ms
        for the middle one); joined from the case's side as a LEFT JOIN must be, it sorts
        every case first (23 ms for the first page, 130 ms for the middle; 250 ms for the
        first page of the closed cases). Cases with no
        customer or owner, which an inner join leaves out, come first going up and last
        going down, as the database orders NULLs."""
        status = self._status()
        fk, person = NAMED[self.sort_key]
        if self._nulls is None:
            self._nulls = listing.where_status(Case.select(Case.id).where(fk.is_null()),
                                               status, now).count()
        named_total = self._count - self._nulls
        # SQLite keeps a CROSS JOIN's order: the name index first even when a filter
        # ("closed": 96% of cases) tempts the planner to its own index and a full sort
        sqlite = isinstance(self.session.book.db, SqliteDatabase)

        def named(off: int, lim: int, descending: bool) -> list[int]:
            if off > named_total // 2:  # the far half is read from the other end
                tail, count = max(0, named_total - off - lim), min(lim, named_total - off)
                return named(tail, count, not descending)[::-1] if count > 0 else []
            if sqlite:
                query = person.select(Case.id).join(Case, JOIN.CROSS).where(fk == person.id)
                query = listing.where_status(query, status, now)
                case_id = Case.id
            else:
                # A server hash-joins every case to its person and sorts them all by name
                # (100 ms for the middle of 100,000). Each person's cases asked for apart
                # (LATERAL; OFFSET 0 keeps the planner from folding it back into a join)
                # come in the name index's order, and only each name's few cases are
                # sorted by id: the walk stops at the page (40 ms for the middle).
                theirs = listing.where_status(
                    Case.select(Case.id.alias("case_id")).where(fk == person.id), status, now
                ).offset(0).alias("theirs")
                query = person.select(theirs.c.case_id).join(theirs, JOIN.LATERAL)
                case_id = theirs.c.case_id
            query = query.order_by(person.name.desc() if descending else person.name.asc(),
                                   case_id.desc() if descending else case_id.asc())
            return [i for (i,) in query.offset(off).limit(lim).tuples()]

        def unnamed(off: int, lim: int, descending: bool) -> list[int]:
            query = listing.where_status(Case.select(Case.id).where(fk.is_null()), status, now)
            query = query.order_by(Case.id.desc() if descending else Case.id.asc())
            return [i for (i,) in query.offset(off).limit(lim).tuples()]

        segments = ([(named_total, named), (self._nulls, unnamed)] if self.descending
                    else [(self._nulls, unnamed), (named_total, named)])
        ids: list[int] = []
        for size, fetch in segments:
            if offset < size and len(ids) < limit:
                ids += fetch(offset, min(limit - len(ids), size - offset), self.descending)
            offset = max(0, offset - size)
        return ids

    def set_filter(self, status: str) -> None:
        self.status = status
        self.refresh()

    def set_pinned(self, ids: list[int] | None) -> None:
        """Show only these cases (a report's click-through), or all again with None."""
        self.pinned = None if ids is None else list(ids)
        self.refresh()

    def set_search(self, text: str) -> None:
        self.query_text = text
        self.refresh()

    def _row(self, row: int) -> ListRow | None:
        page = row // PAGE
        if page not in self._pages:
            try:
                now = self.session.book.now()
                ids = self._ids_of_page(page, now)
                self._pages[page] = [self._prepare(r) for r in listing.rows_for(ids, now)]
            except Exception:
                log.exception("case list page failed")
                self._pages[page] = []
            while len(self._pages) > MAX_PAGES:  # long scrolls keep memory flat
                del self._pages[next(iter(self._pages))]
        rows = self._pages[page]
        index = row - page * PAGE
        return rows[index] if 0 <= index < len(rows) else None

    def _ids_of_page(self, page: int, now) -> list[int]:
        if self._order is not None:
            return self._order[page * PAGE:(page + 1) * PAGE]
        if page not in self._page_ids:
            # A jump shows rows of two pages, and what a page costs is the walk to its
            # offset, not its rows: one walk reads the ids of the neighbours too.
            first = max(0, page - 1)
            offset, limit = first * PAGE, 3 * PAGE
            if self.sort_key in NAMED:
                ids = self._named_page(now, offset, limit)
            else:
                ids = listing.page_ids(status=self._status(), now=now, sort=self.sort_key,
                                       descending=self.descending, offset=offset, limit=limit,
                                       total=self._count)
            for i in range(3):
                self._page_ids.setdefault(first + i, ids[i * PAGE:(i + 1) * PAGE])
        return self._page_ids[page]

    def ref_at(self, row: int) -> str | None:
        data = self._row(row)
        return data.ref if data else None

    def row_of(self, ref: str) -> int | None:
        """The row of a case among those read so far (the first page at least)."""
        if self._count and 0 not in self._pages:
            self._row(0)
        for page, rows in self._pages.items():
            for i, data in enumerate(rows):
                if data.ref == ref:
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
            row = self._row(index.row())
            if row is None:
                return None
            column = index.column()
            if role == Qt.ItemDataRole.DisplayRole:
                return row.texts[column]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._overdue_brush if self._overdue(row) else None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold if column == NEXT_REPLY and self._overdue(row) else None
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._major_brush if row.unreported_major else None
            if role == Qt.ItemDataRole.ToolTipRole and column == NEXT_REPLY:
                return self.tr("Overdue") if self._overdue(row) else None
            if role == Qt.ItemDataRole.UserRole:
                return row.ref
        except Exception:  # data() never raises into Qt
            log.exception("case list data failed")
        return None

    def _overdue(self, row: ListRow) -> bool:
        return bool(row.next_reply and row.state == "open"
                    and row.next_reply < self.session.book.now())

    def _prepare(self, data: dict) -> ListRow:
        """A database row as the list shows it, formatted once when its page loads."""
        texts = []
        for column in COLUMNS:
            if column in ("received_at", "next_reply_at"):
                value = _utc(data.get(column))
                texts.append(dates.moment_text(value, data["tz"], self.lang) if value else "")
            elif column == "category":
                texts.append(self._labels.get(("category", data["category"]),
                                              data["category"] or ""))
            elif column == "state":
                texts.append(self.states.get(data["state"], data["state"]))
            elif column == "severity":
                texts.append(self.severities.get(data["severity"], data["severity"] or ""))
            else:
                texts.append(str(data.get(column) or ""))
        return ListRow(ref=data["ref"], texts=tuple(texts), state=data["state"],
                       next_reply=_utc(data.get("next_reply_at")),
                       unreported_major=(data["severity"] == "major"
                                         and data["report_at"] is None
                                         and data["state"] != "closed"))

    def sortable(self, column: int) -> bool:
        """The database sorts by these; the next reply is a per-case aggregate, too dear to
        order 100,000 cases by on every click (the due list and the filters cover it)."""
        return 0 <= column < len(COLUMNS) and COLUMNS[column] in SORT_KEYS

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        key = SORT_KEYS[COLUMNS[column]]
        if key == self.sort_key and self.descending == (order == Qt.SortOrder.DescendingOrder):
            return  # already so (the view re-sorts when its model is set)
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()



def fit_columns(table: QTableView, staff) -> None:
    """Each column as wide as what the first page holds (and its title), never less than a
    date or the longest name on the staff list, and no wider than 28 characters (a long
    category elides rather than crowd the rest out). The desk may then drag them, and
    the window remembers where they were left."""
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    pad = 2 * metrics.horizontalAdvance("M")
    header.setResizeContentsPrecision(PAGE)  # the first page, not 100,000 rows
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(metrics.horizontalAdvance("MMMM"))
    table.resizeColumnsToContents()
    lang = getattr(table.model(), "lang", "en")
    least = {"received_at": metrics.horizontalAdvance(dates.example(lang)),
             "next_reply_at": metrics.horizontalAdvance(dates.example(lang)),
             "customer": 15 * metrics.averageCharWidth(),
             "owner": max([metrics.horizontalAdvance(s.name) for s in staff] or [0])}
    for column, key in enumerate(COLUMNS):
        width = max(header.sectionSize(column), least.get(key, 0) + pad)
        header.resizeSection(column, min(width, 28 * metrics.averageCharWidth()))
