"""The demo casebook: written in bulk-load mode (which changes nothing), in the demo
business's currency and hours, with signed forms that print their signatures, an export
that carries them, and a first morning that shows a morning's work."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import sqlite3

import pytest
from pypdf import PdfReader

from casebook.core.casebook import Casebook
from casebook.core.cases import interchange
from casebook.core.demo import generator
from casebook.core.demo.book import create_demo
from casebook.core.reports import stats
from casebook.core.time.clock import FixedClock
from casebook.errors import KnownError
from casebook.i18n import defaults
from casebook.pdf import report
from casebook.pdf.form import render
from tests.conftest import START

MORNING = dt.datetime(2026, 3, 3, 9, 30, tzinfo=dt.timezone.utc)  # Tuesday, 10:30 local


def _content(path) -> dict[str, list]:
    """Every row of every table, FTS5's own tables and the planner's statistics included."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'case_fts' "
            "ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        conn.close()


def test_a_new_file_gets_the_same_demo_as_an_empty_casebook(tmp_path):
    fresh, existing = tmp_path / "fresh.sqlite3", tmp_path / "existing.sqlite3"
    Casebook.open(existing, clock=FixedClock(START)).close()  # opened before: no bulk load
    for path in (fresh, existing):
        create_demo(path, cases=300, seed=5, clock=FixedClock(START))
    assert _content(fresh) == _content(existing)
    assert sum(len(rows) for rows in _content(fresh).values()) > 300


def test_the_demo_file_is_left_in_wal_mode(tmp_path):
    path = tmp_path / "demo.sqlite3"
    create_demo(path, cases=20, seed=1, clock=FixedClock(START))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Casebook.open(path, clock=FixedClock(START)) as book:
        assert book.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL


# ---------------------------------------------------------------- the demo as a buyer sees it
@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One 600-case demo casebook, made at 10:30 on a Tuesday (read-only for the tests)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEBOOK_HOME", str(folder / "home"))  # as the `home` fixture does
        create_demo(folder / "demo.sqlite3", cases=600, seed=4, clock=FixedClock(MORNING))
    return folder / "demo.sqlite3"


def test_the_demo_business_counts_in_euros_and_keeps_its_office_hours(demo):
    with Casebook.open(demo, clock=FixedClock(MORNING)) as book:
        assert book.setting("currency") == "EUR"
        hours = book.setting("business_hours")
        assert hours["hours"]["5"] == ["10:00", "16:00"] and "6" not in hours["hours"]
        assert "2026-12-25" in hours["holidays"] and "2026-04-27" in hours["holidays"]
        currencies = {c for (c,) in book.db.execute_sql(
            "SELECT DISTINCT resolution_currency FROM \"case\" WHERE resolution_amount != ''")}
        assert currencies == {"EUR"}
        # every list entry a case names is one of the casebook's own: labels follow the
        # reader's language (a category is a code, never an English word in the data)
        for name, column in (("category", "category"), ("channel", "channel"),
                             ("resolution_type", "resolution_type")):
            used = {v for (v,) in book.db.execute_sql(
                f'SELECT DISTINCT {column} FROM "case" WHERE {column} != \'\'')}
            assert used <= set(defaults.codes(name)), name


def test_signed_demo_forms_print_both_signatures(demo, tmp_path):
    with Casebook.open(demo, clock=FixedClock(MORNING)) as book:
        signed, unsigned = (book.db.execute_sql(
            f'SELECT ref FROM "case" WHERE state = \'{state}\' ORDER BY id DESC LIMIT 1'
        ).fetchone()[0] for state in ("closed", "resolved"))
        kinds = {a.kind for a in book.attachments(signed)}
        assert kinds == {"signature_customer", "signature_staff"}
        assert book.attachments(unsigned) == []
        images = {}
        for ref in (signed, unsigned):
            out = tmp_path / f"{ref}.pdf"
            render(book, ref, str(out))
            reader = PdfReader(out)
            images[ref] = sum(len(page.images) for page in reader.pages)
    assert images[signed] == images[unsigned] + 2  # the QR code on both, two drawings


