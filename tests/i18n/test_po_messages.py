"""The quick catalogue reader gives exactly what babel's full parser gives."""

import pytest
from babel.messages.pofile import read_po

from casebook.i18n.po_messages import read_messages
from casebook.i18n.translate import PO_DIR


def babel_messages(path, lang: str) -> dict:
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    found = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if isinstance(message.string, tuple):
            if all(message.string):
                found[key] = tuple(message.string)
        elif message.string:
            found[key] = message.string
    return found


@pytest.mark.parametrize("lang", ["ru", "zh_CN", "nl", "ka"])
def test_every_catalogue_reads_the_same_as_with_babel(lang):
    path = PO_DIR / f"casebook_{lang}.po"
    assert read_messages(path) == babel_messages(path, lang)


def test_escapes_plurals_fuzzy_and_obsolete_entries(tmp_path):
    path = tmp_path / "x.po"
    path.write_text('''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

#: a.py:1
msgid "Say \\"hi\\"\\n"
msgstr "Скажи \\"привет\\"\\n"

#, fuzzy
msgid "Unsure"
msgstr "Не уверен"

msgid "Empty"
msgstr ""

msgid "long "
"line"
msgstr "длинная "
"строка"

msgid "{n} case"
msgid_plural "{n} cases"
msgstr[0] "{n} обращение"
msgstr[1] "{n} обращения"
msgstr[2] "{n} обращений"

#~ msgid "Gone"
#~ msgstr "Ушло"
''', encoding="utf-8")
    assert read_messages(path) == babel_messages(path, "ru") == {
        'Say "hi"\n': 'Скажи "привет"\n', "long line": "длинная строка",
        "{n} case": ("{n} обращение", "{n} обращения", "{n} обращений")}
