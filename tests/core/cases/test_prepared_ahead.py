"""A large intake prepares its cases in a second process while this one writes
(`cases/ahead.py`): the casebook it writes is the one preparing every case here would,
row for row — references, customers, deadlines, signatures, search words and the
audit chain — and what goes wrong is said in its place."""

import multiprocessing
import os
import time

import pytest

from casebook.core.casebook import Casebook
from casebook.core.cases import ahead, intake
from casebook.core.demo import generator
from casebook.core.trust.verify import verify
from casebook.db.models import AuditEntry, Case, Deadline, ListEntry, Staff
from casebook.errors import InvalidInput

TZ = "Europe/Amsterdam"


@pytest.fixture
def always_ahead(monkeypatch):
    """Every intake that knows its size prepares ahead (the real rule waits for 5,000
    cases and a second core); counts what came back finished and what came back as it was."""
    seen = {"finished": 0, "returned": 0}
    real = ahead.prepared_ahead

    def counted(db, docs, work):
        for ready in real(db, docs, work):
            seen["finished" if ready.case is not None else "returned"] += 1
            yield ready
    monkeypatch.setattr(ahead, "worth_it", lambda count: True)
    monkeypatch.setattr(ahead, "prepared_ahead", counted)
    return seen


def _finished_in_writer(monkeypatch):
    """From now on, how many cases the writer finishes as rows itself (the second
    process's calls are made in its own copy of this process and are not counted)."""
    finished = []
    real_finish = intake.finish

    def counted(*args, **kwargs):
        finished.append(os.getpid())
        return real_finish(*args, **kwargs)
    monkeypatch.setattr(intake, "finish", counted)
    return lambda: finished.count(os.getpid())

def _documents(clock):
    docs = list(generator.generate(240, seed=13, now=clock.now(), tz=TZ))
    # the casebook does not know this owner nor this category yet: prepared here, in place
    docs[100] = {**docs[100], "follow": {**docs[100]["follow"], "owner": "Zoë Nieuwkoop"}}
    docs[150] = {**docs[150], "category": "Lekkage dak"}
    # a reference given in the file, and a later case that names the new owner again
    docs[170] = {**docs[170], "ref": "OUD-2024-00007"}
    docs[200] = {**docs[200], "follow": {**docs[200]["follow"], "owner": "Zoë Nieuwkoop"}}
    return docs


def _take_in(book, docs, source="test"):
    known = {s.name for s in book.staff(active_only=False)}
    for name, role in generator.STAFF:  # the stories' people, known before the intake
        if name not in known:
            book.add_staff(name, role)
    with book.change():
        return intake.write_many(book, docs, by="Marta", source=source, batch=64,
                                 count=len(docs),
                                 intake=intake.Intake.start(book, create_missing=True))


def _casebook(book):
    """What a reader checks of the casebook written: each case's row as the history
    records it (the digests of its columns, deadlines and log), its deadlines, and who
    and which list entries it created."""
    recorded = {e.case_ref: e.replay["cases"][e.case_ref]
                for e in AuditEntry.select().where(AuditEntry.action == "create")}
    cases = [(c.ref, c.customer.name if c.customer else None, c.owner.name if c.owner else None,
              c.category, c.state, c.signed_hash,
              [(d.kind, d.state, str(d.due_at), str(d.done_at)) for d in
               c.deadlines.order_by(Deadline.id)], recorded[c.ref])
             for c in Case.select().order_by(Case.id)]
    staff = [(s.name, s.role, s.active) for s in Staff.select().order_by(Staff.id)]
    entries = [(e.list_name, e.code) for e in ListEntry.select().order_by(ListEntry.id)]
    return cases, staff, entries


def _prepared_here(tmp_path, clock, docs):
    with Casebook.open(tmp_path / "here.sqlite3", clock=clock) as here:
        here.set_setting("timezone", TZ, by="setup")
        for name, role in (("Anna", "desk"), ("Bert", "handler"), ("Marta", "manager")):
            here.add_staff(name, role)
        refs = _take_in(here, docs)
        assert verify(here.db) == []
        return refs, _casebook(here), here.search("nieuwkoop")


