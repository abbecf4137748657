"""Resolution form benchmarks against SPEC §8: first in a fresh process, warm, size."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.db.models import Case, Customer
from casebook.pdf.form import render
from tests.perf.conftest import NOW, report
from tests.perf.test_core_perf import median_ms

pytestmark = pytest.mark.perf
ROOT = Path(__file__).resolve().parents[2]

FIRST = """
import io, json, sys, time
start = time.perf_counter()
from casebook.core.casebook import Casebook
from casebook.pdf.form import render
with Casebook.open(sys.argv[1], create=False) as book:
    out = io.BytesIO()
    render(book, sys.argv[2], out)
print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "bytes": len(out.getvalue())}))
"""


def refs_by_language(book) -> dict[str, str]:
    found = {}
    for lang in ("en", "ru", "zh_CN", "nl", "ka"):
        case = (Case.select(Case.ref).join(Customer)
                .where((Customer.language == lang) & (Case.state == "closed")).first())
        found[lang] = case.ref
    return found


def test_form_first_and_warm(perf_copy):
    with Casebook.open(perf_copy, clock=FixedClock(NOW)) as book:
        refs = refs_by_language(book)
    for lang in ("nl", "zh_CN"):
        out = subprocess.run([sys.executable, "-c", FIRST, str(perf_copy), refs[lang]],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        first = json.loads(out.stdout)
        report(f"form, first in a fresh process ({lang}, incl. imports)", first["ms"],
               budget=600)
    with Casebook.open(perf_copy, clock=FixedClock(NOW)) as book:
        for lang, ref in refs.items():
            sizes = []

            def once(ref=ref):
                out = io.BytesIO()
                render(book, ref, out)
                sizes.append(len(out.getvalue()))

            report(f"form, warm ({lang})", median_ms(once, 15), budget=100)
            report(f"form size ({lang})", sizes[-1] / 1024, "KB", budget=200)
