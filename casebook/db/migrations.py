"""Numbered, frozen migrations; the schema version lives in `PRAGMA user_version`.

Each migration runs in its own transaction, so an interrupted upgrade leaves
the previous version intact (PostgreSQL's DDL is transactional too, and desks
that start a new Casebook at once take turns: the first migrates). A migration,
once released, is never edited: later changes are new numbers. PostgreSQL has no user_version, so there the
version is kept in the `setting` table under `schema_version`.
"""

from __future__ import annotations

import logging

from peewee import Database, SqliteDatabase

from casebook import without_server_driver
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


def _v6_incidents(db: Database) -> None:
    """Incidents group the cases one event causes; merged cases' references redirect.

    Self-contained: the tables as this version declares them, and the case's link as a
    plain nullable column (no table rebuild, the same SQL on SQLite and PostgreSQL)."""
    db.create_tables([models.Incident, models.IncidentAction, models.MergedCase], safe=True)
    if "incident_id" not in {c.name for c in db.get_columns("case")}:
        db.execute_sql('ALTER TABLE "case" ADD COLUMN "incident_id" INTEGER')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "case_incident_id" ON "case" ("incident_id")')



def _v7_desks_share_a_casebook(db: Database) -> None:
    """Several desks, one casebook. Every case carries a version that each change raises,
    so a save made on a case another desk changed since it was opened is refused, not
    written over it. On PostgreSQL text compares as code points, as SQLite compares it,
    whatever the database's locale: a search prefix is one range of the token index, and
    the case list sorted by the server (paging through many cases) is in the order of
    one sorted in memory (a few). Every audit entry tells the other desks which cases
    changed (NOTIFY, delivered on commit)."""
    if "version" not in {c.name for c in db.get_columns("case")}:
        db.execute_sql('ALTER TABLE "case" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0')
    if isinstance(db, SqliteDatabase):
        return
    tables = ("setting", "list_entry", "staff", "customer", "case", "question", "action",
              "amendment", "attachment", "deadline", "audit_entry", "search_term",
              "incident", "incident_action", "merged_case")
    columns = db.execute_sql(
        "SELECT table_name, column_name, data_type, character_maximum_length "
        "FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = ANY(%s) AND data_type IN ('character varying', 'text') "
        "AND collation_name IS DISTINCT FROM 'C'", (list(tables),)).fetchall()
    for table, column, kind, length in columns:
        kind = "TEXT" if kind == "text" else f"VARCHAR({length})" if length else "VARCHAR"
        db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {kind} '
                       'COLLATE "C"')
    # Search walks the newest cases and asks of each whether it holds a term, when the
    # term is common (a case and a term: one probe of this index), or reads a rare
    # term's cases from its own index; finer statistics let the planner tell them apart.
    db.execute_sql('DROP INDEX IF EXISTS "search_term_case_id"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "search_term_case_id_term" '
                   'ON "search_term" ("case_id", "term")')
    db.execute_sql('ALTER TABLE "search_term" ALTER COLUMN "term" SET STATISTICS 1000')
    # The case list pages through cases in (sort column, id) order. Every SQLite index
    # ends in the row id, so it walks one of them and reads nothing else; a server's
    # index holds only the columns named, so each is made to end in the id (the middle
    # of 100,000 cases by date: 3 s of row reads before, an index-only walk after).
    for table, columns in (("case", ("received_at",)), ("case", ("category",)),
                           ("case", ("severity",)), ("case", ("state",)),
                           ("case", ("customer_id",)), ("case", ("owner_id",)),
                           ("case", ("customer_id", "state")), ("case", ("owner_id", "state")),
                           ("customer", ("name",))):
        name = f"{table}_{'_'.join(columns)}"
        keys = ", ".join(f'"{c}"' for c in (*columns, "id"))
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}_id" ON "{table}" ({keys})')
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    # the quick filters of cases not closed (overdue, due today, major unreported) start
    # from these 10 % of the cases instead of reading every case row
    db.execute_sql('CREATE INDEX IF NOT EXISTS "case_not_closed" ON "case" ("id") '
                   "WHERE \"state\" <> 'closed'")
    db.execute_sql("""
        CREATE OR REPLACE FUNCTION casebook_changed() RETURNS trigger AS $$
        DECLARE refs text;
        BEGIN
            -- one notice per statement: the changed cases, or '*' when there are many
            SELECT CASE WHEN count(*) > 50 THEN '*'
                        ELSE string_agg(DISTINCT case_ref, ' ') END
              INTO refs FROM fresh;
            PERFORM pg_notify('casebook', coalesce(refs, ''));
            RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    db.execute_sql('DROP TRIGGER IF EXISTS "audit_entry_changed" ON "audit_entry"')
    db.execute_sql('CREATE TRIGGER "audit_entry_changed" AFTER INSERT ON "audit_entry" '
                   'REFERENCING NEW TABLE AS fresh FOR EACH STATEMENT '
                   'EXECUTE FUNCTION casebook_changed()')



def _v8_audit_replay(db: Database) -> None:
    """Each action's last audit entry records the state it left behind (db/replay.py), so
    `casebook verify` names a case, member of staff or setting changed behind the app's
    back. Entries written before stay as they were (no state: nothing to compare)."""
    if "replay" not in {c.name for c in db.get_columns("audit_entry")}:
        db.execute_sql('ALTER TABLE "audit_entry" ADD COLUMN "replay" TEXT')


def _v9_slim(db: Database) -> None:
    """Big casebooks: the due list reads a partial index over the open deadlines (a few
    thousand among a million done ones; the states are literals in the query, as here),
    in due order, with what it filters on, so counting them reads the index alone; one
    such index per owner for a person's own list. Indexes that repeat the start of a
    wider one are dropped (the wider one serves every query they did). The file shrinks:
    signed content is kept deflated, and the search index keeps no copy of its text."""
    open_states = "WHERE \"state\" IN ('pending', 'missed')"
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_open_due_at" ON "deadline" '
                   '("due_at", "id", "snoozed_until", "paused_at", "state", "case_id") '
                   f"{open_states}")
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_open_owner_id_due_at" ON "deadline" '
                   '("owner_id", "due_at", "id", "snoozed_until", "paused_at", "state") '
                   f"{open_states}")
    for name in ("deadline_state_due_at",  # (state, due_at, case_id)
                 "deadline_case_id",  # (case_id, kind, state)
                 "deadline_owner_id",  # (owner_id, state, due_at)
                 "case_customer_id",  # (customer_id, state); a server's went in schema 7
                 "case_owner_id",  # (owner_id, state)
                 # the late deadlines of the case list's filters (schema 4) and a person's
                 # due list (schema 2) are the open ones: the partial indexes above
                 "deadline_state_due_at_case_id", "deadline_owner_id_state_due_at"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    _pack_signed_content(db)
    if isinstance(db, SqliteDatabase) and not search.is_contentless(db):
        _contentless_index(db)


def _pack_signed_content(db: Database) -> None:
    """What a customer signed is kept deflated (models.PackedTextField): a third of it."""
    if not isinstance(db, SqliteDatabase):
        # a server's column becomes bytes; the text in it reads as it was
        kind = db.execute_sql(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = 'case' AND column_name = 'signed_content'"
        ).fetchone()[0]
        if kind != "bytea":
            db.execute_sql('ALTER TABLE "case" ALTER COLUMN "signed_content" TYPE bytea '
                           "USING convert_to(\"signed_content\", 'UTF8')")
        return
    field = models.Case.signed_content
    cursor = db.execute_sql('SELECT "id", "signed_content" FROM "case" '
                            "WHERE typeof(\"signed_content\") = 'text' "
                            "AND \"signed_content\" <> ''")
    while rows := cursor.fetchmany(2000):
        db.cursor().executemany('UPDATE "case" SET "signed_content" = ? WHERE "id" = ?',
                                [(field.db_value(text), cid) for cid, text in rows])


def _contentless_index(db: Database) -> None:
    """The search index without its own copy of the tokens and without prefix indexes
    (search.create_index): the same tokens, moved case by case into the new table."""
    new = f"{search.FTS_TABLE}_v8"
    db.execute_sql(f"DROP TABLE IF EXISTS {new}")
    search.create_index(db, new)
    db.execute_sql(f'CREATE TABLE IF NOT EXISTS "{search.TERMS_TABLE}" '
                   '("id" INTEGER PRIMARY KEY, "terms" BLOB NOT NULL)')  # until schema 10
    cursor = db.execute_sql(f"SELECT rowid, body FROM {search.FTS_TABLE}")
    while rows := cursor.fetchmany(2000):
        db.cursor().executemany(f"INSERT INTO {new}(rowid, body) VALUES (?, ?)", rows)
        db.cursor().executemany(f'INSERT INTO "{search.TERMS_TABLE}" ("id", "terms") '
                                "VALUES (?, ?)", [(i, search.pack(b)) for i, b in rows])
    db.execute_sql(f"DROP TABLE {search.FTS_TABLE}")
    db.execute_sql(f"ALTER TABLE {new} RENAME TO {search.FTS_TABLE}")



def _v10_slimmer(db: Database) -> None:
    """A smaller file. Each distinct attached file is stored once, found by its SHA-256 as
    32 bytes (`attachment_blob`); attachments name it instead of holding their own bytes
    and hex digest. The search index keeps no token positions and no prefix index, and
    each case's token list gives way to a digest of it (db/search.py). The manager's
    missed statutory terms are found in an index of the deadlines set by law alone (a
    few among a million), not one over every deadline; the indexes of who a row names
    among the staff go."""
    db.create_tables([models.AttachmentBlob], safe=True)
    have = {c.name for c in db.get_columns("attachment")}
    if "blob_id" not in have:
        db.execute_sql('ALTER TABLE "attachment" ADD COLUMN "blob_id" INTEGER '
                       'REFERENCES "attachment_blob" ("id")')
    if "data" in have:
        _attachments_to_blobs(db)
        for name in ("data", "sha256"):
            db.execute_sql(f'ALTER TABLE "attachment" DROP COLUMN "{name}"')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "attachment_blob_id" '
                   'ON "attachment" ("blob_id")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "deadline_law_due_at" ON "deadline" '
                   '("kind", "state", "due_at") WHERE "kind" IN (\'statutory\', \'code\')')
    db.execute_sql('DROP INDEX IF EXISTS "deadline_kind_state_due_at"')
    # who a row names among the staff: staff are never deleted and nothing lists a
    # person's rows by these (models.Case), so their indexes only cost space
    for name in ("action_by_id", "attachment_by_id", "amendment_by_id",
                 "case_hear_received_by_id", "case_subject_staff_id", "case_approved_by_id"):
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    if isinstance(db, SqliteDatabase):
        if not search.is_positionless(db):
            _positionless_index(db)
        if db.table_exists(search.TERMS_TABLE):
            _digests_for_token_lists(db)


def _digests_for_token_lists(db: Database) -> None:
    """Each case's kept token list becomes a digest of it (db/search.py: the tokens to
    unindex a case are computed again from the case and checked against it)."""
    db.execute_sql(f'CREATE TABLE IF NOT EXISTS "{search.SUMS_TABLE}" '
                   '("id" INTEGER PRIMARY KEY, "sum" INTEGER NOT NULL)')
    cursor = db.execute_sql(f'SELECT "id", "terms" FROM "{search.TERMS_TABLE}"')
    while rows := cursor.fetchmany(2000):
        db.cursor().executemany(
            f'INSERT OR REPLACE INTO "{search.SUMS_TABLE}" ("id", "sum") VALUES (?, ?)',
            [(i, search.digest(search.unpack(terms))) for i, terms in rows])
    db.execute_sql(f'DROP TABLE "{search.TERMS_TABLE}"')


def _positionless_index(db: Database) -> None:
    """The search index without token positions (search.create_index): each case's tokens
    again, from its kept token list, into the new table."""
    new = f"{search.FTS_TABLE}_v10"
    db.execute_sql(f"DROP TABLE IF EXISTS {new}")
    search.create_index(db, new)
    cursor = db.execute_sql(f'SELECT "id", "terms" FROM "{search.TERMS_TABLE}"')
    while rows := cursor.fetchmany(2000):
        db.cursor().executemany(f"INSERT INTO {new}(rowid, body) VALUES (?, ?)",
                                [(i, search.unpack(terms)) for i, terms in rows])
    db.execute_sql(f"DROP TABLE {search.FTS_TABLE}")
    db.execute_sql(f"ALTER TABLE {new} RENAME TO {search.FTS_TABLE}")


def _attachments_to_blobs(db: Database) -> None:
    """Each attachment's bytes into the blob of their digest (computed here, not read
    from the row's own hex), a few hundred rows at a time."""
    import hashlib

    blobs: dict[bytes, int] = {}
    last = 0
    while True:
        rows = db.execute_sql(f'SELECT "id", "data" FROM "attachment" WHERE "id" > {db.param} '
                              f'ORDER BY "id" LIMIT 500', (last,)).fetchall()
        if not rows:
            break
        for attachment_id, data in rows:
            data = bytes(data)
            digest = hashlib.sha256(data).digest()
            if digest not in blobs:
                blobs[digest] = models.AttachmentBlob.insert(sha256=digest, data=data).execute()
            db.execute_sql(f'UPDATE "attachment" SET "blob_id" = {db.param} '
                           f'WHERE "id" = {db.param}', (blobs[digest], attachment_id))
        last = rows[-1][0]