def test_cases_prepared_ahead_are_the_casebook_prepared_here(book, tmp_path, clock,
                                                             always_ahead):
    docs = _documents(clock)
    expected = _prepared_here(tmp_path, clock, docs)
    always_ahead.update(finished=0, returned=0)

    refs = _take_in(book, docs)

    assert (refs, _casebook(book), book.search("nieuwkoop")) == expected
    assert refs[170] == "OUD-2024-00007" and len(set(refs)) == 240
    # 237 came finished from the second process; the three that need the casebook (a new
    # owner twice, a new category) came back as they were and were prepared here
    assert always_ahead == {"finished": 237, "returned": 3}
    assert Staff.get(Staff.name == "Zoë Nieuwkoop").active is False
    assert verify(book.db) == []
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("effort, finished_here", [(0, 240), (1, 3), (2, 3)])
def test_however_much_the_second_process_does_the_casebook_is_the_same(
        book, tmp_path, clock, always_ahead, monkeypatch, effort, finished_here):
    """The second process prepares only (0), finishes rows (1) or does the rest too (2),
    as the two processes' balance asks (ahead._Share): the same casebook each way. The
    writer finishes itself only what it was left; a case it took in itself (a new owner,
    a new category) does not throw away the rows of every case after it (the second
    process numbers it too, so its guesses stay right)."""
    docs = _documents(clock)
    expected = _prepared_here(tmp_path, clock, docs)
    monkeypatch.setattr(ahead._Share, "effort", lambda share: effort)
    finished_in_writer = _finished_in_writer(monkeypatch)

    refs = _take_in(book, docs)

    assert (refs, _casebook(book), book.search("nieuwkoop")) == expected
    assert finished_in_writer() == finished_here
    assert verify(book.db) == []


@pytest.mark.parametrize("effort", [1, 2])
def test_rows_finished_under_a_wrong_guess_are_finished_again_from_the_whole_case(
        book, tmp_path, clock, always_ahead, monkeypatch, effort):
    """Should the second process guess a reference wrong (here: it stops numbering the
    cases it leaves to the writer), the writer finishes those cases again from the whole
    prepared document, which travels packed beside what it reads of each: the same
    casebook."""
    docs = _documents(clock)
    expected = _prepared_here(tmp_path, clock, docs)
    monkeypatch.setattr(ahead._Share, "effort", lambda share: effort)
    monkeypatch.setattr(intake, "_guess_number", lambda *args: None)
    finished_in_writer = _finished_in_writer(monkeypatch)
    refs = _take_in(book, docs)

    assert (refs, _casebook(book), book.search("nieuwkoop")) == expected
    # the three it took in, and every case after the first of them in that year, again
    assert finished_in_writer() > 100
    assert verify(book.db) == []


def test_an_intake_without_a_source_logs_every_field_of_a_case_finished_ahead(
        book, tmp_path, clock, always_ahead, monkeypatch):
    """Without a source to name, each new case's audit entry lists every field it was
    given: from the whole case, not from the little the writer reads of one finished
    ahead — also when it is finished again under another reference."""
    docs = _documents(clock)[:120]
    with Casebook.open(tmp_path / "here.sqlite3", clock=clock) as here:
        here.set_setting("timezone", TZ, by="setup")
        for name, role in (("Anna", "desk"), ("Bert", "handler"), ("Marta", "manager")):
            here.add_staff(name, role)
        _take_in(here, docs, source="")
        expected = {e.case_ref: e.changes for e in
                    AuditEntry.select().where(AuditEntry.action == "create")}
    monkeypatch.setattr(ahead._Share, "effort", lambda share: 1)
    monkeypatch.setattr(intake, "_guess_number", lambda *args: None)  # guesses go wrong

    _take_in(book, docs, source="")

    logged = {e.case_ref: e.changes for e in
              AuditEntry.select().where(AuditEntry.action == "create")}
    assert logged == expected and len(logged) == 120
    assert logged[min(logged)]["hear.account"][1]  # the customer's words are there


def test_a_wrong_case_stops_the_intake_in_its_place_with_its_own_words(book, clock,
                                                                       always_ahead):
    docs = list(generator.generate(120, seed=5, now=clock.now(), tz=TZ))
    docs[77] = {**docs[77], "kind": "praise"}

    with pytest.raises(InvalidInput) as caught:
        _take_in(book, docs)

    assert str(caught.value) == "praise is not a kind of case (complaint or claim)."
    assert Case.select().count() == 0  # the intake is one transaction: nothing half-taken
    assert multiprocessing.active_children() == []
    # the casebook's own connection is untouched by the child that ended
    assert book.open_case({"customer": {"name": "Next"}, "hear": {"account": "Still here"}},
                          by="Anna")


def test_a_fault_in_the_second_process_is_raised_here_with_its_trace(book, clock,
                                                                     always_ahead,
                                                                     monkeypatch):
    real = intake.finish

    def faulty(tables, d, **kwargs):
        if d["ref"].endswith("-00042"):
            raise ZeroDivisionError("a bug in the second process")
        return real(tables, d, **kwargs)
    monkeypatch.setattr(intake, "finish", faulty)
    docs = list(generator.generate(90, seed=5, now=clock.now(), tz=TZ))

    with pytest.raises(RuntimeError) as caught:
        _take_in(book, docs)

    assert "ZeroDivisionError: a bug in the second process" in str(caught.value)
    assert Case.select().count() == 0
    assert multiprocessing.active_children() == []


