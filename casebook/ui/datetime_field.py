"""A date and time as the desk types it in its own language, with a calendar beside it.

Every time in the case editor — when the complaint came in, when it happened,
the agreed next reply, the reply, the report — is this one field. It is a line
of text in the language's short style ("05.12.2026 10:00" in Russian,
"2026/12/5 10:00" in Chinese; `casebook.i18n.dates`), so the clerk types it
like any other field and Tab leaves it, empty or not. The calendar button (or
F4 / Alt+Down in the field) picks the day with the mouse; "Now" fills in the
present moment where that is the usual answer.

A time is kept in the casebook's timezone, whatever the PC's: the field shows
and reads wall-clock time there, so daylight saving never moves a promise.
`value()` is ISO with the offset, None when empty, or the text as typed when it
is not a time — `problem()` then says so in words that name the field and show
how to type it, and the editor refuses to save until it is put right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QToolButton,
                               QVBoxLayout, QWidget)

from casebook.core.time.times import iso, zone
from casebook.i18n import dates

INVALID = "border: 1px solid #b3261e;"


class CalendarPopup(QFrame):
    """The month to pick a day from; closes on a pick, Esc or a click elsewhere."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget, lang: str):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setLocale(QLocale(dates.locale_of(lang)))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 2, 2, 2)
        column.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class MomentText(QLineEdit):
    """The typed time; F4 or Alt+Down asks for the calendar, as in a date box."""

    calendar_wanted = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.calendar_wanted.emit()
            return
        super().keyPressEvent(event)


class DateTimeField(QWidget):
    """See the module docstring. `clock` is anything with now() and tz (the editor)."""

    changed = Signal()

    def __init__(self, clock, *, lang: str, empty_text: str = "", now_button: bool = True,
                 default_time: dt.time = dt.time(9, 0), parent: QWidget | None = None):
        super().__init__(parent)
        self.clock, self.lang = clock, lang
        self.default_time = default_time  # the time a day picked in the calendar gets
        self.label = ""  # the field's name in messages (set by the editor)
        self._kept: tuple[str, str] | None = None  # (shown text, exact stored value)
        self._bad = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = MomentText()
        self.edit.setObjectName("dateTimeText")
        self.edit.setPlaceholderText(empty_text or self.tr("e.g. {example}").format(
            example=dates.example(lang)))
        hint = self.tr("Type the date and time as {example}, or pick the day (F4)").format(
            example=dates.example(lang))
        self.edit.setToolTip(hint)
        metrics = self.edit.fontMetrics()
        self.edit.setFixedWidth(max(metrics.horizontalAdvance(dates.example(lang) + "000"),
                                    metrics.horizontalAdvance(self.edit.placeholderText()))
                                + 16)
        self.edit.calendar_wanted.connect(self.show_calendar)
        self.pick_button = QToolButton()
        self.pick_button.setObjectName("pickDayButton")
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Pick the day in a calendar (F4)"))
        self.pick_button.setAccessibleName(self.tr("Pick the day in a calendar (F4)"))
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.pick_button.clicked.connect(self.show_calendar)
        row.addWidget(self.edit)
        row.addWidget(self.pick_button)
        self.now_button = None
        if now_button:
            self.now_button = QToolButton()
            self.now_button.setObjectName("nowButton")
            self.now_button.setText(self.tr("Now"))
            self.now_button.setToolTip(self.tr("Fill in the current date and time"))
            self.now_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.now_button.clicked.connect(self.set_now)
            row.addWidget(self.now_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.popup: CalendarPopup | None = None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.label = self.label or name

    # ------------------------------------------------------------------ values
    def text(self) -> str:
        return self.edit.text()

    def value(self):
        text = self.edit.text().strip()
        if not text:
            return None
        if self._kept and text == self._kept[0]:
            return self._kept[1]
        when = self.moment()
        return iso(when, self.clock.tz) if when else text

    def moment(self) -> dt.datetime | None:
        """The typed time, aware in the casebook's timezone, or None."""
        return dates.parse_moment(self.edit.text(), self.clock.tz, self.lang,
                                  default_time=self.default_time)

    def set_value(self, value) -> None:
        tz = self.clock.tz
        try:
            shown = dates.moment_text(value, tz, self.lang) if value else ""
            shown = shown or ("" if not value else str(value))
        except Exception:  # noqa: BLE001 - text that is not a time is shown as it is
            shown = str(value)
        self._kept = (shown, value) if value and shown != value else None
        if self.edit.text() != shown:
            self.edit.setText(shown)
        self._typed()

    def set_moment(self, when: dt.datetime) -> None:
        """Show `when` (any aware time) as the casebook's wall-clock time."""
        self.edit.setText(dates.moment_text(when, self.clock.tz, self.lang))

    def set_now(self) -> None:
        self.set_moment(self.clock.now())

    def is_valid(self) -> bool:
        text = self.edit.text().strip()
        return (not text or bool(self._kept and text == self._kept[0])
                or self.moment() is not None)

    def problem(self) -> str | None:
        """What is wrong with the typed text, in words that name the field; None if nothing."""
        if self.is_valid():
            return None
        return self.tr("{field}: “{text}” is not a date and time. Type it like this: "
                       "{example}").format(field=self.label or self.accessibleName(),
                                           text=self.edit.text().strip(),
                                           example=dates.example(self.lang))

    # ---------------------------------------------------------------- calendar
    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self, self.lang)
            self.popup.picked.connect(self._picked)
        shown = self.moment() or self.clock.now().astimezone(zone(self.clock.tz))
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        below = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - self.popup.width())
        y = below.y() if below.y() + self.popup.height() <= screen.bottom() else \
            self.edit.mapToGlobal(QPoint(0, 0)).y() - self.popup.height()
        self.popup.move(max(screen.left(), x), max(screen.top(), y))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        current = self.moment()
        time = current.time() if current else self.default_time
        self.set_moment(dt.datetime(day.year(), day.month(), day.day(), time.hour, time.minute,
                                    tzinfo=zone(self.clock.tz)))
        self.edit.setFocus()

    # ---------------------------------------------------------------- internals
    def _typed(self, *_args) -> None:
        bad = not self.is_valid()
        if bad != self._bad:
            self._bad = bad
            self.edit.setStyleSheet(INVALID if bad else "")
        self.changed.emit()

    def _tidy(self) -> None:
        """A typed time is rewritten in the language's style once the clerk moves on."""
        if self._kept and self.edit.text().strip() == self._kept[0]:
            return
        when = self.moment()
        if when is not None:
            self.set_moment(when)

