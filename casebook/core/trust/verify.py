"""`casebook verify`: is the file intact, the audit chain unbroken, every signature honest?

Five checks, each naming exactly what fails: SQLite's own integrity check;
the hash chain of the audit log; for each signed case, that the frozen signed
content still matches its hash and that every difference between it and the
case as it stands now is covered by a logged amendment; the replay of the log
(every case, deadline, member of staff and setting as its last audit entry
recorded it, `replay_problems`); and the anchors: the log must extend the log
of every backup of the casebook that is given (`anchor_problems`).

What this cannot catch: someone who rewrites the log *and* every state it
records, consistently, after the newest backup they could not also rewrite
(README, "What verify proves").
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from peewee import JOIN, Database, DatabaseError, SqliteDatabase

from casebook.core.cases import document
from casebook.db import audit, replay, streaming
from casebook.db.connection import is_sqlite
from casebook.db.models import Amendment, AuditEntry, Case, Customer
from casebook.i18n.translate import N_, _

ERASED = "[erased]"  # what an erasure writes in place of personal data (privacy.MARKER)

# Findings are in the reader's language; references, names, codes and values are data.
STAFF_FIELDS = (
    ("role", N_("staff {name}: role is {now}, audit entry {entry} recorded {then}")),
    ("active", N_("staff {name}: active is {now}, audit entry {entry} recorded {then}")),
    ("pin", N_("staff {name}: PIN set is {now}, audit entry {entry} recorded {then}")),
    ("failures", N_("staff {name}: wrong PINs in a row is {now}, audit entry {entry} "
                    "recorded {then}")),
)
BACKUP_ENTRY_MISSING = N_("audit entry {entry} ({ref}, {action}) of backup {name} is missing "
                          "from the casebook's log: history older than the backup was "
                          "deleted or rewritten")
BACKUP_ENTRY_DIFFERS = N_("audit entry {entry} ({ref}, {action}) of backup {name} differs in "
                          "the casebook's log: history older than the backup was deleted or "
                          "rewritten")


def integrity(db: Database) -> list[str]:
    if not isinstance(db, SqliteDatabase):
        return []
    try:
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    except DatabaseError as exc:  # damaged beyond what the check itself can walk
        return [_("database: {problem}", problem=str(exc))]
    return [] if rows == ["ok"] else [_("database: {problem}", problem=r) for r in rows]


def signed_cases() -> list[str]:
    """Each signed case, a bundle at a time in order of id: its signed content must match
    its hash, and differ from the case as it stands only where an amendment says so."""
    problems = []
    names = document.staff_names()
    for case in _signed():
        digest = hashlib.sha256(case.signed_content.encode("utf-8")).hexdigest()
        if digest != case.signed_hash:
            problems.append(_("case {ref}: the signed content does not match its hash",
                              ref=case.ref))
            continue
        signed = document.flatten_all(json.loads(case.signed_content))
        now = document.flatten_all(document.signable(document.to_doc(case, names=names)))
        amended = None  # read when something differs
        for path in sorted(set(signed) | set(now)):
            if signed.get(path) == now.get(path):
                continue
            if amended is None:
                amended = {}
                for a in case.amendments.order_by(Amendment.id):
                    amended[a.field] = a.after
            if path in amended and amended[path] == now.get(path):
                continue
            problems.append(_("case {ref}: {path} differs from what the customer signed and "
                              "no amendment records it", ref=case.ref, path=path))
    return problems


def _signed(size: int = replay.BATCH):
    """The signed cases with their customers, read `size` at a time (a client's cursor on
    PostgreSQL would otherwise fetch every one of them at once)."""
    query = (Case.select(Case, Customer)
             .join(Customer, JOIN.LEFT_OUTER, on=(Case.customer == Customer.id))
             .order_by(Case.id))
    return streaming.in_bundles(query, Case.id, size=size,
                                where=Case.signed_at.is_null(False))


# ------------------------------------------------------------------ the replay
def replay_problems() -> list[str]:
    """Every case, member of staff and setting must be as the last audit entry that
    recorded its state says (schema 8). A log whose first entry records a state was kept
    so from the start: then a case, member of staff or setting that no entry records was
    added behind the app's back too. In a log begun by an older version, only what an
    entry has recorded since is compared (the rest was last changed before).

    Cases are compared in order of reference, a bundle at a time, the log's records of
    them sorted by the database (issue #16: a million cases within 500 MB): what is held
    at once does not grow with the number of cases."""
    db = AuditEntry._meta.database.obj
    first = (AuditEntry.select(AuditEntry.replay.is_null(False)).order_by(AuditEntry.id)
             .limit(1).scalar())
    whole = bool(first)  # does the log's first entry record a state?
    problems = []
    for ref, recorded, current in _merged(_last_recorded(db), replay.case_states_by_ref()):
        if recorded is _NONE:
            if whole:
                problems.append(_("case {ref}: no audit entry records it (it was added "
                                  "behind the app's back)", ref=ref))
            continue
        problems += _case_problems(ref, *recorded, None if current is _NONE else current)
    staff = _recorded_small(db, "staff")
    members = replay.staff_states()
    for name in sorted(set(staff) | (set(members) if whole else set())):
        if name not in staff:
            problems.append(_("staff {name}: no audit entry records this member of staff "
                              "(added behind the app's back)", name=name))
            continue
        state, entry_id = staff[name]
        current = members.get(name)
        if state is None or current is None:
            if state != current:
                problems.append(_("staff {name}: differs from what audit entry {entry} "
                                  "recorded", name=name, entry=entry_id))
            continue
        for key, message in STAFF_FIELDS:
            if current.get(key) != state.get(key):
                problems.append(_(message, name=name, now=_shown(current.get(key)),
                                  entry=entry_id, then=_shown(state.get(key))))
    settings = _recorded_small(db, "settings")
    stored = replay.setting_values()
    for key in sorted(set(settings) | (set(stored) if whole else set())):
        value, entry_id = settings.get(key, (None, None))
        if stored.get(key) == value:
            continue
        if entry_id is None:
            problems.append(_("setting {key}: no audit entry records its value {value} "
                              "(set behind the app's back)",
                              key=key, value=_shown(stored.get(key))))
        else:
            problems.append(_("setting {key}: is {now}, audit entry {entry} recorded {then}",
                              key=key, now=_shown(stored.get(key)), entry=entry_id,
                              then=_shown(value)))
    return problems + erasure_problems()


def _case_problems(ref: str, state, entry_id: int, current) -> list[str]:
    """A case as it is (`current`, None when gone) against the state `entry_id` recorded."""
    if state is None and current is not None:
        return [_("case {ref}: audit entry {entry} records it deleted, yet it is there (it "
                  "was put back behind the app's back)", ref=ref, entry=entry_id)]
    if state is not None and current is None:
        return [_("case {ref}: it is gone, but no audit entry records its deletion (the "
                  "last, {entry}, records it as it was)", ref=ref, entry=entry_id)]
    problems = []
    if state is not None:
        if current[0] != state[0]:
            problems.append(_("case {ref}: its fields differ from what audit entry {entry} "
                              "recorded (changed behind the app's back)",
                              ref=ref, entry=entry_id))
        if current[1] != state[1]:
            problems.append(_("case {ref}: its deadlines differ from what audit entry "
                              "{entry} recorded (a due time or state changed behind the "
                              "app's back)", ref=ref, entry=entry_id))
        if current[2:] != state[2:]:
            problems.append(_("case {ref}: its actions, questions or amendments differ from "
                              "what audit entry {entry} recorded (changed behind the app's "
                              "back)", ref=ref, entry=entry_id))
    return problems


_NONE = object()  # not in that stream


def _merged(recorded, current):
    """(ref, (state, entry id) or _NONE, digests or _NONE) for every reference in either
    stream, in order; both streams come in order of reference, each reference once."""
    a, b = next(recorded, None), next(current, None)
    while a is not None or b is not None:
        if b is None or (a is not None and a[0] < b[0]):
            yield a[0], a[1], _NONE
            a = next(recorded, None)
        elif a is None or b[0] < a[0]:
            yield b[0], _NONE, b[1]
            b = next(current, None)
        else:
            yield a[0], a[1], b[1]
            a, b = next(recorded, None), next(current, None)


def _last_recorded(db):
    """(ref, (state, entry id)) of the last entry that recorded each case, in order of
    reference: the database takes each case a record names out of the entries and sorts
    them (on disk past its cache), so the log is walked once and nothing of it is held."""
    table = AuditEntry._meta.table_name
    if is_sqlite(db):
        sql = (f'SELECT j."key", a."id", json_quote(j."value") FROM "{table}" AS a, '
               "json_each(a.\"replay\", '$.cases') AS j "
               "WHERE json_type(a.\"replay\", '$.cases') = 'object' "
               'ORDER BY j."key", a."id"')
    else:
        sql = (f'SELECT j."key", a."id", j."value"::text FROM "{table}" AS a, '
               "jsonb_each(a.\"replay\"::jsonb -> 'cases') AS j "
               "WHERE jsonb_typeof(a.\"replay\"::jsonb -> 'cases') = 'object' "
               f'ORDER BY j."key"{streaming.by_ref(db)}, a."id"')
    last = None
    for ref, entry_id, text in streaming.rows(db, sql):
        if last is not None and last[0] != ref:
            yield last
        last = (ref, (json.loads(text), entry_id))
    if last is not None:
        yield last


def _recorded_small(db, section: str) -> dict:
    """{name: (state, entry id)} of the last entry that recorded each member of staff or
    setting (few: held whole)."""
    table = AuditEntry._meta.table_name
    if is_sqlite(db):
        sql = (f"SELECT \"id\", json_extract(\"replay\", '$.{section}') FROM \"{table}\" "
               f"WHERE json_type(\"replay\", '$.{section}') = 'object' ORDER BY \"id\"")
    else:
        sql = (f"SELECT \"id\", (\"replay\"::jsonb -> '{section}')::text FROM \"{table}\" "
               f"WHERE jsonb_typeof(\"replay\"::jsonb -> '{section}') = 'object' "
               'ORDER BY "id"')
    found = {}
    for entry_id, text in streaming.rows(db, sql):
        for name, state in json.loads(text).items():
            found[name] = (state, entry_id)
    return found


def _shown(value) -> str:
    if value is None:
        return _("none")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return value if isinstance(value, str) else audit.canonical(value)


def erasure_problems() -> list[str]:
    """An erase entry vouches for rewritten entries; one whose customer was never erased
    is a forgery (made to pass an edited entry off as an erasure)."""
    problems = []
    for entry in AuditEntry.select().where(AuditEntry.action == audit.REDACTION):
        case = Case.get_or_none(Case.ref == entry.case_ref)
        if case is None or case.customer_id is None:
            continue  # deleted since: nothing left to compare
        customer = Customer.get_or_none(Customer.id == case.customer_id)
        if customer is not None and not customer.erased:
            problems.append(_("audit entry {entry} ({ref}, {action}): the customer of case "
                              "{ref} was never erased (a forged erasure)",
                              entry=entry.id, ref=entry.case_ref, action=entry.action))
    return problems


# ------------------------------------------------------------------ the anchors
ANCHOR_TABLE = "backup_anchor"


def record_anchor(conn: sqlite3.Connection) -> tuple[int, str]:
    """Write into a finished backup (an sqlite3 connection to it) how long its audit log
    is and the hash of its last entry; returns them."""
    count, head = conn.execute(
        'SELECT count(*), (SELECT "hash" FROM "audit_entry" ORDER BY "id" DESC LIMIT 1) '
        'FROM "audit_entry"').fetchone()
    head = head or audit.GENESIS
    conn.execute(f'CREATE TABLE IF NOT EXISTS "{ANCHOR_TABLE}" '
                 '("entries" INTEGER NOT NULL, "head" TEXT NOT NULL)')
    conn.execute(f'DELETE FROM "{ANCHOR_TABLE}"')
    conn.execute(f'INSERT INTO "{ANCHOR_TABLE}" ("entries", "head") VALUES (?, ?)',
                 (count, head))
    conn.commit()
    return count, head


class Backup:
    """The audit log of one backup file, as it was written (read-only): how long it is and
    its last hash are read at once, its entries one bundle at a time (`rows`)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = self.path.name
        conn = self._connect()
        try:
            self.count, head = conn.execute(
                'SELECT count(*), (SELECT "hash" FROM "audit_entry" ORDER BY "id" DESC '
                'LIMIT 1) FROM "audit_entry"').fetchone()
            self.head = head or audit.GENESIS
            try:
                self.anchor = conn.execute(
                    f'SELECT "entries", "head" FROM "{ANCHOR_TABLE}"').fetchone()
            except sqlite3.OperationalError:  # a backup made before anchors were recorded
                self.anchor = None
        finally:
            conn.close()

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)

    def rows(self):
        """(id, hash, case reference, action, changes as JSON text) of each entry, in order."""
        conn = self._connect()
        try:
            yield from conn.execute('SELECT "id", "hash", "case_ref", "action", "changes" '
                                    'FROM "audit_entry" ORDER BY "id"')
        finally:
            conn.close()


