"""The reports view: a period's statistics for the weekly and monthly review.

Figures come from `core.stats` (the same numbers as `casebook report`);
this module only lays them out: the headline counts against the previous
period, a bar chart per breakdown, the waits, the agreed reply times kept,
satisfaction, repeat customers and systemic cases. A click on a bar asks the
main window to list exactly the cases behind it (`core.report_cases`).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from babel.numbers import format_decimal, format_percent
from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QFileDialog,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from casebook.core.reports import report_cases
from casebook.core.reports import stats
from casebook.errors import KnownError
from casebook.core.time.times import zone
from casebook.i18n import dates
from casebook.ui import places
from casebook.ui.charts import Bar, BarChart
from casebook.ui.operations import show_error

PRESETS = ("this_week", "last_week", "this_month", "last_month", "custom")
TABLE_ROWS = 10  # the systemic and repeat tables show this many rows before they scroll


def preset_period(preset: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """[start, end) local dates of a preset; weeks start on Monday."""
    monday = today - dt.timedelta(days=today.weekday())
    first = today.replace(day=1)
    if preset == "this_week":
        return monday, monday + dt.timedelta(days=7)
    if preset == "last_week":
        return monday - dt.timedelta(days=7), monday
    if preset == "last_month":
        previous = (first - dt.timedelta(days=1)).replace(day=1)
        return previous, first
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following  # this month (and the start of a custom period)


class ReportsView(QDialog):
    """Statistics of a period; `show_cases(ids, title)` when a bar is clicked."""

    show_cases = Signal(list, str)

    def __init__(self, session, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.setWindowTitle(self.tr("Reports"))
        self.session, self.lang = session, lang
        self.statistics: stats.Statistics | None = None
        self.charts: dict[str, BarChart] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._period_row())
        self.headline = QGridLayout()
        layout.addLayout(self.headline)
        self._build_headline()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QGridLayout(body)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self._build_charts()
        places.restore(self, "reports", QSize(1100, 820))
        self.refresh()

    def done(self, result: int) -> None:
        places.remember(self, "reports")
        super().done(result)

    # ------------------------------------------------------------------ layout
    def _period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.setObjectName("periodBox")
        self.preset.setAccessibleName(self.tr("Period"))
        names = {"this_week": self.tr("This week"), "last_week": self.tr("Last week"),
                 "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "custom": self.tr("Other dates")}
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.start = QDateEdit()
        self.start.setObjectName("periodFrom")
        self.end = QDateEdit()  # shown inclusive: "to 30 November", the core's end is 1 Dec
        self.end.setObjectName("periodTo")
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setLocale(QLocale(dates.locale_of(self.lang)))
            edit.setDisplayFormat(dates.date_pattern(self.lang))  # as everywhere on screen
            edit.setAccessibleName(name)
        row.addWidget(QLabel(self.tr("Period")))
        row.addWidget(self.preset)
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("To")))
        row.addWidget(self.end)
        row.addStretch(1)
        for name, text, slot in (("reportPdfButton", self.tr("Save as PDF…"), self.save_pdf),
                                 ("reportCsvButton", self.tr("Save as CSV…"), self.save_csv)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        self._set_preset("this_month")
        self.preset.setCurrentIndex(self.preset.findData("this_month"))
        self.preset.currentIndexChanged.connect(
            lambda: self._set_preset(self.preset.currentData()) or self.refresh())
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        return row

    def _build_charts(self) -> None:
        titles = {"category": self.tr("By category"), "kind": self.tr("By kind"),
                  "severity": self.tr("By severity"), "nature": self.tr("By nature"),
                  "channel": self.tr("By channel"), "owner": self.tr("By staff member"),
                  "satisfaction": self.tr("Satisfaction (1–5)")}
        for i, key in enumerate(titles):
            box = QGroupBox(titles[key])
            inner = QVBoxLayout(box)
            chart = BarChart()
            chart.setObjectName(f"chart_{key}")
            chart.setAccessibleName(titles[key])
            chart.picked.connect(lambda code, k=key: self.pick(k, code))
            inner.addWidget(chart)
            self.charts[key] = chart
            self.body.addWidget(box, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        row = (len(titles) + 1) // 2
        self.systemic = self._table("systemicTable", (self.tr("Reference"), self.tr("Category"),
                                                      self.tr("Root cause"),
                                                      self.tr("Preventive action")),
                                    wide=(2, 3))
        self.repeaters = self._table("repeatTable", (self.tr("Customer"),
                                                     self.tr("Cases in the period"),
                                                     self.tr("Cases in all")), wide=(0,))
        for column, (title, table) in enumerate(((self.tr("Systemic cases"), self.systemic),
                                                 (self.tr("Repeat customers"), self.repeaters))):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            self.body.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)

    def _table(self, name: str, headers: tuple[str, ...],
               wide: tuple[int, ...] = ()) -> QTableWidget:
        """A table whose headers are never cut and whose long texts wrap; `wide` columns
        share the room, the others are as wide as their contents."""
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(list(headers))
        header = table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in wide
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _fit_table(self, table: QTableWidget) -> None:
        """As tall as its rows (up to TABLE_ROWS of them), never two rows in a slot."""
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), TABLE_ROWS)))
        least = table.verticalHeader().defaultSectionSize() * 3
        table.setFixedHeight(table.horizontalHeader().height() + max(rows, least)
                             + 2 * table.frameWidth())

    # ------------------------------------------------------------------ period
    def _today(self) -> dt.date:
        book = self.session.book
        return book.now().astimezone(zone(book.tz)).date()

    def _set_preset(self, preset: str) -> None:
        if preset == "custom":
            return  # the dates as they are, for the user to change
        start, end = preset_period(preset, self._today())
        for edit, day in ((self.start, start), (self.end, end - dt.timedelta(days=1))):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        """[start, end) as the core takes it: the "to" date is included."""
        return (self.start.date().toPython(),
                self.end.date().toPython() + dt.timedelta(days=1))

    # ------------------------------------------------------------------ figures
    def refresh(self) -> None:
        start, end = self.period()
        try:
            self.statistics = stats.statistics(self.session.book, start, end)
        except KnownError as exc:
            show_error(self, str(exc))
            return
        self._show_headline()
        self._show_charts()
        self._show_tables()

    def _number(self, value) -> str:
        return format_decimal(value, locale=self.lang)

    def _hours(self, wait) -> str:
        """A wait as a shop owner says it: half the cases within so long, nine in ten
        within so long (the median and the 90th percentile)."""
        if wait.median is None:
            return "—"
        return self.tr("half within {median} h, 9 in 10 within {p90} h").format(
            median=format_decimal(round(wait.median, 1), locale=self.lang),
            p90=format_decimal(round(wait.p90, 1), locale=self.lang))

    FIGURES = ("received", "resolved", "open", "overdue")

    def _build_headline(self) -> None:
        """The labels once; each refresh only sets their text."""
        titles = {"received": self.tr("Received"), "resolved": self.tr("Resolved"),
                  "open": self.tr("Open"), "overdue": self.tr("Overdue")}
        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        for column, key in enumerate(self.FIGURES):
            figure, trend = QLabel(), QLabel()
            figure.setObjectName(f"figure_{key}")
            figure.setAccessibleName(titles[key])
            trend.setObjectName(f"trend_{key}")
            trend.setStyleSheet("color: #6b6b6b")
            trend.setWordWrap(True)
            self.headline.addWidget(QLabel(titles[key]), 0, column)
            self.headline.addWidget(figure, 1, column)
            self.headline.addWidget(trend, 2, column)
            self.figures[key] = (figure, trend)
        self.overdue_note = self.tr("Overdue counts every case not yet closed that has a "
                                    "follow-up past its time — resolved cases waiting for "
                                    "the signature too — so it can be more than Open.")
        self.figures["overdue"][0].setToolTip(self.overdue_note)
        self.details = []
        for column in range(4):
            label = QLabel()
            label.setObjectName(f"detail_{column}")
            label.setWordWrap(True)
            self.headline.addWidget(label, 3, column)
            self.details.append(label)
        self.law = QLabel()  # deadlines set by law; hidden in a casebook without any
        self.law.setObjectName("lawTerms")
        self.law.setWordWrap(True)
        self.headline.addWidget(self.law, 4, 0, 1, 4)

    def _show_headline(self) -> None:
        now, before = self.statistics.headline, self.statistics.previous
        for key, (figure, trend) in self.figures.items():
            value, previous = getattr(now.counts, key), getattr(before.counts, key)
            figure.setText(f"<b style='font-size:18pt'>{self._number(value)}</b>")
            trend.setText(self.tr("previous period: {n}").format(n=self._number(previous)))
        if now.counts.overdue > now.counts.open:  # say why before anyone asks
            trend = self.figures["overdue"][1]
            trend.setText(trend.text() + "\n" + self.overdue_note)
        share = now.replies.kept_share
        details = (
            (self.tr("First contact (business hours)"), self._hours(now.first_contact.business)),
            (self.tr("Resolution (business hours)"), self._hours(now.resolution.business)),
            (self.tr("Agreed reply times kept"),
             "—" if share is None else format_percent(share, locale=self.lang)),
            (self.tr("Average satisfaction"), "—" if now.satisfaction_mean is None
             else format_decimal(round(now.satisfaction_mean, 1), locale=self.lang)),
        )
        for label, (title, text) in zip(self.details, details):
            label.setText(f"{escape(title)}:<br><b>{escape(text)}</b>")
        law, before = self.statistics.law, self.statistics.previous_law
        self.law.setVisible(bool(law.total or before.total))
        self.law.setText(escape(self.tr(
            "Deadlines set by law: {met} met, {missed} missed, {running} still running "
            "(previous period: {before_met} met, {before_missed} missed)").format(
            met=self._number(law.met), missed=self._number(law.missed),
            running=self._number(law.running), before_met=self._number(before.met),
            before_missed=self._number(before.missed))))
        if law.missed:
            self.law.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            self.law.setStyleSheet("")

    def _label(self, dimension: str, code: str) -> str:
        lists = dict(stats.DIMENSIONS)
        if not code:
            return self.tr("(none)")
        if lists.get(dimension) is None:
            return code  # a staff member's name
        return self.session.book.label(lists[dimension], code, self.lang)

    def _show_charts(self) -> None:
        for dimension, groups in self.statistics.breakdowns.items():
            self.charts[dimension].set_bars([
                Bar(g.code, self._label(dimension, g.code), g.counts.received,
                    self._with_overdue(g.counts), g.counts.overdue) for g in groups])
        scores = self.statistics.satisfaction
        self.charts["satisfaction"].set_bars([
            Bar(score, "★" * score, scores.get(score, 0), self._number(scores.get(score, 0)))
            for score in (5, 4, 3, 2, 1)])

    def _with_overdue(self, counts) -> str:
        if not counts.overdue:
            return self._number(counts.received)
        return self.tr("{n} ({late} overdue)").format(n=self._number(counts.received),
                                                      late=self._number(counts.overdue))

    def _show_tables(self) -> None:
        systemic = self.statistics.systemic
        self.systemic.setRowCount(len(systemic))
        for row, case in enumerate(systemic):
            for column, text in enumerate((case.ref, self._label("category", case.category),
                                           case.root_cause, case.preventive_action)):
                self.systemic.setItem(row, column, QTableWidgetItem(text or ""))
        repeaters = self.statistics.repeat_customers
        self.repeaters.setRowCount(len(repeaters))
        for row, customer in enumerate(repeaters):
            for column, text in enumerate((customer.name or "—",
                                           self._number(customer.cases_in_period),
                                           self._number(customer.cases_in_total))):
                self.repeaters.setItem(row, column, QTableWidgetItem(text))
        self._fit_table(self.systemic)
        self._fit_table(self.repeaters)

    # ------------------------------------------------------------------ click-through
    def pick(self, dimension: str, code) -> list[int]:
        """The cases behind a bar, handed to the case list."""
        period = self.statistics.period
        ids = report_cases.case_ids(self.session.book, period, dimension=dimension, code=code)
        label = ("★" * int(code) if dimension == "satisfaction"
                 else self._label(dimension, code))
        last = period.end - dt.timedelta(days=1)
        title = self.tr("{what}, received {start} – {end}").format(
            what=label, start=dates.date_text(period.start, self.lang),
            end=dates.date_text(last, self.lang))
        self.show_cases.emit(ids, title)
        return ids

    # ------------------------------------------------------------------ export
    def _target(self, suffix: str, kind: str) -> Path | None:
        start, end = self.period()
        name = f"casebook-report-{start.isoformat()}-{(end - dt.timedelta(days=1)).isoformat()}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              str(Path.home() / f"{name}{suffix}"), kind)
        return Path(path) if path else None

    def save_pdf(self) -> Path | None:
        path = self._target(".pdf", self.tr("PDF documents (*.pdf)"))
        return self.write(path) if path else None

    def save_csv(self) -> Path | None:
        path = self._target(".csv", self.tr("CSV tables (*.csv)"))
        return self.write(path) if path else None

    def write(self, path: Path) -> Path | None:
        """The report as `casebook report` writes it (PDF or CSV by the file's suffix)."""
        from casebook.core.reports import report_files

        start, end = self.period()
        try:
            report_files.write(self.session.book, start, end, path, lang=self.lang)
        except KnownError as exc:
            show_error(self, str(exc))
            return None
        return path
