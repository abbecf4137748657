"""A case's history told in words, in the reader's language, from the real audit log."""

from casebook.core.cases import history
from casebook.core.cases.listing import show
from tests.conftest import new_case

MONEY = {"resolution": {"type": "refund", "amount": "20", "currency": "EUR"}}


def told(book, ref, lang="en"):
    words = history.for_book(book, lang=lang)
    return [words.lines(entry) for entry in show(book, ref)["history"]]


def test_each_change_is_a_sentence_with_the_fields_name_values_and_who(book, clock):
    ref = book.open_case(new_case(reply=MONEY), by="Anna")
    clock.advance(minutes=5)
    book.update_case(ref, {"reply": {"resolution": {"amount": "40"}}, "channel": "email",
                           "customer": {"phone": "+31 6 1234 5678"}}, by="Anna")
    assert told(book, ref) == [
        ["Case opened by Anna"],
        ["Received via changed from Phone to Email by Anna",
         "Phone changed from +7 912 345-67-89 to +31 6 1234 5678 by Anna",
         "Amount changed from 20 to 40 by Anna"]]


def test_times_read_in_the_language_and_reasons_follow(book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"follow": {"next_reply_at": "2026-03-04T10:00:00+01:00"}},
                     by="Anna", reason="The customer asked for Wednesday")
    assert told(book, ref, "ru")[-1] == [
        "Следующий ответ: было 03.03.2026 09:00, стало 04.03.2026 10:00 — Anna",
        "Причина: The customer asked for Wednesday"]


def test_notes_handovers_snoozes_and_signing_are_told(book):
    ref = book.open_case(new_case(), by="Anna")
    book.add_action(ref, "Called the plumber", by="Anna", internal=True)
    book.handover(ref, "Bert", by="Anna", note="Evening shift")
    deadline = book.due(owner="Bert", at=book.now().replace(year=2027))[0]
    book.snooze(deadline.id, 15, by="Bert")
    book.update_case(ref, {"reply": {"at": "2026-03-02T11:00", "channel": "phone",
                                     "text": "Fixed", "resolution": {"type": "repair"},
                                     "accepted": True}}, by="Bert")
    book.sign(ref, by="Bert", satisfaction=5)
    lines = told(book, ref)
    assert lines[1] == ["Staff-only note added by Anna: Called the plumber"]
    assert lines[2] == ["Handed over from Anna to Bert by Anna", "Note: Evening shift"]
    assert lines[3][0].endswith("snoozed until 02/03/2026 10:15 by Bert")
    assert "Resolution set to Repair by Bert" in lines[4]
    assert "Customer accepts set to yes by Bert" in lines[4]
    assert lines[-1] == ["The customer signed; recorded by Bert"]


def test_long_text_is_named_not_quoted(book):
    ref = book.open_case(new_case(), by="Anna")
    book.update_case(ref, {"hear": {"account": "A long story. " * 20}}, by="Anna")
    assert told(book, ref, "nl")[-1] == ["In de woorden van de klant gewijzigd door Anna"]
