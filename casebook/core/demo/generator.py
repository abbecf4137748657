"""A deterministic generator of realistic demo cases, as interchange documents.

The demo business is a property-management office with a shop downstairs,
serving customers in English, Dutch, Russian, Chinese and Georgian. Each
case is written in its customer's language from phrase tables
(`phrases`), so the casebook reads like one kept by people: repeat
customers, a few major incidents reported within the hour, claims with
amounts, systemic cases with a root cause, a named member of staff now and
then. Old cases are resolved and mostly signed; recent ones are open with an
agreed reply time at office hours, some already overdue.

The same seed, count, `now` and timezone always give the same documents, so
tests and benchmarks can rely on them. Nothing here touches a database: the
documents go through the same intake path as an import (`book`).

Speed matters (100,000 cases are generated for the benchmarks), so times
are integer UTC seconds, local offsets are cached per hour (`_Clock`), and
the random choices index sequences directly instead of calling
`Random.choice`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from zoneinfo import ZoneInfo

from casebook.core.demo.phrases import ITEM_KEYS, PHRASES

STAFF: list[tuple[str, str]] = [
    ("Anna de Vries", "desk"), ("Tom Baker", "desk"), ("Nino Kapanadze", "desk"),
    ("Giorgi Beridze", "handler"), ("Wang Fang", "handler"), ("Pieter Bakker", "handler"),
    ("Olga Smirnova", "manager"), ("Sarah Wilson", "manager"),
]
ROLE = dict(STAFF)
DESK = tuple(name for name, role in STAFF if role == "desk")
HANDLERS = tuple(name for name, role in STAFF if role == "handler")
MANAGERS = tuple(name for name, role in STAFF if role == "manager")

MINUTE, HOUR, DAY = 60, 3600, 86400
SPAN_DAYS = 548  # eighteen months


def _bag(weights: dict) -> tuple:
    """A weighted choice as a flat tuple: one index into it is the fastest draw."""
    return tuple(key for key, weight in weights.items() for _ in range(weight))


LANGUAGES = _bag({"en": 30, "nl": 20, "ru": 20, "zh_CN": 15, "ka": 15})
SECTORS = _bag({"property": 60, "retail": 37, "other": 3})
CATEGORIES = {
    "property": _bag({"unit_repairs": 30, "noise": 15, "shared_facilities": 18,
                      "cleaning_grounds": 10, "pests": 8, "lost_mail": 7, "other_services": 12}),
    "retail": _bag({"product_quality": 30, "delivery": 20, "wrong_item": 12, "billing": 13,
                    "returns": 15, "staff_attitude": 10}),
    "other": ("other",),
}
# (triggers, category, where it happened); the texts are in demo_phrases.
INCIDENTS = {
    "fire_bins": (("fire",), "shared_facilities", "common"),
    "fire_item": (("fire",), "product_quality", ""),
    "lift_trapped": (("lift_entrapment",), "shared_facilities", "common"),
    "lift_power": (("lift_entrapment", "power_cut"), "shared_facilities", "common"),
    "gas_bang": (("explosion",), "shared_facilities", "common"),
    "power_out": (("power_cut",), "shared_facilities", "common"),
    "flood_ceiling": (("flooding",), "unit_repairs", "unit"),
    "flood_power": (("flooding", "power_cut"), "unit_repairs", "unit"),
    "flood_basement": (("flooding",), "shared_facilities", "common"),
    "bikes_stolen": (("theft_vandalism",), "shared_facilities", "common"),
    "mail_stolen": (("theft_vandalism",), "lost_mail", "mail"),
    "dealing": (("criminal",), "other", "common"),
    "collective_noise": (("collective",), "noise", "unit"),
    "collective_pests": (("collective",), "pests", "common"),
    "heating_plant": (("major_plant_failure", "collective"), "shared_facilities", "common"),
    "aircon_plant": (("major_plant_failure",), "shared_facilities", "unit"),
    "crack_wall": (("structural_damage",), "unit_repairs", "unit"),
}
PROPERTY_INCIDENTS = _bag({
    "fire_bins": 2, "lift_trapped": 4, "lift_power": 2, "gas_bang": 1, "power_out": 3,
    "flood_ceiling": 6, "flood_power": 2, "flood_basement": 2, "bikes_stolen": 3,
    "mail_stolen": 2, "dealing": 1, "collective_noise": 3, "collective_pests": 2,
    "heating_plant": 3, "aircon_plant": 1, "crack_wall": 1})
# Where a property complaint happened: in the customer's flat or in a shared place.
PLACE_KIND = {"unit_repairs": "unit", "noise": "unit", "pests": "unit", "other_services": "unit",
              "shared_facilities": "common", "cleaning_grounds": "common", "lost_mail": "mail"}
SHOP_PLACE = {"delivery": 2, "product_quality": None, "wrong_item": None}  # None: any

# Euro prices of the shop's products, in demo_phrases.ITEM_KEYS order.
ITEM_PRICES = dict(zip(ITEM_KEYS, (549.0, 189.0, 799.0, 129.0, 39.95, 49.95, 34.95, 119.0,
                                   79.95, 89.0, 34.95, 59.95)))
PRICES = tuple(ITEM_PRICES.values())
FIRE_ITEMS = tuple(ITEM_KEYS.index(k) for k in ("coffee_maker", "kettle", "iron", "microwave",
                                                 "heater", "toaster", "hair_dryer"))
PROPERTY_CLAIMS = (45, 60, 85, 120, 150, 240, 380, 650, 900)  # euros: belongings, a hotel night
CURRENCY = {"en": "EUR", "nl": "EUR", "ru": "RUB", "zh_CN": "CNY", "ka": "GEL"}

RESOLUTIONS = {
    "unit_repairs": _bag({"repair": 16, "compensation": 2, "apology": 1, "explanation": 1}),
    "noise": _bag({"other": 3, "apology": 2, "explanation": 3}),
    "shared_facilities": _bag({"repair": 15, "apology": 3, "explanation": 2}),
    "cleaning_grounds": _bag({"other": 2, "apology": 2, "explanation": 1}),
    "pests": _bag({"other": 14, "apology": 3, "compensation": 3}),
    "lost_mail": _bag({"apology": 5, "explanation": 3, "compensation": 2}),
    "other_services": _bag({"other": 4, "discount": 3, "apology": 2, "explanation": 1}),
    "product_quality": _bag({"refund": 8, "exchange": 7, "repair": 4, "explanation": 1}),
    "wrong_item": _bag({"exchange": 14, "refund": 5, "discount": 1}),
    "delivery": _bag({"compensation": 6, "refund": 4, "discount": 5, "apology": 5}),
    "billing": _bag({"refund": 3, "explanation": 1}),
    "staff_attitude": _bag({"apology": 4, "discount": 1}),
    "returns": _bag({"refund": 14, "exchange": 3, "explanation": 3}),
    "other": _bag({"other": 5, "apology": 3, "explanation": 2}),
}
CLAIM_RESOLUTIONS = {"retail": _bag({"refund": 11, "compensation": 5, "explanation": 4}),
                     "property": _bag({"compensation": 12, "discount": 4, "explanation": 4})}
MONEY = frozenset({"refund", "compensation", "discount"})

CHANNELS_OPEN = _bag({"walk_in": 30, "phone": 35, "email": 18, "letter": 4, "messenger": 10,
                      "other": 3})
CHANNELS_CLOSED = _bag({"email": 12, "messenger": 7, "other": 1})
REPLY_CHANNEL = {"walk_in": ("walk_in", "phone"), "phone": ("phone", "phone", "email"),
                 "email": ("email", "email", "phone"), "letter": ("letter", "phone"),
                 "messenger": ("messenger", "messenger", "phone"), "other": ("phone",)}
MOODS = _bag({"": 30, "calm": 35, "upset": 25, "angry": 7, "distressed": 3})
MOODS_HOT = _bag({"upset": 4, "angry": 3, "distressed": 3})
RECEIVERS = _bag({**{n: 20 for n in DESK}, **{n: 10 for n in HANDLERS}, **{n: 5 for n in MANAGERS}})
SATISFIED = _bag({1: 2, 2: 4, 3: 10, 4: 34, 5: 50})
DISSATISFIED = _bag({1: 30, 2: 35, 3: 25, 4: 8, 5: 2})
QA_COUNTS = (0, 0, 1, 1, 1, 2, 2, 2, 3, 3)
WORK_COUNTS = (0, 1, 1, 1, 2, 2, 3)

# Share of cases still open by age in days: most of the last two days, a third of the
# last three weeks, hardly any after a quarter — a desk that keeps up, with a backlog
# of a few per cent, not one where every old case is still open and overdue.
OPEN_BY_AGE = ((2, 0.95), (7, 0.7), (21, 0.35), (45, 0.15), (90, 0.05), (180, 0.015),
               (365, 0.005), (SPAN_DAYS + 2, 0.002))
OPEN_CHANCE = tuple(next(c for limit, c in OPEN_BY_AGE if day < limit)
                    for day in range(SPAN_DAYS + 2))  # by whole days of age


def generate(n: int, *, seed: int = 1, now: dt.datetime,
             tz: str = "Europe/Amsterdam") -> Iterator[dict]:
    """`n` case documents received over the eighteen months before `now`, oldest first."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if n < 0:
        raise ValueError("n must not be negative")
    return _Demo(seed, now, tz).cases(n)


