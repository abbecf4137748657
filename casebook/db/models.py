"""Peewee models: the tables of a casebook.

The schema is portable on purpose: plain columns and indexes that SQLite and
PostgreSQL both understand. SQLite-only features (FTS5, PRAGMAs) live in
`connection.py` and `search.py`, each with a portable path beside it.

Times are stored as naive UTC in the database and handed out aware (UTC);
each case keeps the IANA timezone it was received in, so that agreed
wall-clock times and printed dates mean what the desk meant.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    SQL,
    TextField,
    fn,
)

from casebook.db import tracking

database = DatabaseProxy()
# A default in the table itself, for columns added later (schema 5): rows written by SQL
# that does not name them (an older program's statement, a bulk load) still fit.
EMPTY = SQL("DEFAULT ''")


class UTCDateTimeField(DateTimeField):
    """An aware datetime, stored as naive UTC so every backend sorts it right."""

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError("naive datetime given to a UTC field")
            # ISO text sorts like time on every backend and needs no driver adapter
            return value.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(" ")
        return super().db_value(value)

    def python_value(self, value):
        if isinstance(value, str):
            try:  # the text we wrote: parsed in C, not through strptime
                return dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc)
            except ValueError:
                pass
        value = super().python_value(value)
        if isinstance(value, dt.datetime) and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


class JSONField(TextField):
    """JSON text: portable, readable in a dump, good enough for small lists."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    def python_value(self, value):
        return None if value is None else json.loads(value)


class PackedTextField(BlobField):
    """Text kept deflated (schema 8): a string in Python, bytes in the database.

    Stored as a format byte and raw deflate against a preset dictionary of what such
    text usually holds (the keys of a signed case), so even a short JSON document
    shrinks to about a third. Text written before (a str, or a server's UTF-8 bytes
    from the column's older type) reads as it was. The format byte and dictionary are
    frozen: another dictionary would be another format byte.
    """

    FORMAT = b"\x01"

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, (bytes, memoryview)):
            return bytes(value)  # already stored form (a row copied as it is)
        if not value:
            return b""
        packer = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY,
                                  _SIGNED_DICTIONARY)
        return self.FORMAT + packer.compress(value.encode("utf-8")) + packer.flush()

    def python_value(self, value):
        if value is None or isinstance(value, str):
            return value
        value = bytes(value)
        if value.startswith(self.FORMAT):
            unpacker = zlib.decompressobj(-15, zdict=_SIGNED_DICTIONARY)
            return (unpacker.decompress(value[1:]) + unpacker.flush()).decode("utf-8")
        return value.decode("utf-8")


