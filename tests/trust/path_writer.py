"""A writer process for the kill tests of every write path: it does one kind of change
over and over and reports each one only after the core has committed it.

    python path_writer.py MODE CASEBOOK WORKDIR START

It prints `ready` once set up (the parent kills it at a random moment after that),
then `saved <mode> <n> <detail…>` after each acknowledged change. Modes:

edit     update one case's place to "Place n"
sign     open a case with a reply, then sign it: `saved sign n REF HASH`
import   import a JSONL file of three cases: `saved import n REF REF REF`
erase    erase the customer of a case made for it: `saved erase n REF NAME`
backup   back the casebook up to WORKDIR/backup-n.sqlite3
restore  add an action, then restore WORKDIR/base.sqlite3 over the casebook
migrate  open (and so upgrade) WORKDIR/old.sqlite3 copied to CASEBOOK
actions  open cases and add actions (what the power-cut test writes)
"""

import datetime as dt
import json
import shutil
import sys
from pathlib import Path

from casebook.core.casebook import Casebook
from casebook.core.cases import interchange
from casebook.core.time.clock import FixedClock
from casebook.core.trust import access, backup, privacy

UTC = dt.timezone.utc


def case(n: int, **over) -> dict:
    doc = {"customer": {"name": f"Klant {n}", "phone": f"+31 6 {n:08d}"},
           "hear": {"account": f"Lekkage nummer {n} — 漏水 {n}", "remedy_sought": "Reparatie"},
           "follow": {"next_reply_at": "2026-03-03T09:00:00+01:00"}}
    return {**doc, **over}


REPLY = {"at": "2026-03-02T15:00:00+01:00", "channel": "phone", "text": "Repaired",
         "resolution": {"type": "repair", "text": "New valve"}, "accepted": True}


def say(*words) -> None:
    """One write per line, so a kill never leaves half an acknowledgement (print writes
    each word apart when Python runs unbuffered)."""
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def main(mode: str, path: str, workdir: str, start: int) -> None:
    work = Path(workdir)
    clock = FixedClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    if mode == "migrate":  # a fresh copy of the old casebook, as it was before any upgrade
        for leftover in ("-wal", "-shm", "-journal"):
            Path(path + leftover).unlink(missing_ok=True)
        shutil.copyfile(work / "old.sqlite3", path)
        say("ready")
        with Casebook.open(path, clock=clock):
            say("saved migrate", start)
        return
    if mode == "restore":
        say("ready")
        n = start
        while True:
            with Casebook.open(path, clock=clock) as book:
                ref = book.search("restoreanchor")[0]
                book.add_action(ref, f"Actie {n}", by="Anna")
            say("saved action", n)
            backup.restore(Path(path), work / "base.sqlite3", clock.advance(seconds=1))
            say("saved restore", n)
            n += 1
    with Casebook.open(path, clock=clock) as book:
        ref = book.search("editanchor")[0] if mode == "edit" else None
        say("ready")
        for n in range(start, start + 100_000):
            clock.advance(seconds=1)
            if mode == "edit":
                book.update_case(ref, {"ask": {"place": f"Place {n}"}}, by="Anna")
                say("saved edit", n)
            elif mode == "sign":
                signed = book.open_case(case(n, reply=REPLY), by="Anna")
                digest = book.sign(signed, by="Anna")
                say("saved sign", n, signed, digest)
            elif mode == "import":
                source = work / f"import-{n}.jsonl"
                source.write_text("".join(json.dumps(case(n * 10 + i), ensure_ascii=False) + "\n"
                                          for i in range(3)), encoding="utf-8")
                refs = interchange.import_file(book, source, by="Marta").refs
                say("saved import", n, *refs)
                source.unlink()
            elif mode == "erase":
                made = book.open_case(case(n, customer={"name": f"Erasable {n}",
                                                        "phone": f"+31 20 {n:07d}"}), by="Anna")
                say("saved case", n, made)
                privacy.erase_customer(book, made, approval=access.approve(
                    book, access.ERASE, by="Marta"))
                say("saved erase", n, made, f"Erasable {n}")
            elif mode == "backup":
                out = work / f"backup-{n}.sqlite3"
                backup.backup(Path(path), clock.now(), out)
                say("saved backup", n, out)
            elif mode == "actions":
                if ref is None or n % 5 == 0:
                    ref = book.open_case(case(n), by="Anna")
                    say("saved case", n, ref)
                else:
                    book.add_action(ref, f"Actie {n}", by="Anna")
                    say("saved action", n, ref)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