class _Clock:
    """Wall-clock arithmetic in one timezone, on integer UTC seconds.

    `astimezone().isoformat()` costs microseconds and a case has about ten
    times, so the UTC offset is worked out once per UTC hour; for offsets in
    whole hours (nearly every zone) the text up to the hour ("2026-03-01T09:")
    is cached too, and minutes and seconds come from a table. Anything else —
    a half-hour zone, an hour in which the offset changes — takes datetime.
    """

    def __init__(self, tz: str):
        self.zone = ZoneInfo(tz)
        self.hours: dict[int, tuple[int, str, str | None] | None] = {}

    def _hour(self, hour: int) -> tuple[int, str, str | None] | None:
        """Work out (offset, "+01:00", "2026-03-01T09:" or None) for a UTC hour.

        A UTC day with one offset throughout (all but the two days a year
        the clocks change) is filled in one go: 24 hours for two datetime calls.
        """
        first = hour - hour % 24
        start = dt.datetime.fromtimestamp(first * HOUR, self.zone).utcoffset()
        end = dt.datetime.fromtimestamp(first * HOUR + DAY - 1, self.zone).utcoffset()
        offset = int(start.total_seconds())
        if start == end and offset % HOUR == 0:
            minutes = abs(offset) // 60
            suffix = f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"
            for h in range(first, first + 24):
                local = h + offset // HOUR
                day = dt.date.fromordinal(local // 24 + 719163).isoformat()
                self.hours[h] = (offset, suffix, f"{day}T{local % 24:02d}:")
            return self.hours[hour]
        # A changeover day or a zone off the whole hour: this hour alone, text by datetime.
        start = dt.datetime.fromtimestamp(hour * HOUR, self.zone).utcoffset()
        end = dt.datetime.fromtimestamp(hour * HOUR + HOUR - 1, self.zone).utcoffset()
        offset = int(start.total_seconds())
        entry = None
        if start == end and offset % 60 == 0:
            minutes = abs(offset) // 60
            entry = (offset, f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}",
                     None)
        self.hours[hour] = entry
        return entry

    def offset(self, t: int) -> int:
        hour = t // HOUR
        entry = self.hours[hour] if hour in self.hours else self._hour(hour)
        if entry is None:
            return int(dt.datetime.fromtimestamp(t, self.zone).utcoffset().total_seconds())
        return entry[0]

    def local(self, t: int) -> int:
        """Local wall-clock seconds since 1970-01-01 00:00 local."""
        return t + self.offset(t)

    def to_utc(self, local: int) -> int:
        return local - self.offset(local - self.offset(local))

    def formatter(self):
        """`iso(t)`: ISO 8601 local time with offset, as a closure over the cache
        (faster than a method, and it is called ~8 times a case)."""
        hours, find, zone, table = self.hours, self._hour, self.zone, _MINUTES_SECONDS

        def iso(t: int | None) -> str | None:
            if t is None:
                return None
            hour = t // HOUR
            entry = hours[hour] if hour in hours else find(hour)
            if entry is not None and entry[2] is not None:
                return entry[2] + table[t % HOUR] + entry[1]
            return dt.datetime.fromtimestamp(t, zone).isoformat(timespec="seconds")
        return iso


