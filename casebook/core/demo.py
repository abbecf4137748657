"""A deterministic generator of realistic demo cases (interchange documents).

The mix follows a property-management office with a shop downstairs:
customers in all five languages writing in their own words, some repeat
customers, a few major incidents reported within the hour, claims with
amounts, systemic cases with a root cause. Old cases are resolved and
signed; recent ones are open with an agreed reply time, some already late.
The same seed, count and `now` always give the same casebook.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from casebook.core import demo_phrases as P

STAFF = [("Anna de Vries", "desk"), ("Tom Baker", "desk"), ("Giorgi Beridze", "handler"),
         ("Wang Fang", "handler"), ("Olga Smirnova", "manager"), ("Pieter Bakker", "handler"),
         ("Nino Kapanadze", "desk"), ("Sarah Wilson", "manager")]
MANAGERS = [name for name, role in STAFF if role == "manager"]
HANDLERS = [name for name, role in STAFF if role != "manager"]
LANGS = ["en"] * 30 + ["nl"] * 20 + ["ru"] * 20 + ["zh_CN"] * 15 + ["ka"] * 15
PROPERTY = ["unit_repairs"] * 4 + ["noise"] * 2 + ["shared_facilities"] * 2 + [
    "cleaning_grounds", "pests", "lost_mail", "other_services"]
RETAIL = ["product_quality"] * 3 + ["delivery"] * 2 + ["billing", "wrong_item", "returns",
                                                        "staff_attitude"]
TRIGGERS = {"unit_repairs": ["flooding", "power_cut"], "shared_facilities":
            ["lift_entrapment", "major_plant_failure", "collective"],
            "noise": ["collective"], "delivery": ["media_legal_threat"],
            "product_quality": ["media_legal_threat", "repeat_complaint"]}
RESOLUTIONS = {"unit_repairs": "repair", "noise": "explanation", "shared_facilities": "repair",
               "product_quality": "refund", "delivery": "compensation", "billing": "refund",
               "staff_attitude": "apology", "wrong_item": "exchange", "returns": "refund",
               "cleaning_grounds": "apology", "pests": "repair", "lost_mail": "apology",
               "other_services": "discount"}
CHANNELS = ["walk_in"] * 3 + ["phone"] * 4 + ["email"] * 2 + ["letter", "messenger", "other"]
DAY_SPAN = 540


class _Customers:
    """New people, and now and then someone who complained before."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.known: list[dict] = []

    def pick(self, lang: str, n: int) -> dict:
        rng = self.rng
        if self.known and rng.random() < 0.15:
            return dict(rng.choice(self.known))
        first, last = rng.choice(P.FIRST[lang]), rng.choice(P.LAST[lang])
        name = f"{last}{first}" if lang == "zh_CN" else f"{first} {last}"
        a, b, c, d = rng.randrange(100), rng.randrange(10_000), rng.randrange(100), rng.randrange(100)
        customer = {
            "name": name,
            "phone": P.PHONE[lang].format(a=a % 10 if lang == "zh_CN" else a, b=b, c=c, d=d),
            "email": f"klant{n}@example.org" if rng.random() < 0.6 else "",
            "address": P.ADDRESS[lang].format(n=rng.randrange(1, 200)),
            "unit": P.UNIT[lang].format(n=rng.randrange(1, 400), b=rng.randrange(1, 12),
                                        e=rng.randrange(1, 6)),
            "account": f"A-{rng.randrange(10_000, 99_999)}" if rng.random() < 0.5 else "",
            "language": lang,
        }
        self.known.append(customer)
        return customer


def generate(n: int, *, seed: int = 1, now: dt.datetime,
             tz: str = "Europe/Amsterdam") -> Iterator[dict]:
    rng = random.Random(seed)
    zone = ZoneInfo(tz)
    customers = _Customers(rng)
    start = now - dt.timedelta(days=DAY_SPAN)
    # Received times in order, so references read in date order like a real casebook.
    stamps = sorted(rng.random() for _ in range(n))
    for i, fraction in enumerate(stamps):
        received = start + dt.timedelta(seconds=int(fraction * DAY_SPAN * 86400))
        local = received.astimezone(zone)
        if not 8 <= local.hour < 19:  # the desk is open in the daytime
            received += dt.timedelta(hours=(10 - local.hour) % 24)
            if received > now:
                received = now - dt.timedelta(minutes=rng.randrange(5, 120))
        yield _case(rng, i, received, now, zone, customers)


def _iso(value: dt.datetime | None, zone: ZoneInfo) -> str | None:
    return None if value is None else value.astimezone(zone).isoformat(timespec="seconds")


