"""Plural forms read right for n = 1, 2, 5, 11, 21, 22, 25, against hand-written text.

Every numerus message of the Qt catalogues and every plural message of the gettext
catalogues is written out here as a native speaker reads it — the words for "one",
"few" and "many" — and which of them each n takes is written out by hand too
(Russian: 1 and 21 take "one", 2 and 22 "few", 5, 11 and 25 "many"). A catalogue
whose forms are swapped, or a plural rule that picks the wrong one, fails here.
A new plural message needs its line in these tables: the test says which.
"""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from casebook.i18n.translate import Translator

ROOT = Path(__file__).resolve().parents[2]
NS = (1, 2, 5, 11, 21, 22, 25)
# which form each n takes, by hand (CLDR for ru; Qt and gettext agree)
FORM_OF = {
    "ru": {1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 25: 2},
    "en": {1: 0, 2: 1, 5: 1, 11: 1, 21: 1, 22: 1, 25: 1},
    "nl": {1: 0, 2: 1, 5: 1, 11: 1, 21: 1, 22: 1, 25: 1},
    "ka": {n: (0 if n == 1 else 1) for n in NS},  # Qt keeps two; Georgian says them alike
    "zh_CN": {n: 0 for n in NS},
}
PO_FORM_OF = {**FORM_OF, "ka": {n: 0 for n in NS}}  # gettext: one form for Georgian

