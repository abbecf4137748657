"""The law on the case editor: the remedy and the facts rules follow, and the terms they set.

Part 1 gets the remedy sought as a code beside the customer's words, and what
the case is about and how it was sold; part 2 the days the goods changed
hands. Above the parts, `LawPanel` shows every term set by law on the case
with its basis ("by law until 20.11.2026, Art. 22 …"), red once missed, with
the penalty so far where the rule defines one, and the customer's own terms.
It reads the core (`casebook.core.law`) and writes nothing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from casebook.core.law import rulebook, statutory, wording
from casebook.core.cases import document
from casebook.errors import KnownError
from casebook.i18n import defaults
from casebook.ui.widgets import COLOURS, CodeCombo

RED = COLOURS["major"]


def code_combo(list_name: str, lang: str) -> CodeCombo:
    """A fixed list of codes (remedy, about, sale), labelled in `lang`, "—" for none."""
    return CodeCombo([(code, defaults.label(list_name, code, lang))
                      for code in defaults.codes(list_name)], empty="—", empty_value="")


class LawPanel(QFrame):
    """The terms set by law on the open case; hidden when there are none."""

    def __init__(self, session, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("lawPanel")
        self.session, self.lang = session, lang
        self.setStyleSheet("QFrame#lawPanel { border: 1px solid #d4d4d4; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.title = QLabel(self.tr("Deadlines set by law"))
        self.title.setStyleSheet("font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("lawTerms")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.terms: list[statutory.Term] = []
        self.rights: list[statutory.Right] = []
        self.hide()

    def show_case(self, ref: str | None, doc: dict | None = None) -> None:
        """Read the case's terms afresh (after a load or a save); `doc`, the case as the
        editor has just read it, spares reading all its parts again."""
        self.terms, self.rights = [], []
        if ref is not None:
            book = self.session.book
            try:
                case = book.get(ref)
            except KnownError:  # deleted meanwhile on another desk
                case = None
            if case is not None:
                if doc is None or doc.get("ref") != ref:
                    doc = document.to_doc(case)
                rules = rulebook.current()
                self.terms = statutory.case_terms(case, doc, book.now(), rules)
                self.rights = statutory.customer_rights(doc, case.tz, rules)
        currency = self.session.book.setting("currency")
        lines = []
        for term in self.terms:
            text = escape(wording.term_line(term, self.lang))
            state = wording.state_line(term, self.lang, currency)
            line = text + (f" — {escape(state)}" if state else "")
            if term.red:
                line = f'<span style="color:{RED};font-weight:600">{line}</span>'
            lines.append(line)
        lines += [f'<span style="color:#52606d">{escape(wording.right_line(r, self.lang))}'
                  "</span>" for r in self.rights]
        self.summary.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    @property
    def missed(self) -> bool:
        return any(term.red for term in self.terms)
