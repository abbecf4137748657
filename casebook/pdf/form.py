"""The resolution form the customer signs: the five clears in plain words, and the report.

Printed in the customer's language (`customer.language`, whatever the
interface language, unless another is asked for), optionally with a second
language beside every label. Only what the customer may see is on it:
internal notes stay in the casebook. The footer and the QR code carry a
verification code — the start of the hash of the signed content — that
`casebook verify` checks.

It prints what was promised: while we have not replied, the agreed next
reply time and how we will contact the customer. Blocks with nothing to say
are left out (no "accepted: not yet", no empty "Record"), and the signature
block is kept on one page with the last lines above it, never alone.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

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
# How we reach the customer, in the order we would try: (channel code, customer field)
CONTACT_WAYS = (("phone", "phone"), ("email", "email"), ("letter", "address"))
COMMAS = {"zh_CN": "，"}  # Chinese text takes the full-width comma
ENUMERATION_COMMAS = {"zh_CN": "、"}  # and 、 between the items of a list
TAIL_ROWS = 2  # rows of the last block that stay on the signature block's page


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

    def first(self, msgid: str, **params) -> str:
        """In the first language only: sentences, where two would read as a stutter."""
        return translator(self.langs[0]).gettext(msgid, **params)

    def pair(self, label: str, value: str) -> str:
        """"Label: value" as the first language punctuates it (Chinese: "标签：值")."""
        return self.first(N_("{label}: {value}"), label=label, value=value)

    def join(self, items) -> str:
        """Phrases one after another, with the comma of the first language ("，")."""
        return COMMAS.get(self.langs[0], ", ").join(x for x in items if x)

    def listing(self, items) -> str:
        """Names one after another, as the first language lists them ("、")."""
        return ENUMERATION_COMMAS.get(self.langs[0], ", ").join(x for x in items if x)

    def list_label(self, book, list_name: str, code: str) -> str:
        if not code:
            return ""
        return " / ".join(dict.fromkeys(book.label(list_name, code, lang)
                                        for lang in self.langs))

    def yes_no(self, value) -> str:
        if value is None:
            return self(N_("not yet"))
        return self(N_("yes")) if value else self(N_("no"))


def resolve_language(book, doc: dict, lang: str | None) -> str:
    """The language asked for, else the customer's, else the business default."""
    lang = lang or doc["customer"].get("language") or book.setting("form_language") or "en"
    return lang if lang in LANGUAGES else "en"


