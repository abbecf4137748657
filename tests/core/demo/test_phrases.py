"""The demo's data files: every language tells every story, with the same keys and slots.

Reviewed like translations: a story added to stories.toml without its texts in one
language, a resolution type without its text, or a slot a sentence cannot fill fails
here instead of in a buyer's demo.
"""

from __future__ import annotations

import re

import pytest

from casebook.core.demo import phrases
from casebook.i18n import defaults

SLOTS = {"unit", "b", "since", "on", "days", "order", "amount", "item", "item_a", "item_the",
         "item_acc", "staff"}
# The grammatical forms of a product are one slot in meaning: a language may use the
# accusative where English needs an article.
SAME = {"item_a": "item", "item_the": "item", "item_acc": "item"}
OTHER = [lang for lang in phrases.LANGUAGES if lang != "en"]


def _keys(value, path=""):
    """Every path of a TOML value; lists count by length (a translator keeps the count)."""
    if isinstance(value, dict):
        return {p for key, item in value.items() for p in _keys(item, f"{path}.{key}")}
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return {f"{path}[{len(value)}]"}
        return {p for i, item in enumerate(value) for p in _keys(item, f"{path}[{i}]")}
    return {path}


def _texts(value, path=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def _slots(text: str) -> set[str]:
    return {SAME.get(s, s) for s in re.findall(r"\{(\w+)\}", text)}


@pytest.mark.parametrize("lang", OTHER)
def test_every_language_has_the_keys_of_english(lang):
    english, other = _keys(phrases.raw("en")), _keys(phrases.raw(lang))
    # names of people differ in number from language to language
    people = {k for k in english | other if k.startswith(".people.")}
    assert sorted(english - other - people) == [], f"{lang} lacks these"
    assert sorted(other - english - people) == [], f"{lang} has these English has not"


@pytest.mark.parametrize("lang", OTHER)
def test_every_text_fills_the_slots_english_fills(lang):
    english = dict(_texts({k: v for k, v in phrases.raw("en").items()
                           if k in phrases.SLOTTED}))
    other = dict(_texts({k: v for k, v in phrases.raw(lang).items() if k in phrases.SLOTTED}))
    wrong = {path: (sorted(_slots(english[path])), sorted(_slots(text)))
             for path, text in other.items() if _slots(text) != _slots(english.get(path, ""))}
    assert wrong == {}


@pytest.mark.parametrize("lang", phrases.LANGUAGES)
def test_every_text_can_be_filled(lang):
    """No unknown slot, no stray brace or percent sign once filled."""
    data = phrases.load().texts[lang]
    filled = dict.fromkeys(SLOTS, "X")
    for part in phrases.SLOTTED:
        for path, text in _texts(data[part], part):
            out = text % filled
            assert "{" not in out and "}" not in out and "%(" not in out, (path, out)
    words = data["words"]
    assert words["unit"].count("{n}") == 1
    assert words["money"]["format"].count("{}") == 1
    assert len(words["since"]["weekdays"]) == len(words["on"]["weekdays"]) == 7
    assert len(words["days"]) == 9  # two days … ten days


def test_every_story_has_its_texts_and_its_sets():
    stories = phrases.raw("stories")
    english = phrases.raw("en")
    for key, story in stories["stories"].items():
        told = english["stories"][key]
        assert set(told["resolution"]) == set(story["resolutions"]), key
        assert story["qa"] in english["qa"] and story["work"] in english["work"], key
        assert ("cause" in told and "prevention" in told) == bool(story.get("systemic")), key
        place = story["place"]
        assert place in ("", "unit") or place in english["places"], key
        if "claim" in story:
            assert story["claim"] in english["claims"] and story["claimed"], key
    assert set(english["stories"]) == set(stories["stories"])
    # and no text a translator would write for nothing
    told = stories["stories"].values()
    assert set(english["qa"]) == {story["qa"] for story in told}
    assert set(english["work"]) == {story["work"] for story in told}
    assert set(english["places"]) == {story["place"] for story in told} - {"", "unit"}


def test_stories_use_the_casebooks_own_lists():
    """Codes, not labels: the category and resolution type print in the reader's language."""
    categories = set(defaults.codes("category"))
    resolutions = set(defaults.codes("resolution_type"))
    triggers = set(defaults.codes("major_trigger"))
    for key, story in phrases.raw("stories")["stories"].items():
        assert story["category"] in categories, key
        assert set(story["resolutions"]) <= resolutions, key
        assert set(story.get("incident", [])) <= triggers, key


def test_a_theft_or_a_fire_is_never_simply_not_upheld():
    """"Complaint not upheld" needs a reason the story can give; a break-in has none."""
    for key, story in phrases.raw("stories")["stories"].items():
        if {"theft_vandalism", "fire", "flooding"} & set(story.get("incident", [])):
            assert "explanation" not in story["resolutions"], key


def test_the_demo_counts_in_one_currency():
    assert phrases.raw("stories")["business"]["currency"] == "EUR"
    for lang in phrases.LANGUAGES:
        assert "€" in phrases.raw(lang)["words"]["money"]["format"], lang
