"""The case editor: the six parts of a case, each saying whether it is done and why not.

The editor holds the case as the core last gave it (`doc`) and the same case
as the widgets showed it then (`loaded`). `draft()` reads the widgets back
into a document; the part marks are recomputed from it as the user types,
and saving sends only what changed through the session — the one path for
changes. Nothing here writes to the database.

Layout: a list of the six parts on the left (always in view, each with its
mark), the parts one under the other on the right, so a clerk can Tab from
the customer's name to the agreed reply time without changing page.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from casebook.core.cases import document
from casebook.core.cases import history
from casebook.core.cases import lookups
from casebook.core.cases import parts
from casebook.core.casebook import UNSIGNED_PATHS
from casebook.core.time.times import iso
from casebook.errors import Conflict, KnownError
from casebook.i18n import defaults
from casebook.i18n.translate import _, current_language
from casebook.ui.collation import sorted_by_name
from casebook.ui.editor_fields import HandoverDialog, PartList
from casebook.ui.editor_parts import FORMS, LANG_NAMES
from casebook.ui.incident_bar import IncidentBar
from casebook.ui.law_panel import LawPanel
from casebook.ui.datetime_field import DateTimeField
from casebook.ui.operations import show_error
from casebook.ui.widgets import (CodeCombo, PartSection, ask_reason, change_signal, read_value,
                                 time_text, when_text, write_value)

__all__ = ["CaseEditor", "LANG_NAMES", "SECTION_NAMES"]

SECTION_NAMES = {"hear": "stageHear", "ask": "stageAsk", "follow": "stageFollow",
                 "reply": "stageReply", "record": "stageRecord", "report": "stageReport"}
# Shown in the editor but never sent as a change: the core owns them.
READ_ONLY = {"ref", "follow.owner", "record.signed_at", "customer"}
WIDE = 1000  # from this width the prompts stand beside each form
FIELDS_ROOM = 520  # what the inputs of a part need beside their labels

STYLE = """
QFrame[casePart="true"] { border: 1px solid #d4d4d4; border-radius: 6px;
                          background: palette(base); }
