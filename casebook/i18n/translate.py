"""Translated messages outside Qt: CLI output, errors, PDF labels.

One mechanism for every string that is not in a QObject: gettext catalogues
(`translations/po/casebook_<lang>.po`, extracted from the source with babel).
The catalogue is read the first time a language is used (`po_messages`, a
reader of just the messages: babel's full parser costs a first printed form
30–100 ms), so no compiled binary is ever committed or needed. The Qt desktop uses Qt's
own `.ts` files for its widgets and calls this module for core messages.

Mark a string with `_("…")`, plurals with `ngettext("one", "many", n)`;
placeholders are `{name}` and are filled after translation.
"""

from __future__ import annotations

import functools
import logging

from babel import Locale

from casebook import assets
from casebook.i18n.defaults import LANGUAGES
from casebook.i18n.po_messages import read_messages

log = logging.getLogger("casebook.i18n")

PO_DIR = assets.po_dir()
_current = "en"


def set_language(lang: str) -> str:
    """Make `lang` the language of `_()`; unknown languages fall back to English."""
    global _current
    _current = lang if lang in LANGUAGES else "en"
    return _current


def current_language() -> str:
    return _current


class Translator:
    """The messages of one language, with CLDR plural rules from babel."""

    def __init__(self, lang: str):
        self.lang = lang
        self.messages: dict[str, str | tuple[str, ...]] = {}
        self.plural = Locale.parse(lang).plural_form
        path = PO_DIR / f"casebook_{lang}.po"
        if lang != "en" and path.exists():
            self.messages = read_messages(path)

    def gettext(self, msgid: str, **params) -> str:
        text = self.messages.get(msgid, msgid)
        if isinstance(text, tuple):
            text = text[0]
        return text.format(**params) if params else text

    def ngettext(self, singular: str, plural: str, n: int, **params) -> str:
        forms = self.messages.get(singular)
        if isinstance(forms, tuple):
            text = forms[min(self._index(n), len(forms) - 1)]
        else:
            text = singular if n == 1 else plural
        return text.format(n=n, **params)

    def _index(self, n: int) -> int:
        # gettext plural expressions are C; babel gives the CLDR category, and
        # its catalogue lists the forms in the same order as the categories.
        category = self.plural(n)
        order = [c for c in ("one", "two", "few", "many", "other") if c in self.plural.tags]
        if "other" not in order:
            order.append("other")
        return order.index(category) if category in order else len(order) - 1


@functools.cache
def translator(lang: str) -> Translator:
    try:
        return Translator(lang)
    except (OSError, ValueError) as exc:  # a damaged catalogue must not stop the app
        log.warning("cannot read the %s catalogue: %s", lang, exc)
        return Translator("en")


def _(msgid: str, **params) -> str:
    return translator(_current).gettext(msgid, **params)


def ngettext(singular: str, plural: str, n: int, **params) -> str:
    return translator(_current).ngettext(singular, plural, n, **params)


def N_(msgid: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return msgid