QT = {  # (context, source) -> forms in FORM_OF's order, per language
    ("MainWindow", "%n case(s)"): {
        "en": ["%n case", "%n cases"],
        "ru": ["%n обращение", "%n обращения", "%n обращений"],
        "nl": ["%n zaak", "%n zaken"],
        "ka": ["%n საქმე", "%n საქმე"],
        "zh_CN": ["%n 个案件"]},
    ("MainWindow", "From the report: {title} · %n case(s)"): {
        "en": ["From the report: {title} · %n case", "From the report: {title} · %n cases"],
        "ru": ["Из отчёта: {title} · %n обращение", "Из отчёта: {title} · %n обращения",
               "Из отчёта: {title} · %n обращений"],
        "nl": ["Uit de rapportage: {title} · %n zaak", "Uit de rapportage: {title} · %n zaken"],
        "ka": ["ანგარიშიდან: {title} · %n საქმე", "ანგარიშიდან: {title} · %n საქმე"],
        "zh_CN": ["来自报表：{title} · %n 个案件"]},
    ("MainWindow", "%n follow-up(s) fell due while Casebook was closed."): {
        "en": ["%n follow-up fell due while Casebook was closed.",
               "%n follow-ups fell due while Casebook was closed."],
        # "the time of 1 reminder / of 2, 5 reminders": genitive after "срок"
        "ru": ["Пока Casebook был закрыт, наступил срок %n напоминания.",
               "Пока Casebook был закрыт, наступил срок %n напоминаний.",
               "Пока Casebook был закрыт, наступил срок %n напоминаний."],
        "nl": ["Terwijl Casebook dicht was, is %n herinnering aan de beurt gekomen.",
               "Terwijl Casebook dicht was, zijn %n herinneringen aan de beurt gekomen."],
        "ka": ["სანამ Casebook დახურული იყო, %n შეხსენების დრო დადგა.",
               "სანამ Casebook დახურული იყო, %n შეხსენების დრო დადგა."],
        "zh_CN": ["Casebook 关闭期间有 %n 项待办到期。"]},
    ("MainWindow", "Due now: %n follow-up(s)."): {
        "en": ["Due now: %n follow-up.", "Due now: %n follow-ups."],
        "ru": ["Сейчас: %n напоминание.", "Сейчас: %n напоминания.", "Сейчас: %n напоминаний."],
        "nl": ["Nu te doen: %n opvolgactie.", "Nu te doen: %n opvolgacties."],
        "ka": ["ახლა: %n შემდგომი ქმედება.", "ახლა: %n შემდგომი ქმედება."],
        "zh_CN": ["当前到期：%n 项待办。"]},
    ("HearForm", "Earlier cases (%n):"): {  # a heading: the count stands apart in brackets
        "en": ["Earlier case (%n):", "Earlier cases (%n):"],
        "ru": ["Прежние обращения (%n):"] * 3,
        "nl": ["Eerdere zaak (%n):", "Eerdere zaken (%n):"],
        "ka": ["წინა საქმეები (%n):"] * 2,
        "zh_CN": ["以往案件（%n）："]},
    ("ManagerMenu", "The customer's personal data was erased from %n case(s)."): {
        "en": ["The customer's personal data was erased from %n case.",
               "The customer's personal data was erased from %n cases."],
        "ru": ["Персональные данные клиента удалены из %n обращения.",
               "Персональные данные клиента удалены из %n обращений.",
               "Персональные данные клиента удалены из %n обращений."],
        "nl": ["De persoonsgegevens van de klant zijn uit %n zaak gewist.",
               "De persoonsgegevens van de klant zijn uit %n zaken gewist."],
        "ka": ["მომხმარებლის პერსონალური მონაცემები წაიშალა %n საქმიდან.",
               "მომხმარებლის პერსონალური მონაცემები წაიშალა %n საქმიდან."],
        "zh_CN": ["已从 %n 个案件中清除该客户的个人信息。"]},
    ("IncidentView", "%n case(s)"): {
        "en": ["%n case", "%n cases"],
        "ru": ["%n обращение", "%n обращения", "%n обращений"],
        "nl": ["%n zaak", "%n zaken"],
        "ka": ["%n საქმე", "%n საქმე"],
        "zh_CN": ["%n 个案件"]},
    ("IncidentView", "%n household(s)"): {  # a household is a flat at a Russian desk
        "en": ["%n household", "%n households"],
        "ru": ["%n квартира", "%n квартиры", "%n квартир"],
        "nl": ["%n huishouden", "%n huishoudens"],
        "ka": ["%n ოჯახი", "%n ოჯახი"],
        "zh_CN": ["%n 户"]},
    ("IncidentView", "%n letter(s) written to {path}."): {
        "en": ["%n letter written to {path}.", "%n letters written to {path}."],
        "ru": ["%n письмо сохранено: {path}.", "%n письма сохранены: {path}.",
               "%n писем сохранено: {path}."],
        "nl": ["%n brief opgeslagen in {path}.", "%n brieven opgeslagen in {path}."],
        "ka": ["%n წერილი შენახულია: {path}.", "%n წერილი შენახულია: {path}."],
        "zh_CN": ["已将 %n 封答复函保存到 {path}。"]},
    ("ManagerMenu", "%n automatic backup(s) were rewritten without it."): {
        "en": ["%n automatic backup was rewritten without it.",
               "%n automatic backups were rewritten without it."],
        "ru": ["%n автоматическая резервная копия перезаписана без этих данных.",
               "%n автоматические резервные копии перезаписаны без этих данных.",
               "%n автоматических резервных копий перезаписано без этих данных."],
        "nl": ["%n automatische back-up is herschreven zonder deze gegevens.",
               "%n automatische back-ups zijn herschreven zonder deze gegevens."],
        "ka": ["%n ავტომატური სარეზერვო ასლი გადაიწერა ამ მონაცემების გარეშე.",
               "%n ავტომატური სარეზერვო ასლი გადაიწერა ამ მონაცემების გარეშე."],
        "zh_CN": ["已重写 %n 份自动备份，其中不再包含这些信息。"]},
}