QFrame#majorBanner { background: #b3261e; border-radius: 4px; }
QFrame#majorBanner QLabel { color: white; font-weight: 600; }
QListWidget#partNav { border: none; background: transparent; }
QListWidget#partNav::item { padding: 6px 4px; }
"""


class CaseEditor(QWidget):
    """Log a new case or work an existing one; see the module docstring."""

    saved = Signal(str)  # the reference, after a successful save
    open_requested = Signal(str)  # the clerk clicked an earlier case of the customer
    sign_requested = Signal()  # "Customer signs…" in part 5
    edited = Signal()  # the draft changed: whether it can be signed may have too
    incident_requested = Signal(str)  # "Open incident" on the case's incident strip

    def __init__(self, session, parent: QWidget | None = None, *, lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("caseEditor")
        self.session = session
        self.lang = lang or current_language()
        self.setLocale(QLocale(self.lang))
        self.ref: str | None = None
        self.doc: dict = {}  # the case as the core last gave it
        self.loaded: dict = {}  # the same, as the widgets showed it (to see what changed)
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.customer_id: int | None = None
        self._first: dict[str, QWidget] = {}
        self._building = ""
        self._filling = False
        self._busy = False
        self._was_major = False
        self._staff = session.book.staff(active_only=False)
        self.tz = session.book.tz  # the casebook's timezone; re-read when settings change
        self._build()
        session.changed.connect(self._on_session_changed)
        self.new_case()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.state = QLabel()
        self.state.setObjectName("caseState")
        self.state.setStyleSheet("color: #555;")
        self.unsaved = QLabel(self.tr("Unsaved changes"))
        self.unsaved.setObjectName("unsavedMark")
        self.unsaved.setStyleSheet("color: #a15c00; font-style: italic;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.title)
        top.addSpacing(8)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.unsaved)
        self.receipt_button = QPushButton(self.tr("Receipt"))
        self.receipt_button.setObjectName("printReceiptButton")
        self.receipt_button.setToolTip(self.tr("Print the receipt the customer takes from the "
                                               "counter"))
        self.receipt_button.clicked.connect(self.print_receipt)
        top.addWidget(self.receipt_button)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.stale = QLabel()
        self.stale.setObjectName("staleMark")
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet("color: #a15c00;")
        self.stale.hide()
        outer.addWidget(self.stale)

        self.banner = QFrame()
        self.banner.setObjectName("majorBanner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 6, 6)
        self.major_banner = QLabel(self.tr("Major complaint — report to the manager now"))
        self.major_banner.setWordWrap(True)
        report = QPushButton(self.tr("Go to the report"))
        report.setObjectName("goToReport")
        report.clicked.connect(lambda: self.go_to("report"))
        row.addWidget(self.major_banner, 1)
        row.addWidget(report)
        outer.addWidget(self.banner)
        self.incident_bar = IncidentBar(self)  # its incident, or the one it probably is about
        self.incident_bar.open_incident.connect(self.incident_requested)
        outer.addWidget(self.incident_bar)
        self.law = LawPanel(self.session, self.lang)
        outer.addWidget(self.law)

        middle = QHBoxLayout()
        middle.setSpacing(6)
        self.nav = PartList({p: defaults.label("case_part", p, self.lang) for p in parts.PARTS})
        self.nav.chosen.connect(self.go_to)
        middle.addWidget(self.nav)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("caseParts")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(2, 2, 8, 12)
        self.body.setSpacing(10)
        self.scroll.setWidget(body)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        middle.addWidget(self.scroll, 1)
        outer.addLayout(middle, 1)

        self.sections: dict[str, PartSection] = {}
        self.forms = {}
        for number, part in enumerate(parts.PARTS, start=1):
            title = defaults.label("case_part", part, self.lang)
            self._building = part
            form = FORMS[part](self)
            section = PartSection(number, title, defaults.prompts(part, self.lang), form)
            section.setObjectName(SECTION_NAMES[part])
            self.body.addWidget(section)
            self.sections[part], self.forms[part] = section, form
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda p=part: self.go_to(p))
        self._building = ""
        history = QGroupBox(self.tr("History of this case"))
        history.setObjectName("historyBox")
        self.history_list = QListWidget()
        self.history_list.setObjectName("historyList")
        self.history_list.setAccessibleName(self.tr("History of this case"))
        self.history_list.setWordWrap(True)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.history_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_list.setMinimumHeight(120)
        self.history_list.setMaximumHeight(220)
        QVBoxLayout(history).addWidget(self.history_list)
        self.body.addWidget(history)
        self.body.addStretch(1)
        # One label column for all six parts, so the fields line up down the page.
        labels = [label for form in self.forms.values() for label in form.row_labels]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self.label_width = width
        self.box_report = self.sections["report"]
        self.quick = self.forms["follow"].quick
        self.note = self.forms["follow"].note
        self.note_internal = self.forms["follow"].internal
        self.actions = self.forms["follow"].log
        self.owner_label = self.forms["follow"].owner
        self.next_reply = self.forms["follow"].next_reply

    def register(self, path: str, widget: QWidget, label: str, *, name: str | None = None) -> None:
        """Make `widget` the input of a document path (called by the part forms)."""
        clean = label.replace("&", "")
        widget.setAccessibleName(clean)
        widget.setObjectName(name or path.replace(".", "_"))
        self.fields[path] = widget
        self.labels[path] = clean
        self._first.setdefault(self._building, widget)
        change_signal(widget).connect(self._changed)

    def choices(self, source: str) -> list[tuple]:
        """(code, label) pairs: a list by name, "staff", or "staff:<role>"."""
        if source.startswith("staff"):
            role = source.partition(":")[2] or None
            return [(s.name, s.name) for s in sorted_by_name(self._staff, self.lang,
                                                             lambda s: s.name)
                    if s.active and (role is None or s.role == role)]
        return [(e.code, e.labels.get(self.lang) or e.labels.get("en") or e.code)
                for e in self.session.book.list_entries(source)]

    def choice(self, source: str, *, empty: str | None = None, empty_value=None) -> CodeCombo:
        combo = CodeCombo(self.choices(source), empty=empty, empty_value=empty_value)
        combo.source = source
        return combo

    def role_of(self, name: str | None) -> str | None:
        return next((s.role for s in self._staff if s.name == name), None)

    def now(self):
        """The session clock's time (tests inject a fixed one)."""
        return self.session.book.now()

    def amendments(self) -> list[dict]:
        return lookups.amendments(self.session.book, self.ref) if self.ref else []

    # ------------------------------------------------------------ the contract
    def new_case(self) -> None:
        """An empty form for a case received now, by the operator (who owns it)."""
        book = self.session.book
        operator = self.session.operator if self.role_of(self.session.operator) else None
        channels = [code for code, _ in self.choices("channel")]
        # the customer is asked; until then they read what the desk speaks
        language = self.lang if self.lang in LANG_NAMES else "en"
        self.ref, self.doc, self.customer_id = None, {}, None
        self._show({"received_at": iso(self.now(), book.tz),
                    "channel": "walk_in" if "walk_in" in channels else None,
                    "kind": "complaint", "nature": "transactional", "severity": "general",
                    "customer": {"language": language},
                    "hear": {"received_by": operator, "mood": ""},
                    "follow": {"owner": operator, "next_reply_at": None, "actions": []},
                    "record": {}})
        self.loaded = self.draft()
        self._fold()
        self._show_title()
        self._show_audit(None)
        self.incident_bar.reset()
        self.law.show_case(None)
        self.scroll.verticalScrollBar().setValue(0)
        self.fields["customer.name"].setFocus()

    def load(self, ref: str) -> None:
        """Show an existing case as the core has it now."""
        other = ref != self.ref
        self.doc = self.session.book.case_to_edit(ref)  # with the version a save is based on
        self.ref = ref
        self.stale.hide()
        self._show(self.doc)
        self.loaded = self.draft()
        self._show_title()
        self._show_audit(ref, self.doc)
        self.law.show_case(ref, self.doc)  # the case just read, not read twice more
        if other:
            self.incident_bar.reset()
        else:
            self.incident_bar.refresh()
        if other:
            self._fold()
            self.scroll.verticalScrollBar().setValue(0)

    def _show_audit(self, ref: str | None, doc: dict | None = None) -> None:
        """Who changed what and when: the case's audit trail, newest first (with `doc`,
        the case as just read, only the trail is read)."""
        from casebook.core.cases import listing

        self.history_list.clear()
        if ref is None:
            return
        book = self.session.book
        told = history.for_book(book, lang=self.lang)
        if doc is not None and doc.get("ref") == ref:
            entries = listing.history([ref, *doc["merged"]], doc["tz"])
        else:
            entries = listing.show(book, ref)["history"]
        for entry in reversed(entries):
            lines = told.lines(entry)
            self.history_list.addItem(f"{time_text(entry['at'], book.tz, self.lang)}   "
                                      + "\n".join(lines))

    def current_ref(self) -> str | None:
        return self.ref

    def is_dirty(self) -> bool:
        self.forms["ask"].qa.commit()  # an answer still being typed counts
        return self.draft() != self.loaded

    def draft(self) -> dict:
        """The document as the widgets show it now (JSON-ready: autosave writes it)."""
        doc: dict = {"ref": self.ref}
        for path, widget in self.fields.items():
            document.set_path(doc, path, read_value(widget))
        doc["customer"]["id"] = self.customer_id
        # First contact owns a new case; an existing one changes owner only by handover.
        doc["follow"]["owner"] = ((self.doc.get("follow") or {}).get("owner") if self.ref
                                  else doc["hear"]["received_by"])
        doc["record"]["signed_at"] = (self.doc.get("record") or {}).get("signed_at")
        return doc

    def restore_draft(self, draft: dict) -> None:
        """Show unsaved edits again (after a crash or a language switch)."""
        self._show(draft)

    def save(self) -> bool:
        """Open the new case, or send what changed; ask why where the rules need a reason,
        and the approving manager's PIN where an amount needs it."""
        from casebook.ui.access import approve_amount  # ui.access → ui.dialogs → here
        if self._busy:
            return False
        self.forms["ask"].qa.commit()  # Ctrl+S while an answer is still being typed
        if not self._times_readable():
            return False
        operator = self.session.operator
        linked = self.incident_bar.chosen if self.ref is None else None
        if self.ref is None:
            doc = self.draft()
            doc.pop("ref", None)
            if linked:  # linked in the same transaction as it is opened
                doc["incident"] = {"ref": linked}
            approval = approve_amount(self.session, self, doc, {"reply.resolution.amount",
                                                               "reply.approved_by"})
            if approval is False:
                return False
            ok, ref = self._run(lambda book: book.open_case(doc, by=operator,
                                                            approval=approval))
        else:
            changes = self._changes()
            if not changes:
                return True
            reason = self._reason_for(changes)
            if reason is None:
                return False
            approval = approve_amount(self.session, self, self.draft(), set(changes))
            if approval is False:
                return False
            ref, version = self.ref, self.doc.get("version")
            refused = []

            def update(book):
                try:
                    return book.update_case(ref, changes, by=operator, reason=reason,
                                            version=version, approval=approval)
                except Conflict:
                    refused.append(ref)
                    raise

            ok, _doc = self._run(update, ref=ref)
            if refused:
                # another desk saved first: show the case as it is now with these edits on
                # top, so the clerk compares, merges and saves again; nothing is lost
                self._reload_keeping_edits()
                return False
        if ok:
            self.load(ref)
            if linked:
                self.incident_bar.linked_on_saving(linked)
            self.saved.emit(ref)
        return ok

    def print_receipt(self) -> None:
        """The receipt of the saved case, previewed to print or save (customer's language)."""
        if self.ref is None or (self.is_dirty() and not self.save()):
            return
        from casebook.ui.preview import PreviewDialog

        dialog = PreviewDialog(self.session, self.ref, self, lang=self.lang, document="receipt")
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------- follow-up
    def add_action(self) -> None:
        """Log what was done or said (Follow through)."""
        follow = self.forms["follow"]
        note, internal = follow.note.text(), follow.internal.isChecked()
        if self.ref is None or not note.strip():
            return
        ref, operator = self.ref, self.session.operator
        ok, _ = self._run(lambda book: book.add_action(ref, note, by=operator,
                                                       internal=internal), ref=ref)
        if ok:
            follow.note.clear()
            follow.internal.setChecked(False)
            self._reload_keeping_edits()

    def hand_over(self) -> None:
        """Ask to whom the case goes, with a note, and hand it over."""
        if self.ref is None:
            return
        owner = (self.doc.get("follow") or {}).get("owner")
        names = [name for name, _ in self.choices("staff") if name != owner]
        dialog = HandoverDialog(self, names)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.handover(dialog.to.currentText(), dialog.note.text())
        finally:
            dialog.deleteLater()

    def handover(self, to: str, note: str = "") -> bool:
        ref, operator = self.ref, self.session.operator
        ok, _ = self._run(lambda book: book.handover(ref, to, by=operator, note=note), ref=ref)
        if ok:
            self._reload_keeping_edits()
        return ok

    def ask_reason(self, question: str, *, agreed_choice: bool = False) -> str | None:
        """The reason for a change the rules ask about; None when the clerk cancels."""
        return ask_reason(self, question, agreed_choice=agreed_choice)

    def go_to(self, part: str) -> None:
        section = self.sections[part]
        section.set_expanded(True)
        self.body.activate()
        self.scroll.verticalScrollBar().setValue(max(section.y() - 4, 0))
        self.nav.show_current(parts.PARTS.index(part))
        first = self._first.get(part)
        if first is not None and first.isEnabled():
            first.setFocus()

    def choose_customer(self, match) -> None:
        """A known customer was picked: their details, and their earlier cases."""
        self._filling = True
        try:
            for key, value in match.fields.items():
                widget = self.fields.get(f"customer.{key}")
                if widget is not None:
                    write_value(widget, value)
            self.customer_id = match.id
        finally:
            self._filling = False
        self.forms["hear"].show_history(match.id, self.ref)
        self._changed()

    def customer_name_edited(self, text: str) -> None:
        """Typing another name lets go of the customer picked before."""
        if self.customer_id and self.ref is None:
            self.customer_id = None
            self.forms["hear"].show_history(None, None)

    # ---------------------------------------------------------------- internals
    def _run(self, change, *, ref: str = ""):
        self._busy = True
        try:
            return self.session.run(self, change, ref=ref)
        finally:
            self._busy = False

    def _show(self, doc: dict) -> None:
        self._filling = True
        try:
            for path, widget in self.fields.items():
                write_value(widget, document.get_path(doc, path))
            self.customer_id = (doc.get("customer") or {}).get("id")
            for form in self.forms.values():
                form.settle()
                form.show_doc(self.doc if self.ref else doc)
        finally:
            self._filling = False
        self.forms["hear"].show_history(self.customer_id, self.ref)
        self._was_major = parts.is_major(doc)
        self._changed()

    def _changes(self) -> dict:
        """What the clerk changed since the case was shown, by document path."""
        draft = self.draft()
        before, after = document.flatten_all(self.loaded), document.flatten_all(draft)
        changes = {path: value for path, value in after.items()
                   if path not in READ_ONLY and value != before.get(path)}

        def details(customer):
            return {k: v for k, v in (customer or {}).items() if k != "id"}

        if details(draft["customer"]) != details(self.loaded.get("customer")):
            changes["customer"] = details(draft["customer"])
        return changes

    def _reason_for(self, changes: dict) -> str | None:
        """"" when no reason is needed, None when the clerk cancelled the question."""
        signed = bool((self.doc.get("record") or {}).get("signed_at"))
        amended = signed and any(path not in UNSIGNED_PATHS and not path.startswith("record.")
                                 for path in changes)
        promised = (self.doc.get("follow") or {}).get("next_reply_at")
        moved = "follow.next_reply_at" in changes and bool(promised)
        if amended and moved:
            question = self.tr("The customer has signed this case, and the agreed reply time "
                               "changes. Why? Both changes are logged.")
        elif amended:
            question = self.tr("The customer has signed this case. Why is it being changed? "
                               "The change is logged as an amendment.")
        elif moved:
            question = self.tr("The customer was promised a reply at {when}. Why does the "
                               "agreed time change?").format(
                when=when_text(promised, self.tz, self.lang))
        else:
            return ""
        return self.ask_reason(question, agreed_choice=moved)

    def _reload_keeping_edits(self) -> None:
        """Re-read the case (a note was added, it was handed over) without losing edits."""
        pending, customer_id = self._changes(), self.customer_id
        self.load(self.ref)
        if not pending:
            return
        self._filling = True
        try:
            for path, value in pending.items():
                if path == "customer":
                    for key, text in value.items():
                        if f"customer.{key}" in self.fields:
                            write_value(self.fields[f"customer.{key}"], text)
                    self.customer_id = customer_id
                elif path in self.fields:
                    write_value(self.fields[path], value)
            self.forms["hear"].settle()
        finally:
            self._filling = False
        self._changed()

    def refresh_choices(self) -> None:
        """Staff, lists and settings as they are now (changed here or at another desk)."""
        self._staff = self.session.book.staff(active_only=False)
        self.tz = self.session.book.tz
        for widget in self.fields.values():
            if getattr(widget, "source", None):
                widget.set_items(self.choices(widget.source), empty=widget.empty_text)

    def remote_change(self) -> None:
        """Another desk changed the open case: show it if nothing here is unsaved, else
        say so (the save will be refused and these edits kept, to merge)."""
        if self.ref is None or self._busy:
            return
        try:
            version = self.session.book.get(self.ref).version
        except KnownError:  # deleted at another desk
            version = None
        if version == self.doc.get("version"):
            return  # our own save, or a change already shown
        if version is not None and not self.is_dirty():
            self.load(self.ref)
            return
        self.stale.setText(self.tr("Changed at another desk since you opened it. Your edits "
                                   "are kept; saving shows what changed."))
        self.stale.show()

    def _on_session_changed(self, ref: str) -> None:
        if self._busy:
            return
        if not ref:  # staff, lists or settings may have changed
            self.refresh_choices()
        elif ref == self.ref:
            self._reload_keeping_edits()

    def _changed(self, *_args) -> None:
        if self._filling:
            return
        draft = self.draft()
        major = parts.is_major(draft)
        for part, status in parts.statuses(draft).items():
            if not status.applicable:
                kind, state, why = "na", self.tr("Not needed"), self.tr(
                    "Only a major complaint is reported.")
            elif status.done:
                kind, state, why = "done", self.tr("Done"), ""
            else:
                missing = ", ".join(_(parts.FIELD_LABELS.get(m, m)) for m in status.missing)
                why = self.tr("Still needed: {missing}").format(missing=missing)
                kind, state = "todo", self.tr("Incomplete")
                if part == "report" and not parts.is_reported(draft):
                    kind, state = "major", self.tr("Report now")
            self.sections[part].set_status(kind, state, why)
            self.nav.set_status(part, kind, state, why)
        for form in self.forms.values():
            form.refresh(draft)
        self.banner.setVisible(major and not parts.is_reported(draft))
        self.box_report.setEnabled(major)
        if major and not self._was_major:
            self.sections["report"].set_expanded(True)
        self._was_major = major
        self.unsaved.setVisible(bool(self.loaded) and draft != self.loaded)
        self.incident_bar.schedule()
        self.edited.emit()

    def signable(self, draft: dict | None = None) -> tuple[bool, str]:
        """Whether the customer can sign this case now, and if not, why not (in words)."""
        draft = self.draft() if draft is None else draft
        if draft["record"].get("signed_at"):
            return False, self.tr("Signed already.")
        status = parts.reply(draft)
        if not status.done:
            missing = ", ".join(_(parts.FIELD_LABELS.get(m, m)) for m in status.missing)
            return False, self.tr("The customer signs once the reply is recorded. Still "
                                  "needed: {missing}").format(missing=missing)
        return True, ""

    def _times_readable(self) -> bool:
        """Every typed time reads as a time; else say which and how to type it (no save)."""
        for widget in self.fields.values():
            if isinstance(widget, DateTimeField) and not widget.is_valid():
                self.go_to(next(p for p, s in self.sections.items()
                                if s.isAncestorOf(widget)))
                widget.setFocus()
                show_error(self, widget.problem())
                return False
        return True

    def _fold(self) -> None:
        """Open the parts there is work in; fold away those that must wait."""
        draft = self.draft()
        replied = parts.reply(draft).done
        signed = bool(draft["record"].get("signed_at"))
        expanded = {"hear": True, "ask": True, "follow": True, "reply": self.ref is not None,
                    "record": replied or signed, "report": parts.is_major(draft)}
        for part, section in self.sections.items():
            section.set_expanded(expanded[part])

    def _show_title(self) -> None:
        if self.ref is None:
            self.title.setText(self.tr("New case"))
            self.state.setText("")
        else:
            name = (self.doc.get("customer") or {}).get("name") or ""
            self.title.setText(f"{self.ref} · {name}" if name else self.ref)
            states = {"open": self.tr("Open"), "resolved": self.tr("Resolved, awaiting signature"),
                      "closed": self.tr("Closed, signed")}
            self.state.setText(states.get(self.doc.get("state"), self.doc.get("state") or ""))
        self.receipt_button.setEnabled(self.ref is not None)
        self.unsaved.setVisible(False)

    def _follow_scroll(self, value: int) -> None:
        """Keep the part in view marked in the list of parts."""
        current = 0
        for i, part in enumerate(parts.PARTS):
            if self.sections[part].y() <= value + 24:
                current = i
        self.nav.show_current(current)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wide = self.width() >= WIDE
        for section in self.sections.values():
            section.set_wide(wide)
        # the list of parts shows its names where that leaves the inputs their room,
        # else marks and numbers only (the names are in the tooltips)
        self.nav.set_compact(self.width() < self.nav.wide + self.label_width + FIELDS_ROOM)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Esc never throws work away: it is taken here so no window or dialog
        # around the editor reads it as "cancel".
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
