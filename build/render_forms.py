"""Resolution forms in every language (and one bilingual), reply letters, case
summaries and receipts (80 mm roll, and one on A5), as PDF and PNG pages.

    python build/render_forms.py [out-dir]      # needs poppler-utils (pdftoppm)

Builds a small demo casebook in a temp dir, prints one closed case per
customer language (the form, the reply letter and the summary), the form of
one open case per language (what the customer takes home at the desk: the
agreed reply time), two bilingual forms, and turns each PDF into PNG pages
(default: build/out/forms) so anyone can look at what the customer gets.
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
from casebook.db.models import Case, Customer  # noqa: E402
from casebook.i18n.defaults import LANGUAGES  # noqa: E402
from casebook.pdf import letter, receipt, summary  # noqa: E402
from casebook.pdf.form import render  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "out" / "forms"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEBOOK_HOME"] = tmp
        db = Path(tmp) / "demo.sqlite3"
        create_demo(db, cases=300, seed=5, clock=FixedClock(NOW))
        with Casebook.open(db, clock=FixedClock(NOW)) as book:
            jobs = []
            refs, open_refs = {}, {}
            for lang in LANGUAGES:
                for state, found in (("closed", refs), ("open", open_refs)):
                    case = (Case.select().join(Customer)
                            .where((Customer.language == lang) & (Case.state == state))
                            .first())
                    found[lang] = case.ref
                jobs.append((f"form-{lang}", refs[lang], lang, None, render))
                jobs.append((f"form-open-{lang}", open_refs[lang], lang, None, render))
                jobs.append((f"letter-{lang}", refs[lang], lang, None, letter.render))
                jobs.append((f"summary-{lang}", refs[lang], lang, None, summary.render))
                jobs.append((f"receipt-80mm-{lang}", open_refs[lang], lang, "80mm",
                             receipt.render))
            jobs.append(("receipt-A5-ka", open_refs["ka"], "ka", "A5", receipt.render))
            jobs.append(("form-ru-en", refs["ru"], "ru", "en", render))
            jobs.append(("form-zh_CN-en", open_refs["zh_CN"], "zh_CN", "en", render))
            for name, ref, lang, second, make in jobs:
                pdf = out / f"{name}.pdf"
                extra = ({"second_lang": second} if make is render else
                         {"page_size": second} if make is receipt.render else {})
                with open(pdf, "wb") as fh:
                    make(book, ref, fh, lang=lang, **extra)
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / name)],
                               check=True)
                print(pdf, f"({ref})")


if __name__ == "__main__":
    main()
