"""The demo generator tells true stories: each case coherent from the customer's words to
the resolution, in office hours, in one currency, with a realistic morning at "now".

Each document is matched back to the story it tells through the story's own texts in
the data files (the account, then the place, the resolution and the root cause must be
that story's too), so a noise complaint answered about billing, a break-in at the lift
or a theft "not upheld" cannot pass.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import subprocess
import sys
import time
from functools import cache

import pytest

from casebook.core.demo import generator, phrases

TZ = "Europe/Amsterdam"
UTC = dt.timezone.utc
# a Monday morning in March, a Saturday afternoon in late June, a Wednesday in January
NOWS = [dt.datetime(2026, 3, 2, 8, 15, tzinfo=UTC), dt.datetime(2025, 6, 28, 13, 40, tzinfo=UTC),
        dt.datetime(2027, 1, 13, 10, 5, tzinfo=UTC)]
STORIES = phrases.raw("stories")
BUSINESS = STORIES["business"]
MONEY = {"refund", "compensation", "discount"}
PNG = b"\x89PNG\r\n\x1a\n"


def _docs(seed: int, now: dt.datetime, n: int = 700) -> list[dict]:
    return list(generator.generate(n, seed=seed, now=now, tz=TZ))


@cache
def _all() -> list[tuple[dict, dt.datetime]]:
    return [(d, now) for seed, now in enumerate(NOWS * 2, start=1) for d in _docs(seed, now)]


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None  # local time, with its offset


@cache
def _patterns(lang: str) -> dict[str, dict]:
    """Each story's texts in `lang` as patterns: a slot matches any text."""
    def pattern(template: str) -> re.Pattern:
        parts = re.split(r"\{\w+\}", template)
        return re.compile("(?:.+?)".join(re.escape(p) for p in parts), re.S)

    words = phrases.raw(lang)
    out = {}
    for key, told in words["stories"].items():
        story = STORIES["stories"][key]
        place = story["place"]
        out[key] = {
            "account": pattern(told["account"]),
            "resolution": {t: pattern(text) for t, text in told["resolution"].items()},
            "cause": pattern(told["cause"]) if "cause" in told else None,
            "place": None if place in ("", "unit") else pattern(words["places"][place]),
        }
    return out


def _story(doc: dict) -> str:
    lang = doc["customer"]["language"]
    found = [key for key, p in _patterns(lang).items() if p["account"].search(doc["hear"]["account"])]
    assert len(found) == 1, (doc["hear"]["account"], found)
    return found[0]


def test_each_case_tells_one_story_from_the_words_to_the_resolution():
    told = set()
    for doc, _now in _all():
        key = _story(doc)
        told.add(key)
        story = STORIES["stories"][key]
        p = _patterns(doc["customer"]["language"])[key]
        assert doc["category"] == story["category"], key
        assert set(story.get("incident", [])) <= set(doc["major_triggers"]), key
        assert (doc["severity"] == "major") == bool(doc["major_triggers"])
        place = doc["ask"]["place"]
        if story["place"] == "unit":
            assert place == doc["customer"]["unit"] != "", key
        elif story["place"] == "":
            assert place == "", key
        else:
            assert p["place"].fullmatch(place), (key, place)
        resolution = doc["reply"]["resolution"]
        if doc["reply"]["at"]:
            assert resolution["type"] in story["resolutions"], (key, resolution["type"])
            assert p["resolution"][resolution["type"]].fullmatch(resolution["text"]), key
            if doc["kind"] == "claim":
                assert resolution["type"] in MONEY | {"explanation"}, key
        if doc["nature"] == "systemic":
            assert p["cause"].fullmatch(doc["root_cause"]), key
        else:
            assert doc["root_cause"] == doc["preventive_action"] == ""
        if "claim" not in story:
            assert doc["kind"] == "complaint", key
    # 700 cases a run tell nearly every story
    assert len(told) >= len(STORIES["stories"]) - 3


