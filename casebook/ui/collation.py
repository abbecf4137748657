"""Names in the order a reader of the interface's language expects.

Python's own sort is by code point: "Ömer" after "Zeeman", "ёлка" after
"Яна", and Chinese names in no order a reader knows. Qt's collator is ICU
(the PySide6 wheels ship it), which sorts by the locale's rules: Dutch
ignores accents and case at first, Russian puts ё with е, Chinese sorts by
pinyin. Lists of people on screen (staff, owners, the desk's operator
choice, customers found by the picker) go through here.

The case list's sort by customer or owner is the database's (binary) order:
it must page through 100,000 cases by an index, which a collator cannot do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from PySide6.QtCore import QCollator, QLocale

T = TypeVar("T")


@lru_cache(maxsize=8)
def collator(lang: str) -> QCollator:
    box = QCollator(QLocale(lang))
    box.setNumericMode(True)  # "Flat 9" before "Flat 12"
    return box


def sort_key(lang: str) -> Callable[[str], object]:
    """A key function for `sorted` that orders text as the language does."""
    box = collator(lang)
    return lambda text: box.sortKey(text or "")


def sorted_by_name(items: Iterable[T], lang: str,
                   name: Callable[[T], str] = lambda item: item) -> list[T]:
    key = sort_key(lang)
    return sorted(items, key=lambda item: key(name(item)))