def render(book, ref: str, out, *, lang: str | None = None, second_lang: str | None = None,
           page_size: str = "A4") -> str:
    """Write the form for case `ref` to `out` (path or file); returns the verification code."""
    case = book.get(ref)
    doc = document.to_doc(case)
    lang = resolve_language(book, doc, lang)
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
    # Customer beside case, unless a customer field is long: a half-width column would
    # make a piece of it taller than a page, so it goes above, full width.
    short = all(len(str(v or "")) < 300 and str(v or "").count("\n") < 12 for v in c.values())
    column, share = (width / 2, 0.42) if short else (width, 0.3)
    customer = layout.fields_table([
        (t(N_("Customer")), c["name"]), (t(N_("Phone")), c["phone"]),
        (t(N_("Email")), c["email"]), (t(N_("Address")), c["address"]),
        (t(N_("Unit / room")), c["unit"]),
        (t(N_("Account or order number")), c["account"])], column, label_share=share)
    facts = layout.fields_table([
        (t(N_("Reference")), doc["ref"]), (t(N_("Received")), when(doc["received_at"])),
        (t(N_("Kind")), t.list_label(book, "kind", doc["kind"])),
        (t(N_("Category")), t.list_label(book, "category", doc["category"]))],
        column, label_share=share)
    story: list = ([layout.two_columns(customer, facts, width)] if short
                   else [facts, Spacer(1, 2 * mm), customer])
    story.append(Spacer(1, 2 * mm))
    blocks: list[tuple[str, list[tuple[str, str]]]] = []

    def block(title: str, rows: list[tuple[str, str]]) -> None:
        rows = [(label, value) for label, value in rows if value not in (None, "")]
        if rows:
            blocks.append((title, rows))

    h, a, f, r = doc["hear"], doc["ask"], doc["follow"], doc["reply"]
    block(t(N_("What we heard")), [
        (t(N_("Received by")), h["received_by"] or ""),
        (t(N_("Channel")), t.list_label(book, "channel", doc["channel"])),
        (t(N_("In your words")), h["account"]),
        (t(N_("What you asked for")), h["remedy_sought"]),
    ])
    qa_rows = [(t(N_("Question")) + f" {i}", f"{qa['q']}\n— {qa['a']}")
               for i, qa in enumerate(a["qa"], start=1) if qa["q"] or qa["a"]]
    block(t(N_("What we clarified")), [
        (t(N_("When it happened")), when(a["event_at"])),
        (t(N_("Where")), a["place"]), (t(N_("Product, order or unit")), a["item"]),
        *qa_rows,
        # only what the customer confirmed; an unconfirmed summary is the clerk's draft
        (t(N_("Summary you confirmed")), a["summary"] if a["summary_confirmed"] else ""),
    ])
    public_actions = [(when(x["at"]), x["note"]) for x in f["actions"]
                      if not x["internal"] and x["kind"] != "handover"]
    block(t(N_("What we did and when")), [
        (t(N_("Handled by")), f["owner"] or ""), *public_actions])
    replied = bool(r["at"] or r["text"])
    if not replied and f["next_reply_at"]:
        block(t(N_("What happens next")), [
            (t(N_("We will get back to you by")), when(f["next_reply_at"])),
            (t(N_("How we will contact you")), _contact_way(book, t, doc))])
    res = r["resolution"]
    amount = ""
    if res["amount"]:
        amount = format_currency(Decimal(res["amount"]), res["currency"] or
                                 book.setting("currency"), locale=locale)
    block(t(N_("What we replied")), [
        (t(N_("Replied on")), when(r["at"])),
        (t(N_("Channel")), t.list_label(book, "channel", r["channel"]) if replied else ""),
        (t(N_("Our reply")), r["text"]),
        (t(N_("Resolution")), t.list_label(book, "resolution_type", res["type"])),
        (t(N_("Amount")), amount), (t(N_("Details")), res["text"]),
        # an answer, not a wait: "not yet" says nothing the customer can use
        (t(N_("You accept this resolution")),
         "" if r["accepted"] is None else t.yes_no(r["accepted"])),
    ])
    amendments = listing.show(book, ref)["amendments"] if case.signed_hash else []
    block(t(N_("Record")), [
        (t(N_("Signed on")), when(doc["record"]["signed_at"])),
        (t(N_("Satisfaction (1–5)")), str(doc["record"]["satisfaction"] or "")),
        *[(t(N_("Amended on {date}"), date=when(x["at"])),
           f"{x['field']}: {x['after']} ({x['reason']})") for x in amendments],
    ])
    if doc["severity"] == "major":
        p = doc["report"]
        block(t(N_("Reported to management")), [
            (t(N_("Reported to")), p["to"]), (t(N_("Reported on")), when(p["at"])),
            (t(N_("How")), p["means"]), (t(N_("Acknowledged on")), when(p["acknowledged_at"])),
        ])
    drawn = {a.kind: a.data for a in book.attachments(ref) if a.kind.startswith("signature_")}
    signatures = _signatures(t, doc, width, digest, code, when, drawn, replied)
    story.extend(_blocks(blocks, width, signatures))
    footer = (t.pair(t(N_("Verification code")), code) + " · "
              + (t(N_("signed content")) if signed else t(N_("not yet signed"))))
    head = layout.Letterhead(
        name=book.setting("business_name") or "", address=book.setting("business_address"),
        phone=book.setting("business_phone"), logo=book.setting("logo"),
        title=t(N_("Resolution form")), ref=doc["ref"], footer=footer,
        page_label=" / ".join(translator(x).gettext(N_("Page {page} of {pages}"))
                              for x in t.langs))
    layout.build(out, story, head, page_size=page_size, title=f"{doc['ref']}")
    return code


def _blocks(blocks: list[tuple[str, list[tuple[str, str]]]], width: float,
            signatures: list) -> list:
    """The numbered blocks, the last lines of the last one kept with the signatures.

    The signature block must never stand alone on a page: it and the end of
    the block above it move to the next page together when they do not fit.
    """
    story: list = []
    for number, (title, rows) in enumerate(blocks, start=1):
        heading, gap = layout.section_heading(f"{number}. {title}", width), Spacer(1, 1 * mm)
        heading.keepWithNext = gap.keepWithNext = True  # never a heading alone at a page foot
        if number < len(blocks):
            story += [heading, gap, layout.fields_table(rows, width), Spacer(1, 2 * mm)]
            continue
        # the table splits between rows; the last few go with the signatures
        cells = layout.field_cells(rows)
        head_rows, tail_rows = cells[:-TAIL_ROWS], cells[-TAIL_ROWS:]
        kept: list = [layout.fields_rows(tail_rows, width)]
        if head_rows:
            story += [heading, gap, layout.fields_rows(head_rows, width)]
        else:
            kept[:0] = [heading, gap]
        story.append(KeepTogether(kept + [Spacer(1, 2 * mm)] + signatures))
    if not blocks:
        story.append(KeepTogether(signatures))
    return story


