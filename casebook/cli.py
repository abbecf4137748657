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

from casebook import __version__
from casebook.core import paths
from casebook.errors import InvalidInput, KnownError
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import _, ngettext, set_language

EXIT_USER = 1
EXIT_BUG = 70


# Options that belong to the whole command line. Given before the subcommand they land
# in `db`/`lang`/`json`; after it, in `<name>_after`; `main` merges the two and refuses
# a second, different value or an option the subcommand has no use for.
GLOBAL_OPTIONS = ("db", "lang", "json")


def _parser() -> argparse.ArgumentParser:
    # after the subcommand (SUPPRESS: absent unless given, so they never hide the ones before)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", dest="db_after", default=argparse.SUPPRESS, metavar="PATH|URL",
                        help="casebook file or postgresql:// URL (default: your casebook in "
                             "the data folder)")
    common.add_argument("--lang", dest="lang_after", choices=LANGUAGES,
                        default=argparse.SUPPRESS, help="language of messages")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", dest="json_after", action="store_true",
                         default=argparse.SUPPRESS, help="one JSON document on stdout")
    lang_only = argparse.ArgumentParser(add_help=False)
    lang_only.add_argument("--lang", dest="lang_after", choices=LANGUAGES,
                           default=argparse.SUPPRESS, help="language of messages")

    parser = argparse.ArgumentParser(prog="casebook",
                                     description="Complaint case manager: the five clears + "
                                                 "report.")
    parser.add_argument("--version", action="version", version=f"casebook {__version__}")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="casebook file or postgresql:// URL (default: your casebook in "
                             "the data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a demo casebook kept apart from the real one")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", parents=[common], help="create a realistic demo casebook")
    p.add_argument("--cases", type=int, default=500)
    p.add_argument("--seed", type=int, default=1)
    p = sub.add_parser("import", parents=[common, as_json], help="import cases (.jsonl or .csv)")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export", parents=[common], help="export cases")
    p.add_argument("--format", choices=("csv", "jsonl"), required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("list", parents=[common, as_json], help="list cases")
    p.add_argument("--status", choices=("open", "overdue", "major", "unsigned", "closed"))
    p.add_argument("--incident", metavar="REF", help="the cases of one incident")
    p = sub.add_parser("search", parents=[common, as_json], help="references of matching cases")
    p.add_argument("query")
    p = sub.add_parser("show", parents=[common, as_json], help="one case with all its parts")
    p.add_argument("ref")
    p = sub.add_parser("due", parents=[common, as_json], help="deadlines due at a moment")
    p.add_argument("--at", help="ISO date and time (default: now)")
    p = sub.add_parser("form", parents=[common], help="the resolution form as PDF")
    p.add_argument("ref")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--second-lang", choices=LANGUAGES)
    p.add_argument("--document", choices=("form", "letter", "summary", "receipt"),
                   default="form", help="the resolution form (default), the reply letter, "
                                        "the case summary or the receipt for the counter")
    p = sub.add_parser("report", parents=[common], help="statistics for a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("backup", parents=[common], help="back up the casebook")
    p.add_argument("-o", "--output", type=Path)
    p = sub.add_parser("restore", parents=[common], help="restore a backup")
    p.add_argument("file", type=Path)
    p = sub.add_parser("verify", parents=[common, as_json],
                       help="integrity, audit chain, signatures, audit replay, backup anchors")
    p.add_argument("--against", type=Path, action="append", default=[], metavar="BACKUP",
                   help="a backup of this casebook whose audit log it must extend")
    p = sub.add_parser("erase-customer", parents=[common],
                       help="erase the personal data of that case's customer (manager)")
    p.add_argument("ref")
    add_erasure_options(p)
    p = sub.add_parser("config", parents=[common, as_json], help="read or change settings")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    sub.add_parser("selftest", parents=[lang_only],
                   help="fonts, translations, PDF, window: one line per check")
    parser.commands = sub.choices  # name → its parser, to ask which options it takes
    return parser


def _merge_global_options(parser: argparse.ArgumentParser, args) -> KnownError | None:
    """One value per global option, from before or after the subcommand, or the error."""
    for name in GLOBAL_OPTIONS:
        after = getattr(args, f"{name}_after", None)
        if after is not None:
            before = getattr(args, name)
            delattr(args, f"{name}_after")
            if before not in (None, False) and before != after:
                return InvalidInput("{option} is given twice ({first}, {second}).",
                                    option="--" + name, first=str(before), second=str(after))
            setattr(args, name, after)
    sub = parser.commands.get(args.command)
    for name in GLOBAL_OPTIONS:
        if getattr(args, name) in (None, False):
            continue
        if args.command is None and name == "json":
            return InvalidInput("--json goes with a command that prints data, e.g. "
                                "casebook list --json.")
        if sub is not None and sub.get_default(f"{name}_after") != argparse.SUPPRESS:
            return InvalidInput("{option} is not an option of “casebook {command}”.",
                                option="--" + name, command=args.command)
    if args.demo and args.command is not None:
        return InvalidInput("--demo opens the desktop app on the demo casebook; it does not go "
                            "with a command (casebook demo --db FILE makes a demo casebook).")
    return None


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
    parser = _parser()
    args = parser.parse_args(argv)
    problem = _merge_global_options(parser, args)
    set_language(args.lang or system_language())
    try:
        if problem:
            raise problem
        if args.db is not None:
            args.db = paths.casebook_location(args.db)
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
    """The casebook `--db` names (a file, or a PostgreSQL URL: see main), else the office
    casebook this PC saved, else its own."""
    return args.db if args.db is not None else paths.default_target()


def _shown(target) -> str:
    from casebook.db.connection import display_location

    return display_location(target) if isinstance(target, str) else str(target)


def _open(args, *, create: bool = False, clock=None, read_only: bool = False):
    """`read_only`: the command only reads, so a casebook on read-only media opens."""
    from casebook.core.casebook import Casebook

    target = _target(args)
    book = Casebook.open(target, create=create, clock=clock, read_only=read_only)
    if not args.lang and book.setting("language"):
        set_language(book.setting("language"))
    for problem in book.setting_problems():  # said, and the command goes on with the default
        print(f"casebook: {problem}", file=sys.stderr)
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

    def progress(done: int, total: int) -> None:
        print(_("Demo: {done} of {total} cases written…", done=f"{done:,}", total=f"{total:,}"),
              file=sys.stderr, flush=True)

    count = create_demo(target, cases=args.cases, seed=args.seed, progress=progress)
    print(ngettext("Created a demo casebook with {n} case at {path}.",
                   "Created a demo casebook with {n} cases at {path}.", count,
                   path=_shown(target)))
    return 0


def cmd_import(args) -> int:
    from casebook.core.cases.interchange import import_file
    from casebook.core.trust import access

    with _open(args, create=True) as book:
        approval = _manager(book, access.IMPORT)
        result = import_file(book, args.file, by=approval.approver)
    data = {"imported": len(result.refs), "created_staff": result.created_staff,
            "created_entries": result.created_entries, "inactive_staff": result.inactive_staff,
            "settings_applied": result.settings_applied, "settings_kept": result.settings_kept,
            "unapproved": result.unapproved}
    lines = [ngettext("Imported {n} case.", "Imported {n} cases.", len(result.refs))]
    listed = [n for n in result.created_staff if n not in result.inactive_staff]
    if listed:
        lines.append(_("New staff members: {names}.", names=", ".join(listed)))
    if result.inactive_staff:
        lines.append(_("Names the file does not list as staff, added as inactive desk staff: "
                       "{names}.", names=", ".join(result.inactive_staff)))
    if result.created_entries:
        lines.append(_("New list entries: {names}.", names="; ".join(result.created_entries)))
    if result.settings_applied:
        lines.append(_("The file's settings are now this casebook's."))
    if result.settings_kept:
        lines.append(_("This casebook already had cases, so its own settings stay: {keys}.",
                       keys=", ".join(result.settings_kept)))
    lines += [_("{ref}: {amount} is above the {limit} limit of its owner's role and the file "
                "records no manager's approval; imported as it was.", **item)
              for item in result.unapproved]
    _emit(args, data, lines)
    return 0


def _operator(book) -> str:
    """Who a script acts as: $CASEBOOK_OPERATOR, else the first manager (with PINs on, the
    first who has a PIN: it is asked), else 'import'. The name alone proves nothing: a
    manager-only command asks that manager's PIN once PINs are on (`_manager`)."""
    name = os.environ.get("CASEBOOK_OPERATOR")
    if name:
        return name
    managers = [s for s in book.staff() if s.role == "manager"]
    managers = [s for s in managers if s.pin_hash] or managers
    return managers[0].name if managers else "import"


def _manager(book, action: str):
    """A manager-only command's approval: the operator must be a manager and, with PINs
    on, types their PIN ($CASEBOOK_PIN, or asked in the terminal without echo)."""
    from casebook.core.trust import access

    operator = _operator(book)
    pin = _pin(book) if access.pins_on(book) else None
    if action == access.ERASE:
        return access.approve(book, action, by=operator, pin=pin)
    return access.approve_command(book, action, by=operator, pin=pin)


def cmd_export(args) -> int:
    from casebook.core.trust import access

    with _open(args) as book:
        approval = _manager(book, access.EXPORT)
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

    with _open(args, read_only=True) as book:
        rows = list_cases(book, status=args.status, incident=args.incident)
    _emit(args, rows, (f"{r['ref']}\t{r['state']}\t{r['received_at']}\t{r['customer']}\t"
                       f"{r['category']}\t{r['severity']}\t{r['owner']}\t"
                       f"{r['next_reply_at'] or ''}" for r in rows))
    return 0


def cmd_search(args) -> int:
    with _open(args, read_only=True) as book:
        refs = book.search(args.query)
    _emit(args, refs, refs)
    return 0


def cmd_show(args) -> int:
    from casebook.core.cases.listing import show

    from casebook.core.law import views
    from casebook.i18n.translate import current_language

    with _open(args, read_only=True) as book:
        data = show(book, args.ref)
        data["law"] = views.case_law(book, args.ref, current_language())
    if args.json:
        _emit(args, data, [])
    else:
        from casebook.core.cases.listing import show_lines

        law = views.case_lines(data["law"])
        _emit(args, data, show_lines(book_lang=args.lang, data=data)
              + ([_("By law:")] + law if law else []))
    return 0


def cmd_due(args) -> int:
    from casebook.core.law import views
    from casebook.core.time.clock import FixedClock
    from casebook.core.time.times import parse_time
    from casebook.i18n.translate import current_language

    with _open(args, read_only=True) as book:
        at = parse_time(args.at, book.tz) if args.at else book.now()
        book.clock = FixedClock(at)
        items = book.due(at)
        law = views.due_law(items, current_language())
    _emit(args, [{**d.as_json(), **law.get(d.id, {})} for d in items],
          (f"{d.due_at}\t{d.kind}\t{d.ref}\t{d.owner}"
           + (f"\t{law[d.id]['text']}" if d.id in law else "") for d in items))
    return 0


def cmd_form(args) -> int:
    from casebook.core.files import atomic_write
    from casebook.pdf.form import render

    if args.document == "receipt":
        return _receipt(args)
    if args.document != "form":
        return _letter_or_summary(args)
    with _open(args, read_only=True) as book:
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

    with _open(args, read_only=True) as book:
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


def _receipt(args) -> int:
    """The receipt for the counter, in the customer's language, on the page size of the
    settings (A4, A5 or an 80 mm roll)."""
    from casebook.core.files import atomic_write
    from casebook.pdf import receipt

    with _open(args, read_only=True) as book:
        book.get(args.ref)
        code = atomic_write(args.output, lambda out: receipt.render(book, args.ref, out,
                                                                     lang=args.lang))
    print(_("Receipt written to {path} (verification code {code}).", path=str(args.output),
            code=code))
    return 0


def cmd_config(args) -> int:
    """Read every setting, one, or change one (checked; a manager's PIN where needed)."""
    from casebook.core import config, settings
    from casebook.core.trust import access

    with _open(args) as book:
        if args.key is None:
            values = {k: v for k, v in settings.all_settings().items()
                      if k in config.SCRIPTABLE}
            _emit(args, values, (f"{k}\t{config.show(v)}" for k, v in values.items()))
            return 0
        if args.key not in settings.DEFAULTS:
            raise InvalidInput("{key} is not a setting.", key=args.key)
        if args.value is None:
            value = book.setting(args.key)
            _emit(args, {args.key: value}, [config.show(value)])
            return 0
        value = config.clean(args.key, config.parse(args.key, args.value))
        operator = _operator(book)
        action = config.approval_needed(args.key, book.setting(args.key), value,
                                        settings.all_settings())
        approval = access.approve(book, action, by=operator,
                                  pin=_pin(book) if access.pins_on(book) else None) \
            if action else None
        book.set_setting(args.key, value, by=operator, approval=approval)
        value = book.setting(args.key)
    _emit(args, {args.key: value}, [_("{key} is now {value}.", key=args.key,
                                        value=config.show(value))])
    return 0


def cmd_report(args) -> int:
    from casebook.core.reports.report_files import write
    from casebook.i18n.translate import current_language

    with _open(args, read_only=True) as book:
        written = write(book, args.date_from, args.date_to, args.output,
                        lang=args.lang or current_language())
    print(_("Report written to {path}.", path=", ".join(str(p) for p in written)))
    return 0


def cmd_backup(args) -> int:
    from casebook.core.trust import access
    from casebook.core.trust.backup import backup
    from casebook.core.time.clock import SystemClock

    target = _target(args)
    if args.output is not None:  # a copy of everything to a file of one's choosing
        _approve_whole_casebook(args, access.BACKUP)
    out = backup(target, SystemClock().now(), args.output)
    print(_("Backup written to {path}.", path=str(out)))
    return 0


def cmd_restore(args) -> int:
    from casebook.core.trust import access
    from casebook.core.trust.backup import check_backup, restore_keeping_erasures
    from casebook.core.time.clock import SystemClock

    target = _target(args)
    check_backup(Path(args.file))  # a file that is no backup is said before any PIN
    _approve_whole_casebook(args, access.RESTORE)
    kept, erased = restore_keeping_erasures(target, args.file, SystemClock().now())
    print(_("Restored {file} into {path}.", file=str(args.file), path=_shown(target)))
    if kept:
        print(_("The replaced casebook was kept as {path}.", path=str(kept)))
    if erased:
        print(ngettext("Erasures recorded in the replaced casebook were applied again: "
                       "{n} case anonymised again.",
                       "Erasures recorded in the replaced casebook were applied again: "
                       "{n} cases anonymised again.", len(erased)))
    from casebook.core.trust.verify import set_aside_backups

    aside = set_aside_backups(target, SystemClock().now())
    if aside:  # their history is the replaced casebook's, which this one does not extend
        print(_("The automatic backups of the replaced casebook were moved to {path}.",
                path=str(aside)))
    return 0


def _approve_whole_casebook(args, action: str) -> None:
    """`backup -o` and `restore`: a manager's approval before the casebook is copied out
    or replaced (both copies stay as they were: a backup equals its casebook). A casebook
    that does not exist yet, or cannot be opened at all (what a restore is for), has
    nobody to ask."""
    from casebook.core.casebook import Casebook
    from casebook.core.trust import access, portable
    from casebook.errors import KnownError

    target = _target(args)
    if isinstance(target, Path) and not target.exists():
        return
    if not isinstance(target, Path) and not portable.server_holds_a_casebook(target):
        return  # an empty database on the server: nobody to ask (restore fills it)
    try:
        book = Casebook.open(target, create=False)
    except KnownError:
        if action == access.RESTORE:
            return
        # read-only media: a backup only reads (a wrong PIN cannot be counted there, but
        # whoever holds such a medium holds a copy of the file anyway)
        book = Casebook.open(target, create=False, read_only=True)
    with book:
        if not args.lang and book.setting("language"):
            set_language(book.setting("language"))
        _manager(book, action)


def cmd_erase_customer(args) -> int:
    """Erase the personal data of a case's customer (a manager, with PINs on her PIN)."""
    from casebook.core.trust import access, privacy

    with _open(args) as book:
        book.get(args.ref)  # an unknown reference is said before any PIN is asked
        options = erasure_options(args, book, args.ref)
        approval = _manager(book, access.ERASE)
        refs = privacy.erase_customer(book, args.ref, approval=approval, **options)
    print(ngettext("The customer's personal data was erased from {n} case.",
                   "The customer's personal data was erased from {n} cases.", len(refs)))
    print(", ".join(refs))
    report_erasure(refs)
    return 0


# ------------------------------------- an erasure's choices (for `erase-customer`, #13)
def add_erasure_options(p: argparse.ArgumentParser) -> None:
    """What an erasure offers besides the case's customer: other records of the same
    person, and the automatic backups."""
    p.add_argument("--include", type=int, action="append", default=[], metavar="CUSTOMER",
                   help="also erase this customer record, listed as the same person")
    p.add_argument("--include-all", action="store_true",
                   help="also erase every customer record listed as the same person")
    p.add_argument("--scrub-backups", action="store_true",
                   help="rewrite the automatic backups without the customer too")


def erasure_options(args, book, ref: str) -> dict:
    """`erase_customer`'s keyword arguments from the options. The records that look like
    the same person and are left out are listed, so the manager sees them."""
    from casebook.core.trust import privacy

    found = privacy.lookalikes(book, ref)
    offered = [item["id"] for item in found]
    include = offered if args.include_all else list(dict.fromkeys(args.include))
    unknown = sorted(set(include) - set(offered))
    if unknown:
        raise InvalidInput("Customer {id} does not look like the customer of this case; "
                           "without --include the records that do are listed.",
                           id=unknown[0])
    for item in found:
        if item["id"] not in include:
            details = ", ".join(v for v in (item["name"], item["phone"], item["email"]) if v)
            print(_("Looks like the same person, not included (add --include {id}): "
                    "{details}; cases {refs}.", id=item["id"], details=details,
                    refs=", ".join(item["cases"]) or "-"))
    return {"include": include, "scrub_backups": args.scrub_backups}


def report_erasure(result) -> None:
    """What an erasure did besides the cases (the automatic backups, and a reader that
    kept the write-ahead log), one line each."""
    if getattr(result, "backups", None):
        print(ngettext("{n} automatic backup was rewritten without the customer.",
                       "{n} automatic backups were rewritten without the customer.",
                       len(result.backups)))
    for line in getattr(result, "notices", []):
        print(line)


def cmd_verify(args) -> int:
    from casebook.core.trust.verify import backups_of, verify

    from casebook.errors import StorageError

    for path in args.against:
        if not path.is_file():
            raise StorageError("Cannot read {path}: {reason}.", path=str(path),
                               reason=os.strerror(2))  # a one-line message, not a finding
    with _open(args, read_only=True) as book:
        problems = verify(book.db, backups=backups_of(_target(args)) + list(args.against))
    _emit(args, {"ok": not problems, "problems": problems},
          problems or [_("All checks passed: database intact, audit chain unbroken, "
                         "signed cases unchanged.")])
    return 2 if problems else 0


def cmd_selftest(args) -> int:
    from casebook.selftest import run

    return run(print)


COMMANDS = {
    "selftest": cmd_selftest,
    "demo": cmd_demo, "import": cmd_import, "export": cmd_export, "list": cmd_list,
    "search": cmd_search, "show": cmd_show, "due": cmd_due, "form": cmd_form,
    "report": cmd_report, "backup": cmd_backup, "restore": cmd_restore, "verify": cmd_verify,
    "config": cmd_config, "erase-customer": cmd_erase_customer,
}

if __name__ == "__main__":
    sys.exit(main())

