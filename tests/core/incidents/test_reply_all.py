"""Reply to all: written once, recorded on every case, printed in each customer's language."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from casebook.core.cases import listing
from casebook.db.models import AuditEntry
from casebook.errors import RuleViolation
from casebook.pdf import letters
from tests.conftest import START
from tests.core.incidents.conftest import HOUSEHOLDS

REPLY = "The lift was repaired on 3 March and inspected by the lift company."
RESOLUTION = "Motor replaced; weekly inspection of the lift from now on."
# A word of each language's letter that only that language's letter has (its greeting)
GREETING = {"ru": "Здравствуйте", "zh_CN": "尊敬的", "nl": "Geachte", "ka": "პატივცემულო"}


@pytest.fixture
def linked(book, clock, lift, calls):
    for ref in calls:
        book.incidents.link(ref, lift, by="Anna")
    clock.set(START + dt.timedelta(hours=5))
    return calls


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_reply_to_all_writes_a_reply_into_each_case_with_its_own_deadlines(book, lift,
                                                                          linked):
    replied = book.incidents.reply_all(lift, by="Bert", text=REPLY, resolution_type="repair",
                                       resolution_text=RESOLUTION, channel="letter",
                                       next_reply_at="2026-03-04T10:00:00+01:00")
    assert replied == linked
    for ref in linked:
        case = book.case(ref)
        assert case["reply"]["text"] == REPLY
        assert case["reply"]["resolution"] == {"type": "repair", "text": RESOLUTION,
                                               "amount": None, "currency": ""}
        assert case["reply"]["at"] == "2026-03-02T15:00:00+01:00"
        assert case["follow"]["next_reply_at"] == "2026-03-04T10:00:00+01:00"
        kinds = {(d["kind"], d["state"]) for d in listing.show(book, ref)["deadlines"]}
        assert ("acknowledge", "done") in kinds  # the reply is the first contact
        assert ("reply", "cancelled") in kinds and ("reply", "pending") in kinds
        # each case's own audit entry, by the owner who wrote it
        entry = (AuditEntry.select().where((AuditEntry.case_ref == ref)
                                           & (AuditEntry.action == "update"))
                 .order_by(AuditEntry.id.desc()).first())
        assert entry.actor == "Bert" and entry.changes["reply.text"] == ["", REPLY]
    incident = book.incidents.get(lift)
    assert incident["reply"]["text"] == REPLY and incident["actions"][-1]["kind"] == "reply"
    rows = {c.ref: c for c in book.incidents.cases(lift)}
    assert all(rows[r].replied_at == "2026-03-02T15:00:00+01:00" for r in linked)


def test_letters_print_in_each_customers_language_in_one_batch(book, lift, linked, tmp_path):
    replied = book.incidents.reply_all(lift, by="Bert", text=REPLY, resolution_type="repair",
                                       resolution_text=RESOLUTION)
    out = io.BytesIO()
    written = letters.render_batch(book, replied, out)
    assert [lang for _ref, lang in written] == [h[3] for h in HOUSEHOLDS]
    texts = pages(out.getvalue())
    assert len(texts) == len(linked)  # one page each here
    for text, (name, _phone, _flat, lang), ref in zip(texts, HOUSEHOLDS, linked):
        flat = " ".join(text.split())
        assert name in flat and ref in flat
        assert "Motor replaced" in flat and "weekly inspection" in flat
        assert GREETING[lang] in flat
        for other, word in GREETING.items():
            if other != lang:
                assert word not in flat
    files = letters.render_each(book, replied, tmp_path / "letters")
    assert [f.name for f in files] == [f"{ref}-letter.pdf" for ref in linked]
    assert HOUSEHOLDS[1][0] in " ".join(pages(files[1].read_bytes())[0].split())


def test_reply_to_all_leaves_signed_cases_alone_and_can_choose(book, lift, linked):
    book.update_case(linked[0], {"reply": {"at": "2026-03-02T12:00:00+01:00",
                                           "channel": "phone", "text": "Own reply",
                                           "resolution": {"type": "apology"},
                                           "accepted": True}}, by="Anna")
    book.sign(linked[0], by="Anna")
    assert book.incidents.reply_all(lift, by="Bert", text=REPLY,
                                    resolution_type="repair") == linked[1:]
    assert book.case(linked[0])["reply"]["text"] == "Own reply"
    with pytest.raises(RuleViolation, match="signed"):
        book.incidents.reply_all(lift, by="Bert", text=REPLY, resolution_type="repair",
                                 refs=[linked[0]])
    chosen = book.incidents.reply_all(lift, by="Bert", text="Second reply",
                                      resolution_type="repair", refs=[linked[2]])
    assert chosen == [linked[2]] and book.case(linked[1])["reply"]["text"] == REPLY


def test_only_the_owner_or_a_manager_replies_to_all(book, lift, linked):
    with pytest.raises(RuleViolation, match="owner of incident"):
        book.incidents.reply_all(lift, by="Anna", text=REPLY, resolution_type="repair")
    assert book.incidents.reply_all(lift, by="Marta", text=REPLY, resolution_type="repair")


def test_one_refused_case_leaves_every_case_unchanged(book, lift, linked):
    """A desk clerk's limit refuses the amount on every case: the batch is one change."""
    book.incidents.update(lift, {"owner": "Anna"}, by="Marta")
    with pytest.raises(RuleViolation, match="manager must approve"):
        book.incidents.reply_all(lift, by="Anna", text=REPLY, resolution_type="compensation",
                                 amount="80", currency="EUR")
    assert all(book.case(ref)["reply"]["text"] == "" for ref in linked)
    assert book.incidents.get(lift)["reply"]["text"] == ""


def test_a_reply_needs_its_words_and_a_resolution_from_the_list(book, lift, linked):
    from casebook.errors import InvalidInput

    with pytest.raises(InvalidInput, match="Write the reply"):
        book.incidents.reply_all(lift, by="Bert", text="  ", resolution_type="repair")
    with pytest.raises(InvalidInput, match="resolution from the list"):
        book.incidents.reply_all(lift, by="Bert", text=REPLY, resolution_type="")
    with pytest.raises(InvalidInput, match="not linked"):
        book.incidents.reply_all(lift, by="Bert", text=REPLY, resolution_type="repair",
                                 refs=["2026-99999"])
