"""The `casebook` command: the desktop app, and scripts' access to a casebook.

Thin over `casebook.core`: each command parses its arguments, calls one
service and prints the result. A user error (unknown reference, bad file,
bad date, unusable database) is one line on stderr in the user's language
and a non-zero exit; a bug writes a crash log and says where it is.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from pathlib import Path

from casebook.core import paths
from casebook.errors import InvalidInput, KnownError
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import _, ngettext, set_language

EXIT_USER = 1
EXIT_BUG = 70


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="casebook file (default: your casebook in the data folder)")
    common.add_argument("--lang", choices=LANGUAGES, help="language of messages")
    common.add_argument("--json", action="store_true", help="one JSON document on stdout")

    parser = argparse.ArgumentParser(prog="casebook", parents=[common],
                                     description="Complaint case manager: the five clears + "
                                                 "report.")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a demo casebook kept apart from the real one")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", parents=[common], help="create a realistic demo casebook")
    p.add_argument("--cases", type=int, default=500)
    p.add_argument("--seed", type=int, default=1)
    p = sub.add_parser("import", parents=[common], help="import cases (.jsonl or .csv)")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", parents=[common], help="export cases")
    p.add_argument("--format", choices=("csv", "jsonl"), required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("list", parents=[common], help="list cases")
    p.add_argument("--status", choices=("open", "overdue", "major", "unsigned", "closed"))
    p = sub.add_parser("search", parents=[common], help="references of matching cases")
    p.add_argument("query")
    p = sub.add_parser("show", parents=[common], help="one case with all its parts")
    p.add_argument("ref")
    p = sub.add_parser("due", parents=[common], help="deadlines due at a moment")
    p.add_argument("--at", help="ISO date and time (default: now)")
    p = sub.add_parser("form", parents=[common], help="the resolution form as PDF")
    p.add_argument("ref")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--second-lang", choices=LANGUAGES)
    p.add_argument("--document", choices=("form", "letter", "summary"), default="form",
                   help="the resolution form (default), the reply letter or the case summary")
    p = sub.add_parser("report", parents=[common], help="statistics for a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("backup", parents=[common], help="back up the casebook")
    p.add_argument("-o", "--output", type=Path)
    p = sub.add_parser("restore", parents=[common], help="restore a backup")
    p.add_argument("file", type=Path)
    sub.add_parser("verify", parents=[common], help="integrity, audit chain, signatures")
    return parser


def system_language() -> str:
    """The PC's language when Casebook speaks it, else English."""
    for value in (os.environ.get("LC_ALL"), os.environ.get("LC_MESSAGES"),
                  os.environ.get("LANG"), locale.getlocale()[0]):
        if not value:
            continue
        code = value.split(".")[0].replace("-", "_")
        if code in LANGUAGES:
            return code
        if code.split("_")[0] in LANGUAGES:
            return code.split("_")[0]
        if code.startswith("zh"):
            return "zh_CN"
    return "en"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    set_language(args.lang or system_language())
    try:
        if args.command is None:
            from casebook.app import run

            return run(db=args.db, lang=args.lang, demo=args.demo)
        return COMMANDS[args.command](args)
    except KnownError as exc:
        print(f"casebook: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `casebook list | head` closed the pipe: nothing went wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit
        return 0
    except Exception:  # a bug: keep the details, show one line
        from casebook.crash import write_crash_log

        log = write_crash_log(*sys.exc_info())
        print("casebook: " + _("Internal error; the details were written to {path}.",
                               path=str(log)), file=sys.stderr)
        return EXIT_BUG


def _target(args):
    """The casebook `--db` names: a file path, or a PostgreSQL URL kept as it is."""
    from casebook.db.connection import is_server_url

    if args.db:
        return args.db if is_server_url(args.db) else Path(args.db)
    return paths.default_target()


def _shown(target) -> str:
    from casebook.db.connection import display_location

    return display_location(target) if isinstance(target, str) else str(target)


def _open(args, *, create: bool = False, clock=None):
    from casebook.core.casebook import Casebook

    target = _target(args)
    book = Casebook.open(target, create=create, clock=clock)
    if not args.lang and book.setting("language"):
        set_language(book.setting("language"))
    return book


def _emit(args, data, lines) -> None:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def cmd_demo(args) -> int:
    from casebook.core.demo.book import create_demo

    target = _target(args) if args.db else paths.demo_db()
    count = create_demo(target, cases=args.cases, seed=args.seed)
    print(ngettext("Created a demo casebook with {n} case at {path}.",
                   "Created a demo casebook with {n} cases at {path}.", count,
                   path=_shown(target)))
    return 0


def cmd_import(args) -> int:
    from casebook.core.cases.interchange import import_file

    with _open(args, create=True) as book:
        result = import_file(book, args.file, by=_operator(book))
    data = {"imported": len(result.refs), "created_staff": result.created_staff,
            "created_entries": result.created_entries}
    lines = [ngettext("Imported {n} case.", "Imported {n} cases.", len(result.refs))]
    if result.created_staff:
        lines.append(_("New staff members: {names}.", names=", ".join(result.created_staff)))
    if result.created_entries:
        lines.append(_("New list entries: {names}.", names="; ".join(result.created_entries)))
    _emit(args, data, lines)
    return 0


def _operator(book) -> str:
    """Who a script acts as: $CASEBOOK_OPERATOR, else the first manager, else 'import'."""
    name = os.environ.get("CASEBOOK_OPERATOR")
    if name:
        return name
    managers = [s.name for s in book.staff() if s.role == "manager"]
    return managers[0] if managers else "import"


def cmd_export(args) -> int:
    from casebook.core.trust import access

    with _open(args) as book:
        operator = _operator(book)
        approval = access.approve(book, access.EXPORT, by=operator,
                                  pin=_pin(book) if access.pins_on(book) else None)
        count = access.export_all(book, args.output, args.format, approval=approval)
    print(ngettext("Exported {n} case to {path}.", "Exported {n} cases to {path}.", count,
                   path=str(args.output)), file=sys.stderr)
    return 0


def _pin(book) -> str:
    """A manager's PIN for a manager-only command: $CASEBOOK_PIN, or asked in a terminal."""
    pin = os.environ.get("CASEBOOK_PIN")
    if pin is None and sys.stdin.isatty():
        import getpass

        pin = getpass.getpass(_("PIN of {name}: ", name=_operator(book)))
    if not pin:
        raise InvalidInput("This needs a manager's PIN: run it in a terminal, or set "
                           "CASEBOOK_PIN.")
    return pin


def cmd_list(args) -> int:
    from casebook.core.cases.listing import list_cases

    with _open(args) as book:
        rows = list_cases(book, status=args.status)
    _emit(args, rows, (f"{r['ref']}\t{r['state']}\t{r['received_at']}\t{r['customer']}\t"
                       f"{r['category']}\t{r['severity']}\t{r['owner']}\t"
                       f"{r['next_reply_at'] or ''}" for r in rows))
    return 0


def cmd_search(args) -> int:
    with _open(args) as book:
        refs = book.search(args.query)
    _emit(args, refs, refs)
    return 0


def cmd_show(args) -> int:
    from casebook.core.cases.listing import show

    with _open(args) as book:
        data = show(book, args.ref)
    if args.json:
        _emit(args, data, [])
    else:
        from casebook.core.cases.listing import show_lines

        _emit(args, data, show_lines(book_lang=args.lang, data=data))
    return 0


def cmd_due(args) -> int:
    from casebook.core.time.clock import FixedClock
    from casebook.core.time.times import parse_time

    with _open(args) as book:
        at = parse_time(args.at, book.tz) if args.at else book.now()
        book.clock = FixedClock(at)
        items = book.due(at)
    _emit(args, [d.as_json() for d in items],
          (f"{d.due_at}\t{d.kind}\t{d.ref}\t{d.owner}" for d in items))
    return 0


def cmd_form(args) -> int:
    from casebook.core.files import atomic_write
    from casebook.pdf.form import render

    if args.document != "form":
        return _letter_or_summary(args)
    with _open(args) as book:
        code = atomic_write(args.output, lambda out: render(
            book, args.ref, out, lang=args.lang, second_lang=args.second_lang))
    print(_("Resolution form written to {path} (verification code {code}).",
            path=str(args.output), code=code))
    return 0


def _letter_or_summary(args) -> int:
    """The reply letter (customer's language) or the case summary (the user's)."""
    from casebook.core.files import atomic_write
    from casebook.i18n.translate import current_language
    from casebook.pdf import letter, summary

    with _open(args) as book:
        book.get(args.ref)  # an unknown reference leaves no half-written file behind
        if args.document == "letter":
            atomic_write(args.output, lambda out: letter.render(book, args.ref, out,
                                                                lang=args.lang))
            print(_("Reply letter written to {path}.", path=str(args.output)))
        else:
            atomic_write(args.output, lambda out: summary.render(
                book, args.ref, out, lang=args.lang or current_language()))
            print(_("Case summary written to {path}.", path=str(args.output)))
    return 0


def cmd_report(args) -> int:
    from casebook.core.reports.report_files import write
    from casebook.i18n.translate import current_language

    with _open(args) as book:
        written = write(book, args.date_from, args.date_to, args.output,
                        lang=args.lang or current_language())
    print(_("Report written to {path}.", path=", ".join(str(p) for p in written)))
    return 0


def cmd_backup(args) -> int:
    from casebook.core.trust.backup import backup
    from casebook.core.time.clock import SystemClock

    target = _target(args)
    out = backup(target, SystemClock().now(), args.output)
    print(_("Backup written to {path}.", path=str(out)))
    return 0


def cmd_restore(args) -> int:
    from casebook.core.trust.backup import restore
    from casebook.core.time.clock import SystemClock

    target = _target(args)
    kept = restore(target, args.file, SystemClock().now())
    print(_("Restored {file} into {path}.", file=str(args.file), path=_shown(target)))
    if kept:
        print(_("The replaced casebook was kept as {path}.", path=str(kept)))
    return 0


def cmd_verify(args) -> int:
    from casebook.core.trust.verify import verify

    with _open(args) as book:
        problems = verify(book.db)
    _emit(args, {"ok": not problems, "problems": problems},
          problems or [_("All checks passed: database intact, audit chain unbroken, "
                         "signed cases unchanged.")])
    return 2 if problems else 0


COMMANDS = {
    "demo": cmd_demo, "import": cmd_import, "export": cmd_export, "list": cmd_list,
    "search": cmd_search, "show": cmd_show, "due": cmd_due, "form": cmd_form,
    "report": cmd_report, "backup": cmd_backup, "restore": cmd_restore, "verify": cmd_verify,
}

if __name__ == "__main__":
    sys.exit(main())

