"""The smaller faults of issue #13 as a user meets them on the command line: each is one
line in the user's language, exit status 1, and nothing saved before is lost."""

from __future__ import annotations

import json

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.db.models import Case
from tests.conftest import new_case


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------ deeply nested import lines
def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("line", [
    nested(100_000),  # deeper than Python's parser goes: it raised RecursionError
    # parsed, but deeper than any case: a walk of the document must not be what overflows
    json.dumps(new_case(hear={"account": "x", "remedy_sought": json.loads(nested(40))})),
], ids=["beyond-the-parser", "inside-a-field"])
def test_a_deeply_nested_line_is_named_and_nothing_is_imported(capsys, book, db_path, tmp_path,
                                                                line):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps(new_case(), ensure_ascii=False) + "\n" + line + "\n",
                    encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", db_path, path)
    assert (code, out) == (1, "")
    assert err == ("casebook: Line 2: nested more than 32 levels deep; a case is a JSON "
                   "object a few levels deep.\n")
    with Casebook.open(db_path) as again:
        assert Case.select().count() == 0


def test_a_deeply_nested_line_speaks_russian(capsys, book, db_path, tmp_path):
    book.close()
    path = tmp_path / "cases.jsonl"
    path.write_text(nested(5000) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, path, "--lang", "ru")
    assert code == 1
    assert err.startswith("casebook: Строка 1: ") and "32" in err and err.count("\n") == 1
