"""Anything a user can type, paste or import: kept exactly, or refused with a clear message.

Hypothesis throws arbitrary Unicode — markup characters, quotes, control
characters, emoji sequences, right-to-left text and bidi overrides, very
long strings, NUL — at every core entry point that takes user text, at the
JSONL/CSV importer, and at the resolution form. The rules checked:

- nothing fails except with a `KnownError` whose message reads cleanly;
- what was accepted reads back exactly (save/load, export/import);
- NUL is dropped, and only NUL (`document.text`), the same way everywhere;
- the form's extracted text holds the text as `pdf.fonts.clean` documents
  it: uncovered glyphs shown as "�", invisible characters dropped.

Each test works on a real casebook file of its own (importers get a fresh
file per example). CI runs a modest number of examples per entry point; set
CASEBOOK_FUZZ_EXAMPLES for a longer run (e.g. 2000).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebook.core.cases import interchange
from casebook.core.casebook import Casebook
from casebook.errors import KnownError
from casebook.db import search
from casebook.db.models import Case
from casebook.pdf import fonts
from casebook.pdf.form import render
from tests.conftest import TZ, new_case

EXAMPLES = int(os.environ.get("CASEBOOK_FUZZ_EXAMPLES", "20"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 20,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
SLOW = settings(FUZZ, max_examples=max(5, EXAMPLES // 2))  # a form or two files per example

TRICKY = [
    "<b>bold</b> &amp; &lt;i&gt; <br/> <font face='x'>", "\"double\" 'single' `back` «»",
    "\x00", "a\x00b\x00", "\x01\x02\x07\x1b[31mred\x1b[0m\x7f", "\t tab\r\nCRLF\rCR\n",
    "😀 👨‍👩‍👧‍👦 🇳🇱 1️⃣ 👍🏽 ❤️", "שלום עולם", "مرحبا بالعالم ١٢٣", "\u202eevil\u202c text",
    "\u200f\u200e\u200d\u2066iso\u2069", "\ufeffBOM", "\u2028line\u2029para", "Ωmega ẞ ﬁ ℌ 𝕏",
    "薄熙来 ქართული Привет Ελλάδα", "e\u0301 n\u0303 \u0338", "\ue000 private \U0010fffd",
    "{name} {0} %s %(x)s", "   ", "", "-- DROP TABLE 'case'; --", "\\N \\x00 \\u0000",
]
# Long text is made by repetition: generating 10,000 random characters per field would
# spend the time budget in Hypothesis rather than in the casebook.
LONG = st.builds(lambda piece, times: (piece * times)[:20_000], st.text(min_size=1, max_size=60),
                 st.integers(min_value=50, max_value=2_000))
user_text = st.one_of(
    st.text(max_size=120),
    st.sampled_from(TRICKY),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=20)), max_size=8).map("".join),
    LONG,
)
counter = itertools.count(1)


def stored(text: str) -> str:
    """What the casebook keeps of what was typed: everything but NUL."""
    return text.replace("\x00", "")


def known(exc: KnownError) -> None:
    """A refusal must be a readable message (formatting it must not fail either)."""
    message = str(exc)
    assert message.strip() and "Traceback" not in message


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> bytes:
    """A seeded casebook with two staff, copied for every example (creating one costs more)."""
    from casebook.core.time.clock import FixedClock
    from tests.conftest import START

    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    with Casebook.open(path, clock=FixedClock(START)) as book:
        book.set_setting("timezone", TZ, by="setup")
        book.add_staff("Anna", "desk")
        book.add_staff("Marta", "manager")
    return path.read_bytes()  # closed: the write-ahead log is folded in


@contextlib.contextmanager
def fresh_book(tmp_path, clock, template: bytes):
    """A new casebook file for one example, removed afterwards."""
    path = tmp_path / f"fuzz-{next(counter)}.sqlite3"
    path.write_bytes(template)
    with Casebook.open(path, clock=clock) as book:
        yield book
    for leftover in tmp_path.glob(path.name + "*"):
        leftover.unlink()


CASE_TEXT = ["hear.account", "hear.remedy_sought", "ask.place", "ask.item", "ask.summary",
             "root_cause", "preventive_action"]
CUSTOMER_TEXT = ["name", "phone", "email", "address", "unit", "account"]
case_texts = st.fixed_dictionaries({p: user_text for p in CASE_TEXT + CUSTOMER_TEXT + ["q", "a"]})


def doc_with(texts: dict) -> dict:
    """A complete case whose every free text is fuzzed (the name kept unique, so the case is
    never linked to an earlier example's customer)."""
    customer = {f: texts[f] for f in CUSTOMER_TEXT}
    customer["name"] = f"{texts['name']} #{next(counter)}"
    doc = new_case(customer=customer, ask={"qa": [{"q": texts["q"], "a": texts["a"]}]})
    for path in CASE_TEXT:
        head, _, leaf = path.rpartition(".")
        (doc.setdefault(head, {}) if head else doc)[leaf] = texts[path]
    return doc


def assert_kept(case: dict, doc: dict) -> None:
    for path in CASE_TEXT:
        head, _, leaf = path.rpartition(".")
        want = (doc[head] if head else doc)[leaf]
        assert (case[head] if head else case)[leaf] == stored(want), path
    for f in CUSTOMER_TEXT:
        assert case["customer"][f] == stored(doc["customer"][f]), f
    assert case["ask"]["qa"] == [{"q": stored(x["q"]), "a": stored(x["a"])}
                                 for x in doc["ask"]["qa"]]


# ----------------------------------------------------------- core entry points
@FUZZ
@given(texts=case_texts)
def test_open_case_keeps_every_text_exactly(book, texts):
    doc = doc_with(texts)
    ref = book.open_case(doc, by="Anna")
    assert_kept(book.case(ref), doc)


@FUZZ
@given(texts=case_texts)
def test_update_case_keeps_every_text_exactly(book, texts):
    ref = book.open_case(new_case(), by="Anna")
    doc = doc_with(texts)
    changes = {"hear": doc["hear"], "ask": doc["ask"], "customer": doc["customer"],
               "root_cause": doc["root_cause"], "preventive_action": doc["preventive_action"]}
    book.update_case(ref, changes, by="Anna")
    assert_kept(book.case(ref), doc)


@FUZZ
@given(note=user_text, internal=st.booleans())
def test_an_action_note_is_kept_or_refused_when_blank(book, note, internal):
    ref = book.open_case(new_case(), by="Anna")
    try:
        book.add_action(ref, note, by="Anna", internal=internal)
    except KnownError as exc:
        known(exc)
        assert not stored(note).strip()
        return
    assert book.case(ref)["follow"]["actions"][-1]["note"] == stored(note)


@FUZZ
@given(note=user_text)
def test_a_handover_note_is_kept_in_the_log(book, note):
    ref = book.open_case(new_case(follow={"owner": "Anna"}), by="Anna")
    book.handover(ref, "Bert", by="Anna", note=note)
    last = book.case(ref)["follow"]["actions"][-1]
    reason = stored(note)
    assert last["kind"] == "handover"
    assert last["note"] == "Anna → Bert" + (f": {reason}" if reason.strip() else "")
    assert book.case(ref)["follow"]["owner"] == "Bert"


@FUZZ
@given(name=user_text, role=st.sampled_from(["desk", "handler", "manager", "boss"]))
def test_a_staff_name_is_kept_or_refused(book, name, role):
    known_names = {s.name for s in book.staff(active_only=False)}
    try:
        book.add_staff(name, role, by="Marta")
    except KnownError as exc:
        known(exc)
        clean = stored(name).strip()
        assert role == "boss" or not clean or clean in known_names
        return
    assert book.staff_member(stored(name).strip()).role == role


@FUZZ
@given(en=user_text, ru=user_text, list_name=st.sampled_from(["category", "channel",
                                                              "resolution_type"]))
def test_a_list_entry_is_kept_or_refused(book, en, ru, list_name):
    labels = {"en": en, "ru": ru}
    try:
        code = book.save_list_entry(list_name, None, labels, by="Marta")
    except KnownError as exc:
        known(exc)
        assert not stored(en).strip() and not stored(ru).strip()
        return
    entry = {e.code: e for e in book.list_entries(list_name)}[code]
    for lang, text in labels.items():
        if stored(text).strip():
            assert entry.labels[lang] == stored(text).strip()


@FUZZ
@given(key=st.sampled_from(["business_name", "business_address", "business_phone",
                            "ref_prefix"]), value=user_text)
def test_a_setting_is_kept_and_a_prefix_still_makes_working_references(book, key, value):
    book.set_setting(key, value, by="Marta")
    assert book.setting(key) == stored(value)
    try:
        ref = book.open_case(new_case(), by="Anna")
    except KnownError as exc:  # an unusable prefix is refused, clearly
        known(exc)
        assert key == "ref_prefix"
        return
    assert book.case(ref)["ref"] == ref
    assert ref in book.search(ref, limit=100_000) or not search.query_terms(ref)


@FUZZ
@given(query=user_text)
def test_any_search_query_answers_and_finds_what_it_was_given(book, query):
    found = book.search(query)
    assert isinstance(found, list)
    ref = book.open_case(doc_with({**dict.fromkeys(CASE_TEXT + CUSTOMER_TEXT, ""),
                                   "q": "", "a": "", "hear.account": query}), by="Anna")
    if search.query_terms(query):
        assert ref in book.search(query, limit=100_000)


# ------------------------------------------------------------------ importer
def comparable(doc: dict) -> dict:
    """An exported case without what an import in another file legitimately renumbers."""
    doc = json.loads(json.dumps(doc))
    doc["customer"].pop("id", None)
    return doc


@SLOW
@given(texts=case_texts, fmt=st.sampled_from(["jsonl", "csv"]))
def test_export_then_import_gives_back_the_same_text(tmp_path, clock, template, texts, fmt):
    with fresh_book(tmp_path, clock, template) as first:
        ref = first.open_case(doc_with(texts), by="Anna")
        out = tmp_path / f"cases-{next(counter)}.{fmt}"
        assert interchange.export(first, out, fmt) == 1
        first.bind()
        before = interchange.export_doc(first.get(ref), {})
        before_doc = first.case(ref)
    with fresh_book(tmp_path, clock, template) as second:
        result = interchange.import_file(second, out, by="Anna")
        assert result.refs == [ref]
        after = second.case(ref)
        if fmt == "jsonl":
            second.bind()
            assert comparable(interchange.export_doc(second.get(ref), {})) == comparable(before)
        for column in interchange.CSV_COLUMNS:
            if column.startswith(("customer.", "hear.", "ask.")) and column not in (
                    "hear.received_by", "ask.event_at", "ask.summary_confirmed"):
                head, leaf = column.split(".")
                assert after[head][leaf] == before_doc[head][leaf], column
    out.unlink()


def jsonl_line(texts: dict) -> str:
    return json.dumps(doc_with(texts), ensure_ascii=False)


@FUZZ
@given(texts=case_texts, ascii_only=st.booleans())
def test_importing_a_fuzzed_jsonl_file_keeps_every_text(tmp_path, clock, template, texts, ascii_only):
    path = tmp_path / f"in-{next(counter)}.jsonl"
    doc = doc_with(texts)
    path.write_text(json.dumps(doc, ensure_ascii=ascii_only) + "\n", encoding="utf-8")
    with fresh_book(tmp_path, clock, template) as book:
        [ref] = interchange.import_file(book, path, by="Anna").refs
        assert_kept(book.case(ref), doc)
    path.unlink()


@FUZZ
@given(content=st.one_of(st.binary(max_size=600), user_text, st.lists(
    st.one_of(user_text, st.sampled_from(['{"customer": {"name": 1}}', "[]", "null", '"x"',
                                          '{"ref": {}}', '{"ask": {"qa": [1, null]}}',
                                          '{"received_at": "yesterday"}',
                                          '{"reply": {"resolution": {"amount": "1e999"}}}',
                                          '{"follow": {"actions": [{"at": 5}]}}'])),
    max_size=5).map("\n".join)), suffix=st.sampled_from([".jsonl", ".csv"]))
def test_a_broken_import_file_is_refused_whole_or_taken_whole(tmp_path, clock, template, content,
                                                                suffix):
    path = tmp_path / f"junk-{next(counter)}{suffix}"
    path.write_bytes(content if isinstance(content, bytes)
                     else content.encode("utf-8", "surrogatepass"))
    with fresh_book(tmp_path, clock, template) as book:
        try:
            result = interchange.import_file(book, path, by="Anna")
        except KnownError as exc:
            known(exc)
            assert Case.select().count() == 0  # all or nothing
        else:
            assert Case.select().count() == len(result.refs)
    path.unlink()


# ---------------------------------------------------------- resolution form
def squeeze(text: str) -> str:
    """Text as compared with what pypdf extracts: line wrapping and spacing do not count."""
    return re.sub(r"[\s\u00a0]+", "", text)


def extracted(pdf_path, ref: str) -> str:
    """The form's text without the page furniture (title, reference, verification code,
    page number) that a page break puts between two halves of a long text."""
    furniture = re.compile("(?:Актурегулированияжалобы/)?Resolutionform" + re.escape(ref)
                           + r".*?(?:Страница|Page)\d+(?:из|of)\d+", re.S)
    reader = pypdf.PdfReader(str(pdf_path))
    return "".join(furniture.sub("", squeeze(page.extract_text()), count=1)
                   for page in reader.pages)


@SLOW
@given(texts=case_texts)
def test_the_form_prints_every_text_as_documented(book, tmp_path, texts):
    # Every field at full length: any text of any length must print, flowing across pages.
    doc = doc_with(texts)
    ref = book.open_case(doc, by="Anna")
    out = tmp_path / f"form-{next(counter)}.pdf"
    render(book, ref, str(out), lang="en")
    text = extracted(out, ref)
    case = book.case(ref)
    values = [case["hear"]["account"], case["ask"]["place"], case["ask"]["summary"],
              case["ask"]["qa"][0]["a"]]
    if len(case["customer"]["name"]) < 300:
        # the customer block sits beside the reference: a name longer than a page is split
        # across pages with the other column's text in between, so it is checked when short
        values.append(case["customer"]["name"])
    for value in values:
        want = squeeze(fonts.clean(value))
        assert want in text, (value[:80], want[:80])
    out.unlink()


@pytest.mark.parametrize("text", TRICKY)
def test_each_tricky_text_survives_the_whole_journey(book, tmp_path, clock, template, text):
    """The hand-picked cases, every time, whatever Hypothesis draws."""
    doc = doc_with({**dict.fromkeys(CASE_TEXT + CUSTOMER_TEXT + ["q", "a"], text)})
    ref = book.open_case(doc, by="Anna")
    assert_kept(book.case(ref), doc)
    out = tmp_path / "form.pdf"
    render(book, ref, str(out), lang="ru", second_lang="en")
    assert squeeze(fonts.clean(stored(text))) in extracted(out, ref)
    export = tmp_path / "cases.jsonl"
    interchange.export(book, export, "jsonl")
    with fresh_book(tmp_path, clock, template) as again:
        interchange.import_file(again, export, by="Anna")
        assert_kept(again.case(ref), doc)
