"""What the customer takes home, read as the customer reads it (issue #14).

The form of an open case prints the promise (the agreed reply time, how we
will contact them) and no block with nothing to say; the signature block is
never alone on a page; a bilingual form keeps the business name whole and
the verification code once in the footer; Chinese text takes full-width
punctuation, bold headings and no line that starts with "，"; emoji print
as glyphs. Expected texts are written out by hand per language.
"""

import io
import re

import pytest
from pypdf import PdfReader

from casebook.i18n.translate import set_language, translator
from casebook.pdf import form
from tests.conftest import new_case
from tests.pdf.test_fonts import emoji_runs

LANGS = ("en", "ru", "zh_CN", "nl", "ka")
NAMES = {"en": "Emily Walker", "ru": "Ольга Смирнова", "zh_CN": "王芳", "nl": "Jan de Vries",
         "ka": "ნინო ბერიძე"}
# new_case agrees the next reply for 3 March 2026 09:00 in Amsterdam; the customer
# reads it with the date as their language writes it
PROMISE = {
    "en": ("We will get back to you by", "3 Mar 2026 09:00", "Phone: +31 6 1234 5678"),
    "ru": ("Мы ответим вам до", "3 мар. 2026 г. 09:00", "Телефон: +31 6 1234 5678"),
    "zh_CN": ("我们将在此时间前答复您", "2026年3月3日 09:00", "电话：+31 6 1234 5678"),
    "nl": ("Wij laten u uiterlijk iets weten op", "3 mrt 2026 09:00",
           "Telefoon: +31 6 1234 5678"),
    "ka": ("გიპასუხებთ არაუგვიანეს", "3 მარ. 2026 09:00", "ტელეფონი: +31 6 1234 5678"),
}
# what an open case's form must not print: a wait, an empty record, a reply not given
NOTHING_TO_SAY = {
    "en": ("not yet", "You accept this resolution", "Record", "What we replied"),
    "ru": ("ещё нет", "Вы согласны с решением", "Оформление", "Что мы ответили"),
    "zh_CN": ("尚未", "您是否接受该处理结果", "记录", "我们的答复"),
    "nl": ("nog niet", "U gaat akkoord met deze oplossing", "Vastlegging",
           "Wat we hebben geantwoord"),
    "ka": ("ჯერ არა", "ეთანხმებით თუ არა ამ გადაწყვეტას", "აღრიცხვა", "რა ვუპასუხეთ"),
}


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def rendered(book, ref, **kw) -> bytes:
    out = io.BytesIO()
    form.render(book, ref, out, **kw)
    return out.getvalue()


def open_case(book, lang: str, **over) -> str:
    return book.open_case(new_case(customer={"name": NAMES[lang], "language": lang,
                                             "phone": "+31 6 1234 5678"}, **over), by="Anna")


@pytest.mark.parametrize("lang", LANGS)
def test_an_open_cases_form_prints_the_promise_in_the_customers_language(book, lang):
    set_language("en")  # the desk works in English; the customer reads their language
    ref = open_case(book, lang)
    text = flat("\n".join(pages_of(rendered(book, ref))))
    label, when, contact = PROMISE[lang]
    assert squash(f"{label} {when}") in squash(text)
    assert squash(contact) in squash(text)


