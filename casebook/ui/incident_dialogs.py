"""The dialogs of the incident view: a new incident, its report, the reply to all.

Each collects what was typed and hands it to the core through the session
(`Session.run`); the dialog stays open, with the words kept, when the core
refuses (a reply without text, an amount above the owner's limit, …).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget)

from casebook.ui.collation import sorted_by_name
from casebook.ui.datetime_field import DateTimeField
from casebook.ui.operations import show_error
from casebook.ui.widgets import CodeCombo, PlainText, date_text


class Clock:
    """What a `DateTimeField` asks of its owner: the casebook's time and timezone."""

    def __init__(self, book):
        self.book = book

    def now(self):
        return self.book.now()

    @property
    def tz(self) -> str:
        return self.book.tz


def list_choices(book, name: str, lang: str) -> list[tuple[str, str]]:
    return [(e.code, e.labels.get(lang) or e.labels.get("en") or e.code)
            for e in book.list_entries(name)]


def staff_choices(book, lang: str) -> list[tuple[str, str]]:
    return [(s.name, s.name) for s in sorted_by_name(book.staff(), lang, lambda s: s.name)]


def buttons(dialog: QDialog, ok_text: str, ok_name: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NewIncidentDialog(QDialog):
    """What happened, where, since when and who answers for it."""

    def __init__(self, session, parent: QWidget | None = None, *, lang: str,
                 case: dict | None = None):
        super().__init__(parent)
        self.setObjectName("newIncidentDialog")
        self.setWindowTitle(self.tr("New incident"))
        self.session, self.lang, self.case = session, lang, case
        book = session.book
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.title.setObjectName("incidentTitle")
        self.title.setPlaceholderText(self.tr("e.g. Lift stopped between floors"))
        self.category = CodeCombo(list_choices(book, "category", lang), empty="—",
                                  empty_value="")
        self.category.setObjectName("incidentCategory")
        self.place = QLineEdit()
        self.place.setObjectName("incidentPlace")
        self.place.setPlaceholderText(self.tr("e.g. Building 3"))
        self.units = QLineEdit()
        self.units.setObjectName("incidentUnits")
        self.units.setPlaceholderText(self.tr("e.g. 1-40, 52"))
        self.started = DateTimeField(Clock(book), lang=lang)
        self.started.setObjectName("incidentStarted")
        self.owner = CodeCombo(staff_choices(book, lang))
        self.owner.setObjectName("incidentOwner")
        self.owner.set_value(session.operator)
        for label, widget in ((self.tr("What happened"), self.title),
                              (self.tr("Category"), self.category),
                              (self.tr("Building or place"), self.place),
                              (self.tr("Units affected"), self.units),
                              (self.tr("Started at"), self.started),
                              (self.tr("Owner"), self.owner)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        if case:  # from the open case: its facts are the incident's first guess
            self.category.set_value(case.get("category") or "")
            self.place.setText((case.get("ask") or {}).get("place") or "")
            self.started.set_value((case.get("ask") or {}).get("event_at")
                                   or case.get("received_at"))
        else:
            self.started.set_now()
        form.addRow(buttons(self, self.tr("Open incident"), "openIncidentButton"))
        self.ref: str | None = None
        self.title.setFocus()

    def accept(self) -> None:
        if not self.started.is_valid():
            show_error(self, self.started.problem())
            return
        values = dict(title=self.title.text(), place=self.place.text(), units=self.units.text(),
                      category=self.category.value() or "", started_at=self.started.value(),
                      owner=self.owner.value())
        cases = [self.case["ref"]] if self.case and self.case.get("ref") else []
        operator = self.session.operator
        ok, ref = self.session.run(self, lambda book: book.incidents.open(
            by=operator, cases=cases, **values), ref=cases[0] if cases else "")
        if ok:
            self.ref = ref
            super().accept()


class ReportDialog(QDialog):
    """The report to management: to whom, how, when (the manager may acknowledge later)."""

    def __init__(self, session, ref: str, parent: QWidget | None = None, *, lang: str):
        super().__init__(parent)
        self.setObjectName("incidentReportDialog")
        self.setWindowTitle(self.tr("Report incident {ref}").format(ref=ref))
        self.session, self.ref = session, ref
        form = QFormLayout(self)
        intro = QLabel(self.tr("Every major case of the incident that is not reported yet "
                               "records this report too."))
        intro.setWordWrap(True)
        form.addRow(intro)
        managers = [s.name for s in session.book.staff() if s.role == "manager"]
        self.to = QLineEdit(", ".join(managers[:1]))
        self.to.setObjectName("reportTo")
        self.means = QLineEdit(self.tr("phone"))
        self.means.setObjectName("reportMeans")
        self.at = DateTimeField(Clock(session.book), lang=lang)
        self.at.setObjectName("reportAt")
        self.at.set_now()
        for label, widget in ((self.tr("Reported to"), self.to), (self.tr("How"), self.means),
                              (self.tr("Reported at"), self.at)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(buttons(self, self.tr("Record the report"), "recordReportButton"))

    def accept(self) -> None:
        operator, ref = self.session.operator, self.ref
        to, means, at = self.to.text(), self.means.text(), self.at.value()
        ok, _ = self.session.run(self, lambda book: book.incidents.report(
            ref, to=to, means=means, at=at, by=operator))
        if ok:
            super().accept()


class ReplyAllDialog(QDialog):
    """The reply and the resolution, written once, for the chosen cases."""

    def __init__(self, session, ref: str, cases, parent: QWidget | None = None, *, lang: str):
        super().__init__(parent)
        self.setObjectName("replyAllDialog")
        self.setWindowTitle(self.tr("Reply to all — {ref}").format(ref=ref))
        self.session, self.ref, self.lang = session, ref, lang
        book = session.book
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Each chosen case records this reply as its own, with its own "
                               "deadlines; the letters print in each customer's language."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.text = PlainText(4)
        self.text.setObjectName("replyAllText")
        # no resolution chosen for the desk: twenty refunds by one slip would be costly
        self.resolution = CodeCombo(list_choices(book, "resolution_type", lang), empty="—",
                                    empty_value="")
        self.resolution.setObjectName("replyAllResolution")
        self.details = PlainText(2)
        self.details.setObjectName("replyAllDetails")
        self.channel = CodeCombo(list_choices(book, "channel", lang))
        self.channel.setObjectName("replyAllChannel")
        self.channel.set_value("letter")
        self.next_reply = DateTimeField(Clock(book), lang=lang, now_button=False,
                                        empty_text=self.tr("optional"))
        self.next_reply.setObjectName("replyAllNextReply")
        for label, widget in ((self.tr("What we say"), self.text),
                              (self.tr("Resolution"), self.resolution),
                              (self.tr("Resolution details"), self.details),
                              (self.tr("Replied via"), self.channel),
                              (self.tr("Agreed next reply"), self.next_reply)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Cases")))
        self.choice = QListWidget()
        self.choice.setObjectName("replyAllCases")
        tz = book.tz
        for case in cases:
            text = f"{case.ref} · {case.customer or '—'}"
            if case.signed_at:
                text += " · " + self.tr("signed {date}").format(
                    date=date_text(case.signed_at, tz, lang))
            elif case.replied_at:
                text += " · " + self.tr("replied {date}").format(
                    date=date_text(case.replied_at, tz, lang))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, case.ref)
            signed = bool(case.signed_at)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable
                          | (Qt.ItemFlag.NoItemFlags if signed else Qt.ItemFlag.ItemIsEnabled))
            item.setCheckState(Qt.CheckState.Unchecked if signed else Qt.CheckState.Checked)
            self.choice.addItem(item)
        layout.addWidget(self.choice, 1)
        self.letters = QCheckBox(self.tr("Then save the letters as one PDF"))
        self.letters.setObjectName("replyAllLetters")
        self.letters.setChecked(True)
        layout.addWidget(self.letters)
        layout.addWidget(buttons(self, self.tr("Reply to the chosen cases"), "sendReplyAll"))
        self.replied: list[str] = []
        self.resize(560, 620)

    def chosen(self) -> list[str]:
        return [self.choice.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.choice.count())
                if self.choice.item(i).checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        if not self.next_reply.is_valid():
            show_error(self, self.next_reply.problem())
            return
        operator, ref = self.session.operator, self.ref
        reply = dict(text=self.text.value(), resolution_type=self.resolution.value(),
                     resolution_text=self.details.value(), channel=self.channel.value(),
                     next_reply_at=self.next_reply.value(), refs=self.chosen())
        ok, replied = self.session.run(self, lambda book: book.incidents.reply_all(
            ref, by=operator, **reply))
        if ok:
            self.replied = replied
            super().accept()
