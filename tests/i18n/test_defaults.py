"""The default lists and prompts exist, well-formed, in every language.

A new casebook is seeded from these lists, so a gap here is a blank combo
box or an English word in a Georgian form on the customer's copy.
"""

import re
import unicodedata
from pathlib import Path

from casebook.i18n import defaults
from casebook.i18n.defaults import DEFAULT_LISTS, LANGUAGES, PROMPTS, codes, label, prompts

PARTS = ("hear", "ask", "follow", "reply", "record", "report")
SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
# Punctuation a Chinese string may carry between two words; a plain space is
# never right there, and a full-width space would hide the same mistake.
CJK_GAP = re.compile(CJK + r"[ \u3000\u00a0]+" + CJK)

EXPECTED_CODES = {
    "channel": ["walk_in", "phone", "email", "letter", "messenger", "other"],
    "kind": ["complaint", "claim"],
    "severity": ["general", "major"],
    "nature": ["transactional", "relational", "systemic"],
    "category": ["product_quality", "wrong_item", "delivery", "billing", "staff_attitude",
                 "returns", "noise", "shared_facilities", "unit_repairs", "lost_mail",
                 "cleaning_grounds", "pests", "other_services", "other"],
    "resolution_type": ["refund", "exchange", "repair", "compensation", "discount", "apology",
                        "explanation", "other"],
    "major_trigger": ["fire", "lift_entrapment", "explosion", "power_cut", "flooding",
                      "theft_vandalism", "criminal", "collective", "major_plant_failure",
                      "structural_damage", "repeat_complaint", "media_legal_threat"],
    "mood": ["calm", "upset", "angry", "distressed"],
    "role": ["desk", "handler", "manager"],
    "deadline_kind": ["reply", "acknowledge", "report", "resolution", "callback", "statutory",
                      "code"],
    "remedy_type": ["refund", "replacement", "repair", "price_reduction", "compensation",
                    "apology", "other"],
    "about": ["goods", "service", "personal_data"],
    "sale": ["premises", "distance", "off_premises"],
    "case_part": list(PARTS),
}


def entries():
    return [(name, entry) for name, items in DEFAULT_LISTS.items() for entry in items]


def texts():
    """Every translated text in the module: labels, hints and prompts."""
    for name, entry in entries():
        yield f"{name}.{entry['code']}", entry["labels"]
        if "hint" in entry:
            yield f"{name}.{entry['code']}.hint", entry["hint"]
    for part, items in PROMPTS.items():
        for i, item in enumerate(items):
            yield f"prompt.{part}.{i}", item


def is_georgian_text(text: str) -> bool:
    """Mkhedruli letters only; digits, spaces, punctuation and symbols are neutral."""
    for ch in text:
        if "\u10d0" <= ch <= "\u10ff":
            continue
        if ch.isdigit() or ch.isspace() or unicodedata.category(ch)[0] in "PS":
            continue
        return False
    return True


def test_languages_are_the_five_of_the_spec():
    assert LANGUAGES == ("en", "ru", "zh_CN", "nl", "ka")


def test_every_list_has_the_expected_codes_in_order():
    assert {name: codes(name) for name in DEFAULT_LISTS} == EXPECTED_CODES


def test_codes_are_unique_ascii_snake_case():
    for name in DEFAULT_LISTS:
        found = codes(name)
        assert len(found) == len(set(found)), name
        bad = [code for code in found if not (code.isascii() and SNAKE.fullmatch(code))]
        assert bad == [], name


# The checks below loop over every text and report all offenders at once:
# one test per text would be several hundred tests for one data module.

def test_every_text_is_present_and_tidy_in_every_language():
    bad = []
    for key, text in texts():
        if set(text) != set(LANGUAGES):
            bad.append((key, sorted(text)))
            continue
        for lang, value in text.items():
            if not (isinstance(value, str) and value.strip()) or value != value.strip() \
                    or "  " in value:
                bad.append((key, lang, value))
    assert bad == []


def test_chinese_has_no_space_between_words():
    bad = [(key, text["zh_CN"]) for key, text in texts()
           if CJK_GAP.search(text["zh_CN"]) or not re.search(CJK, text["zh_CN"])]
    assert bad == []


def test_georgian_is_written_in_mkhedruli():
    bad = [(key, text["ka"]) for key, text in texts() if not is_georgian_text(text["ka"])]
    assert bad == []


def test_russian_is_cyrillic():
    # A Latin letter inside Russian is usually a look-alike typo (a Latin "c"
    # or "o") that breaks search; there is no English loanword in these lists.
    bad = [(key, text["ru"]) for key, text in texts() if re.search("[A-Za-z]", text["ru"])]
    assert bad == []


def test_kind_uses_the_spec_vocabulary():
    assert [label("kind", "complaint", x) for x in LANGUAGES] == [
        "Complaint", "Жалоба", "投诉", "Klacht", "საჩივარი"]
    assert [label("kind", "claim", x) for x in ("en", "ru", "zh_CN", "ka")] == [
        "Claim", "Претензия", "索赔", "პრეტენზია"]
    # SPEC: "claim (formele claim)" — the Dutch label must say claim.
    assert "claim" in label("kind", "claim", "nl").lower()


def test_major_complaint_uses_the_spec_vocabulary():
    assert [label("severity", "major", x) for x in LANGUAGES] == [
        "Major complaint", "Серьёзная жалоба", "重大投诉", "Ernstige klacht",
        "სერიოზული საჩივარი"]


