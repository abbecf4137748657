"""Which open incident a case being typed is probably about.

When the lift stops, the fifth caller's case should not need a clerk who
remembers the first four. While a case is typed, the editor asks `suggest`
and offers the best match ("Probably the lift outage in building 3 — link?").
Two ways to match an open incident:

- **the same category and place, within the time window**: the case's
  category is the incident's, every word of the incident's place (the
  building) is in the case's place, address or unit, the unit number falls
  within the incident's unit range when it has one ("1-40, 52"), and the
  case happened from an hour before the incident started to
  `incident_window_hours` after;
- **a close search match**: most words of the incident's title and place are
  in what the customer said, matched as the search matches them (case and
  accents folded, Russian endings, Chinese bigrams).

Only a suggestion: nothing is linked until the clerk says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from casebook.core import settings
from casebook.core.time.times import parse_time
from casebook.db import search
from casebook.db.models import Incident
from casebook.errors import KnownError

CLOSE = 0.6  # share of the incident's words found in the case
EARLY = dt.timedelta(hours=1)  # a complaint may name a time a little before the start
_RANGE = re.compile(r"(\d+)\s*[-–—]\s*(\d+)|(\d+)")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Suggestion:
    ref: str
    title: str
    place: str
    why: str  # "place": same category and place in time; "words": a close search match
    score: float


def suggest(book, draft: dict, *, limit: int = 3) -> list[Suggestion]:
    """The open incidents `draft` (a case document, complete or not) may be about."""
    linked = (draft.get("incident") or {}).get("ref") if isinstance(
        draft.get("incident"), dict) else None
    incidents = [i for i in Incident.select().where(Incident.state == "open") if i.ref != linked]
    if not incidents:
        return []
    tz = book.tz
    ask, hear = draft.get("ask") or {}, draft.get("hear") or {}
    customer = draft.get("customer") or {}
    when = _time(ask.get("event_at"), tz) or _time(draft.get("received_at"), tz) or book.now()
    window = dt.timedelta(hours=_hours(settings.get("incident_window_hours")))
    places = [search.tokens(str(x or "")) for x in (ask.get("place"), customer.get("address"),
                                                    customer.get("unit"))]
    words = {w for place in places for w in place} | set(search.tokens(" ".join(
        str(x or "") for x in (hear.get("account"), hear.get("remedy_sought"),
                               ask.get("summary"), ask.get("item")))))
    unit = _unit_number(customer.get("unit") or ask.get("place") or "")
    category = draft.get("category") or ""
    found = []
    for incident in incidents:
        started = incident.started_at
        if (category and incident.category == category
                and started - EARLY <= when <= started + window
                and _same_place(incident, places, unit)):
            found.append(Suggestion(incident.ref, incident.title, incident.place, "place", 1.0))
            continue
        score = _word_score(f"{incident.title} {incident.place}", words)
        if score >= CLOSE:
            found.append(Suggestion(incident.ref, incident.title, incident.place, "words",
                                    score))
    starts = {i.ref: i.started_at for i in incidents}
    found.sort(key=lambda s: (-s.score, -starts[s.ref].timestamp()))
    return found[:limit]


def _time(value, tz: str) -> dt.datetime | None:
    try:
        return parse_time(value, tz)
    except KnownError:  # half-typed: no time to match by
        return None


def _hours(value) -> float:
    try:
        return max(1.0, float(value))
    except (TypeError, ValueError):
        return float(settings.DEFAULTS["incident_window_hours"])


def _same_place(incident: Incident, places: list[list[str]], unit: int | None) -> bool:
    """The incident's place is said, word for word, in the case's place, address or unit
    ("building 3" in "Building 3, Lenina 5"; not "building 5" there)."""
    building = search.tokens(incident.place or "")
    if not building or not any(_said(place, building) for place in places):
        return False
    ranges = unit_ranges(incident.units or "")
    return not ranges or unit is None or any(low <= unit <= high for low, high in ranges)


def _said(words: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(words[i:i + size] == phrase for i in range(len(words) - size + 1))


def unit_ranges(text: str) -> list[tuple[int, int]]:
    """"1-40, 52" → [(1, 40), (52, 52)]."""
    out = []
    for low, high, single in _RANGE.findall(text):
        if single:
            out.append((int(single), int(single)))
        else:
            out.append((min(int(low), int(high)), max(int(low), int(high))))
    return out


def _unit_number(text: str) -> int | None:
    match = _NUMBER.search(text)
    return int(match.group()) if match else None


def _word_score(text: str, words: set[str]) -> float:
    """The share of the incident's words the case says (prefixes as the search takes)."""
    terms = search.query_terms(text)
    if not terms or not words:
        return 0.0
    hits = sum(1 for term, prefix in terms
               if term in words or (prefix and any(w.startswith(term) for w in words)))
    if hits < min(2, len(terms)):
        return 0.0
    return hits / len(terms)
