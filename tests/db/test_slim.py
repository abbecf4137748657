"""A smaller file (schema 8): old casebooks upgrade to deflated signed content and a search
index without its own copy of the text, and find, verify and erase as before."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.core.trust import access, privacy
from casebook.core.trust.verify import verify
from casebook.db import search
from casebook.db.models import Case
from tests.conftest import START, new_case

DATA = Path(__file__).parents[1] / "data"
# one query per language of the two old cases, and their phone numbers
QUERIES = {"отопление": ["2026-00001"], "понедельника": ["2026-00001"],
           "heating": ["2026-00002", "2026-00001"], "漏水": ["2026-00002"],
           "王芳": ["2026-00002"], "912 345": ["2026-00001"], "138": ["2026-00002"],
           "flat 12": ["2026-00002", "2026-00001"], "petr": ["2026-00001"]}


@pytest.fixture(params=["casebook-v1.sqlite3", "casebook-v2.sqlite3"])
def old(request, tmp_path):
    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA / request.param, copy)
    return copy


def test_an_old_casebook_finds_the_same_cases_after_the_upgrade(old):
    with Casebook.open(old, clock=FixedClock(START)) as book:
        assert {q: sorted(book.search(q), reverse=True) for q in QUERIES} == QUERIES
        conn = book.db
        assert search.is_contentless(conn)
        tables = {n for (n,) in conn.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        assert "case_fts_content" not in tables  # the index keeps no copy of the text
        assert verify(book.db) == []


def test_signed_content_is_kept_deflated_and_reads_as_it_was_signed(old):
    original = sqlite3.connect(DATA / "casebook-v1.sqlite3").execute(
        "SELECT signed_content FROM \"case\" WHERE ref = '2026-00001'").fetchone()[0]
    with Casebook.open(old, clock=FixedClock(START)) as book:
        stored = book.db.execute_sql(
            "SELECT typeof(signed_content), length(signed_content) FROM \"case\" "
            "WHERE ref = '2026-00001'").fetchone()
        assert stored[0] == "blob" and stored[1] < len(original.encode()) * 0.6
        assert book.get("2026-00001").signed_content == original
        assert len(original) == 865


def test_an_upgraded_casebook_edits_deletes_and_erases_from_its_index(old):
    with Casebook.open(old, clock=FixedClock(START)) as book:
        book.update_case("2026-00002", {"ask": {"place": "Schuur"}}, by="Anna")
        assert book.search("schuur") == ["2026-00002"] and book.search("漏水") == ["2026-00002"]
        book.update_case("2026-00002", {"ask": {"place": "Kelder"}}, by="Anna")
        assert book.search("schuur") == [] and book.search("kelder") == ["2026-00002"]
        privacy.erase_customer(book, "2026-00001",
                               approval=access.approve(book, access.ERASE, by="Marta"))
        assert book.search("petrov") == [] and book.search("912 345") == []
        # the words that were not his stay found
        assert sorted(book.search("heating")) == ["2026-00001", "2026-00002"]
        privacy.delete_case(book, "2026-00002", reason="test case",
                            approval=access.approve(book, access.DELETE, by="Marta"))
        assert book.search("漏水") == [] and book.search("kelder") == []
        assert verify(book.db) == []
    # the erased words are nowhere in the file, the index's pages included
    data = old.read_bytes() + (Path(f"{old}-wal").read_bytes()
                               if Path(f"{old}-wal").exists() else b"")
    assert b"petrov" not in data.lower() and "Петров".encode() not in data


def test_a_new_casebook_signs_deflated_and_verifies(book):
    reply = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
             "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}
    ref = book.open_case(new_case(reply=reply), by="Anna")
    book.sign(ref, by="Anna")
    assert book.db.execute_sql("SELECT typeof(signed_content) FROM \"case\"").fetchone() \
        == ("blob",)
    assert '"text":"Fixed it"' in Case.get(Case.ref == ref).signed_content
    assert book.db.execute_sql("PRAGMA page_size").fetchone() == (8192,)
    assert book.search("valve") == [ref] and verify(book.db) == []
