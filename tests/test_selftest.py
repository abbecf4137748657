"""`casebook selftest`: one line per check, and a broken installation is caught.

The installed wheel's self-test runs in tests/install/test_wheel.py and the
frozen app's in tests/install/test_frozen.py; here it runs in this process,
where a check can be broken on purpose.
"""

import os

import pytest

from casebook import assets, selftest
from casebook.cli import main
from casebook.i18n.defaults import LANGUAGES
from casebook.pdf import fonts

CHECKS = 4 + len(LANGUAGES)


@pytest.fixture
def lines(qapp):
    return []


def test_every_check_passes_one_line_each(lines, home):
    assert selftest.run(lines.append) == 0
    assert len(lines) == CHECKS + 1 and lines[-1] == f"All {CHECKS} checks passed."
    assert all(line.startswith("ok  ") for line in lines[:-1]), lines
    for expected in ("fonts", "translations (ru)", "translations (ka)", "form with Latin",
                     "page drawn by PDFium", "main window drawn offscreen"):
        assert any(expected in line for line in lines), expected
    ka = next(line for line in lines if "translations (ka)" in line)
    assert "საქმე" in ka  # the plural message, translated
    # a temporary casebook: nothing of the test's data folder was used or left behind
    assert os.environ["CASEBOOK_HOME"] == str(home)
    assert not home.exists() or not list(home.rglob("*.sqlite3"))


def test_missing_fonts_fail_the_fonts_and_the_form(lines, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "FONT_DIR", tmp_path / "nothing")
    fonts._load.cache_clear()
    try:
        assert selftest.run(lines.append) == 1
    finally:
        fonts._load.cache_clear()
    failed = [line for line in lines if line.startswith("FAIL")]
    assert any("fonts" in line for line in failed) and any("form" in line for line in failed)
    assert lines[-1] == f"{len(failed)} of {CHECKS} checks failed."


def test_a_missing_catalogue_fails_its_language(lines, monkeypatch):
    real = assets.qm_file
    monkeypatch.setattr(assets, "qm_file", lambda lang: None if lang == "ka" else real(lang))
    assert selftest.run(lines.append) == 1
    failed = [line for line in lines if line.startswith("FAIL")]
    assert [line.split(":")[0] for line in failed] == ["FAIL  translations (ka)",
                                                       "FAIL  main window drawn offscreen"]


def test_the_command_speaks_the_chosen_language(qapp, capsys):
    assert main(["selftest", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "переводы (ka)" in out
    assert f"Все проверки пройдены ({CHECKS})." in out