PO = {  # singular msgid -> forms in PO_FORM_OF's order (the placeholder is {n} or {count})
    "Imported {n} case.": {
        "ru": ["Импортировано {n} обращение.", "Импортировано {n} обращения.",
               "Импортировано {n} обращений."],
        "nl": ["{n} zaak geïmporteerd.", "{n} zaken geïmporteerd."],
        "ka": ["იმპორტირებულია {n} საქმე."],
        "zh_CN": ["已导入 {n} 个案件。"]},
    "Exported {n} case to {path}.": {
        "ru": ["Экспортировано {n} обращение в {path}.", "Экспортировано {n} обращения в {path}.",
               "Экспортировано {n} обращений в {path}."],
        "nl": ["{n} zaak geëxporteerd naar {path}.", "{n} zaken geëxporteerd naar {path}."],
        "ka": ["{n} საქმე ექსპორტირებულია: {path}."],
        "zh_CN": ["已导出 {n} 个案件到 {path}。"]},
    "Created a demo casebook with {n} case at {path}.": {
        "ru": ["Создан демонстрационный журнал: {n} обращение, {path}.",
               "Создан демонстрационный журнал: {n} обращения, {path}.",
               "Создан демонстрационный журнал: {n} обращений, {path}."],
        "nl": ["Democasus aangemaakt met {n} zaak in {path}.",
               "Democasus aangemaakt met {n} zaken in {path}."],
        "ka": ["შეიქმნა სადემონსტრაციო ჟურნალი {n} საქმით: {path}."],
        "zh_CN": ["已在 {path} 创建演示案件库，共 {n} 个案件。"]},
    "Average {mean} from {count} signed case": {
        # "по 1 подписанному обращению / по 2, 5 подписанным обращениям": dative
        "ru": ["Средняя оценка {mean} по {count} подписанному обращению",
               "Средняя оценка {mean} по {count} подписанным обращениям",
               "Средняя оценка {mean} по {count} подписанным обращениям"],
        "nl": ["Gemiddeld {mean} uit {count} ondertekende zaak",
               "Gemiddeld {mean} uit {count} ondertekende zaken"],
        "ka": ["საშუალო შეფასება: {mean} ({count} ხელმოწერილი საქმის მიხედვით)"],
        "zh_CN": ["{count} 个已签字案件，平均 {mean} 分"]},
    "{count} customer of this period has more than one case in the casebook.": {
        # "у 1 клиента / у 2, 5 клиентов": genitive after "у"
        "ru": ["У {count} клиента из этого периода в журнале больше одного обращения.",
               "У {count} клиентов из этого периода в журнале больше одного обращения.",
               "У {count} клиентов из этого периода в журнале больше одного обращения."],
        "nl": ["{count} klant uit deze periode heeft meer dan één zaak in het klachtenregister.",
               "{count} klanten uit deze periode hebben meer dan één zaak in het "
               "klachtenregister."],
        "ka": ["ამ პერიოდის {count} მომხმარებელს საქმეების ჟურნალში ერთზე მეტი საქმე აქვს."],
        "zh_CN": ["本期有 {count} 位客户在案件库中有不止一个案件。"]},
    "… and {count} more root cause: every case is in the CSV report.": {
        "ru": ["… и ещё {count} первопричина: все обращения есть в отчёте CSV.",
               "… и ещё {count} первопричины: все обращения есть в отчёте CSV.",
               "… и ещё {count} первопричин: все обращения есть в отчёте CSV."],
        "nl": ["… en nog {count} grondoorzaak: elke zaak staat in de csv-rapportage.",
               "… en nog {count} grondoorzaken: elke zaak staat in de csv-rapportage."],
        "ka": ["… და კიდევ {count} ძირეული მიზეზი: ყველა საქმე მოცემულია CSV ანგარიშში."],
        "zh_CN": ["……另有 {count} 项根本原因：全部案件见 CSV 报表。"]},
    "{count} case of this period is linked to an incident.": {
        "ru": ["{count} обращение этого периода привязано к аварии.",
               "{count} обращения этого периода привязаны к авариям.",
               "{count} обращений этого периода привязаны к авариям."],
        "nl": ["{count} zaak uit deze periode is aan een storing gekoppeld.",
               "{count} zaken uit deze periode zijn aan storingen gekoppeld."],
        "ka": ["ამ პერიოდის {count} საქმე მიბმულია ინციდენტზე."],
        "zh_CN": ["本期有 {count} 个案件关联到事件。"]},
    "{n} day": {  # a legal term in days: "1 день, 2 дня, 5 дней"
        "ru": ["{n} день", "{n} дня", "{n} дней"],
        "nl": ["{n} dag", "{n} dagen"],
        "ka": ["{n} დღე"],
        "zh_CN": ["{n} 天"]},
    "{n} day late": {
        "ru": ["просрочка {n} день", "просрочка {n} дня", "просрочка {n} дней"],
        "nl": ["{n} dag te laat", "{n} dagen te laat"],
        "ka": ["{n} დღით დაგვიანებული"],
        "zh_CN": ["逾期 {n} 天"]},
    "The customer's personal data was erased from {n} case.": {
        # "from 1 case / from 2, 5 cases": genitive after «из»
        "ru": ["Персональные данные клиента удалены из {n} обращения.",
               "Персональные данные клиента удалены из {n} обращений.",
               "Персональные данные клиента удалены из {n} обращений."],
        "nl": ["De persoonsgegevens van de klant zijn gewist uit {n} zaak.",
               "De persoonsgegevens van de klant zijn gewist uit {n} zaken."],
        "ka": ["მომხმარებლის პერსონალური მონაცემები წაიშალა {n} საქმიდან."],
        "zh_CN": ["已从 {n} 个案件中删除客户的个人数据。"]},
    "{n} automatic backup was rewritten without the customer.": {
        "ru": ["{n} автоматическая резервная копия перезаписана без данных клиента.",
               "{n} автоматические резервные копии перезаписаны без данных клиента.",
               "{n} автоматических резервных копий перезаписано без данных клиента."],
        "nl": ["{n} automatische back-up is herschreven zonder de klant.",
               "{n} automatische back-ups zijn herschreven zonder de klant."],
        "ka": ["{n} ავტომატური სარეზერვო ასლი გადაიწერა მომხმარებლის მონაცემების გარეშე."],
        "zh_CN": ["已重写 {n} 份自动备份，其中不再包含该客户的信息。"]},
    "Erasures recorded in the replaced casebook were applied again: {n} case anonymised again.": {
        "ru": ["Удаления данных, записанные в заменённом журнале, применены снова: обезличено "
               "{n} обращение.",
               "Удаления данных, записанные в заменённом журнале, применены снова: обезличено "
               "{n} обращения.",
               "Удаления данных, записанные в заменённом журнале, применены снова: обезличено "
               "{n} обращений."],
        "nl": ["Wissingen uit het vervangen klachtenregister zijn opnieuw toegepast: {n} zaak "
               "opnieuw geanonimiseerd.",
               "Wissingen uit het vervangen klachtenregister zijn opnieuw toegepast: {n} zaken "
               "opnieuw geanonimiseerd."],
        "ka": ["ჩანაცვლებულ ჟურნალში ჩაწერილი წაშლები ხელახლა შესრულდა: ხელახლა ანონიმიზებულია "
               "{n} საქმე."],
        "zh_CN": ["被替换的案件库中记录的清除操作已重新执行：{n} 个案件再次匿名化。"]},
}
PLURAL_COUNT = {"ru": 3, "nl": 2, "ka": 1, "zh_CN": 1}  # gettext forms, by hand