def test_callback_uses_the_spec_vocabulary():
    assert [label("deadline_kind", "callback", x) for x in ("ru", "zh_CN", "nl", "ka")] == [
        "Контрольный звонок", "回访", "Terugbelafspraak", "შემდგომი დაკავშირება"]


def test_agreed_reply_time_matches_the_desktop():
    # The due list and the banner show this label next to the Qt strings.
    assert label("deadline_kind", "reply", "en") == "Agreed reply time"
    assert label("deadline_kind", "reply", "nl") == "Afgesproken terugkoppeltijd"


def test_complaint_words_are_used_consistently():
    # Wherever a label speaks of a complaint, it uses the SPEC word for it.
    word = {"ru": "жалоб", "zh_CN": "投诉", "nl": "klacht", "ka": "საჩივ"}
    for name, entry in entries():
        if "complaint" in entry["labels"]["en"].lower():
            for lang, stem in word.items():
                assert stem in entry["labels"][lang].lower(), (name, entry["code"], lang)


def test_resolution_types_say_whether_money_is_involved():
    money = {e["code"]: e["money"] for e in DEFAULT_LISTS["resolution_type"]}
    assert {code for code, flag in money.items() if flag} == {"refund", "compensation",
                                                              "discount"}
    assert all(isinstance(flag, bool) for flag in money.values())


def test_categories_name_their_sector():
    sectors = {e["code"]: e["sector"] for e in DEFAULT_LISTS["category"]}
    assert set(sectors.values()) == {"retail", "property", "any"}
    assert [c for c, s in sectors.items() if s == "retail"] == [
        "product_quality", "wrong_item", "delivery", "billing", "staff_attitude", "returns"]
    assert sectors["other"] == "any"


def test_every_nature_has_a_hint_in_every_language():
    for entry in DEFAULT_LISTS["nature"]:
        assert set(entry["hint"]) == set(LANGUAGES)
    systemic = next(e for e in DEFAULT_LISTS["nature"] if e["code"] == "systemic")
    assert "root cause" in systemic["hint"]["en"]


def test_only_the_documented_extra_keys_are_used():
    allowed = {"nature": {"hint"}, "category": {"sector"}, "resolution_type": {"money"}}
    for name, entry in entries():
        extra = set(entry) - {"code", "labels"}
        assert extra == allowed.get(name, set()), (name, entry["code"], extra)


def test_every_part_has_two_to_five_prompts_in_every_language():
    assert set(PROMPTS) == set(PARTS)
    for part in PARTS:
        english = set(prompts(part, "en"))
        for lang in LANGUAGES:
            found = prompts(part, lang)
            assert 2 <= len(found) <= 5, (part, lang)
            assert all(p.strip() for p in found), (part, lang)
            if lang != "en":
                # A translated prompt never silently falls back to the English source.
                assert not set(found) & english, (part, lang)


def test_prompts_cover_the_good_practice_of_the_spec():
    def joined(part):
        return " ".join(prompts(part, "en")).lower()
    assert "finish" in joined("hear") and "argue" in joined("hear")
    assert "contract" in joined("hear") and "management decision" in joined("hear")
    assert "would like" in joined("hear")
    assert "flat 12" in joined("ask") and "is that right" in joined("ask")
    assert "owner" in joined("follow") and "next reply" in joined("follow")
    assert "four sentences" in joined("reply") and "trust" in joined("reply")
    assert "resolution form" in joined("record") and "sign" in joined("record")
    assert "major complaint" in joined("report") and "head of the office" in joined("report")


def test_paraphrase_example_is_localised_not_left_in_english():
    examples = {lang: prompts("ask", lang)[1] for lang in LANGUAGES}
    assert "12" in examples["ru"] and "понедельник" in examples["ru"]
    assert "12" in examples["zh_CN"] and "周一" in examples["zh_CN"]
    assert "12" in examples["nl"] and "maandag" in examples["nl"]
    assert "12" in examples["ka"] and "ორშაბათ" in examples["ka"]


def test_major_complaint_prompt_uses_the_spec_vocabulary():
    first = {lang: prompts("report", lang)[0] for lang in LANGUAGES}
    assert "серьёзной жалоб" in first["ru"]
    assert "重大投诉" in first["zh_CN"]
    assert "ernstige klacht" in first["nl"]
    assert "სერიოზული საჩივ" in first["ka"]


def test_label_falls_back_to_english_for_an_unknown_language():
    assert label("kind", "claim", "fr") == "Claim"
    assert label("case_part", "hear", "") == "Hear clearly"
    assert prompts("hear", "de") == prompts("hear", "en")


def test_label_uses_the_base_language_of_a_regional_variant():
    assert label("kind", "complaint", "nl_BE") == "Klacht"
    assert label("kind", "complaint", "zh") == "投诉"
    assert label("kind", "complaint", "ru-RU") == "Жалоба"


def test_unknown_codes_and_lists_are_harmless():
    assert label("category", "retired_entry", "ru") == "retired_entry"
    assert label("no_such_list", "x", "en") == "x"
    assert codes("no_such_list") == []
    assert prompts("no_such_part", "ka") == []


def test_module_is_plain_data():
    # The core, the CLI and the PDF code read these lists without a display,
    # so the module may import nothing beyond the standard language features.
    source = Path(defaults.__file__).read_text(encoding="utf-8")
    imports = [line for line in source.splitlines() if line.startswith(("import ", "from "))]
    assert imports == ["from __future__ import annotations"]
