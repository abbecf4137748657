"""Full-text search over cases, in any of the five languages.

Text is tokenised here, in Python, the same way for the index and for the
query, so the database only ever matches whole tokens and prefixes:

- letters and digits are case-folded and stripped of accents (`één` = `een`);
- runs of Chinese characters become single characters plus overlapping
  bigrams, so a two-character word such as 投诉 or 漏水 is one token and a
  longer query matches as a sequence of bigrams;
- phone numbers are indexed as digit strings and all their suffixes, so any
  fragment of the number ("345-67") finds the case;
- a Russian query word loses its case ending and matches as a prefix, so
  "жалоба" also finds "жалобу".

On SQLite the tokens go into a contentless FTS5 table (schema 8): it keeps no copy of them
beside the index itself. Since schema 10 it keeps which cases hold a token, not where in
them (`detail = none`, no prefix index: 29 % of the size): a case holds each token once,
so where it stands told the ranking nothing, and the best are the cases that say the
least besides (bm25 with every term once is just that; see `_search_fts`).
Unindexing a case from such a table (SQLite 3.40 has no `contentless_delete`) takes the
very tokens it was indexed with. Until schema 10 each case's token list was kept for it
(`case_fts_terms`, 560 bytes a case); now the caller computes them again from the case as
it was (the tokenizer is deterministic), and a 64-bit digest of what was indexed
(`case_fts_sum`) proves them the same before they are used: a list that differs (a
case changed by a path that did not say how it was, or another tokenizer after an
upgrade of Python's Unicode tables) is never used, and the index is rebuilt from every
case as it is instead (`rebuild`, through `every_case`). Elsewhere
(PostgreSQL) into the portable `search_term` table, one row per token and
case, matched by range scans of its btree index in code-point order (the
column is COLLATE "C", so the server's locale changes nothing): the same
tokens, so the same cases found, newest first. The server's own character
classes are never consulted.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable

from peewee import Database, SqliteDatabase

FTS_TABLE = "case_fts"
TERMS_TABLE = "case_fts_terms"  # each case's indexed tokens, deflated (schema 8 and 9)
SUMS_TABLE = "case_fts_sum"  # a digest of each case's indexed tokens (schema 10)
# (case id, its tokens) of every case as it is now: set by casebook.core.cases.document,
# read when the index must be rebuilt (the db layer knows no documents)
every_case: Callable[[Database], Iterable[tuple[int, list[str]]]] | None = None
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_RU_ENDINGS = sorted(
    "ами ями ого его ому ему ыми ими ой ей ом ем ах ях ов ев ую юю ая яя ое ее ые ие ы и а я у ю е о ь й"
    .split(), key=len, reverse=True)
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+$")
_NON_DIGIT = re.compile(r"\D")
PHONE = "tel"  # phone tokens are marked so that "67" in a query never matches a number
RANKED_AMONG = 1000  # a ranked search scores the newest this many matches (SQLite)


_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff"
                        "\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Case-fold and strip combining accents; the same for index and query."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


_CJK_START = re.compile(rf"[{_CJK}]")


def _is_cjk(token: str) -> bool:
    return _CJK_START.match(token) is not None


_WORD = re.compile(rf"[^\W_{_CJK}]+")
_TOKEN_KINDS = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")  # _TOKEN, telling CJK runs apart


def tokens(text: str) -> list[str]:
    """Index tokens of a text: words, and CJK single characters plus bigrams."""
    text = fold(text)
    if _CJK_START.search(text) is None:
        # Most text holds no CJK at all: then every run is a word, found in one call
        # (indexing 100,000 demo cases spent a quarter of its time in the loop below).
        return _WORD.findall(text)
    out: list[str] = []
    for cjk, word in _TOKEN_KINDS.findall(text):
        if word:
            out.append(word)
        else:
            out.extend(cjk)
            out.extend(cjk[i:i + 2] for i in range(len(cjk) - 1))
    return out


def phone_tokens(phone: str) -> list[str]:
    digits = _NON_DIGIT.sub("", phone)
    return [PHONE + digits[i:] for i in range(len(digits) - 2)] if len(digits) >= 3 else []


def query_terms(query: str) -> list[tuple[str, bool]]:
    """(term, is_prefix) pairs that must all match, for the query text."""
    terms: list[tuple[str, bool]] = []
    for run in _TOKEN.findall(fold(query)):
        if _is_cjk(run):
            if len(run) == 1:
                terms.append((run, False))
            else:
                terms.extend((run[i:i + 2], False) for i in range(len(run) - 1))
        elif _CYRILLIC.match(run) and len(run) >= 5:
            terms.append((_stem_ru(run), True))
        else:
            terms.append((run, True))
    return terms


def _stem_ru(word: str) -> str:
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def phone_query(query: str) -> str | None:
    """The digits of a query that looks like a phone fragment, else None."""
    if re.fullmatch(r"[\d\s+\-().]+", query.strip() or "x"):
        digits = _NON_DIGIT.sub("", query)
        if len(digits) >= 3:
            return PHONE + digits
    return None


def create_index(db: Database, name: str = FTS_TABLE) -> None:
    if isinstance(db, SqliteDatabase):
        # detail = none (schema 10): which cases hold a token, not where (each is held
        # once). At 10,000 demo cases 238 bytes a case instead of 827, the same cases
        # found. The prefix index of 2 characters (schema 8 and 9) paid when every match
        # carried its positions; without them it would cost 87 bytes a case (36 %) to
        # find a 2-character prefix in 0.5 ms instead of 1.0-1.5 ("de", "20"), and
        # longer ones ("amsterdam", a phone fragment) gain nothing from it.
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5("
            "body, content = '', detail = none, "
            "tokenize = 'unicode61 remove_diacritics 0')")
        db.execute_sql(f'CREATE TABLE IF NOT EXISTS "{SUMS_TABLE}" '
                       '("id" INTEGER PRIMARY KEY, "sum" INTEGER NOT NULL)')


def is_contentless(db: Database) -> bool:
    """Whether the file's FTS5 index is today's (contentless, schema 8)."""
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                         (FTS_TABLE,)).fetchone()
    return row is not None and "content = ''" in row[0]


def is_positionless(db: Database) -> bool:
    """Whether the file's FTS5 index keeps no token positions (schema 10)."""
    row = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                         (FTS_TABLE,)).fetchone()
    return row is not None and "detail = none" in row[0]


