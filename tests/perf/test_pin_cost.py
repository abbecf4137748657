"""What one PIN try costs with the app's scrypt parameters (SPEC §7: at least 0.5 s).

On demand: `python -m pytest tests/perf/test_pin_cost.py -m perf -s`. Every other test
hashes with cheaper parameters (tests/conftest.py); this one restores the app's."""

import statistics
import time

import pytest

from casebook.core.trust import access

pytestmark = pytest.mark.perf


def test_one_pin_try_costs_at_least_half_a_second(monkeypatch):
    monkeypatch.setattr(access, "COST", access.APP_COST)
    stored = access.hash_pin("246810")
    assert stored.startswith("scrypt$131072$8$1$")
    tries = []
    for pin in ("000000", "246810", "999999", "135790", "246810"):
        start = time.perf_counter()
        access.pin_matches(stored, pin)
        tries.append(time.perf_counter() - start)
    median = statistics.median(tries)
    print(f"\nPIN try with scrypt n={access.APP_COST.n} r={access.APP_COST.r} "
          f"p={access.APP_COST.p}: median {median:.3f} s of {len(tries)} "
          f"({', '.join(f'{t:.3f}' for t in tries)})")
    assert median >= 0.5
