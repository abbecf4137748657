"""The rule sets as reviewed data, and the rules in force for one casebook.

A rule file (`resources/law/RU.json`, …) is checked as it is read: a rule
with a missing language, an unknown event or a negative term is a broken
installation, reported with the file and the rule, never half-applied.

The rules in force are those of the business's country, plus the EU's when
the country is a member state or the business says EU rules apply to it,
minus those a manager switched off. A casebook with no country has none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from casebook.core.cases.document import CHOICES
from casebook.core.datafiles import names, read_json
from casebook.i18n.defaults import LANGUAGES

FOLDER = "law"
EU = "EU"
NATURES = ("law", "code")  # a sector code is good practice written down, not law
PARTIES = ("business", "customer")  # who must act by the last day
EVENTS = ("received", "returned", "delivered", "event")  # what the term runs from
COUNTS = ("calendar", "business")
KINDS = ("complaint", "claim")
CONDITIONS = {"kind": KINDS, "about": CHOICES["about"], "remedy": CHOICES["remedy"],
              "sale": CHOICES["sale"]}
TEXTS = ("basis", "duty", "missed")


class RuleFileError(ValueError):
    """A rule file that does not say what the format asks: a bug in the data, not user error."""


@dataclass(frozen=True)
class Penalty:
    """A share of an amount per day late: `percent_per_day` % of the case's amount,
    never more than `cap_percent` % of it in all when the rule says so."""

    percent_per_day: Decimal
    cap_percent: Decimal | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    country: str  # the file it comes from ("RU", "EU", …)
    nature: str
    party: str
    applies: dict  # condition → allowed codes (tuple); a condition absent allows any value
    days: int
    months: int
    count: str
    start: str  # one of EVENTS
    roll: bool  # a last day on a weekend or holiday moves to the next working day
    penalty: Penalty | None
    texts: dict  # "basis" / "duty" / "missed" → {language: text}
    source: dict
    checked: str
    verified: dict

    @property
    def kind(self) -> str:
        """The deadline kind the rule's deadlines carry: `statutory` or `code`."""
        return "code" if self.nature == "code" else "statutory"

    def text(self, what: str, lang: str) -> str:
        texts = self.texts[what]
        return texts.get(lang) or texts["en"]


def _fail(where: str, reason: str) -> RuleFileError:
    return RuleFileError(f"resources/law/{where}: {reason}")


def _languages(where: str, value) -> dict:
    if not isinstance(value, dict) or any(not isinstance(value.get(x), str) or
                                          not value[x].strip() for x in LANGUAGES):
        raise _fail(where, f"needs a text in each of {', '.join(LANGUAGES)}")
    return dict(value)


def _decimal(where: str, value) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _fail(where, f"{value!r} is not a number") from None
    if not number.is_finite() or number <= 0:
        raise _fail(where, f"{value!r} must be above zero")
    return number


