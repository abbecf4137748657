"""A deterministic generator of demo cases that tell true stories, as interchange documents.

The demo business is Parkzicht Residences, a property-management office in Amsterdam
with an appliance shop downstairs; its tenants and customers speak English, Dutch,
Russian, Chinese and Georgian, and it counts in euros. Each case is one story of
`resources/demo/stories.toml`, told in its customer's language (`phrases`) from the
customer's words to the reply: a noise complaint is answered about noise, a bike-storage
break-in happens at the bike storage, money is paid in the business's one currency, and
"not upheld" always says why. Around the stories the casebook behaves like a desk that
keeps up: repeat customers, incidents reported within the hour, claims with amounts,
systemic cases with the root cause of their story, staff who act in office hours
(`timeline`), signed cases with drawn signatures (`ink`), and a first morning with a
handful of replies due today and a few overdue — not a year of backlog.

Seed contract: `generate(n, seed=s, now=t, tz=z)` gives the same documents, in the same
order, for the same (n, s, t, z) and the same data files; changing any of them gives
another casebook (a smaller n is not a prefix of a larger one). The documents come one
at a time, oldest first, with memory flat in n: a million cases hold one day of
arrivals and a bounded set of returning customers, never a list of all cases.

Nothing here touches a database: the documents go through the same intake path as an
import (`book`). Speed matters (100,000 cases on the demo's critical path), so times are
integer local seconds and draws index sequences directly: `seq[int(r() * len(seq))]`;
the stories and texts are arranged for that once (`stories`), and so are the people
(`people`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from casebook.core.demo.people import MANAGERS, ROLE, STAFF, People
from casebook.core.demo.stories import (BUSINESS, CURRENCY, INCIDENTS, LANG, MONEY, ORDINARY,
                                        PRICES, Language, Story, bag as _bag, euros as _euros)
from casebook.core.demo.timeline import DAY, HOUR, MINUTE, Timeline

__all__ = ["STAFF", "generate", "business_settings"]  # STAFF: the demo's people, for `book`
SPAN_DAYS = 548  # eighteen months

SECTORS = _bag({"property": 60, "retail": 37, "other": 3})
MAJOR_CHANCE = {"property": 0.105, "retail": 0.05, "other": 0.06}  # ~8% of all cases
ESCALATIONS = ("repeat_complaint", "media_legal_threat")
CHANNELS_OPEN = _bag({"walk_in": 30, "phone": 35, "email": 18, "letter": 4, "messenger": 10,
                      "other": 3})
CHANNELS_CLOSED = _bag({"email": 12, "messenger": 7, "other": 1})
CHANNELS_URGENT = _bag({"phone": 7, "walk_in": 2, "messenger": 1})
REPLY_CHANNEL = {"walk_in": ("walk_in", "phone"), "phone": ("phone", "phone", "email"),
                 "email": ("email", "email", "phone"), "letter": ("letter", "phone"),
                 "messenger": ("messenger", "messenger", "phone"), "other": ("phone",)}
# How the first contact with the customer is made, by the channel the case came in by.
ACK = {"walk_in": "desk", "phone": "phone", "email": "email", "letter": "call_back",
       "messenger": "messenger", "other": "call_back"}
MOODS = _bag({"": 30, "calm": 35, "upset": 25, "angry": 7, "distressed": 3})
MOODS_HOT = _bag({"upset": 4, "angry": 3, "distressed": 3})
SATISFIED = _bag({1: 2, 2: 4, 3: 10, 4: 34, 5: 50})
DISSATISFIED = _bag({1: 30, 2: 35, 3: 25, 4: 8, 5: 2})
QA_COUNTS = (0, 1, 1, 1, 2, 2, 2, 2, 3, 3)
WORK_COUNTS = (0, 1, 1, 2, 2, 2, 3)
CLAIM_SHARE = (0.5, 0.75, 1.0, 1.0)  # of what was claimed, when money is paid

# Share of cases still open by age in days: nearly all of today's, half of this week's, a
# few of the last three weeks, none older — a desk that keeps up, so the first start
# shows a morning's work, not a backlog.
OPEN_BY_AGE = ((1, 0.95), (3, 0.75), (7, 0.4), (14, 0.12), (21, 0.03), (35, 0.01))
OPEN_CHANCE = tuple(next((c for limit, c in OPEN_BY_AGE if day < limit), 0.0)
                    for day in range(SPAN_DAYS + 2))


def _unreplied() -> dict:
    return {"at": None, "channel": "", "text": "",
            "resolution": {"type": "", "amount": None, "currency": "", "text": ""},
            "accepted": None, "approved_by": None}


def generate(n: int, *, seed: int = 1, now: dt.datetime,
             tz: str = "Europe/Amsterdam") -> Iterator[dict]:
    """`n` case documents received over the eighteen months before `now`, oldest first."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if n < 0:
        raise ValueError("n must not be negative")
    return _Demo(seed, now, tz).cases(n)


