"""The report's incidents section: the events behind the period's complaints.

One row per incident with cases received in the period: how many of them
(and in all), from how many households, how many were replied to and how
long that took (half within / nine in ten within, as the waiting times
section says it), repeat complaints, and whether it is major and reported.
Made from `core.incidents.figures`, like the CSV's incident rows.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from casebook.i18n.translate import N_
from casebook.pdf import layout
from casebook.pdf.report_charts import MUTED

SHOWN = 25
DASH = "—"


def flowables(w, figures, width: float) -> list:
    """The section's content in the report's words (`w`: `report.Words`)."""
    from casebook.pdf.report import cell, grid

    found = figures.incidents
    if not found.incidents:
        return [layout.para(w(N_("No case of this period is linked to an incident.")), 8.5)]
    summary = w.ngettext("{count} case of this period is linked to an incident.",
                         "{count} cases of this period are linked to incidents.",
                         found.cases, count=w.number(found.cases))
    rows = [[w(N_("Incident")), w(N_("Cases in this period")), w(N_("Cases in all")),
             w(N_("Households")), w(N_("Replied")), w(N_("Half within")),
             w(N_("Nine in ten within")), w(N_("Repeat complaints")), w(N_("Reported"))]]
    for line in found.incidents[:SHOWN]:
        title = " · ".join(x for x in (line.ref, line.title, line.place) if x)
        major = w(N_("major")) if line.severity == "major" else ""
        rows.append([cell(title + (f" ({major})" if major else "")),
                     w.number(line.cases), w.number(line.cases_in_all),
                     w.number(line.households), w.number(line.replied),
                     w.hours(line.reply.median), w.hours(line.reply.p90),
                     w.number(line.repeats),
                     w(N_("yes")) if line.reported else (w(N_("no")) if major else DASH)])
    rows.append([cell(w(N_("All linked cases")), bold=True), w.number(found.cases), DASH, DASH,
                 w.number(found.reply.count), w.hours(found.reply.median),
                 w.hours(found.reply.p90), w.number(found.repeats), DASH])
    note = w(N_("Hours from receipt to the recorded reply. A repeat complaint is a second "
                "case from a household about an incident it had complained about already."))
    return [layout.para(summary, 8.5), Spacer(1, 1.5 * mm),
            grid(rows, [width * 0.28] + [width * 0.09] * 8, numbers_from=1),
            Spacer(1, 1.5 * mm), layout.para(note, 7.5, color=MUTED)]
