"""A smaller file (schema 10): each attached file is stored once, found by its SHA-256;
a schema-9 casebook upgrades with every drawing as it was, and finds, edits, erases,
deletes and verifies as before."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from casebook.core.casebook import Casebook
from casebook.core.time.clock import FixedClock
from casebook.core.trust import access, privacy
from casebook.core.trust.verify import verify
from casebook.db import migrations, search
from casebook.db.models import Attachment, AttachmentBlob
from casebook.errors import StorageError
from tests.conftest import START, new_case
from tests.drawings import png

DATA = Path(__file__).parents[1] / "data"
V9 = DATA / "casebook-v9.sqlite3"
REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Fixed it",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}


@pytest.fixture
def v9(tmp_path):
    copy = tmp_path / "v9.sqlite3"
    shutil.copyfile(V9, copy)
    return copy


def _old_attachments():
    conn = sqlite3.connect(V9)
    try:
        return conn.execute('SELECT a.id, c.ref, a.kind, a.data, a.sha256 FROM attachment AS a '
                            'JOIN "case" AS c ON c.id = a.case_id ORDER BY a.id').fetchall()
    finally:
        conn.close()


def test_the_schema_9_fixture_is_what_its_readme_says():
    old = _old_attachments()
    assert sqlite3.connect(V9).execute("PRAGMA user_version").fetchone() == (9,)
    assert len(old) == 58 and len({row[4] for row in old}) == 28
    assert all(hashlib.sha256(row[3]).hexdigest() == row[4] for row in old)


def test_a_schema_9_casebook_keeps_every_drawing_stored_once(v9):
    old = _old_attachments()
    with Casebook.open(v9, clock=FixedClock(START)) as book:
        assert migrations.current_version(book.db) == 10
        columns = {c.name for c in book.db.get_columns("attachment")}
        assert "data" not in columns and "sha256" not in columns
        assert AttachmentBlob.select().count() == 28
        digests = [bytes(d) for (d,) in AttachmentBlob.select(AttachmentBlob.sha256).tuples()]
        assert all(len(d) == 32 for d in digests)
        now = [(a.id, a.case.ref, a.kind, a.data, a.sha256)
               for a in Attachment.select().order_by(Attachment.id)]
        assert now == [(i, ref, kind, bytes(data), digest) for i, ref, kind, data, digest in old]
        ref = old[0][1]
        assert [a.kind for a in book.attachments(ref)] == [
            row[2] for row in old if row[1] == ref]
        assert verify(book.db) == []


def test_an_upgraded_schema_9_casebook_finds_edits_erases_and_deletes(v9):
    with Casebook.open(v9, clock=FixedClock(START)) as book:
        refs = [r for (r,) in book.db.execute_sql(
            'SELECT ref FROM "case" ORDER BY id').fetchall()]
        assert len(refs) == 30
        first = refs[0]
        assert first in book.search(first)
        book.update_case(first, {"ask": {"place": "Zolderkamer"}},
                         by=book.get(first).owner.name, reason="the customer named the room")
        assert book.search("zolderkamer") == [first]
        signed = [r for (r,) in book.db.execute_sql(
            'SELECT DISTINCT c.ref FROM attachment AS a JOIN "case" AS c ON c.id = a.case_id '
            "WHERE a.kind = 'signature_customer' ORDER BY c.ref").fetchall()]
        blobs_before = AttachmentBlob.select().count()
        privacy.delete_case(book, signed[0], reason="entered twice",
                            approval=access.approve(book, access.DELETE, by=_manager(book)))
        assert book.search(signed[0]) == []
        # a blob goes only when no other attachment names it
        named = {b for (b,) in Attachment.select(Attachment.blob).tuples()}
        assert {b for (b,) in AttachmentBlob.select(AttachmentBlob.id).tuples()} == named
        assert AttachmentBlob.select().count() <= blobs_before
        customer = book.get(signed[1]).customer.name
        privacy.erase_customer(book, signed[1],
                               approval=access.approve(book, access.ERASE, by=_manager(book)))
        assert customer and book.search(customer) == []
        assert [a.kind for a in book.attachments(signed[1])] == ["signature_staff"]
        assert verify(book.db) == []


def test_the_upgraded_index_finds_the_same_cases_without_positions(v9):
    """Schema 10 rebuilds the search index from the kept token lists, without token
    positions: every token (and two-character prefix) finds the cases it found before."""
    conn = sqlite3.connect(V9)
    tokens = sorted({t for (body,) in conn.execute("SELECT terms FROM case_fts_terms")
                     for t in search.unpack(body).split()})
    assert len(tokens) > 1000

    def found(db_execute):
        return {t: sorted(r for (r,) in db_execute(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH ?", (f'"{t}"' + star,)))
            for t in tokens[::7] + ["de", "ам", "tel"] for star in ("", "*")}

    before = found(lambda sql, args: conn.execute(sql, args).fetchall())
    conn.close()
    with Casebook.open(v9, clock=FixedClock(START)) as book:
        assert search.is_positionless(book.db)
        assert found(lambda sql, args: book.db.execute_sql(sql, args).fetchall()) == before


def test_the_shortest_matching_case_ranks_first(book, backend):
    if backend != "sqlite":
        pytest.skip("a server's search lists the newest first")
    short = book.open_case(new_case(hear={"account": "Lift kapot", "remedy_sought": "x"}),
                           by="Anna")
    long = book.open_case(new_case(hear={"account": "De lift in blok B is weer kapot en "
                                         "niemand komt", "remedy_sought": "x"}), by="Anna")
    newest_short = book.open_case(new_case(hear={"account": "Kapot, lift!",
                                                 "remedy_sought": "x"}), by="Anna")
    assert book.search("lift kapot") == [newest_short, short, long]  # as long, newest first
    assert book.search("niemand") == [long]


def _manager(book) -> str:
    return next(s.name for s in book.staff() if s.role == "manager")


def test_a_drawing_signed_twice_is_stored_once_and_goes_with_its_last_case(book):
    same, other = png("same customer"), png("another customer")
    staff = png("Anna")
    first = book.open_case(new_case(reply=REPLY), by="Anna")
    second = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(first, by="Anna", signatures={"customer": same, "staff": staff})
    book.sign(second, by="Anna", signatures={"customer": same, "staff": staff})
    third = book.open_case(new_case(reply=REPLY, customer={"name": "Olga", "phone": "+31 6 7"}),
                           by="Anna")
    book.sign(third, by="Anna", signatures={"customer": other, "staff": staff})
    assert Attachment.select().count() == 6
    assert sorted(bytes(d) for (d,) in AttachmentBlob.select(AttachmentBlob.data).tuples()) \
        == sorted([same, other, staff])
    assert [(a.kind, a.data, a.sha256) for a in book.attachments(second)] == [
        ("signature_customer", same, hashlib.sha256(same).hexdigest()),
        ("signature_staff", staff, hashlib.sha256(staff).hexdigest())]
    manager = access.approve(book, access.DELETE, by="Marta")
    privacy.delete_case(book, first, reason="entered twice", approval=manager)
    assert AttachmentBlob.select().count() == 3  # the second case still shows `same`
    privacy.delete_case(book, second, reason="a test",
                        approval=access.approve(book, access.DELETE, by="Marta"))
    assert sorted(bytes(d) for (d,) in AttachmentBlob.select(AttachmentBlob.data).tuples()) \
        == sorted([other, staff])
    # erasure drops Olga's drawing (the staff's stays, as before): its bytes leave the file
    privacy.erase_customer(book, third,
                           approval=access.approve(book, access.ERASE, by="Marta"))
    assert [bytes(d) for (d,) in AttachmentBlob.select(AttachmentBlob.data).tuples()] == [staff]
    assert verify(book.db) == []


def test_an_erased_customers_drawing_is_nowhere_in_the_file(book, db_path, backend):
    if backend != "sqlite":
        pytest.skip("the bytes of a file: a server's storage is vacuumed instead (privacy)")
    drawing = png("the drawing of Ivanov-Petrenko")
    ref = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(ref, by="Anna", signatures={"customer": drawing, "staff": png("Anna")})
    privacy.erase_customer(book, ref, approval=access.approve(book, access.ERASE, by="Marta"))
    book.close()
    data = db_path.read_bytes() + (Path(f"{db_path}-wal").read_bytes()
                                   if Path(f"{db_path}-wal").exists() else b"")
    assert b"Ivanov-Petrenko" not in data
    assert hashlib.sha256(drawing).digest() not in data


def test_a_casebook_newer_than_this_program_is_refused_unchanged(tmp_path):
    path = tmp_path / "newer.sqlite3"
    with Casebook.open(path, clock=FixedClock(START)):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match=f"schema {migrations.SCHEMA_VERSION + 1}"):
        Casebook.open(path, clock=FixedClock(START))
    assert path.read_bytes() == before


def test_every_change_unindexes_by_the_words_it_proved(book, backend, monkeypatch):
    """Edits, actions, a shared customer's new name, a merge, an erasure and a deletion
    each take a case's old words out of the index by the words computed from the case as
    it was, which the digest proves: the index is never rebuilt for them."""
    from casebook.core.incidents import merging

    def refused(*_args):
        raise AssertionError("rebuilt")

    monkeypatch.setattr(search, "rebuild", refused)
    ivan = {"name": "Ivan Petrov", "phone": "+31 6 5550 1234"}
    first = book.open_case(new_case(customer=ivan, hear={"account": "Boiler lekt",
                                                         "remedy_sought": "x"}), by="Anna")
    second = book.open_case(new_case(customer=ivan, hear={"account": "Deur klemt",
                                                          "remedy_sought": "x"}), by="Anna")
    third = book.open_case(new_case(customer=ivan, hear={"account": "Lift stil",
                                                         "remedy_sought": "x"}), by="Anna")
    book.update_case(first, {"ask": {"place": "Zolder"}}, by="Anna")
    book.add_action(first, "Loodgieter gebeld", by="Anna")
    book.update_case(first, {"customer": {"name": "Ivan Smirnov"}}, by="Anna")
    assert sorted(book.search("smirnov")) == sorted([first, second, third])
    assert book.search("petrov") == []  # his other cases show (and find) the new name
    assert book.search("loodgieter") == [first] and book.search("zolder") == [first]
    merging.merge(book, first, second, reason="the same complaint",
                  approval=access.approve(book, access.MERGE, by="Marta"))
    assert book.search("klemt") == [first] and book.search(second) == [first]
    privacy.delete_case(book, third, reason="a test",
                        approval=access.approve(book, access.DELETE, by="Marta"))
    assert book.search("stil") == []
    privacy.erase_customer(book, first, approval=access.approve(book, access.ERASE, by="Marta"))
    assert book.search("smirnov") == [] and book.search("5550") == []
    assert book.search("loodgieter") == [first]


def test_a_case_changed_behind_the_apps_back_rebuilds_the_index(book, backend):
    if backend != "sqlite":
        pytest.skip("a server's index is a table of tokens per case, changed by difference")
    ref = book.open_case(new_case(hear={"account": "Boiler lekt", "remedy_sought": "x"}),
                         by="Anna")
    other = book.open_case(new_case(hear={"account": "Deur klemt", "remedy_sought": "x"}),
                           by="Anna")
    book.db.execute_sql('UPDATE "case" SET hear_account = ? WHERE ref = ?',
                        ("Kraan lekt", ref))
    # the case as it is now is not what was indexed: its words are not used to unindex
    book.update_case(ref, {"ask": {"place": "Kelder"}}, by="Anna")
    assert book.search("boiler") == [] and book.search("kraan") == [ref]
    assert book.search("kelder") == [ref] and book.search("klemt") == [other]
    privacy.delete_case(book, ref, reason="a test",
                        approval=access.approve(book, access.DELETE, by="Marta"))
    assert book.search("kraan") == [] and book.search("klemt") == [other]
    assert book.db.execute_sql(f"SELECT id FROM {search.SUMS_TABLE}").fetchall() == [
        (book.get(other).id,)]


def test_schema_10_moves_a_servers_attachments_into_blobs(book, db_path, backend, clock):
    """A server's casebook made schema-9-shaped again (each attachment holding its bytes
    and hex digest, no blobs) upgrades with every drawing as it was. (A file: the schema-9
    demo above; SQLite cannot drop a column a foreign key names, so it is not remade.)"""
    if backend == "sqlite":
        pytest.skip("a file's upgrade is tested on tests/data/casebook-v9.sqlite3")
    ref = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(ref, by="Anna", signatures={"customer": png("Ivan"), "staff": png("Anna")})
    other = book.open_case(new_case(reply=REPLY), by="Anna")
    book.sign(other, by="Anna", signatures={"customer": png("Ivan"), "staff": png("Anna")})
    expected = [(a.id, a.kind, a.data, a.sha256)
                for a in Attachment.select().order_by(Attachment.id)]
    db, p = book.db, book.db.param
    with db.atomic():
        db.execute_sql('ALTER TABLE "attachment" ADD COLUMN "data" BYTEA')
        db.execute_sql('ALTER TABLE "attachment" ADD COLUMN "sha256" VARCHAR(64)')
        for i, _kind, data, digest in expected:
            db.execute_sql(f'UPDATE "attachment" SET "data" = {p}, "sha256" = {p} '
                           f'WHERE "id" = {p}', (data, digest, i))
        db.execute_sql('DROP INDEX "attachment_blob_id"')
        db.execute_sql('ALTER TABLE "attachment" DROP COLUMN "blob_id"')
        db.execute_sql('DROP TABLE "attachment_blob"')
        db.execute_sql("UPDATE \"setting\" SET \"value\" = '9' "
                       "WHERE \"key\" = 'schema_version'")
    book.close()
    with Casebook.open(db_path, clock=clock) as again:
        assert migrations.current_version(again.db) == 10
        assert [(a.id, a.kind, a.data, a.sha256)
                for a in Attachment.select().order_by(Attachment.id)] == expected
        assert AttachmentBlob.select().count() == 2
        assert verify(again.db) == []


def test_an_imported_case_of_a_known_customer_is_indexed_as_the_casebook_holds_it(
        book, tmp_path, monkeypatch):
    """An import names a customer already on file (same name and phone) with another
    address: the case is the known customer's, so it is found by the address on file, and
    its next edit unindexes those words without rebuilding the whole index."""
    import json

    from casebook.core.cases.interchange import import_file

    ivan = {"name": "Ivan Petrov", "phone": "+31 6 5550 1234", "address": "Parkweg 12"}
    first = book.open_case(new_case(customer=ivan), by="Anna")
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(new_case(customer={**ivan, "address": "Dorpsstraat 7"}))
                    + "\n", encoding="utf-8")
    imported = import_file(book, path, by="Marta")
    ref = next(r for r in book.search("petrov") if r != first)
    assert imported and book.case(ref)["customer"]["address"] == "Parkweg 12"

    def refused(*_args):
        raise AssertionError("rebuilt")

    monkeypatch.setattr(search, "rebuild", refused)
    assert sorted(book.search("parkweg")) == sorted([first, ref])
    assert book.search("dorpsstraat") == []
    book.update_case(ref, {"ask": {"place": "Zolder"}}, by="Anna")
    assert book.search("zolder") == [ref] and sorted(book.search("parkweg")) == sorted([first, ref])
