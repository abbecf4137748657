"""The demo's stories and their texts, arranged for drawing.

`phrases` reads the data files; this module turns them into what the generator draws
from: each story with its weights, resolution bags, amounts and timing (`Story`), the
bags of ordinary and incident stories per sector, and each language's texts indexed
for speed (`Language`: the words for "since Monday" by days and weekday, questions by
starting point, money in the customer's own notation).
"""

from __future__ import annotations

from casebook.core.demo import phrases
from casebook.core.demo.timeline import HOUR

DATA = phrases.load()
BUSINESS = DATA.stories["business"]
CURRENCY = BUSINESS["currency"]
PHONE = BUSINESS["phone"]
ITEM_KEYS = tuple(DATA.stories["prices"])
PRICES = tuple(float(p) for p in DATA.stories["prices"].values())
MONEY = frozenset({"refund", "compensation", "discount"})


def bag(weights: dict) -> tuple:
    """A weighted choice as a flat tuple: one index into it is the fastest draw."""
    return tuple(key for key, weight in weights.items() for _ in range(int(weight)))


class Story:
    """One story of stories.toml, ready to draw from."""

    __slots__ = ("key", "sector", "category", "group", "triggers", "place", "ago", "at",
                 "season", "qa", "work", "resolutions", "amounts", "claim", "claimed",
                 "items", "systemic", "urgent", "gap", "settle", "product",
                 "claim_resolutions")

    def __init__(self, key: str, raw: dict):
        self.key = key
        self.sector, self.category = raw["sector"], raw["category"]
        self.group = "retail" if raw["sector"] == "retail" else "property"
        self.triggers = tuple(raw.get("incident", ()))
        self.place, self.at = raw["place"], raw["at"]
        self.ago = tuple(raw.get("ago", (0, 0)))
        self.season = frozenset(raw["season"]) if "season" in raw else None
        self.qa, self.work = raw["qa"], raw["work"]
        self.resolutions = bag(raw["resolutions"])
        amounts = raw.get("amounts", [])
        self.amounts = ({kind: tuple(amounts) for kind in raw["resolutions"]}
                        if isinstance(amounts, list) else
                        {kind: tuple(value) for kind, value in amounts.items()})
        self.claim = raw.get("claim")
        self.claimed = tuple(raw.get("claimed", ()))
        # a claim is settled in money or turned down with reasons (SPEC §2: a claim
        # records its amount)
        self.claim_resolutions = tuple(t for t in self.resolutions
                                       if t in MONEY or t == "explanation")
        self.items = tuple(ITEM_KEYS.index(k) for k in raw.get("items", ITEM_KEYS))
        self.systemic = bool(raw.get("systemic"))
        # An urgent matter (no heating, a flood, a broken lock) is worked on within hours
        # and settled within a day or two; the rest within days.
        self.urgent = bool(raw.get("urgent")) or bool(self.triggers)
        self.gap = (HOUR, 5 * HOUR) if self.urgent else (2 * HOUR, 46 * HOUR)
        self.settle = (HOUR, 7 * HOUR) if self.urgent else (2 * HOUR, 70 * HOUR)
        # whether the story is about a product (its texts name one): the form's
        # "Product, order or unit" then names it
        told = DATA.texts["en"]["stories"][key]
        self.product = any("%(item" in told[part] for part in ("account", "summary"))


STORIES = {key: Story(key, raw) for key, raw in DATA.stories["stories"].items()}
ORDINARY = {sector: bag({s: DATA.stories["stories"][s.key]["weight"]
                          for s in STORIES.values() if s.sector == sector and not s.triggers})
            for sector in ("property", "retail", "other")}
INCIDENTS = {sector: bag({STORIES[key]: weight for key, weight in weights.items()})
             for sector, weights in DATA.stories["incidents"].items()}
ADDRESSES = {int(block): f"{street}, {BUSINESS['postcode']}"
             for block, street in BUSINESS["blocks"].items()}

class Language:
    """One language's texts, arranged for drawing."""

    def __init__(self, words: dict):
        self.words = words
        self.sep = words["words"]["sentence_gap"]
        self.talk, self.claims, self.places = words["talk"], words["claims"], words["places"]
        self.notes, self.report = words["notes"], words["report"]
        self.stories = words["stories"]
        self.items = tuple(words["items"][key] for key in ITEM_KEYS)
        self.first = tuple(tuple(p) for p in words["people"]["first"])
        self.last = tuple(tuple(p) for p in words["people"]["last"])
        self.mail = tuple(words["people"]["mail"])
        w = words["words"]
        self.unit = w["unit"].replace("{n}", "%d")
        since, on = w["since"], w["on"]
        # ({since}, {on}, {days}) by whole days before the report (up to 60) and the
        # weekday of the event
        self.when = tuple(tuple(_when(since, on, w["days"], days, weekday)
                                for weekday in range(7)) for days in range(61))
        money = w["money"]
        self.money_format = money["format"]
        self.money_separators = str.maketrans({",": money["group"], ".": money["decimal"]})
        self.shown: dict[float, str] = {}
        self.qa = {key: (tuple(tuple(tuple(p) for p in part["pairs"][s:] + part["pairs"][:s])
                               for s in range(len(part["pairs"]))), part["waiting"])
                   for key, part in words["qa"].items()}
        self.work = {key: tuple(notes) for key, notes in words["work"].items()}
        reply = words["reply"]
        self.upheld, self.not_upheld = tuple(reply["upheld"]), tuple(reply["not_upheld"])
        self.close = tuple(reply["close"])

    def money(self, value: float) -> str:
        """An amount as the customer writes it, in the business's currency."""
        shown = self.shown.get(value)
        if shown is None:
            shown = self.money_format.replace(
                "{}", f"{value:,.2f}".translate(self.money_separators))
            self.shown[value] = shown
        return shown



def _when(since: dict, on: dict, lasted: list, days: int, weekday: int) -> tuple[str, str, str]:
    """({since}, {on}, {days}) in a language for an event `days` before the report."""
    if days <= 0:
        words = since["today"], on["today"]
    elif days == 1:
        words = since["yesterday"], on["yesterday"]
    elif days < 7:
        words = since["weekdays"][weekday], on["weekdays"][weekday]
    else:
        words = since["last_week"], on["last_week" if days < 14 else "two_weeks" if days < 21
                                       else "three_weeks" if days < 30 else "last_month"]
    return words[0], words[1], lasted[min(max(days, 2), 10) - 2]


LANG = {lang: Language(words) for lang, words in DATA.texts.items()}



def euros(spec, price: float) -> float:
    """An amount of stories.toml: euros, "price" or "price+150"."""
    if isinstance(spec, str):
        return round(price + (float(spec[6:]) if spec.startswith("price+") else 0.0), 2)
    return float(spec)
