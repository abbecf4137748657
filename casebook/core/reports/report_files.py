"""A period's report as a file: PDF or CSV, chosen by the file's suffix.

One entry point for `casebook report` and the desktop's Reports window, so
both write the same files from the same statistics. The format is checked
before any figure is computed, so a wrong suffix costs nothing.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from casebook.core.reports import stats
from casebook.errors import InvalidInput
from casebook.core.files import atomic_write
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, current_language

FORMATS = (".pdf", ".csv")
BAD_FORMAT = N_("A report is written as .pdf or .csv, not {name}.")


def write(book, start, end, path, *, lang: str | None = None,
          now: dt.datetime | None = None) -> list[Path]:
    """Write the report of [start, end) to `path`; returns the files written.

    A CSV report is two files: the cases, and `NAME-summary.csv` beside them.
    `lang` (default: the language of messages) names list entries and, in a
    PDF, everything else.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(BAD_FORMAT, name=path.name)
    lang = lang if lang in LANGUAGES else current_language()
    figures = stats.statistics(book, start, end, now=now)
    if suffix == ".csv":
        from casebook.core.reports import stats_csv

        return list(stats_csv.write(figures, path, stats.Labels(book, lang)))
    from casebook.pdf.report import render

    pdf = io.BytesIO()  # laid out in memory first: a failure leaves no file behind
    render(book, figures, pdf, lang=lang)
    atomic_write(path, lambda out: out.write(pdf.getvalue()))
    return [path]