@pytest.mark.parametrize("lang", LANGS)
def test_blocks_with_nothing_to_say_are_left_out(book, lang):
    ref = open_case(book, lang)
    t = translator(lang).gettext
    text = "\n".join(pages_of(rendered(book, ref)))
    lines = [line.strip() for line in text.splitlines()]
    # by hand, and as the catalogue has them: either way they must not be printed
    wait, accept, record, replied = NOTHING_TO_SAY[lang]
    for words in (wait, t("not yet")):  # as a value ("not yet signed" is the footer's)
        assert not [line for line in lines if line.endswith(words)], words
    for words in (accept, t("You accept this resolution")):
        assert words not in text, words
    for heading in (record, t("Record"), replied, t("What we replied")):
        assert not [line for line in lines if re.fullmatch(rf"\d\. {heading}", line)], heading
    # the blocks that are there are numbered without gaps
    numbers = [int(n) for n in re.findall(r"^(\d)\. ", text, flags=re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 3


def test_a_resolved_case_prints_the_reply_and_no_promise(book):
    ref = open_case(book, "en")
    book.update_case(ref, {"reply": {"at": "2026-03-02T15:00", "channel": "phone",
                                     "text": "We repaired the boiler.", "accepted": True}},
                     by="Anna")
    text = flat("\n".join(pages_of(rendered(book, ref))))
    assert "Our reply We repaired the boiler." in text
    assert "You accept this resolution yes" in text
    assert "We will get back to you by" not in text


SIGNATURE_LABEL = {"en": "Customer signature", "nl": "Handtekening klant",
                   "ka": "მომხმარებლის ხელმოწერა", "ru": "Подпись клиента",
                   "zh_CN": "客户签字"}
# labels of the rows the form prints in its blocks, by hand (the tail of the last
# block must share the signature block's page)
ROW_LABELS = {
    "en": ("Handled by", "Replied on", "Our reply", "Amount", "Details",
           "You accept this resolution", "Signed on", "We will get back to you by"),
    "nl": ("Behandelaar", "Geantwoord op", "Ons antwoord", "Oplossing", "Bedrag",
           "Details", "U gaat akkoord", "Ondertekend op", "Wij laten u uiterlijk"),
    "ka": ("პასუხისმგებელი", "პასუხის თარიღი", "ჩვენი პასუხი", "გადაწყვეტა", "თანხა",
           "დეტალები", "ეთანხმებით", "ხელმოწერის თარიღი", "გიპასუხებთ"),
}


@pytest.mark.parametrize(("lang", "second"), [("nl", None), ("ka", None), ("en", None),
                                              ("ru", "en")])
def test_the_signature_block_never_stands_alone_on_a_page(book, lang, second):
    labels = ROW_LABELS.get(lang, ()) + ROW_LABELS["en"]
    ref = open_case(book, lang)
    book.update_case(ref, {"reply": {
        "at": "2026-03-02T15:00", "channel": "phone", "text": "Reply. " * 20,
        "resolution": {"type": "refund", "amount": "20.50", "currency": "EUR",
                       "text": "Refund to card"}, "accepted": True}}, by="Anna")
    seen_pages = set()
    for actions in range(0, 34, 2):  # the signature block lands at every height of a page
        if actions:
            for i in range(2):
                book.add_action(ref, f"Step {actions + i}: we checked the radiators "
                                     "and called you back.", by="Anna")
        pages = pages_of(rendered(book, ref, second_lang=second))
        seen_pages.add(len(pages))
        signed = [p for p in pages if SIGNATURE_LABEL[lang] in p]
        assert len(signed) == 1
        before = signed[0].split(SIGNATURE_LABEL[lang])[0]
        assert any(label in before for label in labels), (actions, signed[0][:300])
    assert seen_pages >= {1, 2}  # the test did push the block over a page break


def test_a_bilingual_form_keeps_the_name_whole_and_the_code_once_in_the_footer(book):
    book.set_setting("business_name", "Parkzicht Residences & Shop Amsterdam-Noord",
                     by="Anna")
    ref = open_case(book, "ru")
    pdf = rendered(book, ref, second_lang="en")
    pages = pages_of(pdf)
    for number, page in enumerate(pages, start=1):
        assert "Parkzicht Residences & Shop Amsterdam-Noord" in page
        assert "…" not in page.split("\n")[0]
        footer = next(line for line in page.splitlines() if "Verification code" in line)
        code = re.findall(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", footer)
        assert len(code) == 1, footer
        assert "Код проверки / Verification code" in footer
        assert f"Страница {number} из {len(pages)} / Page {number} of {len(pages)}" in page


def test_the_form_follows_the_customer_not_the_interface(book):
    set_language("nl")
    ref = open_case(book, "ka")
    text = "\n".join(pages_of(rendered(book, ref)))
    assert "საჩივრის გადაწყვეტის ფორმა" in text
    assert "Klachtafhandelingsformulier" not in text
    # unless told otherwise
    text = "\n".join(pages_of(rendered(book, ref, lang="nl")))
    assert "Klachtafhandelingsformulier" in text


CHINESE = ("我们收到了您的投诉，已经安排维修人员上门检查，请您保持电话畅通，"
           "如有任何问题，请随时联系我们，谢谢您的耐心等待，我们会尽快处理，") * 6


def test_chinese_forms_use_full_width_punctuation_and_no_line_starts_with_a_comma(book):
    for width in range(12):  # the commas fall at every position of a line
        ref = open_case(book, "zh_CN", hear={"account": "漏" * width + CHINESE,
                                             "remedy_sought": "修好"})
        pdf = rendered(book, ref)
        text = "\n".join(pages_of(pdf))
        for line in text.splitlines():
            assert not line.lstrip().startswith(("，", "。", "：", "、", "；")), line
    assert "日期：" in text and "电话：+31 6 1234 5678" in text
    assert not re.search(r"[\u4e00-\u9fff]: ", text)  # no half-width colon after Chinese
    assert "校验码：" in text


def test_chinese_headings_are_bold_and_latin_ones_use_the_bold_face(book):
    def content(pdf: bytes) -> bytes:
        return b"".join(p.get_contents().get_data() for p in PdfReader(io.BytesIO(pdf)).pages)

    zh = rendered(book, open_case(book, "zh_CN"))
    en = rendered(book, open_case(book, "en"))
    assert b"2 Tr" in content(zh)  # Han filled and stroked: WenQuanYi has no bold face
    assert b"2 Tr" not in content(en)


def test_emoji_from_a_messenger_print_as_glyphs(book):
    ref = open_case(book, "en", hear={"account": "The tap drips 😡💧 since Monday 🙏",
                                      "remedy_sought": "Fix it 👍🏼"})
    pdf = rendered(book, ref)
    text = "\n".join(pages_of(pdf))
    assert "\ufffd" not in text
    assert squash("The tap drips 😡💧 since Monday 🙏") in squash(text)
    assert squash(emoji_runs(pdf)["NotoEmoji-Regular"]) == "😡💧🙏👍"


def _long(kind: str, field: str) -> str:
    if kind == "lines":  # a 3,000-line address pasted from a spreadsheet
        return "\n".join(f"{field} line {i}" for i in range(3000)) + "\nEND-OF-FIELD"
    words = " ".join(f"{field}{i}" for i in range(3000))  # 20,000 characters of words
    return ("START-" + words)[:19_988] + " END-OF-FIELD"


@pytest.mark.parametrize("document", ["form", "letter", "summary"])
@pytest.mark.parametrize(("field", "kind"), [("name", "chars"), ("address", "chars"),
                                             ("unit", "chars"), ("address", "lines")])
def test_any_field_of_any_length_prints(book, document, field, kind):
    """SPEC §4: a 20,000-character name, address or unit, or a 3,000-line address,
    flows over pages instead of failing the document (reportlab LayoutError)."""
    from casebook.pdf import letter, summary

    value = _long(kind, field)
    assert len(value) >= 20_000 or value.count("\n") >= 3000
    ref = book.open_case(new_case(customer={"name": "Ann", "language": "en",
                                            "phone": "+31 6 5555 0000", field: value}),
                         by="Anna")
    make = {"form": form.render, "letter": letter.render, "summary": summary.render}[document]
    out = io.BytesIO()
    make(book, ref, out, lang="en")
    pages = pages_of(out.getvalue())
    assert len(pages) > 1
    text = squash("\n".join(pages))
    assert "END-OF-FIELD" in text  # the whole field, to its last word
    assert squash(value[:60]) in text


def test_the_qr_code_on_a_signed_form_carries_the_reference_and_the_hash(book):
    from qrcode.main import QRCode

    from casebook.db.models import Case

    ref = open_case(book, "en")
    book.update_case(ref, {"reply": {
        "at": "2026-03-02T15:00", "channel": "phone", "text": "Repaired.", "accepted": True,
        "resolution": {"type": "repair", "text": "New valve."}}}, by="Anna")
    book.sign(ref, by="Anna", satisfaction=5)
    digest = Case.get(Case.ref == ref).signed_hash
    pdf = rendered(book, ref)
    content = b"".join(p.get_contents().get_data() for p in PdfReader(io.BytesIO(pdf)).pages)
    # the dark modules are drawn as whole-number rectangles, one module per unit
    drawn = {(int(x), int(y), int(w)) for x, y, w in
             re.findall(rb"(\d+) (\d+) (\d+) 1 re", content)}
    expected = QRCode(border=1)
    expected.add_data(f"casebook:{ref}:{digest}")
    matrix = expected.get_matrix()
    n = len(matrix)
    cells = {(x + i, y) for x, y, w in drawn for i in range(w)}
    assert cells == {(col, n - row - 1) for row, line in enumerate(matrix)
                     for col, dark in enumerate(line) if dark}
    code = digest[:12].upper()
    assert f"{code[:4]}-{code[4:8]}-{code[8:]}" in "\n".join(pages_of(pdf))
