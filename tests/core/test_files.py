"""A failed write leaves the folder as it was: no `<name>.partial`, the old file intact.

Every failed `casebook form` used to leave a 0-byte `x.pdf.partial` behind (the
test run left one in the checkout): only OSError cleaned up, not an unknown
reference found half way or a bug in the renderer.
"""

import pytest

from casebook.cli import main
from casebook.core.files import atomic_write
from casebook.errors import NotFound, StorageError
from tests.conftest import new_case


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "home")


@pytest.mark.parametrize("failure", [NotFound("No case with reference {ref}.", ref="X"),
                                     RuntimeError("a bug in the renderer"),
                                     KeyboardInterrupt()])
def test_a_write_that_fails_half_way_leaves_nothing(tmp_path, failure):
    target = tmp_path / "form.pdf"
    target.write_bytes(b"the good one")

    def write(fh):
        fh.write(b"half a PDF")
        raise failure

    with pytest.raises(type(failure)):
        atomic_write(target, write)
    assert leftovers(tmp_path) == ["form.pdf"]
    assert target.read_bytes() == b"the good one"


def test_a_disk_error_is_a_storage_error_and_leaves_nothing(tmp_path):
    def write(fh):
        fh.write(b"x")
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="No space left on device"):
        atomic_write(tmp_path / "report.csv", write)
    assert leftovers(tmp_path) == []


def test_a_folder_that_does_not_exist_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError, match="Cannot write"):
        atomic_write(tmp_path / "missing" / "form.pdf", lambda fh: fh.write(b"%PDF"))
    assert leftovers(tmp_path) == []


def test_success_leaves_only_the_file(tmp_path):
    assert atomic_write(tmp_path / "a.txt", lambda fh: fh.write("ёлка"), binary=False) == 4
    assert leftovers(tmp_path) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "ёлка"


@pytest.mark.parametrize("document", ["form", "letter", "summary"])
def test_a_failed_form_from_the_command_line_leaves_no_file(capsys, book, db_path, tmp_path,
                                                          monkeypatch, document):
    book.open_case(new_case(), by="Anna")
    book.close()
    monkeypatch.chdir(tmp_path)  # a relative -o, as a user types it
    code = main(["form", "--db", str(db_path), "2026-99999", "-o", "x.pdf",
                 "--document", document])
    assert code != 0 and "2026-99999" in capsys.readouterr().err
    assert [name for name in leftovers(tmp_path) if name.startswith("x.pdf")] == []