def pack(body: str) -> bytes:
    return zlib.compress(body.encode("utf-8"), 6)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def document(texts: Iterable[str], phones: Iterable[str] = (),
             words: Iterable[str] = ()) -> list[str]:
    """All index tokens of one case, deduplicated, order kept: its texts', then `words`
    (tokens found before), then its phones'."""
    # One pass over the joined text: a line break ends every token and CJK run anyway;
    # one dict keeps the first of each token, in order.
    found = tokens("\n".join(t for t in texts if t))
    found.extend(words)
    for phone in phones:
        found.extend(phone_tokens(phone))
    return list(dict.fromkeys(found))


def digest(body: str) -> int:
    """64 bits of a case's indexed token list (space-separated), as a signed integer."""
    return int.from_bytes(hashlib.blake2b(body.encode("utf-8"), digest_size=8).digest(),
                          "big", signed=True)


def _indexed(db: Database, case_id: int) -> int | None:
    row = db.execute_sql(f'SELECT "sum" FROM "{SUMS_TABLE}" WHERE "id" = ?',
                         (case_id,)).fetchone()
    return None if row is None else row[0]


def index_case(db: Database, case_id: int, terms: list[str],
               old: list[str] | None = None) -> None:
    """Replace the indexed tokens of one case (inside the caller's transaction). `old`:
    the tokens of the case as it was before this change (`document.search_terms` of
    the document read before it), which unindex it on SQLite."""
    if isinstance(db, SqliteDatabase):
        body = " ".join(terms)
        indexed = _indexed(db, case_id)
        if indexed == digest(body):
            return  # most edits change no text: spare FTS5 unindexing and indexing every token
        if indexed is not None:
            was = None if old is None else " ".join(old)
            if was is None or digest(was) != indexed:
                rebuild(db)  # indexes this case as it is now, with every other
                return
            db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body) "
                           "VALUES ('delete', ?, ?)", (case_id, was))
        db.execute_sql(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", (case_id, body))
        db.execute_sql(f'INSERT OR REPLACE INTO "{SUMS_TABLE}" ("id", "sum") VALUES (?, ?)',
                       (case_id, digest(body)))
    else:
        _index_portable(db, case_id, terms)


def unindex(db: Database, case_id: int, terms: list[str] | None = None) -> None:
    """Take a case out of the index (a deleted or merged case), before its rows go:
    `terms` are its tokens as it is. On a server its tokens go with its rows
    (`search_term` is one of the case's tables)."""
    if not isinstance(db, SqliteDatabase):
        return
    indexed = _indexed(db, case_id)
    if indexed is None:
        return
    body = None if terms is None else " ".join(terms)
    if body is None or digest(body) != indexed:
        body = rebuild(db, case_id)  # the case is indexed as it is now, as `every_case` said
        if body is None:
            return
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, body) "
                   "VALUES ('delete', ?, ?)", (case_id, body))
    db.execute_sql(f'DELETE FROM "{SUMS_TABLE}" WHERE "id" = ?', (case_id,))


