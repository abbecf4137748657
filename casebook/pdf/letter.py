"""The reply letter: what the customer raised, what we did and how it was resolved.

The fourth clear ("reply clearly") on paper. It goes to the customer, so it
is written in their language and carries only what they may see: internal
notes and handovers stay in the casebook. It closes with the four sentences
good practice asks for (apologise again, thank them for their trust, thank
them for showing us what to improve, say what will change) and is signed by
the case owner. Paragraphs rather than tables, so a long account flows over
pages like any letter.
"""

from __future__ import annotations

from decimal import Decimal

from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from casebook.core.cases import document
from casebook.core.time.times import parse_time, zone
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, translator
from casebook.pdf import layout
from casebook.pdf.form import BABEL_LOCALES, Labels
from casebook.pdf.layout import para

BODY = 10


def moment_text(value, tz: str, locale: str) -> str:
    """A stored time as the reader's locale writes it (date, then time)."""
    moment = parse_time(value, tz) if value else None
    if moment is None:
        return ""
    return (format_skeleton("yMMMd", moment, tzinfo=zone(tz), locale=locale) + " "
            + format_skeleton("Hm", moment, tzinfo=zone(tz), locale=locale))


def amount_text(book, resolution: dict, locale: str) -> str:
    if not resolution.get("amount"):
        return ""
    return format_currency(Decimal(resolution["amount"]),
                           resolution.get("currency") or book.setting("currency"),
                           locale=locale)


def render(book, ref: str, out, *, lang: str | None = None, page_size: str = "A4") -> str:
    """Write the reply letter for case `ref` to `out` (path or file); returns its language."""
    case = book.get(ref)
    doc = document.to_doc(case)
    lang = lang or doc["customer"].get("language") or book.setting("form_language") or "en"
    lang = lang if lang in LANGUAGES else "en"
    t = Labels(lang)
    locale = BABEL_LOCALES[lang]
    tz = case.tz
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN

    def when(value) -> str:
        return moment_text(value, tz, locale)

    c, h, a, f, r = (doc["customer"], doc["hear"], doc["ask"], doc["follow"], doc["reply"])
    res = r["resolution"]
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
    story += [para(greeting, BODY), Spacer(1, 3 * mm),
              para(t(N_("Thank you for contacting us on {date}. This letter sets out what you "
                        "told us, what we did and how we have resolved it."),
                     date=when(doc["received_at"])), BODY)]

    def block(title: str, texts: list[str]) -> None:
        texts = [x for x in texts if x]
        if not texts:
            return
        story.append(Spacer(1, 4 * mm))
        # A shaded band, as on the form: Han has no bold face to set a heading apart.
        heading, gap = layout.section_heading(title, width), Spacer(1, 1.5 * mm)
        heading.keepWithNext = gap.keepWithNext = True  # never a heading alone at a page foot
        story.extend((heading, gap))
        for text in texts:
            story.append(para(text, BODY))
            story.append(Spacer(1, 1.5 * mm))

    block(t(N_("What you told us")), [
        h["account"],
        a["summary"] if a["summary_confirmed"] and a["summary"] != h["account"] else "",
        t(N_("You asked us: {remedy}"), remedy=h["remedy_sought"]) if h["remedy_sought"] else "",
    ])
    block(t(N_("What we did and when")), [
        f"{when(x['at'])} — {x['note']}" for x in f["actions"]
        if not x["internal"] and x["kind"] != "handover" and x["note"]])
    resolution = t.list_label(book, "resolution_type", res["type"])
    amount = amount_text(book, res, locale)
    block(t(N_("What we replied")), [
        r["text"],
        t(N_("Resolution")) + ": " + " · ".join(x for x in (resolution, amount) if x)
        if resolution or amount else "",
        res["text"],
    ])
    change = doc.get("preventive_action") or ""
    closing = [
        t(N_("We apologise once again for the trouble this has caused you.")),
        t(N_("Thank you for the trust you have placed in us.")),
        t(N_("Thank you for showing us what we can improve.")),
        t(N_("What will change: {change}"), change=change) if change else
        t(N_("We are changing how we work so that this does not happen again.")),
    ]
    story.append(Spacer(1, 3 * mm))
    for sentence in closing:
        story += [para(sentence, BODY), Spacer(1, 1.2 * mm)]
    owner = f["owner"] or ""
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
