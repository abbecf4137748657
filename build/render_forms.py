"""Resolution forms in every language (and one bilingual), reply letters and case
summaries, as PDF and PNG pages.

    python build/render_forms.py [out-dir]      # needs poppler-utils (pdftoppm)

Builds a small demo casebook in a temp dir, prints one signed case per
customer language (the form; the letter and the summary in en, ru, zh_CN and
ka), and turns each PDF into PNG pages
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
from casebook.pdf import letter, summary  # noqa: E402
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
            for lang in LANGUAGES:
                case = (Case.select().join(Customer)
                        .where((Customer.language == lang) & (Case.state == "closed")).first())
                jobs.append((f"form-{lang}", case.ref, lang, None))
            refs = {lang: ref for (_, ref, lang, _) in jobs}
            jobs.append(("form-ru-en", jobs[1][1], "ru", "en"))
            jobs = [(name, ref, lang, second, render) for name, ref, lang, second in jobs]
            for lang in ("en", "ru", "zh_CN", "ka"):
                jobs.append((f"letter-{lang}", refs[lang], lang, None, letter.render))
                jobs.append((f"summary-{lang}", refs[lang], lang, None, summary.render))
            for name, ref, lang, second, make in jobs:
                pdf = out / f"{name}.pdf"
                extra = {"second_lang": second} if make is render else {}
                with open(pdf, "wb") as fh:
                    make(book, ref, fh, lang=lang, **extra)
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(out / name)],
                               check=True)
                print(pdf, f"({ref})")


if __name__ == "__main__":
    main()