def _contact_way(book, t: Labels, doc: dict) -> str:
    """How we will reach the customer: the way they came in if we have its details,
    else the first we have (phone, email, post)."""
    c = doc["customer"]
    ways = [(channel, c[field]) for channel, field in CONTACT_WAYS if c[field]]
    if not ways:
        return ""
    channel, detail = next((w for w in ways if w[0] == doc["channel"]), ways[0])
    detail = " ".join(str(detail).split())  # an address on one line
    if len(detail) > 200:  # the whole address is in the customer block above
        detail = detail[:200] + "…"
    return t.pair(t.list_label(book, "channel", channel), detail)


def _signature(t: Labels, drawn: dict, who: str, width: float):
    """The signature drawn on screen, or room to sign on paper, or — when the stored image
    is damaged — a box that says so: the form still prints, and nobody takes the empty
    space for a signature not yet given."""
    if f"signature_{who}" in drawn:
        import io

        from casebook.core.cases import signatures

        data = bytes(drawn[f"signature_{who}"])
        if signatures.readable(data):
            return Image(io.BytesIO(data), width, 11 * mm, kind="proportional")
        box = Table([[para(t(N_("Signature unreadable: the stored image is damaged.")), 8)]],
                    colWidths=[width], rowHeights=[11 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, layout.RULE),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return box
    return Spacer(1, 11 * mm)


def _under_signature(name: str | None, limit: int = 200) -> str:
    """A name under a signature line, shortened when absurdly long: the signature block is
    kept on one page, and the full name is printed in the customer section above."""
    name = " ".join((name or "").split())  # one line: line breaks would stretch the block
    return name if len(name) <= limit else name[:limit] + "…"


class QrMark(Flowable):
    """The verification QR code drawn as squares: no bitmap to encode and decode."""

    def __init__(self, data: str, size: float):
        super().__init__()
        from qrcode.main import QRCode  # on first use: the form is often printed unsigned

        qr = QRCode(border=1)
        qr.add_data(data)
        self.matrix = qr.get_matrix()
        self.width = self.height = size

    def draw(self):
        # In a coordinate system of one module per unit, every run of dark modules is
        # an "re" with whole numbers: one operator string instead of ~600 calls that
        # format floats one by one.
        n = len(self.matrix)
        rects = []
        for row, line in enumerate(self.matrix):
            col = 0
            while col < n:
                if line[col]:
                    start = col
                    while col < n and line[col]:
                        col += 1
                    rects.append(f"{start} {n - row - 1} {col - start} 1 re")
                col += 1
        c = self.canv
        c.saveState()
        c.setFillColor(layout.INK)
        c.scale(self.width / n, self.height / n)
        c._code.append(" ".join(rects) + " f")
        c.restoreState()


def _signatures(t: Labels, doc: dict, width: float, digest: str, code: str, when,
                drawn: dict, replied: bool) -> list:
    box = 22 * mm
    cell = (width - 22 * mm - 8 * mm) / 2 - 8 * mm
    signed_on = when(doc["record"]["signed_at"])
    customer = [para(t(N_("Customer signature")), 8.5), _signature(t, drawn, "customer", cell),
                para(_under_signature(doc["customer"]["name"]), 9),
                para(t.pair(t(N_("Date")), signed_on), 8.5)]
    staff = [para(t(N_("Staff member")), 8.5), _signature(t, drawn, "staff", cell),
             para(_under_signature(doc["follow"]["owner"]), 9),
             para(t.pair(t(N_("Date")), signed_on), 8.5)]
    check = [QrMark(f"casebook:{doc['ref']}:{digest}", box), para(code, 8)]
    table = Table([[customer, staff, check]],
                  colWidths=[(width - box - 8 * mm) / 2] * 2 + [box + 8 * mm])
    table.setStyle(TableStyle([("BOX", (0, 0), (1, 0), 0.6, layout.RULE),
                               ("INNERGRID", (0, 0), (1, 0), 0.6, layout.RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    if replied:
        accept = t(N_("By signing, you confirm that this form records your complaint, what "
                      "we did and the resolution."))
    else:
        accept = t(N_("By signing, you confirm that this form records your complaint as you "
                      "told it to us."))
    return [para(accept, 8.5), Spacer(1, 2 * mm), table]