def business_settings(now: dt.datetime, tz: str = "Europe/Amsterdam") -> dict:
    """The settings that make the demo's documents mean what they say: its currency, and
    office hours with the public holidays its staff do not work on."""
    timeline = Timeline(tz, int(now.timestamp()), BUSINESS["hours"], lambda: 0.0, SPAN_DAYS)
    return {"currency": CURRENCY,
            "business_hours": {"tz": tz, "hours": BUSINESS["hours"],
                               "holidays": [d.isoformat() for d in timeline.holidays]}}


class _Demo:
    """One run of the generator: its random streams, timeline and customers so far."""

    def __init__(self, seed: int, now: dt.datetime, tz: str):
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.time = Timeline(tz, int(now.timestamp()), BUSINESS["hours"], self.r, SPAN_DAYS)
        self.now = self.time.now  # local wall-clock seconds, as every time here
        self.iso = self.time.iso
        self.today = self.time.today
        self.people = People(self.r, seed)

    def cases(self, n: int) -> Iterator[dict]:
        for received in self.time.arrivals(n):
            yield self._case(received)

    # ------------------------------------------------------------------ one case
    def _case(self, received: int) -> dict:
        r, iso, time, now = self.r, self.iso, self.time, self.now
        i = received // DAY - time.base
        office = time.opening[i] <= received < time.closing[i]
        month = time.months[i]
        sector = SECTORS[int(r() * len(SECTORS))]
        customer, block, signature, returning = self.people.customer(
            "property" if sector == "property" else "retail")
        lang = customer["language"]  # a returning customer writes in their own language
        words = LANG[lang]
        talk = words.talk

        # What it is about: an incident, a story made major by a repeat or a threat, or
        # an ordinary complaint; a story out of season (ice in July) is drawn again.
        story, triggers = None, []
        if r() < MAJOR_CHANCE[sector]:
            if sector == "retail" and r() < 0.35:
                story = INCIDENTS["retail"][int(r() * len(INCIDENTS["retail"]))]
            elif sector == "property" and r() < 0.8:
                bag = INCIDENTS["property"]
                story = bag[int(r() * len(bag))]
                while story.season is not None and month not in story.season:
                    story = bag[int(r() * len(bag))]
            elif returning and r() < 0.7:
                triggers = ["repeat_complaint"]
            else:
                triggers = [ESCALATIONS[int(r() * 2)]]
        if story is None:
            bag = ORDINARY[sector]
            story = bag[int(r() * len(bag))]
            while story.season is not None and month not in story.season:
                story = bag[int(r() * len(bag))]
        else:
            triggers = list(story.triggers)
        major = bool(triggers)
        incident = bool(story.triggers)
        category, group = story.category, story.group
        told = words.stories[story.key]
        if incident:
            channel = CHANNELS_URGENT[int(r() * len(CHANNELS_URGENT))]
            if channel == "walk_in" and not office:
                channel = "phone"  # the emergency line
        else:
            channels = CHANNELS_OPEN if office else CHANNELS_CLOSED
            channel = channels[int(r() * len(channels))]
        kind = "claim" if story.claim and r() < 0.3 else "complaint"
        roll = r()
        nature = ("systemic" if story.systemic and roll < 0.08 else
                  "relational" if roll < 0.23 else "transactional")
        if incident and not office:  # the emergency line goes to the manager on call
            receiver = owner = MANAGERS[int(r() * 2)]
            subject = None
        else:
            receiver, owner, subject = self.people.staff(lang, category, major)

        # When it happened, and the words for it that the customer uses.
        event = time.event(story.at, story.ago, received)
        event_day = event // DAY
        since, on, days = words.when[min(received // DAY - event_day, 60)][(event_day + 3) % 7]
        slots = {"unit": customer["unit"], "b": block, "since": since, "on": on, "days": days,
                 "staff": subject or "", "order": "", "amount": "", "item": "", "item_a": "",
                 "item_the": "", "item_acc": ""}
        price = 0.0
        if group == "retail":
            index = story.items[int(r() * len(story.items))]
            slots.update(words.items[index])
            price = PRICES[index]
            slots["amount"] = words.money(price)
            if story.place in ("online", "home"):
                slots["order"] = f"W{100_000 + int(r() * 900_000)}"
        claimed = _euros(story.claimed[int(r() * len(story.claimed))], price) \
            if kind == "claim" else 0.0

        # The customer's own words: greeting or opening, the story, what else they say.
        said = [told["account"] % slots]
        spoken = channel in ("walk_in", "phone")
        if r() < 0.3:
            if spoken and r() < 0.5:
                hour = received % DAY // HOUR
                greeting = talk["greeting"]
                said.insert(0, greeting["morning" if hour < 12 else
                                        "afternoon" if hour < 18 else "evening"] % slots)
            else:
                opening = talk["spoken" if spoken else "written"]
                said.insert(0, opening[int(r() * len(opening))] % slots)
        if subject:
            said.append(talk["subject"] % slots)
        if nature == "relational":
            lines = talk["relational"][group]
            said.append(lines[int(r() * len(lines))] % slots)
        if triggers and not incident:
            lines = talk["repeat" if triggers[0] == "repeat_complaint" else "media"]
            said.append(lines[int(r() * len(lines))] % slots)
        if r() < 0.25:
            said.append(talk["closers"][int(r() * len(talk["closers"]))] % slots)
        sep = words.sep
        if kind == "claim":
            asks = words.claims[story.claim]
            remedy = asks[int(r() * len(asks))] % {**slots, "amount": words.money(claimed)}
        else:
            remedy = told["remedy"] % slots
        moods = MOODS_HOT if major or nature == "relational" else MOODS

        # Ask: where, what it concerns, a few questions in the story's own terms.
        place = story.place
        if place == "unit":
            place = customer["unit"]
        elif place:
            place = words.places[place] % slots
        if group == "retail":
            item = "" if not story.product else (
                f"{slots['order']}, {slots['item']}" if slots["order"] else slots["item"])
        else:
            item = customer["unit"] if story.place == "unit" else ""
        turns, waiting_note = words.qa[story.qa]  # the questions from each starting point
        qa = [{"q": question % slots, "a": answer % slots}
              for question, answer in turns[int(r() * len(turns))][:QA_COUNTS[int(r() * 10)]]]

        doc = {
            "ref": None, "received_at": iso(received), "channel": channel, "kind": kind,
            "severity": "major" if major else "general", "major_triggers": triggers,
            "category": category, "nature": nature, "subject_staff": subject,
            "waiting_on_customer": False, "root_cause": "", "preventive_action": "",
            "customer": customer,
            "hear": {"account": sep.join(said), "remedy_sought": remedy,
                     "received_by": receiver, "mood": moods[int(r() * len(moods))]},
            "ask": {"event_at": iso(event), "place": place, "item": item, "qa": qa,
                    "summary": told["summary"] % slots, "summary_confirmed": True},
            "follow": {"owner": owner, "next_reply_at": None, "actions": []},
            "reply": None, "record": None,  # below, once we know how it ended
            "report": {"to": "", "at": None, "means": "", "acknowledged_at": None},
        }
        follow = doc["follow"]
        if nature == "systemic":
            doc["root_cause"] = told["cause"] % slots
            doc["preventive_action"] = told["prevention"] % slots
        if major:
            self._report(doc, words, received)

        # Follow through, in office hours: the first contact, a handover, the work.
        age = (now - received) / DAY
        is_open = r() < OPEN_CHANCE[int(age)]
        spot = (not is_open and not major and kind == "complaint" and channel == "walk_in"
                and group == "retail" and category != "delivery" and r() < 0.35)
        notes = words.notes
        acts: list[dict] = []  # in time order; "at" becomes text at the end
        t = received
        if not spot:
            how = ACK[channel]
            if how in ("desk", "phone"):  # confirmed while the customer is there
                t += 3 * MINUTE + int(r() * 12) * MINUTE
                acts.append({"at": t, "by": receiver, "note": notes["ack"][how],
                             "internal": False, "kind": "contact"})
            if owner != receiver:
                t = (time.on_call if incident else time.at_work)(
                    t + 5 * MINUTE + int(r() * 85) * MINUTE)
                acts.append({"at": t, "by": receiver, "note": f"{receiver} → {owner}",
                             "internal": True, "kind": "handover"})
            if how not in ("desk", "phone"):
                t = time.at_work(t + 20 * MINUTE + int(r() * (2 * HOUR if story.urgent
                                                              else 20 * HOUR)))
                acts.append({"at": t, "by": owner, "note": notes["ack"][how],
                             "internal": False, "kind": "contact"})
            work = words.work[story.work]
            gap, span = story.gap
            for step in range(min(WORK_COUNTS[int(r() * 7)], len(work))):
                if incident and step == 0:
                    t = time.on_call(t + 5 * MINUTE + int(r() * 35) * MINUTE)
                else:
                    t = time.at_work(t + gap + int(r() * span))
                acts.append({"at": t, "by": owner, "note": work[step] % slots,
                             "internal": r() < 0.7, "kind": "action"})
            if len(acts) >= 3 and r() < 0.6:
                t = time.at_work(t + HOUR + int(r() * 30 * HOUR))
                lines = notes["update"]
                acts.append({"at": t, "by": owner, "note": lines[int(r() * len(lines))],
                             "internal": False, "kind": "contact"})

        # Then a reply that settles it — or, if that would not have happened by now, an
        # open case with a reply time agreed for the days around today.
        if spot:
            reply_at = received + 10 * MINUTE + int(r() * 30) * MINUTE
            is_open = reply_at > now
        elif not is_open:
            reply_at = time.at_work(t + story.settle[0] + int(r() * story.settle[1]))
            is_open = reply_at > now - 2 * HOUR
        if is_open:
            acts = [a for a in acts if a["at"] < now]
            if r() < 0.15:
                doc["waiting_on_customer"] = True
                asked = time.at_work((acts[-1]["at"] if acts else received)
                                     + HOUR + int(r() * 20 * HOUR))
                if asked < now:
                    acts.append({"at": asked, "by": owner, "note": waiting_note % slots,
                                 "internal": False, "kind": "contact"})
            doc["ask"]["summary_confirmed"] = r() >= 0.08
            doc["reply"], doc["record"] = _unreplied(), {"signed_at": None, "satisfaction": None}
            follow["next_reply_at"] = iso(self._next_reply(
                acts[-1]["at"] if acts else received, age, story.urgent))
        else:
            doc["reply"], doc["record"] = self._reply(
                doc, words, told, story, slots, spot=spot, reply_at=reply_at, price=price,
                claimed=claimed, signature=signature)
            if not spot:
                follow["next_reply_at"] = iso(self._agreed(received, reply_at))
        for a in acts:
            a["at"] = iso(a["at"])
        follow["actions"] = acts
        return doc

    def _reply(self, doc: dict, words: Language, told: dict, story: Story, slots: dict, *,
               spot: bool, reply_at: int, price: float, claimed: float,
               signature: int) -> tuple[dict, dict]:
        """(reply, record): the resolution the story ends with, the reply that told the
        customer, and the signature, if given."""
        r, iso = self.r, self.iso
        owner = doc["follow"]["owner"]
        bag = story.claim_resolutions if claimed else story.resolutions
        rtype = bag[int(r() * len(bag))]
        resolution = {"type": rtype, "amount": None, "currency": "", "text": ""}
        approved = None
        if rtype in MONEY:
            if claimed and rtype != "refund":
                euros = round(claimed * CLAIM_SHARE[int(r() * 4)], 2)  # all or part
            elif claimed:
                euros = claimed
            else:
                choices = story.amounts[rtype]
                euros = _euros(choices[int(r() * len(choices))], price)
            slots["amount"] = words.money(euros)
            resolution["amount"], resolution["currency"] = f"{euros:.2f}", CURRENCY
            # Above a desk's or a handler's limit a manager approves (SPEC §2).
            if euros > 250 or (euros > 50 and ROLE[owner] == "desk"):
                approved = owner if ROLE[owner] == "manager" else MANAGERS[int(r() * 2)]
        resolution["text"] = told["resolution"][rtype] % slots
        upheld = rtype != "explanation"
        opening = words.upheld if upheld else words.not_upheld
        said = [opening[int(r() * len(opening))]]
        if upheld and "change" in told:
            said.append(told["change"] % slots)  # say what will change
        close = words.close
        said.append(close[int(r() * len(close))])
        if spot:
            channel = "walk_in"
        else:
            channels = REPLY_CHANNEL[doc["channel"]]
            channel = channels[int(r() * len(channels))]
        accepted = r() < (0.55 if rtype == "explanation" else 0.93)
        reply = {"at": iso(reply_at), "channel": channel, "text": words.sep.join(said),
                 "resolution": resolution, "accepted": accepted, "approved_by": approved}

        # Signed at the desk straight after a reply given there, or when the customer
        # comes by in office hours; a reply of the last days may still wait for it, an
        # older one never does (its callback would hang about for months).
        since_reply = self.now - reply_at
        chance = (0.35 if since_reply < 3 * DAY else 0.1 if since_reply < 10 * DAY else 0.0)
        if not accepted and since_reply < 3 * DAY:
            chance += 0.3
        if chance and r() < chance:
            return reply, {"signed_at": None, "satisfaction": None}
        if channel == "walk_in":
            signed = reply_at + 3 * MINUTE + int(r() * 17) * MINUTE
        else:
            signed = self.time.at_work(reply_at + 2 * HOUR + int(r() * 100 * HOUR))
        if signed > self.now:
            return reply, {"signed_at": None, "satisfaction": None}
        scores = SATISFIED if accepted else DISSATISFIED
        return reply, {"signed_at": iso(signed),
                       "satisfaction": None if r() < 0.12 else scores[int(r() * len(scores))],
                       "signatures": {"customer": self.people.ink(signature),
                                      "staff": self.people.staff_ink(owner)}}

    def _report(self, doc: dict, words: Language, received: int) -> None:
        """Major cases go to the manager and the head of office, mostly within the hour,
        at any hour; the manager acknowledges between seven and eleven."""
        r, iso = self.r, self.iso
        if r() < 0.88:
            at = received + 5 * MINUTE + int(r() * 50) * MINUTE
        else:
            at = received + 65 * MINUTE + int(r() * 135) * MINUTE  # reported late
        if at > self.now or (self.now - received < 2 * DAY and r() < 0.1):
            return  # not reported yet: the case shows red
        ack = at + 2 * MINUTE + int(r() * 88) * MINUTE
        local = ack % DAY
        if local < 7 * HOUR or local >= 23 * HOUR:
            ack = self.time.on_call(ack + (HOUR if local >= 23 * HOUR else 0))
        if ack > self.now:
            ack = None
        report = words.report
        means = report["means"]  # the first is "by phone", the only way out of hours
        how = means[int(r() * len(means))] if self.time.is_open(at) else means[0]
        doc["report"] = {"to": report["to"], "at": iso(at), "means": how,
                         "acknowledged_at": iso(ack)}

    def _next_reply(self, after: int, age: float, urgent: bool) -> int:
        """The agreed next reply time of an open case: a weekday slot after the last
        contact, mostly today or in the next few days (the next working day at the
        latest for an urgent matter), now and then one already missed (hours or a day
        or two ago)."""
        r, time = self.r, self.time
        first = (after + HOUR) // DAY
        if r() < (0.15 if age < 3 else 0.35) and first <= self.today:
            due = time.slot(self.today - int(r() * min(self.today - first + 1, 3)))
            if after + HOUR <= due < self.now:
                return due
        day = self.today + (0 if r() < 0.3 else int(r() * (2 if urgent else 5)))
        due = time.slot(day)
        while due <= max(self.now, after + HOUR):
            day += 1
            due = time.slot(day)
        return due

    def _agreed(self, received: int, reply_at: int) -> int:
        """The reply time agreed with the customer of a resolved case: mostly a slot the
        reply came in time for, now and then one it missed."""
        time = self.time
        if self.r() < 0.88:
            day = reply_at // DAY
            due = time.slot(day)
            return due if due >= reply_at else time.slot(day + 1)
        return max(received + HOUR, time.at_work(reply_at - HOUR - int(self.r() * 20 * HOUR)))
