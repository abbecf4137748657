"""The open incident a new case is probably about."""

import datetime as dt

from tests.conftest import START, new_case
from tests.core.incidents.conftest import household_case


def draft(**over):
    """Ivan's case as typed, in words that do not name the lift (unless told to)."""
    over.setdefault("ask", {"place": "Building 3", "summary": "So it stopped?",
                            "summary_confirmed": True})
    doc = household_case(0, **over)
    doc["received_at"] = "2026-03-02T10:20:00+01:00"
    return doc


def refs(book, doc):
    return [(s.ref, s.why) for s in book.incidents.suggest(doc)]


def test_same_category_and_place_in_the_window(book, clock, lift):
    other = book.incidents.open(title="Flooded basement", place="Building 5",
                                category="shared_facilities", by="Anna")
    neutral = {"account": "It does not work.", "remedy_sought": "Fix it"}
    assert refs(book, draft(hear=neutral)) == [(lift, "place")]
    # a flat outside the incident's unit range, another category, a day later: no
    assert refs(book, draft(hear=neutral, customer={"name": "X", "unit": "Flat 52",
                                                    "address": "Building 3"})) == []
    assert refs(book, draft(hear=neutral, category="noise")) == []
    late = draft(hear=neutral)
    late["received_at"] = "2026-03-03T12:00:00+01:00"
    assert refs(book, late) == []
    assert other not in [r for r, _ in refs(book, draft(hear=neutral))]


def test_a_close_search_match_in_any_language(book, clock):
    lift = book.incidents.open(title="Лифт не работает", place="дом 3", by="Anna")
    doc = new_case(hear={"account": "Опять не работает лифт в нашем доме 3, жена застряла.",
                         "remedy_sought": "Починить"})
    assert refs(book, doc) == [(lift, "words")]
    leak = book.incidents.open(title="楼上漏水", place="3号楼", by="Anna")
    doc = new_case(hear={"account": "3号楼楼上漏水，天花板湿了。", "remedy_sought": "修"})
    assert refs(book, doc)[0] == (leak, "words")
    assert refs(book, new_case()) == []  # heating in flat 12: neither


def test_closed_incidents_and_the_linked_one_are_not_offered(book, clock, lift, calls):
    book.incidents.link(calls[0], lift, by="Anna")
    assert refs(book, book.case(calls[0])) == []
    assert refs(book, draft()) == [(lift, "place")]
    clock.set(START + dt.timedelta(hours=1))
    book.incidents.update(lift, {"state": "closed"}, by="Bert")
    assert refs(book, draft()) == []
