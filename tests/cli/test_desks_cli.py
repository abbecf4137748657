"""A casebook moves between one PC and the office server, both ways, with the command
line: `backup` of a server casebook writes the same portable file a PC's backup is,
and `restore` loads such a file into an empty server database."""


from casebook.cli import main
from casebook.core.casebook import Casebook
from casebook.core.cases.listing import show
from casebook.db.models import Attachment, AuditEntry
from tests.conftest import new_case
from tests.drawings import png

PNG = png("desks")
REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone", "text": "Boiler fixed.",
         "resolution": {"type": "repair", "text": "Valve replaced"}, "accepted": True}


def fill(target, clock) -> list[str]:
    with Casebook.open(target, clock=clock) as book:
        book.set_setting("timezone", "Europe/Amsterdam", by="setup")
        book.add_staff("Anna", "desk")
        book.add_staff("Marta", "manager")
        refs = [book.open_case(new_case(), by="Anna"),
                book.open_case(new_case(customer={"name": "王芳", "phone": "13800138000"},
                                        hear={"account": "楼上漏水"}), by="Anna")]
        book.add_action(refs[0], "Позвонили, мастер придёт завтра", by="Anna")
        book.update_case(refs[0], {"reply": REPLY}, by="Anna")
        book.sign(refs[0], by="Anna", satisfaction=5, signatures={"customer": PNG})
        return refs


def snapshot(target, clock, refs) -> dict:
    with Casebook.open(target, clock=clock) as book:
        book.bind()
        return {"cases": {ref: show(book, ref) for ref in refs},
                "files": [(a.case.ref, a.kind, bytes(a.data)) for a in Attachment.select()],
                "audit": [(e.id, e.hash) for e in AuditEntry.select().order_by(AuditEntry.id)],
                "search": {q: book.search(q) for q in ("漏水", "мастер", "345-67", "Petrov")}}


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_server_casebook_goes_to_a_file_and_back_to_an_empty_server(
        capsys, pg_db, pg_empty, tmp_path, clock):
    refs = fill(pg_db, clock)
    before = snapshot(pg_db, clock, refs)
    assert before["search"]["漏水"] == [refs[1]]
    backup = tmp_path / "office.sqlite3"
    code, out, err = run(capsys, "backup", "--db", pg_db, "-o", backup)
    assert code == 0, err
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    assert snapshot(backup, clock, refs) == before  # a PC opens it as its own casebook
    code, out, err = run(capsys, "verify", "--db", backup)
    assert code == 0, out

    code, out, err = run(capsys, "restore", "--db", pg_empty, backup)
    assert code == 0, err
    assert snapshot(pg_empty, clock, refs) == before
    code, out, err = run(capsys, "verify", "--db", pg_empty)
    assert code == 0, out
    with Casebook.open(pg_empty, clock=clock) as book:  # the office carries on after it
        ref = book.open_case(new_case(), by="Anna")
        assert ref not in refs and book.search("Petrov")[0] == ref


def test_a_single_pc_casebook_moves_onto_the_server(capsys, pg_empty, tmp_path, clock):
    pc = tmp_path / "shop.sqlite3"
    refs = fill(pc, clock)
    before = snapshot(pc, clock, refs)
    code, out, err = run(capsys, "restore", "--db", pg_empty, pc)
    assert code == 0, err
    assert snapshot(pg_empty, clock, refs) == before
    assert run(capsys, "verify", "--db", pg_empty)[0] == 0


def test_restore_refuses_a_server_database_that_holds_a_casebook(capsys, pg_db, tmp_path,
                                                                clock):
    refs = fill(pg_db, clock)
    pc = tmp_path / "shop.sqlite3"
    fill(pc, clock)
    code, _, err = run(capsys, "restore", "--db", pg_db, pc)
    assert code == 1 and "already holds a casebook" in err and err.count("\n") == 1
    assert snapshot(pg_db, clock, refs)["cases"][refs[0]]["case"]["state"] == "closed"
