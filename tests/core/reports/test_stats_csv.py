"""The report as CSV: UTF-8 with a BOM, one row per case, a summary beside it."""

from __future__ import annotations

import csv

import pytest

from casebook.core.reports import report_files
from casebook.errors import InvalidInput
from tests.core.reports.test_stats import NOW, march


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def written(book, clock, tmp_path):
    refs = march(book, clock)
    files = report_files.write(book, "2026-03-01", "2026-04-01", tmp_path / "march.csv",
                               lang="ru", now=NOW)
    return refs, files


def test_one_row_per_case_received_in_the_period(written, tmp_path):
    refs, files = written
    assert files == [tmp_path / "march.csv", tmp_path / "march-summary.csv"]
    rows = {r["ref"]: r for r in read(files[0])}
    assert list(rows) == [refs[x] for x in "EABGC"]
    b = rows[refs["B"]]
    assert b["received_at"] == "2026-03-06T16:00:00+01:00"
    assert (b["category"], b["kind"], b["channel"], b["owner"]) == (
        "Шум", "Претензия", "Электронная почта", "Bert")
    assert (b["state"], b["overdue"], b["first_contact_hours"],
            b["first_contact_business_hours"], b["resolution_hours"]) == (
        "open", "yes", "66.00", "2.00", "")
    assert (b["agreed_replies_kept"], b["agreed_replies_missed"], b["repeat_customer"]) == (
        "0", "2", "yes")
    c = rows[refs["C"]]
    assert (c["nature"], c["first_contact_hours"], c["resolution_business_hours"],
            c["agreed_replies_kept"], c["satisfaction"]) == (
        "Системная проблема", "37.00", "1.00", "1", "")
    assert c["root_cause"] == "Bins emptied too late on Saturdays"
    assert rows[refs["A"]]["satisfaction"] == "5" and rows[refs["A"]]["root_cause"] == ""
    assert not (tmp_path / "march.csv.partial").exists()


def test_the_summary_adds_up_from_the_cases(written):
    _, (cases_file, summary_file) = written
    cases = read(cases_file)
    summary = {(r["section"], r["item"]): r for r in read(summary_file)}
    assert summary[("cases", "received")]["value"] == str(len(cases)) == "5"
    assert summary[("cases", "received")]["previous_period"] == "2"
    assert summary[("cases", "overdue")]["value"] == str(
        sum(r["overdue"] == "yes" for r in cases)) == "3"
    assert summary[("cases", "open")]["value"] == str(
        sum(r["state"] == "open" for r in cases)) == "2"
    assert summary[("agreed reply times", "missed")]["value"] == str(
        sum(int(r["agreed_replies_missed"]) for r in cases)) == "3"
    assert summary[("agreed reply times", "kept share")]["value"] == "0.2000"
    assert summary[("first contact (elapsed hours)", "median")]["value"] == "19.50"
    assert summary[("resolution (business hours)", "90th percentile")]["value"] == "8.40"
    assert summary[("satisfaction", "5")]["value"] == "1"
    assert summary[("satisfaction", "mean")]["value"] == "4.00"
    assert summary[("repeat customers", "customers")]["value"] == "2"
    row = summary[("category", "Ремонт в квартире")]
    assert (row["value"], row["open"], row["resolved"], row["overdue"]) == ("3", "1", "2", "1")
    assert summary[("period", "from")]["value"] == "2026-03-01"
    assert summary[("period", "as of")]["value"] == "2026-04-02T14:00:00+02:00"


def test_only_pdf_and_csv(book, tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(InvalidInput, match="report.xlsx"):
        report_files.write(book, "2026-03-01", "2026-04-01", tmp_path / "out" / "report.xlsx")
    assert list((tmp_path / "out").iterdir()) == []