def test_money_is_in_the_business_currency_and_approved_above_the_limits():
    limits = {"desk": 50, "handler": 250}
    roles = dict(generator.STAFF)
    paid = 0
    for doc, _now in _all():
        resolution = doc["reply"]["resolution"]
        if resolution["amount"] is None:
            assert resolution["type"] not in MONEY or not doc["reply"]["at"]
            continue
        paid += 1
        assert resolution["currency"] == "EUR"
        assert float(resolution["amount"]) > 0
        assert "€" in resolution["text"] or resolution["type"] == "explanation"
        for symbol in ("₽", "¥", "元", "₾", "£", "$"):
            assert symbol not in resolution["text"] + doc["hear"]["remedy_sought"]
        limit = limits.get(roles[doc["follow"]["owner"]])
        if limit is not None and float(resolution["amount"]) > limit:
            assert roles[doc["reply"]["approved_by"]] == "manager"
    assert paid > 300


def _office(moment: dt.datetime, holidays: set[str]) -> bool:
    hours = BUSINESS["hours"].get(str(moment.weekday()))
    if hours is None or moment.date().isoformat() in holidays:
        return False
    return hours[0] <= moment.strftime("%H:%M") < hours[1]


def test_staff_act_in_office_hours_and_in_order():
    closed = {now: set(generator.business_settings(now, TZ)["business_hours"]["holidays"])
              for now in NOWS}
    for doc, now in _all():
        holidays = closed[now]
        incident = bool(STORIES["stories"][_story(doc)].get("incident"))
        received = _when(doc["received_at"])
        local_now = now.astimezone(received.tzinfo)
        last = received
        for action in doc["follow"]["actions"]:
            at = _when(action["at"])
            assert last <= at <= local_now, doc["follow"]["actions"]
            last = at
            seen_at_desk = action["kind"] == "contact" and at - received <= dt.timedelta(minutes=20)
            if not seen_at_desk:
                # no one works between 23:30 and 07:00; the manager on call answers an
                # incident until then, everyone else works office hours
                assert dt.time(7) <= at.time() < dt.time(23, 30), action
                if not incident:
                    assert _office(at, holidays), (action, at.strftime("%a"))
        event = _when(doc["ask"]["event_at"])
        assert event < received
        reply, signed = _when(doc["reply"]["at"]), _when(doc["record"]["signed_at"])
        if reply:
            assert last <= reply <= local_now
            assert _office(reply, holidays) or reply - received <= dt.timedelta(minutes=45)
        if signed:
            assert reply <= signed <= local_now
            assert _office(signed, holidays) or signed - reply <= dt.timedelta(minutes=20)
        if doc["report"]["at"]:
            assert received < _when(doc["report"]["at"]) <= received + dt.timedelta(hours=4)


def test_signed_cases_carry_the_drawings_of_the_customer_and_the_owner():
    customers: dict[tuple, str] = {}
    owners: dict[str, str] = {}
    signed = 0
    for doc, _now in _all():
        drawn = doc["record"].get("signatures")
        if not doc["record"]["signed_at"]:
            assert drawn is None
            continue
        signed += 1
        assert set(drawn) == {"customer", "staff"}
        for text in drawn.values():
            assert base64.b64decode(text).startswith(PNG)
        person = (doc["customer"]["name"], doc["customer"]["phone"])
        assert customers.setdefault(person, drawn["customer"]) == drawn["customer"]
        assert owners.setdefault(doc["follow"]["owner"], drawn["staff"]) == drawn["staff"]
    assert signed > 0.8 * len(_all())
    assert len(set(customers.values())) > 20  # not one scribble for everyone


