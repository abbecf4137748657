"""The receipt handed over at the counter when a complaint is taken (SPEC §4).

ISO 10002 asks for a complaint to be acknowledged at once; a customer who
leaves the counter today takes this in hand: the business, the reference,
when we received it, what we heard (their words, shortened sensibly), what
they asked for, who owns the case, when we will get back to them, any term
set by law with its basis, their own terms (to withdraw, to return), how to
reach us, and the verification code with its QR.

Printed in the customer's language on A4, A5 or an 80 mm receipt-printer
roll (`receipt_page` in the settings). A4 and A5 carry the business header
and page numbers of every document (`layout.build`); the roll is one column
as long as the receipt needs (`layout.build_roll`), with everything a label
above its value so that nothing is cut at 72 mm.
"""

from __future__ import annotations

import hashlib
import re

from babel.dates import format_skeleton
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from casebook.core.cases import document
from casebook.core.law import rulebook, statutory, wording
from casebook.core.time.times import parse_time, zone
from casebook.db import audit
from casebook.i18n import defaults
from casebook.i18n.translate import N_
from casebook.pdf import layout
from casebook.pdf.form import BABEL_LOCALES, Labels, QrMark, resolve_language, verification_code
from casebook.pdf.layout import para

LABEL = colors.HexColor("#52606d")
# How much of the customer's account a receipt repeats: the case keeps the rest.
WORDS_SHOWN = {"default": 320, "zh_CN": 140}
_SENTENCE_END = re.compile(r"[.!?…。！？](?=\s|$)|[。！？]")


def shorten(text: str, limit: int) -> str:
    """The customer's words cut sensibly: whole sentences where they fit, else whole
    words, else characters (Chinese has no spaces), with "…" when anything was left out."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[:ends[-1]].rstrip() + " …"
    space = head.rfind(" ")
    if space >= limit // 2:
        return head[:space].rstrip(" ,;:") + " …"
    return head.rstrip() + "…"


def render(book, ref: str, out, *, lang: str | None = None, page_size: str | None = None
           ) -> str:
    """Write the receipt of case `ref` to `out` (path or file); returns the verification code."""
    case = book.get(ref)
    doc = document.to_doc(case)
    lang = resolve_language(book, doc, lang)
    page_size = page_size or book.setting("receipt_page") or "A4"
    t = Labels(lang)
    tz, locale = case.tz, BABEL_LOCALES[lang]
    digest = case.signed_hash or hashlib.sha256(
        audit.canonical(document.signable(doc)).encode()).hexdigest()
    code = verification_code(digest)
    rows = _rows(book, case, doc, t, lang, tz, locale)
    title = t(N_("Receipt"))
    intro = t(N_("We have received your claim. Keep this receipt: it says what we heard and "
                 "what we promised.") if doc["kind"] == "claim" else
              N_("We have received your complaint. Keep this receipt: it says what we heard "
                 "and what we promised."))
    qr = QrMark(f"casebook:{doc['ref']}:{digest}", 24 * mm)
    check = t.pair(t(N_("Verification code")), code)
    if page_size == layout.ROLL:
        story = _roll_story(book, doc, title, intro, rows, qr, check)
        layout.build_roll(out, story, title=doc["ref"], author=book.setting("business_name"))
        return code
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN
    story = [para(intro, 9.5), Spacer(1, 3 * mm),
             layout.fields_table(rows, width, label_share=0.32), Spacer(1, 4 * mm),
             _check_block(qr, check, width)]
    head = layout.Letterhead(
        name=book.setting("business_name") or "", address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"), title=title,
        ref=doc["ref"], footer=check, page_label=t(N_("Page {page} of {pages}")))
    layout.build(out, story, head, page_size=page_size, title=doc["ref"])
    return code


def _rows(book, case, doc: dict, t: Labels, lang: str, tz: str, locale: str
          ) -> list[tuple[str, str]]:
    """(label, value) of everything the receipt says, in reading order; empty ones left out
    by the layout."""

    def when(value) -> str:
        moment = parse_time(value, tz) if value else None
        if moment is None:
            return ""
        return (format_skeleton("yMMMd", moment, tzinfo=zone(tz), locale=locale) + " "
                + format_skeleton("Hm", moment, tzinfo=zone(tz), locale=locale))

    h, f = doc["hear"], doc["follow"]
    limit = WORDS_SHOWN.get(lang, WORDS_SHOWN["default"])
    wanted = [defaults.label("remedy_type", h["remedy_type"], lang) if h["remedy_type"] else "",
              shorten(h["remedy_sought"], limit // 2)]
    wanted = [x for x in wanted if x]
    currency = book.setting("currency")
    amount = statutory.amount_of(doc)
    rules = rulebook.current()
    open_terms = [t for t in statutory.case_terms(case, doc, book.now(), rules)
                  if t.state != "done"]
    law = [wording.term_line(t, lang) for t in open_terms if t.rule.nature == "law"]
    code = [wording.term_line(t, lang) for t in open_terms if t.rule.nature == "code"]
    rights = [wording.right_line(right, lang)
              for right in statutory.customer_rights(doc, case.tz, rules)]
    reach = [book.setting("business_phone"), book.setting("business_email"),
             " ".join(str(book.setting("business_address") or "").split())]
    return [
        (t(N_("Reference")), doc["ref"]),
        (t(N_("Received")), when(doc["received_at"])),
        (t(N_("Customer")), shorten(doc["customer"]["name"], 120)),
        (t(N_("What we heard")), shorten(h["account"], limit)),
        (t(N_("What you asked for")), " — ".join(wanted)),
        (t(N_("Price or amount in dispute")),
         wording.money(amount, currency, lang) if amount is not None else ""),
        (t(N_("Handled by")), f["owner"] or ""),
        (t(N_("We will get back to you by")), when(f["next_reply_at"])),
        (t(N_("Deadline set by law")), "\n".join(law)),
        (t(N_("Deadline set by a sector code")), "\n".join(code)),
        (t(N_("Your rights")), "\n".join(rights)),
        (t(N_("How to reach us")), "\n".join(x for x in reach if x)),
    ]


def _check_block(qr: QrMark, check: str, width: float) -> Table:
    table = Table([[qr, para(check, 9)]], colWidths=[28 * mm, width - 28 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _roll_story(book, doc: dict, title: str, intro: str, rows, qr: QrMark,
                check: str) -> list:
    """The roll: one column, each label above its value, the QR centred at the end."""
    story = [para(book.setting("business_name") or "", 11, bold=True)]
    for line in (book.setting("business_address"), book.setting("business_phone")):
        if line:
            story.append(para(" ".join(str(line).split()), 8))
    story += [Spacer(1, 2 * mm), _rule(), Spacer(1, 1.5 * mm),
              para(f"{title} · {doc['ref']}", 10.5, bold=True), Spacer(1, 1 * mm),
              para(intro, 8.5), Spacer(1, 2 * mm)]
    for label, value in rows:
        if value:
            story += [para(label, 7.5, color=LABEL), para(value, 9), Spacer(1, 1.5 * mm)]
    story += [_rule(), Spacer(1, 2 * mm), _centred(qr), Spacer(1, 1 * mm),
              para(check, 8.5, alignment=1)]
    return story


def _rule() -> Table:
    line = Table([[""]], colWidths=[layout.roll_width()], rowHeights=[0.5])
    line.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.6, layout.RULE)]))
    return line


def _centred(flowable) -> Table:
    table = Table([[flowable]], colWidths=[layout.roll_width()])
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table
