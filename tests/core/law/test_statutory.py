"""Deadlines set by law on real cases: due dates, basis, penalties, met and missed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from casebook.core.law import statutory, views
from casebook.db.models import AuditEntry, Deadline
from tests.core.law.conftest import at, claim


def law_deadlines(book, ref):
    return [d for d in book.get(ref).deadlines.order_by(Deadline.id)
            if d.kind in ("statutory", "code")]


def test_a_russian_refund_claim_is_due_by_law_ten_days_later(ru_book):
    ref = ru_book.open_case(claim(), by="Ivan")  # 10 November, 10:00 in Moscow
    [deadline] = law_deadlines(ru_book, ref)
    assert (deadline.kind, deadline.rule, deadline.state) == ("statutory", "ru.zozpp.22",
                                                              "pending")
    assert deadline.owner.name == "Ivan"
    # due on 20 November: in the due list from the start of that day, Moscow time
    assert deadline.due_at == at(2026, 11, 19, 21, 0)
    assert [d.id for d in ru_book.due(at(2026, 11, 19, 20, 59)) if d.kind == "statutory"] == []
    assert [d.ref for d in ru_book.due(at(2026, 11, 20, 6, 0)) if d.kind == "statutory"] == [ref]
    law = views.case_law(ru_book, ref, "ru")
    [term] = law["terms"]
    assert term["last_day"] == "2026-11-20" and term["state"] == "pending"
    assert term["basis"] == "ст. 22 ЗоЗПП"
    assert term["text"] == "по закону до 20.11.2026, ст. 22 ЗоЗПП"
    assert term["penalty"] is None


def test_after_the_last_day_the_penalty_is_one_per_cent_a_day_of_the_amount(ru_book, law_clock):
    ref = ru_book.open_case(claim(), by="Ivan")
    law_clock.set(at(2026, 11, 20, 20, 59))  # 23:59 on the 20th: still in time
    [term] = views.case_law(ru_book, ref, "en")["terms"]
    assert (term["state"], term["days_late"], term["penalty"]) == ("today", 0, None)
    law_clock.set(at(2026, 11, 21, 7, 0))  # the 21st: one day late
    [term] = views.case_law(ru_book, ref, "en")["terms"]
    # by hand: 12,000.00 × 1 % × 1 day = 120.00
    assert (term["state"], term["days_late"], term["penalty"]) == ("missed", 1, "120.00")
    law_clock.set(at(2026, 11, 25, 9, 0))  # the 25th: five days late
    [term] = views.case_law(ru_book, ref, "ru")["terms"]
    # by hand: 12,000.00 × 1 % × 5 days = 600.00
    assert (term["days_late"], term["penalty"], term["currency"]) == (5, "600.00", "RUB")
    assert term["status"] == ("срок пропущен; просрочка 5 дней; неустойка на сегодня "
                              "600,00\xa0₽ (1 % в день × 5 дней от 12\xa0000,00\xa0₽)")


def test_a_replacement_claim_gets_seven_days_and_a_repair_45(ru_book):
    replace = ru_book.open_case(claim(hear={"remedy_sought": "Замените чайник"}), by="Ivan")
    repair = ru_book.open_case(claim(hear={"remedy_sought": "", "remedy_type": "repair"}),
                               by="Ivan")
    [d] = law_deadlines(ru_book, replace)
    assert d.rule == "ru.zozpp.21"
    assert views.case_law(ru_book, replace, "en")["terms"][0]["last_day"] == "2026-11-17"
    [d] = law_deadlines(ru_book, repair)
    # 10 November + 45 days = Friday 25 December (20 days of November, 25 of December)
    assert (d.rule, views.case_law(ru_book, repair, "en")["terms"][0]["last_day"]) == (
        "ru.zozpp.20", "2026-12-25")


def test_a_last_day_on_a_weekend_moves_to_monday_where_the_law_says_so(ru_book, law_clock):
    law_clock.set(at(2026, 11, 11, 7, 0))  # Wednesday: +10 days is Saturday 21 November
    ref = ru_book.open_case(claim(), by="Ivan")
    assert views.case_law(ru_book, ref, "en")["terms"][0]["last_day"] == "2026-11-23"


def test_a_complaint_is_not_a_claim_in_russia_and_a_service_gets_three_per_cent(ru_book,
                                                                                law_clock):
    complaint = ru_book.open_case(claim(kind="complaint"), by="Ivan")
    assert law_deadlines(ru_book, complaint) == []
    service = ru_book.open_case(claim(about="service", hear={"amount": "2000"}), by="Ivan")
    [d] = law_deadlines(ru_book, service)
    assert d.rule == "ru.zozpp.31"
    law_clock.set(at(2026, 12, 31, 9, 0))  # 41 days late: 3 % × 41 = 123 %, capped at 100 %
    [term] = views.case_law(ru_book, service, "en")["terms"]
    assert (term["days_late"], term["penalty"]) == (41, "2000.00")
    assert "capped at the price" in term["status"]


def test_a_dutch_complaint_gets_the_14_day_sector_code_term_marked_as_a_code(nl_book):
    doc = claim(kind="complaint", customer={"name": "Sanne de Vries", "language": "nl"},
                hear={"remedy_sought": "Graag een nieuwe", "amount": ""})
    ref = nl_book.open_case(doc, by="Ivan")
    [d] = law_deadlines(nl_book, ref)
    assert (d.kind, d.rule) == ("code", "nl.thuiswinkel.16")
    [term] = views.case_law(nl_book, ref, "nl")["terms"]
    assert term["last_day"] == "2026-11-24" and term["nature"] == "code"
    assert term["text"] == ("volgens de branchecode uiterlijk 24-11-2026, art. 16 lid 3 "
                            "Algemene Voorwaarden Thuiswinkel (branchecode) (een code, geen wet)")
    en = views.case_law(nl_book, ref, "en")["terms"][0]["text"]
    assert en.startswith("by the sector code until ") and en.endswith("(a code, not law)")


def test_a_gdpr_erasure_request_is_answered_within_one_month(nl_book, law_clock):
    erase = claim(kind="complaint", about="personal_data",
                  hear={"remedy_sought": "Wis al mijn gegevens", "amount": ""},
                  customer={"name": "Sanne de Vries", "language": "nl"})
    ref = nl_book.open_case(erase, by="Ivan")
    [d] = law_deadlines(nl_book, ref)
    assert (d.kind, d.rule) == ("statutory", "eu.gdpr.12.3")
    assert views.case_law(nl_book, ref, "en")["terms"][0]["last_day"] == "2026-12-10"
    law_clock.set(at(2026, 1, 31, 10, 0))  # a month from 31 January ends on 28 February
    ref = nl_book.open_case(erase, by="Ivan")
    assert views.case_law(nl_book, ref, "en")["terms"][0]["last_day"] == "2026-02-28"


def test_a_casebook_with_no_country_has_no_deadlines_set_by_law(tmp_path, law_clock):
    from tests.core.law.conftest import open_book

    with open_book(tmp_path / "none.sqlite3", law_clock, country="", tz="Europe/Moscow") as book:
        for doc in (claim(), claim(hear={"remedy_type": "replacement"}),
                    claim(kind="complaint", about="personal_data")):
            ref = book.open_case(doc, by="Ivan")
            assert law_deadlines(book, ref) == []
            assert views.case_law(book, ref, "en") == {"terms": [], "rights": []}
        assert [d for d in book.due(at(2027, 1, 1)) if d.kind in ("statutory", "code")] == []


def test_changing_the_remedy_replaces_the_term_and_logs_both(ru_book):
    ref = ru_book.open_case(claim(), by="Ivan")
    ru_book.update_case(ref, {"hear": {"remedy_type": "repair"}}, by="Ivan")
    states = [(d.rule, d.state) for d in law_deadlines(ru_book, ref)]
    assert states == [("ru.zozpp.22", "cancelled"), ("ru.zozpp.20", "pending")]
    entry = AuditEntry.select().where(AuditEntry.case_ref == ref).order_by(
        AuditEntry.id.desc()).first()
    assert entry.changes["law.ru.zozpp.22"] == ["2026-11-20", None]
    assert entry.changes["law.ru.zozpp.20"] == [None, "2026-12-25"]
    # back to a refund: a new 10-day term from the same claim day, nothing shortened silently
    ru_book.update_case(ref, {"hear": {"remedy_type": "refund"}}, by="Ivan")
    assert [(d.rule, d.state) for d in law_deadlines(ru_book, ref)][-2:] == [
        ("ru.zozpp.20", "cancelled"), ("ru.zozpp.22", "pending")]


def test_the_reply_meets_the_term_and_a_late_reply_is_counted_late(ru_book, law_clock):
    ref = ru_book.open_case(claim(), by="Ivan")
    law_clock.set(at(2026, 11, 18, 9, 0))
    ru_book.update_case(ref, {"reply": {"at": "2026-11-18T12:00", "channel": "walk_in",
                                        "text": "Деньги возвращены.",
                                        "resolution": {"type": "refund", "amount": "12000",
                                                       "currency": "RUB"},
                                        "approved_by": "Olga"}}, by="Olga")
    [d] = law_deadlines(ru_book, ref)
    assert d.state == "done"
    law_clock.set(at(2026, 12, 1, 9, 0))
    [term] = views.case_law(ru_book, ref, "en")["terms"]
    assert (term["state"], term["penalty"]) == ("done", None)


def test_a_missed_term_goes_to_every_managers_due_list(ru_book, law_clock):
    ref = ru_book.open_case(claim(), by="Ivan")
    on_the_day = at(2026, 11, 20, 9, 0)
    assert [d for d in ru_book.due(on_the_day, owner="Olga") if d.ref == ref] == []
    after = at(2026, 11, 21, 9, 0)
    escalated = [d for d in ru_book.due(after, owner="Olga") if d.ref == ref]
    assert [(d.kind, d.state, d.owner) for d in escalated] == [("statutory", "missed", "Ivan")]
    assert [d for d in ru_book.due(after, owner="Nino") if d.ref == ref] == []  # a desk clerk
    # the owner sees it as ever, once
    assert [d.kind for d in ru_book.due(after, owner="Ivan") if d.kind == "statutory"] == [
        "statutory"]


def test_a_term_waits_for_its_event_chinese_refund_after_the_goods_come_back(tmp_path,
                                                                            law_clock):
    from tests.core.law.conftest import open_book

    with open_book(tmp_path / "cn.sqlite3", law_clock, country="CN", tz="Asia/Shanghai",
                   currency="CNY") as book:
        doc = claim(kind="complaint", sale="distance",
                    customer={"name": "王芳", "language": "zh_CN"},
                    hear={"remedy_sought": "七天无理由退货，请退款", "amount": "399"},
                    ask={"delivered_at": "2026-11-06T15:00"})
        ref = book.open_case(doc, by="Ivan")
        assert law_deadlines(book, ref) == []
        law = views.case_law(book, ref, "zh_CN")
        assert [t["state"] for t in law["terms"]] == ["waiting"]
        assert "退回" in law["terms"][0]["text"]
        # the customer's own 7 days to return, from receiving the goods on 6 November
        assert [(r["rule"], r["last_day"]) for r in law["rights"]] == [
            ("cn.xfz.25.return", "2026-11-13"), ("cn.xfz.24.return", "2026-11-13")]
        book.update_case(ref, {"ask": {"returned_at": "2026-11-12T11:00"}}, by="Ivan")
        [d] = law_deadlines(book, ref)
        assert (d.rule, views.case_law(book, ref, "en")["terms"][0]["last_day"]) == (
            "cn.xfz.25.refund", "2026-11-19")


def test_a_dutch_defect_reported_within_two_months_of_finding_it_is_in_time(nl_book):
    doc = claim(kind="complaint", customer={"name": "Sanne", "language": "nl"},
                ask={"event_at": "2026-09-15T12:00"})
    ref = nl_book.open_case(doc, by="Ivan")
    [right] = views.case_law(nl_book, ref, "nl")["rights"]
    assert (right["rule"], right["last_day"], right["in_time"]) == (
        "nl.bw.7.23", "2026-11-15", True)
    assert "Op tijd gemeld" in right["text"]


def test_statutory_terms_are_dst_safe_local_days(nl_book, law_clock):
    # Saturday 24 October 2026, 23:30 in Amsterdam; the clocks go back that night
    law_clock.set(at(2026, 10, 24, 21, 30))
    ref = nl_book.open_case(claim(kind="complaint"), by="Ivan")
    [d] = law_deadlines(nl_book, ref)
    # 14 days: Saturday 7 November, from 00:00 CET (UTC+1)
    assert d.due_at == at(2026, 11, 6, 23, 0)
    assert views.case_law(nl_book, ref, "en")["terms"][0]["last_day"] == "2026-11-07"


def test_amount_and_penalty_are_exact_decimals(ru_book, law_clock):
    ref = ru_book.open_case(claim(hear={"amount": "999.99"}), by="Ivan")
    law_clock.set(at(2026, 11, 23, 9, 0))  # 3 days late
    case = ru_book.get(ref)
    from casebook.core.cases import document

    [term] = statutory.case_terms(case, document.to_doc(case), ru_book.now())
    # by hand: 999.99 × 0.01 × 3 = 29.9997 → 30.00
    assert term.penalty.amount == Decimal("30.00") and term.days_late == 3
    assert term.last_day == dt.date(2026, 11, 20)


def test_an_old_casebook_takes_the_law_after_its_upgrade(tmp_path, law_clock):
    import shutil
    from pathlib import Path

    from casebook.core.casebook import Casebook
    from casebook.core.trust.verify import verify

    copy = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parents[2] / "data" / "casebook-v1.sqlite3", copy)
    with Casebook.open(copy, clock=law_clock) as book:
        old = book.case("2026-00002")
        assert (old["hear"]["remedy_type"], old["about"], old["hear"]["amount"]) == ("", "",
                                                                                   None)
        book.set_setting("country", "NL", by="Anna")
        book.update_case("2026-00002", {"about": "goods"}, by="Anna")
        assert [d.rule for d in law_deadlines(book, "2026-00002")] == ["nl.thuiswinkel.16"]
        assert verify(book.db) == []  # the signed case of the old file still verifies