def _every(db: Database) -> Iterable[tuple[int, list[str]]]:
    if every_case is None:
        raise RuntimeError("the search index cannot be rebuilt: no source of the cases")
    return every_case(db)


def rebuild(db: Database, case_id: int | None = None) -> str | None:
    """Index every case again as it is now (SQLite, in the caller's transaction): when a
    case's old tokens are not known for sure. Returns the token list (space-separated)
    the case `case_id` is indexed with now, if asked for and indexed."""
    logging.getLogger("casebook.db").warning("rebuilding the search index")
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")
    db.execute_sql(f'DELETE FROM "{SUMS_TABLE}"')
    batch, kept = [], None
    for each, terms in _every(db):
        batch.append((each, " ".join(terms)))
        if each == case_id:
            kept = batch[-1][1]
        if len(batch) >= 2000:
            write_bodies(db, batch)
            batch = []
    write_bodies(db, batch)
    return kept


def index_many(db: Database, rows: Iterable[tuple[int, list[str]]]) -> None:
    """Bulk indexing for import and demo data (new cases only)."""
    if isinstance(db, SqliteDatabase):
        bodies = [(cid, " ".join(terms)) for cid, terms in rows]
        write_bodies(db, bodies)
    else:
        _copy_terms(db, rows)


def write_bodies(db: Database, bodies: list[tuple[int, str]]) -> None:
    """New cases' token lists (space-separated) into the SQLite index, as they are."""
    if not bodies:
        return
    cursor = db.cursor()
    cursor.executemany(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)", bodies)
    cursor.executemany(f'INSERT INTO "{SUMS_TABLE}" ("id", "sum") VALUES (?, ?)',
                       [(cid, digest(body)) for cid, body in bodies])


def _copy_terms(db: Database, rows: Iterable[tuple[int, list[str]]]) -> None:
    """COPY the tokens into the server's table, as text lines written in large blocks:
    100,000 cases hold some 13 million (term, case) rows, and a row at a time through
    the driver costs minutes of Python alone. The lines are written as they are: a token
    (`tokens`, `phone_tokens`) is a run of letters and digits, never a tab, line break or
    backslash, which COPY's text format would read as a separator or an escape; and every
    case has tokens (its reference among them)."""
    with db.cursor().copy('COPY "search_term" ("term", "case_id") FROM STDIN') as copy:
        block: list[str] = []
        for cid, terms in rows:
            kept = list(dict.fromkeys(t[:200] for t in terms))
            end = f"\t{int(cid)}\n"
            block.append(end.join(kept) + end)
            if len(block) >= 500:
                copy.write("".join(block))
                block.clear()
        if block:
            copy.write("".join(block))


