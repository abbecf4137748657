"""The report as CSV: one row per case of the period, and a summary beside it.

Spreadsheet programs guess a CSV's encoding; with a BOM they read UTF-8, so
Cyrillic, Chinese and Georgian labels open correctly (SPEC §6). Column
names are stable English keys, so scripts can rely on them; list entries
(category, channel, …) are written as their labels in the report's
language, as the PDF prints them. Times are ISO 8601 with their offset,
hours are decimals with a point, yes/no are "yes"/"no". Times are given in
the casebook's timezone, the one the period's days are counted in.

Each case row names its incident (`incident`, empty for most).

`report.csv` gets `report-summary.csv` beside it: the report's figures, one
per row (section, item, value, previous period; breakdown rows also carry
open, resolved and overdue). Summing the cases file gives the summary's
figures. Both files are written atomically: a half-written report never
replaces a good one.
"""

from __future__ import annotations

import csv
from pathlib import Path

from casebook.core.files import atomic_write
from casebook.core.reports.stats import DIMENSIONS, Counts, Headline, Labels, Statistics
from casebook.core.reports.stats_times import CaseFacts
from casebook.core.time.times import iso

ENCODING = "utf-8-sig"  # UTF-8 with a BOM
CASE_COLUMNS = (
    "ref", "received_at", "category", "kind", "severity", "nature", "channel", "owner",
    "state", "overdue", "first_contact_hours", "first_contact_business_hours",
    "resolution_hours", "resolution_business_hours", "agreed_replies_kept",
    "agreed_replies_late", "agreed_replies_missed", "satisfaction", "repeat_customer",
    "root_cause", "preventive_action", "law_terms_met", "law_terms_missed", "incident",
)
SUMMARY_COLUMNS = ("section", "item", "value", "previous_period", "open", "resolved",
                   "overdue")


def summary_path(path: Path) -> Path:
    """`report.csv` → `report-summary.csv`, in the same folder."""
    path = Path(path)
    return path.with_name(f"{path.stem}-summary{path.suffix or '.csv'}")


def write(stats: Statistics, path: Path, label: Labels) -> tuple[Path, Path]:
    """Write the cases and the summary, list entries named by `label`."""
    path = Path(path)
    repeaters = {r.customer_id for r in stats.repeat_customers}
    by_ref = {f.ref: f.id for f in stats.cases}
    systemic = {by_ref[c.ref]: (c.root_cause, c.preventive_action) for c in stats.systemic}
    incidents = stats.incidents.by_case
    atomic_write(path, lambda fh: _write_rows(fh, CASE_COLUMNS, (
        [*case_row(f, label, f.customer_id in repeaters, stats.period.tz, systemic),
         incidents.get(f.id, "")] for f in stats.cases)),
        binary=False, encoding=ENCODING)
    summary = summary_path(path)
    atomic_write(summary, lambda fh: _write_rows(fh, SUMMARY_COLUMNS, summary_rows(stats, label)),
                 binary=False, encoding=ENCODING)
    return path, summary


def _write_rows(fh, header, rows) -> None:
    out = csv.writer(fh, lineterminator="\r\n")  # RFC 4180, as spreadsheets expect
    out.writerow(header)
    out.writerows(rows)


def _hours(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def case_row(f: CaseFacts, label: Labels, repeat: bool, tz: str,
             systemic: dict[int, tuple[str, str]]) -> list:
    return [f.ref, iso(f.received_at, tz),
            *(label(list_name, getattr(f, name)) for name, list_name in DIMENSIONS
              if list_name),
            label.staff(f.owner_id), f.state, _yes(f.overdue),
            _hours(f.first_contact_hours), _hours(f.first_contact_business_hours),
            _hours(f.resolution_hours), _hours(f.resolution_business_hours),
            f.replies_kept, f.replies_late, f.replies_missed,
            "" if f.satisfaction is None else f.satisfaction, _yes(repeat),
            *systemic.get(f.id, ("", "")), f.law.met, f.law.missed]


def _number(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def summary_rows(stats: Statistics, label) -> list[list]:
    now, before = stats.headline, stats.previous
    period = stats.period
    rows = [["period", "from", period.start.isoformat(), period.previous().start.isoformat()],
            ["period", "to (not included)", period.end.isoformat(),
             period.previous().end.isoformat()],
            ["period", "as of", iso(stats.now, period.tz), ""]]
    rows += [["cases", name, getattr(now.counts, name), getattr(before.counts, name)]
             for name in ("received", "resolved", "open", "overdue")]
    rows += _wait_rows(now)
    rows += [["agreed reply times", name, getattr(now.replies, name),
              getattr(before.replies, name)] for name in ("kept", "late", "missed")]
    rows.append(["agreed reply times", "kept share", _number(now.replies.kept_share, 4),
                 _number(before.replies.kept_share, 4)])
    rows += [["satisfaction", str(score), n, ""] for score, n in stats.satisfaction.items()]
    rows.append(["satisfaction", "mean", _number(now.satisfaction_mean),
                 _number(before.satisfaction_mean)])
    rows += [["deadlines set by law", name, getattr(stats.law, name),
              getattr(stats.previous_law, name)] for name in ("met", "missed", "running")]
    rows.append(["repeat customers", "customers", now.repeat_customers, ""])
    rows.append(["systemic", "cases", len(stats.systemic), ""])
    rows += incident_rows(stats.incidents)
    for name, list_name in DIMENSIONS:
        for group in stats.breakdowns[name]:
            rows.append(_group_row(name, label(list_name, group.code) if list_name
                                   else group.code, group.counts))
    return rows


def incident_rows(figures) -> list[list]:
    """Incidents of the period's cases: how many, their cases, the wait for the reply."""
    rows = [["incidents", "incidents", len(figures.incidents), ""],
            ["incidents", "linked cases", figures.cases, ""],
            ["incidents", "repeat complaints", figures.repeats, ""],
            ["incidents", "reply (elapsed hours) cases", figures.reply.count, ""],
            ["incidents", "reply (elapsed hours) median", _number(figures.reply.median), ""],
            ["incidents", "reply (elapsed hours) 90th percentile", _number(figures.reply.p90),
             ""]]
    rows += [[f"incident {line.ref}", "cases", line.cases, ""] for line in figures.incidents]
    return rows


def _wait_rows(now: Headline) -> list[list]:
    rows = []
    for name, waits in (("first contact", now.first_contact), ("resolution", now.resolution)):
        for measure in ("elapsed", "business"):
            wait = getattr(waits, measure)
            rows += [[f"{name} ({measure} hours)", "cases", wait.count, ""],
                     [f"{name} ({measure} hours)", "median", _number(wait.median), ""],
                     [f"{name} ({measure} hours)", "90th percentile", _number(wait.p90), ""]]
    return rows


def _group_row(dimension: str, item: str, counts: Counts) -> list:
    return [dimension, item, counts.received, "", counts.open, counts.resolved, counts.overdue]
