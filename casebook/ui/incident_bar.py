"""The editor's incident strip: the incident a case belongs to, or the one it probably does.

While a case is typed, the strip asks the core which open incident it looks
like (`book.incidents.suggest`: the same category and place in the time
window, or a close search match) and offers the best one — "Probably “Lift
outage” in Building 3 (INC-2026-001) — link?". One click links it: a saved
case at once, a new case when it is saved (the link is part of opening it).
A linked case shows its incident, with a button that opens it.

When a link leaves the incident major and unreported (the collective rule
has just fired, or a case joins such an incident), the desk is prompted to
report, with the time the report is due.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from casebook.errors import KnownError
from casebook.ui.widgets import when_text

WAIT_MS = 400  # typing pauses this long before the incidents are matched again


def prompt_report(parent: QWidget, session, incident: str, *, lang: str) -> QMessageBox | None:
    """Tell the desk to report a major incident nobody has reported yet (non-blocking)."""
    book = session.book
    doc = book.incidents.get(incident)
    if doc["severity"] != "major" or (doc["report"]["to"] and doc["report"]["at"]):
        return None
    due = book.incidents.report_due(incident)
    text = QCoreApplication.translate("IncidentBar", "Incident {ref} is major: {reason}").format(
        ref=incident, reason=book.incidents.major_reason(incident, lang))
    if due:
        text += "\n\n" + QCoreApplication.translate(
            "IncidentBar", "Report it to the manager by {time}.").format(
            time=when_text(due, book.tz, lang))
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("IncidentBar", "Report now"), text,
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("reportPrompt")
    report = box.addButton(QCoreApplication.translate("IncidentBar", "Report…"),
                           QMessageBox.ButtonRole.AcceptRole)
    report.setObjectName("reportNowButton")

    def open_report():
        from casebook.ui.incident_dialogs import ReportDialog

        dialog = ReportDialog(session, incident, parent, lang=lang)
        dialog.open()
        box.report_dialog = dialog  # kept alive for the caller (and tests)

    report.clicked.connect(open_report)
    box.open()
    return box


class IncidentBar(QFrame):
    """See the module docstring; lives in the case editor, above the parts."""

    open_incident = Signal(str)

    def __init__(self, editor):
        super().__init__(editor)
        self.setObjectName("incidentBar")
        self.editor = editor
        self.chosen: str | None = None  # a new case's incident, linked when it is saved
        self.offered: str | None = None
        self.dismissed: set[str] = set()
        self.setStyleSheet("QFrame#incidentBar { background: #fff4d6; border-radius: 4px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 6, 4)
        self.message = QLabel()
        self.message.setObjectName("incidentBarText")
        self.message.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setObjectName("linkIncidentButton")
        self.link_button.clicked.connect(self.link)
        self.dismiss_button = QPushButton(self.tr("Not this one"))
        self.dismiss_button.setObjectName("dismissIncidentButton")
        self.dismiss_button.clicked.connect(self.dismiss)
        self.undo_button = QPushButton(self.tr("Do not link"))
        self.undo_button.setObjectName("undoIncidentButton")
        self.undo_button.clicked.connect(self.undo)
        self.open_button = QPushButton(self.tr("Open incident"))
        self.open_button.setObjectName("openIncidentButton")
        self.open_button.clicked.connect(lambda: self.open_incident.emit(self.linked() or ""))
        row.addWidget(self.message, 1)
        for button in (self.link_button, self.dismiss_button, self.undo_button,
                       self.open_button):
            row.addWidget(button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(WAIT_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    # ------------------------------------------------------------------ state
    def linked(self) -> str | None:
        """The incident of the case shown, as saved."""
        return ((self.editor.doc or {}).get("incident") or {}).get("ref") \
            if self.editor.ref else None

    def reset(self) -> None:
        """Another case is shown: nothing chosen or dismissed yet."""
        self.chosen, self.offered = None, None
        self.dismissed.clear()
        self.refresh()

    def schedule(self) -> None:
        self.timer.start()

    def refresh(self) -> None:
        """Show the case's incident, the chosen one, or the best match (else hide)."""
        self.timer.stop()
        book = self.editor.session.book
        if book.closed:  # a refresh still pending when the casebook closed: nothing to show
            return
        linked = self.linked()
        buttons = {"link": False, "dismiss": False, "undo": False, "open": False}
        if linked:
            incident = (self.editor.doc or {}).get("incident") or {}
            self.message.setText(self.tr("Part of incident {ref}: {title}").format(
                ref=linked, title=" — ".join(x for x in (incident.get("title"),
                                                         incident.get("place")) if x)))
            buttons["open"] = True
        elif self.chosen:
            self.message.setText(self.tr("Will be linked to incident {ref} when saved.").format(
                ref=self.chosen))
            buttons["undo"] = True
        else:
            self.offered = self._best(book)
            if self.offered is None:
                self.hide()
                return
            match = self.offered
            self.message.setText(self.tr("Probably “{title}” in {place} ({ref}) — link?").format(
                title=match.title, place=match.place or "—", ref=match.ref)
                if match.place else self.tr("Probably “{title}” ({ref}) — link?").format(
                title=match.title, ref=match.ref))
            buttons["link"] = buttons["dismiss"] = True
        self.link_button.setVisible(buttons["link"])
        self.dismiss_button.setVisible(buttons["dismiss"])
        self.undo_button.setVisible(buttons["undo"])
        self.open_button.setVisible(buttons["open"])
        self.show()

    def _best(self, book):
        try:
            found = book.incidents.suggest(self.editor.draft())
        except KnownError:  # a half-typed case the matcher cannot read: offer nothing
            return None
        return next((s for s in found if s.ref not in self.dismissed), None)

    # ---------------------------------------------------------------- actions
    def link(self) -> bool:
        """Link the case to the incident offered: at once, or when a new case is saved."""
        if self.offered is None:
            return False
        ref = self.offered.ref
        if self.editor.ref is None:
            self.chosen = ref
            self.refresh()
            return True
        case_ref, session = self.editor.ref, self.editor.session
        ok, outcome = session.run(self.editor, lambda book: book.incidents.link(
            case_ref, ref, by=session.operator), ref=case_ref)
        if ok:
            self.editor.load(case_ref)
            self.refresh()
            prompt_report(self.editor, session, outcome.incident, lang=self.editor.lang)
        return ok

    def dismiss(self) -> None:
        if self.offered is not None:
            self.dismissed.add(self.offered.ref)
        self.refresh()

    def undo(self) -> None:
        if self.chosen:
            self.dismissed.add(self.chosen)
        self.chosen = None
        self.refresh()

    def linked_on_saving(self, incident: str) -> None:
        """The new case was saved and linked to `incident`: prompt to report if due."""
        self.chosen = None
        self.refresh()
        prompt_report(self.editor, self.editor.session, incident, lang=self.editor.lang)