def test_only_a_large_intake_on_linux_with_a_second_core_and_no_window_goes_ahead(
        monkeypatch):
    monkeypatch.setattr(ahead.sys, "platform", "linux")
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(ahead, "_forbidden", [])
    assert ahead.worth_it(5000) is True
    assert ahead.worth_it(4999) is False
    monkeypatch.setattr(ahead.sys, "platform", "darwin")
    assert ahead.worth_it(100_000) is False
    monkeypatch.setattr(ahead.sys, "platform", "linux")
    monkeypatch.setattr(ahead.os, "sched_getaffinity", lambda pid: {0})
    assert ahead.worth_it(100_000) is False





def _moved(source, target, clock, tmp_path, name):
    """Export `source`, import into a new casebook at `target`, export that again."""
    from casebook.core.cases.interchange import export, import_file

    first, second = tmp_path / "old-pc.jsonl", tmp_path / f"{name}.jsonl"
    export(source, first, "jsonl")
    with Casebook.open(target, clock=clock) as other:
        result = import_file(other, first, by="Olga Smirnova")
        export(other, second, "jsonl")
        problems = verify(other.db)
    return first.read_bytes(), second.read_bytes(), result.refs, problems


def test_an_import_prepared_ahead_moves_a_casebook_to_the_same_bytes(db_path, tmp_path,
                                                                     monkeypatch):
    """The 300-case demo moves to a new PC with its cases prepared in a second process:
    the new casebook exports to the same bytes as the old, as when prepared here."""
    from casebook.core.demo.book import create_demo
    from casebook.core.time.clock import FixedClock
    from tests.conftest import START

    clock = FixedClock(START)
    create_demo(db_path, cases=300, seed=7, clock=clock)
    with Casebook.open(db_path, clock=clock) as source:
        here = _moved(source, tmp_path / "here.sqlite3", clock, tmp_path, "here")
        seen = {"finished": 0}
        real = ahead.prepared_ahead

        def counted(db, docs, work):
            for ready in real(db, docs, work):
                seen["finished"] += ready.case is not None
                yield ready
        monkeypatch.setattr(ahead, "worth_it", lambda count: True)
        monkeypatch.setattr(ahead, "prepared_ahead", counted)
        moved = _moved(source, tmp_path / "ahead.sqlite3", clock, tmp_path, "ahead")

    assert moved[0] == moved[1] == here[1]
    assert moved[2] == here[2] and len(moved[2]) == 300
    assert moved[3] == [] and here[3] == []
    assert seen["finished"] >= 290  # all but the few with an incident or merged cases
    assert multiprocessing.active_children() == []


def test_a_line_that_is_not_json_stops_an_import_ahead_with_its_number(book, tmp_path,
                                                                       always_ahead):
    import json

    from casebook.core.cases.interchange import import_file

    docs = list(generator.generate(60, seed=3, now=book.now(), tz=TZ))
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines[41] = '{"customer": {"name": "Broken'
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(InvalidInput) as caught:
        import_file(book, path, by="Marta")

    assert str(caught.value).startswith("Line 42: not valid JSON (")
    assert Case.select().count() == 0
    assert multiprocessing.active_children() == []


def test_a_case_s_search_terms_in_parts_are_the_terms_of_all_its_texts_at_once(book):
    """The second process finds the words of a case's own texts; the writer adds its
    reference's and customer's: the same terms, in the same order, as tokenising every
    text of the case at once (the index proves a case's old words by a digest of them)."""
    from casebook.core.cases import document
    from casebook.db import search

    take = intake.Intake.start(book, create_missing=True)
    docs = list(generator.generate(400, seed=21, now=book.now(), tz=TZ))
    odd = {"customer": {"name": "\u0301Zoë_Ngô 王小明", "phone": "+995 599 12-34-56",
                        "email": "zoe_ngo@example.ge"},
           "hear": {"account": "投诉 complaint\u0301 ბინა №12 — лифт не работает_ёщё"},
           "follow": {"actions": [{"note": "Ａｐｐｌｅ ﬁx", "by": "Marta"}]}}
    with book.change():
        prepared = [intake.prepare(book, d, by="Marta", intake=take) for d in docs + [odd]]
    for n, d in enumerate(prepared):
        d["ref"] = f"2026-{n:05d}" if n % 7 else ""
        c = d["customer"]
        texts = [d["ref"], c.get("name"), c.get("email"), c.get("address"), c.get("unit"),
                 c.get("account"), d["hear"]["account"], d["hear"]["remedy_sought"],
                 d["ask"]["place"], d["ask"]["item"], d["ask"]["summary"], d["reply"]["text"],
                 d["reply"]["resolution"]["text"], d["report"]["to"], d["root_cause"],
                 d["preventive_action"]]
        texts += [qa["q"] + " " + qa["a"] for qa in d["ask"]["qa"]]
        texts += [a["note"] for a in d["follow"]["actions"]]
        at_once = search.document(texts, [c.get("phone") or ""])
        assert document.with_customer(d, document.case_words(d)) == at_once


