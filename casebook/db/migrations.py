"""Numbered, frozen migrations; the schema version lives in `PRAGMA user_version`.

Each migration runs in its own transaction, so an interrupted upgrade leaves
the previous version intact. A migration, once released, is never edited:
later changes are new numbers. PostgreSQL has no user_version, so there the
version is kept in the `setting` table under `schema_version`.
"""

from __future__ import annotations

import logging

from peewee import Database, SqliteDatabase

from casebook.db import models, search

log = logging.getLogger("casebook.db")


def _v1_initial(db: Database) -> None:
    db.create_tables(models.TABLES, safe=True)
    search.create_index(db)


def _v2_pause_deadlines(db: Database) -> None:
    """Resolution targets pause while the case waits on the customer; a case's own
    deadlines are found by index (the case list asks for each row's next reply)."""
    from playhouse.migrate import SchemaMigrator, migrate

    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_case_id_kind_state" '
                   'ON "deadline" ("case_id", "kind", "state")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_owner_id_state_due_at" '
                   'ON "deadline" ("owner_id", "state", "due_at")')
    if "paused_at" in {c.name for c in db.get_columns("deadline")}:
        return  # a casebook created since: the first migration made today's tables
    migrate(SchemaMigrator.from_database(db).add_column(
        "deadline", "paused_at", models.UTCDateTimeField(null=True)))


def _v3_pin_attempts(db: Database) -> None:
    """Wrong PINs are counted per member of staff, so each one waits longer than the last."""
    from playhouse.migrate import SchemaMigrator, migrate

    have = {c.name for c in db.get_columns("staff")}
    if "pin_failures" not in have:
        # plain SQL: a NOT NULL column with a default needs no table rebuild (SQLite and
        # PostgreSQL alike), and a rebuild of `staff` would trip the foreign keys on it
        db.execute_sql('ALTER TABLE "staff" ADD COLUMN "pin_failures" INTEGER NOT NULL '
                       'DEFAULT 0')
    if "pin_failed_at" not in have:
        migrate(SchemaMigrator.from_database(db).add_column(
            "staff", "pin_failed_at", models.UTCDateTimeField(null=True)))


def _v4_cases_by_person_and_state(db: Database) -> None:
    """The case list sorted by customer or owner within a quick filter walks the person's
    name index and finds each person's cases in that state from the index alone, without
    reading the case rows: the middle of 75,000 closed cases by customer in 60 ms, not 310.
    The overdue and due-today filters find the cases of late deadlines the same way."""
    db.execute_sql('CREATE INDEX IF NOT EXISTS "case_customer_id_state" '
                   'ON "case" ("customer_id", "state")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "case_owner_id_state" '
                   'ON "case" ("owner_id", "state")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_state_due_at_case_id" '
                   'ON "deadline" ("state", "due_at", "case_id")')


def _v5_law(db: Database) -> None:
    """Deadlines set by law: the remedy sought as a code, the amount in dispute, what the
    case is about and how it was sold, when the goods changed hands, the rule a
    statutory deadline follows, and an index to find missed ones for the managers."""
    from playhouse.migrate import SchemaMigrator, migrate

    texts = {"case": (("about", 20), ("sale", 20), ("hear_remedy_type", 20),
                      ("hear_amount", 40)),
             "deadline": (("rule", 80),)}
    for table, columns in texts.items():
        have = {c.name for c in db.get_columns(table)}
        for name, length in columns:
            if name not in have:  # a casebook created since has today's tables already
                # NOT NULL with a default: no table rebuild on SQLite or PostgreSQL
                db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}" '
                               f"VARCHAR({length}) NOT NULL DEFAULT ''")
    have = {c.name for c in db.get_columns("case")}
    for name in ("ask_delivered_at", "ask_returned_at"):
        if name not in have:
            migrate(SchemaMigrator.from_database(db).add_column(
                "case", name, models.UTCDateTimeField(null=True)))
    # a manager's due list adds the missed statutory terms of everyone: found by kind
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_kind_state_due_at" '
                   'ON "deadline" ("kind", "state", "due_at")')


def _incidents_and_merges(db: Database) -> None:
    """Incidents group the cases one event causes; merged cases' references redirect.

    Self-contained: the tables as this version declares them, and the case's link as a
    plain nullable column (no table rebuild, the same SQL on SQLite and PostgreSQL)."""
    db.create_tables([models.Incident, models.IncidentAction, models.MergedCase], safe=True)
    if "incident_id" not in {c.name for c in db.get_columns("case")}:
        db.execute_sql('ALTER TABLE "case" ADD COLUMN "incident_id" INTEGER')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "case_incident_id" ON "case" ("incident_id")')


MIGRATIONS = [_v1_initial, _v2_pause_deadlines, _v3_pin_attempts,
              _v4_cases_by_person_and_state, _v5_law, _incidents_and_merges]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(db: Database) -> int:
    if isinstance(db, SqliteDatabase):
        return db.execute_sql("PRAGMA user_version").fetchone()[0]
    if not db.table_exists("setting"):
        return 0
    row = models.Setting.get_or_none(models.Setting.key == "schema_version")
    return int(row.value) if row else 0


def _set_version(db: Database, version: int) -> None:
    if isinstance(db, SqliteDatabase):
        db.execute_sql(f"PRAGMA user_version = {int(version)}")
    else:
        models.Setting.replace(key="schema_version", value=version).execute()


def migrate(db: Database) -> int:
    """Bring the schema up to SCHEMA_VERSION; return the version found."""
    found = current_version(db)
    if found > SCHEMA_VERSION:
        from casebook.errors import StorageError

        raise StorageError("This casebook was written by a newer version of Casebook (schema "
                           "{found}, this version reads up to {known}). It was not changed.",
                           found=found, known=SCHEMA_VERSION)
    for number in range(found + 1, SCHEMA_VERSION + 1):
        log.info("migrating schema to version %d", number)
        with db.atomic():
            MIGRATIONS[number - 1](db)
            _set_version(db, number)
    return found
