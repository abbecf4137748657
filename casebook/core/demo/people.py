"""The demo's people: its staff, and customers who come back.

Customers speak the five languages and live in the estate's blocks (property) or around
Amsterdam (the shop); now and then one who complained before comes back, with the same
flat and the same hand. Returning customers come from the most recent few thousand, so
a million cases keep a bounded set in memory. Signatures are drawn once per person
(`ink`): a few dozen customers' hands, and one for each member of staff.
"""

from __future__ import annotations

import base64
import random
from collections import deque

from casebook.core.demo import ink
from casebook.core.demo.stories import ADDRESSES, BUSINESS, LANG, PHONE, bag

STAFF: list[tuple[str, str]] = [
    ("Anna de Vries", "desk"), ("Tom Baker", "desk"), ("Nino Kapanadze", "desk"),
    ("Giorgi Beridze", "handler"), ("Wang Fang", "handler"), ("Pieter Bakker", "handler"),
    ("Olga Smirnova", "manager"), ("Sarah Wilson", "manager"),
]
ROLE = dict(STAFF)
DESK = tuple(name for name, role in STAFF if role == "desk")
HANDLERS = tuple(name for name, role in STAFF if role == "handler")
MANAGERS = tuple(name for name, role in STAFF if role == "manager")
# A handler who speaks the customer's language takes the case when a desk passes it on.
SPEAKS = {"ka": "Giorgi Beridze", "ru": "Giorgi Beridze", "zh_CN": "Wang Fang",
          "nl": "Pieter Bakker", "en": "Pieter Bakker"}
LANGUAGES = bag({"en": 30, "nl": 20, "ru": 20, "zh_CN": 15, "ka": 15})
RECEIVERS = bag({**{n: 20 for n in DESK}, **{n: 10 for n in HANDLERS},
                 **{n: 5 for n in MANAGERS}})
KNOWN_CUSTOMERS = 3000  # returning customers come from the most recent ones
HANDS = 48  # customers' signatures


class People:
    """One demo's customers so far, and the signatures drawn for them."""

    def __init__(self, r, seed: int):
        self.r = r
        self.known: dict[str, deque] = {"property": deque(maxlen=KNOWN_CUSTOMERS),
                                        "retail": deque(maxlen=KNOWN_CUSTOMERS)}
        self.ink_rng = random.Random(f"{seed}:ink")
        self.inks: list[str] = []  # customers' signatures, base64, made as needed
        self.staff_inks: dict[str, str] = {}

    def customer(self, home: str) -> tuple[dict, int, int, bool]:
        """(customer, their block, their signature, returning): someone new, or now and
        then (~15%) someone who complained before, with the same flat and signature."""
        r = self.r
        known = self.known[home]
        if known and r() < 0.15:
            customer, block, signature = known[int(r() * len(known))]
            return dict(customer), block, signature, True
        lang = LANGUAGES[int(r() * len(LANGUAGES))]
        words = LANG[lang]
        first, first_latin, _gender = words.first[int(r() * len(words.first))]
        last, last_latin = words.last[int(r() * len(words.last))]
        if lang == "ru" and _gender == "f":
            last, last_latin = _feminine_ru(last, last_latin)
        name = f"{last}{first}" if lang == "zh_CN" else f"{first} {last}"
        phone = PHONE.format(*f"{int(r() * 100_000_000):08d}")
        u = r()
        if u < 0.3:
            email = ""  # many people only give a phone number
        elif lang == "zh_CN" and u < 0.5:
            email = f"{100_000_000 + int(r() * 900_000_000)}@qq.com"
        else:
            style, year = int(r() * 4), 50 + int(r() * 50)
            if style == 0:
                email = f"{first_latin}.{last_latin}@"
            elif style == 1:
                email = f"{first_latin}{last_latin}{year}@"
            elif style == 2:
                email = f"{first_latin[0]}.{last_latin}@"
            else:
                email = f"{last_latin}{first_latin}{year}@"
            email += words.mail[int(r() * len(words.mail))]
        block = 2 + int(r() * 6)
        if home == "property":
            address = ADDRESSES[block]
            unit = words.unit % ((1 + int(r() * 8)) * 100 + 1 + int(r() * 6))
            account = f"T-{10_000 + int(r() * 90_000)}"
        else:
            streets = BUSINESS["streets"]
            address = (streets[int(r() * len(streets))].format(n=1 + int(r() * 120))
                       if u > 0.4 else "")
            unit = ""
            account = f"K{100_000 + int(r() * 900_000)}" if r() < 0.35 else ""
        customer = {"name": name, "phone": phone, "email": email, "address": address,
                    "unit": unit, "account": account, "language": lang}
        signature = int(r() * HANDS)
        known.append((customer, block, signature))
        return dict(customer), block, signature, False

    def staff(self, lang: str, category: str, major: bool) -> tuple[str, str, str | None]:
        """(received by, owner, subject of the complaint or None).

        First contact owns the case unless it was handed over: desk staff pass work to
        a handler (one who speaks the customer's language, more often than not), major
        cases and complaints about a colleague go to a manager, who is never the
        colleague complained about.
        """
        r = self.r
        receiver = RECEIVERS[int(r() * len(RECEIVERS))]
        if category == "staff_attitude" and r() < 0.25:
            colleagues = [name for name in DESK + HANDLERS if name != receiver]
            subject = colleagues[int(r() * len(colleagues))]
            owner = receiver if ROLE[receiver] == "manager" else MANAGERS[int(r() * 2)]
            return receiver, owner, subject
        if major and ROLE[receiver] != "manager" and r() < 0.5:
            return receiver, MANAGERS[int(r() * 2)], None
        if ROLE[receiver] == "desk" and r() < 0.4:
            owner = SPEAKS[lang] if r() < 0.6 else HANDLERS[int(r() * 3)]
            return receiver, owner, None
        return receiver, receiver, None

    def ink(self, index: int) -> str:
        while len(self.inks) <= index:
            self.inks.append(base64.b64encode(ink.signature(self.ink_rng)).decode("ascii"))
        return self.inks[index]

    def staff_ink(self, name: str) -> str:
        if name not in self.staff_inks:  # the same hand in every demo
            self.staff_inks[name] = base64.b64encode(
                ink.signature(random.Random(f"staff:{name}"))).decode("ascii")
        return self.staff_inks[name]


_FEMININE = {"ов": "ова", "ев": "ева", "ин": "ина", "ий": "ая"}  # Петров → Петрова


def _feminine_ru(last: str, latin: str) -> tuple[str, str]:
    ending = _FEMININE.get(last[-2:])
    if ending is None:
        return last, latin  # Шевченко stays Шевченко
    return last[:-2] + ending, (latin[:-1] + "aya" if last.endswith("ий") else latin + "a")
