"""The resolution form the customer signs: the five clears in plain words, and the report.

Printed in the customer's language (or the one asked for), optionally with a
second language beside every label. Only what the customer may see is on it:
internal notes stay in the casebook. The footer and the QR code carry a
verification code — the start of the hash of the signed content — that
`casebook verify` checks.
"""

from __future__ import annotations

import hashlib
import io
from decimal import Decimal

import qrcode
from babel.dates import format_skeleton
from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle

from casebook.core.cases import document
from casebook.core.cases import listing
from casebook.core.time.times import parse_time, zone
from casebook.db import audit
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.translate import N_, translator
from casebook.pdf import layout
from casebook.pdf.layout import para

BABEL_LOCALES = {"en": "en_GB", "ru": "ru_RU", "zh_CN": "zh_Hans_CN", "nl": "nl_NL",
                 "ka": "ka_GE"}


def verification_code(digest: str) -> str:
    """The printed code: the first 12 hex digits of the hash, in groups of four."""
    short = digest[:12].upper()
    return "-".join(short[i:i + 4] for i in range(0, 12, 4))


class Labels:
    """Labels in one language, or two side by side ("Customer / Клиент")."""

    def __init__(self, lang: str, second: str | None = None):
        self.langs = [lang] + ([second] if second and second != lang else [])

    def __call__(self, msgid: str, **params) -> str:
        return " / ".join(translator(lang).gettext(msgid, **params) for lang in self.langs)

    def list_label(self, book, list_name: str, code: str) -> str:
        if not code:
            return ""
        return " / ".join(dict.fromkeys(book.label(list_name, code, lang)
                                        for lang in self.langs))

    def yes_no(self, value) -> str:
        if value is None:
            return self(N_("not yet"))
        return self(N_("yes")) if value else self(N_("no"))


def render(book, ref: str, out, *, lang: str | None = None, second_lang: str | None = None,
           page_size: str = "A4") -> str:
    """Write the form for case `ref` to `out` (path or file); returns the verification code."""
    case = book.get(ref)
    doc = document.to_doc(case)
    lang = lang or doc["customer"].get("language") or book.setting("form_language") or "en"
    lang = lang if lang in LANGUAGES else "en"
    t = Labels(lang, second_lang)
    tz = case.tz
    locale = BABEL_LOCALES[lang]

    def when(value) -> str:
        moment = parse_time(value, tz) if value else None
        if moment is None:
            return ""
        # date and time apart: CLDR has no combined skeleton in every locale
        return (format_skeleton("yMMMd", moment, tzinfo=zone(tz), locale=locale) + " "
                + format_skeleton("Hm", moment, tzinfo=zone(tz), locale=locale))

    if case.signed_hash:
        digest, signed = case.signed_hash, True
    else:
        digest = hashlib.sha256(audit.canonical(document.signable(doc)).encode()).hexdigest()
        signed = False
    code = verification_code(digest)
    width = layout.PAGE_SIZES.get(page_size, layout.A4)[0] - 2 * layout.MARGIN
    c = doc["customer"]
    story: list = [
        layout.two_columns(
            layout.fields_table([
                (t(N_("Customer")), c["name"]), (t(N_("Phone")), c["phone"]),
                (t(N_("Email")), c["email"]), (t(N_("Address")), c["address"]),
                (t(N_("Unit / room")), c["unit"]),
                (t(N_("Account or order number")), c["account"])], width / 2,
                label_share=0.42),
            layout.fields_table([
                (t(N_("Reference")), doc["ref"]), (t(N_("Received")), when(doc["received_at"])),
                (t(N_("Kind")), t.list_label(book, "kind", doc["kind"])),
                (t(N_("Category")), t.list_label(book, "category", doc["category"]))],
                width / 2, label_share=0.42), width),
        Spacer(1, 2 * mm),
    ]

    def section(title: str, rows: list[tuple[str, str]], extra: list | None = None) -> None:
        story.append(layout.section_heading(title, width))
        story.append(Spacer(1, 1 * mm))
        story.append(layout.fields_table(rows, width))
        story.extend(extra or [])
        story.append(Spacer(1, 2 * mm))

    h, a, f, r = doc["hear"], doc["ask"], doc["follow"], doc["reply"]
    section("1. " + t(N_("What we heard")), [
        (t(N_("Received by")), h["received_by"] or ""),
        (t(N_("Channel")), t.list_label(book, "channel", doc["channel"])),
        (t(N_("In your words")), h["account"]),
        (t(N_("What you asked for")), h["remedy_sought"]),
    ])
    qa_rows = [(t(N_("Question")) + f" {i}", f"{qa['q']}\n— {qa['a']}")
               for i, qa in enumerate(a["qa"], start=1)]
    section("2. " + t(N_("What we clarified")), [
        (t(N_("When it happened")), when(a["event_at"])),
        (t(N_("Where")), a["place"]), (t(N_("Product, order or unit")), a["item"]),
        *qa_rows,
        (t(N_("Summary you confirmed")), a["summary"]),
        (t(N_("Confirmed")), t.yes_no(a["summary_confirmed"])),
    ])
    public_actions = [(when(x["at"]), x["note"]) for x in f["actions"]
                      if not x["internal"] and x["kind"] != "handover"]
    section("3. " + t(N_("What we did and when")), [
        (t(N_("Handled by")), f["owner"] or ""), *public_actions])
    res = r["resolution"]
    amount = ""
    if res["amount"]:
        amount = format_currency(Decimal(res["amount"]), res["currency"] or
                                 book.setting("currency"), locale=locale)
    section("4. " + t(N_("What we replied")), [
        (t(N_("Replied on")), when(r["at"])),
        (t(N_("Channel")), t.list_label(book, "channel", r["channel"])),
        (t(N_("Our reply")), r["text"]),
        (t(N_("Resolution")), t.list_label(book, "resolution_type", res["type"])),
        (t(N_("Amount")), amount), (t(N_("Details")), res["text"]),
        (t(N_("You accept this resolution")), t.yes_no(r["accepted"])),
    ])
    amendments = listing.show(book, ref)["amendments"]
    section("5. " + t(N_("Record")), [
        (t(N_("Signed on")), when(doc["record"]["signed_at"])),
        (t(N_("Satisfaction (1–5)")), str(doc["record"]["satisfaction"] or "")),
        *[(t(N_("Amended on {date}"), date=when(x["at"])),
           f"{x['field']}: {x['after']} ({x['reason']})") for x in amendments],
    ])
    if doc["severity"] == "major":
        p = doc["report"]
        section("6. " + t(N_("Reported to management")), [
            (t(N_("Reported to")), p["to"]), (t(N_("Reported on")), when(p["at"])),
            (t(N_("How")), p["means"]), (t(N_("Acknowledged on")), when(p["acknowledged_at"])),
        ])
    drawn = {a.kind: a.data for a in book.attachments(ref) if a.kind.startswith("signature_")}
    story.append(KeepTogether(_signatures(t, doc, width, digest, code, signed, when, drawn)))
    footer = t(N_("Verification code {code}"), code=code) + " · " + (
        t(N_("signed content")) if signed else t(N_("not yet signed")))
    head = layout.Letterhead(
        name=book.setting("business_name") or "", address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"),
        title=t(N_("Resolution form")), ref=doc["ref"], footer=footer,
        page_label=" / ".join(translator(x).gettext(N_("Page {page} of {pages}"))
                              for x in t.langs[:1]))
    layout.build(out, story, head, page_size=page_size, title=f"{doc['ref']}")
    return code


