"""The quick filter "major unreported": major cases not closed whose report is not made,
read on SQLite from the state index's cases not closed (listing.where_status)."""

from __future__ import annotations

from casebook.core.cases import listing
from tests.conftest import new_case

REPLY = {"at": "2026-03-03T09:05:00+01:00", "channel": "phone",
         "text": "The plumber fixed the boiler this morning.",
         "resolution": {"type": "repair", "text": "Boiler valve replaced"}, "accepted": True}


def test_major_unreported_is_every_major_case_not_closed_and_only_those(book, clock):
    def major():
        return book.open_case(new_case(major_triggers=["fire"]), by="Anna")

    open_major, resolved_major, closed_major = major(), major(), major()
    book.update_case(resolved_major, {"reply": REPLY}, by="Anna")
    book.update_case(closed_major, {"reply": REPLY}, by="Anna")
    book.sign(closed_major, by="Anna")
    general = book.open_case(new_case(), by="Anna")
    now = clock.now()
    rows = listing.case_query(status="major_unreported", now=now).dicts()
    assert {r["ref"] for r in rows} == {open_major, resolved_major}
    assert listing.count_cases(status="major_unreported", now=now) == 2
    ids = listing.page_ids(status="major_unreported", now=now)
    assert [r["ref"] for r in listing.rows_for(ids, now)] == [resolved_major, open_major]
    assert general not in {r["ref"] for r in listing.rows_for(ids, now)}
