"""A casebook on read-only media (a CD, a write-protected stick, a folder without write
permission): the commands that only read work, the ones that write say the casebook cannot
be written, a backup of it works, and a failed backup names the file that failed.

The media is made read-only as in test_faults: a tmpfs remounted read-only when running as
root (whom chmod does not stop), else chmod.
"""

from __future__ import annotations

import json

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.trust.verify import verify
from tests.conftest import new_case
from tests.pdf.documents import pdf_text
from tests.trust.test_faults import files_of, own_folder, read_only  # noqa: F401 (fixture)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def on_media(own_folder, clock):  # noqa: F811 (the fixture imported above)
    """A casebook of two cases, closed, in a folder about to become read-only."""
    db_path = own_folder / "casebook.sqlite3"
    with Casebook.open(db_path, clock=clock) as book:
        book.add_staff("Anna")
        refs = [book.open_case(new_case(), by="Anna"),
                book.open_case(new_case(customer={"name": "王芳", "phone": "13800138000"},
                                        hear={"account": "楼上漏水"}), by="Anna")]
    return db_path, refs


def message(path) -> str:
    return (f"casebook: The casebook {path} cannot be written (read-only media, or no "
            f"permission to write there): it can be read (list, show, search, due, verify, "
            f"form, report, backup) but not changed. Nothing was lost.\n")


def test_the_commands_that_read_work_on_read_only_media(capsys, on_media):
    db_path, refs = on_media
    before = files_of(db_path)
    with read_only(db_path.parent):
        code, out, err = run(capsys, "list", "--db", db_path, "--json")
        assert (code, err) == (0, "")
        assert sorted(row["ref"] for row in json.loads(out)) == sorted(refs)
        code, out, err = run(capsys, "show", "--db", db_path, refs[1], "--json")
        assert (code, err) == (0, "") and json.loads(out)["case"]["customer"]["name"] == "王芳"
        code, out, err = run(capsys, "search", "--db", db_path, "漏水")
        assert (code, out, err) == (0, f"{refs[1]}\n", "")
        code, out, err = run(capsys, "due", "--db", db_path, "--at", "2026-03-03T09:00+01:00",
                             "--json")
        assert (code, err) == (0, "") and {d["ref"] for d in json.loads(out)} == set(refs)
        code, out, err = run(capsys, "verify", "--db", db_path)
        assert (code, err) == (0, "") and out.startswith("All checks passed")
        assert files_of(db_path) == before


def test_forms_and_reports_of_a_read_only_casebook_are_written_elsewhere(capsys, on_media,
                                                                        tmp_path):
    db_path, refs = on_media
    before = files_of(db_path)
    with read_only(db_path.parent):
        code, out, err = run(capsys, "form", "--db", db_path, refs[0], "--document", "summary",
                             "-o", tmp_path / "summary.pdf")
        assert (code, out, err) == (0, f"Case summary written to {tmp_path / 'summary.pdf'}.\n",
                                    "")
        code, out, err = run(capsys, "report", "--db", db_path, "--from", "2026-03-01", "--to",
                             "2026-03-31", "-o", tmp_path / "march.csv")
        assert (code, err) == (0, "") and out.startswith("Report written to ")
        assert files_of(db_path) == before
    assert pdf_text((tmp_path / "summary.pdf").read_bytes()).count(refs[0]) >= 1


@pytest.mark.parametrize("args", [
    ("config", "timezone", "UTC"),
    ("import", "cases.jsonl"),
    ("restore", "backup.sqlite3"),
], ids=lambda a: a[0])
def test_the_commands_that_write_say_the_casebook_cannot_be_written(capsys, on_media, tmp_path,
                                                                    clock, args):
    db_path, _refs = on_media
    (tmp_path / "cases.jsonl").write_text(json.dumps(new_case()) + "\n", encoding="utf-8")
    with Casebook.open(tmp_path / "backup.sqlite3", clock=clock):
        pass
    before = files_of(db_path)
    with read_only(db_path.parent):
        code, out, err = run(capsys, args[0], "--db", db_path,
                             *[tmp_path / a if "." in a else a for a in args[1:]])
        if args[0] == "restore":  # restore replaces the file: its own words, the right file
            assert err.startswith(f"casebook: Cannot ") and str(db_path) in err
        else:
            assert err == message(db_path)
        assert (code, out) == (1, "")
        assert files_of(db_path) == before


def test_a_casebook_on_read_only_media_can_be_backed_up(capsys, on_media, tmp_path, clock):
    db_path, refs = on_media
    out = tmp_path / "copy.sqlite3"
    with read_only(db_path.parent):
        code, stdout, err = run(capsys, "backup", "--db", db_path, "-o", out)
    assert (code, stdout, err) == (0, f"Backup written to {out}.\n", "")
    with Casebook.open(out, clock=clock) as copy:
        assert verify(copy.db) == []
        assert sorted(copy.search("Petrov") + copy.search("王芳")) == sorted(refs)


def test_a_failed_backup_names_the_casebook_it_could_not_read(capsys, tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    out = tmp_path / "copy.sqlite3"
    code, stdout, err = run(capsys, "backup", "--db", damaged, "-o", out)
    assert (code, stdout) == (1, "")
    assert err == (f"casebook: {damaged} is damaged. Restore it from a backup (casebook "
                   f"restore); it was not changed.\n")
    assert not out.exists() and not (tmp_path / "copy.sqlite3.partial").exists()


def test_a_failed_backup_names_the_file_it_could_not_write(capsys, on_media, tmp_path):
    db_path, _refs = on_media
    source = tmp_path / "casebook.sqlite3"
    source.write_bytes(db_path.read_bytes())
    out = db_path.parent / "copy.sqlite3"
    with read_only(db_path.parent):
        code, stdout, err = run(capsys, "backup", "--db", source, "-o", out)
    assert (code, stdout) == (1, "")
    assert err.startswith(f"casebook: Cannot write the backup {out}: ")