def anchor_problems(files, *, erased: set[int] | None = None) -> list[str]:
    """The casebook's log must begin with every given backup's log, entry for entry:
    history older than a backup cannot be deleted or re-chained unseen. `erased`: the
    entries an erasure vouches for (`audit.check_chain`; checked here when not given).
    Both logs are walked side by side: neither is held."""
    files = list(files)
    if not files:
        return []
    if erased is None:
        erased = audit.check_chain()[1]
    problems = []
    for path in files:
        try:
            backup = Backup(path)
            problems += _against(backup, erased)
        except (OSError, sqlite3.Error) as exc:
            problems.append(_("backup {name}: cannot be read ({reason})",
                              name=Path(path).name, reason=str(exc)))
    return problems


def _current_log():
    """(id, hash) of each of the casebook's audit entries, in order."""
    db = AuditEntry._meta.database.obj
    return streaming.rows(
        db, f'SELECT "id", "hash" FROM "{AuditEntry._meta.table_name}" ORDER BY "id"')


def _against(backup: Backup, erased: set) -> list[str]:
    problems = []
    if backup.anchor is not None and tuple(backup.anchor) != (backup.count, backup.head):
        problems.append(_("backup {name}: its audit log was changed after it was taken "
                          "(it recorded {recorded} entries, it holds {held})",
                          name=backup.name, recorded=backup.anchor[0], held=backup.count))
    current = _current_log()
    rewritten = []  # entries an erasure rewrote since the backup (compared while in step)
    differs = None
    later_refs: set[str] = set()  # the backup's cases from the first difference on
    for entry_id, digest, ref, action, text in backup.rows():
        if differs is None:
            now = next(current, None)
            if now is not None and now[1] == digest:
                if now[0] in erased:
                    rewritten += _erasure_against(backup, now[0], ref, action, text)
                continue
            message = BACKUP_ENTRY_MISSING if now is None else BACKUP_ENTRY_DIFFERS
            differs = _(message, entry=entry_id, ref=ref or "-", action=action,
                        name=backup.name)
        if ref:
            later_refs.add(ref)
    current.close()
    if differs is None:
        return problems + rewritten
    gone = sorted(later_refs - _logged_refs(later_refs))
    return problems + [differs] + [
        _("case {ref}: its audit entries in backup {name} are gone from the casebook's log",
          ref=r, name=backup.name) for r in gone]


