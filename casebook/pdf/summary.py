"""The case summary: the whole case on paper for the office, never for the customer.

Where the form and the letter leave internal matters out, the summary puts
everything in: all six parts with internal notes and handovers, every
deadline and its state, amendments made after signing, and the highlights of
the audit trail. It is read by staff, so it is printed in the interface
language, and every page says it is internal.
"""

from __future__ import annotations

from babel import Locale
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from casebook.core.cases import history as history_words
from casebook.core.cases import listing
from casebook.i18n import defaults
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, current_language, translator
from casebook.pdf import layout
from casebook.pdf.form import BABEL_LOCALES, Labels, verification_code
from casebook.pdf.letter import amount_text, moment_text

HISTORY_SHOWN = 40  # the most recent entries; the rest stay in `casebook show`

DEADLINE_STATES = {"pending": N_("pending"), "done": N_("done"), "missed": N_("missed"),
                   "cancelled": N_("cancelled")}
CASE_STATES = {"open": N_("Open"), "resolved": N_("Awaiting signature"),
               "closed": N_("Closed")}
PARTS = ("hear", "ask", "follow", "reply", "record", "report")


def render(book, ref: str, out, *, lang: str | None = None, page_size: str = "A4") -> str:
    """Write the summary of case `ref` to `out` (path or file); returns its language."""
    lang = lang or current_language()
    lang = lang if lang in LANGUAGES else "en"
    t = Labels(lang)
    locale = BABEL_LOCALES[lang]
    data = listing.show(book, ref)
    doc = data["case"]
    tz = doc["tz"]
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN

    def when(value) -> str:
        return moment_text(value, tz, locale)

    def entry(list_name: str, code) -> str:
        return t.list_label(book, list_name, code) if code else ""

    c = doc["customer"]
    # Customer beside case, unless a customer field is long: a table row cannot split
    # over pages, so a name or an address longer than a page goes above, on its own.
    short = all(len(str(v or "")) < 300 for v in c.values())
    column = width / 2 if short else width
    customer = layout.fields_table([
        (t(N_("Customer")), c["name"]), (t(N_("Phone")), c["phone"]),
        (t(N_("Email")), c["email"]), (t(N_("Address")), c["address"]),
        (t(N_("Unit / room")), c["unit"]),
        (t(N_("Account or order number")), c["account"]),
        (t(N_("Language")), _language_name(c["language"], locale))], column,
        label_share=0.42 if short else 0.3)
    facts = layout.fields_table([
        (t(N_("Reference")), doc["ref"]), (t(N_("Received")), when(doc["received_at"])),
        (t(N_("State")), t(CASE_STATES.get(doc["state"], doc["state"]))),
        (t(N_("Kind")), entry("kind", doc["kind"])),
        (t(N_("Severity")), entry("severity", doc["severity"])),
        (t(N_("Category")), entry("category", doc["category"])),
        (t(N_("Nature")), entry("nature", doc["nature"])),
        (t(N_("Major triggers")), t.listing(entry("major_trigger", x)
                                            for x in doc["major_triggers"])),
        (t(N_("Complaint about")), doc["subject_staff"] or ""),
        (t(N_("Waiting on the customer")), t(N_("yes")) if doc["waiting_on_customer"]
         else "")], column, label_share=0.42 if short else 0.3)
    story: list = ([layout.two_columns(customer, facts, width)] if short
                   else [facts, Spacer(1, 2 * mm), customer])
    story.append(Spacer(1, 2 * mm))

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        heading, gap = layout.section_heading(title, width), Spacer(1, 1 * mm)
        heading.keepWithNext = gap.keepWithNext = True  # never a heading alone at a page foot
        story.extend((heading, gap))
        story.append(layout.fields_table(rows, width))
        story.append(Spacer(1, 2 * mm))

    def part(name: str) -> str:
        number = PARTS.index(name) + 1
        done = data["parts"][name]["done"]
        # in words: a check mark would pull in the 5 MB CJK face for one glyph
        return f"{number}. {defaults.label('case_part', name, lang)}" + (
            f" · {t(DEADLINE_STATES['done'])}" if done else "")

    h, a, f, r, rec, p = (doc[k] for k in ("hear", "ask", "follow", "reply", "record",
                                           "report"))
    res = r["resolution"]
    section(part("hear"), [
        (t(N_("Received by")), h["received_by"] or ""),
        (t(N_("Channel")), entry("channel", doc["channel"])),
        (t(N_("In the customer's words")), h["account"]),
        (t(N_("What the customer asked for")), h["remedy_sought"]),
        (t(N_("Mood")), entry("mood", h["mood"]))])
    section(part("ask"), [
        (t(N_("When it happened")), when(a["event_at"])), (t(N_("Where")), a["place"]),
        (t(N_("Product, order or unit")), a["item"]),
        *[(t(N_("Question")) + f" {i}", f"{qa['q']}\n— {qa['a']}")
          for i, qa in enumerate(a["qa"], start=1)],
        (t(N_("Summary")), a["summary"]), (t(N_("Confirmed")), t.yes_no(a["summary_confirmed"]))])
    section(part("follow"), [
        (t(N_("Owner")), f["owner"] or ""),
        (t(N_("Next agreed reply")), when(f["next_reply_at"])),
        *[(f"{when(x['at'])}\n{x['by']}", _action_text(t, x)) for x in f["actions"]]])
    section(part("reply"), [
        (t(N_("Replied on")), when(r["at"])),
        (t(N_("Channel")), entry("channel", r["channel"])), (t(N_("Our reply")), r["text"]),
        (t(N_("Resolution")), entry("resolution_type", res["type"])),
        (t(N_("Amount")), amount_text(book, res, locale)), (t(N_("Details")), res["text"]),
        (t(N_("Approved by")), r["approved_by"] or ""),
        (t(N_("Customer accepts")), t.yes_no(r["accepted"]))])
    signed = rec.get("signed_hash") or ""
    section(part("record"), [
        (t(N_("Signed on")), when(rec["signed_at"])),
        (t(N_("Satisfaction (1–5)")), str(rec["satisfaction"] or "")),
        (t(N_("Verification code {code}"), code="").strip(),
         verification_code(signed) if signed else t(N_("not yet signed")))])
    if doc["severity"] == "major" or any(p.values()):
        section(part("report"), [
            (t(N_("Reported to")), p["to"]), (t(N_("Reported on")), when(p["at"])),
            (t(N_("How")), p["means"]), (t(N_("Acknowledged on")), when(p["acknowledged_at"]))])
    if doc["root_cause"] or doc["preventive_action"]:
        section(t(N_("Root cause and prevention")), [
            (t(N_("Root cause")), doc["root_cause"]),
            (t(N_("Preventive action")), doc["preventive_action"])])
    section(t(N_("Deadlines")), [
        (when(d["due_at"]), " · ".join(x for x in (
            defaults.label("deadline_kind", d["kind"], lang),
            t(DEADLINE_STATES.get(d["state"], d["state"])), d["owner"], d["note"]) if x))
        for d in data["deadlines"]])
    if data["amendments"]:
        section(t(N_("Amendments")), [
            (f"{when(x['at'])}\n{x['by']}",
             f"{x['field']}: {_plain(x['before'])} → {_plain(x['after'])}\n({x['reason']})")
            for x in data["amendments"]])
    history = data["history"]
    told = history_words.for_book(book, lang=lang, tz=tz, moment=when)  # as on screen
    rows = [(when(e["at"]), told.text(e)) for e in history[-HISTORY_SHOWN:]]
    if len(history) > HISTORY_SHOWN:
        rows.insert(0, ("…", t(N_("{count} earlier entries are in the case's history."),
                               count=len(history) - HISTORY_SHOWN)))
    section(t(N_("History highlights")), rows)
    title = t(N_("Case summary"))
    head = layout.Letterhead(
        name=book.setting("business_name") or "", address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"), title=title,
        ref=doc["ref"], footer=t(N_("Internal: not for the customer")),
        page_label=translator(lang).gettext(N_("Page {page} of {pages}")))
    layout.build(out, story, head, page_size=page_size, title=f"{doc['ref']} {title}")
    return lang


def _action_text(t: Labels, action: dict) -> str:
    marks = []
    if action["internal"]:
        marks.append(t(N_("internal")))
    if action["kind"] == "handover":
        marks.append(t(N_("Handed over")))
    return (f"[{t.listing(marks)}] " if marks else "") + (action["note"] or "")


def _language_name(code: str, locale: str) -> str:
    try:
        return Locale.parse(code).get_display_name(locale) or code
    except (ValueError, TypeError):  # an unknown or empty code prints as it is
        return code or ""


def _plain(value) -> str:
    return "—" if value in (None, "") else str(value)