MIGRATIONS = [_v1_initial, _v2_pause_deadlines, _v3_pin_attempts,
              _v4_cases_by_person_and_state, _v5_law, _v6_incidents,
              _v7_desks_share_a_casebook, _v8_audit_replay, _v9_slim, _v10_slimmer]
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
        (models.Setting.insert(key="schema_version", value=version)
         .on_conflict(conflict_target=[models.Setting.key],
                      update={models.Setting.value: version}).execute())


def _refuse_newer(found: int) -> None:
    if found > SCHEMA_VERSION:
        from casebook.errors import StorageError

        raise StorageError("This casebook was written by a newer version of Casebook (schema "
                           "{found}, this version reads up to {known}). It was not changed.",
                           found=found, known=SCHEMA_VERSION)


def migrate(db: Database) -> int:
    """Bring the schema up to SCHEMA_VERSION; return the version found."""
    found = current_version(db)
    _refuse_newer(found)
    if found == SCHEMA_VERSION:
        return found
    with without_server_driver():  # as peewee itself: a casebook file needs no psycopg
        import playhouse.migrate  # noqa: F401 (what the numbered steps use)
    for number in range(found + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            if not isinstance(db, SqliteDatabase):
                # two desks starting a new Casebook at once: one migrates, the other waits
                # and then finds the work done
                from casebook.db.connection import lock_writes

                lock_writes(db)
                now = current_version(db)
                _refuse_newer(now)
                if now >= number:
                    continue
            log.info("migrating schema to version %d", number)
            MIGRATIONS[number - 1](db)
            _set_version(db, number)
    return found
