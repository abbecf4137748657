"""The reply letter: what the customer told us and how we resolved it, as a person writes.

The fourth clear ("reply clearly") on paper. It goes to the customer, so it
is written in their language and carries only what they may see. It reads
as a careful person would write it:

- one apology and thanks once: the reply staff wrote usually says sorry and
  thank you already (`resources/letter/courtesy.json` lists the words that
  show it); the letter adds its own sentence only when the reply has none;
- the customer's words and what they asked for, as sentences; never the
  clerk's check question ("— is that right?") nor any note from the case
  file, which staff write about the customer in the third person;
- the day they contacted us (a date: the clock time is the office's detail);
- the resolution and its amount, its details only where the reply does not
  already say them, and "what will change" only when there is something to
  say that the reply has not said;

and is signed by the case owner. Paragraphs rather than tables, so a long
account flows over pages like any letter.
"""

from __future__ import annotations

import functools
import json
from decimal import Decimal

from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from casebook.core.cases import document
from casebook.core.time.times import parse_time, zone
from casebook.i18n.translate import N_, translator
from casebook.pdf import fonts, layout
from casebook.pdf.form import BABEL_LOCALES, Labels, resolve_language
from casebook.pdf.layout import para

BODY = 10


def moment_text(value, tz: str, locale: str) -> str:
    """A stored time as the reader's locale writes it (date, then time)."""
    moment = parse_time(value, tz) if value else None
    if moment is None:
        return ""
    return (format_skeleton("yMMMd", moment, tzinfo=zone(tz), locale=locale) + " "
            + format_skeleton("Hm", moment, tzinfo=zone(tz), locale=locale))


def day_text(value, tz: str, locale: str) -> str:
    """The local date of a stored time, written out ("1 June 2025")."""
    moment = parse_time(value, tz) if value else None
    return format_date(moment.astimezone(zone(tz)), "long", locale=locale) if moment else ""


def amount_text(book, resolution: dict, locale: str) -> str:
    if not resolution.get("amount"):
        return ""
    return format_currency(Decimal(resolution["amount"]),
                           resolution.get("currency") or book.setting("currency"),
                           locale=locale)


@functools.cache
def _courtesy() -> dict[str, tuple[str, ...]]:
    path = fonts.FONT_DIR.parent / "letter" / "courtesy.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: tuple(words) for key, words in data.items() if not key.startswith("_")}


def says(text: str, what: str) -> bool:
    """Whether `text` already apologises ("apology") or thanks ("thanks")."""
    lowered = (text or "").lower()
    return any(word in lowered for word in _courtesy()[what])


def _plain(text: str) -> str:
    return " ".join((text or "").split()).casefold().rstrip(".。!！")


def _contains(text: str, part: str) -> bool:
    """Whether `part` is already said in `text` (spacing, case and a final stop aside)."""
    return bool(part) and _plain(part) in _plain(text)


def _quoted(text: str) -> str:
    """The customer's request as it goes into a sentence: one line, no closing stop."""
    return " ".join(text.split()).rstrip(".。!！ ")


def render(book, ref: str, out, *, lang: str | None = None, page_size: str = "A4") -> str:
    """Write the reply letter for case `ref` to `out` (path or file); returns its language."""
    case = book.get(ref)
    doc = document.to_doc(case)
    lang = resolve_language(book, doc, lang)
    t = Labels(lang)
    locale = BABEL_LOCALES[lang]
    tz = case.tz
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN

    c, h, r = doc["customer"], doc["hear"], doc["reply"]
    res = r["resolution"]
    reply = r["text"] or ""
    story: list = []
    # The address block a window envelope shows, then the date of writing.
    for line in (c["name"], c["address"], c["unit"]):
        if line:
            story.append(para(line, BODY))
    story += [Spacer(1, 4 * mm),
              para(format_date(book.now().astimezone(zone(tz)), "long", locale=locale), BODY),
              Spacer(1, 6 * mm)]
    greeting = (t(N_("Dear {name},"), name=c["name"]) if c["name"]
                else t(N_("Dear customer,")))
    contacted = day_text(doc["received_at"], tz, locale)
    opening = (t(N_("On {date} you contacted us. This letter sets out what you told us and "
                    "how we have resolved it."), date=contacted) if says(reply, "thanks")
               else t(N_("Thank you for contacting us on {date}. This letter sets out what "
                         "you told us and how we have resolved it."), date=contacted))
    story += [para(greeting, BODY), Spacer(1, 3 * mm), para(opening, BODY)]

    def block(title: str, texts: list[str]) -> None:
        texts = [x for x in texts if x]
        if not texts:
            return
        story.append(Spacer(1, 4 * mm))
        # A shaded band, as on the form
        heading, gap = layout.section_heading(title, width), Spacer(1, 1.5 * mm)
        heading.keepWithNext = gap.keepWithNext = True  # never a heading alone at a page foot
        story.extend((heading, gap))
        for text in texts:
            story.append(para(text, BODY))
            story.append(Spacer(1, 1.5 * mm))

    remedy = _quoted(h["remedy_sought"] or "")
    block(t(N_("What you told us")), [
        h["account"],
        t(N_("You asked us for “{remedy}”."), remedy=remedy) if remedy else "",
    ])
    resolution = t.list_label(book, "resolution_type", res["type"])
    amount = amount_text(book, res, locale)
    summary = t.join((resolution, amount))
    change = doc.get("preventive_action") or ""
    block(t(N_("Our reply")), [
        reply,
        t.pair(t(N_("Resolution")), summary) if summary else "",
        "" if _contains(reply, res["text"]) else res["text"],
        t(N_("What will change: {change}"), change=change)
        if change and not _contains(reply, change) else "",
    ])
    if not says(reply, "apology"):
        story += [Spacer(1, 3 * mm),
                  para(t(N_("We are sorry for the trouble this has caused you.")), BODY)]
    owner = doc["follow"]["owner"] or ""
    business = book.setting("business_name") or ""
    story.append(KeepTogether([
        Spacer(1, 6 * mm), para(t(N_("Yours sincerely,")), BODY), Spacer(1, 14 * mm),
        para(owner, BODY, bold=True), para(business, BODY)]))
    title = t(N_("Reply to your claim")) if doc["kind"] == "claim" else \
        t(N_("Reply to your complaint"))
    head = layout.Letterhead(
        name=business, address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"), title=title,
        ref=doc["ref"], page_label=translator(lang).gettext(N_("Page {page} of {pages}")))
    layout.build(out, story, head, page_size=page_size, title=f"{doc['ref']} {title}")
    return lang