def _logged_refs(refs: set[str]) -> set[str]:
    """Those of `refs` that some entry of the casebook's log names as its case."""
    refs, found = sorted(refs), set()
    for start in range(0, len(refs), replay.BATCH):
        found.update(r for (r,) in AuditEntry.select(AuditEntry.case_ref).distinct().where(
            AuditEntry.case_ref << refs[start:start + replay.BATCH]).tuples())
    return found


def _erasure_against(backup: Backup, entry_id: int, ref: str, action: str,
                     text: str) -> list[str]:
    """An entry an erasure rewrote since the backup may differ from the backup's copy
    (`text`) only where the erasure wrote its marker."""
    now = AuditEntry.get_by_id(entry_id)
    if _only_erased(json.loads(text), now.changes):
        return []
    return [_("audit entry {entry} ({ref}, {action}): differs from backup {name} by more "
              "than an erasure writes (the erase entry that vouches for it is forged)",
              entry=entry_id, ref=ref or "-", action=action, name=backup.name)]


def _only_erased(before, after) -> bool:
    if before == after:
        return True
    if isinstance(before, dict) and isinstance(after, dict):
        return before.keys() == after.keys() and all(
            _only_erased(before[k], after[k]) for k in before)
    if isinstance(before, list) and isinstance(after, list):
        return len(before) == len(after) and all(
            _only_erased(b, a) for b, a in zip(before, after))
    return isinstance(before, str) and isinstance(after, str) and ERASED in after


