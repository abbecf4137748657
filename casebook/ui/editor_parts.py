"""The six parts of a case as forms, each in the order a clerk fills it in.

A part form builds its inputs and registers each one with the editor under
its document path ("hear.remedy_sought"); the editor reads and fills them all
the same way. A form only adds what is particular to its part: rows shown
when they matter (an amount only where money is involved), the read-only
facts (owner, action log, signature) and its own buttons.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout,
                               QLabel, QLayout, QLineEdit, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from casebook.core.cases import lookups
from casebook.core.cases import parts
from casebook.core.cases import rules
from casebook.core.time.deadlines import quick_times
from casebook.errors import KnownError
from casebook.core.time.times import iso, zone
from casebook.ui.law_panel import code_combo
from casebook.ui.editor_fields import (AcceptedCombo, ActionLog, CustomerPicker, QATable,
                                       SeverityBox, TriggerList, note_row)
from casebook.ui.datetime_field import DateTimeField
from casebook.ui.widgets import COLOURS, CodeCombo, PlainText, date_text, when_text

LANG_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文", "nl": "Nederlands",
              "ka": "ქართული"}


class PartForm(QWidget):
    """The form of one part; subclasses build their rows in `build()`."""

    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        self.session = editor.session
        self.lang = editor.lang
        self.row_labels: list[QLabel] = []
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.build()

    def build(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------ building rows
    def add(self, path: str, label: str, widget: QWidget, *, name: str | None = None):
        """An input for `path`, on its own row, with `label` as its buddy."""
        self.editor.register(path, widget, label or widget.text(), name=name)
        self.row(label, widget)
        return widget

    def row(self, label: str, field, buddy: QWidget | None = None) -> QLabel:
        text = QLabel(label)
        self.row_labels.append(text)
        if buddy is not None or isinstance(field, QWidget):
            text.setBuddy(buddy if buddy is not None else field)
        self.form.addRow(text, field)
        return text

    def add_pair(self, first: tuple[str, str, QWidget], second: tuple[str, str, QWidget],
                 *, stretch: tuple[int, int] = (1, 1)) -> QHBoxLayout:
        """Two short inputs on one row ("Phone … Email …")."""
        box = QHBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        (path1, label1, w1), (path2, label2, w2) = first, second
        self.editor.register(path1, w1, label1)
        self.editor.register(path2, w2, label2)
        box.addWidget(w1, stretch[0])
        other = QLabel(label2)
        other.setBuddy(w2)
        box.addSpacing(8)
        box.addWidget(other)
        box.addWidget(w2, stretch[1])
        self.row(label1, box, buddy=w1)
        return box

    def moment_field(self, **options) -> DateTimeField:
        """A date and time typed in the interface language's style, in the casebook's zone."""
        return DateTimeField(self.editor, lang=self.lang, **options)

    def heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600; color: #444; margin-top: 6px;")
        self.form.addRow(label)
        return label

    def show_row(self, field, visible: bool) -> None:
        if isinstance(field, (QWidget, QLayout)):
            self.form.setRowVisible(field, visible)

    # ---------------------------------------------------------- editor hooks
    def show_doc(self, doc: dict) -> None:
        """Show the read-only facts of the case as the core last gave them."""

    def settle(self) -> None:
        """After a document is shown: settle what depends on several inputs."""

    def refresh(self, draft: dict) -> None:
        """Show or hide rows as the draft changes."""


class HearForm(PartForm):
    """1. Hear clearly: who, what they said, what they want; then the classification."""

    def build(self) -> None:
        ed = self.editor
        self.name = CustomerPicker(self.session)
        self.name.setPlaceholderText(self.tr("Type a name to find a known customer"))
        ed.register("customer.name", self.name, self.tr("Customer"))
        self.name.chosen.connect(ed.choose_customer)
        self.name.textEdited.connect(ed.customer_name_edited)
        self.history = QLabel()
        self.history.setObjectName("customerHistory")
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setWordWrap(True)
        self.history.linkActivated.connect(ed.open_requested.emit)
        self.history.setVisible(False)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.name)
        column.addWidget(self.history)
        self.row(self.tr("&Customer"), column, buddy=self.name)
        self.add_pair(("customer.phone", self.tr("&Phone"), QLineEdit()),
                      ("customer.email", self.tr("Email"), QLineEdit()))
        address = self.add("customer.address", self.tr("Address"), QLineEdit())
        address.setPlaceholderText(self.tr("Where a reply letter goes"))
        self.add_pair(("customer.unit", self.tr("Unit / room"), QLineEdit()),
                      ("customer.account", self.tr("Account / order no."), QLineEdit()))
        language = self.add("customer.language", self.tr("Customer's language"),
                            CodeCombo(list(LANG_NAMES.items())))
        language.setToolTip(self.tr("Ask which language the customer reads: their form and "
                                    "letters are printed in it."))
        account = self.add("hear.account", self.tr("In the customer's &words"), PlainText(4))
        account.setPlaceholderText(self.tr("What happened, as the customer tells it"))
        remedy = self.add("hear.remedy_sought", self.tr("What the customer w&ants"), QLineEdit())
        remedy.setPlaceholderText(self.tr("Ask: what would you like us to do?"))
        # the same as a code, which deadlines set by law follow (empty: read from the words)
        self.add("hear.remedy_type", self.tr("Remedy"), code_combo("remedy_type", self.lang))
        self.add("hear.mood", self.tr("Mood"), ed.choice("mood", empty="—", empty_value=""))
        self.add_pair(("channel", self.tr("Received via"), ed.choice("channel")),
                      ("hear.received_by", self.tr("by"), ed.choice("staff", empty="—")))
        self.add("received_at", self.tr("Received at"), self.moment_field())

        self.heading(self.tr("Classification"))
        self.add_pair(("kind", self.tr("Kind"), ed.choice("kind")),
                      ("category", self.tr("Category"), ed.choice("category", empty="—",
                                                          empty_value="")),
                      stretch=(1, 2))
        self.add("nature", self.tr("Nature"), ed.choice("nature"))
        # what rules set by law follow (casebook.core.law): goods or service, how it was sold
        self.add_pair(("about", self.tr("About"), code_combo("about", self.lang)),
                      ("sale", self.tr("Sold"), code_combo("sale", self.lang)))
        amount = self.add("hear.amount", self.tr("Price or amount in dispute"), QLineEdit())
        amount.setPlaceholderText(self.tr("The price paid, or the amount the customer claims"))
        self.root_cause = self.add("root_cause", self.tr("Root cause"), PlainText(2))
        self.prevention = self.add("preventive_action", self.tr("Preventive action"),
                                   PlainText(2))
        self.severity = SeverityBox(self.tr("Major complaint — report it at once"))
        self.triggers = TriggerList(ed.choices("major_trigger"))
        ed.register("severity", self.severity, self.tr("Major complaint"))
        ed.register("major_triggers", self.triggers, self.tr("Major triggers"))
        self.triggers.changed.connect(lambda: self.severity.follow_triggers(
            bool(self.triggers.value())))
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.severity)
        column.addWidget(self.triggers)
        self.row(self.tr("Severity"), column, buddy=self.severity)
        self.subject = self.add("subject_staff", self.tr("About a member of staff"),
                                ed.choice("staff", empty=self.tr("— nobody —")))
        self.recusal = QLabel()
        self.recusal.setObjectName("recusalWarning")
        self.recusal.setWordWrap(True)
        self.recusal.setStyleSheet(f"color: {COLOURS['major']};")
        self.form.addRow("", self.recusal)
        self.show_row(self.recusal, False)

    def settle(self) -> None:
        ticked = bool(self.triggers.value())
        self.severity.by_hand = self.severity.isChecked() and not ticked
        self.severity.setEnabled(not ticked)

    def refresh(self, draft: dict) -> None:
        systemic = draft.get("nature") == "systemic"
        for widget in (self.root_cause, self.prevention):
            self.show_row(widget, systemic or bool(widget.value().strip()))
        subject, owner = draft.get("subject_staff"), draft["follow"].get("owner")
        clash = bool(subject) and subject == owner
        if clash:
            self.recusal.setText(self.tr(
                "{name} is named in this complaint and cannot own the case: choose who "
                "received it, or hand it over.").format(name=subject))
        self.show_row(self.recusal, clash)

    def show_history(self, customer_id: int | None, exclude: str | None) -> None:
        """Earlier cases of the same customer: a repeat complaint is seen at once."""
        total, latest = lookups.earlier_cases(self.session.book, customer_id, exclude=exclude)
        if total:
            tz = self.editor.tz
            links = ", ".join(f'<a href="{escape(ref)}">{escape(ref)}</a> '
                              f'({escape(date_text(at, tz, self.lang))})' for ref, at in latest)
            more = " …" if total > len(latest) else ""
            heading = escape(self.tr("Earlier cases (%n):", "", total))
            self.history.setText(f'<span style="color:{COLOURS["major"]};font-weight:600">'
                                 f'{heading}</span> {links}{more}')
        self.history.setVisible(bool(total))


class AskForm(PartForm):
    """2. Ask clearly: the facts, open questions, and the summary the customer confirms."""

    def build(self) -> None:
        self.add("ask.event_at", self.tr("When it happened"), self.moment_field())
        self.add("ask.place", self.tr("Where"), QLineEdit())
        self.add("ask.item", self.tr("Product, order or unit"), QLineEdit())
        # the days terms set by law run from (a right to return, a refund after a return)
        self.delivered = self.add("ask.delivered_at", self.tr("Goods received by the customer"),
                                  self.moment_field())
        self.returned = self.add("ask.returned_at", self.tr("Goods back with us"),
                                 self.moment_field())
        self.qa = QATable()
        self.editor.register("ask.qa", self.qa, self.tr("Questions and answers"))
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add question"))
        add.setObjectName("addQuestionButton")
        add.clicked.connect(self._add_question)
        self.remove = QPushButton(self.tr("Remove question"))
        self.remove.setObjectName("removeQuestionButton")
        self.remove.clicked.connect(self.qa.remove_current)
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.qa)
        column.addLayout(buttons)
        self.row(self.tr("Questions"), column, buddy=add)
        summary = self.add("ask.summary", self.tr("&Summary to confirm"), PlainText(2))
        summary.setPlaceholderText(self.tr("So … — is that right?"))
        self.add("ask.summary_confirmed", "",
                 QCheckBox(self.tr("The customer confir&med the summary")))

    def refresh(self, draft: dict) -> None:
        self.remove.setVisible(self.qa.rowCount() > 0)
        goods = draft.get("about") == "goods"
        for field in (self.delivered, self.returned):
            self.show_row(field, goods or bool(field.value()))

    def _add_question(self) -> None:
        row = self.qa.add_row()
        self.qa.setFocus()
        self.qa.editItem(self.qa.item(row, 0))


class FollowForm(PartForm):
    """3. Follow through: one owner, an agreed next reply time, a log of what was done."""

    def build(self) -> None:
        ed = self.editor
        owner = QHBoxLayout()
        self.owner = QLabel()
        self.owner.setObjectName("ownerLabel")
        self.owner.setTextFormat(Qt.TextFormat.PlainText)
        self.owner.setStyleSheet("font-weight: 600;")
        self.handover = QPushButton(self.tr("Hand over…"))
        self.handover.setObjectName("handoverButton")
        self.handover.clicked.connect(ed.hand_over)
        owner.addWidget(self.owner)
        owner.addSpacing(12)
        owner.addWidget(self.handover)
        owner.addStretch(1)
        self.row(self.tr("Owner"), owner, buddy=self.handover)

        self.next_reply = self.moment_field(empty_text=self.tr("Not agreed yet"),
                                            now_button=False)
        ed.register("follow.next_reply_at", self.next_reply, self.tr("Agreed next reply"),
                    name="nextReplyAt")
        quick = QHBoxLayout()
        quick.setSpacing(4)
        self.quick = {}
        for key, text in (("hour", self.tr("In 1 hour")),
                          ("afternoon", self.tr("This afternoon (15:00)")),
                          ("tomorrow", self.tr("&Tomorrow 09:00")),
                          ("custom", self.tr("Other time…"))):
            button = QPushButton(text)
            button.setObjectName(f"quick_{key}")
            button.clicked.connect(lambda _=False, k=key: self.set_quick(k))
            quick.addWidget(button)
            self.quick[key] = button
        quick.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.next_reply, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(quick)
        self.next_row = column
        self.row(self.tr("Agreed &next reply"), column, buddy=self.next_reply)
        self.add("waiting_on_customer", "", QCheckBox(self.tr("Waiting on the customer")))

        self.log = ActionLog()
        self.log.setObjectName("actionLog")
        self.empty_log = QLabel(self.tr("Nothing logged yet."))
        self.empty_log.setStyleSheet("color: #6b6b6b;")
        self.note = QLineEdit()
        self.note.setObjectName("actionNote")
        self.note.setPlaceholderText(self.tr("What was done or said…"))
        self.note.setAccessibleName(self.tr("New note"))
        self.internal = QCheckBox(self.tr("Staff only"))
        self.internal.setObjectName("actionInternal")
        self.internal.setToolTip(self.tr("An internal note: not shown to the customer"))
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setObjectName("addActionButton")
        self.add_button.clicked.connect(ed.add_action)
        self.note.returnPressed.connect(ed.add_action)
        self.note.textChanged.connect(lambda _t: self._note_enabled())
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(self.log)
        column.addWidget(self.empty_log)
        column.addLayout(note_row(self.note, self.internal, self.add_button))
        self.row(self.tr("Act&ions and contacts"), column, buddy=self.note)

    def set_quick(self, key: str) -> None:
        """The desk's quick choices, from the casebook's clock, in its timezone."""
        ed = self.editor
        if key == "custom":  # the day from the calendar; the hour typed in the field
            if self.next_reply.value() is None:
                local = ed.now().astimezone(zone(ed.tz))
                next_hour = local.replace(minute=0, second=0) + dt.timedelta(hours=1)
                self.next_reply.set_value(iso(next_hour, ed.tz))
            self.next_reply.setFocus()
            self.next_reply.show_calendar()
            return
        self.next_reply.set_value(iso(quick_times(ed.now(), ed.tz)[key], ed.tz))

    def show_doc(self, doc: dict) -> None:
        ed = self.editor
        self.log.show_actions(doc.get("follow", {}).get("actions") or [], ed.tz, self.lang)
        self.empty_log.setVisible(self.log.rowCount() == 0)
        self.handover.setEnabled(ed.current_ref() is not None)
        self.handover.setToolTip("" if ed.current_ref() else self.tr("Save the case first"))
        local = ed.now().astimezone(zone(ed.tz))
        self.quick["afternoon"].setEnabled(local.hour < 15)
        self._note_enabled()

    def refresh(self, draft: dict) -> None:
        self.owner.setText(draft["follow"].get("owner") or "—")
        # A signed case promises no further reply; its callback is a deadline of its own.
        self.show_row(self.next_row, not draft["record"].get("signed_at")
                      or draft["follow"].get("next_reply_at") is not None)

    def _note_enabled(self) -> None:
        saved = self.editor.current_ref() is not None
        self.add_button.setEnabled(saved and bool(self.note.text().strip()))
        self.add_button.setToolTip("" if saved else self.tr("Save the case first"))


class ReplyForm(PartForm):
    """4. Reply clearly: what we told the customer, the resolution, whether they accept."""

    def build(self) -> None:
        ed = self.editor
        self.replied = self.add("reply.at", self.tr("&Replied at"), self.moment_field())
        self.add("reply.channel", self.tr("Replied via"),
                 ed.choice("channel", empty="—", empty_value=""))
        said = self.add("reply.text", self.tr("What we said"), PlainText(3))
        said.textChanged.connect(self._reply_now)  # a reply is usually written as it is made
        self.rtype = self.add("reply.resolution.type", self.tr("Resolution"),
                              ed.choice("resolution_type", empty="—", empty_value=""))
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(140)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        self.money_row = self.add_pair(("reply.resolution.amount", self.tr("Amount"), self.amount),
                                       ("reply.resolution.currency", self.tr("Currency"),
                                        self.currency), stretch=(0, 0))
        self.money_row.addStretch(1)
        self.amount.textEdited.connect(self._default_currency)
        self.add("reply.resolution.text", self.tr("Resolution details"), PlainText(2))
        self.add("reply.accepted", self.tr("Customer accepts"), AcceptedCombo())
        self.approver = self.add("reply.approved_by", self.tr("Approved by (manager)"),
                                 ed.choice("staff:manager", empty="—"))
        self.money_codes = {e.code for e in self.session.book.list_entries(
            "resolution_type", active_only=False) if (e.extra or {}).get("money")}

    def refresh(self, draft: dict) -> None:
        resolution = draft["reply"]["resolution"]
        money = (parts.is_money(draft) or resolution.get("type") in self.money_codes
                 or bool((resolution.get("amount") or "").strip()))
        self.show_row(self.money_row, money)
        self.show_row(self.approver, bool(draft["reply"].get("approved_by"))
                      or self._above_limit(resolution.get("amount")))

    def _above_limit(self, text) -> bool:
        try:
            amount = rules.parse_amount(text)
        except KnownError:
            return False
        if amount is None:
            return False
        book = self.session.book
        role = self.editor.role_of(self.session.operator)
        limit = rules.limit_for(role, book.setting("authority_limits") or {})
        return limit is not None and amount > limit

    def _reply_now(self) -> None:
        """The reply's time is now once its words are written, unless the clerk says when."""
        if not self.editor._filling and self.replied.value() is None \
                and self.editor.fields["reply.text"].value().strip():
            self.replied.set_now()

    def _default_currency(self, text: str) -> None:
        if text.strip() and not self.currency.text().strip():
            self.currency.setText(self.session.book.setting("currency") or "")


