"""Every file Casebook writes that may hold personal data is its user's only (0600), and
every folder it makes for them 0700, whatever the umask (issue #13, SPEC §7)."""

import os
import stat
import sys

import pytest

from casebook import crash
from casebook.cli import main
from casebook.core import drafts, paths
from casebook.core.casebook import Casebook
from casebook.core.cases import interchange
from casebook.core.trust import backup
from casebook.pdf import letters
from tests.conftest import new_case

pytestmark = pytest.mark.sqlite_only("file modes of the files and folders written")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_written_is_private_under_umask_022(umask_022, tmp_path, home, clock,
                                                      capsys, monkeypatch):
    tmp_path.chmod(0o751)
    users = mode(tmp_path)
    out = tmp_path / "out"  # a folder of the user's: the files in it are private
    (out / "reports").mkdir(parents=True)
    (out / "letters").mkdir()
    db_path = tmp_path / "new" / "casebook.sqlite3"
    with Casebook.open(db_path, clock=clock) as book:  # the casebook and its folder
        book.add_staff("Anna", "desk")
        ref = book.open_case(new_case(), by="Anna")
        drafts.save(book.location, ref, book.case_to_edit(ref))  # the autosaved draft
        kept = drafts.keep_aside(book.location, ref)  # a draft of a deleted case
        drafts.save(book.location, ref, book.case_to_edit(ref))
        letters.render_each(book, [ref], out / "letters" / "new")  # a folder made for them
        interchange.export(book, out / "cases.csv", "csv")
        interchange.export(book, out / "cases.jsonl", "jsonl")
        backup.backup(db_path, clock.now(), out / "copy.sqlite3")  # backup -o
        backup.auto_backup(db_path, clock.now())  # on close, in the data folder
        backup.backup(db_path, clock.now())  # `casebook backup` into the data folder
    for document in ("form", "letter", "summary", "receipt"):
        assert main(["form", "--db", str(db_path), ref, "-o", str(out / f"{document}.pdf"),
                     "--document", document]) == 0
    for name in ("report.pdf", "report.csv"):
        assert main(["report", "--db", str(db_path), "--from", "2026-03-01", "--to",
                     "2026-03-31", "-o", str(out / "reports" / name)]) == 0
    backup.restore(db_path, out / "copy.sqlite3", clock.now())  # keeps the replaced one
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        crash.write_crash_log(*sys.exc_info())
    monkeypatch.setattr(crash.faulthandler, "enable", lambda file: None)  # pytest's stays
    crash.enable_fault_log()
    crash._fault_file.close()
    monkeypatch.setattr(crash, "_fault_file", None)
    from PySide6.QtCore import QSettings

    settings = QSettings(str(paths.desk_ini()), QSettings.Format.IniFormat)
    settings.setValue("operator", "Anna")
    settings.sync()
    paths.save_connection("postgresql://desk@office/casebook")
    capsys.readouterr()

    written = {p.relative_to(tmp_path).as_posix(): mode(p)
               for folder in (home, out, db_path.parent) for p in folder.rglob("*")}
    expected_files = {
        "new/casebook.sqlite3", "out/cases.csv", "out/cases.jsonl", "out/copy.sqlite3",
        "out/form.pdf", "out/letter.pdf", "out/summary.pdf", "out/receipt.pdf",
        "out/reports/report.pdf", "out/reports/report.csv", "home/desk.ini",
        "home/connection.txt", "home/crashes/faults.txt",
        f"out/letters/new/{letters.file_name(ref)}-letter.pdf",
        f"home/drafts/{drafts.draft_path(db_path).name}", f"home/drafts/{kept.name}"}
    assert expected_files <= set(written)
    assert any(n.startswith("new/casebook.sqlite3.before-restore-") for n in written)
    assert any(n.startswith("home/crashes/crash-") for n in written)
    assert len([n for n in written if n.startswith("home/backups/")]) == 3  # folder, 2 files
    assert {n: m for n, m in written.items()
            if (tmp_path / n).is_file() and m != 0o600} == {}
    made = {n: m for n, m in written.items() if (tmp_path / n).is_dir()}
    assert made.pop("out/reports") == made.pop("out/letters") == 0o755  # the user's own
    assert {n: m for n, m in made.items() if m != 0o700} == {}
    assert "out/letters/new" in made and "home/drafts" in made and "home/crashes" in made
    assert mode(home) == 0o700 and mode(db_path.parent) == 0o700
    assert mode(tmp_path) == users  # a folder that was there already is left as it was


def test_a_data_folder_left_open_by_an_earlier_version_is_closed(umask_022, home):
    home.mkdir(mode=0o755, exist_ok=True)
    (home / "crashes").mkdir(mode=0o755)
    home.chmod(0o755)
    assert mode(paths.crash_dir()) == 0o700 and mode(home) == 0o700
    old = home / "desk.ini"
    old.write_text("[General]\n", encoding="utf-8")
    old.chmod(0o644)
    assert mode(paths.desk_ini()) == 0o600