# Frozen with PackedTextField.FORMAT 1: common values, then the skeleton of a signed case
# (the nearest text is the cheapest to refer to, so the keys come last).
_SIGNED_DICTIONARY = (
    '"complaint","claim","transactional","relational","systemic","general","major",'
    '"accepted":true,"approved_by":null,"currency":"EUR","summary_confirmed":true,'
    '"T00:00:00+01:00","T00:00:00+02:00","walk_in","phone","email","messenger","letter",'
    '"tz":"Europe/Amsterdam"}'
    '{"ask":{"event_at":"","item":"","place":"","qa":[{"a":"","q":""}],"summary":"",'
    '"summary_confirmed":false},"category":"","channel":"","follow":{"owner":""},'
    '"hear":{"account":"","mood":"","received_by":"","remedy_sought":"","remedy_type":""},'
    '"kind":"","major_triggers":[],"nature":"","preventive_action":"","received_at":"",'
    '"ref":"","reply":{"accepted":false,"approved_by":null,"at":"","channel":"",'
    '"resolution":{"amount":"","currency":"","text":"","type":""},"text":""},'
    '"report":{"acknowledged_at":null,"at":null,"means":"","to":""},"root_cause":"",'
    '"severity":"","subject_staff":null,"tz":""}').encode("utf-8")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Business settings and counters, one JSON value per key."""

    key = CharField(primary_key=True, max_length=100)
    value = JSONField()


class ListEntry(BaseModel):
    """An entry of an editable list (category, channel, resolution type, …)."""

    id = AutoField()
    list_name = CharField(max_length=40)
    code = CharField(max_length=80)
    labels = JSONField()  # {"en": …, "ru": …, …}
    extra = JSONField(default=dict)  # e.g. {"money": true} or {"sector": "retail"}
    position = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("list_name", "code"), True),)


class Staff(BaseModel):
    id = AutoField()
    name = CharField(max_length=200, unique=True)
    role = CharField(max_length=20, default="desk")  # desk | handler | manager
    pin_hash = CharField(max_length=300, null=True)  # "scrypt$n$r$p$salt$hash", never the PIN
    active = BooleanField(default=True)
    # schema 3: wrong PINs in a row and when the last one was typed (the delay grows)
    pin_failures = IntegerField(default=0)
    pin_failed_at = UTCDateTimeField(null=True)

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        tracking.staff(self.name)  # its resulting state goes into the audit log
        return result


class Customer(BaseModel):
    id = AutoField()
    name = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    address = TextField(default="")
    unit = TextField(default="")
    account = TextField(default="")
    language = CharField(max_length=10, default="en")
    erased = BooleanField(default=False)

    class Meta:
        indexes = ((("name",), False), (("phone",), False))


class Case(BaseModel):
    """One complaint or claim, with the scalar fields of its six parts."""

    id = AutoField()
    ref = CharField(max_length=40, unique=True)
    state = CharField(max_length=12, default="open", index=True)  # open | resolved | closed
    received_at = UTCDateTimeField(index=True)
    tz = CharField(max_length=64)
    channel = CharField(max_length=80, default="")
    kind = CharField(max_length=20, default="complaint")
    severity = CharField(max_length=20, default="general", index=True)
    major_triggers = JSONField(default=list)
    category = CharField(max_length=80, default="", index=True)
    nature = CharField(max_length=20, default="transactional")
    customer = ForeignKeyField(Customer, backref="cases", null=True, index=True)
    # who a case names, received, approved or logged (staff are never deleted, and no
    # list asks for a person's rows this way): no index on these since schema 10
    subject_staff = ForeignKeyField(Staff, null=True, backref="subject_of", index=False)
    waiting_on_customer = BooleanField(default=False)
    root_cause = TextField(default="")
    preventive_action = TextField(default="")
    # schema 5: what the law needs to know (goods, service or personal data; how it was sold)
    about = CharField(max_length=20, default="", constraints=[EMPTY])
    sale = CharField(max_length=20, default="", constraints=[EMPTY])
    # the one event this case is about, if any (schema: incidents); deferred: `Incident`
    # is declared with the other incident tables at the end of this module
    incident = DeferredForeignKey("Incident", null=True, index=True, backref="cases")

    # 1. Hear clearly
    hear_account = TextField(default="")
    hear_remedy = TextField(default="")
    hear_remedy_type = CharField(max_length=20, default="", constraints=[EMPTY])  # refund, …
    hear_amount = CharField(max_length=40, default="", constraints=[EMPTY])  # price in dispute
    hear_received_by = ForeignKeyField(Staff, null=True, backref="received_cases", index=False)
    hear_mood = CharField(max_length=40, default="")
    # 2. Ask clearly
    ask_event_at = UTCDateTimeField(null=True)
    ask_place = TextField(default="")
    ask_item = TextField(default="")
    ask_delivered_at = UTCDateTimeField(null=True)  # schema 5: the customer got the goods
    ask_returned_at = UTCDateTimeField(null=True)  # schema 5: the goods came back to us
    ask_summary = TextField(default="")
    ask_summary_confirmed = BooleanField(default=False)
    # 3. Follow through
    owner = ForeignKeyField(Staff, null=True, backref="owned_cases", index=True)
    # 4. Reply clearly
    reply_at = UTCDateTimeField(null=True)
    reply_channel = CharField(max_length=80, default="")
    reply_text = TextField(default="")
    resolution_type = CharField(max_length=80, default="")
    resolution_amount = CharField(max_length=40, default="")  # a Decimal as text: exact everywhere
    resolution_currency = CharField(max_length=3, default="")
    resolution_text = TextField(default="")
    reply_accepted = BooleanField(null=True)
    approved_by = ForeignKeyField(Staff, null=True, backref="approved_cases", index=False)
    # 5. Record clearly
    signed_at = UTCDateTimeField(null=True)
    satisfaction = IntegerField(null=True)
    signed_hash = CharField(max_length=64, default="")
    # the frozen JSON that signed_hash covers, deflated (schema 8: a third of its size)
    signed_content = PackedTextField(default="")
    # 6. Report
    report_to = TextField(default="")
    report_at = UTCDateTimeField(null=True)
    report_means = TextField(default="")
    report_ack_at = UTCDateTimeField(null=True)

    created_at = UTCDateTimeField()
    updated_at = UTCDateTimeField()
    # raised by every change: a save based on an older version is refused (two desks)
    version = IntegerField(default=0)

    def save(self, *args, **kwargs):
        if self._pk is not None and not kwargs.get("force_insert"):
            self.version = (self.version or 0) + 1
        result = super().save(*args, **kwargs)
        tracking.case(self.id)  # its resulting state goes into the audit log
        return result


class Question(BaseModel):
    """A question → answer pair asked while clarifying (Ask clearly)."""

    id = AutoField()
    case = ForeignKeyField(Case, backref="questions", on_delete="CASCADE", index=True)
    position = IntegerField()
    q = TextField()
    a = TextField(default="")


class Action(BaseModel):
    """An entry of the follow-through log: an action, a contact or a handover."""

    id = AutoField()
    case = ForeignKeyField(Case, backref="actions", on_delete="CASCADE", index=True)
    at = UTCDateTimeField()
    by = ForeignKeyField(Staff, null=True, index=False)  # schema 10: no index (Case)
    note = TextField()
    internal = BooleanField(default=False)
    kind = CharField(max_length=20, default="action")  # action | contact | handover


class Amendment(BaseModel):
    """A change made after the customer signed: logged and shown, never silent."""

    id = AutoField()
    case = ForeignKeyField(Case, backref="amendments", on_delete="CASCADE", index=True)
    at = UTCDateTimeField()
    by = ForeignKeyField(Staff, null=True, index=False)  # schema 10: no index (Case)
    field = CharField(max_length=80)
    before = JSONField(null=True)
    after = JSONField(null=True)
    reason = TextField(default="")


class AttachmentBlob(BaseModel):
    """The bytes of an attached file, each distinct file once (schema 10), found by its
    SHA-256 (32 bytes): the demo's few dozen drawings serve thousands of cases, and a
    file attached twice is stored once. A blob no attachment names any more is deleted
    with the last one that did (`drop_orphan_blobs`)."""

    id = AutoField()
    sha256 = BlobField(unique=True)
    data = BlobField()


class Attachment(BaseModel):
    """A signature image, a scan of the signed paper form, or another file; its bytes
    are an `AttachmentBlob` (schema 10), read by `data` when asked for."""

    id = AutoField()
    case = ForeignKeyField(Case, backref="attachments", on_delete="CASCADE", index=True)
    kind = CharField(max_length=30)  # signature_customer | signature_staff | signed_scan | file
    filename = TextField(default="")
    mime = CharField(max_length=100, default="application/octet-stream")
    blob = ForeignKeyField(AttachmentBlob, index=True)
    added_at = UTCDateTimeField()
    by = ForeignKeyField(Staff, null=True, index=False)  # schema 10: no index (Case)

    @property
    def data(self) -> bytes:
        pending = getattr(self, "_pending", None)
        return pending if pending is not None else bytes(self.blob.data)

    @data.setter
    def data(self, value: bytes) -> None:
        """New bytes: stored (or found stored) as a blob when the attachment is saved."""
        self._pending = bytes(value)

    @property
    def sha256(self) -> str:
        """The hex digest of the bytes (the blob's own; a digest given is not kept)."""
        import hashlib

        pending = getattr(self, "_pending", None)
        if pending is not None:
            return hashlib.sha256(pending).hexdigest()
        return bytes(self.blob.sha256).hex()

    @sha256.setter
    def sha256(self, value: str) -> None:
        pass  # always the digest of the bytes themselves

    def save(self, *args, **kwargs):
        pending = getattr(self, "_pending", None)
        if pending is not None:
            self.blob = store_blob(pending)
            self._pending = None
        return super().save(*args, **kwargs)


def store_blobs(datas) -> dict[bytes, int]:
    """The blob id of each of these files' bytes, storing those not stored yet (in the
    caller's transaction): {data: id}. Attachment rows then name the id."""
    import hashlib

    digests = {}
    for data in datas:
        data = bytes(data)
        if data not in digests:
            digests[data] = hashlib.sha256(data).digest()
    if not digests:
        return {}
    found: dict[bytes, int] = {}
    wanted = list(set(digests.values()))
    for start in range(0, len(wanted), 500):
        found.update((bytes(h), i) for h, i in AttachmentBlob.select(
            AttachmentBlob.sha256, AttachmentBlob.id)
            .where(AttachmentBlob.sha256 << wanted[start:start + 500]).tuples())
    for data, digest in digests.items():
        if digest not in found:
            found[digest] = AttachmentBlob.insert(sha256=digest, data=data).execute()
    return {data: found[digest] for data, digest in digests.items()}


def store_blob(data: bytes) -> int:
    """The blob id of one file's bytes, stored if new."""
    return store_blobs([data])[bytes(data)]


def drop_orphan_blobs(ids=None) -> int:
    """Delete the blobs no attachment names (of `ids`, or all): after attachments were
    deleted, so the bytes of an erased or deleted case's files leave the file too."""
    orphan = ~fn.EXISTS(Attachment.select(SQL("1")).where(Attachment.blob == AttachmentBlob.id))
    query = AttachmentBlob.delete().where(orphan)
    if ids is not None:
        ids = list(ids)
        if not ids:
            return 0
        query = query.where(AttachmentBlob.id << ids)
    return query.execute()


class Deadline(BaseModel):
    """Anything promised or required, with an owner and a state."""

    id = AutoField()
    case = ForeignKeyField(Case, backref="deadlines", on_delete="CASCADE", index=True)
    # reply | acknowledge | report | resolution | callback | statutory | code
    kind = CharField(max_length=20)
    due_at = UTCDateTimeField()
    tz = CharField(max_length=64)
    owner = ForeignKeyField(Staff, null=True, index=True)
    state = CharField(max_length=12, default="pending")  # pending | done | missed | cancelled
    snoozed_until = UTCDateTimeField(null=True)
    paused_at = UTCDateTimeField(null=True)  # schema 2: waiting on the customer
    done_at = UTCDateTimeField(null=True)
    note = TextField(default="")
    created_at = UTCDateTimeField()
    # schema 5: the rule a statutory term follows
    rule = CharField(max_length=80, default="", constraints=[EMPTY])

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        tracking.case(self.case_id)  # the case's resulting state goes into the audit log
        return result

    class Meta:
        indexes = ((("state", "due_at"), False), (("case", "kind", "state"), False),
                   (("owner", "state", "due_at"), False))


class AuditEntry(BaseModel):
    """Append-only log of every change, chained by hashes (see audit.py)."""

    id = AutoField()
    at = UTCDateTimeField()
    actor = TextField(default="")
    case_ref = CharField(max_length=40, default="", index=True)
    action = CharField(max_length=40)
    changes = JSONField()  # {"field": [before, after], …}
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)
    # schema 8: the state the action left behind (db/replay.py), covered by the hash
    replay = JSONField(null=True)