def test_a_second_process_that_dies_stops_the_intake_and_writes_nothing(book, clock,
                                                                        always_ahead,
                                                                        monkeypatch):
    """Killed half-way (out of memory, a signal): never a casebook with fewer cases than
    were given, as if all had been taken in."""
    import os

    real = intake.finish

    def dies(tables, d, **kwargs):
        if d["ref"].endswith("-00070"):
            os._exit(9)
        return real(tables, d, **kwargs)
    monkeypatch.setattr(intake, "finish", dies)
    docs = list(generator.generate(300, seed=5, now=clock.now(), tz=TZ))

    with pytest.raises(RuntimeError) as caught:
        _take_in(book, docs)

    assert str(caught.value) == ("The second process preparing cases ended before it "
                                 "finished (exit code 9).")
    assert Case.select().count() == 0
    assert multiprocessing.active_children() == []


def test_a_wrong_case_after_the_second_process_is_done_does_not_hang(book, clock,
                                                                     always_ahead,
                                                                     monkeypatch):
    """The child has prepared everything and the queue is full when the writer meets a
    wrong case: the intake still stops at once with its message."""
    import threading

    monkeypatch.setattr(ahead, "SEND_EVERY", 5)
    monkeypatch.setattr(ahead, "QUEUED", 2)
    docs = list(generator.generate(200, seed=5, now=clock.now(), tz=TZ))
    docs[150] = {**docs[150], "kind": "praise"}
    raised = []

    def take_in():
        try:
            _take_in(book, docs)
        except InvalidInput as exc:
            raised.append(str(exc))
        finally:
            book.db.close()  # this thread's own connection (peewee keeps one per thread)
    intake_thread = threading.Thread(target=take_in, daemon=True)
    intake_thread.start()
    intake_thread.join(timeout=60)

    assert not intake_thread.is_alive()
    assert raised == ["praise is not a kind of case (complaint or claim)."]
    assert multiprocessing.active_children() == []


def test_the_share_of_work_follows_whichever_process_waits():
    """The second process does more of each case while it waits for the writer to take its
    messages, less while the writer waits for it: by how much longer one waited than the
    other (not before a queue's worth is sent: at first the writer always waits)."""
    waited = [0.0, 0.0]  # the writer's: seconds waited all told, since when it waits now
    share = ahead._Share(waited)
    assert [share.effort() for _ in range(10)] == [1] * 10  # half the work each at first

    for _ in range(ahead.QUEUED):
        waited[0] += 0.5  # the writer waits for its first batch: not held against the child
        share.message_sent(blocked=0.0)
    assert share.share == 1.0

    share.message_sent(blocked=0.02)  # the child waited 20 ms to send: the writer is behind
    assert share.share == pytest.approx(1.0 + 0.02 * ahead._Share.GAIN)
    for _ in range(5):  # a full queue each time: a step at most at once
        share.message_sent(blocked=1.0)
    assert share.share == pytest.approx(1.5 + 0.02 * ahead._Share.GAIN)
    efforts = [share.effort() for _ in range(100)]
    assert set(efforts) == {1, 2} and 50 <= efforts.count(2) <= 55

    waited[0] += 0.03  # the writer waited 30 ms for the next, the child 10 ms to send it
    share.message_sent(blocked=0.01)
    assert share.share == pytest.approx(1.5 + 0.02 * ahead._Share.GAIN - 0.02 * ahead._Share.GAIN)
    share.message_sent(blocked=0.0)  # neither waited: unchanged
    assert share.share == pytest.approx(1.5)

    waited[1] = time.monotonic() - 5  # the writer has been waiting 5 s and still does
    share.message_sent(blocked=0.0)
    assert share.share == pytest.approx(1.4)
    waited[:] = [waited[0] + 5, 0.0]  # it got the message
    for _ in range(40):  # the writer waits 100 ms for each: down to preparing only
        waited[0] += 0.1
        share.message_sent(blocked=0.0)
    assert share.share == 0 and {share.effort() for _ in range(20)} == {0}
