"""`casebook verify`: is the file intact, the audit chain unbroken, every signature honest?

Three checks, each naming exactly what fails: SQLite's own integrity check;
the hash chain of the audit log; and for each signed case, that the frozen
signed content still matches its hash and that every difference between it
and the case as it stands now is covered by a logged amendment.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

from peewee import Database, DatabaseError, SqliteDatabase

from casebook.core.cases import document
from casebook.db import audit
from casebook.db.models import Amendment, Case


def integrity(db: Database) -> list[str]:
    if not isinstance(db, SqliteDatabase):
        return []
    try:
        rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    except DatabaseError as exc:  # damaged beyond what the check itself can walk
        return [f"database: {exc}"]
    return [] if rows == ["ok"] else [f"database: {r}" for r in rows]


def signed_cases() -> list[str]:
    problems = []
    names = document.staff_names()
    for case in Case.select().where(Case.signed_at.is_null(False)).iterator():
        digest = hashlib.sha256(case.signed_content.encode("utf-8")).hexdigest()
        if digest != case.signed_hash:
            problems.append(f"case {case.ref}: the signed content does not match its hash")
            continue
        signed = document.flatten_all(json.loads(case.signed_content))
        now = document.flatten_all(document.signable(document.to_doc(case, names=names)))
        amended = {}
        for a in case.amendments.order_by(Amendment.id):
            amended[a.field] = a.after
        for path in sorted(set(signed) | set(now)):
            if signed.get(path) == now.get(path):
                continue
            if path in amended and amended[path] == now.get(path):
                continue
            problems.append(f"case {case.ref}: {path} differs from what the customer signed "
                            "and no amendment records it")
    return problems


def verify(db: Database) -> list[str]:
    """Everything wrong with the casebook, one line each; empty when all is well."""
    problems = integrity(db)
    try:
        return problems + audit.verify_chain() + signed_cases()
    # a damaged file is a finding to report, not a crash (a cursor that meets a damaged page
    # while iterating raises sqlite3's own error, not peewee's)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        return problems or [f"database: {exc}"]