class SearchTerm(BaseModel):
    """Portable search index (PostgreSQL and tests); SQLite uses FTS5 instead."""

    term = CharField(max_length=200)
    case = ForeignKeyField(Case, on_delete="CASCADE")

    class Meta:
        primary_key = False
        indexes = ((("term", "case"), True), (("case",), False))


class Incident(BaseModel):
    """One event that many complaints are about (a lift stops, a pipe bursts).

    It has its own reference, owner, actions, root cause and report; cases link
    to it through `Case.incident`. See `casebook.core.incidents`.
    """

    id = AutoField()
    ref = CharField(max_length=40, unique=True)
    title = TextField(default="")
    category = CharField(max_length=80, default="")
    place = TextField(default="")  # the building or area
    units = TextField(default="")  # the unit range within it, e.g. "1-40, 52"
    started_at = UTCDateTimeField()
    tz = CharField(max_length=64)
    owner = ForeignKeyField(Staff, null=True, backref="owned_incidents")
    state = CharField(max_length=12, default="open")  # open | resolved | closed
    severity = CharField(max_length=20, default="general")
    major_reason = TextField(default="")
    root_cause = TextField(default="")
    preventive_action = TextField(default="")
    report_to = TextField(default="")
    report_at = UTCDateTimeField(null=True)
    report_means = TextField(default="")
    report_ack_at = UTCDateTimeField(null=True)
    # the reply written once for every linked case (the last "reply to all")
    reply_at = UTCDateTimeField(null=True)
    reply_channel = CharField(max_length=80, default="")
    reply_text = TextField(default="")
    resolution_type = CharField(max_length=80, default="")
    resolution_text = TextField(default="")
    created_at = UTCDateTimeField()
    updated_at = UTCDateTimeField()