def _rule(country: str, raw: dict) -> Rule:
    where = f"{country}.json, rule {raw.get('id', '?')}"
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise _fail(where, "a rule needs an id")
    if raw.get("nature") not in NATURES or raw.get("party") not in PARTIES:
        raise _fail(where, f"nature must be one of {NATURES}, party one of {PARTIES}")
    applies = {}
    for condition, allowed in (raw.get("applies") or {}).items():
        if condition not in CONDITIONS or not isinstance(allowed, list) or not allowed or any(
                value not in CONDITIONS[condition] for value in allowed):
            raise _fail(where, f"applies.{condition} must list codes of {CONDITIONS.get(condition)}")
        applies[condition] = tuple(allowed)
    term = raw.get("term") or {}
    days, months = term.get("days", 0), term.get("months", 0)
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in (days, months)) \
            or bool(days) == bool(months) or max(days, months) > 3660:
        raise _fail(where, "the term is a positive number of days or of months")
    if term.get("count", "calendar") not in COUNTS or term.get("from") not in EVENTS:
        raise _fail(where, f"term.count must be one of {COUNTS}, term.from one of {EVENTS}")
    if months and term.get("count", "calendar") != "calendar":
        raise _fail(where, "a term in months is counted in calendar months")
    penalty = None
    if raw.get("penalty"):
        spec = raw["penalty"]
        if spec.get("of") != "amount":
            raise _fail(where, "a penalty is a share of the case's amount (of: amount)")
        penalty = Penalty(_decimal(where, spec.get("percent_per_day")),
                          _decimal(where, spec["cap_percent"]) if spec.get("cap_percent")
                          else None)
    source = raw.get("source") or {}
    if not (source.get("law") and source.get("article") and source.get("urls")):
        raise _fail(where, "the source names the law, the article and where it was read")
    if not isinstance(raw.get("checked"), str) or not (raw.get("verified") or {}).get("how"):
        raise _fail(where, "say when the rule was checked and how")
    return Rule(id=rule_id, country=country, nature=raw["nature"], party=raw["party"],
                applies=applies, days=days, months=months,
                count=term.get("count", "calendar"), start=term["from"],
                roll=bool(term.get("roll")), penalty=penalty,
                texts={what: _languages(f"{where}, {what}", raw.get(what)) for what in TEXTS},
                source=dict(source), checked=raw["checked"], verified=dict(raw["verified"]))


@functools.cache
def rule_set(code: str) -> tuple[Rule, ...]:
    """The rules of one file ("RU", "EU", …), checked; empty for a country without one."""
    if code not in rule_files():
        return ()
    raw = read_json(FOLDER, f"{code}.json")
    if raw.get("format") != 1 or raw.get("country") != code:
        raise _fail(f"{code}.json", "format 1, and the country its name says")
    _languages(f"{code}.json, law", raw.get("law"))
    rules = tuple(_rule(code, r) for r in raw.get("rules") or [])
    if len({r.id for r in rules}) != len(rules):
        raise _fail(f"{code}.json", "rule ids must be unique")
    return rules


@functools.cache
def rule_files() -> tuple[str, ...]:
    return tuple(names(FOLDER))


def countries() -> tuple[str, ...]:
    """The countries Casebook has a rule set for (ISO 3166 codes)."""
    return tuple(code for code in rule_files() if code != EU)


@functools.cache
def eu_members() -> frozenset[str]:
    return frozenset(read_json(FOLDER, f"{EU}.json").get("members") or ())


def law_name(code: str, lang: str) -> str:
    """The name of a rule file's law (or laws) in `lang`."""
    names_ = read_json(FOLDER, f"{code}.json")["law"]
    return names_.get(lang) or names_["en"]


def every_rule() -> dict[str, Rule]:
    """Every rule of every file, by id (switching a rule off names one of these)."""
    return {r.id: r for code in rule_files() for r in rule_set(code)}


@dataclass(frozen=True)
class Rulebook:
    """The rules of one casebook: those of its country and the EU, and which are off."""

    country: str
    eu: bool  # EU rules apply: a member state, or the business said so
    off: frozenset[str]
    available: tuple[Rule, ...]  # everything the country and the EU have, off or not

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules in force."""
        return tuple(r for r in self.available if r.id not in self.off)

    @property
    def duties(self) -> tuple[Rule, ...]:
        """Rules in force that set the business a deadline."""
        return tuple(r for r in self.rules if r.party == "business")

    def __bool__(self) -> bool:
        return bool(self.rules)


def rulebook(country: str | None, eu_member: bool = False, off=()) -> Rulebook:
    """The rules for a country ("" for none), with the EU's when they apply."""
    country = (country or "").upper()
    eu = bool(country) and (bool(eu_member) or country in eu_members())
    available = rule_set(country) + (rule_set(EU) if eu else ())
    return Rulebook(country, eu, frozenset(off or ()), available)


def current() -> Rulebook:
    """The rules in force for the open casebook, from its settings (one small read)."""
    from casebook.core import settings

    country, eu_member, off = settings.values("country", "eu_member", "law_off")
    return rulebook(country, eu_member, off or ())