class RecordForm(PartForm):
    """5. Record clearly: the signed form, satisfaction, and amendments after signing."""

    def build(self) -> None:
        self.signed = QLabel()
        self.signed.setObjectName("signedLabel")
        self.signed.setTextFormat(Qt.TextFormat.PlainText)
        self.row(self.tr("Signature"), self.signed)
        self.add("record.satisfaction", self.tr("Satisfaction"), CodeCombo(
            [(1, self.tr("1 — very dissatisfied")), (2, "2"), (3, "3"), (4, "4"),
             (5, self.tr("5 — very satisfied"))], empty="—"))
        self.sign = QPushButton(self.tr("Customer signs…"))
        self.sign.setObjectName("signButton")
        self.sign.clicked.connect(self.editor.sign_requested.emit)
        self.sign_why = QLabel()
        self.sign_why.setObjectName("signWhy")
        self.sign_why.setWordWrap(True)
        self.sign_why.setStyleSheet("color: #6b6b6b;")
        self.sign.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.sign)
        row.addWidget(self.sign_why, 1)
        self.sign_row = row
        self.form.addRow("", row)
        self.amendments = QLabel()
        self.amendments.setObjectName("amendments")
        self.amendments.setTextFormat(Qt.TextFormat.PlainText)
        self.amendments.setWordWrap(True)
        self.row(self.tr("Amendments"), self.amendments)
        self.show_row(self.amendments, False)

    def refresh(self, draft: dict) -> None:
        signable, why = self.editor.signable(draft)
        self.sign.setEnabled(signable)
        self.sign.setToolTip(why)
        self.sign_why.setText(why)
        self.sign_why.setVisible(bool(why))

    def show_doc(self, doc: dict) -> None:
        record, tz = doc.get("record") or {}, self.editor.tz
        signed = record.get("signed_at")
        self.signed.setText(self.tr("Signed on {when}").format(when=when_text(signed, tz,
                                                                            self.lang))
                            if signed else self.tr("Not signed yet"))
        self.signed.setStyleSheet(f"color: {COLOURS['done']}; font-weight: 600;" if signed
                                  else "")
        lines = []
        for a in self.editor.amendments() if signed else []:
            line = self.tr("{when} · {who} · {field}: “{before}” → “{after}” — {reason}")
            lines.append(line.format(when=when_text(a["at"], tz, self.lang), who=a["by"],
                                     field=self.editor.labels.get(a["field"], a["field"]),
                                     before=_short(a["before"]), after=_short(a["after"]),
                                     reason=a["reason"]))
        self.show_row(self.sign_row, not signed)
        self.amendments.setText("\n".join(lines))
        self.show_row(self.amendments, bool(lines))


class ReportForm(PartForm):
    """6. Report: a major complaint goes to the manager at once, and they acknowledge it."""

    def build(self) -> None:
        ed = self.editor
        to = QComboBox()
        to.setEditable(True)
        to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        to.addItems([name for _code, name in ed.choices("staff:manager")])
        self.add("report.to", self.tr("Reported to"), to)
        self.add("report.at", self.tr("Reported at"), self.moment_field())
        means = QComboBox()
        means.setEditable(True)
        means.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        means.addItems([self.tr("Phone"), self.tr("In person"), self.tr("Email"),
                        self.tr("Messenger")])
        self.add("report.means", self.tr("How"), means)
        self.add("report.acknowledged_at", self.tr("Manager acknowledged at"),
                 self.moment_field())


def _short(value, width: int = 60) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


FORMS = {"hear": HearForm, "ask": AskForm, "follow": FollowForm, "reply": ReplyForm,
         "record": RecordForm, "report": ReportForm}