class IncidentAction(BaseModel):
    """An entry of an incident's own log: what was done about the event."""

    id = AutoField()
    incident = ForeignKeyField(Incident, backref="actions", on_delete="CASCADE", index=True)
    at = UTCDateTimeField()
    by = ForeignKeyField(Staff, null=True)
    note = TextField()
    kind = CharField(max_length=20, default="action")


class MergedCase(BaseModel):
    """The reference of a case merged into another: it redirects to the survivor."""

    id = AutoField()
    ref = CharField(max_length=40, unique=True)
    survivor = ForeignKeyField(Case, backref="merged", on_delete="CASCADE", index=True)
    at = UTCDateTimeField()
    by = TextField(default="")
    reason = TextField(default="")


TABLES = [
    Setting, ListEntry, Staff, Customer, Case, Question, Action, Amendment,
    AttachmentBlob, Attachment, Deadline, AuditEntry, SearchTerm, Incident, IncidentAction,
    MergedCase,
]


def bulk_insert(model, rows: list[dict]) -> None:
    """Insert many rows with one prepared statement (no ids needed back).

    peewee's insert_many builds one huge VALUES list per call, which costs
    more than the rows themselves; executemany reuses one statement.
    """
    if not rows:
        return
    _sql, plan = _insert_plan(model)
    insert_tuples(model, [[conv(row.get(name, default)) if conv else row.get(name, default)
                           for name, default, conv in plan] for row in rows])


