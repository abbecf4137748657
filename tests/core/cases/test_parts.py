"""The six parts and their completeness rules, on plain documents."""

from casebook.core.cases import parts


def doc(**over):
    base = {
        "received_at": "2026-03-02T10:00:00+01:00", "channel": "phone", "kind": "complaint",
        "severity": "general", "major_triggers": [],
        "hear": {"account": "No heating", "remedy_sought": "Fix it", "received_by": "Anna"},
        "ask": {"summary": "Heating off since Monday?", "summary_confirmed": True, "qa": []},
        "follow": {"owner": "Anna", "next_reply_at": "2026-03-03T09:00:00+01:00",
                   "actions": []},
        "reply": {"at": None, "channel": "", "text": "", "accepted": None,
                  "resolution": {"type": "", "amount": None, "currency": "", "text": ""}},
        "record": {"signed_at": None, "satisfaction": None},
        "report": {"to": "", "at": None, "means": "", "acknowledged_at": None},
    }
    for key, value in over.items():
        base[key] = {**base[key], **value} if isinstance(value, dict) else value
    return base


def test_a_case_cannot_leave_hear_without_the_remedy_sought():
    status = parts.hear(doc(hear={"remedy_sought": " "}))
    assert not status.done
    assert status.missing == ("hear.remedy_sought",)


def test_ask_needs_a_confirmed_summary():
    assert parts.ask(doc()).done
    assert parts.ask(doc(ask={"summary_confirmed": False})).missing == ("ask.summary_confirmed",)


def test_an_open_case_must_have_an_agreed_reply_time():
    assert parts.follow(doc()).done
    status = parts.follow(doc(follow={"next_reply_at": None}))
    assert status.missing == ("follow.next_reply_at",)


def replied(**resolution):
    return {"at": "2026-03-03T09:00:00+01:00", "channel": "phone", "text": "Fixed today",
            "accepted": True, "resolution": {"type": "repair", "amount": None, "currency": "",
                                             "text": "", **resolution}}


def test_a_resolved_case_no_longer_needs_a_reply_time():
    d = doc(reply=replied(), follow={"next_reply_at": None})
    assert parts.reply(d).done and parts.follow(d).done
    assert parts.derive_state(d) == "resolved"


def test_money_resolutions_need_amount_and_currency():
    status = parts.reply(doc(reply=replied(type="refund")))
    assert status.missing == ("reply.resolution.amount", "reply.resolution.currency")
    assert parts.reply(doc(reply=replied(type="refund", amount="20.00", currency="EUR"))).done


def test_a_claim_needs_the_amount_recorded():
    d = doc(kind="claim", reply=replied(type="exchange"))
    assert "reply.resolution.amount" in parts.reply(d).missing


def test_report_applies_to_major_cases_only():
    assert parts.report(doc()) == parts.PartStatus("report", True, applicable=False)
    major = doc(major_triggers=["flooding"])
    assert parts.is_major(major)
    status = parts.report(major)
    assert not status.done and status.applicable
    reported = doc(major_triggers=["flooding"],
                   report={"to": "Marta", "at": "2026-03-02T10:20:00+01:00", "means": "phone"})
    assert parts.is_reported(reported)
    assert parts.report(reported).missing == ("report.acknowledged_at",)


def test_state_follows_the_parts():
    assert parts.derive_state(doc()) == "open"
    signed = doc(reply=replied(), record={"signed_at": "2026-03-04T10:00:00+01:00"})
    assert parts.derive_state(signed) == "closed"