_MINUTES_SECONDS = tuple(f"{m:02d}:{s:02d}" for m in range(60) for s in range(60))


def _money(lang: str, euros: float) -> tuple[str, str]:
    """(amount as stored, amount as the customer writes it) in the case's currency."""
    currency = CURRENCY[lang]
    if currency == "RUB":
        value = max(10.0, round(euros * 100, -1))
    elif currency == "CNY":
        value = max(1.0, float(round(euros * 8)))
    elif currency == "GEL":
        value = max(1.0, round(euros * 6) / 2)
    else:
        value = round(euros, 2)
    whole = value == int(value)
    if lang == "en":
        shown = f"€{value:,.2f}"
    elif lang == "nl":
        shown = "€ " + f"{value:,.2f}".translate(_NL_SEPARATORS)
    elif lang == "ru":
        shown = f"{value:,.0f}".replace(",", "\u00a0") + "\u00a0₽"
    elif lang == "zh_CN":
        shown = f"{value:.0f}元" if whole else f"{value:.2f}元"
    else:
        shown = f"{value:.0f} ₾" if whole else f"{value:.2f}".replace(".", ",") + " ₾"
    return f"{value:.2f}", shown


_NL_SEPARATORS = str.maketrans(",.", ".,")

_FEMININE = {"ов": "ова", "ев": "ева", "ин": "ина", "ий": "ая"}  # Петров → Петрова, -ский → -ская