def insert_columns(model) -> list:
    """The fields an insert of `model` writes, in order (every one but the id), each as
    (field, default, converter to the stored value or None): what a row tuple for
    `insert_tuples` holds, read from the model so a changed table needs no other edit."""
    _sql, plan = _insert_plan(model)
    fields = {f.name: f for f in model._meta.sorted_fields}
    return [(fields[name], default, conv) for name, default, conv in plan]


def insert_tuples(model, rows: list) -> None:
    """Insert finished rows: each a sequence of stored values in `insert_columns` order."""
    if not rows:
        return
    target = database.obj
    if isinstance(target, PostgresqlDatabase):
        # COPY: one stream instead of a statement per row (a 100,000-case demo on a
        # server writes well over a million rows of deadlines, actions and history)
        fields = [f for f in model._meta.sorted_fields if not isinstance(f, AutoField)]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        with target.cursor().copy(
                f'COPY "{model._meta.table_name}" ({columns}) FROM STDIN') as copy:
            for values in rows:
                copy.write_row(values)
        return
    sql, _plan = _insert_plan(model)
    target.cursor().executemany(sql, rows)


# Field types whose Python value is not what the driver stores.
_CONVERTED = {UTCDateTimeField, JSONField, ForeignKeyField, BlobField, PackedTextField}
_PLANS: dict = {}


def _insert_plan(model) -> tuple[str, list]:
    """The INSERT statement of every column but the id, and per column (name, default,
    converter or None), made once per model: a bulk load converts millions of values."""
    key = (model, database.obj.param)  # the statement is in the backend's parameter style
    if key not in _PLANS:
        fields = [f for f in model._meta.sorted_fields if not isinstance(f, AutoField)]
        # insert() with explicit None values keeps every column, in sorted field order
        sql, _ = model.insert({f: None for f in fields}).sql()
        _PLANS[key] = (sql, [(f.name, _default(f), _converter(f)) for f in fields])
    return _PLANS[key]


def _converter(field):
    if isinstance(field, UTCDateTimeField):
        slow = field.db_value

        def utc_text(value, utc=dt.timezone.utc):
            # an aware UTC time (what parse_time hands out): its ISO text without "+00:00"
            if value.__class__ is dt.datetime and value.tzinfo is utc:
                return value.isoformat(" ")[:-6]
            return slow(value)
        return utc_text
    if isinstance(field, ForeignKeyField):
        slow = field.db_value
        return lambda value: value if value is None or value.__class__ is int else slow(value)
    return field.db_value if type(field) in _CONVERTED else None


def _default(field):
    return field.default() if callable(field.default) else field.default
