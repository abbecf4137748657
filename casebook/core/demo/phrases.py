"""The demo's data: its stories (`stories.toml`) and their texts in each language
(`<lang>.toml`), read from `resources/demo`.

The texts are reviewed like translations, so they live in data files a translator can
read, not in Python. This module only reads them and turns each "{slot}" into
"%(slot)s" once (%-formatting a mapping is the fastest way to fill ten texts a case).
Checking that every language has every key is the tests' job (tests/core/demo).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass

from casebook import assets

LANGUAGES = ("en", "nl", "ru", "zh_CN", "ka")
# The parts of a language file whose texts take slots (and are always filled); the rest
# (names, words, the desk's notes and replies) is used as it is.
SLOTTED = ("places", "talk", "claims", "qa", "work", "stories")
_SLOT = re.compile(r"\{(\w+)\}")


def _folder():
    """resources/demo, found as a checkout, a wheel and the frozen app find it."""
    return assets.resource("demo")


def raw(name: str) -> dict:
    """One data file as TOML gives it: "stories" or a language code."""
    return tomllib.loads((_folder() / f"{name}.toml").read_text(encoding="utf-8"))


def fingerprint() -> str:
    """Changes whenever a data file does (the benchmarks cache a demo casebook by it)."""
    digest = hashlib.sha256()
    for name in ("stories", *LANGUAGES):
        digest.update((_folder() / f"{name}.toml").read_bytes())
    return digest.hexdigest()[:12]


def compiled(value):
    """Texts with "{slot}" as "%(slot)s", and a literal % doubled, all the way down."""
    if isinstance(value, str):
        return _SLOT.sub(r"%(\1)s", value.replace("%", "%%"))
    if isinstance(value, dict):
        return {key: compiled(item) for key, item in value.items()}
    if isinstance(value, list):
        return [compiled(item) for item in value]
    return value


@dataclass(frozen=True)
class Data:
    stories: dict  # stories.toml as read
    texts: dict[str, dict]  # language → its file, SLOTTED parts compiled


def load() -> Data:
    texts = {}
    for lang in LANGUAGES:
        words = raw(lang)
        texts[lang] = {key: compiled(part) if key in SLOTTED else part
                       for key, part in words.items()}
    return Data(stories=raw("stories"), texts=texts)