def _feminine_ru(last: str, latin: str) -> tuple[str, str]:
    ending = _FEMININE.get(last[-2:])
    if ending is None:
        return last, latin  # Шевченко stays Шевченко
    return last[:-2] + ending, (latin[:-1] + "aya" if last.endswith("ий") else latin + "a")


class _Demo:
    """One run of the generator: its random stream, clock and customers so far.

    Hot paths draw with `seq[int(r() * len(seq))]` and `low + int(r() * span)`
    written out: at 100,000 cases a helper call per draw (about 40 a case)
    would be a third of the time.
    """

    def __init__(self, seed: int, now: dt.datetime, tz: str):
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.clock = _Clock(tz)
        self.iso = self.clock.formatter()
        self.now = int(now.timestamp())
        self.today = self.clock.local(self.now) // DAY
        self.known: dict[str, list[dict]] = {"property": [], "retail": []}

    def cases(self, n: int) -> Iterator[dict]:
        for received, office in self._arrivals(n):
            yield self._case(received, office)

    # ------------------------------------------------------------------ arrivals
    def _arrivals(self, n: int) -> list[tuple[int, bool]]:
        """(receipt time, whether the desk was open), oldest first, so references
        run in date order.

        Recent months are busier (`** 1.3`), and most cases arrive in the
        daytime; evening and early-morning ones come in by email or messenger.
        """
        r, clock, now = self.r, self.clock, self.now
        out = []
        for _ in range(n):
            day = self.today - int(SPAN_DAYS * r() ** 1.3)
            x = r()
            if x < 0.8:
                minute = 510 + int(r() * 600)  # 08:30–18:30
            elif x < 0.95:
                minute = 1110 + int(r() * 240)  # 18:30–22:30
            else:
                minute = 420 + int(r() * 90)  # 07:00–08:30
            local = day * DAY + minute * MINUTE + int(r() * MINUTE)
            t = clock.to_utc(local)
            if t > now:  # later today than now: it came in yesterday
                day -= 1
                t = clock.to_utc(local - DAY)
            # Monday to Saturday, 08:00–19:00: walk-ins and calls; otherwise writing.
            out.append((t, (day + 3) % 7 < 6 and 480 <= minute < 1140))
        out.sort()
        return out

    # ------------------------------------------------------------------ people
    def _customer(self, home: str) -> tuple[dict, bool]:
        """Someone new, or now and then (~15%) someone who complained before."""
        r = self.r
        known = self.known[home]
        if known and r() < 0.15:
            return dict(known[int(r() * len(known))]), True
        lang = LANGUAGES[int(r() * len(LANGUAGES))]
        words = TEXTS[lang]
        people, families = words["first"], words["last"]
        first, first_latin, gender = people[int(r() * len(people))]
        last, last_latin = families[int(r() * len(families))]
        if lang == "ru" and gender == "f":
            last, last_latin = _feminine_ru(last, last_latin)
        name = f"{last}{first}" if lang == "zh_CN" else f"{first} {last}"
        phone = words["phone"].format(*f"{int(r() * 10_000_000_000):010d}")
        u = r()
        if u < 0.3:
            email = ""  # many people only give a phone number
        elif lang == "zh_CN" and u < 0.5:
            email = f"{100_000_000 + int(r() * 900_000_000)}@qq.com"
        else:
            style, year = int(r() * 4), 50 + int(r() * 50)
            if style == 0:
                email = f"{first_latin}.{last_latin}"
            elif style == 1:
                email = f"{first_latin}{last_latin}{year}"
            elif style == 2:
                email = f"{first_latin[0]}.{last_latin}"
            else:
                email = f"{last_latin}{first_latin}{year}"
            email += "@" + words["mail"][int(r() * len(words["mail"]))]
        if home == "property":
            address = words["buildings"][int(r() * len(words["buildings"]))]
            if lang == "zh_CN":  # building, entrance, then floor and door: 12号楼 3单元 502
                unit = words["unit"].format(b=1 + int(r() * 12), e=1 + int(r() * 4),
                                            n=(1 + int(r() * 18)) * 100 + 1 + int(r() * 4))
            else:
                unit = words["unit"].format(n=1 + int(r() * 160))
            account = f"T-{10_000 + int(r() * 90_000)}"
        else:
            address = (words["streets"][int(r() * len(words["streets"]))]
                       .format(n=1 + int(r() * 120)) if u > 0.4 else "")
            unit = ""
            account = f"K{100_000 + int(r() * 900_000)}" if r() < 0.35 else ""
        customer = {"name": name, "phone": phone, "email": email, "address": address,
                    "unit": unit, "account": account, "language": lang}
        known.append(customer)
        return dict(customer), False

    def _staff(self, category: str, major: bool) -> tuple[str, str, str | None]:
        """(received by, owner, subject of the complaint or None).

        First contact owns the case unless it was handed over: desk staff pass
        work to handlers, major cases and complaints about a colleague go to a
        manager, who is never the colleague complained about.
        """
        r = self.r
        receiver = RECEIVERS[int(r() * len(RECEIVERS))]
        if category == "staff_attitude" and r() < 0.25:
            colleagues = [name for name in DESK + HANDLERS if name != receiver]
            subject = colleagues[int(r() * len(colleagues))]
            owner = receiver if ROLE[receiver] == "manager" else MANAGERS[int(r() * len(MANAGERS))]
            return receiver, owner, subject
        if major and ROLE[receiver] != "manager" and r() < 0.5:
            return receiver, MANAGERS[int(r() * len(MANAGERS))], None
        if ROLE[receiver] == "desk" and r() < 0.4:
            return receiver, HANDLERS[int(r() * len(HANDLERS))], None
        return receiver, receiver, None

    # ------------------------------------------------------------------ one case
    def _case(self, received: int, office: bool) -> dict:
        r, iso, now = self.r, self.iso, self.now
        sector = SECTORS[int(r() * len(SECTORS))]
        customer, returning = self._customer("property" if sector == "property" else "retail")
        lang = customer["language"]  # a returning customer writes in their own language
        words = TEXTS[lang]
        channels = CHANNELS_OPEN if office else CHANNELS_CLOSED
        channel = channels[int(r() * len(channels))]

        # What it is about: a major incident, a major repeat/threat, or an ordinary complaint.
        incident, triggers = None, []
        if r() < MAJOR_CHANCE[sector]:
            if sector == "retail" and r() < 0.35:
                incident = "fire_item"
            elif sector == "property" and r() < 0.8:
                incident = PROPERTY_INCIDENTS[int(r() * len(PROPERTY_INCIDENTS))]
            elif returning and r() < 0.7:
                triggers = ["repeat_complaint"]
            else:
                triggers = [ESCALATIONS[int(r() * 2)]]
        if incident:
            found, category, place_kind = INCIDENTS[incident]
            triggers = list(found)
        else:
            categories = CATEGORIES[sector]
            category = categories[int(r() * len(categories))]
            place_kind = PLACE_KIND.get(category, "")
        major = bool(triggers)
        group = "retail" if category in RETAIL else "property"
        kind = "claim" if r() < 0.15 else "complaint"
        roll = r()
        nature = "systemic" if roll < 0.07 else "relational" if roll < 0.22 else "transactional"
        receiver, owner, subject = self._staff(category, major)

        # The customer's own words: a template, its slots, a few optional sentences.
        index = (FIRE_ITEMS[int(r() * len(FIRE_ITEMS))] if incident == "fire_item"
                 else int(r() * len(PRICES)))
        euros = PRICES[index] if group == "retail" else PROPERTY_CLAIMS[int(r() * 9)]
        slots = {"unit": customer["unit"], "b": 2 + int(r() * 8),
                 "since": words["since"][int(r() * 7)], "on": words["on"][int(r() * 7)],
                 "days": words["days"][int(r() * 5)], "staff": subject or "",
                 **words["items"][index]}
        if category == "delivery":
            slots["order"] = f"W{100_000 + int(r() * 900_000)}"
        if kind == "claim" or category == "billing":
            slots["amount"] = _money(lang, euros)[1]
        if incident:
            account, remedy, summary = words["incidents"][incident]
        else:
            templates = words["accounts"][category]
            account, remedy, summary = templates[int(r() * len(templates))]
        if kind == "claim":
            remedy = words["claims"][group][int(r() * len(words["claims"][group]))]
        said = [account % slots]
        if r() < 0.3:
            said.insert(0, words["openers"][int(r() * 4)])
        if subject:
            said.append(words["subject"] % slots)
        if nature == "relational":
            said.append(words["relational"][int(r() * 3)])
        if triggers and not incident:
            said.append(words["repeat" if triggers[0] == "repeat_complaint" else "media"]
                        [int(r() * 2)])
        if r() < 0.25:
            said.append(words["closers"][int(r() * 4)])
        sep = "" if lang == "zh_CN" else " "
        moods = MOODS_HOT if major or nature == "relational" else MOODS

        # Ask: where and when it happened, what it concerns, a few questions.
        if place_kind == "unit":
            place = customer["unit"]
        elif place_kind:
            places = words["places"][place_kind]
            place = places[int(r() * len(places))] % slots
        elif group == "retail" and not incident:
            shop = words["places"]["shop"]
            where = SHOP_PLACE.get(category, 0)
            place = shop[int(r() * 3)] if where is None else shop[where]
        else:
            place = ""
        if group == "retail":
            item = f"{slots['order']}, {slots['item']}" if category == "delivery" else slots["item"]
        else:
            item = customer["unit"]
        if r() < 0.08:
            event = None  # the customer could not say when
        elif incident:
            event = received - 5 * MINUTE - int(r() * 115 * MINUTE)
        elif group == "retail":
            event = received - DAY - int(r() * 29 * DAY)
        else:
            event = received - HOUR - int(r() * 95 * HOUR)
        qa = []
        if category != "other":
            pool = words["qa"][group]
            start = int(r() * 6)
            for i in range(QA_COUNTS[int(r() * 10)]):
                question, answer = pool[(start + i) % 6]
                qa.append({"q": question, "a": answer % slots})

        # Follow through: handover, first contact, work, updates — then a reply or a due time.
        age = (now - received) / DAY
        is_open = r() < OPEN_CHANCE[int(age)]
        spot = (not is_open and not major and kind == "complaint" and channel == "walk_in"
                and category in SPOT and r() < 0.35)
        waiting = is_open and r() < 0.15
        notes = words["notes"]
        acts: list[tuple] = []
        t = received
        if not spot:
            if owner != receiver:
                t += 5 * MINUTE + int(r() * 85 * MINUTE)
                acts.append((t, receiver, f"{receiver} → {owner}", True, "handover"))
            if major:
                t += 5 * MINUTE + int(r() * 55 * MINUTE)
            elif r() < 0.92:
                t += 20 * MINUTE + int(r() * 20 * HOUR)
            else:
                t += 24 * HOUR + int(r() * 36 * HOUR)  # acknowledged late
            acts.append((t, owner, notes["ack"][int(r() * 3)], False, "contact"))
            if category != "other":
                work = notes[group]
                for _ in range(WORK_COUNTS[int(r() * 7)]):
                    t += 2 * HOUR + int(r() * 58 * HOUR)
                    acts.append((t, owner, work[int(r() * 6)] % slots, r() < 0.85,
                                 "action"))
                if len(acts) >= 3 and r() < 0.6:
                    t += HOUR + int(r() * 47 * HOUR)
                    acts.append((t, owner, notes["update"][int(r() * 4)] % slots,
                                 False, "contact"))
            if waiting:
                t += HOUR + int(r() * 23 * HOUR)
                acts.append((t, owner, notes["waiting"][int(r() * 3)], False, "contact"))

        doc = {
            "ref": None, "received_at": iso(received), "channel": channel, "kind": kind,
            "severity": "major" if major else "general", "major_triggers": triggers,
            "category": category, "nature": nature, "subject_staff": subject,
            "waiting_on_customer": waiting, "root_cause": "", "preventive_action": "",
            "customer": customer,
            "hear": {"account": sep.join(said), "remedy_sought": remedy % slots,
                     "received_by": receiver, "mood": moods[int(r() * len(moods))]},
            "ask": {"event_at": iso(event), "place": place, "item": item, "qa": qa,
                    "summary": summary % slots,
                    "summary_confirmed": not (is_open and r() < 0.08)},
            "follow": {"owner": owner, "next_reply_at": None, "actions": []},
            "reply": {"at": None, "channel": "", "text": "",
                      "resolution": {"type": "", "amount": None, "currency": "", "text": ""},
                      "accepted": None, "approved_by": None},
            "record": {"signed_at": None, "satisfaction": None},
            "report": {"to": "", "at": None, "means": "", "acknowledged_at": None},
        }
        if nature == "systemic":
            cause, prevention = words["causes"][category]
            doc["root_cause"] = cause % slots
            doc["preventive_action"] = prevention % slots

        if is_open:
            acts = [a for a in acts if a[0] < now]
            last = acts[-1][0] if acts else received
            doc["follow"]["next_reply_at"] = iso(self._next_reply(last, age))
        else:
            if spot:
                reply_at = received + 10 * MINUTE + int(r() * 30 * MINUTE)
            elif major:
                reply_at = t + 30 * MINUTE + int(r() * 450 * MINUTE)
            else:
                reply_at = t + 2 * HOUR + int(r() * 94 * HOUR)
            latest = received + int((now - received) * 0.95)
            if reply_at > latest:
                # Resolved although it came in recently: it all went faster.
                scale = (latest - received) / (reply_at - received)
                acts = [(received + int((a[0] - received) * scale), *a[1:]) for a in acts]
                reply_at = latest
            self._reply(doc, words, slots, group=group, incident=incident, spot=spot,
                        euros=euros, reply_at=reply_at)
            if not spot:
                doc["follow"]["next_reply_at"] = iso(self._agreed(received, reply_at))
        doc["follow"]["actions"] = [{"at": iso(a[0]), "by": a[1], "note": a[2], "internal": a[3],
                                     "kind": a[4]} for a in acts]
        if major:
            self._report(doc, words, received, is_open)
        return doc

    def _reply(self, doc: dict, words: dict, slots: dict, *, group: str, incident: str | None,
               spot: bool, euros: float, reply_at: int) -> None:
        """The resolution, the reply that told the customer, and the signature if given.

        `euros` is what the case is worth: the product's price, or what a
        property claim asks for.
        """
        r, iso = self.r, self.iso
        category, kind, owner = doc["category"], doc["kind"], doc["follow"]["owner"]
        lang = doc["customer"]["language"]
        bag = CLAIM_RESOLUTIONS[group] if kind == "claim" else RESOLUTIONS[category]
        rtype = "refund" if incident == "fire_item" else bag[int(r() * len(bag))]
        resolution = {"type": rtype, "amount": None, "currency": "", "text": ""}
        approved = None
        if rtype in MONEY:
            if rtype == "refund":
                pass  # the price paid
            elif kind == "claim":
                euros *= (0.5, 0.75, 1.0, 1.0)[int(r() * 4)]  # what was claimed, or part of it
            elif rtype == "compensation":
                euros = (15, 20, 25, 40, 50, 75, 100, 150)[int(r() * 8)]
            else:
                euros = (10, 15, 20, 25, 40, 50)[int(r() * 6)]
            stored, slots["amount"] = _money(lang, euros)
            resolution["amount"], resolution["currency"] = stored, CURRENCY[lang]
            value = float(stored)
            # Above a desk's or a handler's limit a manager approves (SPEC §2).
            if value > 250 or (value > 50 and ROLE[owner] == "desk"):
                approved = owner if ROLE[owner] == "manager" else MANAGERS[int(r() * 2)]
        key = rtype
        if rtype == "repair" and group == "retail":
            key = "repair_item"
        elif rtype == "other" and f"other_{category}" in words["resolution"]:
            key = f"other_{category}"
        texts = words["resolution"][key]
        resolution["text"] = texts[int(r() * len(texts))] % slots
        said = [words["reply_open"][int(r() * 3)], resolution["text"]]
        if rtype != "explanation":
            said.append(words["change"][group][int(r() * 2)])  # say what will change
        said.append(words["reply_close"][int(r() * 3)])
        if spot:
            channel = "walk_in"
        else:
            channels = REPLY_CHANNEL[doc["channel"]]
            channel = channels[int(r() * len(channels))]
        accepted = r() < (0.55 if rtype == "explanation" else 0.93)
        doc["reply"] = {"at": iso(reply_at), "channel": channel,
                        "text": ("" if lang == "zh_CN" else " ").join(said),
                        "resolution": resolution, "accepted": accepted, "approved_by": approved}

        # Signed at the desk straight away, or when the customer comes by; recent
        # replies and refused resolutions are more often still unsigned.
        since_reply = self.now - reply_at
        recent = since_reply < 14 * DAY
        unsigned = (0.5 if since_reply < 3 * DAY else 0.25 if recent else 0.02)
        if r() >= unsigned + (0 if accepted else 0.3 if recent else 0.03):
            if channel == "walk_in":
                signed = reply_at + 3 * MINUTE + int(r() * 17 * MINUTE)
            else:
                signed = reply_at + 2 * HOUR + int(r() * 142 * HOUR)
            if signed <= self.now:
                scores = SATISFIED if accepted else DISSATISFIED
                doc["record"] = {"signed_at": iso(signed), "satisfaction":
                                 None if r() < 0.12 else scores[int(r() * len(scores))]}

    def _report(self, doc: dict, words: dict, received: int, is_open: bool) -> None:
        """Major cases go to the manager and the head of office, mostly within the hour."""
        r, iso = self.r, self.iso
        if r() < 0.88:
            at = received + 5 * MINUTE + int(r() * 50 * MINUTE)
        else:
            at = received + 65 * MINUTE + int(r() * 135 * MINUTE)  # reported late
        if at > self.now or (is_open and r() < 0.12):
            return  # not reported yet: the case shows red
        ack = at + 2 * MINUTE + int(r() * 88 * MINUTE)
        if ack > self.now or (is_open and r() < 0.2):
            ack = None
        means = words["report_means"]
        doc["report"] = {"to": words["report_to"], "at": iso(at),
                         "means": means[int(r() * len(means))], "acknowledged_at": iso(ack)}

    def _next_reply(self, after: int, age: float) -> int:
        """The agreed next reply time of an open case: at office hours on a weekday,
        after the last contact; a share (more of the older cases) already missed."""
        r = self.r
        if r() < (0.2 if age < 7 else 0.55):
            first = self.clock.local(after + HOUR) // DAY
            if first <= self.today:
                due = self._office_slot(self.today - int(r() * min(self.today - first + 1, 8)))
                if after + HOUR <= due < self.now:
                    return due
        day = self.today + int(r() * 5)
        due = self._office_slot(day)
        while due <= max(self.now, after + HOUR):
            day += 1
            due = self._office_slot(day)
        return due

    def _agreed(self, received: int, reply_at: int) -> int:
        """The reply time agreed with the customer of a resolved case: mostly an office
        slot the reply came in time for, now and then one it missed."""
        if self.r() < 0.88:
            day = self.clock.local(reply_at) // DAY
            due = self._office_slot(day)
            return due if due >= reply_at else self._office_slot(day + 1)
        return max(received + HOUR, reply_at - HOUR - int(self.r() * 20 * HOUR))

    def _office_slot(self, day: int) -> int:
        """A quarter-hour between 09:00 and 17:00 local on `day`, or the Monday after."""
        weekday = (day + 3) % 7  # 1970-01-01 was a Thursday
        if weekday >= 5:
            day += 7 - weekday
        return self.clock.to_utc(day * DAY + (540 + 15 * int(self.r() * 33)) * MINUTE)


# Phrase-table parts that take slots, with "{slot}" turned into "%(slot)s" once:
# %-formatting a mapping is twice as fast as str.format_map, and a case fills
# about ten texts. Every text of these parts is filled, slots or not.
SLOTTED = ("accounts", "incidents", "claims", "subject", "qa", "notes", "resolution", "causes",
           "places")
_SLOT = re.compile(r"\{(\w+)\}")


def _compiled(value):
    if isinstance(value, str):
        return _SLOT.sub(r"%(\1)s", value.replace("%", "%%"))
    if isinstance(value, dict):
        return {key: _compiled(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_compiled(item) for item in value)
    return value


TEXTS = {lang: {key: _compiled(part) if key in SLOTTED else part for key, part in words.items()}
         for lang, words in PHRASES.items()}
MAJOR_CHANCE = {"property": 0.105, "retail": 0.05, "other": 0.06}  # ~8% of all cases
ESCALATIONS = ("repeat_complaint", "media_legal_threat")
RETAIL = frozenset(CATEGORIES["retail"])
SPOT = RETAIL - {"delivery"} | {"other"}  # settled at the desk while the customer waits
