"""The statistics report as PDF: what the owners' meeting reads (SPEC §6).

Made from `core.stats.Statistics`, so the PDF, the CSV and the desktop show
the same figures. It shares the letterhead, footer and page numbers of every
printed document (`layout`) and its fonts: list entries (categories,
channels, …) are named from the casebook's own lists in the report's
language, numbers, dates and shares are formatted by babel for that
language, and every label is set in runs by script.

Order: the period at a glance against the previous period (the month
before for a month), arrivals per day, waiting times, agreed reply times,
one breakdown per dimension (table and bars, overdue in red), satisfaction,
repeat customers, systemic cases with their root causes and preventive
actions, incidents with their cases and time to reply (`report_incidents`).

Written for a shop owner, not a statistician: "half within" and "nine in
ten within" rather than median and 90th percentile, and a sentence wherever
a figure could surprise (overdue counts cases awaiting a signature too, so
it can exceed open).
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from casebook.core.reports.stats import DIMENSIONS, Labels, Statistics
from casebook.core.time.times import zone
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, translator
from casebook.pdf import layout, report_incidents
from casebook.pdf.form import BABEL_LOCALES
from casebook.pdf.report_charts import (BAR, LATE, MUTED, PREVIOUS, bar_cell, bar_chart,
                                        legend, line_chart)

DIMENSION_TITLES = {
    "category": N_("By category"), "kind": N_("By kind"), "severity": N_("By severity"),
    "nature": N_("By nature"), "channel": N_("By channel of receipt"),
    "owner": N_("By staff member following the case"),
}
BUCKET_TITLES = {1: N_("Cases received per day"), 7: N_("Cases received per week"),
                 30: N_("Cases received per 30 days")}
REPEATERS_SHOWN = 10
SYSTEMIC_SHOWN = 25  # root causes
REFS_SHOWN = 3
DASH = "—"
LIST_SEPARATORS = {"zh_CN": "、"}  # the enumeration comma between names in Chinese


class Words:
    """The report's language: messages, list labels and babel formats."""

    def __init__(self, book, lang: str):
        self.lang = lang if lang in LANGUAGES else "en"
        self.locale = BABEL_LOCALES[self.lang]
        self.translator = translator(self.lang)
        self.labels = Labels(book, self.lang)

    def __call__(self, msgid: str, **params) -> str:
        return self.translator.gettext(msgid, **params)

    def ngettext(self, singular: str, plural: str, n: int, **params) -> str:
        """Plural forms (named so that message extraction finds them)."""
        return self.translator.ngettext(singular, plural, n, **params)

    def entry(self, list_name: str | None, code: str) -> str:
        if not code:
            return self(N_("(none)"))
        return self.labels(list_name, code)

    def number(self, value) -> str:
        return DASH if value is None else format_decimal(value, locale=self.locale)

    def hours(self, value: float | None) -> str:
        return DASH if value is None else format_decimal(value, format="#,##0.0",
                                                         locale=self.locale)

    def share(self, value: float | None) -> str:
        return DASH if value is None else format_percent(value, locale=self.locale)

    def change(self, now, before) -> str:
        if now is None or before is None:
            return DASH
        if now == before:
            return format_decimal(0, locale=self.locale)
        return format_decimal(now - before, format="+#,##0.#;-#,##0.#", locale=self.locale)

    def share_change(self, now: float | None, before: float | None) -> str:
        """The change of a share in percentage points, rounded as the shares are shown."""
        if now is None or before is None:
            return DASH
        points = round(now * 100) - round(before * 100)
        if not points:
            return format_decimal(0, locale=self.locale)
        return self(N_("{points} pts"), points=format_decimal(
            points, format="+#,##0;-#,##0", locale=self.locale))

    def list(self, items) -> str:
        """Items one after another as the language separates them (Chinese: "、")."""
        return LIST_SEPARATORS.get(self.lang, ", ").join(items)

    def day(self, value: dt.date, *, year: bool = True) -> str:
        return format_skeleton("yMMMd" if year else "MMMd", value, locale=self.locale)

    def days(self, start: dt.date, end: dt.date) -> str:
        """[start, end) as people write it: the last day included."""
        return f"{self.day(start)} – {self.day(end - dt.timedelta(days=1))}"

    def moment(self, value: dt.datetime, tz) -> str:
        return (format_skeleton("yMMMd", value, tzinfo=tz, locale=self.locale) + " "
                + format_skeleton("Hm", value, tzinfo=tz, locale=self.locale))


