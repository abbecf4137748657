"""The frozen app's checks need `python3 build/freeze.py` first: they run with `-m frozen`
(.ci/run does so after freezing) and are skipped otherwise, like the benchmarks."""

import pytest


def pytest_collection_modifyitems(config, items):
    if "frozen" in (config.getoption("-m") or "").replace("not frozen", ""):
        return
    skip = pytest.mark.skip(reason="the frozen app: python3 build/freeze.py, then -m frozen")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)
