"""Reports count deadlines set by law met and missed: core figures, CSV and PDF."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from casebook.core.reports import report_files, stats
from casebook.core.time.clock import FixedClock
from tests.core.law.conftest import CLAIM_DAY, at, claim, open_book
from tests.pdf.documents import squash

AS_OF = at(2026, 11, 25, 9, 0)  # 25 November, noon in Moscow


def reply(book, ref, day: str) -> None:
    book.update_case(ref, {"reply": {"at": f"{day}T12:00", "channel": "walk_in",
                                     "text": "Деньги возвращены.",
                                     "resolution": {"type": "refund", "amount": "12000",
                                                    "currency": "RUB"},
                                     "approved_by": "Olga"}}, by="Olga")


@pytest.fixture
def november(tmp_path):
    clock = FixedClock(CLAIM_DAY)
    with open_book(tmp_path / "ru.sqlite3", clock, country="RU", tz="Europe/Moscow",
                   currency="RUB") as book:
        met, open_late, replied_late = (book.open_case(claim(), by="Ivan") for _ in range(3))
        book.open_case(claim(kind="complaint"), by="Ivan")  # no term: a complaint
        clock.set(at(2026, 11, 18, 9, 0))
        reply(book, met, "2026-11-18")  # by the 20th: met
        clock.set(at(2026, 11, 20, 7, 0))
        running = book.open_case(claim(), by="Ivan")  # the 20th + 10 days: 30 November
        clock.set(at(2026, 11, 23, 9, 0))
        reply(book, replied_late, "2026-11-23")  # after the 20th: missed
        yield book, {"met": met, "open_late": open_late, "replied_late": replied_late,
                     "running": running}


def test_the_statistics_count_terms_met_missed_and_running(november):
    book, refs = november
    figures = stats.statistics(book, "2026-11-01", "2026-12-01", now=AS_OF)
    assert (figures.law.met, figures.law.missed, figures.law.running) == (1, 2, 1)
    assert figures.law.met_share == pytest.approx(1 / 3)
    per_case = {f.ref: (f.law.met, f.law.missed, f.law.running) for f in figures.cases}
    assert per_case[refs["met"]] == (1, 0, 0)
    assert per_case[refs["open_late"]] == per_case[refs["replied_late"]] == (0, 1, 0)
    assert per_case[refs["running"]] == (0, 0, 1)
    assert figures.previous_law.total == 0


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_csv_and_the_pdf_report_say_it(november, tmp_path):
    book, refs = november
    cases, summary = report_files.write(book, "2026-11-01", "2026-12-01", tmp_path / "nov.csv",
                                        lang="ru", now=AS_OF)
    rows = {r["ref"]: r for r in read(cases)}
    assert (rows[refs["met"]]["law_terms_met"], rows[refs["met"]]["law_terms_missed"]) == (
        "1", "0")
    assert rows[refs["open_late"]]["law_terms_missed"] == "1"
    figures = {(r["section"], r["item"]): r["value"] for r in read(summary)}
    assert (figures[("deadlines set by law", "met")], figures[("deadlines set by law", "missed")],
            figures[("deadlines set by law", "running")]) == ("1", "2", "1")
    [pdf] = report_files.write(book, "2026-11-01", "2026-12-01", tmp_path / "nov.pdf",
                               lang="ru", now=AS_OF)
    text = squash("".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert squash("Сроки по закону") in text
    # met, missed, still running, met share
    assert squash("Сроки по закону Соблюдено Пропущено Ещё идут Доля соблюдённых "
                  "Этот период 1 2 1 33 % Предыдущий период 0 0 0 —") in text