def cell(text: str, size: float = 8, *, bold: bool = False, right: bool = False,
         color=None) -> Paragraph:
    """Table text in runs by script; numbers right-aligned."""
    return layout.para(text, size, bold=bold, color=color,
                       alignment=TA_RIGHT if right else 0)


def grid(rows: list[list], widths: list[float], *, header: bool = True,
         numbers_from: int = 1) -> Table:
    """A table of cells: first row a shaded header, thin rules between rows; columns
    from `numbers_from` on hold numbers and are right-aligned."""
    data = [[cell(c, 7.5 if header and i == 0 else 8, bold=header and i == 0,
                  right=j >= numbers_from)
             if isinstance(c, str) else c
             for j, c in enumerate(row)] for i, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.3, layout.RULE),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), layout.SHADE))
    table.setStyle(TableStyle(style))
    return table


def render(book, figures: Statistics, out, *, lang: str = "en", page_size: str = "A4") -> None:
    """Write the report of `figures` to `out` (a path or a binary file)."""
    w = Words(book, lang)
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN
    period = figures.period
    tz = zone(period.tz)
    story: list = [
        layout.para(w(N_("The cases received from {start} to {end} (both days included); "
                         "open, resolved and overdue are counted as the case list shows "
                         "them on {moment}."),
                      start=w.day(period.start),
                      end=w.day(period.end - dt.timedelta(days=1)),
                      moment=w.moment(figures.now, tz)), 8.5),
        Spacer(1, 2 * mm),
    ]

    def section(title: str, first, *rest) -> None:
        # a heading never ends a page: it goes with the first thing under it
        story.append(KeepTogether([layout.section_heading(title, width), Spacer(1, 1.5 * mm),
                                   first]))
        story.extend([*rest, Spacer(1, 3 * mm)])

    section(w(N_("The period at a glance")), *_overview(w, figures, width))
    section(w(BUCKET_TITLES[figures.bucket_days]), _arrivals(w, figures, width))
    section(w(N_("Waiting times")), *_waits(w, figures, width))
    for name, list_name in DIMENSIONS:
        section(w(DIMENSION_TITLES[name]), _breakdown(w, figures, name, list_name, width))
    section(w(N_("Satisfaction")), *_satisfaction(w, figures, width))
    section(w(N_("Repeat customers")), *_repeaters(w, figures, width))
    section(w(N_("Systemic cases")), *_systemic(w, figures, width))
    section(w(N_("Incidents")), *report_incidents.flowables(w, figures, width))
    head = layout.Letterhead(
        name=book.setting("business_name") or "", address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"),
        title=w(N_("Complaints report")), ref=w.days(period.start, period.end),
        footer=w(N_("Statistics as of {moment}"), moment=w.moment(figures.now, tz)),
        page_label=w(N_("Page {page} of {pages}")))
    layout.build(out, story, head, page_size=page_size,
                 title=f"{w(N_('Complaints report'))} {w.days(period.start, period.end)}")


def _overview(w: Words, figures: Statistics, width: float) -> list:
    now, before = figures.headline, figures.previous
    previous = figures.period.previous()
    rows = [[w(N_("Figure")), w(N_("This period")),
             w(N_("Previous period")) + "\n" + w.days(previous.start, previous.end),
             w(N_("Change"))]]
    names = (("received", N_("Cases received")), ("resolved", N_("Resolved")),
             ("open", N_("Open")), ("overdue", N_("Overdue")))
    for key, title in names:
        a, b = getattr(now.counts, key), getattr(before.counts, key)
        rows.append([w(title), w.number(a), w.number(b), w.change(a, b)])
    rows.append([w(N_("Agreed reply times kept")), _kept(w, now.replies),
                 _kept(w, before.replies),
                 w.share_change(now.replies.kept_share, before.replies.kept_share)])
    rows.append([w(N_("Average satisfaction (1–5)")), w.hours(now.satisfaction_mean),
                 w.hours(before.satisfaction_mean),
                 w.change(*(None if v is None else round(v, 1)
                            for v in (now.satisfaction_mean, before.satisfaction_mean)))])
    rows.append([w(N_("Repeat customers")), w.number(now.repeat_customers), DASH, DASH])
    rows.append([w(N_("Systemic cases")), w.number(len(figures.systemic)), DASH, DASH])
    rows.append([w(N_("Incidents")), w.number(len(figures.incidents.incidents)), DASH, DASH])
    table = grid(rows, [width * 0.34, width * 0.17, width * 0.32, width * 0.17])
    if now.counts.overdue > now.counts.open or before.counts.overdue > before.counts.open:
        note = w(N_("Overdue counts every case not yet closed that has a deadline past due "
                    "(an agreed reply time, a follow-up or a callback), including resolved "
                    "cases still waiting for the customer's signature. That is why it can "
                    "be higher than Open."))
        return [table, Spacer(1, 1.5 * mm), layout.para(note, 7.5, color=MUTED)]
    return [table]


