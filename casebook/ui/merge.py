"""Merging a duplicate on screen: the open case and another case of the same customer.

The manager picks the other case (from the customer's cases), which of the
two references stays (the earlier one, unless told otherwise) and, when a
signed case is involved, why. A manager's approval follows (`ask_approval`,
with the PIN when PINs are on); the core does the merge (`book.incidents.merge`)
and the editor shows the case that stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from casebook.core.cases import lookups
from casebook.core.trust import access
from casebook.ui.access import ask_approval
from casebook.ui.incident_dialogs import buttons
from casebook.ui.operations import show_error
from casebook.ui.widgets import date_text


class MergeDialog(QDialog):
    """See the module docstring. `survivor` is the reference that stays, once accepted."""

    def __init__(self, session, ref: str, parent: QWidget | None = None, *, lang: str = "en"):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicate cases"))
        self.session, self.ref = session, ref
        self.survivor: str | None = None
        book = session.book
        case = book.get(ref)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Two cases of the same customer about the same matter become "
                               "one: both accounts, actions and histories are kept, and the "
                               "other reference leads to the case that stays."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.other = QComboBox()
        self.other.setObjectName("mergeOther")
        _total, others = lookups.earlier_cases(book, case.customer_id, exclude=ref, limit=50)
        for other, received in others:
            self.other.addItem(f"{other} · {date_text(received, book.tz, lang)}", other)
        self.keep = QComboBox()
        self.keep.setObjectName("mergeKeep")
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setPlaceholderText(self.tr("needed when a case is signed"))
        for label, widget in ((self.tr("Merge with"), self.other),
                              (self.tr("Reference that stays"), self.keep),
                              (self.tr("Reason"), self.reason)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.other.currentIndexChanged.connect(self._choices)
        self._choices()
        form.addRow(buttons(self, self.tr("Merge"), "mergeButton"))

    def _choices(self) -> None:
        """The earlier reference stays unless the manager picks the other."""
        other = self.other.currentData()
        self.keep.clear()
        for ref in sorted(r for r in (self.ref, other) if r):
            self.keep.addItem(ref, ref)

    def accept(self) -> None:
        other = self.other.currentData()
        if not other:
            show_error(self, self.tr("This customer has no other case."))
            return
        keep = self.keep.currentData()
        gone = other if keep == self.ref else self.ref
        answer = ask_approval(self.session, self, access.MERGE, self.tr(
            "Merge case {gone} into {keep}? {gone} will lead to {keep}.").format(
            gone=gone, keep=keep))
        if not answer:
            return
        approval, reason = answer[0], self.reason.text()
        ok, survivor = self.session.run(self, lambda book: book.incidents.merge(
            keep, gone, approval=approval, reason=reason), ref=keep)
        if ok:
            self.survivor = survivor
            super().accept()


def merge_open_case(window) -> str | None:
    """The main window's Manager → Merge…: returns the reference that stays."""
    ref = window.editor.current_ref()
    if ref is None or not window._may_leave():
        return None
    dialog = MergeDialog(window.session, ref, window, lang=window.lang)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        survivor = dialog.survivor
    finally:
        dialog.deleteLater()
    window.editor.load(survivor)
    window._update_actions()
    return survivor
