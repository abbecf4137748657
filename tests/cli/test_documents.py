"""`casebook form --document letter|summary`: the reply letter and the case summary."""

from pypdf import PdfReader

from casebook.cli import main
from tests.pdf.documents import SECRET, filled_case, squash


def test_form_letter_and_summary_from_the_command_line(capsys, book, db_path, tmp_path):
    ref, texts = filled_case(book, "ru")
    book.close()
    written = {}
    for document in ("form", "letter", "summary"):
        out = tmp_path / f"{document}.pdf"
        args = ["form", "--db", str(db_path), ref, "-o", str(out), "--lang", "en"]
        if document != "form":
            args += ["--document", document]
        assert main(args) == 0
        assert str(out) in capsys.readouterr().out
        written[document] = squash("".join(p.extract_text() for p in PdfReader(out).pages))
    assert squash(texts["account"]) in written["letter"]
    assert "Dear" in written["letter"] and "Casesummary" in written["summary"]
    assert squash(SECRET) in written["summary"]
    assert squash(SECRET) not in written["letter"] + written["form"]


def test_an_unknown_reference_is_one_line_and_no_file(capsys, book, db_path, tmp_path):
    book.close()
    out = tmp_path / "letter.pdf"
    assert main(["form", "--db", str(db_path), "2026-99999", "-o", str(out),
                 "--document", "letter"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2026-99999" in err
    assert not out.exists() and not list(tmp_path.glob("letter.pdf*"))