def _case(rng: random.Random, i: int, received: dt.datetime, now: dt.datetime, zone: ZoneInfo,
          customers: _Customers) -> dict:
    customer = customers.pick(rng.choice(LANGS), i)
    lang = customer["language"]  # a returning customer writes in their own language
    category = rng.choice(PROPERTY if rng.random() < 0.6 else RETAIL)
    slots = {"unit": customer["unit"], "b": rng.randrange(1, 12), "day": rng.choice(P.DAYS[lang]),
             "item": rng.choice(P.ITEMS[lang]), "amount": f"{rng.randrange(20, 400)} "
                                                          f"{P.CURRENCY[lang]}"}
    account, remedy = rng.choice(P.ACCOUNTS[category][lang])
    account, remedy = account.format(**slots), remedy.format(**slots)
    staff = rng.choice(HANDLERS)
    major = rng.random() < 0.08
    triggers = sorted(set(rng.sample(TRIGGERS.get(category, ["repeat_complaint"]),
                                     k=1))) if major else []
    kind = "claim" if rng.random() < 0.15 else "complaint"
    roll = rng.random()
    nature = "systemic" if roll < 0.07 else "relational" if roll < 0.22 else "transactional"
    age = (now - received).days
    open_chance = 0.7 if age < 14 else 0.12 if age < 60 else 0.01
    is_open = rng.random() < open_chance
    t = received + dt.timedelta(minutes=rng.randrange(5, 40))

    qa = [{"q": q, "a": a.format(**slots)} for q, a in P.QA[lang][:rng.randrange(0, 3)]]
    actions = []
    for note in P.ACTIONS[lang][:rng.randrange(1, 3)]:
        t = min(now, t + dt.timedelta(hours=rng.randrange(1, 30)))
        actions.append({"at": _iso(t, zone), "by": staff, "note": note,
                        "internal": rng.random() < 0.3, "kind": "action"})

    doc = {
        "ref": None, "received_at": _iso(received, zone), "channel": rng.choice(CHANNELS),
        "kind": kind, "severity": "major" if major else "general", "major_triggers": triggers,
        "category": category, "nature": nature, "subject_staff": None,
        "waiting_on_customer": is_open and rng.random() < 0.1,
        "root_cause": "", "preventive_action": "", "customer": customer,
        "hear": {"account": account, "remedy_sought": remedy, "received_by": staff,
                 "mood": rng.choice(["", "calm", "upset", "angry", "distressed"])},
        "ask": {"event_at": _iso(received - dt.timedelta(hours=rng.randrange(1, 72)), zone),
                "place": customer["unit"], "item": slots["item"] if category in RETAIL else "",
                "qa": qa, "summary": P.SUMMARY[lang].format(
                    account_short=account[:60].rstrip(".。!！?？ ")),
                "summary_confirmed": True},
        "follow": {"owner": staff, "next_reply_at": None, "actions": actions},
        "reply": {"at": None, "channel": "", "text": "",
                  "resolution": {"type": "", "amount": None, "currency": "", "text": ""},
                  "accepted": None, "approved_by": None},
        "record": {"signed_at": None, "satisfaction": None},
        "report": {"to": "", "at": None, "means": "", "acknowledged_at": None},
    }
    if nature == "systemic":
        cause, prevent = P.ROOT_CAUSE[lang]
        doc["root_cause"], doc["preventive_action"] = cause, prevent.format(**slots)
    if rng.random() < 0.01:
        doc["subject_staff"] = rng.choice([s for s in HANDLERS if s != staff])
    if major and (not is_open or rng.random() < 0.7):
        reported = received + dt.timedelta(minutes=rng.randrange(10, 55))
        doc["report"] = {"to": P.REPORT_TO[lang], "at": _iso(reported, zone),
                         "means": "phone", "acknowledged_at": _iso(
                             reported + dt.timedelta(minutes=rng.randrange(5, 90)), zone)}
    if is_open:
        # Agreed reply times at office hours; a share of them already late.
        due_day = now + dt.timedelta(days=rng.randrange(-3, 5))
        due = due_day.astimezone(zone).replace(hour=rng.choice([9, 10, 11, 14, 15, 16]),
                                               minute=rng.choice([0, 30]), second=0)
        doc["follow"]["next_reply_at"] = _iso(max(due, received.astimezone(zone)
                                                  + dt.timedelta(hours=1)), zone)
        return doc
    _resolve(rng, doc, lang, category, kind, t, now, zone)
    return doc


def _resolve(rng, doc, lang, category, kind, t, now, zone) -> None:
    rtype = RESOLUTIONS[category]
    if kind == "claim" and rtype in ("apology", "explanation", "repair", "exchange"):
        rtype = "compensation"
    replied = min(now, t + dt.timedelta(hours=rng.randrange(2, 96)))
    resolution = {"type": rtype, "amount": None, "currency": "",
                  "text": P.RESOLUTION_TEXT[lang].get(rtype, "")}
    approved = None
    if rtype in ("refund", "compensation", "discount"):
        amount = rng.choice([15, 25, 40, 60, 120, 180, 250, 400])
        resolution.update(amount=f"{amount}.00", currency=P.CURRENCY[lang])
        if amount > 50:
            approved = rng.choice(MANAGERS)
    doc["reply"] = {"at": _iso(replied, zone), "channel": rng.choice(["phone", "email", "walk_in"]),
                    "text": P.REPLY[lang].format(resolution=resolution["text"]),
                    "resolution": resolution, "accepted": rng.random() < 0.93,
                    "approved_by": approved}
    if rng.random() < 0.9 or (now - replied).days > 30:  # old cases were all signed
        signed = min(now, replied + dt.timedelta(hours=rng.randrange(1, 72)))
        doc["record"] = {"signed_at": _iso(signed, zone),
                         "satisfaction": rng.choices([1, 2, 3, 4, 5], [2, 3, 10, 35, 50])[0]}
