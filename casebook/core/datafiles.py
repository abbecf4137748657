"""Reviewed data files under `resources/` (rule sets, word lists), read as JSON.

Data is not code: reviewers and translators read these files, so they live
beside the fonts, not in Python source. They are found through
`casebook.assets`, the one owner of asset lookup, so a checkout, an installed
wheel and the frozen app find the same files.
"""

from __future__ import annotations

import functools
import json

from casebook.assets import resource


@functools.cache
def read_json(*parts: str):
    """A data file's content; read once per process (the files never change while it runs)."""
    return json.loads(resource(*parts).read_text(encoding="utf-8"))


def names(*parts: str) -> list[str]:
    """The JSON files of a data folder, by name without ".json", sorted."""
    return sorted(p.name[:-5] for p in resource(*parts).iterdir() if p.name.endswith(".json"))
