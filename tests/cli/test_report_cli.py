"""`casebook report`: the period's statistics as PDF or CSV, one-line errors otherwise."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from casebook.cli import main
from casebook.core.time.clock import SystemClock
from tests.core.reports.test_stats import NOW, march


@pytest.fixture
def march_db(book, clock, db_path, monkeypatch):
    refs = march(book, clock)
    book.close()
    # the command reads the system clock; the test gives it the report's moment instead
    monkeypatch.setattr(SystemClock, "now", lambda self: NOW)
    return db_path, refs


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_pdf_report_in_russian(capsys, march_db, tmp_path):
    db, refs = march_db
    target = tmp_path / "март.pdf"
    code, out, err = run(capsys, "report", "--db", db, "--from", "2026-03-01", "--to",
                         "2026-04-01", "-o", target, "--lang", "ru")
    assert (code, err) == (0, "")
    assert str(target) in out
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Ремонт в квартире" in text and refs["C"] in text
    assert not target.with_name(target.name + ".partial").exists()


def test_a_csv_report_and_its_summary(capsys, march_db, tmp_path):
    db, refs = march_db
    target = tmp_path / "march.csv"
    code, out, _ = run(capsys, "report", "--db", db, "--from", "2026-03-01", "--to",
                       "2026-04-01", "-o", target)
    summary = tmp_path / "march-summary.csv"
    assert code == 0 and str(target) in out and str(summary) in out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as fh:
        assert [r["ref"] for r in csv.DictReader(fh)] == [refs[x] for x in "EABGC"]
    with open(summary, encoding="utf-8-sig", newline="") as fh:
        rows = {(r["section"], r["item"]): r["value"] for r in csv.DictReader(fh)}
    assert rows[("cases", "overdue")] == "3"


@pytest.mark.parametrize("args,message", [
    (["--from", "2026-03-01", "--to", "2026-04-01", "-o", "report.docx"], "report.docx"),
    (["--from", "2026-03-32", "--to", "2026-04-01", "-o", "report.pdf"], "2026-03-32"),
    (["--from", "2026-04-01", "--to", "2026-04-01", "-o", "report.csv"], "must end after"),
])
def test_bad_input_is_one_translated_line(capsys, march_db, tmp_path, args, message):
    db, _ = march_db
    args = [str(tmp_path / a) if a.startswith("report.") else a for a in args]
    code, _, err = run(capsys, "report", "--db", db, *args)
    assert code == 1 and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.glob("report*")) == []