def numerus_messages(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(ROOT / "translations" / f"casebook_{lang}.ts").getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
            for m in c.iter("message") if m.get("numerus") == "yes"
            and m.find("translation").get("type") not in ("obsolete", "vanished")}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "build" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    out = tmp_path_factory.mktemp("qm")
    tool.compile_qm(out)
    return out


@pytest.mark.parametrize("lang", list(FORM_OF))
def test_every_qt_plural_reads_right_for_each_n(qapp, qm_dir, lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    missing = sorted(numerus_messages(lang) - set(QT))
    assert missing == [], f"write the {lang} forms of these in tests/i18n/test_plurals.py"
    translator = QTranslator()
    assert translator.load(str(qm_dir / f"casebook_{lang}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        for (context, source), forms in QT.items():
            for n in NS:
                expected = forms[lang][FORM_OF[lang][n]].replace("%n", str(n))
                assert QCoreApplication.translate(context, source, "", n) == expected, (lang, n)
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("lang", list(PLURAL_COUNT))
def test_every_gettext_plural_reads_right_for_each_n(lang):
    with open(ROOT / "translations" / "po" / f"casebook_{lang}.po", "rb") as fh:
        catalog = read_po(fh, locale=lang)
    in_catalogue = {m.id[0] for m in catalog if isinstance(m.id, tuple)}
    assert sorted(in_catalogue - set(PO)) == [], \
        f"write the {lang} forms of these in tests/i18n/test_plurals.py"
    assert catalog.num_plurals == PLURAL_COUNT[lang]
    translator = Translator(lang)
    plurals = {m.id[0]: m.id[1] for m in catalog if isinstance(m.id, tuple)}
    for singular, forms in PO.items():
        assert len(forms[lang]) == PLURAL_COUNT[lang]
        for n in NS:
            expected = forms[lang][PO_FORM_OF[lang][n]]
            got = translator.ngettext(singular, plurals[singular], n, count=n,
                                      path="/tmp/x", mean="4.5")
            assert got == expected.format(n=n, count=n, path="/tmp/x", mean="4.5"), (lang, n)


def test_english_core_messages_use_the_source_plural():
    en = Translator("en")
    assert [en.ngettext("Imported {n} case.", "Imported {n} cases.", n) for n in (1, 2, 21)] == [
        "Imported 1 case.", "Imported 2 cases.", "Imported 21 cases."]