def test_the_first_morning_shows_todays_work_not_a_backlog():
    for doc, now in _all():
        received = _when(doc["received_at"])
        local_now = now.astimezone(received.tzinfo)
        if not doc["reply"]["at"]:  # open: recent, with a reply agreed around today
            assert local_now - received < dt.timedelta(days=35)
            due = _when(doc["follow"]["next_reply_at"])
            assert local_now - dt.timedelta(days=3) < due < local_now + dt.timedelta(days=8)
            assert dt.time(9) <= due.time() <= dt.time(17) and due.weekday() < 5
        elif not doc["record"]["signed_at"]:  # awaiting signature: a reply of the last days
            assert local_now - _when(doc["reply"]["at"]) < dt.timedelta(days=10)
    for seed, now in enumerate(NOWS, start=1):
        docs = _docs(seed, now, 1500)
        open_ = [d for d in docs if not d["reply"]["at"]]
        today = now.astimezone(_when(docs[-1]["received_at"]).tzinfo).date()
        due_today = [d for d in open_ if _when(d["follow"]["next_reply_at"]).date() == today]
        overdue = [d for d in open_ if _when(d["follow"]["next_reply_at"]) < now]
        assert 20 <= len(open_) <= 120
        assert len(overdue) <= len(open_) / 4
        if today.weekday() < 5:  # a working day: a handful due today for the eight staff
            assert 3 <= len(due_today) <= 40


def test_the_customer_says_when_it_happened_as_the_form_dates_it():
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    checked = 0
    for doc, _now in _all():
        if doc["customer"]["language"] != "en":
            continue
        event, received = _when(doc["ask"]["event_at"]), _when(doc["received_at"])
        said = doc["hear"]["account"] + " " + doc["ask"]["summary"]
        for day in re.findall(r"(?:since|on) (Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)", said):
            assert weekdays[event.weekday()] == day, (said, event)
            assert 2 <= (received.date() - event.date()).days <= 6
            checked += 1
        if "since yesterday" in said:
            assert (received.date() - event.date()).days == 1
    assert checked > 20


def test_seasons_and_nights_hold():
    months = {"icy_path": {12, 1, 2}, "wasps_nest": {6, 7, 8, 9},
              "heating_plant": {11, 12, 1, 2, 3}, "aircon_plant": {6, 7, 8}}
    for doc, _now in _all():
        key = _story(doc)
        if key in months:
            assert _when(doc["received_at"]).month in months[key], key
        if key in ("bikes_stolen", "mail_stolen"):  # "last night"
            event, received = _when(doc["ask"]["event_at"]), _when(doc["received_at"])
            assert event.hour < 6 and event.date() == received.date()


def test_the_same_seed_gives_the_same_casebook_oldest_first():
    now = NOWS[0]
    docs = _docs(11, now, 400)
    received = [_when(d["received_at"]) for d in docs]
    assert received == sorted(received)
    first = json.dumps(docs, sort_keys=True)
    assert json.dumps(_docs(11, now, 400), sort_keys=True) == first
    assert json.dumps(_docs(12, now, 400), sort_keys=True) != first


def test_a_million_cases_are_streamed_not_held():
    started = time.perf_counter()
    docs = generator.generate(1_000_000, seed=1, now=NOWS[0], tz=TZ)
    first = next(docs)
    assert time.perf_counter() - started < 5  # no list of a million arrivals first
    assert _when(first["received_at"]) <= _when(next(docs)["received_at"])
    # memory flat in n: a fresh process's peak is the same for 2,000 and 60,000 cases
    code = ("import datetime as dt, resource, sys\n"
            "from casebook.core.demo import generator\n"
            "now = dt.datetime(2026, 3, 2, 8, 15, tzinfo=dt.timezone.utc)\n"
            "for _ in generator.generate(int(sys.argv[1]), seed=2, now=now): pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")

    def peak_kib(n: int) -> int:
        out = subprocess.run([sys.executable, "-c", code, str(n)], capture_output=True,
                             text=True, check=True, timeout=300)
        return int(out.stdout.split()[-1])

    small, large = peak_kib(2000), peak_kib(60000)
    assert large < small + 12 * 1024, (small, large)


@pytest.mark.parametrize("bad", [dict(n=-1), dict(now=dt.datetime(2026, 3, 2, 9, 0))])
def test_bad_arguments_are_refused(bad):
    args = {"n": 1, "now": NOWS[0]} | bad
    with pytest.raises(ValueError):
        list(generator.generate(args["n"], seed=1, now=args["now"], tz=TZ))
