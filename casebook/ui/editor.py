"""The case editor: the six parts of a case, each saying whether it is done and why not.

The editor holds a document (the core's shape). `draft()` reads it back from
the widgets, the completeness marks are recomputed from it as the user
types, and saving sends only what changed through the session — the one
path for changes. Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QGroupBox,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from casebook.core import document, parts
from casebook.core.deadlines import quick_times
from casebook.core.times import iso, parse_time
from casebook.i18n import defaults
from casebook.i18n.translate import _
from casebook.ui.widgets import time_text

LANG_NAMES = {"en": "English", "ru": "Русский", "zh_CN": "简体中文", "nl": "Nederlands",
              "ka": "ქართული"}
SECTION_NAMES = {"hear": "stageHear", "ask": "stageAsk", "follow": "stageFollow",
                 "reply": "stageReply", "record": "stageRecord", "report": "stageReport"}


class CaseEditor(QWidget):
    saved = Signal(str)

    def __init__(self, session, parent=None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.session = session
        self.lang = lang
        self.ref: str | None = None
        self.doc: dict = {}  # the case as the core last gave it
        self.loaded: dict = {}  # the same, as the widgets show it (to see what changed)
        self.fields: dict[str, QWidget] = {}
        self.marks: dict[str, QLabel] = {}
        self.reason_provider = self._ask_reason  # tests replace it
        self._building = True
        self._build()
        self._building = False
        self.new_case()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.major_banner = QLabel(self.tr("Major complaint — report to the manager now"))
        self.major_banner.setObjectName("majorBanner")
        self.major_banner.setStyleSheet("background:#b3261e;color:white;padding:4px 8px;"
                                        "border-radius:3px;font-weight:600;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.title, 1)
        top.addWidget(self.major_banner)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        titles = {p: defaults.label("case_part", p, self.lang) for p in parts.PARTS}
        builders = {"hear": self._hear, "ask": self._ask, "follow": self._follow,
                    "reply": self._reply, "record": self._record, "report": self._report}
        for number, part in enumerate(parts.PARTS, start=1):
            box = QGroupBox(f"{number}. {titles[part]}")
            box.setObjectName(SECTION_NAMES[part])
            layout = QVBoxLayout(box)
            mark = QLabel()
            mark.setObjectName(f"{part}Status")
            mark.setWordWrap(True)
            self.marks[part] = mark
            layout.addWidget(mark)
            tips = QLabel("\n".join("• " + p for p in defaults.prompts(part, self.lang)))
            tips.setWordWrap(True)
            tips.setStyleSheet("color:#666;font-style:italic;")
            layout.addWidget(tips)
            form = QFormLayout()
            layout.addLayout(form)
            builders[part](form)
            self.body.addWidget(box)
            setattr(self, f"box_{part}", box)
        history = QGroupBox(self.tr("History of this case"))
        history.setObjectName("historyBox")
        self.history_list = QListWidget()
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(self.tr("History of this case"))
        QVBoxLayout(history).addWidget(self.history_list)
        self.body.addWidget(history)
        self.body.addStretch(1)

    def _add(self, form: QFormLayout, path: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label)
        widget.setObjectName(path.replace(".", "_"))
        self.fields[path] = widget
        form.addRow(label, widget)
        for signal in ("textChanged", "currentIndexChanged", "toggled", "dateTimeChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self._changed)
        return widget

    def _combo(self, items: list[tuple[str, str]], empty: bool = False) -> QComboBox:
        box = QComboBox()
        if empty:
            box.addItem("—", "")
        for code, text in items:
            box.addItem(text, code)
        return box

    def _list_items(self, name: str) -> list[tuple[str, str]]:
        return [(e.code, e.labels.get(self.lang) or e.labels.get("en") or e.code)
                for e in self.session.book.list_entries(name)]

    def _staff_items(self, role: str | None = None) -> list[tuple[str, str]]:
        return [(s.name, s.name) for s in self.session.book.staff()
                if role is None or s.role == role]

    def _time_field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        return edit

    def _hear(self, form: QFormLayout) -> None:
        self._add(form, "customer.name", self.tr("Customer"), QLineEdit())
        self._add(form, "customer.phone", self.tr("Phone"), QLineEdit())
        self._add(form, "customer.email", self.tr("Email"), QLineEdit())
        self._add(form, "customer.unit", self.tr("Unit / room"), QLineEdit())
        self._add(form, "customer.language", self.tr("Customer's language"),
                  self._combo(list(LANG_NAMES.items())))
        self.history = QLabel()
        self.history.setObjectName("customerHistory")
        self.history.setWordWrap(True)
        form.addRow("", self.history)
        self._add(form, "channel", self.tr("Received by way of"), self._combo(
            self._list_items("channel")))
        self._add(form, "received_at", self.tr("Received at"), self._time_field())
        self._add(form, "hear.received_by", self.tr("Received by"), self._combo(self._staff_items()))
        account = self._add(form, "hear.account", self.tr("In the customer's words"), QPlainTextEdit())
        account.setMinimumHeight(70)
        self._add(form, "hear.remedy_sought", self.tr("What the customer wants"), QLineEdit())
        self._add(form, "hear.mood", self.tr("Mood"), self._combo(self._list_items("mood"), empty=True))
        self._add(form, "kind", self.tr("Kind"), self._combo(self._list_items("kind")))
        self._add(form, "category", self.tr("Category"), self._combo(self._list_items("category")))
        self._add(form, "nature", self.tr("Nature"), self._combo(self._list_items("nature")))
        triggers = QListWidget()
        triggers.setObjectName("major_triggers")
        triggers.setAccessibleName(self.tr("Major triggers"))
        for code, text in self._list_items("major_trigger"):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            triggers.addItem(item)
        triggers.setMaximumHeight(110)
        triggers.itemChanged.connect(self._changed)
        self.fields["major_triggers"] = triggers
        form.addRow(self.tr("Major if any applies"), triggers)
        self._add(form, "subject_staff", self.tr("Complaint about staff member"),
                  self._combo(self._staff_items(), empty=True))

    def _ask(self, form: QFormLayout) -> None:
        self._add(form, "ask.event_at", self.tr("When it happened"), self._time_field())
        self._add(form, "ask.place", self.tr("Where"), QLineEdit())
        self._add(form, "ask.item", self.tr("Product, order or unit"), QLineEdit())
        qa = QTableWidget(0, 2)
        qa.setObjectName("ask_qa")
        qa.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        qa.horizontalHeader().setStretchLastSection(True)
        qa.setMaximumHeight(120)
        qa.itemChanged.connect(self._changed)
        self.fields["ask.qa"] = qa
        add = QPushButton(self.tr("Add question"))
        add.clicked.connect(lambda: qa.insertRow(qa.rowCount()))
        form.addRow(self.tr("Questions"), qa)
        form.addRow("", add)
        self._add(form, "ask.summary", self.tr("Summary to confirm"), QLineEdit())
        self._add(form, "ask.summary_confirmed", self.tr("Customer confirmed"), QCheckBox())

    def _follow(self, form: QFormLayout) -> None:
        row = QHBoxLayout()
        self.owner_label = QLabel()
        self.owner_label.setObjectName("ownerLabel")
        handover = QPushButton(self.tr("Hand over…"))
        handover.setObjectName("handoverButton")
        handover.clicked.connect(self._handover)
        row.addWidget(self.owner_label, 1)
        row.addWidget(handover)
        form.addRow(self.tr("Owner"), row)
        picker = QHBoxLayout()
        self.next_reply = QDateTimeEdit()
        self.next_reply.setObjectName("nextReplyAt")
        self.next_reply.setAccessibleName(self.tr("Agreed next reply time"))
        self.next_reply.setCalendarPopup(True)
        self.next_reply.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_reply.dateTimeChanged.connect(self._changed)
        picker.addWidget(self.next_reply)
        self.quick = {}
        for key, text in (("hour", self.tr("In 1 hour")), ("afternoon", self.tr("This afternoon")),
                          ("tomorrow", self.tr("Tomorrow 09:00"))):
            button = QPushButton(text)
            button.setObjectName(f"quick_{key}")
            button.clicked.connect(lambda _=False, k=key: self.set_next_reply_quick(k))
            picker.addWidget(button)
            self.quick[key] = button
        form.addRow(self.tr("Agreed next reply"), picker)
        self.actions = QTableWidget(0, 4)
        self.actions.setObjectName("actionLog")
        self.actions.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Note"), self.tr("Internal")])
        self.actions.horizontalHeader().setStretchLastSection(False)
        self.actions.setColumnWidth(2, 320)
        self.actions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions.setMaximumHeight(130)
        form.addRow(self.tr("Actions and contacts"), self.actions)
        add = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setObjectName("actionNote")
        self.note.setAccessibleName(self.tr("New note"))
        self.note_internal = QCheckBox(self.tr("Internal"))
        self.note_internal.setObjectName("actionInternal")
        add_button = QPushButton(self.tr("Add note"))
        add_button.setObjectName("addActionButton")
        add_button.clicked.connect(self.add_action)
        add.addWidget(self.note, 1)
        add.addWidget(self.note_internal)
        add.addWidget(add_button)
        form.addRow("", add)
        self._add(form, "waiting_on_customer", self.tr("Waiting on the customer"), QCheckBox())

    def _reply(self, form: QFormLayout) -> None:
        self._add(form, "reply.at", self.tr("Replied at"), self._time_field())
        self._add(form, "reply.channel", self.tr("Replied by way of"),
                  self._combo(self._list_items("channel"), empty=True))
        text = self._add(form, "reply.text", self.tr("What we said"), QPlainTextEdit())
        text.setMinimumHeight(60)
        self._add(form, "reply.resolution.type", self.tr("Resolution"),
                  self._combo(self._list_items("resolution_type"), empty=True))
        self._add(form, "reply.resolution.amount", self.tr("Amount"), QLineEdit())
        self._add(form, "reply.resolution.currency", self.tr("Currency"), QLineEdit())
        self._add(form, "reply.resolution.text", self.tr("Resolution details"), QLineEdit())
        self._add(form, "reply.accepted", self.tr("Customer accepts"), self._combo(
            [("", self.tr("Not yet")), ("yes", self.tr("Yes")), ("no", self.tr("No"))]))
        self._add(form, "reply.approved_by", self.tr("Approved by (manager)"),
                  self._combo(self._staff_items("manager"), empty=True))

    def _record(self, form: QFormLayout) -> None:
        self.signed_label = QLabel()
        self.signed_label.setObjectName("signedLabel")
        form.addRow(self.tr("Signature"), self.signed_label)
        self.satisfaction = self._combo([("", "—")] + [(str(i), str(i)) for i in range(1, 6)])
        self.satisfaction.setObjectName("satisfaction")
        self.satisfaction.setAccessibleName(self.tr("Satisfaction"))
        form.addRow(self.tr("Satisfaction (1–5)"), self.satisfaction)
        sign = QPushButton(self.tr("Customer signed the form"))
        sign.setObjectName("signButton")
        sign.clicked.connect(self.record_signature)
        form.addRow("", sign)
        self.amendments = QLabel()
        self.amendments.setObjectName("amendments")
        self.amendments.setWordWrap(True)
        form.addRow(self.tr("Amendments"), self.amendments)

    def _report(self, form: QFormLayout) -> None:
        self._add(form, "report.to", self.tr("Reported to"), QLineEdit())
        self._add(form, "report.at", self.tr("Reported at"), self._time_field())
        self._add(form, "report.means", self.tr("How"), QLineEdit())
        self._add(form, "report.acknowledged_at", self.tr("Manager acknowledged at"),
                  self._time_field())

    # ------------------------------------------------------------ document I/O
    def new_case(self) -> None:
        book = self.session.book
        now = book.now()
        self.ref = None
        self.doc = {}
        self.loaded = {}
        self._show({"received_at": iso(now, book.tz), "channel": "walk_in",
                    "kind": "complaint", "nature": "transactional",
                    "customer": {"language": "en"},
                    "hear": {"received_by": self.session.operator},
                    "follow": {"owner": self.session.operator, "actions": [],
                               "next_reply_at": iso(quick_times(now, book.tz)["tomorrow"],
                                                    book.tz)}})
        self.title.setText(self.tr("New case"))
        self._show_audit(None)

    def load(self, ref: str) -> None:
        doc = self.session.book.case(ref)
        self.ref = ref
        self.doc = doc
        self._show(doc)
        self.loaded = self.draft()
        self.title.setText(f"{ref} — {doc['customer']['name']}")
        self._show_audit(ref)

    def _show_audit(self, ref: str | None) -> None:
        """Who changed what and when: the case's audit trail, newest first."""
        from casebook.core.listing import show

        self.history_list.clear()
        if ref is None:
            return
        tz = self.session.book.tz
        for entry in reversed(show(self.session.book, ref)["history"]):
            fields = ", ".join(k for k in entry["changes"] if k != "reason")
            self.history_list.addItem(f"{time_text(entry['at'], tz)}  {entry['by']}  "
                                      f"{entry['action']}  {fields}")

    def current_ref(self) -> str | None:
        return self.ref

    def is_dirty(self) -> bool:
        return self.draft() != self.loaded if self.ref else bool(
            self.fields["hear.account"].toPlainText().strip()
            or self.fields["customer.name"].text().strip())

    def _show(self, doc: dict) -> None:
        self._building = True
        tz = self.session.book.tz
        for path, widget in self.fields.items():
            value = document.get_path(doc, path)
            if path == "ask.qa":
                widget.setRowCount(0)
                for qa in value or []:
                    row = widget.rowCount()
                    widget.insertRow(row)
                    widget.setItem(row, 0, QTableWidgetItem(qa["q"]))
                    widget.setItem(row, 1, QTableWidgetItem(qa["a"]))
            elif path == "major_triggers":
                chosen = set(value or [])
                for i in range(widget.count()):
                    item = widget.item(i)
                    item.setCheckState(Qt.CheckState.Checked if item.data(
                        Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked)
            elif isinstance(widget, QComboBox):
                code = {True: "yes", False: "no"}.get(value, value) if path == "reply.accepted" \
                    else value
                index = widget.findData(code or "")
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif document.KINDS.get(path) == "time":
                widget.setText(time_text(value, tz))
            else:
                widget.setText("" if value is None else str(value))
        follow = doc.get("follow", {})
        self.owner_label.setText(follow.get("owner") or "—")
        when = parse_time(follow.get("next_reply_at"), tz)
        zone = QTimeZone(tz.encode())
        self.next_reply.setDateTime(QDateTime.fromSecsSinceEpoch(
            int((when or self.session.book.now()).timestamp()), zone))
        self.next_reply.setTimeZone(zone)
        self.actions.setRowCount(0)
        for action in follow.get("actions") or []:
            row = self.actions.rowCount()
            self.actions.insertRow(row)
            for col, text in enumerate((time_text(action["at"], tz), action["by"],
                                        action["note"], "✓" if action["internal"] else "")):
                self.actions.setItem(row, col, QTableWidgetItem(text))
        record = doc.get("record", {})
        signed = record.get("signed_at")
        self.signed_label.setText(self.tr("Signed {when}").format(when=time_text(signed, tz))
                                  if signed else self.tr("Not signed yet"))
        self.satisfaction.setCurrentIndex(max(self.satisfaction.findData(
            str(record.get("satisfaction") or "")), 0))
        self._show_history(doc)
        self._building = False
        self._changed()

    def _show_history(self, doc: dict) -> None:
        from casebook.db.models import Case

        customer_id = (doc.get("customer") or {}).get("id")
        earlier = [] if not customer_id else [
            r for (r,) in Case.select(Case.ref).where((Case.customer == customer_id)
                                                      & (Case.ref != (doc.get("ref") or "")))
            .order_by(Case.received_at.desc()).tuples()]
        self.history.setText(self.tr("Earlier cases of this customer: {refs}").format(
            refs=", ".join(earlier[:8]) + (" …" if len(earlier) > 8 else ""))
            if earlier else "")
        self.history.setStyleSheet("color:#b3261e;" if earlier else "")

    def draft(self) -> dict:
        """The document as the widgets show it now (times as typed, local)."""
        doc: dict = {}
        for path, widget in self.fields.items():
            if path == "ask.qa":
                rows = []
                for r in range(widget.rowCount()):
                    q, a = widget.item(r, 0), widget.item(r, 1)
                    if q and q.text().strip():
                        rows.append({"q": q.text(), "a": a.text() if a else ""})
                value = rows
            elif path == "major_triggers":
                value = sorted(widget.item(i).data(Qt.ItemDataRole.UserRole)
                               for i in range(widget.count())
                               if widget.item(i).checkState() == Qt.CheckState.Checked)
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
                if path == "reply.accepted":
                    value = {"yes": True, "no": False}.get(value)
                elif value == "" and document.KINDS.get(path) in ("staff",):
                    value = None
            elif isinstance(widget, QCheckBox):
                value = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                value = widget.toPlainText()
            else:
                value = widget.text()
                if document.KINDS.get(path) in ("time", "amount") and not value.strip():
                    value = None
            document.set_path(doc, path, value)
        when = dt.datetime.fromtimestamp(self.next_reply.dateTime().toSecsSinceEpoch(),
                                         dt.timezone.utc)
        doc.setdefault("follow", {})["next_reply_at"] = iso(when, self.session.book.tz)
        doc["follow"]["owner"] = self.owner_label.text() if self.ref else self.session.operator
        return doc

    def restore_draft(self, draft: dict) -> None:
        self._show(draft)

    # ---------------------------------------------------------------- changes
    def _changed(self, *_args) -> None:
        if self._building:
            return
        doc = self.draft()
        doc["record"] = dict(self.doc.get("record") or {})
        for part, status in parts.statuses(doc).items():
            mark = self.marks[part]
            if not status.applicable:
                mark.setText(self.tr("Not needed: this is not a major complaint."))
                mark.setStyleSheet("color:#777;")
            elif status.done:
                mark.setText("✔ " + self.tr("Done"))
                mark.setStyleSheet("color:#1b7f3b;font-weight:600;")
            else:
                missing = ", ".join(_(parts.FIELD_LABELS.get(m, m)) for m in status.missing)
                mark.setText("● " + self.tr("Still needed: {missing}").format(missing=missing))
                mark.setStyleSheet("color:#a15c00;font-weight:600;")
        major = parts.is_major(doc) and not parts.is_reported(doc)
        self.major_banner.setVisible(major)
        self.box_report.setEnabled(parts.is_major(doc))

    def set_next_reply_quick(self, key: str) -> None:
        book = self.session.book
        when = quick_times(book.now(), book.tz)[key]
        self.next_reply.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp()),
                                                                 QTimeZone(book.tz.encode())))

    def _ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reason"), question)
        return text if ok and text.strip() else None

    def save(self) -> bool:
        operator = self.session.operator
        draft = self.draft()
        if self.ref is None:
            ok, ref = self.session.run(self, lambda book: book.open_case(draft, by=operator))
            if ok:
                self.load(ref)
                self.saved.emit(ref)
            return ok
        changes = self._changes(draft)
        if not changes:
            return True
        reason = ""
        signed = bool((self.doc.get("record") or {}).get("signed_at"))
        if signed or "follow.next_reply_at" in changes:
            question = (self.tr("This case is signed. Why is it being amended?") if signed else
                        self.tr("Why does the agreed reply time change? Did the customer "
                                "agree?"))
            reason = self.reason_provider(question)
            if reason is None:
                return False
        ref = self.ref
        ok, _doc = self.session.run(self, lambda book: book.update_case(
            ref, changes, by=operator, reason=reason), ref=ref)
        if ok:
            self.load(ref)
            self.saved.emit(ref)
        return ok

    def _changes(self, draft: dict) -> dict:
        before = document.flatten_all(self.loaded)
        after = document.flatten_all(draft)
        changes = {}
        for path, value in after.items():
            if path in ("follow.owner", "follow.actions", "customer"):
                continue
            if value != before.get(path):
                changes[path] = value
        if draft.get("customer") != self.loaded.get("customer"):
            changes["customer"] = draft["customer"]
        return changes

    def add_action(self) -> None:
        note = self.note.text()
        if self.ref is None and not self.save():
            return
        ref, internal, operator = self.ref, self.note_internal.isChecked(), self.session.operator
        ok, _ = self.session.run(self, lambda book: book.add_action(
            ref, note, by=operator, internal=internal), ref=ref)
        if ok:
            self.note.clear()
            self.load(ref)

    def _handover(self) -> None:
        if self.ref is None:
            return
        names = [name for name, _ in self._staff_items() if name != self.owner_label.text()]
        to, ok = QInputDialog.getItem(self, self.tr("Hand over"), self.tr("New owner"), names,
                                      0, False)
        if ok and to:
            self.handover(to, "")

    def handover(self, to: str, note: str) -> bool:
        ref, operator = self.ref, self.session.operator
        ok, _ = self.session.run(self, lambda book: book.handover(ref, to, by=operator,
                                                                  note=note), ref=ref)
        if ok:
            self.load(ref)
        return ok

    def record_signature(self) -> None:
        if self.ref is None:
            return
        ref, operator = self.ref, self.session.operator
        score = self.satisfaction.currentData()
        ok, _ = self.session.run(self, lambda book: book.sign(
            ref, by=operator, satisfaction=int(score) if score else None), ref=ref)
        if ok:
            self.load(ref)
