"""The remedy a customer asks for, as a code rules can follow (SPEC §2, §3).

The customer's own words stay in `hear.remedy_sought`; `hear.remedy_type`
says which of a fixed set of remedies they are, so that a deadline set by law
can follow it ("a refund is answered within 10 days"). The codes are part of
the interchange format and never change.

A case that arrives without a code (an import of an older file, a script, a
clerk who left the choice empty) gets one from its words: the word lists in
`resources/cases/remedy_words.json`, in the five languages; words that match
nothing become `other`, and no words at all leave the code empty.
"""

from __future__ import annotations

import functools
import re

from casebook.core.datafiles import read_json

REMEDIES = ("refund", "replacement", "repair", "price_reduction", "compensation", "apology",
            "other")


@functools.cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    """One pattern per remedy, in the file's order (which is the order of precedence)."""
    words = read_json("cases", "remedy_words.json")["words"]
    return [(code, re.compile("|".join(re.escape(w.casefold()) for w in sorted(
        words[code], key=len, reverse=True)))) for code in words]


def from_words(text: str | None) -> str:
    """The remedy the customer's words name; `other` when none, "" for no words at all."""
    text = (text or "").strip()
    if not text:
        return ""
    folded = text.casefold()
    for code, pattern in _patterns():
        if pattern.search(folded):
            return code
    return "other"
