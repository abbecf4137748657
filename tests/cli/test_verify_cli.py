"""`casebook verify --against BACKUP`, and a restore that sets the replaced history aside."""

import json

import pytest

from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.trust.backup import auto_backup, auto_backups
from tests.conftest import new_case, raw_connect


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(book, db_path):
    refs = [book.open_case(new_case(), by="Anna"),
            book.open_case(new_case(customer={"name": "Grace Jones", "phone": "0612345678"}),
                           by="Anna")]
    book.close()
    return db_path, refs


def test_verify_against_a_backup_names_a_case_deleted_with_its_history(capsys, filled,
                                                                       tmp_path):
    db, refs = filled
    copy = tmp_path / "kept-off-the-pc.sqlite3"
    assert run(capsys, "backup", "--db", db, "-o", copy)[0] == 0
    code, out, _ = run(capsys, "verify", "--db", db, "--against", copy, "--json")
    assert (code, json.loads(out)) == (0, {"ok": True, "problems": []})
    conn = raw_connect(db)
    conn.execute("DELETE FROM audit_entry WHERE case_ref = ?", (refs[1],))
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "verify", "--db", db, "--against", copy)
    assert code == 2
    assert out.splitlines() == [
        f"case {refs[1]}: no audit entry records it (it was added behind the app's back)",
        f"audit entry 7 ({refs[1]}, create) of backup kept-off-the-pc.sqlite3 is missing "
        "from the casebook's log: history older than the backup was deleted or rewritten",
        f"case {refs[1]}: its audit entries in backup kept-off-the-pc.sqlite3 are gone from "
        "the casebook's log"]


def test_verify_against_a_file_that_is_not_there_is_one_line(capsys, filled, tmp_path):
    db, _ = filled
    code, out, err = run(capsys, "verify", "--db", db, "--against", tmp_path / "none.sqlite3")
    assert code != 0 and out == ""
    assert err == (f"casebook: Cannot read {tmp_path / 'none.sqlite3'}: No such file or "
                   "directory.\n")


@pytest.mark.sqlite_only("the automatic backups of a casebook file")
def test_a_restore_sets_the_replaced_automatic_backups_aside(capsys, filled, tmp_path, clock):
    import datetime as dt

    db, refs = filled
    older = tmp_path / "older.sqlite3"
    assert run(capsys, "backup", "--db", db, "-o", older)[0] == 0
    with Casebook.open(db, clock=clock) as book:
        book.update_case(refs[0], {"ask": {"place": "Basement"}}, by="Anna")
    newer = auto_backup(db, clock.now() + dt.timedelta(hours=1))
    code, out, _ = run(capsys, "restore", "--db", db, older)
    assert code == 0
    assert auto_backups(db) == []
    aside = [p for p in newer.parent.iterdir() if p.name.startswith("before-restore-")]
    assert len(aside) == 1 and (aside[0] / newer.name).is_file()
    assert out.splitlines()[-1] == ("The automatic backups of the replaced casebook were "
                                    f"moved to {aside[0]}.")
    code, out, _ = run(capsys, "verify", "--db", db)
    assert code == 0 and "All checks passed" in out
    # the set-aside backup is still there to compare with by hand: the restored log
    # does not extend it
    code, out, _ = run(capsys, "verify", "--db", db, "--against", aside[0] / newer.name)
    assert (code, out) == (2, f"audit entry 8 ({refs[0]}, update) of backup {newer.name} is "
                              "missing from the casebook's log: history older than the backup "
                              "was deleted or rewritten\n")


@pytest.mark.parametrize("lang, lines", [
    ("ru", ["обращение {ref}: ни одна запись журнала изменений его не фиксирует (добавлено в "
            "обход программы)",
            "запись журнала изменений 7 ({ref}, create) из резервной копии "
            "kept-off-the-pc.sqlite3 отсутствует в журнале обращений: история старше этой "
            "резервной копии удалена или переписана",
            "обращение {ref}: его записи из резервной копии kept-off-the-pc.sqlite3 исчезли из "
            "журнала изменений"]),
    ("zh_CN", ["案件 {ref}：没有任何审计记录记载它（有人绕过程序添加）",
               "备份 kept-off-the-pc.sqlite3 中的审计记录 7（{ref}，create）在案件库日志中不存在："
               "早于该备份的历史记录已被删除或改写",
               "案件 {ref}：其在备份 kept-off-the-pc.sqlite3 中的审计记录已从案件库日志中消失"]),
    ("nl", ["zaak {ref}: geen auditregel vermeldt haar (buiten de app om toegevoegd)",
            "auditregel 7 ({ref}, create) van back-up kept-off-the-pc.sqlite3 ontbreekt in het "
            "log van het klachtenregister: geschiedenis van vóór de back-up is verwijderd of "
            "herschreven",
            "zaak {ref}: haar auditregels uit back-up kept-off-the-pc.sqlite3 zijn uit het log "
            "van het klachtenregister verdwenen"]),
    ("ka", ["საქმე {ref}: არც ერთი აუდიტის ჩანაწერი მას არ აფიქსირებს (დამატებულია პროგრამის "
            "გვერდის ავლით)",
            "სარეზერვო ასლის kept-off-the-pc.sqlite3 აუდიტის ჩანაწერი 7 ({ref}, create) "
            "ჟურნალში აღარ არის: სარეზერვო ასლზე ძველი ისტორია წაშლილია ან გადაწერილია",
            "საქმე {ref}: მისი აუდიტის ჩანაწერები სარეზერვო ასლიდან kept-off-the-pc.sqlite3 "
            "ჟურნალიდან გაქრა"]),
])
def test_verify_speaks_the_reader_s_language(capsys, filled, tmp_path, lang, lines):
    """The owner who runs verify in Georgian reads what was tampered with in Georgian; the
    references, file names and entry numbers stay as they are."""
    db, refs = filled
    copy = tmp_path / "kept-off-the-pc.sqlite3"
    assert run(capsys, "backup", "--db", db, "-o", copy)[0] == 0
    conn = raw_connect(db)
    conn.execute("DELETE FROM audit_entry WHERE case_ref = ?", (refs[1],))
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--lang", lang, "verify", "--db", db, "--against", copy)
    assert code == 2
    assert out.splitlines() == [line.format(ref=refs[1]) for line in lines]