def _kept(w: Words, replies) -> str:
    if not replies.judged:
        return DASH
    return w(N_("{share} ({kept} of {judged})"), share=w.share(replies.kept_share),
             kept=w.number(replies.kept), judged=w.number(replies.judged))


def _arrivals(w: Words, figures: Statistics, width: float):
    size = figures.bucket_days
    start = figures.period.start
    points = len(figures.arrivals)
    every = max(1, -(-points // 7))
    ticks = [(i, w.day(start + dt.timedelta(days=i * size), year=False))
             for i in range(0, points, every)]
    return line_chart([(w(N_("This period")), figures.arrivals, BAR),
                       (w(N_("Previous period")), figures.previous_arrivals[:points], PREVIOUS)],
                      ticks, width, 118)


def _waits(w: Words, figures: Statistics, width: float) -> list:
    now = figures.headline
    rows = [[w(N_("Hours from receipt")), w(N_("Cases")), w(N_("Half within")),
             w(N_("Nine in ten within")), w(N_("Half within, business hours")),
             w(N_("Nine in ten within, business hours"))]]
    for title, waits in ((N_("To first contact"), now.first_contact),
                         (N_("To resolution"), now.resolution)):
        rows.append([w(title), w.number(waits.elapsed.count), w.hours(waits.elapsed.median),
                     w.hours(waits.elapsed.p90), w.hours(waits.business.median),
                     w.hours(waits.business.p90)])
    replies = now.replies
    kept = [[w(N_("Agreed reply times")), w(N_("Kept")), w(N_("Late")), w(N_("Missed")),
             w(N_("Kept share"))],
            [w(N_("Due by the date of the report")), w.number(replies.kept),
             w.number(replies.late), w.number(replies.missed), w.share(replies.kept_share)]]
    note = w(N_("First contact: the first customer-facing action or reply after receipt. "
                "Resolution: the recorded reply of a resolved case. \"Half within 4.0\" "
                "means half of the customers waited 4 hours or less; \"nine in ten "
                "within\" is the wait that all but the slowest tenth kept to. Business "
                "hours count only the opening hours of the business calendar. An agreed "
                "reply time is kept when it was done by the agreed time; a time moved "
                "after it had passed counts as missed."))
    law = _law_terms(w, figures, width)
    return [grid(rows, [width * 0.24] + [width * 0.152] * 5), Spacer(1, 2 * mm),
            grid(kept, [width * 0.32] + [width * 0.17] * 4), *law, Spacer(1, 1.5 * mm),
            layout.para(note, 7.5, color=MUTED)]


def _law_terms(w: Words, figures: Statistics, width: float) -> list:
    """Deadlines set by law (and sector codes) met and missed; nothing without any."""
    now, before = figures.law, figures.previous_law
    if not (now.total or before.total):
        return []
    rows = [[w(N_("Deadlines set by law")), w(N_("Met")), w(N_("Missed")), w(N_("Running")),
             w(N_("Met share"))]]
    for title, terms in ((N_("This period"), now), (N_("Previous period"), before)):
        rows.append([w(title), w.number(terms.met), w.number(terms.missed),
                     w.number(terms.running), w.share(terms.met_share)])
    return [Spacer(1, 2 * mm), grid(rows, [width * 0.32] + [width * 0.17] * 4)]


def _breakdown(w: Words, figures: Statistics, name: str, list_name: str | None,
               width: float):
    """The counts per entry, with a bar per row: received, of which overdue in red."""
    groups = figures.breakdowns[name]
    if not groups:
        return layout.para(w(N_("No cases in this period.")), 8.5)
    bar_w = width * 0.27
    # "Cases received", not "Received": the form prints that msgid as a date's label
    rows = [[w(N_("Entry")), w(N_("Cases received")), w(N_("Open")), w(N_("Resolved")),
             w(N_("Overdue")),
             legend([(BAR, w(N_("Cases received"))), (LATE, w(N_("of which overdue")))],
                    bar_w)]]
    most = max(g.counts.received for g in groups)
    for g in groups:
        rows.append([w.entry(list_name, g.code),
                     *(w.number(getattr(g.counts, k))
                       for k in ("received", "open", "resolved", "overdue")),
                     bar_cell(g.counts.received, g.counts.overdue, most, bar_w - 8)])
    return grid(rows, [width * 0.23] + [width * 0.125] * 4 + [bar_w])


def _satisfaction(w: Words, figures: Statistics, width: float) -> list:
    scores = figures.satisfaction
    total = sum(scores.values())
    if not total:
        return [layout.para(w(N_("No satisfaction was recorded for these cases.")), 8.5)]
    bars = [(w(N_("{score} of 5"), score=score), n, 0, f"{w.number(n)} ({w.share(n / total)})")
            for score, n in sorted(scores.items(), reverse=True)]
    mean = w.ngettext("Average {mean} from {count} signed case",
                      "Average {mean} from {count} signed cases", total,
                      mean=w.hours(figures.headline.satisfaction_mean), count=w.number(total))
    return [bar_chart(bars, width * 0.6), Spacer(1, 1 * mm), layout.para(mean, 8.5)]


def _repeaters(w: Words, figures: Statistics, width: float) -> list:
    repeaters = figures.repeat_customers
    lines = [layout.para(w.ngettext(
        "{count} customer of this period has more than one case in the casebook.",
        "{count} customers of this period have more than one case in the casebook.",
        len(repeaters), count=w.number(len(repeaters))) if repeaters else
        w(N_("No customer of this period has another case.")), 8.5)]
    if repeaters:
        rows = [[w(N_("Customer")), w(N_("Cases in this period")), w(N_("Cases in all"))]]
        rows += [[r.name or DASH, w.number(r.cases_in_period), w.number(r.cases_in_total)]
                 for r in repeaters[:REPEATERS_SHOWN]]
        lines += [Spacer(1, 1.5 * mm), grid(rows, [width * 0.5, width * 0.25, width * 0.25])]
    return lines


def _systemic(w: Words, figures: Statistics, width: float) -> list:
    """Systemic cases grouped by root cause and preventive action, the most frequent first.

    A busy month has hundreds; the meeting needs the causes, not every case
    (the CSV lists each case with its cause).
    """
    cases = figures.systemic
    if not cases:
        return [layout.para(w(N_("No systemic cases in this period.")), 8.5)]
    groups: dict[tuple[str, str], list] = {}
    for c in cases:
        groups.setdefault((c.root_cause.strip(), c.preventive_action.strip()), []).append(c)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    rows = [[w(N_("Root cause")), w(N_("Preventive action")), w(N_("Category")),
             w(N_("Reference")), w(N_("Cases")), w(N_("Open"))]]
    for (cause, action), members in ordered[:SYSTEMIC_SHOWN]:
        categories = dict.fromkeys(w.entry("category", c.category) for c in members)
        refs = [c.ref for c in members[:REFS_SHOWN]] + (["…"] if len(members) > REFS_SHOWN
                                                        else [])
        rows.append([cell(cause or DASH), cell(action or DASH), cell(w.list(categories)),
                     cell(w.list(refs), 7.5), w.number(len(members)),
                     w.number(sum(c.state == "open" for c in members))])
    # the two count columns hold a header word ("Открыто", "ღია") more than a number
    flowables = [grid(rows, [width * 0.24, width * 0.24, width * 0.18, width * 0.14,
                             width * 0.1, width * 0.1], numbers_from=4)]
    if len(ordered) > SYSTEMIC_SHOWN:
        rest = len(ordered) - SYSTEMIC_SHOWN
        flowables.append(layout.para(w.ngettext(
            "… and {count} more root cause: every case is in the CSV report.",
            "… and {count} more root causes: every case is in the CSV report.", rest,
            count=w.number(rest)), 8))
    return flowables
