"""Reviewed data files under `resources/` (rule sets, word lists), read as JSON.

Data is not code: reviewers and translators read these files, so they live
beside the fonts, not in Python source. This is the one place that knows
where they are; when `casebook.assets` (one owner of asset lookup) is on
main, `_path` becomes `assets.resource(*parts)` and nothing else changes.
"""

from __future__ import annotations

import functools
import importlib.resources
import json


def _path(*parts: str):
    # the checkout's resources/ folder beside the package, found through the package
    return importlib.resources.files("casebook").joinpath("..", "resources", *parts)


@functools.cache
def read_json(*parts: str):
    """A data file's content; read once per process (the files never change while it runs)."""
    return json.loads(_path(*parts).read_text(encoding="utf-8"))


def names(*parts: str) -> list[str]:
    """The JSON files of a data folder, by name without ".json", sorted."""
    folder = _path(*parts)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))