def _signature(drawn: dict, who: str, width: float):
    """The signature drawn on screen, or room to sign on paper."""
    if f"signature_{who}" in drawn:
        return Image(io.BytesIO(drawn[f"signature_{who}"]), width, 11 * mm,
                     kind="proportional")
    return Spacer(1, 11 * mm)


def _under_signature(name: str | None, limit: int = 200) -> str:
    """A name under a signature line, shortened when absurdly long: the signature block is
    kept on one page, and the full name is printed in the customer section above."""
    name = " ".join((name or "").split())  # one line: line breaks would stretch the block
    return name if len(name) <= limit else name[:limit] + "…"


def _signatures(t: Labels, doc: dict, width: float, digest: str, code: str, signed: bool,
                when, drawn: dict) -> list:
    qr = qrcode.QRCode(border=1, box_size=4)
    qr.add_data(f"casebook:{doc['ref']}:{digest}")
    buffer = io.BytesIO()
    qr.make_image().save(buffer, format="PNG")
    buffer.seek(0)
    box = 22 * mm
    cell = (width - 22 * mm - 8 * mm) / 2 - 8 * mm
    customer = [para(t(N_("Customer signature")), 8.5), _signature(drawn, "customer", cell),
                para(_under_signature(doc["customer"]["name"]), 9), para(t(N_("Date")) + ": " +
                                                      when(doc["record"]["signed_at"]), 8.5)]
    staff = [para(t(N_("Staff member")), 8.5), _signature(drawn, "staff", cell),
             para(_under_signature(doc["follow"]["owner"]), 9),
             para(t(N_("Date")) + ": " + when(doc["record"]["signed_at"]), 8.5)]
    check = [Image(buffer, box, box), para(code, 8)]
    table = Table([[customer, staff, check]],
                  colWidths=[(width - box - 8 * mm) / 2] * 2 + [box + 8 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (1, 0), 0.6, layout.RULE),
                               ("INNERGRID", (0, 0), (1, 0), 0.6, layout.RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    accept = para(t(N_("By signing, you confirm that this form records your complaint, what "
                       "we did and the resolution.")), 8.5)
    return [accept, Spacer(1, 2 * mm), table]