def test_export_and_import_carry_the_drawn_signatures(demo, tmp_path):
    first, again, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "b.sqlite3"
    with Casebook.open(demo, clock=FixedClock(MORNING)) as book:
        interchange.export(book, first, "jsonl")
        drawn = book.db.execute_sql("SELECT count(*) FROM attachment").fetchone()[0]
    lines = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert sum("signatures" in d["record"] for d in lines) * 2 == drawn > 0
    with Casebook.open(second, clock=FixedClock(MORNING)) as book:
        # the staff with their roles, as a moved casebook has them (the export does not
        # carry them yet): the approvals in the file then hold
        for name, role in generator.STAFF:
            book.add_staff(name, role)
        interchange.import_file(book, first, by="Olga Smirnova")
        interchange.export(book, again, "jsonl")
        assert book.db.execute_sql("SELECT count(*) FROM attachment").fetchone()[0] == drawn
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_a_drawing_that_is_not_a_png_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    doc = {"hear": {"account": "x", "remedy_sought": "y"},
           "reply": {"at": "2026-03-02T10:00", "channel": "phone", "text": "ok",
                     "resolution": {"type": "apology"}, "accepted": True},
           "record": {"signed_at": "2026-03-02T11:00",
                      "signatures": {"customer": base64.b64encode(b"GIF89a").decode()}}}
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    with Casebook.open(tmp_path / "x.sqlite3", clock=FixedClock(START)) as book:
        with pytest.raises(KnownError, match="Line 1: The signature is not a PNG image"):
            interchange.import_file(book, path, by="Anna")
        assert book.db.execute_sql('SELECT count(*) FROM "case"').fetchone()[0] == 0


def test_the_first_morning_is_a_mornings_work(demo):
    """At 10:30 the desk sees replies due today and a few overdue, not a year of backlog."""
    with Casebook.open(demo, clock=FixedClock(MORNING)) as book:
        due = list(book.due(MORNING))  # read while the casebook is open
        pending = book.db.execute_sql(
            "SELECT kind, due_at FROM deadline WHERE state = 'pending'").fetchall()
    oldest = min(dt.datetime.fromisoformat(at).replace(tzinfo=dt.timezone.utc)
                 for _kind, at in pending)
    assert MORNING - oldest < dt.timedelta(days=21)
    assert 2 <= len(due) <= 30
    assert {d.kind for d in due} <= {"reply", "resolution", "callback", "acknowledge", "report"}


@pytest.mark.parametrize("lang", ["en", "ru", "zh_CN"])
def test_the_demo_report_labels_its_lists_in_the_readers_language(demo, lang):
    """A month of the demo, reported: every category, kind and channel it counts is named
    in the report's language, never in another one (the root causes stay in their case's
    language: the staff wrote them so)."""
    with Casebook.open(demo, clock=FixedClock(MORNING)) as book:
        figures = stats.statistics(book, "2026-02-01", "2026-03-01", now=MORNING)
        used = {name: {v for (v,) in book.db.execute_sql(
            f'SELECT DISTINCT {name} FROM "case" WHERE received_at >= \'2026-02-02\' '
            f'AND received_at < \'2026-02-28\'')} for name in ("category", "channel")}
        out = io.BytesIO()
        report.render(book, figures, out, lang=lang)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(out).pages))
    assert sum(map(len, used.values())) > 10
    for name, codes in used.items():
        for code in codes:
            assert re.sub(r"\s+", "", defaults.label(name, code, lang)) in text, (name, code)
            for other in {"en", "ru", "zh_CN", "nl", "ka"} - {lang}:
                label = re.sub(r"\s+", "", defaults.label(name, code, other))
                if label != defaults.label(name, code, lang) and len(label) > 4:
                    assert label not in text, (name, code, other)