def set_aside_backups(location, now) -> Path | None:
    """After a restore: the automatic backups hold the replaced casebook's history, which
    the restored one does not extend. They are kept, in a folder of their own beside
    (`before-restore-<UTC time>`), where `verify` no longer takes them for this casebook's.
    Returns that folder, or None when there were none."""
    from casebook.core.trust.backup import _stamp, auto_backups, auto_dir
    from casebook.db.connection import is_server_url

    if is_server_url(location):
        return None
    found = auto_backups(Path(location))
    if not found:
        return None
    aside = auto_dir(Path(location)) / f"before-restore-{_stamp(now)}"
    aside.mkdir(mode=0o700, exist_ok=True)
    for path in found:
        path.replace(aside / path.name)
    return aside


def backups_of(location) -> list[Path]:
    """The automatic backups of a casebook file (a server's casebook has none)."""
    from casebook.core.trust.backup import auto_backups
    from casebook.db.connection import is_server_url

    if is_server_url(location):
        return []
    return auto_backups(Path(location))


def verify(db: Database, *, backups=()) -> list[str]:
    """Everything wrong with the casebook, one line each; empty when all is well.
    `backups`: backup files of this casebook its log must extend."""
    problems = integrity(db)
    try:
        chain, erased = audit.check_chain()
        return (problems + chain + signed_cases() + replay_problems()
                + anchor_problems(backups, erased=erased))
    # a damaged file is a finding to report, not a crash (a cursor that meets a damaged page
    # while iterating raises sqlite3's own error, not peewee's)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        return problems or [_("database: {problem}", problem=str(exc))]