@contextlib.contextmanager
def bulk_load(db: Database):
    """Many new cases into an empty index in the caller's transaction (the demo, a
    casebook restored onto a server).

    On PostgreSQL the token table's indexes and foreign key are dropped for the load
    and built once at the end, sorted in one pass, instead of being updated for each
    of millions of rows (20 minutes for the 100,000-case demo, most of it in index
    upkeep). DDL is transactional there: a load that fails rolls back to the indexes as
    they were. A table that already holds tokens keeps its indexes, since other desks
    search it meanwhile. SQLite's FTS5 index needs none of this.
    """
    if isinstance(db, SqliteDatabase) or db.execute_sql(
            'SELECT 1 FROM "search_term" LIMIT 1').fetchone() is not None:
        yield
        return
    if not db.in_transaction():
        raise RuntimeError("bulk_load runs inside the caller's transaction")
    indexes = db.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "AND tablename = 'search_term'").fetchall()
    keys = db.execute_sql(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = '\"search_term\"'::regclass AND contype = 'f'").fetchall()
    for name, _definition in keys:
        db.execute_sql(f'ALTER TABLE "search_term" DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")  # sorts in memory
    for _name, definition in indexes:
        db.execute_sql(definition)
    for name, definition in keys:  # one join checks every row at once
        db.execute_sql(f'ALTER TABLE "search_term" ADD CONSTRAINT "{name}" {definition}')
    db.execute_sql('ANALYZE "search_term"')


def _index_portable(db: Database, case_id: int, terms: list[str]) -> None:
    from casebook.db import written
    from casebook.db.models import SearchTerm

    wanted = dict.fromkeys(t[:200] for t in terms)
    have = {t for (t,) in written.run("search terms of a case", lambda cid: SearchTerm.select(
        SearchTerm.term).where(SearchTerm.case == cid).tuples(), [case_id])}
    if have == set(wanted):
        return  # most edits change no text
    gone = have - set(wanted)
    if gone:
        SearchTerm.delete().where((SearchTerm.case == case_id)
                                  & (SearchTerm.term << list(gone))).execute()
    fresh = [(t, case_id) for t in wanted if t not in have]
    if fresh:
        SearchTerm.insert_many(fresh, fields=[SearchTerm.term, SearchTerm.case]).execute()


def search(db: Database, query: str, *, limit: int = 200, portable: bool = False,
           ranked: bool = True) -> list[int]:
    """Case ids matching every term of the query, best first (or in any order when the
    caller sorts them itself: ranking every match of a common word costs time)."""
    terms = query_terms(query)
    digits = phone_query(query)
    if not terms and not digits:
        return []
    if isinstance(db, SqliteDatabase) and not portable:
        return _search_fts(db, terms, digits, limit, ranked)
    return _search_portable(db, terms, digits, limit)


def _fts_term(term: str, prefix: bool) -> str:
    return f'"{term}"' + ("*" if prefix else "")


def _search_fts(db, terms, digits, limit, ranked=True) -> list[int]:
    expr = " AND ".join(_fts_term(t, p) for t, p in terms)
    if digits:
        expr = f"({expr}) OR {_fts_term(digits, True)}" if expr else _fts_term(digits, True)
    if not ranked:  # the case list, which sorts them itself: the newest, as on a server
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?"
        return [row[0] for row in db.execute_sql(sql, (expr, limit))]
    # Ranked: the best among the newest RANKED_AMONG matches. Ranking every match of a
    # common word costs a score per match (amsterdam: 76,000 cases, 330 ms at 100,000
    # cases); the newest thousand rank in a few ms. A case holds each token once, so
    # bm25 ranked the cases that match by their length alone, the shortest first (its
    # score falls as a case grows; every match holds every term once): the index keeps
    # no positions since schema 10 and so no bm25, but each case's token count (its
    # docsize, a big-endian varint: a shorter one is a smaller number, and one of the
    # same length sorts as its value). A prefix that matches several words of a case
    # counted each for bm25; here the case counts once. Ties: the newest first.
    sql = (f"SELECT m.rowid FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
           f"ORDER BY rowid DESC LIMIT ?) AS m JOIN {FTS_TABLE}_docsize AS d ON d.id = m.rowid "
           "ORDER BY length(d.sz), d.sz, m.rowid DESC LIMIT ?")
    return [row[0] for row in db.execute_sql(sql, (expr, max(limit, RANKED_AMONG), limit))]


def _successor(prefix: str) -> str:
    """The least string after every string that starts with `prefix` (code-point order)."""
    last = ord(prefix[-1])
    return prefix[:-1] + chr(last + 1) if last < 0x10FFFF else prefix + "\U0010ffff"


def _search_portable(db, terms, digits, limit) -> list[int]:
    """Cases holding every term (and any holding the phone digits), newest first.

    Written as "the newest cases that hold each term" so that the planner can take
    either way: walk the cases from the newest and probe the (case, term) index for
    each, which stops after `limit` hits of a common word ("de" is in 43,000 of
    100,000 cases), or read a rare word's few cases from the (term, case) index. A
    count of every match of a common word would cost more than the 50 ms budget.
    Plain SQL that SQLite (the tests of this path) reads the same way."""
    params: list = []

    def holds(term: str, prefix: bool) -> str:
        term = term[:200]
        if prefix:
            params.extend((term, _successor(term)))
            match = '"term" >= {p} AND "term" < {p}'
        else:
            params.append(term)
            match = '"term" = {p}'
        return ('EXISTS (SELECT 1 FROM "search_term" '
                f'WHERE "search_term"."case_id" = "case"."id" AND {match})')

    def newest(condition: str) -> str:
        params.append(limit)
        return f'SELECT "id" FROM "case" WHERE {condition} ORDER BY "id" DESC LIMIT {{p}}'

    parts = []
    if terms:
        parts.append(newest(" AND ".join(holds(t, p) for t, p in terms)))
    if digits:
        parts.append(newest(holds(digits, True)))
    if len(parts) == 1:
        sql = parts[0]
    else:  # each part stops at the limit on its own; then the newest of both
        sql = (f'SELECT "id" FROM ({parts[0]}) AS every_term UNION '
               f'SELECT "id" FROM ({parts[1]}) AS phone ORDER BY 1 DESC LIMIT {{p}}')
        params.append(limit)
    return [row[0] for row in db.execute_sql(sql.replace("{p}", db.param), params)]
