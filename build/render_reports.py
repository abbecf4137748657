"""Statistics reports in every language as PDF and PNG pages, and the CSV beside them.

    python build/render_reports.py [out-dir]      # needs poppler-utils (pdftoppm)

Builds a demo casebook in a temp dir and writes last month's report with
`casebook report`'s own writer (default: build/out/reports), so anyone can
look at what the owners' meeting gets.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casebook.core.casebook import Casebook  # noqa: E402
from casebook.core.time.clock import FixedClock  # noqa: E402
from casebook.core.demo.book import create_demo  # noqa: E402
from casebook.core.reports.report_files import write  # noqa: E402
from casebook.i18n.defaults import LANGUAGES  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)
PERIOD = ("2026-10-01", "2026-11-01")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "out" / "reports"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEBOOK_HOME"] = tmp
        db = Path(tmp) / "demo.sqlite3"
        create_demo(db, cases=3000, seed=5, clock=FixedClock(NOW))
        with Casebook.open(db, clock=FixedClock(NOW)) as book:
            for lang in LANGUAGES:
                pdf = out / f"report-{lang}.pdf"
                write(book, *PERIOD, pdf, lang=lang, now=NOW)
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf),
                                str(out / f"report-{lang}")], check=True)
                print(pdf)
            for path in write(book, *PERIOD, out / "report-en.csv", lang="en", now=NOW):
                print(path)


if __name__ == "__main__":
    main()
