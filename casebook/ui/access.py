"""PINs on screen: asked at start-up, set in the staff list, and a manager's approval for
the manager-only actions (delete a case, erase a customer's personal data, reopen a
signed case, merge duplicates, change the authority limits).

The rules live in `casebook.core.trust.access` and `casebook.core.trust.privacy`; these widgets
only collect what was typed. A wrong PIN is refused by the core, which logs it and
makes the next try wait; the message says how long.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                               QScrollArea, QToolButton, QVBoxLayout, QWidget)

from casebook.core.cases import document
from casebook.core.trust import access
from casebook.core.trust import privacy
from casebook.errors import KnownError
from casebook.ui.dialogs import OperatorDialog
from casebook.ui.operations import show_error


def pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(access.PIN_LENGTH[1])
    return edit


class PinOperatorDialog(OperatorDialog):
    """Who is at the desk, and their PIN when they have one (wrong: said here, slowed)."""

    def __init__(self, names: list[str], last: str = "", parent=None, *,
                 with_pin: set[str] = frozenset(), check=None, **options):
        super().__init__(names, last, parent, **options)
        self.with_pin, self.check = set(with_pin), check
        self.pin = pin_edit("operatorPin")
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin_label = QLabel(self.tr("PIN"))
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        form = self.layout()
        form.insertRow(1, self.pin_label, self.pin)
        form.insertRow(2, self.message)
        self.names.currentTextChanged.connect(self._show_pin)
        self._show_pin(self.names.currentText())

    def _show_pin(self, name: str) -> None:
        asked = name in self.with_pin
        self.pin.setVisible(asked)
        self.pin_label.setVisible(asked)
        self.message.clear()
        self.message.setVisible(False)
        if asked:
            self.pin.setFocus()

    def accept(self) -> None:
        name = self.operator()
        if name in self.with_pin and self.check is not None:
            try:
                self.check(name, self.pin.text())
            except KnownError as exc:
                self.pin.clear()
                self.message.setText(str(exc))
                self.message.setVisible(True)
                return
        super().accept()


class ApprovalDialog(QDialog):
    """What is about to happen, why (when a reason is kept), and a manager's PIN.

    With PINs off only the confirmation and the reason are asked; the core still
    refuses anyone who is not a manager."""

    def __init__(self, session, action: str, text: str, parent=None, *,
                 ask_reason: bool = False, approver: str | None = None, extra=None):
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Manager's approval"))
        self.session, self.action = session, action
        self.approval: access.Approval | None = None
        book = session.book
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if extra is not None:  # what else the action may take in (an erasure's choices)
            layout.addWidget(extra)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(self.tr("Reason"))
        if ask_reason:
            form.addRow(self.tr("Reason"), self.reason)
        self.pins_on = access.pins_on(book)
        self.approver = QComboBox()
        self.approver.setObjectName("approverBox")
        self.approver.setAccessibleName(self.tr("Manager"))
        self.pin = pin_edit("approvalPin")
        self.pin.setAccessibleName(self.tr("Manager's PIN"))
        if self.pins_on:
            managers = [s.name for s in book.staff() if s.role == "manager" and s.pin_hash]
            if approver is not None:  # the manager the case names, and nobody else
                managers = [approver]
                self.approver.setEnabled(False)
            self.approver.addItems(managers)
            if session.operator in managers:
                self.approver.setCurrentText(session.operator)
            form.addRow(self.tr("Manager"), self.approver)
            form.addRow(self.tr("Manager's PIN"), self.pin)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.pin if self.pins_on else self.reason if ask_reason else self.ok).setFocus()

    def accept(self) -> None:
        operator = self.session.operator
        approver = self.approver.currentText() if self.pins_on else operator
        pin = self.pin.text() if self.pins_on else None
        ok, approval = self.session.run(self, lambda book: access.approve(
            book, self.action, by=operator, approver=approver, pin=pin))
        self.pin.clear()
        if ok:
            self.approval = approval
            super().accept()

    def reason_text(self) -> str:
        return self.reason.text().strip()


def ask_approval(session, parent, action: str, text: str, *, ask_reason: bool = False,
                 approver: str | None = None, extra=None):
    """(approval, reason) once a manager said yes, else None."""
    dialog = ApprovalDialog(session, action, text, parent, ask_reason=ask_reason,
                            approver=approver, extra=extra)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.approval, dialog.reason_text()
    finally:
        dialog.deleteLater()  # else it lives on as a hidden child of `parent`


def approve_staff_change(session, parent, name: str | None, **change):
    """A change of role or active flag (with PINs on also a new member above the desk):
    None when no approval is needed, the approval, or False when it was not given."""
    if not access.staff_change_needs_approval(session.book, name, **change):
        return None
    answer = ask_approval(session, parent, access.MANAGERS, QCoreApplication.translate(
        "StaffDialog", "Changing a role, retiring or bringing back a member of staff, or "
        "adding one above the desk, needs a manager's approval."))
    return answer[0] if answer else False


def approve_amount(session, parent, doc: dict, changed: set[str]):
    """With PINs on, the manager named in "Approved by" types their PIN for an amount above
    the operator's limit (or for being named at all): None when nothing is asked (the
    core still checks), the approval, or False when it was not given."""
    book = session.book
    if not access.pins_on(book):
        return None
    try:
        approver = access.amount_needs_approval(book, doc, by=session.operator,
                                                changed=changed)
    except KnownError:  # an amount that is no amount: the save says so
        return None
    if approver is None or not access.has_pin(book, approver):
        return None  # not a manager with a PIN: the save says why it is refused
    amount = " ".join(filter(None, (str(document.money(doc)),
                                    doc["reply"]["resolution"].get("currency"))))
    answer = ask_approval(session, parent, access.AMOUNT, QCoreApplication.translate(
        "ApprovalDialog", "{name} approves the amount of {amount}: {name} types their "
        "PIN.").format(name=approver, amount=amount), approver=approver)
    return answer[0] if answer else False


class SetPinDialog(QDialog):
    """Set, change or clear a member of staff's PIN.

    One's own: the old PIN first, when there is one. Someone else's, or a manager's
    first PIN once PINs are on: a manager's approval (`ApprovalDialog`)."""

    def __init__(self, session, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("setPinDialog")
        self.setWindowTitle(self.tr("PIN of {name}").format(name=name))
        self.session, self.name = session, name
        book = session.book
        self.own = name == session.operator
        self.had_pin = access.has_pin(book, name)
        manager = any(s.name == name and s.role == "manager" for s in book.staff())
        self.needs_approval = not self.own or (
            not self.had_pin and manager and access.pins_on(book))
        form = QFormLayout(self)
        self.old = pin_edit("oldPin")
        self.new = pin_edit("newPin")
        self.repeat = pin_edit("repeatPin")
        if self.own and self.had_pin:
            form.addRow(self.tr("Current PIN"), self.old)
        form.addRow(self.tr("New PIN (6 to 12 digits)") if manager
                    else self.tr("New PIN (4 to 12 digits)"), self.new)
        form.addRow(self.tr("New PIN again"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("Remove the PIN"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.clear_button.setObjectName("clearPinButton")
        self.clear_button.setVisible(self.had_pin)
        self.clear_button.clicked.connect(lambda: self.save(clear=True))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self, clear: bool = False) -> None:
        new = None if clear else self.new.text()
        if not clear and new != self.repeat.text():
            show_error(self, self.tr("The two new PINs are not the same."))
            return
        name, operator, old = self.name, self.session.operator, self.old.text()
        approval = None
        if self.needs_approval:
            answer = ask_approval(self.session, self, access.PIN, self.tr(
                "A manager approves the new PIN of {name}.").format(name=name))
            if not answer:
                return
            approval = answer[0]
        ok, _ = self.session.run(self, lambda book: access.set_pin(
            book, name, new, by=operator, old_pin=old, approval=approval))
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        if ok:
            self.accept()


class PinButton(QPushButton):
    """The staff list's PIN cell: whether there is one; opens `SetPinDialog`."""

    def __init__(self, session, name: str, has_pin: bool, staff_dialog):
        super().__init__(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))
        self.setObjectName(f"pinButton_{name}")
        self.setAccessibleName(self.tr("PIN of {name}").format(name=name))
        self.session, self.name, self.staff_dialog = session, name, staff_dialog
        self.clicked.connect(self.open_dialog)

    def open_dialog(self) -> bool:
        dialog = SetPinDialog(self.session, self.name, self.staff_dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.staff_dialog.load()
        return True


class ManagerMenu(QToolButton):
    """The main window's "Manager" menu: the manager-only actions on the open case."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("managerMenuButton")
        self.setText(self.tr("Manager"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.reopen = menu.addAction(self.tr("Reopen signed case…"), self.reopen_case)
        self.reopen.setObjectName("reopenCaseAction")
        self.erase = menu.addAction(self.tr("Erase the customer's personal data…"),
                                    self.erase_customer)
        self.erase.setObjectName("eraseCustomerAction")
        self.delete = menu.addAction(self.tr("Delete case…"), self.delete_case)
        self.delete.setObjectName("deleteCaseAction")
        self.merge = menu.addAction(self.tr("Merge with a duplicate…"), self.merge_case)
        self.merge.setObjectName("mergeCaseAction")
        menu.addSeparator()
        self.limits = menu.addAction(self.tr("Authority limits…"), self.authority_limits)
        self.limits.setObjectName("authorityLimitsAction")
        menu.aboutToShow.connect(self.update_actions)  # the window's editor comes later
        self.setMenu(menu)

    @property
    def session(self):
        return self.window_.session

    def update_actions(self) -> None:
        ref = self.window_.editor.current_ref()
        try:
            case = self.session.book.get(ref) if ref else None
        except KnownError:  # deleted meanwhile (another desk)
            case = None
        self.reopen.setEnabled(bool(case and case.signed_at))
        self.erase.setEnabled(bool(case and case.customer_id and not case.customer.erased))
        self.delete.setEnabled(case is not None)
        self.merge.setEnabled(bool(case and case.customer_id))

    def _case(self) -> str | None:
        """The open case, its edits saved or discarded first (the user chooses)."""
        ref = self.window_.editor.current_ref()
        if ref is None or not self.window_._may_leave():
            return None
        return ref

    def reopen_case(self) -> bool:
        ref = self._case()
        answer = ref and ask_approval(self.session, self.window_, access.REOPEN, self.tr(
            "Reopen the signed case {ref}? The customer will have to sign again; the first "
            "signing stays in the history.").format(ref=ref), ask_reason=True)
        if not answer:
            return False
        approval, reason = answer
        ok, _ = self.session.run(self.window_, lambda book: access.reopen_signed(
            book, ref, reason=reason, approval=approval), ref=ref)
        if ok:
            self.window_.editor.load(ref)
        return ok

    def erase_customer(self) -> bool:
        ref = self._case()
        if not ref:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second at 100,000
        try:
            ok, found = self.session.run(self.window_,
                                         lambda book: privacy.lookalikes(book, ref))
        finally:
            QApplication.restoreOverrideCursor()
        options = ErasureOptions(found if ok else [], has_backups(self.session.book))
        answer = ask_approval(self.session, self.window_, access.ERASE, self.tr(
            "Erase the personal data of this case's customer (name, phone, email, address, "
            "unit, account) from all their cases and the history? The cases stay in the "
            "statistics. This cannot be undone."), extra=options)
        if not answer:
            return False
        approval, _reason = answer
        include, scrub = options.chosen(), options.scrub_backups()
        # seconds on a large casebook: the search index is rewritten without the words
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, refs = self.session.run(self.window_, lambda book: privacy.erase_customer(
                book, ref, approval=approval, include=include, scrub_backups=scrub), ref=ref)
        finally:
            QApplication.restoreOverrideCursor()
        if ok:
            self.window_.editor.load(ref)
            lines = [self.tr("The customer's personal data was erased from %n case(s).", "",
                             len(refs))]
            if getattr(refs, "backups", None):
                lines.append(self.tr("%n automatic backup(s) were rewritten without it.", "",
                                     len(refs.backups)))
            lines += getattr(refs, "notices", [])
            QMessageBox.information(self.window_, self.tr("Personal data erased"),
                                    "\n".join(lines))
        return ok

    def delete_case(self) -> bool:
        ref = self._case()
        answer = ref and ask_approval(self.session, self.window_, access.DELETE, self.tr(
            "Delete the case {ref} with everything on it? Its reference is not used again. "
            "This cannot be undone.").format(ref=ref), ask_reason=True)
        if not answer:
            return False
        approval, reason = answer
        # ref="": the editor must not reload the case it shows; it is gone
        ok, _ = self.session.run(self.window_, lambda book: privacy.delete_case(
            book, ref, reason=reason, approval=approval))
        if ok:
            self.window_.editor.new_case()
            self.window_._update_actions()
        return ok

    def merge_case(self) -> str | None:
        from casebook.ui.merge import merge_open_case  # casebook.core.incidents: merges

        return merge_open_case(self.window_)

    def authority_limits(self) -> bool:
        dialog = LimitsDialog(self.session, self.window_)
        return dialog.exec() == QDialog.DialogCode.Accepted


class LimitsDialog(QDialog):
    """How much compensation a desk clerk and a handler may agree without a manager."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("limitsDialog")
        self.setWindowTitle(self.tr("Authority limits"))
        self.session = session
        limits = session.book.setting("authority_limits") or {}
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        titles = {"desk": self.tr("Desk"), "handler": self.tr("Handler")}
        for role, title in titles.items():
            edit = QLineEdit(str(limits.get(role) or ""))
            edit.setObjectName(f"limit_{role}")
            edit.setAccessibleName(title)
            self.edits[role] = edit
            form.addRow(title, edit)
        note = QLabel(self.tr("Amounts in {currency}; empty: no limit. A manager has no "
                              "limit.").format(currency=session.book.setting("currency")))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        limits = {role: edit.text().strip() or None for role, edit in self.edits.items()}
        limits["manager"] = None
        answer = ask_approval(self.session, self, access.LIMITS, self.tr(
            "Change the authority limits?"))
        if not answer:
            return
        approval, _reason = answer
        ok, _ = self.session.run(self, lambda book: access.set_authority_limits(
            book, limits, approval=approval))
        if ok:
            self.accept()


def has_backups(book) -> bool:
    """Whether this casebook (a file) has automatic backups an erasure could scrub."""
    from pathlib import Path

    from casebook.core.trust import backup
    from casebook.db.connection import is_sqlite

    return is_sqlite(book.db) and bool(backup.auto_backups(Path(book.location)))


class ErasureOptions(QWidget):
    """An erasure's choices: other customer records that look like the same person
    (none ticked: the manager decides), and the automatic backups (ticked)."""

    def __init__(self, lookalikes: list[dict], backups: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("erasureOptions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.people: list[tuple[QCheckBox, int]] = []
        if lookalikes:
            title = QLabel(self.tr("These customer records look like the same person. "
                                   "Tick those to erase too:"))
            title.setWordWrap(True)
            layout.addWidget(title)
        reasons = {"phone": self.tr("same phone"), "email": self.tr("same email"),
                   "name": self.tr("similar name")}
        people = QWidget()
        rows = QVBoxLayout(people)
        rows.setContentsMargins(0, 0, 0, 0)
        # the strongest first: a phone or an email says more than a common name
        lookalikes = sorted(lookalikes, key=lambda item: item["why"] == ["name"])
        for item in lookalikes:
            details = ", ".join(v for v in (item["name"], item["phone"], item["email"]) if v)
            box = QCheckBox(self.tr("{details} — cases {refs} ({why})").format(
                details=details, refs=", ".join(item["cases"]) or "—",
                why=", ".join(reasons[w] for w in item["why"])))
            box.setObjectName(f"lookalike_{item['id']}")
            rows.addWidget(box)
            self.people.append((box, item["id"]))
        if lookalikes:
            scroll = QScrollArea()  # a common name may have dozens of namesakes
            scroll.setWidget(people)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setMaximumHeight(min(240, people.sizeHint().height() + 4))
            layout.addWidget(scroll)
        self.backups = QCheckBox(self.tr("Erase it from the automatic backups too"))
        self.backups.setObjectName("scrubBackupsBox")
        self.backups.setChecked(backups)
        self.backups.setVisible(backups)
        layout.addWidget(self.backups)

    def chosen(self) -> list[int]:
        return [cid for box, cid in self.people if box.isChecked()]

    def scrub_backups(self) -> bool:
        return not self.backups.isHidden() and self.backups.isChecked()
